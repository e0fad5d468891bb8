// The schema an editor reads from a file's modeline, as yaml-language-server finds it: the first comment
// line "# yaml-language-server: $schema=TARGET" (or "$schema: TARGET"). Text only: resolving TARGET is the
// pipeline's (pipeline/modeline.hpp).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace sieg::yaml {

struct Modeline {
  std::string target;  // as written (a path, or a URL)
  int line = 0;        // where TARGET starts (1-based; col in characters)
  int col = 0;
};

// Comment lines only: a "#" line inside a block text (| or >) is text, not a comment. A leading byte
// order mark is skipped. None when no comment line is a yaml-language-server modeline with a $schema.
std::optional<Modeline> schema_modeline(std::string_view text);

} // namespace sieg::yaml
