// The embedded dossier schema: it compiles strictly, and its titles serve diagnostics.
#include <doctest/doctest.h>

#include "resources/resources.hpp"
#include "validate/validate_file.hpp"

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
