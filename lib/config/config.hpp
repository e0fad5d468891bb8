// sieg.toml: the configuration of a repository of submissions, found by walking up from the
// working directory (like .editorconfig).
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::config {

struct Off {
  std::string code;
  std::string reason;  // mandatory: the jury must know why a check is silent
};

// A member of the jury ([[jury]]): who may review, for how many dossiers, and the dossiers they declared
// a conflict with before any assignment.
struct Juror {
  std::string name;
  std::string organisation;
  std::string email;                   // optional
  int capacity = 0;                    // most dossiers to review; 0: no limit
  std::vector<std::string> conflicts;  // ids of dossiers the juror may not review (declared)
  int line = 0;                        // where in sieg.toml, for messages
};

// A review pinned by hand ([[assign]]): this reviewer reviews this dossier, whatever `sieg assign` finds.
struct Pin {
  std::string dossier;
  std::string reviewer;
  int line = 0;
};

constexpr std::size_t kMaxCallFiles = 50;

struct Config {
  std::string file;  // path of sieg.toml; empty when there is none
  std::string root;  // its folder, or "." when there is none
  std::string call;  // a call's id or a call file (relative to root); empty: each dossier's own
  std::string grid;  // a grid's id or a grid file; empty: the call's
  std::vector<std::string> calls;  // the repository's call files (relative to root), beside the built-in calls
  std::vector<std::string> dossiers{"**/*.yaml", "**/*.yml"};  // globs relative to root
  std::string reviews = "evaluations";                          // folder relative to root
  std::map<std::string, diag::Severity> severity;                // overrides by code, or by code glob ("SIEG-E*")
  std::vector<Off> off;                                          // checks turned off, with reasons
  std::vector<Juror> jury;                                       // [[jury]]
  std::unordered_map<std::string, std::size_t> jury_index;       // text::name_key(name) -> its first entry in jury
  int reviews_per_dossier = 0;                                   // reviews expected per dossier; 0: not set
  std::string review_deadline;                                   // YYYY-MM-DD; after it a missing review is late
  std::vector<Pin> assign;                                       // [[assign]]
  std::optional<std::int64_t> envelope;                          // cents: the call's budget, against the aid granted
  // Rule codes ([severity], [[off]]) that no built-in call has, left for the repository's own calls (`calls`)
  // to define: check_pending_codes once they are loaded.
  struct Pending {
    std::string code;
    int line = 0, col = 0;
  };
  std::vector<Pending> pending_codes;
};

// The pending codes of `config` against every code of the calls in force: SIEG-T001 for each that none has.
std::vector<diag::Diagnostic> check_pending_codes(const Config& config, const std::vector<std::string>& known, i18n::Lang lang);

// assignments.toml beside sieg.toml, written by `sieg assign`: [[assign]] tables like sieg.toml's, each
// reviewer a member of `config`'s jury.
struct PinsResult {
  std::vector<Pin> pins;
  std::vector<diag::Diagnostic> diags;  // SIEG-T001
};
PinsResult load_assignments(const std::string& toml_text, const std::string& file, i18n::Lang lang, const Config& config);

// The juror of `config` named `name` (case, accents and spacing aside), or null.
const Juror* find_juror(const Config& config, const std::string& name);

struct LoadResult {
  std::optional<Config> config;
  std::vector<diag::Diagnostic> diags;  // SIEG-T001 at file:line:col
};

// `known_codes`: every code that can be overridden or turned off (unknown ones are errors); asked for
// only when the file names a code, since building it parses every embedded call.
using KnownCodes = std::function<std::vector<std::string>()>;
LoadResult load_config(const std::string& toml_text, const std::string& file, i18n::Lang lang,
                       const KnownCodes& known_codes);
LoadResult load_config(const std::string& toml_text, const std::string& file, i18n::Lang lang,
                       const std::vector<std::string>& known_codes);

// True when a [severity] key is a glob ('*', '?', '[') rather than one code.
bool is_code_glob(const std::string& key);

// The severity sieg.toml sets for `code`: its own entry, else the longest glob matching it (the most
// specific; equal lengths: the first in code order), else nothing (the code's default stands).
std::optional<diag::Severity> severity_for(const Config& config, const std::string& code);

// The nearest sieg.toml in `start` or one of its parents.
std::optional<std::string> find_config(const std::string& start);

// Glob on '/'-separated relative paths: '*' and '?' within a segment, '**' across segments,
// [abc] classes.
bool glob_match(const std::string& pattern, const std::string& path);

// The configuration in force where there is no sieg.toml: `root` with the defaults.
Config default_config(const std::string& root);

// The reviews folder, as a path from the working directory.
std::string reviews_dir(const Config& config);

// The default sieg.toml that `sieg init` writes.
// The dossiers' globs `sieg init` writes into sieg.toml, and maps to the dossier schema in the editors'
// settings: one list, so that what an editor checks is what sieg check checks.
const std::vector<std::string>& init_dossier_globs();
// `call_file`: the repository's own call file (listed in `calls`; its grid is the call's).
std::string default_config_text(const std::string& call_id, const std::string& grid_id, const std::string& call_file = "");

} // namespace sieg::config
