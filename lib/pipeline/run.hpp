// A repository at once: its files listed in one pass, every dossier evaluated (in parallel) through the
// one pipeline, in a deterministic order. sieg check, rank, score (no path) and the site use this.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "pipeline/cache.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/repository.hpp"

namespace sieg::pipeline {

// The YAML files under a repository, in one walk: its dossiers, and review files by the folder that
// holds them (REVIEWS/<id>).
struct Listing {
  std::vector<std::string> files;                            // every YAML file seen, sorted
  std::optional<diag::Diagnostic> too_many;                  // SIEG-P005: the walk stopped at kMaxFilesPerRun
  std::vector<const std::string*> dossiers;                  // into `files`, sorted
  std::map<std::string, std::vector<std::string>> reviews;  // "REVIEWS/<id>" -> its files, sorted
  Listing() = default;
  Listing(const Listing&) = delete;  // `dossiers` points into `files`: moved, never copied
  Listing(Listing&&) = default;
};
Listing list(const Repository& repo, i18n::Lang lang = i18n::Lang::En);

// Every dossier of the repository with its reviews, sorted by file; `jobs` threads. Problems of the run
// itself (SIEG-P005, too many files: nothing is evaluated) go to `problems` when given.
std::vector<Evaluation> evaluate_repository(const Repository& repo, const Options& options, unsigned jobs,
                                            std::vector<diag::Diagnostic>* problems = nullptr);

struct CheckOptions {
  Options eval;
  unsigned jobs = 1;
  std::optional<std::set<std::string>> changed;  // --changed-since: files changed (relative to cwd)
  const ResultCache* cache = nullptr;            // results of units already checked (pipeline/cache.hpp)
  // When set, each file's report goes here instead of into Report::files, in the same order, as soon as
  // it and every unit before it are checked (called under a lock, one at a time): output streamed, memory
  // flat whatever the size of the repository.
  std::function<void(check::FileReport&&)> sink;
};

// sieg check: every dossier and review of the repository, or those under `paths` (which still go
// through sieg.toml's globs: a file that is neither a dossier nor a review of the repository is not
// checked). A path that does not exist is an SIEG-IO01 finding.
check::Report check_repository(const std::vector<std::string>& paths, const Repository& repo, const CheckOptions& options);

// SIEG-P006: each of sieg.toml's `dossiers` globs that matches no file of the listing (warnings).
std::vector<diag::Diagnostic> empty_globs(const Repository& repo, const Listing& l, i18n::Lang lang);
// SIEG-P009: the repository's schemas/dossier.schema.json (what sieg init wrote for editors) is not the
// dossier schema sieg checks with — written by another version of sieg, or before the repository's call
// file: the editor gives another verdict. None when the file is not there.
std::optional<diag::Diagnostic> stale_editor_schema(const Repository& repo, i18n::Lang lang);
// SIEG-P007: the repository holds no dossier at all (an I/O-class problem: the run exits 2).
diag::Diagnostic no_dossier(const Repository& repo, i18n::Lang lang);

// The report of one evaluation, as sieg check shows it: the dossier, then each of its reviews.
std::vector<check::FileReport> file_reports(const Evaluation& e);

// What changed since a git revision (git diff --name-status -M REV, plus untracked files), as paths
// relative to the working directory.
struct Changes {
  std::set<std::string> files;                              // added, modified, copied, renamed (new name), untracked
  std::vector<std::string> deleted;                         // gone since REV
  std::vector<std::pair<std::string, std::string>> renamed; // (old, new)
};
// Nothing when git fails or this is not a repository; `error` says why, with git's own message.
std::optional<Changes> changed_since(const std::string& rev, std::string& error);
// The files sieg check looks at for these changes: the changed files, the reviews left behind by a
// dossier deleted or renamed (under its old id), the dossier of a review deleted or moved away.
std::set<std::string> files_to_check(const Changes& c, const Repository& repo);

// What a run reads, as file identities (device, inode): the YAML files of the repository (dossiers,
// reviews), sieg.toml, and `given` (the paths named on the command line). One rule for check's
// --output-format, report's -o and the site's pages: an output must be none of them. Listed once;
// each look-up is one stat.
class Inputs {
 public:
  Inputs(const Repository& repo, const std::vector<std::string>& given);
  // What these evaluations read: their dossiers, reviews and decisions, sieg.toml and the repository's
  // call files — not every YAML file under the root (sieg handout writes YAML files, its own, on each run).
  Inputs(const Repository& repo, const std::vector<Evaluation>& read);
  bool contains(const std::string& output) const;

 private:
  std::set<std::pair<unsigned long, unsigned long>> ids_;
};

// Runs fn(i) for i in [0, n) on `jobs` threads.
void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& fn);

} // namespace sieg::pipeline
