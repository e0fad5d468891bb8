// Eligibility: the rules of a call run on a dossier that passed the schema check.
#pragma once
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "values/date.hpp"
#include "schema/schema.hpp"
#include "tree/node.hpp"

namespace sieg::rules {

using values::Date;

struct Context {
  std::string file;
  i18n::Lang lang = i18n::Lang::Fr;
  Date today;                                      // the reference date for deadlines and ages
  const schema::CompiledSchema* schema = nullptr;  // for field titles in messages
};

// The reference date: --date when given, else the dossier's date_depot when valid, else `today`.
Date reference_date(const tree::Node& dossier, const std::optional<Date>& forced, const Date& today);

std::vector<diag::Diagnostic> check(const calls::Call& call, const tree::Node& dossier, const Context& ctx);

// This module has a check for the rule kind (every kind of calls::kinds() must: a unit test asserts it).
bool checks_kind(std::string_view kind);

// The rule's conditions ("when") hold for this dossier: it is checked (rules without conditions always are).
bool applies(const calls::Call& call, const calls::Rule& rule, const tree::Node& dossier);

} // namespace sieg::rules
