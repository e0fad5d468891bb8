#include "values/money.hpp"

#include <cmath>
#include <cstdlib>

#include <fmt/format.h>

namespace sieg::values {

std::optional<Cents> parse_cents(std::string_view t) {
  // sign, digits [. digits] [e|E [sign] digits]: the value is digits x 10^scale, exactly.
  std::size_t i = 0;
  bool neg = false;
  if (i < t.size() && (t[i] == '-' || t[i] == '+')) neg = t[i++] == '-';
  std::string digits;
  int scale = 0;
  std::size_t start = i;
  for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i) digits += t[i];
  if (i < t.size() && t[i] == '.')
    for (++i; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i, --scale) digits += t[i];
  if (digits.empty() || i == start) return std::nullopt;
  // Written with more than two decimals, an amount is not read: 28.000 is a French 28 000 as often as 28 €.
  if (scale < -2 && (i == t.size() || (t[i] != 'e' && t[i] != 'E'))) return std::nullopt;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    bool eneg = false;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) eneg = t[i++] == '-';
    std::size_t estart = i;
    int e = 0;
    for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i)
      if ((e = e * 10 + (t[i] - '0')) > 1000) return std::nullopt;
    if (i == estart) return std::nullopt;
    scale += eneg ? -e : e;
  }
  if (i != t.size()) return std::nullopt;
  scale += 2;  // in cents
  // An exponent may bring digits below the cent (1.5e-1): zeros there are harmless, any other digit is not cents.
  while (scale < 0) {
    if (digits.back() != '0') return std::nullopt;
    digits.pop_back();
    ++scale;
    if (digits.empty()) return 0;
  }
  Cents c = 0;
  for (char d : digits) {
    c = c * 10 + (d - '0');
    if (c > kMaxCents) return std::nullopt;
  }
  for (; scale > 0; --scale)
    if (c != 0 && (c *= 10) > kMaxCents) return std::nullopt;
  return neg ? -c : c;
}

std::optional<Cents> to_cents(const tree::Node& n) {
  if (n.kind != tree::Kind::Number) return std::nullopt;
  return parse_cents(n.text);
}

std::optional<Cents> cents_of(double euros) {
  if (!std::isfinite(euros) || std::fabs(euros) * 100 > static_cast<double>(kMaxCents)) return std::nullopt;
  return static_cast<Cents>(std::llround(euros * 100));
}

std::optional<Cents> sum_cents(std::optional<Cents> a, Cents b) {
  Cents out = 0;
  if (!a || __builtin_add_overflow(*a, b, &out)) return std::nullopt;
  return out;
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
