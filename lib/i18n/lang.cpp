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

std::string valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool ok = len > 0 && i + len <= s.size();
    unsigned long cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; ok && k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      ok = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if (ok && ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
               (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
      ok = false;
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

} // namespace sieg::i18n
