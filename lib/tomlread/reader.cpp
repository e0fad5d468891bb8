#include "tomlread/reader.hpp"

#include <cmath>

namespace sieg::tomlread {
namespace {
const i18n::Text kUnknownKey{"clé inconnue « {0} » (clés permises : {1})", "unknown key '{0}' (keys allowed: {1})"};
const i18n::Text kMissingKey{"clé obligatoire « {0} » manquante", "missing required key '{0}'"};
const i18n::Text kWrongType{"« {0} » : {1} attendu", "'{0}': {1} expected"};
const i18n::Text kString{"un texte", "a string"};
const i18n::Text kStrings{"une liste de textes", "a list of strings"};
const i18n::Text kTextTable{"une table { fr = \"…\", en = \"…\" }", "a table { fr = \"…\", en = \"…\" }"};
const i18n::Text kInteger{"un entier de {0} à {1}", "an integer from {0} to {1}"};
const i18n::Text kHundredths{"un nombre de 0 à 1000 avec au plus deux décimales", "a number from 0 to 1000 with at most two decimals"};
} // namespace

std::optional<toml::table> Reader::parse(const std::string& text) {
  try {
    return toml::parse(text, file_);
  } catch (const toml::parse_error& e) {
    error(e.source(), fmt::format(fmt::runtime(i18n::pick({"syntaxe TOML : {0}", "TOML syntax: {0}"}, lang_)),
                                  e.description()));
    return std::nullopt;
  }
}

void Reader::error(const toml::source_region& where, const std::string& message) {
  diag::Diagnostic d;
  d.code = code_;
  d.file = file_;
  d.line = static_cast<int>(where.begin.line);
  d.col = static_cast<int>(where.begin.column);
  d.message = message;
  out_.push_back(std::move(d));
}

void Reader::wrong_type(const toml::node& n, const char* key, const i18n::Text& expected) {
  error(n, kWrongType, key, i18n::pick(expected, lang_));
}

void Reader::check_keys(const toml::table& t, const std::vector<std::string>& allowed) {
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  for (auto&& [k, v] : t) {
    bool ok = false;
    for (const auto& a : allowed) ok = ok || k.str() == a;
    if (!ok) error(k.source(), fmt::format(fmt::runtime(i18n::pick(kUnknownKey, lang_)), k.str(), list));
  }
}

void Reader::check_keys(const toml::table& t, std::initializer_list<const char*> allowed) {
  check_keys(t, std::vector<std::string>(allowed.begin(), allowed.end()));
}

const toml::node* Reader::need(const toml::table& t, const char* key) {
  const toml::node* n = t.get(key);
  if (n == nullptr) error(t.source(), fmt::format(fmt::runtime(i18n::pick(kMissingKey, lang_)), key));
  return n;
}

std::optional<std::string> Reader::string(const toml::table& t, const char* key, bool required) {
  const toml::node* n = required ? need(t, key) : t.get(key);
  if (n == nullptr) return std::nullopt;
  if (auto s = n->value<std::string>()) return *s;
  wrong_type(*n, key, kString);
  return std::nullopt;
}

i18n::Localized Reader::text(const toml::node& n, const char* key) {
  i18n::Localized out;
  const toml::table* tt = n.as_table();
  if (tt == nullptr) {
    wrong_type(n, key, kTextTable);
    return out;
  }
  check_keys(*tt, {"fr", "en"});
  if (auto s = string(*tt, "fr", true)) out.fr = *s;
  if (auto s = string(*tt, "en", true)) out.en = *s;
  return out;
}

i18n::Localized Reader::text(const toml::table& t, const char* key) {
  const toml::node* n = need(t, key);
  return n == nullptr ? i18n::Localized{} : text(*n, key);
}

std::vector<std::string> Reader::strings(const toml::node& n, const char* key) {
  std::vector<std::string> out;
  const toml::array* a = n.as_array();
  bool ok = a != nullptr;
  if (a)
    for (auto&& e : *a) {
      if (auto s = e.value<std::string>()) out.push_back(*s);
      else ok = false;
    }
  if (!ok) wrong_type(n, key, kStrings);
  return out;
}

std::optional<long long> Reader::integer(const toml::node& n, const char* key, long long min, long long max) {
  if (auto i = n.value_exact<int64_t>(); i && *i >= min && *i <= max) return *i;
  error(n, kWrongType, key, fmt::format(fmt::runtime(i18n::pick(kInteger, lang_)), min, max));
  return std::nullopt;
}

std::optional<long long> Reader::hundredths(const toml::node& n, const char* key) {
  // 0 to 1000: weights stay small enough for exact scores (levels x weights x dimension weights, summed
  // and averaged as 64-bit fractions) never to overflow.
  if (auto i = n.value_exact<int64_t>(); i && *i >= 0 && *i <= 1000) return *i * 100;
  if (auto f = n.value_exact<double>(); f && *f >= 0 && *f <= 1000) {
    double h = *f * 100;
    if (std::fabs(h - std::round(h)) < 1e-6) return static_cast<long long>(std::llround(h));
  }
  wrong_type(n, key, kHundredths);
  return std::nullopt;
}

} // namespace sieg::tomlread
