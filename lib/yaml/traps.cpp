#include "yaml/traps.hpp"

#include <fmt/format.h>

#include "yaml/bytes.hpp"
#include "yaml/messages.hpp"

namespace sieg::yaml {
namespace {

using tree::Pos;

std::string_view line_at(std::string_view text, const std::vector<std::size_t>& starts, int line) {
  if (line < 1 || static_cast<std::size_t>(line) > starts.size()) return {};
  std::size_t b = starts[static_cast<std::size_t>(line - 1)];
  std::size_t e = text.find('\n', b);
  std::string_view l = text.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

std::size_t indent_of(std::string_view l) {
  std::size_t i = 0;
  while (i < l.size() && l[i] == ' ') ++i;
  return i;
}

bool blank_or_comment(std::string_view l) {
  std::size_t i = indent_of(l);
  return i == l.size() || l[i] == '#';
}

// "  - key: value" -> the key and where the value starts; nothing when the line is not `key:` form.
struct KeyLine {
  std::size_t indent = 0;    // of the key
  std::string_view key;
  std::size_t value_at = 0;  // offset of the value in the line (== size when none)
  bool item = false;         // "- key:"
};

std::optional<KeyLine> key_line(std::string_view l) {
  KeyLine k;
  std::size_t i = indent_of(l);
  if (i + 1 < l.size() && l[i] == '-' && l[i + 1] == ' ') {
    k.item = true;
    i += 2;
    while (i < l.size() && l[i] == ' ') ++i;
  }
  k.indent = i;
  std::size_t j = i;
  if (j >= l.size()) return std::nullopt;
  char first = l[j];
  if (first == '"' || first == '\'' || first == '{' || first == '[' || first == '#' || first == '-') return std::nullopt;
  while (j < l.size() && !(l[j] == ':' && (j + 1 == l.size() || l[j + 1] == ' '))) {
    if (l[j] == '#' && j > i && l[j - 1] == ' ') return std::nullopt;
    ++j;
  }
  if (j >= l.size()) return std::nullopt;
  k.key = l.substr(i, j - i);
  if (k.key.find(' ') != std::string_view::npos) return std::nullopt;  // "Répar'Café mobile : ..." is no key
  k.value_at = j + 1;
  while (k.value_at < l.size() && l[k.value_at] == ' ') ++k.value_at;
  return k;
}

bool plain_start(std::string_view v) {
  if (v.empty()) return false;
  char c = v[0];
  return c != '"' && c != '\'' && c != '|' && c != '>' && c != '{' && c != '[' && c != '&' && c != '*' && c != '!' && c != '#';
}

Pos pos_in(std::string_view text, const std::vector<std::size_t>& starts, int line, std::size_t offset) {
  std::size_t b = starts[static_cast<std::size_t>(line - 1)];
  return {line, count_chars(text, b, b + offset) + 1};
}

std::string quoted_example(std::string_view key, std::string_view value) {
  std::string v(value);
  std::string out;
  for (char c : v) out += c == '"' ? std::string("\\\"") : std::string(1, c);
  if (out.size() > 60) out = out.substr(0, 57) + "…";
  return fmt::format("{}: \"{}\"", key, out);
}

} // namespace

bool curly_quoted(std::string_view v) {
  auto starts_with = [&](const char* s) { return v.substr(0, std::char_traits<char>::length(s)) == s; };
  auto ends_with = [&](const char* s) {
    std::size_t n = std::char_traits<char>::length(s);
    return v.size() >= n && v.substr(v.size() - n) == s;
  };
  return v.size() >= 6 && ((starts_with("\u201c") && (ends_with("\u201d") || ends_with("\u201c"))) ||
                           (starts_with("\u2018") && (ends_with("\u2019") || ends_with("\u2018"))) ||
                           (starts_with("\u201e") && ends_with("\u201c")));
}

std::optional<Trap> syntax_trap(std::string_view text, const std::vector<std::size_t>& starts, Pos at,
                                const std::string& parser_message, i18n::Lang lang) {
  if (at.line < 1) return std::nullopt;
  auto pick = [&](const i18n::Text& t) { return std::string(i18n::pick(t, lang)); };
  // 1. A text with ": " in it, unquoted, on the line the parser stopped at.
  if (parser_message.rfind("illegal map value", 0) == 0 || parser_message.rfind("end of map not found", 0) == 0) {
    std::string_view l = line_at(text, starts, at.line);
    if (auto k = key_line(l); k && k->value_at < l.size() && plain_start(l.substr(k->value_at))) {
      std::string_view value = l.substr(k->value_at);
      std::size_t c = value.find(": ");
      if (c != std::string_view::npos || (!value.empty() && value.back() == ':')) {
        Trap t;
        t.pos = pos_in(text, starts, at.line, k->value_at);
        t.message = fmt::format(fmt::runtime(pick(msg::kColonInText)), k->key);
        t.hint = fmt::format(fmt::runtime(pick(msg::kColonInTextHint)), quoted_example(k->key, value));
        return t;
      }
    }
  }
  // 2. The lines of a text going on below its key, less indented than the text should be: the parser
  // fails at the next key. Look up for a line that is neither a key, a list item nor a comment, just
  // below a `key: text` line.
  for (int line = at.line - 1, seen = 0; line >= 1 && seen < 12; --line) {
    std::string_view l = line_at(text, starts, line);
    if (blank_or_comment(l)) continue;
    ++seen;
    std::size_t i = indent_of(l);
    bool item = i + 1 < l.size() && l[i] == '-' && (l[i + 1] == ' ');
    if (key_line(l) || item) break;
    // `line` is a stray text line: find the key whose text it continues.
    int first = line;
    for (int up = line - 1; up >= 1; --up) {
      std::string_view u = line_at(text, starts, up);
      if (blank_or_comment(u)) continue;
      auto k = key_line(u);
      if (!k) {
        first = up;
        continue;
      }
      if (k->value_at >= u.size() || !plain_start(u.substr(k->value_at))) break;
      Trap t;
      t.pos = pos_in(text, starts, first, indent_of(line_at(text, starts, first)));
      t.message = fmt::format(fmt::runtime(pick(msg::kTextGoesOn)), first, k->key, up);
      t.hint = fmt::format(fmt::runtime(pick(msg::kTextGoesOnHint)), k->key, k->indent + 2);
      return t;
    }
    break;
  }
  return std::nullopt;
}

std::vector<diag::Diagnostic> comment_cuts(std::string_view text, const std::vector<std::size_t>& starts,
                                           const std::string& file, i18n::Lang lang) {
  std::vector<diag::Diagnostic> out;
  bool in_block = false;  // inside a block text (| or >)
  std::size_t block = 0;  // the indentation of its key
  for (std::size_t n = 1; n <= starts.size(); ++n) {
    int line = static_cast<int>(n);
    std::string_view l = line_at(text, starts, line);
    if (in_block) {
      if (indent_of(l) == l.size() || indent_of(l) > block) continue;
      in_block = false;
    }
    if (blank_or_comment(l)) continue;
    std::size_t value_at;
    std::string_view key;
    std::size_t key_indent;
    if (auto k = key_line(l)) {
      value_at = k->value_at;
      key = k->key;
      key_indent = k->indent;
    } else {
      std::size_t i = indent_of(l);
      if (!(i + 1 < l.size() && l[i] == '-' && l[i + 1] == ' ')) continue;
      value_at = i + 2;
      while (value_at < l.size() && l[value_at] == ' ') ++value_at;
      key_indent = i;
    }
    if (value_at >= l.size()) continue;
    std::string_view value = l.substr(value_at);
    if (value[0] == '|' || value[0] == '>') {
      in_block = true;
      block = key_indent;
      continue;
    }
    if (!plain_start(value)) continue;
    std::size_t hash = value.find(" #");
    if (hash == std::string_view::npos) continue;
    std::string_view before = value.substr(0, hash);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    std::string_view comment = value.substr(hash + 1);
    bool glued = comment.size() > 1 && comment[1] != ' ' && comment[1] != '#';
    bool words = before.find(' ') != std::string_view::npos;
    if (!glued && !words) continue;  // "statut: association # loi 1901": a comment on a word
    diag::Diagnostic d;
    d.code = "SIEG-L022";
    d.severity = diag::Severity::Warning;
    d.file = file;
    Pos p = pos_in(text, starts, line, value_at + hash + 1);
    d.line = p.line;
    d.col = p.col;
    std::string shown_comment(comment.substr(0, 40));
    d.message = fmt::format(fmt::runtime(i18n::pick(msg::kCommentCuts, lang)), std::string(before), shown_comment);
    std::string full(value);
    d.hint = fmt::format(fmt::runtime(i18n::pick(msg::kCommentCutsHint, lang)),
                         key.empty() ? "- \"" + std::string(full.substr(0, 50)) + "\"" : quoted_example(key, full));
    out.push_back(std::move(d));
  }
  return out;
}

} // namespace sieg::yaml
