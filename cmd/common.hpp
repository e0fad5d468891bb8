// Small pieces several subcommands share.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "config/config.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/repository.hpp"
#include "diag/diagnostic.hpp"
#include "io/secret.hpp"
#include "values/date.hpp"

namespace sieg::cmd {

// --date YYYY-MM-DD: the date, or nothing after saying what is wrong (the caller exits 2).
// An empty value is "not given": nothing is returned, `ok` stays true, nothing is printed.
std::optional<values::Date> date_option(const std::string& value, const Globals& g, bool& ok);

// The pipeline's options every command starts from: the language and --today.
pipeline::Options pipeline_options(const Globals& g);

// --config, --no-config and --reviews as the pipeline takes them.
pipeline::Settings settings_of(const Globals& g, const std::string& reviews);

// The repository in force for the folder `start` (the nearest sieg.toml up from it, or as --config and
// --no-config say). Nothing, after printing the problems, when sieg.toml (or its call or grid) has mistakes.
std::shared_ptr<const pipeline::Repository> open_repo(const std::string& start, const Globals& g, const std::string& reviews);

// "configuration: PATH" when a sieg.toml is in force (nothing with the defaults).
// --call ID|FILE (validate, form, new): a call in force by id (the repository's own or a built-in one),
// else a call file (named on the command line, so read wherever it is) with its grid. `grid` is the
// call's grid (null when unknown). Nothing after printing why.
struct CallChoice {
  std::shared_ptr<const calls::Call> call;
  std::shared_ptr<const grids::Grid> grid;
};
// `label` starts the message of an unknown call ("--call : ").
std::optional<CallChoice> call_option(const std::string& value, const pipeline::Repository& repo, const Globals& g,
                                      const i18n::Text& label = {"--call : ", "--call: "});

std::string config_note(const std::optional<std::string>& file, i18n::Lang lang);

// Prints diagnostics (sieg.toml's problems...) on standard error.
void print_diags(const std::vector<diag::Diagnostic>& diags, const Globals& g);

// --date YYYY-MM-DD, the reference date of deadline rules (validate, report, rank, check).
void add_date_option(CLI::App& app, std::string& date, i18n::Lang lang);

// --max-errors N: findings listed per file (default 50, 0 = all); the others are counted.
void add_max_errors_option(CLI::App& app, std::size_t& max, i18n::Lang lang);

// -q/--quiet: the errors alone in text output, no summary (counts and exit code unchanged).
void add_quiet_option(CLI::App& app, bool& quiet, i18n::Lang lang);

// --excel: CSV for spreadsheets (byte-order mark, headers in the output language), score and rank.
void add_excel_option(CLI::App& app, bool& excel, i18n::Lang lang);
// --excel with a --format other than csv (or the default `fallback`): the usage error, and true.
bool excel_conflicts(bool excel, const std::string& format, const Globals& g);
// A CLI11 parse error's message in `lang` (cli_errors.cpp): French for the usual forms.
std::string parse_error_text(const std::string& what, i18n::Lang lang);

// --reviews, --grid and --aggregate, shared by score and rank.
void add_scoring_options(CLI::App& app, std::string& reviews, std::string& grid, std::string& aggregate, i18n::Lang lang);

// 2 when an input could not be read, 1 when there is an error, else 0 (warnings too with
// fail_on_warning).
int exit_code(const diag::Counts& c, bool fail_on_warning = false);
// check --fail-on: "shape" (exit 1 on an error that is not a call's rule: a broken file), "error"
// (any error, the default) or "warning".
int check_exit_code(const diag::Counts& c, const std::string& fail_on);

// "sieg: error: " and the message (fmt fields {0}, {1}) on standard error.
void print_error(const Globals& g, const i18n::Text& t, const std::string& a = "", const std::string& b = "");
// This machine's secret (io/secret.hpp), from $XDG_CACHE_HOME or $HOME; nothing, with `why`, without one.
std::optional<io::Secret> machine_secret(std::string& why);

// "sieg: warning: " and the message, likewise.
void print_warning(const Globals& g, const i18n::Text& t, const std::string& a = "", const std::string& b = "");

// "N YAML file(s) left out, not being valid dossiers (sieg validate says why): a, b" (empty when none).
std::string left_out_note(const std::vector<std::string>& files, i18n::Lang lang);

// Writes every file (folders created, atomically), or none when one of them exists already; prints
// "created: PATH" for each. Exit code.
int write_new_files(const std::vector<std::pair<std::string, std::string>>& files, const Globals& g);

// <prefix>/share/sieg/schemas/NAME beside <prefix>/bin/sieg, as an absolute path, when it exists.
std::string installed_schema(const std::string& name);
// -o OUTPUT is one of the run's inputs (the repository's YAML files, sieg.toml, `read`): says so and returns
// true (the command exits 2). "-" (standard output) never is.
bool output_is_input(const std::string& output, const pipeline::Repository& repo, const std::vector<std::string>& read,
                     const Globals& g);

// The schema NAME for a modeline in a file of `folder`: the repository's schemas/NAME (sieg init's copy),
// relative to `folder`, when a sieg.toml is in force and has it; else the installed one; else "".
std::string modeline_schema(const pipeline::Repository& repo, const std::string& name, const std::string& folder);

// A review to fill in for `e` by `reviewer`: (path where the repository model looks for it, content).
// `e` has a grid; the reviewer's name gives the file name (text::slug, not empty).
std::pair<std::string, std::string> review_scaffold(const pipeline::Evaluation& e, const pipeline::Repository& repo,
                                                    const std::string& reviewer, const Globals& g);
// Documents (reports, minutes, the form) are French unless asked otherwise: --lang, or a locale that names a
// language (fr or en). An unset or "C" locale gives French, the language of the calls.
i18n::Lang document_lang(const Globals& g);

// sieg new --review DOSSIER --reviewer NAME (cmd/new_review.cpp).
int new_review(const std::string& dossier, const std::string& reviewer, const Globals& g);
// sieg new --decision DOSSIER (cmd/new_decision.cpp).
int new_decision(const std::string& dossier, const Globals& g);

} // namespace sieg::cmd
