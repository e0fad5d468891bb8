// Reports: escaping to the letter, page names, and a report built from an example dossier
// (budget worked out by hand, checklist statuses, redaction).
#include <doctest/doctest.h>

#include <string>

#include "pipeline/report.hpp"
#include "report/escape.hpp"
#include "report/render.hpp"
#include "report/report.hpp"
#include "report/site.hpp"

using namespace sieg;

namespace {
std::string example(const char* name) { return std::string(SIEG_SOURCE_DIR) + "/examples/" + name; }
const report::Field* field(const report::Report& r, const std::string& path) {
  for (const auto& s : r.sections)
    for (const auto& f : s.fields)
      if (f.path == path) return &f;
  return nullptr;
}
// Through the pipeline, without a sieg.toml: reviews in evaluations/ beside the dossier.
pipeline::Built build(const std::string& path, const report::Options& o) {
  pipeline::Settings s;
  s.no_config = true;
  auto repo = pipeline::open_repository(".", s, o.lang).repo;
  pipeline::Options po;
  po.lang = o.lang;
  return pipeline::build_report(pipeline::evaluate(path, *repo, po), o);
}
} // namespace

TEST_CASE("report: page names are unique and never index or style") {
  CHECK(report::page_names({"a", "b", "a", "index", "a"}) ==
        std::vector<std::string>{"a.html", "b.html", "a-2.html", "index-2.html", "a-3.html"});
  // A slug: nothing but letters, digits and '-' can reach a link.
  CHECK(report::page_names({"javascript:alert(1)?", "..", "é"}) ==
        std::vector<std::string>{"javascript-alert-1--.html", "--.html", "---2.html"});  // é is two bytes
}

TEST_CASE("report: the micro-crèche's budget, schedule and checklist") {
  report::Options o;
  auto b = build(example("aquitaine-micro-creche.yaml"), o);
  REQUIRE(b.report);
  const auto& r = *b.report;
  CHECK(r.budget.expenses.size() == 5);
  CHECK(r.budget.total_expenses == 4800000);  // 12 000 + 6 000 + 24 000 + 1 500 + 4 500 €, in cents
  CHECK(r.budget.total_resources == 4800000);  // 30 000 + 10 000 + 8 000 €
  CHECK(r.budget.balance() == 0);
  CHECK(r.budget.aid == 3000000);
  CHECK(r.budget.cap == 4000000);
  REQUIRE(r.budget.schedule.size() == 2);
  CHECK(r.budget.schedule[0].cents == 2100000);  // 70 % of 30 000 €
  CHECK(r.budget.schedule[1].cents == 900000);   // the remainder
  CHECK(r.budget.expenses[0].detail == "R&D : chercheurs");
  CHECK(r.eligible());
  CHECK(r.checklist.size() == 28);
  for (const auto& c : r.checklist)
    CHECK_MESSAGE((c.status == report::Status::Passed || c.status == report::Status::NotApplicable), c.code);
  REQUIRE(r.score);
  CHECK(r.score->jurors.size() == 4);
  // The form's order (the schema's as written), not the sorted order a JSON library keeps.
  REQUIRE(r.sections.size() > 2);
  CHECK(r.sections[0].id == "action");
  CHECK(r.sections[1].id == "porteur");
  REQUIRE(r.sections[0].fields.size() > 2);
  CHECK(r.sections[0].fields[0].path == "action.intitule");
  CHECK(r.sections[0].fields[1].path == "action.ordre_priorite");
  CHECK(r.sections[0].fields[2].path == "action.resume");
  REQUIRE(field(r, "action.etape_emergence") != nullptr);
  CHECK(field(r, "action.etape_emergence")->values == std::vector<std::string>{"Faire émerger une initiative nouvelle"});
  CHECK(field(r, "porteur.contact.nom")->values == std::vector<std::string>{"Claire Martin"});
}

TEST_CASE("report: an ineligible dossier gets its report with the failing rules") {
  report::Options o;
  o.lang = i18n::Lang::En;
  auto b = build(example("ineligible/aquitaine-hors-criteres.yaml"), o);
  REQUIRE(b.report);
  CHECK_FALSE(b.report->eligible());
  REQUIRE(b.report->failure);
  CHECK(b.report->failure->code == "SIEG-E004");  // commercialisation started (AMI §2), the first error in the file
  CHECK(b.report->failure->line == 12);
  CHECK(b.report->failure->col == 30);
}

TEST_CASE("report: --redact replaces personal fields and reviewers' names") {
  report::Options o;
  o.redact = true;
  auto b = build(example("aquitaine-micro-creche.yaml"), o);
  REQUIRE(b.report);
  const auto& r = *b.report;
  for (const char* p : {"porteur.contact.nom", "porteur.contact.courriel", "porteur.contact.telephone", "porteur.adresse.voie"}) {
    CHECK_MESSAGE(field(r, p)->values == std::vector<std::string>{"[masqué]"}, p);
    CHECK(field(r, p)->redacted);
  }
  CHECK(field(r, "porteur.nom")->values == std::vector<std::string>{"Association Les Petits Horizons"});
  CHECK(r.score->jurors[2].name == "évaluateur 3");
  CHECK(r.score->jurors[2].file.empty());
  for (const std::string& out : {report::render_markdown(r), report::render_html(r), report::render_json(r)}) {
    CHECK(out.find("Claire Martin") == std::string::npos);
    CHECK(out.find("Paul Martin") == std::string::npos);
    CHECK(out.find("paul-martin") == std::string::npos);
  }
}

TEST_CASE("report: a dossier with schema errors is not reported") {
  report::Options o;
  auto b = build(example("invalid/statut-manquant.yaml"), o);
  CHECK_FALSE(b.report);
  REQUIRE(b.diags.size() == 1);
  CHECK(b.diags[0].code == "SIEG-S002");
}
