// Scoring one dossier on a grid: from its latest self-assessment, or from the jury's reviews with the
// self-assessment beside them. Exact arithmetic (values/rational.hpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "grids/grid.hpp"
#include "i18n/lang.hpp"
#include "values/rational.hpp"
#include "score/review.hpp"
#include "tree/node.hpp"

namespace sieg::score {

using values::Rational;

struct DossierInput {
  std::string id;     // the file name without its extension
  std::string file;
  std::string title;  // action.intitule
  std::string call;   // appel
  std::string carrier;
  std::string siret;  // porteur.siret, as written
  std::vector<std::string> partners;
  std::vector<SelfAssessment> self;  // oldest first
  std::optional<std::int64_t> aid;   // budget.aide_demandee, in cents
};

DossierInput dossier_input(const tree::Node& dossier, const std::string& file);

struct Juror {
  std::string name, organisation, file, opinion;
  std::string opinion_comment;  // avis_commentaire
  std::vector<std::pair<std::string, std::string>> criteria;  // criterion id -> the juror's opinion
  bool excluded = false;
  std::string why;  // "declared" or the carrier/partner name the organisation matches
};

struct MarkerResult {
  const grids::Marker* marker = nullptr;
  std::optional<int> self;
  std::string self_text;
  std::vector<std::optional<int>> jury;   // one per juror, in juror order
  std::vector<std::string> comments;      // one per juror
  std::optional<Rational> mean, median;   // over the jurors kept
  Rational level;                         // the level scored: the aggregate, or the self level
  int reached = 0;                        // nearest_level(level): the descriptor shown
  Rational points, max;
  int spread = 0;                         // highest minus lowest level of the jurors kept
  bool disagreement = false;
};

struct DimensionResult {
  const grids::Dimension* dimension = nullptr;
  Rational points, max;
};

struct ThresholdResult {
  enum class Kind { MinTotalPercent, MinLevel, Eliminatory } kind;
  int value = 0;
  bool met = true;
  std::vector<std::string> failing;  // marker ids below the level
};

struct HistoryPoint {
  std::string date;
  std::optional<Rational> total;  // when that self-assessment covers every marker
};

enum class Source { None, Self, Jury };

struct Result {
  DossierInput dossier;
  const grids::Grid* grid = nullptr;
  grids::Aggregate aggregate = grids::Aggregate::Mean;
  Source source = Source::None;
  std::string self_date;
  std::vector<Juror> jurors;
  std::vector<MarkerResult> markers;
  std::vector<DimensionResult> dimensions;
  std::optional<Rational> total;
  Rational max;
  std::vector<ThresholdResult> thresholds;
  std::vector<HistoryPoint> history;
  std::vector<diag::Diagnostic> diags;

  // The kept reviewers' overall opinions (avis), counted.
  struct Opinions {
    int favorable = 0, reserve = 0, unfavorable = 0;
  };
  Opinions opinions() const {
    Opinions o;
    for (const auto& j : jurors) {
      if (j.excluded) continue;
      o.favorable += j.opinion == "favorable" ? 1 : 0;
      o.reserve += j.opinion == "reserve" ? 1 : 0;
      o.unfavorable += j.opinion == "defavorable" ? 1 : 0;
    }
    return o;
  }
  int kept_jurors() const {
    int n = 0;
    for (const auto& j : jurors) n += j.excluded ? 0 : 1;
    return n;
  }
  bool all_thresholds_met() const {
    for (const auto& t : thresholds)
      if (!t.met) return false;
    return true;
  }
};

struct Options {
  std::optional<grids::Aggregate> aggregate;  // overrides the grid's
  i18n::Lang lang = i18n::Lang::Fr;
  std::string reviews_dir;  // where this dossier's reviews are looked for, for hints ("evaluations/<id>/")
};

Result score_dossier(const grids::Grid& grid, const DossierInput& dossier, const std::vector<Review>& reviews,
                     const Options& options);

// Per reviewer: the mean of (their level - the mean of the other kept reviewers' levels) over every
// marker of every dossier where at least one other reviewer was kept. Positive: more generous.
struct Leniency {
  std::string reviewer;
  Rational deviation;
  int markers = 0;
};
std::vector<Leniency> leniency(const std::vector<Result>& results);

} // namespace sieg::score
