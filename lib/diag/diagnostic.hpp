// A diagnostic is a value: sieg's library collects them, the front end renders them.
#pragma once
#include <string>
#include <vector>

namespace sieg::diag {

// Error: the texts say the dossier must (or the aid cannot); Warning: « de préférence », « apprécié », a
// consistency check; Info: context the jury should see. Only errors make a dossier invalid or ineligible.
enum class Severity { Error, Warning, Info };

struct Diagnostic {
  std::string code;      // stable, e.g. "SIEG-S004"
  Severity severity = Severity::Error;
  std::string file;      // as the user named it; "-" is standard input
  int line = 0;          // 1-based; 0 when the diagnostic is about the whole file
  int col = 0;           // 1-based, in characters (not bytes)
  std::string message;   // in the user's language
  std::string hint;      // optional, in the user's language
};

// Diagnostics of the I/O class (missing file, directory, unreadable...; a repository too large to go
// through, SIEG-P005; a repository with no dossier at all, SIEG-P007) make a run exit 2.
inline bool is_io(const Diagnostic& d) {
  return d.code.rfind("SIEG-IO", 0) == 0 || d.code == "SIEG-P005" || d.code == "SIEG-P007";
}

// Codes whose errors make a dossier ineligible: the call's rules (SIEG-E…) and answering another call
// than the repository's (SIEG-P003). Every other error says a file is broken (`check --fail-on shape`).
inline bool is_eligibility_code(const std::string& code) { return code.rfind("SIEG-E", 0) == 0 || code == "SIEG-P003"; }

// "error", "warning", "info": the word in text output, JSON, and the calls' TOML.
inline const char* severity_name(Severity s) {
  return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "info";
}

struct Counts {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  int io_errors = 0;
  int eligibility_errors = 0;  // errors of the calls' rules (is_eligibility_code), among `errors`

  void add(const Diagnostic& d) {
    if (is_io(d)) ++io_errors;
    if (d.severity == Severity::Error && is_eligibility_code(d.code)) ++eligibility_errors;
    (d.severity == Severity::Error ? errors : d.severity == Severity::Warning ? warnings : infos)++;
  }
  void add(const Counts& c) {
    errors += c.errors;
    warnings += c.warnings;
    infos += c.infos;
    io_errors += c.io_errors;
    eligibility_errors += c.eligibility_errors;
  }
  int total() const { return errors + warnings + infos; }
};

Counts count(const std::vector<Diagnostic>& diags);

} // namespace sieg::diag
