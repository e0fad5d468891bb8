// What a jury member reads before the meeting, as values: the dossier's identity, partners, needs,
// budget, eligibility checklist, scores and self-assessment history. Built once, then rendered as
// Markdown, HTML or JSON (report/render.hpp). Every string here is the dossier's own text or sieg's;
// escaping for a target format is the renderers' job.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calls/call.hpp"
#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "schema/schema.hpp"
#include "tree/node.hpp"
#include "values/date.hpp"
#include "score/score.hpp"
#include "text/mask.hpp"

namespace sieg::report {

// One labelled field of the dossier: "Phase" -> "Émergence". Lists keep their items apart.
struct Field {
  std::string path;   // "action.phase"
  std::string label;  // the schema's title in the report's language
  std::vector<std::string> values;
  bool redacted = false;  // personal data replaced by the redaction mark
};

struct Section {
  std::string id;  // "action", "porteur", "besoins", "calendrier"
  std::string title;
  std::vector<Field> fields;
};

struct Partner {
  std::string name, nature, role, departement;
  std::string contact;  // the partner's contact in one line (personal: masked in a redacted report)
};

struct MoneyLine {
  std::string label;   // expense label or funder
  std::string detail;  // expense category or resource status, as labels
  std::int64_t cents = 0;
};

struct Instalment {
  int percent = 0;
  std::string when;
  std::int64_t cents = 0;
};

struct Budget {
  std::vector<MoneyLine> expenses, resources;
  std::int64_t total_expenses = 0, total_resources = 0;
  std::optional<std::int64_t> aid;  // budget.aide_demandee
  std::optional<std::int64_t> cap;  // the call's cap on the aid (a max_amount rule on aide_demandee)
  std::vector<Instalment> schedule;  // the call's payment schedule applied to the aid

  std::int64_t balance() const { return total_resources - total_expenses; }
};

// A criterion the jury weighs beside the grid, with each kept reviewer's written opinion.
struct CriterionView {
  std::string id, group, label, source;
  std::vector<std::pair<int, std::string>> opinions;  // reviewer number (R1 = 1, the jurors' order) -> opinion
};

enum class Status { Passed, Failed, Warning, Info, NotApplicable, Off };  // Off: turned off by sieg.toml; Info: context

struct RuleCheck {
  std::string code;
  std::string statement;
  std::string source;
  Status status = Status::Passed;
  std::vector<std::string> messages;  // "line:col: message" of each finding
};

struct Report {
  std::string file;  // as given
  std::string id;    // file name without extension
  i18n::Lang lang = i18n::Lang::Fr;
  bool redacted = false;
  std::string title;  // action.intitule
  std::string call_id, call_title;
  std::string deposit;  // date_depot
  std::vector<Section> sections;
  std::vector<Partner> partners;
  Budget budget;
  std::vector<RuleCheck> checklist;
  std::optional<score::Result> score;  // when the call has a grid
  std::vector<CriterionView> criteria;  // the call's criteria, when a kept review gives an opinion on one
  std::vector<diag::Diagnostic> review_diags;  // problems in review files (then no jury score)

  std::vector<diag::Diagnostic> diagnostics;   // the dossier's own, after sieg.toml (as sieg validate)
  bool is_eligible = false;                    // the pipeline's verdict
  std::optional<diag::Diagnostic> failure;     // the eligibility error shown as "why" (the pipeline's first)

  bool eligible() const { return is_eligible; }
};

struct Options {
  i18n::Lang lang = i18n::Lang::Fr;
  bool redact = false;
  // For a juror's handout: the dossier as its carrier sent it, scored on its self-assessment; no other
  // juror's levels, opinions or names (pipeline::build_report).
  bool blind = false;
};

// What the pipeline knows of a dossier whose shape is right: the report shows it, never re-reads it.
struct Input {
  const tree::Node* root = nullptr;
  std::string file, id;
  const calls::Call* call = nullptr;
  const schema::CompiledSchema* schema = nullptr;  // for labels
  std::vector<diag::Diagnostic> found;             // the dossier's diagnostics, after sieg.toml
  std::optional<score::Result> score;
  std::vector<diag::Diagnostic> review_diags;      // the reviews' diagnostics, after sieg.toml
  std::vector<std::pair<std::string, std::string>> off;  // sieg.toml's [[off]]: code, reason
  bool eligible = false;
  const diag::Diagnostic* failure = nullptr;
  // Redaction: the dossier's review files, in order, with their reviewer's name and organisation when
  // known (a loaded review, or one still to fill in), and everyone else the repository knows.
  struct ReviewSeen {
    std::string file, name, organisation;
  };
  std::vector<ReviewSeen> reviews;
  const text::Masker* known = nullptr;
};

Report build(const Input& input, const Options& options);

// Why there is no jury score, in words, when the reviews say it: « Une évaluation du jury contient des
// erreurs » (an error in one), else « n évaluation(s) à remplir » (assigned, not written yet: SIEG-R017
// only); empty otherwise.
std::string review_note(const Report& r, i18n::Lang lang);

// SIEG-P001: the dossier names no call sieg knows (a report needs the call's rules).
diag::Diagnostic unknown_call(const std::string& file, const tree::Node& root, i18n::Lang lang);

// The mark that replaces personal data: « [masqué] » / "[redacted]"; reviewers get a pseudonym
// (people.hpp).
std::string redaction_mark(i18n::Lang lang);

} // namespace sieg::report
