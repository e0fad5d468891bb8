// Call files: the shipped ones are complete; a broken one is refused with file:line:col.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "calls/call.hpp"
#include "calls/render.hpp"
#include "values/date.hpp"
#include "calls/kinds.hpp"
#include "values/money.hpp"
#include "tree/node.hpp"

using namespace sieg;

TEST_CASE("the shipped calls load, and say what the issue asks of them") {
  const auto& all = calls::builtin_calls();
  REQUIRE(all.size() == 2);
  const calls::Call* aq = calls::find_call("aquitaine-2015");
  const calls::Call* pi = calls::find_call("picardie-sieg");
  REQUIRE(aq != nullptr);
  REQUIRE(pi != nullptr);
  CHECK(aq->departements == std::vector<std::string>{"24", "33", "40", "47", "64"});
  CHECK(pi->departements == std::vector<std::string>{"02", "60", "80"});
  CHECK(values::to_string(*aq->deadline) == "2015-05-29");
  CHECK(values::to_string(*pi->deadline) == "2019-12-31");
  CHECK(aq->grid == "aquitaine");
  CHECK(pi->grid == "picardie");
  REQUIRE(aq->payments.size() == 2);
  CHECK(aq->payments[0].percent == 70);
  CHECK(aq->payments[1].percent == 30);
  CHECK(aq->rule("SIEG-E013")->param("max")->number == 40000);
  CHECK(aq->rule("SIEG-E011")->param("max")->number == 12);
  // Fidelity (docs/fidelity.md): Aquitaine's emergence covers four stages, all accepted; Picardie keeps
  // its three phases; a longer action and expenses outside §4 are warnings, the aid beyond the eligible
  // expenses the error.
  CHECK(aq->rule("SIEG-E046")->kind == "required");
  CHECK(aq->rule("SIEG-E046")->severity == diag::Severity::Warning);
  CHECK(pi->rule("SIEG-E003")->param("values")->list ==
        std::vector<std::string>{"emergence", "experimentation_mise_en_oeuvre", "evaluation_generalisation"});
  CHECK(aq->rule("SIEG-E010")->severity == diag::Severity::Warning);
  CHECK(aq->rule("SIEG-E011")->severity == diag::Severity::Warning);
  CHECK(aq->rule("SIEG-E012")->severity == diag::Severity::Warning);
  CHECK(aq->rule("SIEG-E045")->severity == diag::Severity::Error);
  CHECK(aq->rule("SIEG-E050")->severity == diag::Severity::Warning);  // no sentence makes the amount a condition
  CHECK(pi->rule("SIEG-E050") == nullptr);  // Picardie's texts set no amount: budget.aide_demandee is optional there
  for (const auto* c : {aq, pi})
    for (const char* code : {"SIEG-E040", "SIEG-E042", "SIEG-E043", "SIEG-E044"}) {
      INFO(c->id << " " << code);
      CHECK(c->rule(code)->severity == diag::Severity::Warning);
    }
  CHECK(aq->criteria.size() == 15);
  CHECK(aq->criterion("collaboration_recherche") != nullptr);  // §2 « Le jury observera avec attention »
  CHECK(pi->criteria.size() == 8);
  CHECK(pi->criterion("synthese_avis_comite") != nullptr);
}

TEST_CASE("every shipped rule says in plain words what it means and what to do, in both languages") {
  for (const auto& c : calls::builtin_calls())
    for (const auto& r : c.rules) {
      INFO(c.id << " " << r.code);
      CHECK_FALSE(r.meaning.fr.empty());
      CHECK_FALSE(r.meaning.en.empty());
      CHECK_FALSE(r.fix.fr.empty());
      CHECK_FALSE(r.fix.en.empty());
      // the passage is cited by the document's title and section, never by a file of the source texts
      CHECK(r.source.find(".txt") == std::string::npos);
      // The statement says what holds: checklists print it with « satisfaite », messages with what fails.
      for (const char* failure : {"ne dit pas", "n'est pas décrit", "au-delà", "Dépense que", "Étape "})
        CHECK(std::string(r.statement.fr).find(failure) == std::string::npos);
      for (const char* failure : {"does not say", "is not described", "beyond", "Expense the", "Step "})
        CHECK(std::string(r.statement.en).find(failure) == std::string::npos);
    }
}

TEST_CASE("every rule has a code, a statement in both languages and a source; codes are unique and mean one kind") {
  std::map<std::string, std::string> kind_of;
  for (const auto& c : calls::builtin_calls()) {
    std::set<std::string> seen;
    for (const auto& r : c.rules) {
      INFO(c.id << " " << r.code);
      CHECK(r.code.rfind("SIEG-E", 0) == 0);
      CHECK(seen.insert(r.code).second);
      CHECK_FALSE(r.statement.fr.empty());
      CHECK_FALSE(r.statement.en.empty());
      CHECK(r.statement.fr != r.statement.en);
      CHECK_FALSE(r.source.empty());
      CHECK(calls::find_kind(r.kind) != nullptr);
      auto [it, fresh] = kind_of.emplace(r.code, r.kind);
      CHECK(it->second == r.kind);
    }
  }
}

TEST_CASE("payment schedule, in cents, hand-worked") {
  const calls::Call& aq = *calls::find_call("aquitaine-2015");
  CHECK(calls::schedule(aq, 3000000) == std::vector<std::int64_t>{2100000, 900000});  // 30 000 € -> 21 000 + 9 000
  CHECK(calls::schedule(aq, 1234567) == std::vector<std::int64_t>{864196, 370371});  // 8 641.969 rounded down
  CHECK(calls::schedule(aq, 1) == std::vector<std::int64_t>{0, 1});
  CHECK(calls::schedule(aq, 4000000) == std::vector<std::int64_t>{2800000, 1200000});
}

