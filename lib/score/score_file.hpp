// Scoring a dossier file: read and check it, find its grid and its reviews, score.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grids/grid.hpp"
#include "score/score.hpp"

namespace sieg::score {

struct FileOptions {
  const grids::Grid* grid = nullptr;           // --grid; null: the grid of the dossier's call
  std::optional<std::string> reviews_root;      // --reviews
  std::optional<grids::Aggregate> aggregate;    // --aggregate
  i18n::Lang lang = i18n::Lang::Fr;
};

struct FileScore {
  std::string file;
  bool is_dossier = false;                 // loaded and passed its schema check
  std::vector<diag::Diagnostic> load_diags;  // why it is not a dossier, or review file problems
  std::optional<Result> result;            // set when a grid was found
  std::string grid_id;                     // the grid it was (or would be) scored on
};

FileScore score_file(const std::string& path, const FileOptions& options);

// A dossier already loaded (and shape-checked), scored on `grid` with the reviews found on disk for
// `path` (repo::review_files). A review that does not load leaves the result without a score: never a
// jury score without every review. `review_diags` holds the review files' own problems.
struct Reviewed {
  Result result;
  std::vector<diag::Diagnostic> review_diags;
};
Reviewed score_with_reviews(const grids::Grid& grid, const DossierInput& dossier, const std::string& path,
                            const std::optional<std::string>& reviews_root, const Options& options);

// The grid of a call (the call's "grid"); null when unknown.
const grids::Grid* grid_of_call(const std::string& call_id);

} // namespace sieg::score
