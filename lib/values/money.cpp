#include "values/money.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace sieg::values {

std::optional<Cents> to_cents(const tree::Node& n) {
  if (n.kind != tree::Kind::Number) return std::nullopt;
  const std::string& t = n.text;
  // Plain decimal literal: exact.
  std::size_t i = 0;
  bool neg = false;
  if (i < t.size() && t[i] == '-') {
    neg = true;
    ++i;
  }
  Cents whole = 0;
  std::size_t start = i;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < 15) whole = whole * 10 + (t[i++] - '0');
  if (i < t.size() && t[i] >= '0' && t[i] <= '9') return std::llround(n.number * 100.0);  // too many digits
  Cents frac = 0;
  if (i < t.size() && t[i] == '.') {
    ++i;
    int digits = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
      if (digits < 2) frac = frac * 10 + (t[i] - '0');
      else if (digits == 2 && t[i] >= '5') frac += 1;  // half away from zero at the third decimal
      ++digits;
      ++i;
    }
    if (digits == 1) frac *= 10;
  }
  if (i != t.size()) return std::llround(n.number * 100.0);  // exponent form
  Cents c = whole * 100 + frac;
  return neg ? -c : c;
}

std::string format_euros(Cents c, i18n::Lang lang) {
  bool neg = c < 0;
  Cents a = neg ? -c : c;
  std::string digits = std::to_string(a / 100);
  const char* sep = lang == i18n::Lang::Fr ? "\u202F" : ",";
  std::string grouped;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    if (k > 0 && (digits.size() - k) % 3 == 0) grouped += sep;
    grouped += digits[k];
  }
  std::string cents = fmt::format("{:02}", a % 100);
  if (lang == i18n::Lang::Fr) return fmt::format("{}{},{}\u00A0€", neg ? "-" : "", grouped, cents);
  return fmt::format("{}€{}.{}", neg ? "-" : "", grouped, cents);
}

} // namespace sieg::values
