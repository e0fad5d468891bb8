#include "i18n/lang.hpp"

namespace sieg::i18n {

std::optional<Lang> parse_lang(std::string_view v) {
  auto starts = [&](std::string_view p) {
    return v.size() >= p.size() && v.substr(0, p.size()) == p &&
           (v.size() == p.size() || v[p.size()] == '_' || v[p.size()] == '.' || v[p.size()] == '-' ||
            v[p.size()] == '@');
  };
  if (starts("fr")) return Lang::Fr;
  if (starts("en")) return Lang::En;
  return std::nullopt;
}

const char* deciding_locale(const char* lc_all, const char* lc_messages, const char* lang) {
  for (const char* v : {lc_all, lc_messages, lang})
    if (v != nullptr && *v != '\0') return v;
  return nullptr;
}

Lang lang_from_env(const char* lc_all, const char* lc_messages, const char* lang) {
  const char* v = deciding_locale(lc_all, lc_messages, lang);
  return v != nullptr && parse_lang(v) == Lang::Fr ? Lang::Fr : Lang::En;
}

} // namespace sieg::i18n
