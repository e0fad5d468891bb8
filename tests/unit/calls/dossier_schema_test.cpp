#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "calls/dossier_schema.hpp"
#include "resources/resources.hpp"

using namespace sieg;

TEST_CASE("the dossier schema for built-in calls is the embedded text, unchanged") {
  const std::string builtin(*resources::find("dossier.schema.json"));
  CHECK(calls::dossier_schema_text({}) == builtin);
  CHECK(calls::dossier_schema_text({calls::find_call("aquitaine-2015"), calls::find_call("picardie-sieg")}) == builtin);
}

TEST_CASE("a repository's call with an id of its own is one more choice of appel, with its title; nothing else changes") {
  calls::Call c = *calls::find_call("aquitaine-2015");
  c.id = "occitanie-2026";
  c.title = {"AMI Innovation sociale 2026 — Région Occitanie", "Social innovation call 2026 — Occitanie Region"};
  auto doc = nlohmann::json::parse(calls::dossier_schema_text({&c, &c}));  // listed twice: added once
  const auto& appel = doc["properties"]["appel"];
  CHECK(appel["enum"] == nlohmann::json::array({"aquitaine-2015", "picardie-sieg", "occitanie-2026"}));
  CHECK(appel["x-enum-titles"]["occitanie-2026"][0] == "AMI Innovation sociale 2026 — Région Occitanie");
  CHECK(appel["x-enum-titles"]["occitanie-2026"][1] == "Social innovation call 2026 — Occitanie Region");
  auto builtin = nlohmann::json::parse(*resources::find("dossier.schema.json"));
  doc["properties"].erase("appel");
  builtin["properties"].erase("appel");
  CHECK(doc == builtin);
}
