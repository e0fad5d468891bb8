// Validation of a positioned tree against a compiled schema, producing diagnostics.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "schema/schema.hpp"
#include "tree/node.hpp"

namespace sieg::schema {

struct ValidateOptions {
  std::string file;
  i18n::Lang lang = i18n::Lang::Fr;
  // An "integer" must be written as one (40000, not 4e4 or 40000.0). On for YAML dossiers;
  // off for JSON Schema conformance, where 1.0 is an integer.
  bool strict_integers = true;
  // Past this many diagnostics, the others are only counted in `*suppressed` (never built: no message,
  // no suggestion), so a file with 200 000 unknown keys costs its parse and little more. 0: no bound.
  std::size_t max_diagnostics = 0;
  std::size_t* suppressed = nullptr;
};

// Every violation, in document order of the instance.
std::vector<diag::Diagnostic> validate(const CompiledSchema& schema, const tree::Node& instance,
                                       const ValidateOptions& options);

// True when the instance is valid (stops at the first violation).
bool is_valid(const CompiledSchema& schema, const tree::Node& instance, const ValidateOptions& options);

} // namespace sieg::schema
