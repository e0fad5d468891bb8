#include "tree/node.hpp"

#include <cmath>

namespace sieg::tree {

const Node* Node::get(std::string_view key) const {
  for (const auto& m : members)
    if (m.key == key) return &m.value;
  return nullptr;
}

bool is_json_number(std::string_view s, bool& integer) {
  std::size_t i = 0;
  auto digits = [&] {
    std::size_t from = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > from;
  };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') ++i;
  else if (i >= s.size() || s[i] < '1' || s[i] > '9' || !digits()) return false;
  integer = true;
  if (i < s.size() && s[i] == '.') {
    integer = false;
    ++i;
    if (!digits()) return false;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    integer = false;
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == s.size();
}

bool is_integral(const Node& n) {
  return n.kind == Kind::Number && std::isfinite(n.number) && std::floor(n.number) == n.number;
}

bool equal(const Node& a, const Node& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Kind::Null: return true;
    case Kind::Bool: return a.boolean == b.boolean;
    case Kind::Number: return a.number == b.number;
    case Kind::String: return a.text == b.text;
    case Kind::Array:
      if (a.items.size() != b.items.size()) return false;
      for (std::size_t i = 0; i < a.items.size(); ++i)
        if (!equal(a.items[i], b.items[i])) return false;
      return true;
    case Kind::Object:
      if (a.members.size() != b.members.size()) return false;
      for (const auto& m : a.members) {
        const Node* other = b.get(m.key);
        if (other == nullptr || !equal(m.value, *other)) return false;
      }
      return true;
  }
  return false;
}

std::string cut(std::string_view s, std::size_t max_chars) {
  std::string out;
  std::size_t chars = 0;
  for (char ch : s) {
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80 && chars++ == max_chars) return out + "…";
    out += ch;
  }
  return out;
}

std::string preview(const Node& n, std::size_t max_chars) {
  switch (n.kind) {
    case Kind::Null: return "null";
    case Kind::Bool: return n.boolean ? "true" : "false";
    case Kind::Number: return n.text;
    case Kind::String: {
      // Cut on a character boundary.
      std::string s;
      std::size_t chars = 0;
      for (std::size_t i = 0; i < n.text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(n.text[i]);
        if ((c & 0xC0) != 0x80) {
          if (chars == max_chars) {
            s += "…";
            break;
          }
          ++chars;
        }
        s += (c == '\n' || c == '\r' || c == '\t') ? ' ' : n.text[i];
      }
      return "« " + s + " »";
    }
    case Kind::Array: return "[…]";
    case Kind::Object: return "{…}";
  }
  return "";
}

} // namespace sieg::tree
