#include "schema/lookup.hpp"

namespace sieg::schema {

namespace {
const Schema* deref(const Schema* s) {
  for (int i = 0; s != nullptr && s->ref != nullptr && i < 16; ++i) s = s->ref;
  return s;
}
} // namespace

std::string title_at(const CompiledSchema& schema, std::string_view path, bool english) {
  const Schema* s = schema.root();
  const Schema* named = nullptr;
  std::size_t i = 0;
  while (s != nullptr && i <= path.size()) {
    std::size_t dot = path.find('.', i);
    std::string_view seg = path.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i);
    bool each = seg.size() >= 2 && seg.substr(seg.size() - 2) == "[]";
    if (each) seg.remove_suffix(2);
    named = deref(s)->property(std::string(seg));
    s = named;
    if (s != nullptr && each) s = deref(s)->items;
    if (dot == std::string_view::npos) break;
    i = dot + 1;
  }
  if (named == nullptr || s == nullptr) return {};
  return s == named ? named->label(english) : (!s->label(english).empty() ? s->label(english) : named->label(english));
}

const Schema* schema_at(const CompiledSchema& schema, std::string_view path) {
  const Schema* s = schema.root();
  std::size_t i = 0;
  while (s != nullptr) {
    std::size_t dot = path.find('.', i);
    std::string_view seg = path.substr(i, dot == std::string_view::npos ? std::string_view::npos : dot - i);
    bool each = seg.size() >= 2 && seg.substr(seg.size() - 2) == "[]";
    if (each) seg.remove_suffix(2);
    s = deref(s)->property(std::string(seg));
    if (s != nullptr && each) s = deref(s)->items;
    if (dot == std::string_view::npos) break;
    i = dot + 1;
  }
  return s;
}

bool personal_at(const CompiledSchema& schema, std::string_view path) {
  const Schema* s = schema_at(schema, path);
  return s != nullptr && (s->personal || deref(s)->personal);
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
