#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "calls/call.hpp"
#include "grids/grid.hpp"
#include "resources/resources.hpp"
#include "scaffold/scaffold.hpp"

using namespace sieg;
using json = nlohmann::json;

namespace {

json describe(const char* call_id, i18n::Lang lang = i18n::Lang::Fr) {
  const calls::Call* call = calls::find_call(call_id);
  REQUIRE(call != nullptr);
  return json::parse(scaffold::form_description(*call, *grids::find_grid(call->grid), lang));
}

// The field at a dotted path of the description ("porteur.membres"; array items: "partenaires[].nom").
const json* field(const json& d, const std::string& path) {
  const json* fields = &d["fields"];
  const json* found = nullptr;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t dot = path.find('.', start);
    std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    bool item = key.size() > 2 && key.substr(key.size() - 2) == "[]";
    if (item) key.resize(key.size() - 2);
    found = nullptr;
    for (const auto& f : *fields)
      if (f["key"] == key) found = &f;
    if (found == nullptr) return nullptr;
    if (dot == std::string::npos) break;
    fields = item ? &(*found)["item"]["fields"] : &(*found)["fields"];
    start = dot + 1;
  }
  return found;
}

} // namespace

TEST_CASE("schema fragments become form fields: kinds, choices, limits, « sans objet »") {
  json d = describe("aquitaine-2015");
  const json* title = field(d, "action.intitule");
  REQUIRE(title);
  CHECK((*title)["kind"] == "text");
  CHECK((*title)["required"] == true);
  CHECK((*title)["hint"] == "");  // the YAML-writing hint of free texts is not for a form
  const json* aid = field(d, "budget.aide_demandee");
  REQUIRE(aid);
  CHECK((*aid)["kind"] == "number");
  CHECK((*aid)["multipleOf"] == 0.01);
  const json* members = field(d, "porteur.membres");
  REQUIRE(members);
  CHECK((*members)["sansObjet"] == true);
  const json* category = field(d, "budget.depenses[].categorie");
  REQUIRE(category);
  CHECK((*category)["kind"] == "enum");
  CHECK((*category)["enum"].size() >= 5);
  const json* date = field(d, "calendrier.date_debut");
  REQUIRE(date);
  CHECK((*date)["kind"] == "date");
  const json* dep = field(d, "porteur.adresse.departement");
  REQUIRE(dep);
  CHECK((*dep)["kind"] == "string");
  CHECK((*dep)["pattern"].get<std::string>().find("2A|2B") != std::string::npos);
  // The call is fixed; the final document (sieg new --final) is not part of the application.
  CHECK((*field(d, "appel"))["kind"] == "const");
  CHECK((*field(d, "appel"))["value"] == "aquitaine-2015");
  CHECK(field(d, "bilan_final") == nullptr);
}

TEST_CASE("the call decides: its required fields, every rule with its conditions, its grid; the other call's questions kept apart") {
  json a = describe("aquitaine-2015");
  const calls::Call& call = *calls::find_call("aquitaine-2015");
  CHECK(a["rules"].size() == call.rules.size());  // every rule: the page judges as sieg does
  CHECK(a["schema"]["$id"] == json::parse(std::string(*resources::find("dossier.schema.json")))["$id"]);
  bool conditional = false;
  for (const auto& r : a["rules"])
    if (!r["when"].empty()) conditional = conditional || (r["when"][0].contains("op") && r["when"][0].contains("path"));
  CHECK(conditional);
  CHECK((*field(a, "porteur.historique"))["required"] == true);  // SIEG-E014's list (§5)
  CHECK((*field(a, "action.phase"))["other"] == true);           // SIEG Picardie's question
  bool cap = false, region = false;
  for (const auto& r : a["rules"]) {
    if (r["code"] == "SIEG-E013")
      cap = r["kind"] == "max_amount" && r["params"]["max"]["number"] == 40000 && r["params"]["path"]["text"] == "budget.aide_demandee";
    if (r["kind"] == "in_region") region = r["params"].contains("path");
  }
  CHECK(cap);
  CHECK(region);
  CHECK(a["call"]["cap"] == 40000);
  CHECK(a["grid"]["markers"].size() == 12);
  CHECK(a["grid"]["markers"][0]["levels"].size() == 4);
  const json* self = field(a, "auto_evaluation");
  REQUIRE(self);
  CHECK((*self)["selfAssessment"] == true);
  CHECK((*field(a, "auto_evaluation[].niveaux"))["kind"] == "levels");
  json p = describe("picardie-sieg", i18n::Lang::En);
  CHECK(p["call"]["cap"].is_null());  // the SIEG Picardie sets no cap
  CHECK(p["lang"] == "en");
  CHECK(field(p, "action.phase")->contains("other") == false);
  CHECK((*field(p, "action.intitule"))["title"] == "Title of the action");
}

