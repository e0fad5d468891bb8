// Walking the dossier schema as JSON in unit tests that make dossiers from it (the scaffold's test, the
// report's every-answer test): $ref, a field's type, a valid text for a formatted field.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace sieg::testing {

using json = nlohmann::ordered_json;

inline const json& deref(const json& doc, const json& s) {
  if (s.contains("$ref")) {
    std::string ref = s["$ref"].get<std::string>();
    return doc["definitions"][ref.substr(ref.rfind('/') + 1)];
  }
  return s;
}

// The field's type; of ["string", "object"] (a text, or « sans_objet: raison »), the first.
inline std::string type_of(const json& d, const std::string& otherwise = "string") {
  if (!d.contains("type")) return otherwise;
  return d["type"].is_array() ? d["type"][0].get<std::string>() : d["type"].get<std::string>();
}

// A valid value for a text field with a format or a pattern (dates, e-mails, départements, postcodes,
// SIRET); nothing for a free text.
inline std::optional<std::string> formatted_text(const json& d) {
  if (d.value("format", "") == "date") return "2015-05-01";
  if (d.value("format", "") == "email") return "contact@exemple.fr";
  std::string pattern = d.value("pattern", "");
  if (pattern.find("2A") != std::string::npos) return "33";
  if (pattern == "^[0-9]{5}$") return "33000";
  if (pattern == "^[0-9]{14}$") return "12345678900012";
  return std::nullopt;
}

} // namespace sieg::testing
