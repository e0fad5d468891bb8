// Jury reviews (schemas/review.schema.json) and the dossier's self-assessments, as typed values.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "schema/schema.hpp"
#include "tree/node.hpp"
#include "yaml/loader.hpp"

namespace sieg::score {

struct Level {
  int level = 0;
  std::string text;  // the reviewer's comment, or the holder's justification
  tree::Pos pos;
};

struct Review {
  std::string file;
  std::string dossier;
  std::string reviewer;
  std::string organisation;
  std::string date;
  std::string grid;
  std::string opinion;  // favorable | reserve | defavorable
  std::string opinion_comment;  // avis_commentaire: the reasons for the opinion, in the reviewer's words
  bool conflict_declared = false;
  std::string conflict_details;
  std::map<std::string, Level> levels;
  std::vector<std::string> order;  // marker ids as written
  // criteres: an opinion per appraisal criterion of the call (ids checked against the call: SIEG-R008)
  std::vector<std::pair<std::string, std::string>> criteria;
  std::map<std::string, tree::Pos> criteria_pos;
  tree::Pos pos, grid_pos, dossier_pos, levels_pos;
};

struct SelfAssessment {
  std::string date;
  std::string grid;  // empty: the call's grid
  std::map<std::string, Level> levels;
  std::vector<std::string> order;
  tree::Pos pos, levels_pos;
};

struct LoadedReview {
  std::optional<Review> review;
  std::vector<diag::Diagnostic> diags;  // loader and schema problems of the file
  // A review written by `sieg new --review` or `sieg assign` and not filled in yet (no marker has a
  // level): no review, one SIEG-R017 warning, and the reviewer's name (maybe empty) — a review to do.
  std::optional<std::string> pending;
};

// Loads and checks one review from its bytes (the pipeline reads the file); `path` names the file in
// diagnostics. A review with any error is not returned.
LoadedReview load_review_bytes(std::string_view bytes, const std::string& path, i18n::Lang lang);
// The same from a file the loader already read (the pipeline, which loads a file before it knows it
// is a review): it is not parsed twice.
LoadedReview load_review_loaded(yaml::LoadResult loaded, const std::string& path, i18n::Lang lang);

// The self-assessments of a dossier that passed its schema check, oldest first (stable for equal dates).
std::vector<SelfAssessment> self_assessments(const tree::Node& dossier);

} // namespace sieg::score
