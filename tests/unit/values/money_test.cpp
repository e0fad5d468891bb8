// lib/values/money: amounts in exact cents, their range, their formatting.
#include <doctest/doctest.h>

#include <limits>
#include <string>

#include "values/money.hpp"

using namespace sieg;

TEST_CASE("amounts: exact cents from the literal, formatted per language") {
  auto n = [](const char* t) {
    tree::Node x;
    x.kind = tree::Kind::Number;
    x.text = t;
    x.number = std::stod(t);
    return x;
  };
  CHECK(values::to_cents(n("12500.5")) == 1250050);
  CHECK(values::to_cents(n("0.1")) == 10);
  CHECK(values::to_cents(n("40000")) == 4000000);
  CHECK(values::to_cents(n("4e4")) == 4000000);
  // Three written decimals are not read (28.000 may be a French thousands dot); an exponent may still bring zeros.
  CHECK_FALSE(values::to_cents(n("12.500")).has_value());
  CHECK_FALSE(values::to_cents(n("28.000")).has_value());
  CHECK(values::to_cents(n("12.50")) == 1250);
  CHECK(values::to_cents(n("1250.0e-2")) == 1250);
  CHECK(values::to_cents(n("1.5e-1")) == 15);
  // More than two decimals is never rounded silently; beyond 10^12 € is out of range.
  CHECK_FALSE(values::to_cents(n("19.999")).has_value());
  CHECK_FALSE(values::to_cents(n("1e-3")).has_value());
  CHECK(values::to_cents(n("1000000000000")) == values::kMaxCents);
  CHECK_FALSE(values::to_cents(n("1000000000000.01")).has_value());
  CHECK_FALSE(values::to_cents(n("1e20")).has_value());
  CHECK(values::parse_cents("-3") == -300);
  CHECK_FALSE(values::parse_cents("").has_value());
  CHECK_FALSE(values::parse_cents("1,5").has_value());
  CHECK(values::cents_of(40000.0) == 4000000);
  CHECK_FALSE(values::cents_of(1e308).has_value());
  CHECK(values::format_euros(4000000, i18n::Lang::En) == "€40,000.00");
  CHECK(values::format_euros(4000050, i18n::Lang::Fr) == "40\u202F000,50\u00A0€");
  CHECK(values::format_euros(-100, i18n::Lang::En) == "-€1.00");
}

TEST_CASE("sums are checked: an overflow is nothing, never a wrapped value") {
  CHECK(values::sum_cents(values::Cents{1}, 2) == 3);
  CHECK_FALSE(values::sum_cents(std::numeric_limits<values::Cents>::max(), 1).has_value());
  CHECK_FALSE(values::sum_cents(std::nullopt, 1).has_value());
  // The schema's limits make it unreachable: 10 000 lines of 10^12 € fit.
  std::optional<values::Cents> total = 0;
  for (int i = 0; i < 10000; ++i) total = values::sum_cents(total, values::kMaxCents);
  CHECK(total == values::kMaxCents * 10000);
}
