// Reports and the jury's site from the pipeline's evaluations: what `sieg report` renders is exactly
// what every other command decided.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "pipeline/evaluate.hpp"
#include "report/report.hpp"
#include "report/site.hpp"
#include "score/rank.hpp"

namespace sieg::pipeline {

struct Built {
  std::optional<report::Report> report;  // set when the dossier's shape is right and its call known
  std::vector<diag::Diagnostic> diags;   // why not (I/O, YAML, schema, unknown call)
};
Built build_report(const Evaluation& e, const report::Options& options);

// The ranking entry of an evaluated dossier (nothing when it has no score value at all).
std::optional<score::Entry> rank_entry(const Evaluation& e);

// `evaluations`: the dossiers of a folder (sorted); `title`: the folder as the user named it.
report::Site build_site(const std::vector<Evaluation>& evaluations, const std::string& title, const report::Options& options);

} // namespace sieg::pipeline
