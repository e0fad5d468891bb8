// The result of `sieg check` as values (filled by pipeline::check_repository), rendered by check/render.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "diag/diagnostic.hpp"
#include "values/rational.hpp"

namespace sieg::check {

enum class Kind { Dossier, Review };  // Review: any file of a reviews folder (a review, a decision)

struct FileReport {
  std::string file;  // as shown: relative to the working directory
  Kind kind = Kind::Dossier;
  std::vector<diag::Diagnostic> diags;
  bool eligible = false;               // dossiers: no error after overrides
  const calls::Call* call = nullptr;   // dossiers: the call checked against (it outlives the report)
  std::optional<values::Rational> total;  // dossiers: the score (jury, else self-assessment), when there is one
  std::string source;                  // "jury", "self" or "" (no score)
  diag::Counts hidden;                 // findings past --max-errors: counted, not listed
};

struct Report {
  std::vector<FileReport> files;  // empty when they were streamed (pipeline::CheckOptions::sink)
  int file_count = 0;             // files reported, streamed or in `files`
  std::vector<std::string> off_notes;  // "SIEG-E025 off: reason"
  std::string config_file;             // the sieg.toml in force; empty: none
  std::vector<std::string> not_dossiers;  // paths given that are neither dossiers nor reviews of the repository
  std::vector<std::string> deleted;       // --changed-since: files deleted since the revision
  int dossiers = 0;
  int eligible = 0;
  diag::Counts counts;
};

} // namespace sieg::check
