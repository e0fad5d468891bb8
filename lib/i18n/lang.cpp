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

Lang lang_from_env(const char* lc_all, const char* lc_messages, const char* lang) {
  for (const char* v : {lc_all, lc_messages, lang}) {
    if (v == nullptr || *v == '\0') continue;
    return parse_lang(v) == Lang::Fr ? Lang::Fr : Lang::En;
  }
  return Lang::En;
}

} // namespace sieg::i18n
