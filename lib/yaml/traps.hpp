// The YAML traps a first-time author falls into, recognised from the text around a problem so that
// the diagnostic names the fix (quotes, a dash, « >- »), not only what the parser saw.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"
#include "tree/node.hpp"

namespace sieg::yaml {

// Line `line` (1-based) of `text` without its line break ("" beyond the text). `starts`: line_starts.
std::string_view line_at(std::string_view text, const std::vector<std::size_t>& starts, int line);

struct Trap {
  tree::Pos pos;        // where the problem starts (may be above where the parser stopped)
  std::string message;
  std::string hint;
};

// For a syntax error the parser reported at `at`: a text holding ": " left unquoted
// (« intitule: Répar'Café : réparer »), or the lines of a text that go on below its key without
// indentation (a multi-line text written without « >- »).
std::optional<Trap> syntax_trap(std::string_view text, const std::vector<std::size_t>& starts, tree::Pos at,
                                const std::string& parser_message, i18n::Lang lang);

// SIEG-L022 warnings: a « # » after a text on the same line starts a comment and silently cuts the
// text (« Carburant et déplacements #atelier mobile »), where the text has several words or the « # »
// is glued to a word. Block texts (| and >) and quoted texts are not concerned.
std::vector<diag::Diagnostic> comment_cuts(std::string_view text, const std::vector<std::size_t>& starts,
                                           const std::string& file, i18n::Lang lang);

// A plain text between typographic quotes (“24”, ‘oui’): those quotes are part of the text.
bool curly_quoted(std::string_view value);

} // namespace sieg::yaml
