// The repository model, written down once (man 5 sieg.toml, docs/ARCHITECTURE.md):
// - the configuration: the nearest sieg.toml up from a dossier's folder (--config FILE names one,
//   --no-config uses none);
// - a dossier's id: its file name without the extension, unique in the repository;
// - a dossier's reviews: REVIEWS/<id>/*.yaml, where REVIEWS is --reviews when given, else sieg.toml's
//   `reviews` folder when a sieg.toml is in force, else the folder `evaluations` beside the dossier;
// - which files are dossiers: sieg.toml's globs under its folder, outside the reviews folder; without
//   sieg.toml, the YAML files of the folder given, outside any `evaluations` folder.
#pragma once
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "config/config.hpp"
#include "diag/diagnostic.hpp"
#include "grids/grid.hpp"
#include "i18n/lang.hpp"
#include "io/read.hpp"
#include "schema/schema.hpp"

namespace sieg::pipeline {

// Limits, far beyond any call (a few hundred dossiers, a few reviewers each), that keep a run's time and
// memory bounded whatever is put in a repository (man 5 sieg.toml).
constexpr std::size_t kMaxReviewsPerDossier = 100;
constexpr std::size_t kMaxFilesPerRun = 100000;
// Beside sieg.toml: the reviews `sieg assign` gave out ([[assign]] tables), read with the repository.
constexpr const char* kAssignmentsFile = "assignments.toml";

// What the command line says about configuration and reviews (every command takes these).
struct Settings {
  std::string config_file;              // --config FILE: this sieg.toml, wherever the dossiers are
  bool no_config = false;               // --no-config: the defaults, whatever sieg.toml is around
  std::optional<std::string> reviews;   // --reviews DIR: over sieg.toml's and the default
};

class Repository {
 public:
  config::Config config;  // sieg.toml's, or the defaults rooted at the folder the search started from
  bool has_config = false;                   // a sieg.toml is in force
  std::optional<std::string> reviews_override;  // --reviews
  std::shared_ptr<const calls::Call> call;   // sieg.toml's `call`, loaded
  std::shared_ptr<const grids::Grid> grid;   // sieg.toml's `grid`, loaded
  // The repository's own calls: sieg.toml's `calls` files, and `call` when it is a file. One with a
  // built-in id stands for the built-in call in this repository.
  std::vector<std::shared_ptr<const calls::Call>> own_calls;
  // The grid of each own call whose `grid` is a file (beside the call file), by call id.
  std::map<std::string, std::shared_ptr<const grids::Grid>> own_grids;
  // A call by id: the repository's own, else a built-in one; null when neither.
  const calls::Call* find_call(const std::string& id) const;
  // A call's grid: its file's (own_grids), else the built-in grid it names; null when neither.
  const grids::Grid* grid_of(const calls::Call& call) const;
  // Every call in force, the built-in ones first (an own call with a built-in id in its place).
  std::vector<const calls::Call*> all_calls() const;
  std::vector<config::Pin> assignments;      // assignments.toml beside sieg.toml (sieg assign), if any
  // The dossier schema in force: the built-in one, or — when the repository has calls of its own — the
  // built-in one with their ids among `appel`'s choices and their questions (calls/dossier_schema).
  std::shared_ptr<const schema::CompiledSchema> dossier_schema;
  std::string dossier_schema_json;  // its text (what `sieg calls schema` prints); empty: the built-in one
  const schema::CompiledSchema& schema() const;

