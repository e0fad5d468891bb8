// Reports and the jury's site from the pipeline's evaluations: what `sieg report` renders is exactly
// what every other command decided.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "pipeline/evaluate.hpp"
#include "report/minutes.hpp"
#include "report/report.hpp"
#include "report/site.hpp"
#include "score/rank.hpp"

namespace sieg::pipeline {

struct Built {
  std::optional<report::Report> report;  // set when the dossier's shape is right and its call known
  std::vector<diag::Diagnostic> diags;   // why not (I/O, YAML, schema, unknown call)
};
// Redacted (options.redact): nobody the repository knows is named; `known` is everyone it knows
// (known_people), computed from this dossier and sieg.toml's jury when not given.
Built build_report(const Evaluation& e, const report::Options& options, const text::Masker* known = nullptr);

// A redacted output's word on a file that is not a valid dossier: where, the code and its meaning from the
// registry — never the message, which may quote a personal field.
// `call`: the dossier's call, whose own rule codes (a repository's call) the registry does not know.
std::string redacted_problem(const diag::Diagnostic& d, i18n::Lang lang, const calls::Call* call = nullptr);

// The ranking entry of an evaluated dossier (nothing when it has no score value at all).
std::optional<score::Entry> rank_entry(const Evaluation& e);

// `evaluations`: the dossiers of a folder (sorted); `title`: --title, else the folder as the user named it;
// `today`: for the reviewers' pages (late after sieg.toml's review_deadline).
report::Site build_site(const std::vector<Evaluation>& evaluations, const std::string& title, const report::Options& options,
                        const values::Date& today);

struct MinutesOptions {
  i18n::Lang lang = i18n::Lang::Fr;
  std::string title;                 // --title; empty: « Procès-verbal — <the call's title> »
  std::string folder;                // the folder as the user named it (the title when no call is known)
  bool redact = false;               // --redact: nobody the repository knows is named (known_people)
};
struct BuiltMinutes {
  report::Minutes minutes;
  std::vector<diag::Diagnostic> diags;  // the decision files' findings, and SIEG-D007 (envelope exceeded)
};
// The meeting's record of a repository: `evaluations` are its dossiers (evaluate_repository).
BuiltMinutes build_minutes(const std::vector<Evaluation>& evaluations, const Repository& repo, const MinutesOptions& options);

} // namespace sieg::pipeline
