// Amounts in euros, held exactly as integer cents.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "i18n/lang.hpp"
#include "tree/node.hpp"

namespace sieg::values {

using Cents = std::int64_t;

// The amount a Number node holds, from its literal ("12500.5" -> 1250050); rounded half away from
// zero past the cent. Nothing for non-numbers.
std::optional<Cents> to_cents(const tree::Node& n);

// "40 000,00 €" in French (narrow no-break space), "€40,000.00" in English.
std::string format_euros(Cents c, i18n::Lang lang);

} // namespace sieg::values
