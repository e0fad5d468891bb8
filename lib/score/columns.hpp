// Text columns for the score and rank tables: widths in characters, not bytes.
#pragma once
#include <string>

#include "values/rational.hpp"

namespace sieg::score::columns {

inline std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}
inline std::string pad(const std::string& s, std::size_t w) { return s + std::string(w > width(s) ? w - width(s) : 0, ' '); }
inline std::string lpad(const std::string& s, std::size_t w) { return std::string(w > width(s) ? w - width(s) : 0, ' ') + s; }
// Two decimals, with a comma in French.
inline std::string num(values::Rational r, bool french) { return values::to_fixed(r, 2, french); }

} // namespace sieg::score::columns
