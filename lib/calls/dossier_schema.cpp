#include "calls/dossier_schema.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "resources/resources.hpp"

namespace sieg::calls {

std::string dossier_schema_text(const std::vector<const Call*>& calls) {
  const std::string builtin(*resources::find("dossier.schema.json"));
  using json = nlohmann::ordered_json;
  json doc;
  bool changed = false;
  for (const Call* c : calls) {
    if (c == nullptr || find_call(c->id) != nullptr) continue;
    if (!changed) doc = json::parse(builtin);
    changed = true;
    json& appel = doc["properties"]["appel"];
    json& values = appel["enum"];
    if (std::find(values.begin(), values.end(), c->id) != values.end()) continue;
    values.push_back(c->id);
    appel["x-enum-titles"][c->id] = json::array({c->title.fr, c->title.en});
    if (appel.contains("enumDescriptions")) appel["enumDescriptions"].push_back(c->title.fr);
  }
  return changed ? doc.dump(2) + "\n" : builtin;
}

} // namespace sieg::calls
