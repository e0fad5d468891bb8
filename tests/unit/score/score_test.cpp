// Scores worked out by hand: weights, dimensions, mean and median, disagreement, conflicts of
// interest, thresholds, a custom grid, ranking with a tie, what-if.
#include <doctest/doctest.h>

#include <limits>

#include "grids/grid.hpp"
#include "score/rank.hpp"
#include "score/score.hpp"

using namespace sieg;
using values::Rational;

namespace {

// Two markers, weights 2 and 0.5, two dimensions weighted 1 and 2.
const char* kGrid = R"(id = "mini"
title = { fr = "Mini", en = "Mini" }
source = "test"
[thresholds]
min_total_percent = 80
min_level = 1
eliminatory = ["b"]
eliminatory_level = 2
[[dimensions]]
id = "x"
label = { fr = "X", en = "X" }
source = "test"
[[dimensions]]
id = "y"
label = { fr = "Y", en = "Y" }
weight = 2
source = "test"
[[markers]]
id = "a"
label = { fr = "A", en = "A" }
weight = 2
dimension = "x"
source = "test"
levels = [{ fr = "a0", en = "a0" }, { fr = "a1", en = "a1" }, { fr = "a2", en = "a2" }, { fr = "a3", en = "a3" }]
[[markers]]
id = "b"
label = { fr = "B", en = "B" }
weight = 0.5
dimension = "y"
source = "test"
levels = [{ fr = "b0", en = "b0" }, { fr = "b1", en = "b1" }, { fr = "b2", en = "b2" }, { fr = "b3", en = "b3" }]
)";

grids::Grid mini() {
  auto r = grids::load_grid(kGrid, "mini.toml", i18n::Lang::En);
  for (const auto& d : r.diags) FAIL(d.message);
  return *r.grid;
}

score::Review review(const std::string& who, const std::string& org, int a, int b, bool conflict = false) {
  score::Review r;
  r.file = "evaluations/d/" + who + ".yaml";
  r.dossier = "d";
  r.reviewer = who;
  r.organisation = org;
  r.grid = "mini";
  r.conflict_declared = conflict;
  r.levels["a"] = {a, "", {}};
  r.levels["b"] = {b, "", {}};
  r.order = {"a", "b"};
  return r;
}

score::DossierInput dossier(const std::string& id = "d") {
  score::DossierInput d;
  d.id = id;
  d.file = id + ".yaml";
  d.carrier = "Association Les Petits Horizons";
  d.partners = {"Ville de Bègles", "Centre hospitalier"};
  score::SelfAssessment s;
  s.date = "2015-05-01";
  s.levels["a"] = {3, "", {}};
  s.levels["b"] = {1, "", {}};
  s.order = {"a", "b"};
  d.self.push_back(s);
  return d;
}

score::Options en() {
  score::Options o;
  o.lang = i18n::Lang::En;
  return o;
}

} // namespace

TEST_CASE("self-assessment: weights and dimension weights") {
  auto g = mini();
  auto r = score::score_dossier(g, dossier(), {}, en());
  REQUIRE(r.source == score::Source::Self);
  // a: 3 x 2 x 1 = 6 ; b: 1 x 0.5 x 2 = 1 ; total 7 ; max 3x2x1 + 3x0.5x2 = 9.
  CHECK(r.markers[0].points == Rational(6));
  CHECK(r.markers[1].points == Rational(1));
  CHECK(*r.total == Rational(7));
  CHECK(r.max == Rational(9));
  CHECK(values::to_fixed(*r.total * Rational(100) / r.max, 1) == "77.8");
  REQUIRE(r.dimensions.size() == 2);
  CHECK(r.dimensions[0].points == Rational(6));
  CHECK(r.dimensions[0].max == Rational(6));
  CHECK(r.dimensions[1].points == Rational(1));
  CHECK(r.dimensions[1].max == Rational(3));
}

