// Ranking dossiers of one grid: eligible ones by score, the others apart; and the same ranking
// under other weights or another aggregation (--what-if).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grids/grid.hpp"
#include "score/csv.hpp"
#include "score/score.hpp"

namespace sieg::score {

struct Entry {
  Result result;
  bool eligible = true;
  std::vector<diag::Diagnostic> failures;  // the eligibility errors, when not eligible
  int rank = 0;                            // 1-based among the ranked; 0 otherwise
  // sieg.toml expects reviews_per_dossier and this eligible dossier's jury is not complete: what it
  // lacks ("1/3 reviews; missing: Julie Petit"). Such a dossier is not ranked, but listed apart.
  std::string incomplete;
  // Its total equals a neighbour's in its list: « ex aequo », whatever order the tie-breaks gave them.
  bool ex_aequo = false;
};

struct Ranking {
  const grids::Grid* grid = nullptr;
  std::vector<Entry> ranked;       // eligible and scored by the jury, best first
  std::vector<Entry> self_ranked;  // eligible, no jury review kept: ranked apart, on the self-assessment
  std::vector<Entry> incomplete;   // eligible, jury incomplete (Entry::incomplete): not ranked
  std::vector<Entry> ineligible;  // an eligibility error
  std::vector<Entry> unscored;    // eligible, but no score (errors in reviews, nothing to score)
};

// Groups entries by grid (in grid id order) and sorts each group; jury scores and self-assessments
// are never ranked together. Order: total, highest first; ties
// go to the dossier whose weakest marker is higher; then to the dossier id in alphabetical order.
// Equal dossiers on all three still get distinct, consecutive ranks.
std::vector<Ranking> rank(std::vector<Entry> entries);

// A what-if scenario: "aggregate=median", "threshold=PERCENT" (the grid's minimum total, 0 to 100),
// "MARKER=WEIGHT" (e.g. place_recherche=2), comma-separated.
struct Scenario {
  std::string spec;
  std::optional<grids::Aggregate> aggregate;
  std::optional<int> threshold;
  std::vector<std::pair<std::string, long long>> weights;  // marker id, weight in hundredths
};

// Parses a scenario; on error returns nothing and says why in `error` (English/French by lang).
std::optional<Scenario> parse_scenario(const std::string& spec, i18n::Lang lang, std::string& error);

// The grid as the scenario changes it (markers it does not know are ignored).
grids::Grid apply(const Scenario& s, const grids::Grid& g);

} // namespace sieg::score

namespace sieg::score {

struct WhatIf {
  Scenario scenario;
  std::vector<Ranking> rankings;
};

// Per group: how many ranked dossiers have another rank under the scenario than in `base`.
int changes(const std::vector<Ranking>& base, const Ranking& other);

std::string render_rank_text(const std::vector<Ranking>& base, const std::vector<WhatIf>& what_if, i18n::Lang lang);
std::string render_rank_markdown(const std::vector<Ranking>& base, const std::vector<WhatIf>& what_if, i18n::Lang lang);
std::string render_rank_csv(const std::vector<Ranking>& base, const CsvStyle& style);
std::string render_rank_json(const std::vector<Ranking>& base, const std::vector<WhatIf>& what_if);

} // namespace sieg::score
