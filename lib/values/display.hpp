// How values read for people, in each language: the one place that writes a date, a yes/no and « aucun »
// for a reader (amounts: format_euros in values/money.hpp). Files for programs (JSON, CSV for scripts)
// keep the raw values: 2015-07-10, true, none.
#pragma once
#include <string>
#include <string_view>

#include "i18n/lang.hpp"
#include "values/date.hpp"

namespace sieg::values {

// « 10 juillet 2015 », « 1er mai 2015 » in French; "10 July 2015" in English.
std::string date_words(const Date& d, i18n::Lang lang);
// The same for a text holding an ISO date ("2015-07-10"); any other text is given back unchanged.
std::string date_words(std::string_view text, i18n::Lang lang);
// « oui » / « non », "yes" / "no".
const char* yes_no(bool b, i18n::Lang lang);
// « aucun » / "none": a value that is not there (no threshold, no source...).
const char* none_word(i18n::Lang lang);

} // namespace sieg::values
