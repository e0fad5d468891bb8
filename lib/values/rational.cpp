#include "values/rational.hpp"

#include <fmt/format.h>

namespace sieg::values {

std::string to_fixed(Rational r, int decimals, bool french) {
  long long scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  bool neg = r.num < 0;
  long long n = neg ? -r.num : r.num;
  // round(n * scale / den), halves away from zero
  long long q = (2 * n * scale + r.den) / (2 * r.den);
  std::string digits = std::to_string(q / scale);
  std::string out = (neg && q != 0 ? "-" : "") + digits;
  if (decimals > 0) out += fmt::format("{}{:0{}}", french ? "," : ".", q % scale, decimals);
  return out;
}

int nearest_level(Rational r) {
  long long whole = r.num / r.den, rest = r.num % r.den;
  return static_cast<int>(2 * rest <= r.den ? whole : whole + 1);
}

} // namespace sieg::values
