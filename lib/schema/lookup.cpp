#include "schema/lookup.hpp"

namespace sieg::schema {

namespace {
const Schema* deref(const Schema* s) {
  for (int i = 0; s != nullptr && s->ref != nullptr && i < 16; ++i) s = s->ref;
  return s;
}

// Follows `path` ("a.b[].c"): $ref is followed on the way, not on the last step. `named` is the
// property schema of the last key (before "[]" steps into its items). Both null when unknown.
struct Found {
  const Schema* named = nullptr;
  const Schema* node = nullptr;
};

Found walk(const CompiledSchema& schema, std::string_view path) {
  Found f{nullptr, schema.root()};
  std::size_t i = 0;
  while (f.node != nullptr) {
    std::size_t dot = path.find('.', i);
    std::string_view seg = path.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i);
    bool each = seg.size() >= 2 && seg.substr(seg.size() - 2) == "[]";
    if (each) seg.remove_suffix(2);
    f.named = deref(f.node)->property(std::string(seg));
    f.node = f.named;
    if (f.node != nullptr && each) f.node = deref(f.node)->items;
    if (dot == std::string_view::npos) break;
    i = dot + 1;
  }
  if (f.node == nullptr) f.named = nullptr;
  return f;
}
} // namespace

std::vector<std::string> property_keys(const CompiledSchema& schema, std::string_view path) {
  const Schema* s = path.empty() ? schema.root() : walk(schema, path).node;
  std::vector<std::string> out;
  if (s == nullptr) return out;
  s = deref(s);
  for (const auto& [key, sub] : s->properties) out.push_back(key);  // nlohmann's order: sorted
  const auto& order = schema.written_order();
  if (auto it = order.find(s->pointer + "/properties"); it != order.end() && it->second.size() == out.size()) return it->second;
  return out;
}

std::string title_at(const CompiledSchema& schema, std::string_view path, bool english) {
  Found f = walk(schema, path);
  if (f.named == nullptr) return {};
  const Schema* s = f.node;
  return s == f.named ? s->label(english) : (!s->label(english).empty() ? s->label(english) : f.named->label(english));
}

const Schema* schema_at(const CompiledSchema& schema, std::string_view path) { return walk(schema, path).node; }

bool personal_at(const CompiledSchema& schema, std::string_view path) {
  const Schema* s = schema_at(schema, path);
  return s != nullptr && (s->personal || deref(s)->personal);
}

ValueKind value_kind_at(const CompiledSchema& schema, std::string_view path) {
  const Schema* s = schema_at(schema, path);
  if (s == nullptr) return ValueKind::Other;
  s = deref(s);
  if (s->format == "date") return ValueKind::Date;
  if ((s->types & kNumber) != 0 && s->multiple_of && *s->multiple_of == 0.01) return ValueKind::Money;
  return ValueKind::Other;
}

std::string enum_label(const CompiledSchema& schema, std::string_view path, const std::string& value, bool english) {
  const Schema* s = schema_at(schema, path);
  if (s == nullptr) return value;
  const auto& titles = s->enum_titles.empty() ? deref(s)->enum_titles : s->enum_titles;
  auto it = titles.find(value);
  if (it == titles.end()) return value;
  return english ? it->second.second : it->second.first;
}

} // namespace sieg::schema
