// The one place where diagnostics become text: compiler-style lines and sieg's JSON shape.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::diag {

struct FileResult {
  std::string file;
  std::vector<Diagnostic> diagnostics;
  std::optional<bool> eligible;  // a dossier checked against its call (not a review, not --shape-only)
  Counts hidden;                 // findings past --max-errors: counted, not listed
};

// "… and 12 more in FILE (--max-errors)": the line that ends a file's bounded findings (empty when none).
std::string render_more(const std::string& file, const Counts& hidden, i18n::Lang lang);

// `file:line:col: error[CODE]: message` and, when there is one, an indented hint line.
// Text for a terminal or a CI log: control characters (ESC, BEL, newline...) as octal escapes (\033), so
// a file name or a value can neither move the cursor nor forge a line; a path holding one is quoted too,
// as git's core.quotePath does ("a\033b.yaml").
// `keep_lines`: newlines and TABs kept (a whole text output, whose lines are sieg's own).
std::string visible(std::string_view s, bool keep_lines = false);
std::string shown_path(std::string_view path);

std::string render_text(const Diagnostic& d, i18n::Lang lang, bool colour);

// "3 fichiers vérifiés : 1 erreur, 0 avertissement" / "3 files checked: 1 error, 0 warnings".
std::string render_summary(int files, const Counts& c, i18n::Lang lang, bool colour);

// The one JSON shape of a diagnostic, used by every command's JSON output:
// {"code", "severity": "error"|"warning", "file", "line", "column", "message", "hint": string|null}.
nlohmann::ordered_json to_json(const Diagnostic& d);

// The stable JSON document of `sieg validate --format json` (see man/sieg-validate.1).
std::string render_json(const std::vector<FileResult>& results);

} // namespace sieg::diag
