#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "jury/assign.hpp"

using namespace sieg;

namespace {
config::Juror juror(const std::string& name, const std::string& org, int capacity = 0, std::vector<std::string> conflicts = {}) {
  config::Juror j;
  j.name = name;
  j.organisation = org;
  j.capacity = capacity;
  j.conflicts = std::move(conflicts);
  return j;
}

std::vector<jury::Candidate> dossiers(int n) {
  std::vector<jury::Candidate> out;
  for (int i = 1; i <= n; ++i) out.push_back({"d" + std::to_string(i), "Association " + std::to_string(i), {}});
  return out;
}

std::map<std::string, int> loads(const jury::Plan& p) {
  std::map<std::string, int> m;
  for (const auto& [name, n] : p.loads) m[name] = n;
  return m;
}
} // namespace

TEST_CASE("every dossier gets its reviewers, loads differ by at most one") {
  std::vector<config::Juror> jury{juror("A", "Org A"), juror("B", "Org B"), juror("C", "Org C"), juror("D", "Org D")};
  auto plan = jury::assign(dossiers(10), jury, 3, {}, {});
  CHECK(plan.assignments.size() == 30);
  CHECK(plan.unfilled.empty());
  auto l = loads(plan);
  int lo = 100, hi = 0;
  for (const auto& [name, n] : l) lo = std::min(lo, n), hi = std::max(hi, n);
  CHECK(hi - lo <= 1);
  // Never twice the same reviewer on a dossier.
  for (const auto& a : plan.assignments)
    CHECK(std::count_if(plan.assignments.begin(), plan.assignments.end(),
                        [&](const jury::Assignment& b) { return b.dossier == a.dossier && b.reviewer == a.reviewer; }) == 1);
}

TEST_CASE("the same inputs give the same plan") {
  std::vector<config::Juror> jury{juror("A", "Org A"), juror("B", "Org B"), juror("C", "Org C")};
  auto p1 = jury::assign(dossiers(7), jury, 2, {}, {});
  auto p2 = jury::assign(dossiers(7), jury, 2, {}, {});
  REQUIRE(p1.assignments.size() == p2.assignments.size());
  for (std::size_t i = 0; i < p1.assignments.size(); ++i) {
    CHECK(p1.assignments[i].dossier == p2.assignments[i].dossier);
    CHECK(p1.assignments[i].reviewer == p2.assignments[i].reviewer);
  }
}

TEST_CASE("conflicts: declared, the same organisation, possibly the same; never assigned, each explained") {
  auto ds = dossiers(3);
  ds[0].partners = {"Commune de Bègles"};
  ds[1].partners = {"Communauté d'agglomération du Grand Périgueux"};
  std::vector<config::Juror> jury{juror("A", "commune de begles"), juror("B", "Grand Périgueux"), juror("C", "Org C", 0, {"d3"}),
                                  juror("D", "Org D"), juror("E", "Org E")};
  auto plan = jury::assign(ds, jury, 3, {}, {});
  auto has = [&](const std::string& d, const std::string& r) {
    return std::any_of(plan.assignments.begin(), plan.assignments.end(),
                       [&](const jury::Assignment& a) { return a.dossier == d && a.reviewer == r; });
  };
  CHECK_FALSE(has("d1", "A"));
  CHECK_FALSE(has("d2", "B"));
  CHECK_FALSE(has("d3", "C"));
  REQUIRE(plan.exclusions.size() == 3);
  CHECK(plan.exclusions[0].conflict == jury::Conflict::SameOrganisation);
  CHECK(plan.exclusions[0].with == "Commune de Bègles");
  CHECK(plan.exclusions[1].conflict == jury::Conflict::PossibleOrganisation);
  CHECK(plan.exclusions[2].conflict == jury::Conflict::Declared);
  CHECK(plan.unfilled.empty());
}

TEST_CASE("capacity is kept; what no one can take is reported") {
  std::vector<config::Juror> jury{juror("A", "Org A", 2), juror("B", "Org B", 2)};
  auto plan = jury::assign(dossiers(3), jury, 2, {}, {});
  auto l = loads(plan);
  CHECK(l["A"] == 2);
  CHECK(l["B"] == 2);
  int missing = 0;
  for (const auto& [d, n] : plan.unfilled) missing += n;
  CHECK(missing == 2);  // 6 reviews wanted, 4 possible
}

TEST_CASE("existing reviews and pins are kept; a pin against a conflict is refused") {
  auto ds = dossiers(2);
  ds[0].carrier = "Org A";
  std::vector<config::Juror> jury{juror("A", "Org A"), juror("B", "Org B"), juror("C", "Org C")};
  std::vector<config::Pin> pins{{"d2", "C", 0}, {"d1", "A", 0}};
  auto plan = jury::assign(ds, jury, 1, pins, {{"d1", "b"}});  // B's review of d1 is there (name folded)
  CHECK(plan.refused_pins == std::vector<std::string>{"d1: A"});
  REQUIRE(plan.assignments.size() == 2);
  CHECK(plan.assignments[0].dossier == "d1");
  CHECK(plan.assignments[0].reviewer == "B");
  CHECK(plan.assignments[0].from == jury::Assignment::From::Existing);
  CHECK(plan.assignments[1].reviewer == "C");
  CHECK(plan.assignments[1].from == jury::Assignment::From::Pinned);
}

TEST_CASE("a pin over a possible conflict assigns the juror, who is then not listed as left out (issue 31)") {
  auto ds = dossiers(1);
  ds[0].partners = {"Emmaüs Connect"};
  std::vector<config::Juror> jury{juror("A", "Emmaüs"), juror("B", "Org B")};
  auto unpinned = jury::assign(ds, jury, 1, {}, {});
  REQUIRE(unpinned.exclusions.size() == 1);  // possibly the same organisation as a partner
  CHECK(unpinned.exclusions[0].reviewer == "A");
  auto pinned = jury::assign(ds, jury, 1, {{"d1", "A", 0}}, {});
  CHECK(pinned.exclusions.empty());
  CHECK(pinned.refused_pins.empty());
  REQUIRE(pinned.assignments.size() == 1);
  CHECK(pinned.assignments[0].reviewer == "A");
  CHECK(pinned.assignments[0].from == jury::Assignment::From::Pinned);
}

TEST_CASE("a juror of the region is no conflict with a partner named after the region (issue 31)") {
  auto ds = dossiers(1);
  ds[0].partners = {"France Active Aquitaine", "URSCOP Aquitaine"};
  std::vector<config::Juror> jury{juror("Anne Roussel", "Région Aquitaine")};
  auto plan = jury::assign(ds, jury, 1, {}, {});
  CHECK(plan.exclusions.empty());
  REQUIRE(plan.assignments.size() == 1);
  CHECK(plan.unfilled.empty());
}
