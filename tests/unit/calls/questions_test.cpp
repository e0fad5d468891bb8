// A call's [[questions]] (lib/calls/questions.cpp): read, checked against sieg's questions, and merged into
// the dossier schema (lib/calls/dossier_schema.cpp), where validate, the form and sieg new read them.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "calls/call.hpp"
#include "calls/dossier_schema.hpp"
#include "calls/template.hpp"
#include "resources/resources.hpp"

using namespace sieg;

namespace {
const char* kHead = R"(id = "occ"
title = { fr = "Occ", en = "Occ" }
region = "Occitanie"
departements = ["31"]
grid = "aquitaine"
source = "s"
)";

calls::LoadResult load(const std::string& tail) { return calls::load_call(std::string(kHead) + tail, "c.toml", i18n::Lang::En); }

std::vector<std::string> messages(const calls::LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diags) out.push_back(std::to_string(d.line) + ":" + std::to_string(d.col) + " " + d.code + " " + d.message);
  return out;
}
} // namespace

TEST_CASE("questions of every type load, with their titles, choices and items") {
  auto r = load(R"([[questions]]
path = "action.lieu"
type = "choice"
title = { fr = "Lieu", en = "Place" }
required = true
choices = [{ value = "tiers_lieu", title = { fr = "Tiers-lieu", en = "Third place" } }]

[[questions]]
path = "evaluation.indicateurs"
type = "list"
title = { fr = "Indicateurs", en = "Indicators" }
items = [{ path = "intitule", type = "text", title = { fr = "Indicateur", en = "Indicator" }, required = true },
         { path = "cible", type = "integer", title = { fr = "Cible", en = "Target" } }]

[[questions]]
path = "montant_autofinancement"
type = "money"
title = { fr = "Autofinancement", en = "Self-financing" }
personal = false
)");
  REQUIRE(messages(r) == std::vector<std::string>{});
  REQUIRE(r.call->questions.size() == 3);
  CHECK(r.call->questions[0].required);
  CHECK(r.call->questions[0].choices[0].value == "tiers_lieu");
  CHECK(r.call->questions[1].items.size() == 2);
  CHECK(r.call->questions[1].items[0].required);
  CHECK(r.call->questions[2].path == "montant_autofinancement");  // a new top-level key
  CHECK(calls::from_snapshot(calls::to_snapshot(*r.call)).questions[1].items[1].path == "cible");
}

TEST_CASE("a question that is one of sieg's, or that has no place, is refused at its line and column, naming both") {
  auto clash = load(R"([[questions]]
path = "action.intitule"
type = "text"
title = { fr = "T", en = "T" }
)");
  CHECK(messages(clash) == std::vector<std::string>{
                               "8:8 SIEG-C001 question 'action.intitule': the dossier already has this question, 'Title of the action' "
                               "(one of sieg's); choose another key"});
  auto nowhere = load(R"([[questions]]
path = "actoin.lieu"
type = "text"
title = { fr = "T", en = "T" }
)");
  CHECK(messages(nowhere) == std::vector<std::string>{
                                 "8:8 SIEG-C001 question 'actoin.lieu': 'actoin' is not a part of the dossier that takes questions "
                                 "(did you mean 'action'?)"});
  auto under_text = load(R"([[questions]]
path = "action.intitule.sous"
type = "text"
title = { fr = "T", en = "T" }
)");
  CHECK(messages(under_text).size() == 1);
  auto bad = load(R"([[questions]]
path = "action.Lieu"
type = "texte"
title = { fr = "T", en = "T" }

[[questions]]
path = "action.lieu"
type = "choice"
title = { fr = "T", en = "T" }

[[questions]]
path = "action.lieu"
type = "text"
title = { fr = "T", en = "T" }
items = [{ path = "x", type = "list", title = { fr = "T", en = "T" } }]
)");
  CHECK(messages(bad) == std::vector<std::string>{
                             "9:8 SIEG-C001 question 'action.Lieu': unknown type 'texte' (types: text, long_text, integer, money, "
                             "date, yes_no, choice, list)",
                             "8:8 SIEG-C001 question 'action.Lieu': 'Lieu' is not a dossier key (lower-case letters without "
                             "accents, digits and '_', starting with a letter)",
                             "12:1 SIEG-C001 question 'action.lieu': a choice question needs [[questions.choices]]",
                             "21:9 SIEG-C001 question 'action.lieu': 'items' goes with type list",
                             "18:8 SIEG-C001 question 'action.lieu' already asked in this call (line 12)"});
}

