// Amounts in euros, held exactly as integer cents: the one place where euros become cents.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "i18n/lang.hpp"
#include "tree/node.hpp"

namespace sieg::values {

using Cents = std::int64_t;

// The range of one amount: 0 to 10^12 € (the dossier schema's maximum, far beyond any call); with at
// most 10 000 expense or resource lines (the schema's maxItems), every total fits in 64 bits. Sums are
// checked all the same (sum_cents).
constexpr Cents kMaxCents = 100'000'000'000'000;  // 10^12 € in cents

// A decimal literal of at most two decimals, within ±kMaxCents: "12500.5" -> 1250050, "-3" -> -300.
// Nothing for more decimals (never a silent rounding), an exponent, or an amount out of range.
std::optional<Cents> parse_cents(std::string_view literal);

// The amount a Number node holds, from its literal (parse_cents). Nothing for non-numbers.
std::optional<Cents> to_cents(const tree::Node& n);

// An amount given as a binary number (a call's TOML parameters): the nearest cent, within range.
std::optional<Cents> cents_of(double euros);

// The sum of amounts, or nothing when it leaves the range of 64 bits (never a wrapped value).
std::optional<Cents> sum_cents(std::optional<Cents> a, Cents b);

// "40 000,00 €" in French (narrow no-break space), "€40,000.00" in English.
std::string format_euros(Cents c, i18n::Lang lang);

} // namespace sieg::values
