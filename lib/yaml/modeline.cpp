#include "yaml/modeline.hpp"

#include "yaml/bytes.hpp"

namespace sieg::yaml {
namespace {

std::size_t indent_of(std::string_view l) {
  std::size_t i = 0;
  while (i < l.size() && l[i] == ' ') ++i;
  return i;
}

// "key: |", "- >-", "key: |2+": the line opens a block text.
bool opens_block(std::string_view l) {
  while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
  std::size_t i = l.size();
  while (i > 0 && (l[i - 1] == '-' || l[i - 1] == '+' || (l[i - 1] >= '0' && l[i - 1] <= '9'))) --i;
  if (i == 0 || (l[i - 1] != '|' && l[i - 1] != '>')) return false;
  --i;
  return i >= 1 && l[i - 1] == ' ' && (i < 2 || l[i - 2] == ':' || l[i - 2] == '-');
}

bool space(char c) { return c == ' ' || c == '\t'; }

// "# yaml-language-server: ..." (as yaml-language-server's isModeline: "#", blanks, the name, ":").
std::optional<std::size_t> modeline_body(std::string_view c) {
  std::size_t i = 1;
  if (i >= c.size() || !space(c[i])) return std::nullopt;
  while (i < c.size() && space(c[i])) ++i;
  constexpr std::string_view kName = "yaml-language-server";
  if (c.substr(i, kName.size()) != kName) return std::nullopt;
  i += kName.size();
  while (i < c.size() && space(c[i])) ++i;
  if (i >= c.size() || c[i] != ':') return std::nullopt;
  return i + 1;
}

} // namespace

std::optional<Modeline> schema_modeline(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  bool in_block = false;
  std::size_t block = 0;
  int line = 0;
  for (std::size_t at = 0; at <= text.size();) {
    std::size_t nl = text.find('\n', at);
    std::string_view l = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    ++line;
    const std::size_t ind = indent_of(l);
    const bool blank = l.find_first_not_of(" \t\r") == std::string_view::npos;
    if (in_block && (blank || ind > block)) {
      // text of the block
    } else {
      in_block = false;
      if (ind < l.size() && l[ind] == '#') {
        std::string_view c = l.substr(ind);
        if (auto body = modeline_body(c)) {
          std::string_view rest = c.substr(*body);
          std::size_t s = rest.find("$schema");
          if (s != std::string_view::npos) {
            std::size_t v = s + 7;
            bool ok = false;
            if (v < rest.size() && rest[v] == '=') {
              ++v;
              ok = true;
            } else if (v < rest.size() && rest[v] == ':') {
              ++v;
              while (v < rest.size() && space(rest[v])) ++v;
              ok = true;
            }
            std::size_t end = v;
            while (end < rest.size() && !space(rest[end]) && rest[end] != '\r') ++end;
            if (ok && end > v) {
              std::size_t col_bytes = ind + *body + v;
              return Modeline{std::string(rest.substr(v, end - v)), line, count_chars(l, 0, col_bytes) + 1};
            }
          }
          return std::nullopt;  // the editor reads the first modeline only
        }
      } else if (!blank && opens_block(l)) {
        in_block = true;
        block = ind;
      }
    }
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  return std::nullopt;
}

} // namespace sieg::yaml