TEST_CASE("three reviewers: mean and median, the chosen one makes the total") {
  auto g = mini();
  std::vector<score::Review> rs{review("R1", "O1", 0, 1), review("R2", "O2", 2, 3), review("R3", "O3", 3, 3)};
  auto mean = score::score_dossier(g, dossier(), rs, en());
  REQUIRE(mean.source == score::Source::Jury);
  CHECK(*mean.markers[0].mean == Rational(5, 3));   // (0 + 2 + 3) / 3
  CHECK(*mean.markers[0].median == Rational(2));
  CHECK(*mean.markers[1].mean == Rational(7, 3));   // (1 + 3 + 3) / 3
  CHECK(*mean.markers[1].median == Rational(3));
  // total = 5/3 x 2 + 7/3 x 0.5 x 2 = 10/3 + 7/3 = 17/3
  CHECK(*mean.total == Rational(17, 3));
  CHECK(values::to_fixed(*mean.total, 2) == "5.67");
  CHECK(mean.markers[0].reached == 2);  // 1.67 -> nearest level 2
  score::Options med = en();
  med.aggregate = grids::Aggregate::Median;
  auto median = score::score_dossier(g, dossier(), rs, med);
  CHECK(*median.total == Rational(2 * 2 + 3));  // 2 x 2 + 3 x 0.5 x 2 = 7
  // Even count: the median is the mean of the two middle levels.
  auto two = score::score_dossier(g, dossier(), {review("R1", "O1", 1, 1), review("R2", "O2", 2, 2)}, med);
  CHECK(*two.markers[0].median == Rational(3, 2));
  CHECK(two.markers[0].reached == 1);  // 1.5 -> halves go down
}

TEST_CASE("disagreement: two levels apart or more") {
  auto g = mini();
  auto r = score::score_dossier(g, dossier(), {review("R1", "O1", 1, 2), review("R2", "O2", 3, 3)}, en());
  CHECK(r.markers[0].disagreement);
  CHECK(r.markers[0].spread == 2);
  CHECK_FALSE(r.markers[1].disagreement);
  int warnings = 0;
  for (const auto& d : r.diags) warnings += d.code == "SIEG-R012";
  CHECK(warnings == 1);
}

TEST_CASE("conflicts of interest: declared, and detected from the organisation") {
  auto g = mini();
  std::vector<score::Review> rs{review("R1", "O1", 2, 2), review("R2", "O2", 3, 2, true),
                                review("R3", "VILLE-DE-BEGLES", 0, 0), review("R4", "association les petits horizons", 0, 0)};
  auto r = score::score_dossier(g, dossier(), rs, en());
  CHECK_FALSE(r.jurors[0].excluded);
  CHECK(r.jurors[1].excluded);
  CHECK(r.jurors[1].why == "declared");
  CHECK(r.jurors[2].excluded);
  CHECK(r.jurors[2].why == "Ville de Bègles");
  CHECK(r.jurors[3].excluded);
  CHECK(r.kept_jurors() == 1);
  CHECK(*r.markers[0].mean == Rational(2));  // only R1 counts
  std::vector<std::string> codes;
  for (const auto& d : r.diags) codes.push_back(d.code);
  CHECK(codes == std::vector<std::string>{"SIEG-R010", "SIEG-R011", "SIEG-R011"});
  CHECK(r.diags[1].message ==
        "conflict of interest: R3's organisation (VILLE-DE-BEGLES) is a partner of the dossier; review left out");
}

TEST_CASE("thresholds: each met or not") {
  auto g = mini();
  // a = 3, b = 1: 7 / 9 = 77.8 % < 80 % ; every level >= 1 ; b (eliminatory at 2) fails.
  auto r = score::score_dossier(g, dossier(), {}, en());
  REQUIRE(r.thresholds.size() == 3);
  CHECK_FALSE(r.thresholds[0].met);
  CHECK(r.thresholds[1].met);
  CHECK_FALSE(r.thresholds[2].met);
  CHECK(r.thresholds[2].failing == std::vector<std::string>{"b"});
  auto good = score::score_dossier(g, dossier(), {review("R1", "O1", 3, 3)}, en());
  CHECK(good.all_thresholds_met());
}

