// User-facing language: French or English.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sieg::i18n {

enum class Lang { Fr, En };

// A message in both languages. Text uses fmt's positional fields ({0}, {1}...).
struct Text {
  const char* fr;
  const char* en;
};

inline const char* pick(const Text& t, Lang lang) { return lang == Lang::Fr ? t.fr : t.en; }

// A text read from data files (calls, grids), in both languages.
struct Localized {
  std::string fr, en;
  const std::string& get(Lang lang) const { return lang == Lang::Fr || en.empty() ? fr : en; }
};

// Its fields, for resources/archive.hpp.
template <typename A>
void fields(A& a, Localized& t) {
  a(t.fr);
  a(t.en);
}

// "fr", "fr_FR.UTF-8", "en", "en_GB"... -> language; anything else -> nullopt.
std::optional<Lang> parse_lang(std::string_view value);

// Language from the environment the way gettext reads it: LC_ALL, then LC_MESSAGES, then LANG;
// the first one set and non-empty decides. French when it names French, English otherwise.
Lang lang_from_env(const char* lc_all, const char* lc_messages, const char* lang);

// The value that decides, the way gettext reads them: the first of the three set and non-empty; null if none.
const char* deciding_locale(const char* lc_all, const char* lc_messages, const char* lang);

// The text with every invalid UTF-8 sequence (a file name's stray bytes...) replaced by U+FFFD, so that
// every output format stays well formed.
std::string valid_utf8(std::string_view s);

} // namespace sieg::i18n
