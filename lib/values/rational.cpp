#include "values/rational.hpp"

#include <fmt/format.h>

namespace sieg::values {

std::string to_fixed(Rational r, int decimals, bool french) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  bool neg = r.num < 0;
  Int128 n = neg ? -static_cast<Int128>(r.num) : r.num;
  // round(n * scale / den), halves away from zero, in 128 bits: no intermediate can wrap
  Int128 q = (2 * n * scale + r.den) / (2 * static_cast<Int128>(r.den));
  std::string digits = std::to_string(static_cast<long long>(q / scale));
  std::string out = (neg && q != 0 ? "-" : "") + digits;
  if (decimals > 0) out += fmt::format("{}{:0{}}", french ? "," : ".", static_cast<long long>(q % scale), decimals);
  return out;
}

int nearest_level(Rational r) {
  long long whole = r.num / r.den, rest = r.num % r.den;
  return static_cast<int>(2 * rest <= r.den ? whole : whole + 1);
}

} // namespace sieg::values