TEST_CASE("a missing marker, an unknown one, a level off the scale: errors, never zeros") {
  auto g = mini();
  auto missing = review("R1", "O1", 2, 2);
  missing.levels.erase("b");
  missing.order = {"a"};
  auto r = score::score_dossier(g, dossier(), {missing}, en());
  CHECK_FALSE(r.total.has_value());
  REQUIRE(r.diags.size() == 1);
  CHECK(r.diags[0].code == "SIEG-R001");
  auto typo = review("R1", "O1", 2, 2);
  typo.levels["aa"] = {1, "", {}};
  typo.order.push_back("aa");
  auto t = score::score_dossier(g, dossier(), {typo}, en());
  CHECK_FALSE(t.total.has_value());
  CHECK(t.diags[0].code == "SIEG-R002");
  CHECK(t.diags[0].hint == "did you mean 'a'?");
  auto high = review("R1", "O1", 4, 2);
  auto h = score::score_dossier(g, dossier(), {high}, en());
  CHECK_FALSE(h.total.has_value());
  CHECK(h.diags[0].code == "SIEG-R003");
  auto twice = score::score_dossier(g, dossier(), {review("R1", "O1", 1, 1), review("r1", "O2", 2, 2)}, en());
  CHECK(twice.diags[0].code == "SIEG-R006");
  CHECK_FALSE(twice.total.has_value());
}

TEST_CASE("reviewers are told apart in every script; the same name in other case or accents is one") {
  auto g = mini();
  // Two reviewers whose names are wholly Cyrillic or Greek: two reviewers, not one reviewing twice.
  auto r = score::score_dossier(g, dossier(), {review("Иван Петров", "O1", 2, 2), review("Мария Иванова", "O2", 3, 3)}, en());
  for (const auto& d : r.diags) CHECK(d.code != "SIEG-R006");
  CHECK(r.kept_jurors() == 2);
  auto greek = score::score_dossier(g, dossier(), {review("Ελένη", "O1", 2, 2), review("Νίκος", "O2", 3, 3)}, en());
  for (const auto& d : greek.diags) CHECK(d.code != "SIEG-R006");
  // The same person twice, however the name is written: one review too many.
  auto same = score::score_dossier(g, dossier(), {review("Hélène Garnier", "O1", 2, 2), review("HELENE  garnier", "O2", 3, 3)}, en());
  REQUIRE_FALSE(same.diags.empty());
  CHECK(same.diags[0].code == "SIEG-R006");
  auto cyr = score::score_dossier(g, dossier(), {review("Иван Петров", "O1", 2, 2), review("ИВАН ПЕТРОВ", "O2", 3, 3)}, en());
  REQUIRE_FALSE(cyr.diags.empty());
  CHECK(cyr.diags[0].code == "SIEG-R006");
}

TEST_CASE("leniency: deviation from the mean of the others") {
  auto g = mini();
  // On marker a: R1 1, R2 2, R3 3 ; on b: all 2.
  auto r = score::score_dossier(g, dossier(), {review("R1", "O1", 1, 2), review("R2", "O2", 2, 2), review("R3", "O3", 3, 2)}, en());
  auto l = score::leniency({r});
  REQUIRE(l.size() == 3);
  CHECK(l[0].reviewer == "R1");
  CHECK(l[0].deviation == Rational(-3, 4));  // (1 - 2.5 + 0) / 2
  CHECK(l[1].deviation == Rational(0));
  CHECK(l[2].deviation == Rational(3, 4));   // (3 - 1.5 + 0) / 2
  CHECK(l[0].markers == 2);
}

