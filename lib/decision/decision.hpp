// The decision on a dossier (schemas/decision.schema.json): what the deciding body made of the jury's
// opinion — retained with an amount, deferred, or refused — and its reasons. One file per dossier,
// REVIEWS/<id>/decision.yaml, beside the reviews; read by the pipeline with the dossier's reviews.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calls/call.hpp"
#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "tree/node.hpp"
#include "values/money.hpp"
#include "yaml/loader.hpp"

namespace sieg::decision {

// The file name of a decision in a dossier's reviews folder (decision.yml is read too).
constexpr const char* kFileName = "decision.yaml";

enum class Outcome { Retained, Deferred, Refused };

struct Decision {
  std::string file;
  std::string dossier;  // dossier: as written
  Outcome outcome = Outcome::Refused;
  std::optional<values::Cents> granted;  // montant_accorde
  std::string date, body, reasons, conditions;  // date, instance, motifs, conditions
  tree::Pos pos, dossier_pos, outcome_pos, granted_pos;
};

struct Loaded {
  std::optional<Decision> decision;     // when the file loaded and passed its schema
  std::vector<diag::Diagnostic> diags;  // loader and schema problems
  // Written by `sieg new --decision` and not filled in yet (`decision:` empty): no decision, one SIEG-D009
  // warning — the dossier counts as undecided, not as an error.
  bool pending = false;
};

// A file named decision.yaml or decision.yml: the decision of the dossier whose reviews folder holds it.
bool is_decision_file(std::string_view path);

Loaded load_decision(yaml::LoadResult loaded, const std::string& path, i18n::Lang lang);
Loaded load_decision_bytes(std::string_view bytes, const std::string& path, i18n::Lang lang);

// What the decision is checked against: its dossier as the pipeline judged it.
struct Context {
  std::string id;                                 // the dossier's id (its reviews folder's name)
  const calls::Call* call = nullptr;              // the call the dossier was checked against
  std::optional<values::Cents> requested;         // budget.aide_demandee
  bool eligible = true;
  const diag::Diagnostic* failure = nullptr;      // the eligibility error shown as "why", if any
  i18n::Lang lang = i18n::Lang::Fr;
};

// SIEG-D001–D006 (D009: a decision to take, in load_decision): another dossier named, an amount missing or out of place, above the call's cap or
// the aid asked for, a dossier retained although ineligible (man 5 sieg-decision).
std::vector<diag::Diagnostic> check(const Decision& d, const Context& c);

// SIEG-D007: the amounts granted add up to more than sieg.toml's envelope (a warning about sieg.toml).
diag::Diagnostic over_envelope(values::Cents granted, values::Cents envelope, const std::string& config_file, i18n::Lang lang);

// "retenu", "ajourne", "refuse": the value in the file and in JSON.
const char* outcome_key(Outcome o);
// « retenu », « ajourné », « refusé » / "retained", "deferred", "refused".
std::string outcome_label(Outcome o, i18n::Lang lang);

} // namespace sieg::decision
