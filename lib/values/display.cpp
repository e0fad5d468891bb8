#include "values/display.hpp"

#include <fmt/format.h>

namespace sieg::values {

std::string date_words(const Date& d, i18n::Lang lang) {
  static const char* const kFr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                    "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  static const char* const kEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
  if (d.month < 1 || d.month > 12) return to_string(d);
  std::size_t m = static_cast<std::size_t>(d.month - 1);
  if (lang == i18n::Lang::Fr)  // the first of the month is « 1er » (Imprimerie nationale's rule)
    return fmt::format("{}{} {} {}", d.day, d.day == 1 ? "er" : "", kFr[m], d.year);
  return fmt::format("{} {} {}", d.day, kEn[m], d.year);
}

std::string date_words(std::string_view text, i18n::Lang lang) {
  if (auto d = parse_date(text)) return date_words(*d, lang);
  return std::string(text);
}

const char* yes_no(bool b, i18n::Lang lang) {
  return lang == i18n::Lang::Fr ? (b ? "oui" : "non") : (b ? "yes" : "no");
}

const char* none_word(i18n::Lang lang) { return lang == i18n::Lang::Fr ? "aucun" : "none"; }

} // namespace sieg::values
