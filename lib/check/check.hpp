// `sieg check`: every dossier and review of a repository (or the paths given), in parallel, with
// results in a deterministic order.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "config/config.hpp"
#include "diag/diagnostic.hpp"
#include "grids/grid.hpp"
#include "i18n/lang.hpp"
#include "values/date.hpp"

namespace sieg::check {

enum class Kind { Dossier, Review };

struct FileReport {
  std::string file;  // as shown: relative to the working directory
  Kind kind = Kind::Dossier;
  std::vector<diag::Diagnostic> diags;
  bool eligible = false;               // dossiers: no error after overrides
  const calls::Call* call = nullptr;   // dossiers: the call checked against (it outlives the report)
};

struct Report {
  std::vector<FileReport> files;
  std::vector<std::string> off_notes;  // "SIEG-E025 off: reason"
  int dossiers = 0;
  int eligible = 0;
  diag::Counts counts;
};

struct Options {
  config::Config config;
  const calls::Call* call = nullptr;  // from the config; null: each dossier's own
  const grids::Grid* grid = nullptr;  // from the config; null: the call's
  i18n::Lang lang = i18n::Lang::Fr;
  std::optional<values::Date> date;
  unsigned jobs = 1;
  std::optional<std::set<std::string>> changed;  // --changed-since: files changed (relative to cwd)
};

// `paths`: files or folders to check; empty: the whole repository (the config's globs).
Report run(const std::vector<std::string>& paths, const Options& options);

// git diff --name-only REV (run in the working directory), as paths relative to it. Nothing when
// git fails or this is not a repository; `error` says why.
std::optional<std::set<std::string>> changed_since(const std::string& rev, std::string& error);

} // namespace sieg::check