  // The folder holding <id>/ for this dossier's reviews (a path from the working directory).
  std::string reviews_root(const std::string& dossier_path) const;
  // REVIEWS/<id>/*.yaml|yml, sorted.
  std::vector<std::string> review_files(const std::string& dossier_path) const;
  // For a file in a reviews folder (REVIEWS/<id>/<reviewer>.yaml): the id of the dossier it reviews.
  std::optional<std::string> review_owner(const std::string& path) const;
  // For such a review: the dossier file it belongs to, when it exists.
  std::optional<std::string> dossier_of_review(const std::string& path) const;
  // A file (as `shown`) that the model takes for a dossier: under sieg.toml's globs, outside the
  // reviews folder; without sieg.toml, any YAML file outside an `evaluations` folder.
  bool is_dossier(const std::string& path) const;
  // A YAML file in a folder of sieg.toml's dossier globs (their part before the first wildcard:
  // "dossiers/" of "dossiers/**/*.yaml") that no glob takes, outside the reviews folder: the glob of a
  // folder that holds the dossiers, missing it (x.yml beside *.yaml). sieg check reports it (SIEG-P008).
  // Returns that folder, as in the glob ("dossiers/").
  std::optional<std::string> missed_by_globs(const std::string& path) const;
  // The dossiers of the repository (see the model above), sorted, as paths from the working directory.
  std::vector<std::string> dossier_files() const;
  // The files of this repository other than `path` whose id is the same as `path`'s (listed once,
  // lazily, and only when a sieg.toml is in force: without one there is no repository to list).
  std::vector<std::string> same_id(const std::string& path) const;
  // The repository's dossiers as a listing found them (they are not walked again for same_id).
  void know_dossiers(const std::vector<const std::string*>& files) const;
  // "sieg.toml" (its path) or nothing: which configuration is in force, for the text outputs.
  std::optional<std::string> config_file() const;
  // Reads a file of the repository: with a sieg.toml in force, nothing whose real path (links resolved)
  // is outside sieg.toml's folder is read (SIEG-IO08), so a link cannot make sieg read or echo another
  // file of the machine.
  io::Input read(const std::string& path, i18n::Lang lang) const;
  std::string real_root;  // sieg.toml's folder, links resolved (with a sieg.toml in force)

  // Files just read through read() (sieg check hashing a unit for its cache key before evaluating it):
  // while a Held lives, read() on this thread hands each over once instead of reading it again.
  class Held {
   public:
    explicit Held(std::vector<std::pair<std::string, io::Input>>& inputs);
    ~Held();
    Held(const Held&) = delete;
    Held& operator=(const Held&) = delete;

   private:
    std::vector<std::pair<std::string, io::Input>>* previous_;
  };

 private:
  mutable std::once_flag ids_once_;
  mutable std::map<std::string, std::vector<std::string>> ids_;
  void index_ids(const std::vector<const std::string*>& files) const;
};

// A call file with its grid: a built-in one (grid null) or a file beside the call file, read through
// the repository.
struct CallFile {
  std::shared_ptr<const calls::Call> call;  // null when it does not load (diagnostics say why)
  std::shared_ptr<const grids::Grid> grid;
};
CallFile load_call_text(const Repository& repo, const std::string& bytes, const std::string& path, i18n::Lang lang,
                        std::vector<diag::Diagnostic>& diags);

struct Opened {
  std::shared_ptr<const Repository> repo;  // null when sieg.toml (or its call or grid) has errors
  std::vector<diag::Diagnostic> diags;     // SIEG-IO, SIEG-T001, SIEG-C001, SIEG-G001
};

// The repository in force for a folder: the nearest sieg.toml up from `start` (or as `settings` say).
Opened open_repository(const std::string& start, const Settings& settings, i18n::Lang lang);

// The repositories of several files (each file's own sieg.toml), each opened once.
class Repositories {
 public:
  Repositories(Settings settings, i18n::Lang lang) : settings_(std::move(settings)), lang_(lang) {}
  // The repository in force for a file; null after adding why to `diags` (once per sieg.toml).
  std::shared_ptr<const Repository> for_file(const std::string& path, std::vector<diag::Diagnostic>& diags);

 private:
  Settings settings_;
  i18n::Lang lang_;
  std::map<std::string, Opened> by_config_;  // key: the sieg.toml's absolute path, or "" for none
};

// "examples/a.yaml" -> "a"
std::string dossier_id(const std::string& path);

// For a YAML file that is clearly not a dossier, what it is ("MkDocs", "pre-commit", "GitHub Actions"...):
// a known tool's configuration by its name, or any file under a hidden folder or itself hidden
// (".gitlab-ci.yml"). Such files are never taken for dossiers, whatever sieg.toml's globs say.
std::optional<std::string> known_non_dossier(const std::string& path);

// An id that can name a folder of reviews: ASCII letters and digits, then also '-', '_' and '.', at most
// 100 characters ("..", ".hidden" or "a/b" are not ids). No path is built from any other.
bool valid_id(const std::string& id);

// Every YAML file under `dir` (or `dir` itself when it is a file), leaving out hidden folders, build*
// and node_modules; no more than kMaxFilesPerRun + 1 (the one more says the limit is passed). The one
// walk of the repository model (listings, dossier_files).
void walk_yaml(const std::string& dir, std::vector<std::string>& out);

// Path as shown to the user: lexically normal, without a leading "./".
std::string shown(const std::string& path);

} // namespace sieg::pipeline
