// The one pipeline: a dossier (or a review, through its dossier) becomes one value that every command
// renders. bytes -> guarded loader -> schema -> the call's rules -> reviews found by the repository
// model -> score -> sieg.toml's [severity] and [[off]] -> eligibility. No command reads a dossier or a
// review any other way, so a dossier gets the same diagnostics, eligibility and total everywhere.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calls/call.hpp"
#include "decision/decision.hpp"
#include "diag/diagnostic.hpp"
#include "grids/grid.hpp"
#include "i18n/lang.hpp"
#include "pipeline/repository.hpp"
#include "schema/schema.hpp"
#include "score/review.hpp"
#include "score/score.hpp"
#include "tree/node.hpp"
#include "values/date.hpp"

namespace sieg::pipeline {

struct Options {
  i18n::Lang lang = i18n::Lang::Fr;
  std::optional<values::Date> date;            // --date: "today" for deadlines (else date_depot, else today)
  std::optional<values::Date> today;           // --today: today's date (else the day in Europe/Paris)
  const calls::Call* call = nullptr;           // --call: over sieg.toml's and the dossier's own
  // The dossier schema of --call's file (its questions, its id in `appel`); null: the repository's.
  const schema::CompiledSchema* call_schema = nullptr;
  const grids::Grid* grid = nullptr;           // --grid: over sieg.toml's and the call's
  std::optional<grids::Aggregate> aggregate;   // --aggregate: over the grid's
  const schema::CompiledSchema* schema = nullptr;  // --schema: every file against it; null: the built-in
  bool eligibility = true;                     // false: --shape-only (no rules, no reviews, no score)
  // Findings about the repository as a whole (SIEG-P002, an id used twice): set by the runs that list the
  // repository (check, rank, score and the site); a single file is not worth a walk of every folder.
  bool repository_checks = false;
  // --max-errors (validate and check, whose output is a list of findings): findings kept per file; 0, the
  // default, keeps all, so that score, rank and reports judge every rule on every finding. The others
  // are counted in Evaluation::hidden (and a review's in ReviewFile::hidden), never dropped from the counts.
  std::size_t max_diagnostics = 0;
};

struct ReviewFile {
  std::string file;
  std::vector<diag::Diagnostic> diags;  // its own problems and the scoring's, after sieg.toml
  diag::Counts hidden;                  // findings past --max-errors
  std::optional<score::Review> review;  // when it loaded without error
  std::optional<std::string> pending;   // a review not filled in yet (SIEG-R017): its reviewer's name
};

// REVIEWS/<id>/decision.yaml: what was decided for the dossier (man 5 sieg-decision).
struct DecisionFile {
  std::string file;
  std::vector<diag::Diagnostic> diags;       // its own problems and its checks against the dossier, after sieg.toml
  diag::Counts hidden;                       // findings past --max-errors
  std::optional<decision::Decision> decision;  // when it loaded without error
  bool pending = false;                        // not filled in yet (SIEG-D009): no decision taken
};

enum class Kind { Dossier, Review };

struct Evaluation {
  Kind kind = Kind::Dossier;  // Review: a review or decision file, evaluated through its dossier when it has one
  std::string file;           // as the user named it
  std::string id;             // the dossier's id (file stem)
  std::vector<diag::Diagnostic> diags;  // about the dossier's file, in file order, after sieg.toml
  diag::Counts hidden;                  // findings past --max-errors, counted but not kept
  std::optional<tree::Node> root;       // the loaded tree
  bool shape_ok = false;                // loaded and passed the schema check
  const calls::Call* call = nullptr;    // the call checked against
  const grids::Grid* grid = nullptr;    // the grid scored on
  std::vector<ReviewFile> reviews;      // the dossier's reviews, sorted by file
  std::optional<DecisionFile> decision;  // the decision file beside them, if there is one
  std::optional<score::DossierInput> input;  // typed self-assessments, carrier, partners
  std::optional<score::Result> score;   // set when a grid applies (total empty: nothing to score)
  bool eligible = false;                // shape right and no eligibility error after sieg.toml
  const Repository* repo = nullptr;   // the repository model it was evaluated in

  // The eligibility error shown as "why": SIEG-P003 when the dossier answers another call, else the
  // first in file order (null when eligible).
  const diag::Diagnostic* first_failure() const;
  // Every diagnostic of the dossier, its reviews and its decision.
  std::vector<diag::Diagnostic> all_diags() const;
};

// Codes whose errors make a dossier ineligible: the call's rules (SIEG-E…) and answering another call
// than the repository's (SIEG-P003).
bool is_eligibility_code(const std::string& code);

// A dossier file with its reviews.
Evaluation evaluate(const std::string& path, const Repository& repo, const Options& options);
// The same from bytes already read ("-", fuzzing); `name` names the file and finds its reviews.
Evaluation evaluate_bytes(std::string_view bytes, const std::string& name, const Repository& repo, const Options& options);
// The same with the list of its reviews already known (a repository run lists them in one pass).
Evaluation evaluate_with_reviews(const std::string& path, const std::vector<std::string>& review_paths,
                                 const Repository& repo, const Options& options);

// A file given to validate or check: a dossier, a jury review or a decision (then its dossier is
// evaluated and the file's own diagnostics are returned in `diags`). A review whose dossier does not exist is
// checked on its own and gets SIEG-R020 when it stands in a reviews folder.
Evaluation evaluate_file(const std::string& path, const Repository& repo, const Options& options);
Evaluation evaluate_file_bytes(std::string_view bytes, const std::string& name, const Repository& repo,
                               const Options& options);

// The loaded file is a jury review: `evaluateur` and `niveaux`, neither `appel` nor `action`.
bool looks_like_review(const tree::Node& root);

// The same dossier scored again on another grid or aggregation (rank --what-if): nothing is read.
std::optional<score::Result> rescore(const Evaluation& e, const grids::Grid& grid, std::optional<grids::Aggregate> aggregate,
                                     i18n::Lang lang);

// SIEG-R020 for a review of a dossier that does not exist.
diag::Diagnostic orphan_review(const std::string& review, const std::string& id, i18n::Lang lang);

} // namespace sieg::pipeline
