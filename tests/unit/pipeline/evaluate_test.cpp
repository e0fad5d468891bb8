// lib/pipeline/evaluate and run: one dossier through every step, the same value for every command;
// a repository read once.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

#include "io/read.hpp"
#include "../temp_dir.hpp"
#include "pipeline/cache.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"

using namespace sieg;
namespace fs = std::filesystem;

namespace {
using testing::InTempDir;
std::string example(const std::string& name) {
  std::ifstream in(std::string(SIEG_SOURCE_DIR) + "/examples/" + name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
void write(const fs::path& p, const std::string& text) { testing::write_file(p, text); }
std::string replace(std::string s, const std::string& from, const std::string& to) {
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}
std::shared_ptr<const pipeline::Repository> repo() {
  auto o = pipeline::open_repository(".", {}, i18n::Lang::En);
  REQUIRE(o.repo);
  return o.repo;
}
pipeline::Options en() {
  pipeline::Options o;
  o.lang = i18n::Lang::En;
  return o;
}
std::set<std::string> codes(const std::vector<diag::Diagnostic>& ds) {
  std::set<std::string> out;
  for (const auto& d : ds)
    out.insert(d.code + (d.severity == diag::Severity::Error ? ":error" : d.severity == diag::Severity::Warning ? ":warning" : ":info"));
  return out;
}
const char* kMicroCreche = "aquitaine-micro-creche.yaml";
} // namespace

TEST_CASE("a dossier of another call than the repository's: SIEG-P003 first, the repository's rules") {
  InTempDir t;
  write("sieg.toml", "call = \"aquitaine-2015\"\n");
  write("pole.yaml", example("picardie-pole-cooperation.yaml"));
  auto r = repo();
  pipeline::Evaluation e = pipeline::evaluate("pole.yaml", *r, en());
  CHECK(e.shape_ok);
  REQUIRE(e.call != nullptr);
  CHECK(e.call->id == "aquitaine-2015");
  CHECK_FALSE(e.eligible);
  REQUIRE(e.first_failure() != nullptr);
  CHECK(e.first_failure()->code == "SIEG-P003");
  CHECK(e.first_failure()->line == 4);
  CHECK(e.first_failure()->message ==
        "the dossier answers call 'picardie-sieg', but this repository's call is 'aquitaine-2015' (sieg.toml): its rules apply");
  // The same verdict in the report and the ranking entry.
  auto b = pipeline::build_report(e, report::Options{});
  REQUIRE(b.report);
  CHECK_FALSE(b.report->eligible());
  CHECK(b.report->failure->code == "SIEG-P003");
  auto entry = pipeline::rank_entry(e);
  REQUIRE(entry);
  CHECK(entry->failures.front().code == "SIEG-P003");
}

TEST_CASE("sieg.toml's [severity] and [[off]] apply to the verdict, for every command") {
  InTempDir t;
  write("d.yaml", replace(example(kMicroCreche), "budget:\n", "budget:\n  # aid over the cap\n"));
  std::string over = replace(example(kMicroCreche), "aide_demandee: 30000", "aide_demandee: 45000");
  write("over.yaml", over);
  {
    auto r = repo();
    auto e = pipeline::evaluate("over.yaml", *r, en());
    CHECK(codes(e.diags).count("SIEG-E013:error") == 1);
    CHECK_FALSE(e.eligible);
  }
  write("sieg.toml", "[severity]\nSIEG-E013 = \"warning\"\n");
  {
    auto r = repo();
    auto e = pipeline::evaluate("over.yaml", *r, en());
    CHECK(codes(e.diags).count("SIEG-E013:warning") == 1);
    CHECK(e.eligible);  // a warning never turns a dossier away
  }
  write("sieg.toml", "[[off]]\ncode = \"SIEG-E013\"\nreason = \"test\"\n");
  {
    auto r = repo();
    auto e = pipeline::evaluate("over.yaml", *r, en());
    CHECK(codes(e.diags).count("SIEG-E013:warning") + codes(e.diags).count("SIEG-E013:error") == 0);
    CHECK(e.eligible);
  }
}

TEST_CASE("a self-assessment marker the grid lacks is an error of the dossier, not of eligibility") {
  InTempDir t;
  std::string d = example("picardie-essaimage-epicerie-mobile.yaml");
  write("e.yaml", replace(d, "      place_beneficiaires:", "      place_des_beneficiaires:"));
  auto r = repo();
  auto e = pipeline::evaluate("e.yaml", *r, en());
  CHECK(codes(e.diags) == std::set<std::string>{"SIEG-R002:error", "SIEG-R007:error"});
  CHECK(e.eligible);
  REQUIRE(e.score);
  CHECK_FALSE(e.score->total.has_value());
}

TEST_CASE("a review given on its own is checked through its dossier (a level off the scale)") {
  InTempDir t;
  write("creche.yaml", example(kMicroCreche));
  std::string review = example("evaluations/aquitaine-micro-creche/helene-garnier.yaml");
  review = replace(review, "dossier: aquitaine-micro-creche", "dossier: creche");
  std::size_t at = review.find("niveau: ");
  REQUIRE(at != std::string::npos);
  review[at + 8] = '5';
  write("evaluations/creche/hg.yaml", review);
  write("evaluations/lost/x.yaml", replace(review, "dossier: creche", "dossier: lost"));
  auto r = repo();
  auto e = pipeline::evaluate_file("evaluations/creche/hg.yaml", *r, en());
  CHECK(e.kind == pipeline::Kind::Review);
  CHECK(codes(e.diags).count("SIEG-R003:error") == 1);
  for (const auto& d : e.diags) CHECK(d.file == "evaluations/creche/hg.yaml");
  // Through the dossier, the same finding is on the review, and there is no jury score.
  auto dossier = pipeline::evaluate("creche.yaml", *r, en());
  REQUIRE(dossier.reviews.size() == 1);
  CHECK(codes(dossier.reviews[0].diags).count("SIEG-R003:error") == 1);
  REQUIRE(dossier.score);
  CHECK_FALSE(dossier.score->total.has_value());
  auto orphan = pipeline::evaluate_file("evaluations/lost/x.yaml", *r, en());
  CHECK(codes(orphan.diags).count("SIEG-R020:error") == 1);
}

TEST_CASE("a repository of 1 000 dossiers is read once: each file once, what-if reads nothing") {
  InTempDir t;
  write("sieg.toml", "dossiers = [\"dossiers/*.yaml\"]\nreviews = \"jury\"\n");
  std::string d = example(kMicroCreche);
  for (int i = 0; i < 1000; ++i) write("dossiers/d" + std::to_string(i) + ".yaml", d);
  std::string review = example("evaluations/aquitaine-micro-creche/helene-garnier.yaml");
  for (int i = 0; i < 10; ++i)
    write("jury/d" + std::to_string(i) + "/hg.yaml",
          replace(review, "dossier: aquitaine-micro-creche", "dossier: d" + std::to_string(i)));
  auto r = repo();
  std::size_t before = io::reads();
  auto evals = pipeline::evaluate_repository(*r, en(), 2);
  CHECK(io::reads() - before == 1000 + 10);
  REQUIRE(evals.size() == 1000);
  CHECK(std::all_of(evals.begin(), evals.end(), [](const pipeline::Evaluation& e) { return e.eligible && e.score; }));
  CHECK(evals[0].score->source == score::Source::Jury);  // d0 has a review
  before = io::reads();
  grids::Grid g = *evals[0].grid;
  for (const auto& e : evals) CHECK(pipeline::rescore(e, g, grids::Aggregate::Median, i18n::Lang::En).has_value());
  CHECK(io::reads() == before);
  // sieg check reads the same files once too.
  before = io::reads();
  pipeline::CheckOptions co;
  co.eval = en();
  co.jobs = 2;
  auto report = pipeline::check_repository({}, *r, co);
  CHECK(io::reads() - before == 1000 + 10);
  CHECK(report.dossiers == 1000);
  CHECK(report.eligible == 1000);
  // The run that fills the result cache hashes each file and evaluates it from the same read; the next
  // run (the files are too new for their stat to be trusted) reads each to hash it, and evaluates none.
  const io::Secret secret{7};
  pipeline::ResultCache cache(".sieg-cache", secret, "");
  co.cache = &cache;
  before = io::reads();
  auto filled = pipeline::check_repository({}, *r, co);
  CHECK(io::reads() - before == 1000 + 10 + 1);  // and sieg.toml (part of every key); no cache file yet
  CHECK(cache.misses() == 1000);
  CHECK(filled.eligible == 1000);
  cache.save(10000);
  pipeline::ResultCache again(".sieg-cache", secret, "");
  co.cache = &again;
  auto warm = pipeline::check_repository({}, *r, co);
  CHECK(again.hits() == 1000);
  CHECK(warm.eligible == 1000);
  CHECK(warm.files.size() == filled.files.size());
}