TEST_CASE("ranking: a tie broken by the weakest marker, then by id; what-if changes the order") {
  auto g = mini();
  // d1: a 3, b 0 -> 6 ; d2: a 2, b 2 -> 4 + 2 = 6 ; d3: a 1, b 3 -> 2 + 3 = 5 ; d0 like d2.
  auto make = [&](const std::string& id, int a, int b) {
    score::DossierInput d = dossier(id);
    d.self[0].levels["a"].level = a;
    d.self[0].levels["b"].level = b;
    score::Entry e;
    e.result = score::score_dossier(g, d, {}, en());
    return e;
  };
  std::vector<score::Entry> entries{make("d1", 3, 0), make("d2", 2, 2), make("d3", 1, 3), make("d0", 2, 2)};
  auto ranked = score::rank(entries);
  REQUIRE(ranked.size() == 1);
  std::vector<std::string> order;
  CHECK(ranked[0].ranked.empty());  // self-assessments only: ranked apart from any jury score
  for (const auto& e : ranked[0].self_ranked) order.push_back(e.result.dossier.id + "#" + std::to_string(e.rank));
  // d0, d1, d2 all have 6: d0 and d2 have a weakest marker of 2 > d1's 0; d0 before d2 by id.
  CHECK(order == std::vector<std::string>{"d0#1", "d2#2", "d1#3", "d3#4"});

  std::string error;
  auto s = score::parse_scenario("b=3", i18n::Lang::En, error);
  REQUIRE(s.has_value());
  grids::Grid heavy_b = score::apply(*s, g);
  CHECK(heavy_b.marker("b")->weight == 300);
  std::vector<score::Entry> again;
  for (auto& e : entries) {
    score::Entry x;
    x.result = score::score_dossier(heavy_b, e.result.dossier, {}, en());
    again.push_back(x);
  }
  auto what_if = score::rank(again);
  std::vector<std::string> order2;
  for (const auto& e : what_if[0].self_ranked) order2.push_back(e.result.dossier.id);
  // b now weighs 3 x 2 (dimension y): d3 = 2 + 18 = 20, d0 = d2 = 4 + 12 = 16, d1 = 6.
  CHECK(order2 == std::vector<std::string>{"d3", "d0", "d2", "d1"});
  CHECK(score::changes(ranked, what_if[0]) == 4);  // every place moves: 1,2,3,4 -> d3 up 3, the others down 1
  CHECK_FALSE(score::parse_scenario("b=-1", i18n::Lang::En, error).has_value());
  CHECK_FALSE(score::parse_scenario("aggregate=mode", i18n::Lang::En, error).has_value());
  CHECK_FALSE(score::parse_scenario("b", i18n::Lang::En, error).has_value());
}

TEST_CASE("ineligible dossiers are listed apart, never ranked") {
  auto g = mini();
  score::Entry ok;
  ok.result = score::score_dossier(g, dossier("ok"), {}, en());
  score::Entry out = ok;
  out.result.dossier.id = "out";
  out.eligible = false;
  auto ranked = score::rank({ok, out});
  CHECK(ranked[0].self_ranked.size() == 1);
  CHECK(ranked[0].ineligible.size() == 1);
  CHECK(ranked[0].ineligible[0].rank == 0);
}

TEST_CASE("jury scores and self-assessments are never ranked together") {
  auto g = mini();
  score::Entry self;  // a self-assessment of 3 and 3: the best total of the two
  score::DossierInput d = dossier("self");
  d.self[0].levels["a"].level = 3;
  d.self[0].levels["b"].level = 3;
  self.result = score::score_dossier(g, d, {}, en());
  score::Entry jury;  // reviewed 1 and 1: a lower total, still ranked first among jury scores
  score::Review r = review("R1", "O1", 1, 1);
  r.dossier = "jury";
  jury.result = score::score_dossier(g, dossier("jury"), {r}, en());
  REQUIRE(self.result.source == score::Source::Self);
  REQUIRE(jury.result.source == score::Source::Jury);
  auto ranked = score::rank({self, jury});
  REQUIRE(ranked[0].ranked.size() == 1);
  CHECK(ranked[0].ranked[0].result.dossier.id == "jury");
  CHECK(ranked[0].ranked[0].rank == 1);
  REQUIRE(ranked[0].self_ranked.size() == 1);
  CHECK(ranked[0].self_ranked[0].result.dossier.id == "self");
  CHECK(ranked[0].self_ranked[0].rank == 1);
}

TEST_CASE("rationals round once, halves away from zero") {
  CHECK(values::to_fixed(Rational(7, 3), 2) == "2.33");
  CHECK(values::to_fixed(Rational(5, 2), 0) == "3");
  CHECK(values::to_fixed(Rational(1, 8), 2) == "0.13");
  CHECK(values::to_fixed(Rational(-1, 8), 2) == "-0.13");
  CHECK(values::to_fixed(Rational(2, 3), 2, true) == "0,67");
  CHECK(values::nearest_level(Rational(5, 2)) == 2);
  CHECK(values::nearest_level(Rational(8, 3)) == 3);
}

TEST_CASE("rationals never wrap: 128-bit intermediates, an overflow is an exception, never a value") {
  Rational big(std::numeric_limits<long long>::max() / 2, 1);
  CHECK_THROWS_AS(big + big + big, values::RationalOverflow);
  CHECK_THROWS_AS(big * Rational(3), values::RationalOverflow);
  // Products whose reduced result fits are exact even when the intermediates do not.
  Rational a(3037000499LL, 7), b(7, 3037000499LL);
  CHECK(a * b == Rational(1));
  CHECK(Rational(1, 3) < Rational(1, 2));
  CHECK(values::to_fixed(Rational(std::numeric_limits<long long>::max() / 3, 1), 2).size() > 10);
}

