// fuzz/values.hpp: the value-level mutator finds numbers and puts extremes in their place.
#include <doctest/doctest.h>

#include "../../../fuzz/values.hpp"

TEST_CASE("the fuzzers' value mutator: numbers found, one replaced by an extreme") {
  std::string s = "budget:\n  aide_demandee: 30000\n  x: -12.5e3\n  code_postal: \"33130\"\n  id: a1b2\n";
  auto spans = sieg::fuzz::number_spans(s);
  REQUIRE(spans.size() == 3);
  CHECK(s.substr(spans[0].first, spans[0].second - spans[0].first) == "30000");
  CHECK(s.substr(spans[1].first, spans[1].second - spans[1].first) == "12.5e3");
  CHECK(s.substr(spans[2].first, spans[2].second - spans[2].first) == "33130");
  std::string m = sieg::fuzz::with_extreme(s, 0);  // the first number, the first extreme
  CHECK(m.find("aide_demandee: 0\n") != std::string::npos);
  m = sieg::fuzz::with_extreme(s, 7 * 6);  // extreme 6: 1e20, in the first number
  CHECK(m.find("aide_demandee: 1e20\n") != std::string::npos);
  CHECK(sieg::fuzz::with_extreme("no number", 3) == "no number");
}
