// lib/pipeline/repository: the one repository model (which sieg.toml, ids, where reviews are, which
// files are dossiers).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "../temp_dir.hpp"
#include "pipeline/repository.hpp"

using namespace sieg;
namespace fs = std::filesystem;

namespace {
using testing::InTempDir;
void touch(const fs::path& p, const std::string& text = "format: 1\n") { testing::write_file(p, text); }
pipeline::Opened open(const std::string& start, pipeline::Settings s = {}) {
  return pipeline::open_repository(start, s, i18n::Lang::En);
}
} // namespace

TEST_CASE("without sieg.toml: reviews in evaluations/ beside the dossier; every YAML file outside them") {
  InTempDir t;
  touch("a/d.yaml");
  touch("a/evaluations/d/r1.yaml");
  touch("a/b/e.yml");
  touch(".hidden/x.yaml");
  touch("build/y.yaml");
  pipeline::Settings none;
  none.no_config = true;
  auto o = open(".", none);
  REQUIRE(o.repo);
  const auto& r = *o.repo;
  CHECK_FALSE(r.has_config);
  CHECK_FALSE(r.config_file().has_value());
  CHECK(r.reviews_root("a/d.yaml") == "a/evaluations");
  CHECK(r.review_files("a/d.yaml") == std::vector<std::string>{"a/evaluations/d/r1.yaml"});
  CHECK(r.review_owner("a/evaluations/d/r1.yaml") == "d");
  CHECK_FALSE(r.review_owner("a/d.yaml").has_value());
  CHECK(r.dossier_of_review("a/evaluations/d/r1.yaml") == "a/d.yaml");
  CHECK(r.dossier_files() == std::vector<std::string>{"a/b/e.yml", "a/d.yaml"});
  CHECK(r.same_id("a/d.yaml").empty());  // no repository to list without sieg.toml
}

TEST_CASE("with sieg.toml: its reviews folder for every dossier, its globs, ids unique") {
  InTempDir t;
  touch("sieg.toml", "dossiers = [\"dossiers/**/*.yaml\"]\nreviews = \"jury\"\n");
  touch("dossiers/x/bus.yaml");
  touch("dossiers/y/bus.yaml");
  touch("dossiers/z/van.yaml");
  touch("jury/bus/a.yaml");
  touch("mkdocs.yml", "site_name: x\n");
  touch("dossiers/x/evaluations/bus/old.yaml");  // not a reviews folder of this repository
  auto o = open("dossiers/z");  // found by walking up
  REQUIRE(o.repo);
  const auto& r = *o.repo;
  CHECK(r.has_config);
  CHECK(r.config_file() == "sieg.toml");  // as a path from the working directory
  CHECK(r.reviews_root("dossiers/x/bus.yaml") == "jury");
  CHECK(r.review_files("dossiers/x/bus.yaml") == std::vector<std::string>{"jury/bus/a.yaml"});
  CHECK(r.review_owner("jury/bus/a.yaml") == "bus");
  CHECK_FALSE(r.review_owner("dossiers/x/evaluations/bus/old.yaml").has_value());
  CHECK(r.is_dossier("dossiers/x/bus.yaml"));
  CHECK(r.is_dossier("dossiers/x/evaluations/bus/old.yaml"));  // the globs say so: P002 will tell
  CHECK_FALSE(r.is_dossier("mkdocs.yml"));
  CHECK_FALSE(r.is_dossier("jury/bus/a.yaml"));
  CHECK(r.same_id("dossiers/x/bus.yaml") == std::vector<std::string>{"dossiers/y/bus.yaml"});
  CHECK(r.same_id("./dossiers/z/van.yaml").empty());
}

TEST_CASE("--reviews overrides both; --config names the file; a broken sieg.toml is refused") {
  InTempDir t;
  touch("sieg.toml", "reviews = \"jury\"\n");
  touch("d.yaml");
  touch("elsewhere/d/r.yaml");
  pipeline::Settings s;
  s.reviews = "elsewhere";
  auto o = open(".", s);
  REQUIRE(o.repo);
  CHECK(o.repo->review_files("d.yaml") == std::vector<std::string>{"elsewhere/d/r.yaml"});
  touch("other/custom.toml", "reviews = \"r\"\n");
  pipeline::Settings c;
  c.config_file = "other/custom.toml";
  auto oc = open(".", c);
  REQUIRE(oc.repo);
  CHECK(oc.repo->reviews_root("d.yaml") == "other/r");
  touch("sieg.toml", "call = \"nope\"\n");
  auto bad = open(".");
  CHECK_FALSE(bad.repo);
  REQUIRE(bad.diags.size() == 1);
  CHECK(bad.diags[0].code == "SIEG-T001");
  CHECK(bad.diags[0].message == "call = 'nope': neither a known call nor a readable file");
}
