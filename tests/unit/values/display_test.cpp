// lib/values/display: dates in words, yes/no and « aucun » in each language.
#include <doctest/doctest.h>

#include "values/display.hpp"

using namespace sieg;
using i18n::Lang;

TEST_CASE("display: a date in words") {
  CHECK(values::date_words(values::Date{2015, 7, 10}, Lang::Fr) == "10 juillet 2015");
  CHECK(values::date_words(values::Date{2015, 5, 1}, Lang::Fr) == "1er mai 2015");
  CHECK(values::date_words(values::Date{2015, 8, 22}, Lang::Fr) == "22 août 2015");
  CHECK(values::date_words(values::Date{2016, 12, 31}, Lang::Fr) == "31 décembre 2016");
  CHECK(values::date_words(values::Date{2015, 7, 10}, Lang::En) == "10 July 2015");
  CHECK(values::date_words(values::Date{2015, 5, 1}, Lang::En) == "1 May 2015");
  // From a text: an ISO date in words, anything else as it is (never a made-up day).
  CHECK(values::date_words("2015-05-22", Lang::Fr) == "22 mai 2015");
  CHECK(values::date_words("2015-02-29", Lang::Fr) == "2015-02-29");
  CHECK(values::date_words("printemps 2015", Lang::En) == "printemps 2015");
  CHECK(values::date_words("", Lang::Fr).empty());
}

TEST_CASE("display: yes/no and none") {
  CHECK(std::string(values::yes_no(true, Lang::Fr)) == "oui");
  CHECK(std::string(values::yes_no(false, Lang::Fr)) == "non");
  CHECK(std::string(values::yes_no(true, Lang::En)) == "yes");
  CHECK(std::string(values::none_word(Lang::Fr)) == "aucun");
  CHECK(std::string(values::none_word(Lang::En)) == "none");
}
