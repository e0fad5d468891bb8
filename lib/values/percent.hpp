// The one way sieg writes a percentage: "70 %" in French (a narrow no-break space before the sign, as
// French typography asks), "70%" in English. Every renderer goes through it (issue 33: two different
// spaces before % were in use).
#pragma once
#include <string>

#include "i18n/lang.hpp"

namespace sieg::values {

// `number` already written for the language ("70", "70,4").
inline std::string with_percent(const std::string& number, i18n::Lang lang) {
  return number + (lang == i18n::Lang::Fr ? "\u202f%" : "%");
}

} // namespace sieg::values
