// The one registry of diagnostic codes: every code sieg can emit, with a short description: the fixed codes of the loader,
// schema, scoring and configuration, and the eligibility rules of the calls given.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::codes {

struct CodeInfo {
  std::string code;
  i18n::Localized title;  // one line
  std::string help;       // for rules: the source passage; else the man page that documents it
  diag::Severity severity = diag::Severity::Error;  // the default (sieg.toml's [severity] may change it)
  i18n::Localized hint;   // what to do (fixed codes; a rule's help is in its call: sieg explain)
};

std::vector<CodeInfo> catalogue(const std::vector<calls::Call>& calls);

// `sieg explain` for a code that is not a call's rule (SIEG-IO, L, S, R, P, C, G, T): what it means,
// its default severity, what to do, where it is documented. Nothing for an unknown code.
std::optional<std::string> explain(const std::string& code, i18n::Lang lang);
std::vector<std::string> codes(const std::vector<calls::Call>& calls);

} // namespace sieg::codes
