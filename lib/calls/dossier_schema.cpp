#include "calls/dossier_schema.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "resources/resources.hpp"

namespace sieg::calls {
namespace {

using json = nlohmann::ordered_json;

// A question as the schema's property, with the annotations the built-in questions carry (titles in
// both languages, help, x-calls, x-personal) so that the form, `sieg new` and the reports read it alike.
json property(const Question& q, const std::string& call_id, bool top) {
  json p;
  if (q.type == "text") p = {{"type", "string"}, {"minLength", 1}, {"maxLength", 500}};
  else if (q.type == "long_text") p = {{"$ref", "#/definitions/texte"}};
  else if (q.type == "integer") p = {{"type", "integer"}, {"x-hint", "un nombre entier, par ex. 12"}, {"x-hint-en", "a whole number, e.g. 12"}};
  else if (q.type == "money") p = {{"$ref", "#/definitions/montant"}};
  else if (q.type == "date") p = {{"$ref", "#/definitions/date"}};
  else if (q.type == "yes_no") p = {{"type", "boolean"}};
  else if (q.type == "choice") {
    p = {{"type", "string"}, {"enum", json::array()}, {"x-enum-titles", json::object()}};
    for (const auto& c : q.choices) {
      p["enum"].push_back(c.value);
      p["x-enum-titles"][c.value] = json::array({c.title.fr, c.title.en});
    }
  } else if (q.type == "list") {
    json item = {{"type", "object"}, {"additionalProperties", false}, {"properties", json::object()}};
    json required = json::array();
    for (const auto& sub : q.items) {
      item["properties"][sub.path] = property(sub, call_id, false);
      if (sub.required) required.push_back(sub.path);
    }
    if (!required.empty()) item["required"] = required;
    p = {{"type", "array"}, {"minItems", 1}, {"items", item}};
  }
  p["title"] = q.title.fr;
  p["x-title-en"] = q.title.en;
  if (!q.help.fr.empty()) p["description"] = q.help.fr;
  if (!q.help.en.empty()) p["x-description-en"] = q.help.en;
  if (top) p["x-calls"] = json::array({call_id});
  if (q.personal) p["x-personal"] = true;
  p["markdownDescription"] = "**" + q.title.fr + "**" + (q.help.fr.empty() ? "" : " — " + q.help.fr);
  return p;
}

// A path's parts: "partenaires[].siren" -> {partenaires, each item}, {siren, the key}.
struct Part {
  std::string key;
  bool items = false;  // "key[]": each item of the list
};
std::vector<Part> parts_of(const std::string& path) {
  std::vector<Part> out;
  for (std::size_t i = 0;;) {
    std::size_t dot = path.find('.', i);
    Part p{path.substr(i, dot == std::string::npos ? std::string::npos : dot - i)};
    p.items = p.key.size() > 2 && p.key.compare(p.key.size() - 2, 2, "[]") == 0;
    if (p.items) p.key.resize(p.key.size() - 2);
    out.push_back(std::move(p));
    if (dot == std::string::npos) return out;
    i = dot + 1;
  }
}

// The schema object a path's parent names (the root for a top-level key; "partenaires[]" a list's items).
json* parent_of(json& doc, const std::string& path) {
  json* at = &doc;
  std::vector<Part> parts = parts_of(path);
  parts.pop_back();
  for (const Part& p : parts) {
    if (!at->contains("properties") || !(*at)["properties"].contains(p.key)) return nullptr;
    at = &(*at)["properties"][p.key];
    if (p.items) {
      if (!at->contains("items")) return nullptr;
      at = &(*at)["items"];
    }
    if (at->contains("$ref")) return nullptr;  // a definition: shared, never changed in place
  }
  return at;
}

// « When the dossier answers this call, the question is required »: an if/then on `appel`, requiring
// each part of the path down to the question (a part that is a list requires the key in each item).
json required_when(const std::string& call_id, const Question& q) {
  json then = json::object();
  json* at = &then;
  std::vector<Part> parts = parts_of(q.path);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (!parts[k].items) (*at)["required"] = json::array({parts[k].key});
    at = &(*at)["properties"][parts[k].key];
    if (k + 1 == parts.size()) *at = {{"title", q.title.fr}, {"x-title-en", q.title.en}};  // named in the message
    else if (parts[k].items) at = &(*at)["items"];
  }
  return {{"if", {{"properties", {{"appel", {{"const", call_id}}}}}, {"required", json::array({"appel"})}}}, {"then", then}};
}

} // namespace

std::string dossier_schema_text(const std::vector<const Call*>& calls) {
  const std::string builtin(*resources::find("dossier.schema.json"));
  if (std::all_of(calls.begin(), calls.end(), [](const Call* c) { return c == nullptr; })) return builtin;
  json doc = json::parse(builtin);
  bool changed = false;
  for (const Call* c : calls) {
    if (c == nullptr) continue;
    json& appel = doc["properties"]["appel"];
    json& values = appel["enum"];
    if (std::find(values.begin(), values.end(), c->id) == values.end()) {  // not one of the built-in ids
      changed = true;
      values.push_back(c->id);
      appel["x-enum-titles"][c->id] = json::array({c->title.fr, c->title.en});
      if (appel.contains("enumDescriptions")) appel["enumDescriptions"].push_back(c->title.fr);
    }
    for (const auto& q : c->questions) {
      changed = true;
      json* parent = parent_of(doc, q.path);
      if (parent == nullptr) continue;  // the call's loader refused it already
      std::string key = q.path.substr(q.path.rfind('.') == std::string::npos ? 0 : q.path.rfind('.') + 1);
      json& props = (*parent)["properties"];
      if (props.contains(key)) {  // another call of the repository asks it too
        json& calls_of = props[key]["x-calls"];
        if (calls_of.is_array() && std::find(calls_of.begin(), calls_of.end(), c->id) == calls_of.end()) calls_of.push_back(c->id);
      } else {
        props[key] = property(q, c->id, true);
      }
      if (q.required) doc["allOf"].push_back(required_when(c->id, q));
    }
  }
  return changed ? doc.dump(2) + "\n" : builtin;
}

bool asked_in(const std::vector<std::string>& x_calls, const std::string& call_id) {
  if (x_calls.empty() || std::find(x_calls.begin(), x_calls.end(), call_id) != x_calls.end()) return true;
  if (call_id.empty()) return true;
  if (find_call(call_id) != nullptr) return false;
  return std::all_of(x_calls.begin(), x_calls.end(), [](const std::string& c) { return find_call(c) != nullptr; });
}

std::vector<QuestionConflict> question_conflicts(const std::vector<const Call*>& calls) {
  std::vector<QuestionConflict> out;
  std::map<std::string, std::pair<const Call*, const Question*>> seen;
  for (const Call* c : calls) {
    if (c == nullptr) continue;
    for (const auto& q : c->questions) {
      auto [it, fresh] = seen.emplace(q.path, std::make_pair(c, &q));
      if (fresh) continue;
      json a = property(*it->second.second, "", false), b = property(q, "", false);
      if (a != b) out.push_back({q.path, it->second.first->id, c->id});
    }
  }
  return out;
}

} // namespace sieg::calls