TEST_CASE("a rule may name the call's own question; a misspelt one is refused") {
  const char* q = R"([[questions]]
path = "evaluation.indicateurs"
type = "list"
title = { fr = "I", en = "I" }
items = [{ path = "intitule", type = "text", title = { fr = "I", en = "I" } }]

[[rules]]
code = "SIEG-E060"
kind = "min_count"
path = "evaluation.indicateurs"
min = 2
statement = { fr = "a", en = "b" }
source = "s"
)";
  CHECK(messages(load(q)).empty());
  std::string typo = q;
  typo.replace(typo.rfind("evaluation.indicateurs"), 22, "evaluation.indicateur");
  CHECK(messages(load(typo)) == std::vector<std::string>{
                                    "16:8 SIEG-C001 'path': path 'evaluation.indicateur' names no field of the dossier: "
                                    "'indicateur' is unknown (did you mean 'indicateurs'?)"});
}

TEST_CASE("merged into the schema: the question where its path says, asked in its call only, required when the dossier answers it") {
  auto r = load(R"([[questions]]
path = "action.lieu"
type = "choice"
title = { fr = "Lieu", en = "Place" }
help = { fr = "Où", en = "Where" }
required = true
choices = [{ value = "tiers_lieu", title = { fr = "Tiers-lieu", en = "Third place" } }]
)");
  REQUIRE(r.call);
  auto doc = nlohmann::json::parse(calls::dossier_schema_text({&*r.call}));
  const auto& p = doc["properties"]["action"]["properties"]["lieu"];
  CHECK(p["enum"] == nlohmann::json::array({"tiers_lieu"}));
  CHECK(p["x-enum-titles"]["tiers_lieu"] == nlohmann::json::array({"Tiers-lieu", "Third place"}));
  CHECK(p["x-calls"] == nlohmann::json::array({"occ"}));
  CHECK(p["x-description-en"] == "Where");
  CHECK(doc["allOf"][0]["if"]["properties"]["appel"]["const"] == "occ");
  CHECK(doc["allOf"][0]["then"]["required"] == nlohmann::json::array({"action"}));
  CHECK(doc["allOf"][0]["then"]["properties"]["action"]["required"] == nlohmann::json::array({"lieu"}));
  CHECK(calls::asked_in({"occ"}, "occ"));
  CHECK(!calls::asked_in({"occ"}, "aquitaine-2015"));
  CHECK(calls::asked_in({"aquitaine-2015"}, "occ"));  // a repository's call asks the built-in calls' own
  CHECK(!calls::asked_in({"aquitaine-2015"}, "picardie-sieg"));
}

TEST_CASE("sieg calls new: the copy of a built-in call, with its keys explained, loads under its new id") {
  const calls::Call* aq = calls::find_call("aquitaine-2015");
  std::string text = calls::new_call_text("occitanie-2027", std::string(*resources::find(aq->file)), "aquitaine-2015");
  auto r = calls::load_call(text, "calls/occitanie-2027.toml", i18n::Lang::En);
  REQUIRE(r.diags.empty());
  CHECK(r.call->id == "occitanie-2027");
  CHECK(r.call->rules.size() == aq->rules.size());
  CHECK(text.find("#   [[questions]]") != std::string::npos);
  CHECK(text.find("#   some_in_region") != std::string::npos);  // every rule kind, from the one table
}