TEST_CASE("SIEG-R019: the lowest or highest level without a comment, once per kept review") {
  auto g = mini();
  auto bare = score::score_dossier(g, dossier(), {review("R1", "O1", 3, 0)}, en());
  REQUIRE(bare.diags.size() == 1);
  CHECK(bare.diags[0].code == "SIEG-R019");
  CHECK(bare.diags[0].severity == diag::Severity::Warning);
  CHECK(bare.diags[0].message ==
        "extreme level without a comment: R1 gives 0 or 3 without saying why on 2 marker(s) (a, b); a comment helps the jury discuss it");
  CHECK(bare.total.has_value());  // a warning: the review counts
  auto commented = review("R1", "O1", 3, 0);
  commented.levels["a"].text = "Diagnostic partagé avec les habitants.";
  auto one = score::score_dossier(g, dossier(), {commented}, en());
  REQUIRE(one.diags.size() == 1);
  CHECK(one.diags[0].message.find("on 1 marker(s) (b)") != std::string::npos);
  CHECK(score::score_dossier(g, dossier(), {review("R1", "O1", 2, 1)}, en()).diags.empty());
  // A review left out (declared conflict) says nothing to the jury: no quality signal.
  for (const auto& d : score::score_dossier(g, dossier(), {review("R1", "O1", 3, 0, true)}, en()).diags) CHECK(d.code != "SIEG-R019");
}

TEST_CASE("a 1-5 grid (lowest = 1): 0 is off the scale, the total counts from the levels given, hand-worked") {
  const char* k15 = R"(id = "unacinq"
title = { fr = "1 à 5", en = "1 to 5" }
source = "test"
scale = 5
lowest = 1
[[markers]]
id = "a"
label = { fr = "A", en = "A" }
weight = 2
source = "test"
levels = [{ fr = "1", en = "1" }, { fr = "2", en = "2" }, { fr = "3", en = "3" }, { fr = "4", en = "4" }, { fr = "5", en = "5" }]
[[markers]]
id = "b"
label = { fr = "B", en = "B" }
source = "test"
levels = [{ fr = "1", en = "1" }, { fr = "2", en = "2" }, { fr = "3", en = "3" }, { fr = "4", en = "4" }, { fr = "5", en = "5" }]
)";
  auto loaded = grids::load_grid(k15, "g.toml", i18n::Lang::En);
  REQUIRE(loaded.diags.empty());
  const grids::Grid& g = *loaded.grid;
  CHECK(g.lowest == 1);
  CHECK(g.markers[0].levels.size() == 6);  // level 0 has no descriptor
  CHECK(g.markers[0].levels[5].en == "5");
  auto rv = review("R1", "O1", 4, 1);
  rv.grid = "unacinq";
  auto r = score::score_dossier(g, dossier(), {rv}, en());
  // a: 4 x 2 = 8 ; b: 1 x 1 = 1 ; total 9 ; max 5 x 2 + 5 x 1 = 15.
  REQUIRE(r.total.has_value());
  CHECK(*r.total == Rational(9));
  CHECK(r.max == Rational(15));
  auto zero = review("R1", "O1", 0, 3);
  zero.grid = "unacinq";
  auto z = score::score_dossier(g, dossier(), {zero}, en());
  CHECK_FALSE(z.total.has_value());
  REQUIRE_FALSE(z.diags.empty());
  CHECK(z.diags[0].code == "SIEG-R003");
  CHECK(z.diags[0].message == "level 0 is outside the scale of grid unacinq (1 to 5)");
  // Five descriptors are asked for a 1-5 grid: four is an error naming the levels.
  std::string four(k15);
  const std::string last = ", { fr = \"5\", en = \"5\" }";
  four.replace(four.rfind(last), last.size(), "");
  auto short_grid = grids::load_grid(four, "g.toml", i18n::Lang::En);
  REQUIRE(short_grid.diags.size() == 1);
  CHECK(short_grid.diags[0].message == "'levels': 5 descriptors expected (levels 1 to 5), 4 found");
}
