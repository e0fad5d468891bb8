#include "jury/assign.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "text/fold.hpp"
#include "text/organisation.hpp"

namespace sieg::jury {


Exclusion conflict_of(const Candidate& d, const config::Juror& j) {
  Exclusion e{d.id, j.name, Conflict::None, "", false};
  if (std::find(j.conflicts.begin(), j.conflicts.end(), d.id) != j.conflicts.end()) {
    e.conflict = Conflict::Declared;
    return e;
  }
  if (j.organisation.empty()) return e;
  auto level = [&](const std::string& other) {
    if (other.empty()) return Conflict::None;
    if (text::name_key(other) == text::name_key(j.organisation)) return Conflict::SameOrganisation;
    switch (text::match_organisations(j.organisation, other)) {
      case text::OrgMatch::Same: return Conflict::SameOrganisation;
      case text::OrgMatch::Possible: return Conflict::PossibleOrganisation;
      case text::OrgMatch::None: break;
    }
    return Conflict::None;
  };
  auto consider = [&](const std::string& other, bool carrier) {  // keeps the strongest, the first of equals
    Conflict c = level(other);
    if (c == Conflict::None || (e.conflict != Conflict::None && !(c == Conflict::SameOrganisation && e.conflict != c))) return;
    e.conflict = c;
    e.with = other;
    e.carrier = carrier;
  };
  consider(d.carrier, true);
  for (const auto& p : d.partners) consider(p, false);
  return e;
}

Plan assign(const std::vector<Candidate>& dossiers, const std::vector<config::Juror>& jury, int per_dossier,
            const std::vector<config::Pin>& pins, const std::vector<std::pair<std::string, std::string>>& existing) {
  Plan plan;
  std::map<std::string, std::size_t> juror_of;  // folded name -> index in jury
  for (std::size_t i = 0; i < jury.size(); ++i) juror_of.emplace(text::name_key(jury[i].name), i);
  std::vector<int> load(jury.size(), 0);
  std::map<std::string, std::vector<std::pair<std::size_t, Assignment::From>>> chosen;  // dossier -> jurors
  std::map<std::string, std::set<std::size_t>> excluded;                                // dossier -> jurors
  std::set<std::string> known;
  for (const auto& d : dossiers) known.insert(d.id);

  for (const auto& d : dossiers)
    for (std::size_t j = 0; j < jury.size(); ++j) {
      Exclusion e = conflict_of(d, jury[j]);
      if (e.conflict == Conflict::None) continue;
      plan.exclusions.push_back(e);
      excluded[d.id].insert(j);
    }
  auto take = [&](const std::string& dossier, std::size_t j, Assignment::From from) {
    auto& list = chosen[dossier];
    if (std::any_of(list.begin(), list.end(), [&](const auto& p) { return p.first == j; })) return;
    list.emplace_back(j, from);
    ++load[j];
  };
  // What is there stays: a review already written is assigned, whoever wrote it (if in the jury).
  for (const auto& [dossier, reviewer] : existing) {
    auto it = juror_of.find(text::name_key(reviewer));
    if (it != juror_of.end() && known.count(dossier)) take(dossier, it->second, Assignment::From::Existing);
  }
  for (const auto& p : pins) {
    auto it = juror_of.find(text::name_key(p.reviewer));
    if (it == juror_of.end() || !known.count(p.dossier)) continue;
    auto ex = std::find_if(plan.exclusions.begin(), plan.exclusions.end(),
                           [&](const Exclusion& e) { return e.dossier == p.dossier && e.reviewer == jury[it->second].name; });
    if (ex != plan.exclusions.end() && ex->conflict != Conflict::PossibleOrganisation) {
      plan.refused_pins.push_back(p.dossier + ": " + jury[it->second].name);
      continue;
    }
    // A possible conflict the officer overrode by pinning: the juror is assigned, not left out.
    if (ex != plan.exclusions.end()) plan.exclusions.erase(ex);
    take(p.dossier, it->second, Assignment::From::Pinned);
  }
  // Round by round, so that every dossier gets its first reviewer before any gets its second.
  for (int round = 1; round <= per_dossier; ++round)
    for (const auto& d : dossiers) {
      auto& list = chosen[d.id];
      if (static_cast<int>(list.size()) >= round) continue;
      std::size_t best = jury.size();
      for (std::size_t j = 0; j < jury.size(); ++j) {
        if (excluded[d.id].count(j)) continue;
        if (std::any_of(list.begin(), list.end(), [&](const auto& p) { return p.first == j; })) continue;
        if (jury[j].capacity > 0 && load[j] >= jury[j].capacity) continue;
        if (best == jury.size() || load[j] < load[best]) best = j;
      }
      if (best < jury.size()) take(d.id, best, Assignment::From::Proposed);
    }
  for (const auto& d : dossiers) {
    auto list = chosen[d.id];
    std::sort(list.begin(), list.end(), [&](const auto& a, const auto& b) { return jury[a.first].name < jury[b.first].name; });
    for (const auto& [j, from] : list) plan.assignments.push_back({d.id, jury[j].name, from});
    int missing = per_dossier - static_cast<int>(list.size());
    if (missing > 0) plan.unfilled.emplace_back(d.id, missing);
  }
  for (std::size_t j = 0; j < jury.size(); ++j) plan.loads.emplace_back(jury[j].name, load[j]);
  return plan;
}

} // namespace sieg::jury
