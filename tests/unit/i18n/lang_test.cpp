#include <doctest/doctest.h>

#include <string>

#include "i18n/lang.hpp"

using namespace sieg::i18n;

TEST_CASE("language from the environment, gettext order") {
  CHECK(lang_from_env(nullptr, nullptr, "fr_FR.UTF-8") == Lang::Fr);
  CHECK(lang_from_env(nullptr, nullptr, "en_GB.UTF-8") == Lang::En);
  CHECK(lang_from_env("C", nullptr, "fr_FR.UTF-8") == Lang::En);   // LC_ALL wins
  CHECK(lang_from_env("", "fr_CA", "en_US") == Lang::Fr);          // empty is unset
  CHECK(lang_from_env(nullptr, nullptr, nullptr) == Lang::En);
  CHECK(lang_from_env(nullptr, nullptr, "fr") == Lang::Fr);
  CHECK(lang_from_env(nullptr, nullptr, "fry_NL") == Lang::En);    // Frisian is not French
}

TEST_CASE("--lang values") {
  CHECK(parse_lang("fr") == Lang::Fr);
  CHECK(parse_lang("en") == Lang::En);
  CHECK_FALSE(parse_lang("de").has_value());
}

TEST_CASE("the locale that decides: the first set and non-empty") {
  CHECK(deciding_locale(nullptr, nullptr, nullptr) == nullptr);
  CHECK(std::string(deciding_locale("", "C", "fr_FR")) == "C");
  CHECK(std::string(deciding_locale("en_GB", "fr", "fr")) == "en_GB");
}

TEST_CASE("valid_utf8 keeps valid text and replaces each invalid byte by U+FFFD") {
  CHECK(valid_utf8("Bègles — 40 000 €") == "Bègles — 40 000 €");
  CHECK(valid_utf8("a\xff\xfe" "b") == "a\xEF\xBF\xBD\xEF\xBF\xBD" "b");
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");    // overlong '/'
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(valid_utf8("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");    // truncated
  CHECK(valid_utf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");    // U+1F600
}
