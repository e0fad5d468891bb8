// A call for projects as data (schemas/calls/*.toml): identity, region, payment schedule and rules.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "values/date.hpp"
#include "tree/node.hpp"

namespace sieg::calls {

using Text = i18n::Localized;

// "applies when": path equals a value, is present (filled), or (for [] paths) contains a value.
struct Condition {
  enum class Op { Equals, Present, Contains };
  std::string path;
  Op op = Op::Present;
  tree::Node value;
};

// One parameter of a rule, typed by the rule kind's spec (calls/kinds.hpp).
struct Param {
  std::string text;                 // String, Path
  double number = 0;                // Number, Integer
  std::vector<std::string> list;    // StringList, PathList
  std::optional<values::Date> date;  // Date
};

struct Rule {
  std::string code;  // stable, e.g. "SIEG-E013"
  std::string kind;  // a kind of calls/kinds.hpp
  diag::Severity severity = diag::Severity::Error;
  Text statement;    // short, in both languages
  Text meaning;      // what the rule asks, in plain words (sieg explain); may be empty in a custom call
  Text fix;          // what a holder does about a finding; may be empty
  std::string source;  // the text's title and section, with the passage quoted
  std::map<std::string, Param> params;
  std::vector<Condition> when;  // empty: always; else applies when any holds
  int line = 0, col = 0;        // where the rule stands in its call file

  const Param* param(const std::string& name) const {
    auto it = params.find(name);
    return it == params.end() ? nullptr : &it->second;
  }
};

// What a jury weighs beside the grid (AMI Aquitaine 2015 §6; SIEG Picardie's appraisal and synthesis):
// a review may give a written opinion on each (criteres: in the review file).
struct Criterion {
  std::string id;
  Text group;  // the text's heading the criterion comes under
  Text label;
  std::string source;
};

struct Payment {
  int percent = 0;
  Text when;
};

// A question a call adds to the dossier ([[questions]] of a call file, man 5 sieg-call): merged into the
// dossier schema of the calls in force (calls/dossier_schema), so validate, the reports, the form and
// `sieg new` ask and show it like a built-in question.
struct Choice {
  std::string value;
  Text title;
};

struct Question {
  std::string path;  // where the answer goes: "projet_territorial.ancrage" (key: the last part)
  std::string type;  // a type of question_types(): text, long_text, integer, money, date, yes_no, choice, list
  Text title;
  Text help;
  bool required = false;
  bool personal = false;             // x-personal: redacted outputs leave it out
  std::vector<Choice> choices;       // type choice
  std::vector<Question> items;       // type list: each item's questions (path: the key inside the item)
  int line = 0, col = 0;             // where it stands in its call file
};

// The types a question may have, in the order man 5 sieg-call lists them.
const std::vector<std::string>& question_types();

struct Call {
  std::string id;
  std::string file;  // where it was loaded from ("calls/aquitaine-2015.toml" when embedded)
  Text title;
  std::string region;
  std::vector<std::string> departements;
  std::optional<values::Date> opens, deadline;
  std::string grid;
  std::string source;
  std::vector<Payment> payments;
  std::vector<Criterion> criteria;
  std::vector<Rule> rules;
  std::vector<Question> questions;

  const Criterion* criterion(const std::string& criterion_id) const {
    for (const auto& c : criteria)
      if (c.id == criterion_id) return &c;
    return nullptr;
  }

  const Rule* rule(const std::string& code) const {
    for (const auto& r : rules)
      if (r.code == code) return &r;
    return nullptr;
  }
};

struct LoadResult {
  std::optional<Call> call;
  std::vector<diag::Diagnostic> diags;  // file:line:col of each problem in the call file
};

// Parses and checks a call file: unknown keys, unknown rule kinds, missing or mistyped parameters,
// duplicate codes, payment shares that do not add up to 100 are all errors with their position.
LoadResult load_call(const std::string& toml_text, const std::string& file, i18n::Lang lang);

// The calls embedded in the binary (schemas/calls/*.toml), sorted by id.
// The compact binary form of a call (resources/archive.hpp): tools/snapshot.cpp writes the embedded
// ones' at build time, so that a run does not parse their TOML again. from_snapshot throws std::exception
// when `bytes` are not such a form.
std::string to_snapshot(const Call& call);
Call from_snapshot(std::string_view bytes);

const std::vector<Call>& builtin_calls();
const Call* find_call(const std::string& id);

// The call's cap on the aid asked for: its max_amount rule on budget.aide_demandee (AMI Aquitaine 2015,
// §7), or null when the call sets none (SIEG Picardie).
const Rule* aid_cap_rule(const Call& call);

// Payment schedule in cents for an aid: every instalment but the last is rounded down to the cent,
// the last takes the remainder, so the parts always add up to the aid.
std::vector<std::int64_t> schedule(const Call& call, std::int64_t aid_cents);

} // namespace sieg::calls
