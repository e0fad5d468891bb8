// The meeting's record (sieg report --minutes): every dossier of the repository in rank order with its
// score, the jury's opinions and the decision taken, the aid granted against the envelope, and the
// payment schedule of the calls. Built by pipeline::build_minutes from the one pipeline's evaluations;
// rendered as Markdown, HTML (then PDF) or JSON.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "decision/decision.hpp"
#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "report/render.hpp"
#include "report/report.hpp"
#include "score/csv.hpp"
#include "score/rank.hpp"
#include "values/money.hpp"

namespace sieg::report {

enum class Standing { Ranked, SelfRanked, Incomplete, Ineligible, Unscored };

struct MinutesEntry {
  score::Entry entry;  // rank, score, eligibility, what an incomplete jury lacks
  Standing standing = Standing::Ranked;
  score::Result::Opinions opinions;                 // the kept reviewers' opinions
  std::optional<decision::Decision> decision;       // a decision file without error
  std::string decision_problem;                     // "[SIEG-D004] …": a decision file in error (not counted)
  std::vector<Instalment> schedule;                 // the call's payment schedule applied to the amount granted
};

struct MinutesGrid {
  const grids::Grid* grid = nullptr;
  std::vector<MinutesEntry> entries;  // ranked, then self-ranked, incomplete, ineligible, unscored
};

// One call's payment schedule over the dossiers it retained.
struct PaymentTable {
  std::string call_title;
  std::vector<std::pair<int, std::string>> terms;  // percent, when
  std::vector<std::pair<std::string, std::vector<values::Cents>>> rows;  // dossier id -> its instalments
  std::vector<values::Cents> totals;              // per instalment
};

struct Minutes {
  i18n::Lang lang = i18n::Lang::Fr;
  std::string title;  // --title, else « Procès-verbal — <the call's title> »
  std::string date;   // the latest date of the decisions; may be empty
  std::vector<MinutesGrid> grids;
  std::vector<LeftOut> left_out;  // files that are not valid dossiers
  int retained = 0, deferred = 0, refused = 0, undecided = 0;
  values::Cents granted = 0;              // the sum of the amounts granted
  std::optional<values::Cents> envelope;  // sieg.toml's envelope
  std::vector<PaymentTable> payments;     // per call with retained dossiers
  std::vector<std::string> no_schedule;   // titles of calls with retained dossiers but no payment schedule
};

std::string render_minutes_markdown(const Minutes& m);
std::string render_minutes_html(const Minutes& m);
std::string render_minutes_json(const Minutes& m);
// For the finance team: a row per dossier (carrier, SIRET, decision, aid asked and granted, each instalment
// and its trigger), the totals, the envelope and what is left of it.
std::string render_minutes_csv(const Minutes& m, const score::CsvStyle& style);

} // namespace sieg::report
