// Who reviews what: a proposal that never gives a reviewer a dossier they have a conflict with, keeps
// the reviews already there and the pins of sieg.toml, respects capacities, balances the loads, and is
// the same for the same inputs (sieg assign).
#pragma once
#include <string>
#include <vector>

#include "config/config.hpp"

namespace sieg::jury {

struct Candidate {  // a dossier to review
  std::string id;
  std::string carrier;
  std::vector<std::string> partners;
};

enum class Conflict { None, Declared, SameOrganisation, PossibleOrganisation };

struct Exclusion {
  std::string dossier;
  std::string reviewer;
  Conflict conflict = Conflict::None;
  std::string with;  // the carrier's or partner's name the organisation matches (empty: declared)
  bool carrier = false;
};

struct Assignment {
  std::string dossier;
  std::string reviewer;  // the juror's name as in sieg.toml
  enum class From { Existing, Pinned, Proposed } from = From::Proposed;
};

struct Plan {
  std::vector<Assignment> assignments;        // by dossier (input order), then reviewer
  std::vector<Exclusion> exclusions;          // every (dossier, reviewer) pair left out, and why
  std::vector<std::pair<std::string, int>> unfilled;  // dossier, reviews still missing (no one could take them)
  std::vector<std::pair<std::string, int>> loads;     // juror, dossiers assigned (jury order)
  std::vector<std::string> refused_pins;      // pins that would break a conflict: "dossier: reviewer (why)"
};

// The conflict between a reviewer and a dossier: declared in [[jury]] conflicts, or the reviewer's
// organisation the same as (or possibly, text::OrgMatch::Possible) the carrier's or a partner's.
Exclusion conflict_of(const Candidate& d, const config::Juror& j);

// `existing`: (dossier id, reviewer name) of the review files already there, filled or not.
// Each dossier gets `per_dossier` reviewers: the existing ones and the pins first, then, round by round,
// the least loaded juror without a conflict and under capacity (ties: the jury's order).
Plan assign(const std::vector<Candidate>& dossiers, const std::vector<config::Juror>& jury, int per_dossier,
            const std::vector<config::Pin>& pins, const std::vector<std::pair<std::string, std::string>>& existing);

} // namespace sieg::jury