TEST_CASE("sieg.toml's severities and checks turned off reach the page as the pipeline applies them") {
  const calls::Call& call = *calls::find_call("aquitaine-2015");
  config::Config c;
  c.severity["SIEG-E0*"] = diag::Severity::Warning;
  c.severity["SIEG-E013"] = diag::Severity::Info;
  c.off.push_back({"SIEG-E040", "reason"});
  json d = json::parse(scaffold::form_description(call, *grids::find_grid(call.grid), i18n::Lang::Fr, &c));
  CHECK(d["severity"]["SIEG-E013"] == "info");
  CHECK(d["severity"]["SIEG-E007"] == "warning");
  CHECK_FALSE(d["severity"].contains("SIEG-S001"));
  CHECK(d["off"] == json::array({"SIEG-E040"}));
}

TEST_CASE("the page: one file, nothing fetched, nothing that closes its script early") {
  const calls::Call& call = *calls::find_call("aquitaine-2015");
  std::string page = scaffold::form_page(call, *grids::find_grid(call.grid), i18n::Lang::Fr);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("default-src 'none'") != std::string::npos);
  std::size_t data = page.find("id=\"sieg-form-data\">");
  REQUIRE(data != std::string::npos);
  std::size_t end = page.find("</script>", data);
  CHECK(page.substr(data, end - data).find('<', 5) == std::string::npos);  // "<" is written \u003c in the data
  CHECK(page.find("src=\"http") == std::string::npos);
}

TEST_CASE("the reviewer's form: fixed dossier and grid, the markers with comments, the call's criteria") {
  scaffold::ReviewForm r;
  r.call = calls::find_call("aquitaine-2015");
  r.grid = grids::find_grid("aquitaine");
  r.dossier_id = "d01";
  r.dossier_title = "Micro-crèche </script>";
  r.summary = {{"Porteur", "Association"}};
  r.reviews_dir = "evaluations/d01";
  r.schema_path = "../../schemas/review-aquitaine.schema.json";
  json d = json::parse(scaffold::review_form_description(r, i18n::Lang::Fr));
  CHECK(d["mode"] == "review");
  CHECK(d["reviewsDir"] == "evaluations/d01");
  CHECK(d["modeline"] == "# yaml-language-server: $schema=../../schemas/review-aquitaine.schema.json");
  CHECK((*field(d, "dossier"))["kind"] == "const");
  CHECK((*field(d, "dossier"))["value"] == "d01");
  CHECK((*field(d, "grille"))["value"] == "aquitaine");
  CHECK((*field(d, "niveaux"))["kind"] == "levels");
  CHECK((*field(d, "niveaux"))["textKey"] == "commentaire");
  CHECK((*field(d, "avis"))["kind"] == "enum");
  CHECK((*field(d, "conflit_interet"))["kind"] == "boolean");
  CHECK((*field(d, "conflit_interet"))["required"] == true);
  const json* criteria = field(d, "criteres");
  REQUIRE(criteria);
  CHECK((*criteria)["fields"].size() == r.call->criteria.size());
  CHECK((*field(d, "criteres.destination_aide"))["kind"] == "text");
  CHECK(d["dossier"]["summary"][0]["value"] == "Association");
  std::string page = scaffold::review_form_page(r, i18n::Lang::Fr);
  CHECK(page.find("<title>Évaluation — Micro-crèche &lt;/script&gt;</title>") != std::string::npos);
}
