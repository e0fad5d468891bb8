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
#include "values/date.hpp"
#include "score/score.hpp"

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

enum class Status { Passed, Failed, Warning, NotApplicable };

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
  std::vector<diag::Diagnostic> review_diags;  // problems in review files (then no jury score)

  const RuleCheck* first_failure() const {
    for (const auto& c : checklist)
      if (c.status == Status::Failed) return &c;
    return nullptr;
  }
  bool eligible() const { return first_failure() == nullptr; }  // no rule failed
};

struct Options {
  i18n::Lang lang = i18n::Lang::Fr;
  bool redact = false;
  std::optional<std::string> reviews_root;  // --reviews; else evaluations/ beside the dossier
  std::optional<values::Date> date;          // --date: reference date of deadline rules
  const calls::Call* call = nullptr;        // --call; else the dossier's
};

struct Built {
  std::optional<Report> report;        // set when the dossier loaded and passed its schema check
  std::vector<diag::Diagnostic> diags;  // why not (I/O, YAML, schema, unknown call)
};

// Reads one dossier and everything its report shows.
Built build(const std::string& path, const Options& options);
// The same from bytes already read; `path` names the file (and where its reviews are looked for).
Built build_bytes(std::string_view bytes, const std::string& path, const Options& options);

// The mark that replaces personal data: « [masqué] » / "[redacted]".
std::string redaction_mark(i18n::Lang lang);

} // namespace sieg::report
