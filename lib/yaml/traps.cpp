#include "yaml/traps.hpp"

#include <fmt/format.h>

#include "yaml/bytes.hpp"
#include "yaml/messages.hpp"

namespace sieg::yaml {

std::string_view line_at(std::string_view text, const std::vector<std::size_t>& starts, int line) {
  if (line < 1 || static_cast<std::size_t>(line) > starts.size()) return {};
  std::size_t b = starts[static_cast<std::size_t>(line - 1)];
  std::size_t e = text.find('\n', b);
  std::string_view l = text.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
  if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
  return l;
}

namespace {

using tree::Pos;

std::size_t indent_of(std::string_view l) {
  std::size_t i = 0;
  while (i < l.size() && l[i] == ' ') ++i;
  return i;
}

// « - » followed by a space at offset i: a list item starts there.
bool dash_at(std::string_view l, std::size_t i) { return i + 1 < l.size() && l[i] == '-' && l[i + 1] == ' '; }

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
  if (dash_at(l, i)) {
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

// The closing quote of a quoted value starting at v[0] (' or "): its offset, or npos. '' inside single
// quotes and \" inside double quotes do not close.
std::size_t closing_quote(std::string_view v) {
  char q = v[0];
  for (std::size_t i = 1; i < v.size(); ++i) {
    if (q == '"' && v[i] == '\\') {
      ++i;
      continue;
    }
    if (v[i] != q) continue;
    if (q == '\'' && i + 1 < v.size() && v[i + 1] == '\'') {
      ++i;
      continue;
    }
    return i;
  }
  return std::string_view::npos;
}

bool key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// Slips seen on the line the parser stopped at (issue 32): a quote closing the text too early, a dash
// after a key, no space after a key's colon, a list item without its dash.
std::optional<Trap> line_trap(std::string_view text, const std::vector<std::size_t>& starts, Pos at, const std::string& parser_message,
                              i18n::Lang lang) {
  auto pick = [&](const i18n::Text& t) { return std::string(i18n::pick(t, lang)); };
  std::string_view l = line_at(text, starts, at.line);
  auto k = key_line(l);
  if (k && k->value_at < l.size()) {
    std::string_view value = l.substr(k->value_at);
    // 'Répar'Café mobile' and "Prête" un emplacement: text left after the closing quote.
    if (value[0] == '\'' || value[0] == '"') {
      std::size_t close = closing_quote(value);
      if (close != std::string_view::npos) {
        std::string_view after = value.substr(close + 1);
        std::size_t s = indent_of(after);
        if (s < after.size() && after[s] != '#' && after[s] != ',' && after[s] != '}' && after[s] != ']') {
          Trap t;
          t.pos = pos_in(text, starts, at.line, k->value_at + close);
          std::string_view inside = value.substr(1, close - 1);
          if (value[0] == '\'' && s == 0) {  // an apostrophe: the text goes on right after it
            std::string whole(value.substr(1));
            if (!whole.empty() && whole.back() == '\'') whole.pop_back();
            t.message = fmt::format(fmt::runtime(pick(msg::kApostropheInQuotes)), k->key, std::string(inside));
            t.hint = fmt::format(fmt::runtime(pick(msg::kApostropheInQuotesHint)), quoted_example(k->key, whole));
          } else {
            std::string whole(value);
            while (!whole.empty() && whole.back() == ' ') whole.pop_back();
            std::string single;
            for (char c : whole) single += c == '\'' ? std::string("''") : std::string(1, c);
            t.message = fmt::format(fmt::runtime(pick(msg::kQuotesEndText)), k->key, std::string(inside));
            t.hint = fmt::format(fmt::runtime(pick(msg::kQuotesEndTextHint)), std::string(k->key) + ": '" + single + "'");
          }
          return t;
        }
      }
    }
    // role: - prête un local
    if (parser_message.rfind("illegal block entry", 0) == 0 && dash_at(value, 0)) {
      Trap t;
      t.pos = pos_in(text, starts, at.line, k->value_at);
      t.message = fmt::format(fmt::runtime(pick(msg::kDashAfterKey)), k->key);
      std::string_view rest = value.substr(2);
      t.hint = fmt::format(fmt::runtime(pick(msg::kDashAfterKeyHint)), k->key, std::string(rest.substr(indent_of(rest))));
      return t;
    }
  }
  // role:Prête un local — on the line the parser stopped at, or the one before (the parser may only
  // stop at the next key).
  for (int line = at.line, seen = 0; line >= 1 && seen < 2; --line) {
    std::string_view c = line_at(text, starts, line);
    if (blank_or_comment(c)) continue;
    ++seen;
    if (key_line(c)) continue;
    std::size_t i = indent_of(c);
    std::size_t j = dash_at(c, i) ? i + 2 : i;
    std::size_t e = j;
    while (e < c.size() && key_char(c[e])) ++e;
    bool word = e > j && !(c[j] >= '0' && c[j] <= '9');  // a key, not « 10:30 »
    if (word && e + 1 < c.size() && c[e] == ':' && c[e + 1] != ' ' && c[e + 1] != '/' && c[e + 1] != ':') {
      Trap t;
      t.pos = pos_in(text, starts, line, e + 1);
      std::string key(c.substr(j, e - j));
      t.message = fmt::format(fmt::runtime(pick(msg::kNoSpaceAfterColon)), key);
      t.hint = fmt::format(fmt::runtime(pick(msg::kNoSpaceAfterColonHint)), key, std::string(c.substr(e + 1)));
      return t;
    }
  }
  if (!k && !blank_or_comment(l)) {
    std::size_t i = indent_of(l);
    bool item = dash_at(l, i);
    // A text line among the items of a list, at their indentation, without its dash.
    if (!item && plain_start(l.substr(i)) && l[i] != '-') {
      for (int up = at.line - 1; up >= 1; --up) {
        std::string_view u = line_at(text, starts, up);
        if (blank_or_comment(u)) continue;
        std::size_t ui = indent_of(u);
        bool u_item = dash_at(u, ui);
        if (ui == i && u_item && !key_line(u)) {
          Trap t;
          t.pos = pos_in(text, starts, at.line, i);
          t.message = fmt::format(fmt::runtime(pick(msg::kMissingDash)), at.line);
          std::string shown(l.substr(i));
          if (shown.size() > 60) shown = shown.substr(0, 57) + "…";
          t.hint = fmt::format(fmt::runtime(pick(msg::kMissingDashHint)), shown);
          return t;
        }
        break;
      }
    }
  }
  return std::nullopt;
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
  if (auto t = line_trap(text, starts, at, parser_message, lang)) return t;
  // What a colon inside a text makes the parser say.
  const bool colon_error =
      parser_message.rfind("illegal map value", 0) == 0 || parser_message.rfind("end of map not found", 0) == 0;
  // 1. A text with ": " in it, unquoted, on the line the parser stopped at.
  if (colon_error) {
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
  // 2. A text going on over several indented lines (no >-) with « : » on one of them: the parser stops
  // on that line or a few below. The line with the colon, and the key whose text it is.
  if (colon_error) {
    for (int c = at.line; c >= 1 && c >= at.line - 4; --c) {
      std::string_view l = line_at(text, starts, c);
      if (blank_or_comment(l) || key_line(l)) continue;
      std::size_t colon = l.find(": ");
      while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
      if (colon == std::string_view::npos && !l.empty() && l.back() == ':') colon = l.size() - 1;
      if (colon == std::string_view::npos) continue;
      std::size_t least = indent_of(l);  // the text's lines between its key and the colon's line
      for (int up = c - 1; up >= 1; --up) {
        std::string_view u = line_at(text, starts, up);
        if (blank_or_comment(u)) continue;
        auto k = key_line(u);
        if (!k) {
          least = std::min(least, indent_of(u));
          continue;
        }
        if (k->item || k->value_at >= u.size() || !plain_start(u.substr(k->value_at)) || least <= k->indent) break;
        Trap t;
        t.pos = pos_in(text, starts, c, colon);
        t.message = fmt::format(fmt::runtime(pick(msg::kColonInLongText)), c, k->key, up);
        t.hint = fmt::format(fmt::runtime(pick(msg::kColonInLongTextHint)), k->key, k->indent + 2);
        return t;
      }
      break;
    }
  }
  // 3. The lines of a text going on below its key, less indented than the text should be: the parser
  // fails at the next key. Look up for a line that is neither a key, a list item nor a comment, just
  // below a `key: text` line.
  for (int line = at.line - 1, seen = 0; line >= 1 && seen < 12; --line) {
    std::string_view l = line_at(text, starts, line);
    if (blank_or_comment(l)) continue;
    ++seen;
    std::size_t i = indent_of(l);
    bool item = dash_at(l, i);
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
      if (!dash_at(l, i)) continue;
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
