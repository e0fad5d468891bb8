// Every diagnostic code sieg can emit, with a short description: the fixed codes of the loader,
// schema, scoring and configuration, and the eligibility rules of the calls given.
#pragma once
#include <string>
#include <vector>

#include "calls/call.hpp"
#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::codes {

struct CodeInfo {
  std::string code;
  i18n::Localized title;  // one line
  std::string help;       // for rules: the source passage; else where it is documented
  diag::Severity severity = diag::Severity::Error;
};

std::vector<CodeInfo> catalogue(const std::vector<calls::Call>& calls);
std::vector<std::string> codes(const std::vector<calls::Call>& calls);

} // namespace sieg::codes