namespace {
std::vector<diag::Diagnostic> load(const std::string& toml) {
  return calls::load_call(toml, "c.toml", i18n::Lang::En).diags;
}
const char* kHead = R"(id = "x"
title = { fr = "X", en = "X" }
region = "R"
departements = ["01"]
grid = "g"
source = "s"
)";
} // namespace

TEST_CASE("a call file with mistakes: each one at its line and column") {
  CHECK(load(kHead).empty());
  auto unknown_kind = load(std::string(kHead) + R"([[rules]]
code = "SIEG-E001"
kind = "max_amout"
statement = { fr = "a", en = "b" }
source = "s"
)");
  REQUIRE(unknown_kind.size() == 1);
  CHECK(unknown_kind[0].code == "SIEG-C001");
  CHECK(unknown_kind[0].line == 9);
  CHECK(unknown_kind[0].col == 8);
  CHECK(unknown_kind[0].message.rfind("unknown rule kind 'max_amout' (kinds: required, ", 0) == 0);

  auto bad_param = load(std::string(kHead) + R"([[rules]]
code = "SIEG-E001"
kind = "max_amount"
path = "budget.aide_demandee"
maxi = 3
statement = { fr = "a", en = "b" }
source = "s"
)");
  REQUIRE(bad_param.size() == 2);
  CHECK(bad_param[0].message == "unknown key 'maxi' (keys allowed: code, kind, severity, statement, meaning, fix, source, when, path, max)");
  CHECK(bad_param[0].line == 11);
  CHECK(bad_param[1].message == "missing required key 'max'");

  // A path of the right form that names no field: the first unknown key, with the closest at that place.
  auto unknown_field = load(std::string(kHead) + R"([[rules]]
code = "SIEG-E001"
kind = "in_region"
path = "action.territoir.departements[]"
statement = { fr = "a", en = "b" }
source = "s"
)");
  REQUIRE(unknown_field.size() == 1);
  CHECK(unknown_field[0].line == 10);
  CHECK(unknown_field[0].message ==
        "'path': path 'action.territoir.departements[]' names no field of the dossier: 'territoir' is unknown (did you mean 'territoire'?)");

  auto bad_path = load(std::string(kHead) + R"([[rules]]
code = "SIEG-E001"
kind = "required"
paths = ["Budget.Aide"]
statement = { fr = "a", en = "b" }
source = "s"
)");
  REQUIRE(bad_path.size() == 1);
  CHECK(bad_path[0].line == 10);

  auto dup = load(std::string(kHead) + R"([[rules]]
code = "SIEG-E001"
kind = "steps_ordered"
statement = { fr = "a", en = "b" }
source = "s"
[[rules]]
code = "SIEG-E001"
kind = "steps_ordered"
statement = { fr = "a", en = "b" }
source = "s"
)");
  REQUIRE(dup.size() == 1);
  CHECK(dup[0].message == "rule code 'SIEG-E001' already used in this call");
  CHECK(dup[0].line == 13);

  auto shares = load(std::string(kHead) + R"([[payment]]
percent = 70
when = { fr = "a", en = "b" }
[[payment]]
percent = 20
when = { fr = "a", en = "b" }
)");
  REQUIRE(shares.size() == 1);
  CHECK(shares[0].message == "the payment shares add up to 90%, not 100%");

  auto syntax = load("id = \n");
  REQUIRE(syntax.size() == 1);
  CHECK(syntax[0].line == 1);
  CHECK(syntax[0].message.rfind("TOML syntax: ", 0) == 0);

  auto top = load(std::string(kHead) + "regoin = \"x\"\n");
  REQUIRE(top.size() == 1);
  CHECK(top[0].line == 7);
  CHECK(top[0].col == 1);
}

TEST_CASE("explain shows a rule in every call that has it") {
  auto text = calls::render_explain("e001", calls::builtin_calls(), i18n::Lang::En);
  REQUIRE(text.has_value());
  CHECK(text->find("Social Innovation call for expressions of interest 2015 — Aquitaine Region — error (the dossier is turned away)\n") !=
        std::string::npos);
  CHECK(text->find("Social innovation SGEI — Picardie Region — error (the dossier is turned away)\n") != std::string::npos);
  CHECK(text->find("What it means: The call only supports actions run together with others") != std::string::npos);
  // a holder's answer: no rule kind, no TOML line unless asked
  CHECK(text->find("min_count") == std::string::npos);
  CHECK(text->find(".toml") == std::string::npos);
  auto verbose = calls::render_explain("e001", calls::builtin_calls(), i18n::Lang::En, true);
  CHECK(verbose->find("rule kind: min_count") != std::string::npos);
  CHECK(verbose->find("defined in: calls/aquitaine-2015.toml:") != std::string::npos);
  CHECK_FALSE(calls::render_explain("SIEG-E999", calls::builtin_calls(), i18n::Lang::En).has_value());
}

TEST_CASE("man/sieg-call.5 documents every rule kind") {
  std::ifstream in(std::string(SIEG_SOURCE_DIR) + "/man/sieg-call.5");
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  for (const auto& k : calls::kinds()) {
    INFO(k.name);
    CHECK(ss.str().find(std::string(".B ") + k.name + "\n") != std::string::npos);
  }
}
