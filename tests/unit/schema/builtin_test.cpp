// The embedded dossier schema: it compiles strictly, and its titles serve diagnostics.
#include <algorithm>
#include <doctest/doctest.h>

#include <fstream>
#include <functional>
#include <sstream>

#include "resources/resources.hpp"
#include "schema/builtin.hpp"

using namespace sieg;

TEST_CASE("the embedded dossier schema compiles in strict mode") {
  auto text = resources::find("dossier.schema.json");
  REQUIRE(text.has_value());
  auto r = schema::compile_text(std::string(*text));
  for (const auto& e : r.errors) MESSAGE(e);
  CHECK(r.errors.empty());
}

TEST_CASE("every property of the dossier schema has a French title, an English title and a description") {
  auto text = resources::find("dossier.schema.json");
  auto doc = nlohmann::json::parse(*text);
  int checked = 0;
  std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& s,
                                                                           const std::string& where) {
    if (!s.is_object()) return;
    if (s.contains("properties"))
      for (auto it = s["properties"].begin(); it != s["properties"].end(); ++it) {
        const std::string field = where + "/" + it.key();
        INFO(field);
        CHECK(it.value().contains("title"));
        CHECK(it.value().contains("x-title-en"));
        CHECK(it.value().contains("description"));
        ++checked;
        walk(it.value(), where + "/" + it.key());
      }
    if (s.contains("items")) walk(s["items"], where + "/items");
  };
  walk(doc, "");
  CHECK(checked > 100);
}

TEST_CASE("personal data fields carry x-personal") {
  auto doc = nlohmann::json::parse(*resources::find("dossier.schema.json"));
  auto contact = doc["properties"]["porteur"]["properties"]["contact"]["properties"];
  CHECK(contact["nom"]["x-personal"] == true);
  CHECK(contact["courriel"]["x-personal"] == true);
  CHECK(contact["telephone"]["x-personal"] == true);
  CHECK(doc["properties"]["porteur"]["properties"]["adresse"]["properties"]["voie"]["x-personal"] == true);
  CHECK(doc["properties"]["partenaires"]["items"]["properties"]["contact"]["properties"]["courriel"]["x-personal"] ==
        true);
}

namespace {
void check_man_documents_schema(const char* man_page, const char* schema_name) {
  std::ifstream in(std::string(SIEG_SOURCE_DIR) + "/man/" + man_page);
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string man = ss.str();
  auto doc = nlohmann::json::parse(*resources::find(schema_name));
  std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& s,
                                                                           const std::string& prefix) {
    if (!s.contains("properties")) return;
    for (auto it = s["properties"].begin(); it != s["properties"].end(); ++it) {
      const std::string path = prefix + it.key();
      INFO(path);
      CHECK(man.find(".B " + path + "\n") != std::string::npos);
      const auto& p = it.value();
      auto is = [](const nlohmann::json& node, const char* type) {
        if (!node.contains("type")) return false;
        if (node["type"].is_array()) return std::find(node["type"].begin(), node["type"].end(), type) != node["type"].end();
        return node["type"] == type;
      };
      if (is(p, "object")) walk(p, path + ".");
      if (is(p, "array") && is(p["items"], "object")) walk(p["items"], path + "[].");
    }
  };
  walk(doc, "");
}
} // namespace

TEST_CASE("man/sieg-dossier.5, sieg-review.5 and sieg-decision.5 document every key of their schema") {
  check_man_documents_schema("sieg-dossier.5", "dossier.schema.json");
  check_man_documents_schema("sieg-review.5", "review.schema.json");
  check_man_documents_schema("sieg-decision.5", "decision.schema.json");
}

TEST_CASE("the embedded decision schema compiles in strict mode") {
  auto r = schema::compile_text(std::string(*resources::find("decision.schema.json")));
  for (const auto& e : r.errors) MESSAGE(e);
  CHECK(r.errors.empty());
}

TEST_CASE("the embedded review schema compiles in strict mode") {
  auto r = schema::compile_text(std::string(*resources::find("review.schema.json")));
  for (const auto& e : r.errors) MESSAGE(e);
  CHECK(r.errors.empty());
}
