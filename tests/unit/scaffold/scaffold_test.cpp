// `sieg new`: the scaffold is YAML, and once every blank is filled it passes the schema.
#include <doctest/doctest.h>

#include "calls/call.hpp"
#include "grids/grid.hpp"
#include "resources/resources.hpp"
#include "scaffold/scaffold.hpp"
#include "schema/validate.hpp"
#include "schema/builtin.hpp"
#include "yaml/loader.hpp"
#include "../schema_json.hpp"

using namespace sieg;
using testing::json;
using testing::deref;

namespace {

// A plausible value of the schema's type, as a positioned node.
tree::Node value_for(const json& doc, const json& s, const std::string& key) {
  const json& d = deref(doc, s);
  tree::Node n;
  std::string type = testing::type_of(d);
  if (d.contains("enum")) {
    n.kind = tree::Kind::String;
    n.text = d["enum"][0].get<std::string>();
  } else if (type == "integer") {
    n.kind = tree::Kind::Number;
    n.integer_literal = true;
    n.number = key == "niveau" ? 2 : key == "duree_mois" ? 12 : d.contains("minimum") ? d["minimum"].get<double>() + 114 : 1;
    n.text = std::to_string(static_cast<long long>(n.number));
  } else if (type == "number") {
    n.kind = tree::Kind::Number;
    n.number = 1000;
    n.text = "1000";
  } else if (type == "boolean") {
    n.kind = tree::Kind::Bool;
    n.boolean = key != "commercialisation_engagee";
  } else {
    n.kind = tree::Kind::String;
    n.text = testing::formatted_text(d).value_or("Texte");
  }
  return n;
}

void fill(const json& doc, const json& schema, tree::Node& node, const std::string& key) {
  const json& s = deref(doc, schema);
  if (node.kind == tree::Kind::Null) {
    node = value_for(doc, schema, key);
    return;
  }
  if (node.kind == tree::Kind::Object)
    for (auto& m : node.members) {
      const json* sub = nullptr;
      if (s.contains("properties") && s["properties"].contains(m.key)) sub = &s["properties"][m.key];
      else if (s.contains("additionalProperties") && s["additionalProperties"].is_object()) sub = &s["additionalProperties"];
      REQUIRE_MESSAGE(sub != nullptr, m.key);
      fill(doc, *sub, m.value, m.key);
    }
  if (node.kind == tree::Kind::Array)
    for (auto& item : node.items) fill(doc, s["items"], item, key);
}

} // namespace

TEST_CASE("the scaffold of each call, filled in, passes the schema") {
  json doc = json::parse(*resources::find("dossier.schema.json"));
  for (const auto& call : calls::builtin_calls()) {
    INFO(call.id);
    std::string text = scaffold::dossier_template(call, *grids::find_grid(call.grid), "schemas/dossier.schema.json");
    CHECK(text.find("# Intitulé de l'action") != std::string::npos);
    auto loaded = yaml::load(text, "new.yaml", i18n::Lang::En);
    for (const auto& d : loaded.diags) MESSAGE(d.message);
    REQUIRE(loaded.root.has_value());
    // As generated: the blanks are reported, nothing else.
    schema::ValidateOptions o;
    o.lang = i18n::Lang::En;
    auto blank = schema::validate(*schema::builtin_dossier_schema(), *loaded.root, o);
    CHECK_FALSE(blank.empty());
    for (const auto& d : blank)
      CHECK((d.hint == "the value is empty: write it after the colon" ||
             d.hint == "the item is empty: write it after the dash, or remove the line '-'"));
    fill(doc, doc, *loaded.root, "");
    auto filled = schema::validate(*schema::builtin_dossier_schema(), *loaded.root, o);
    for (const auto& d : filled) MESSAGE(d.message);
    CHECK(filled.empty());
    // Every marker of the call's grid is in the self-assessment.
    for (const auto& m : grids::find_grid(call.grid)->markers) CHECK(text.find("      " + m.id + ":\n") != std::string::npos);
  }
}
