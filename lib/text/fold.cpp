#include "text/fold.hpp"

#include <cstdlib>
#include <cstring>

#include <utf8proc.h>

namespace sieg::text {
namespace {

// After NFKD, casefold and mark stripping, letters that stay single code points but read as two
// letters, or as the letter without its stroke, to a French reader.
const struct {
  const char* from;
  const char* to;
} kSpelt[] = {{"œ", "oe"}, {"æ", "ae"}, {"ø", "o"}, {"ł", "l"}, {"đ", "d"}, {"ð", "d"}, {"þ", "th"}, {"ı", "i"}};

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

} // namespace

std::string fold(std::string_view s) {
  bool ascii = true;
  for (char c : s) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return ascii_lower(s);
  utf8proc_uint8_t* mapped = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                UTF8PROC_CASEFOLD);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                                    &mapped, options);
  if (n < 0) {  // invalid UTF-8: compared as it is
    std::free(mapped);
    return ascii_lower(s);
  }
  std::string folded(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::free(mapped);
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    bool spelt = false;
    if (static_cast<unsigned char>(folded[i]) >= 0x80)
      for (const auto& e : kSpelt) {
        std::size_t len = std::strlen(e.from);
        if (folded.compare(i, len, e.from) == 0) {
          out += e.to;
          i += len;
          spelt = true;
          break;
        }
      }
    if (!spelt) out += folded[i++];
  }
  return out;
}

std::string slug(std::string_view name) {
  std::string f = fold(name), out;
  bool dash = false;
  for (char c : f) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum) {
      if (dash && !out.empty()) out += '-';
      out += c;
      dash = false;
    } else {
      dash = true;
    }
    if (out.size() >= 80) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string name_key(std::string_view name) {
  std::string f = fold(name), out;
  for (char c : f)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) out += c;
  return out;
}

std::string de_name(std::string_view name) {
  std::string f = fold(name.substr(0, 4));  // the first letter, accents folded (É -> e)
  bool vowel = !f.empty() && std::string_view("aeiouy").find(f[0]) != std::string_view::npos;
  return (vowel ? "d'" : "de ") + std::string(name);
}

} // namespace sieg::text
