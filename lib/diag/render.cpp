#include "diag/render.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

namespace sieg::diag {

Counts count(const std::vector<Diagnostic>& diags) {
  Counts c;
  for (const auto& d : diags) c.add(d);
  return c;
}

namespace {

std::string paint(bool colour, const char* sgr, const std::string& s) {
  if (!colour) return s;
  return fmt::format("\x1b[{}m{}\x1b[0m", sgr, s);
}

std::string plural(int n, const char* one, const char* many) {
  return fmt::format("{} {}", n, (n == 0 || n == 1) ? one : many);
}

} // namespace

std::string visible(std::string_view raw, bool keep_lines) {
  std::string s = i18n::valid_utf8(raw), out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (keep_lines && (c == '\n' || c == '\t')) out += c;
    else if (u < 0x20 || u == 0x7f) out += fmt::format("\\{:03o}", u);
    else out += c;
  }
  return out;
}

std::string shown_path(std::string_view path) {
  bool plain = true;
  for (char c : path) plain = plain && static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
  if (plain) return i18n::valid_utf8(path);
  std::string out = "\"";
  for (char c : visible(path)) out += c == '"' ? std::string("\\\"") : std::string(1, c);
  return out + "\"";
}

std::string render_text(const Diagnostic& d, i18n::Lang lang, bool colour) {
  std::string where = shown_path(d.file);
  if (d.line > 0) where += fmt::format(":{}:{}", d.line, d.col);
  const char* sgr = d.severity == Severity::Error ? "1;31" : d.severity == Severity::Warning ? "1;33" : "1;34";
  std::string out = fmt::format("{}: {}: {}\n", paint(colour, "1", where),
                                paint(colour, sgr, fmt::format("{}[{}]", severity_name(d.severity), d.code)),
                                visible(d.message));
  if (!d.hint.empty())
    out += fmt::format("  = {} {}\n", paint(colour, "1;36", lang == i18n::Lang::Fr ? "aide :" : "help:"), visible(d.hint));
  return out;
}

std::string render_summary(int files, const Counts& c, i18n::Lang lang, bool colour) {
  std::string text;
  if (lang == i18n::Lang::Fr) {
    // French: 0 and 1 take the singular.
    text = fmt::format("{} : {}, {}", plural(files, "fichier vérifié", "fichiers vérifiés"),
                       plural(c.errors, "erreur", "erreurs"), plural(c.warnings, "avertissement", "avertissements"));
  } else {
    auto en = [](int n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); };
    text = fmt::format("{}: {}, {}", en(files, "file checked", "files checked"), en(c.errors, "error", "errors"),
                       en(c.warnings, "warning", "warnings"));
  }
  return paint(colour, c.errors > 0 ? "1;31" : "1;32", text) + "\n";
}

nlohmann::ordered_json to_json(const Diagnostic& d) {
  nlohmann::ordered_json j;
  j["code"] = d.code;
  j["severity"] = severity_name(d.severity);
  j["file"] = d.file;
  j["line"] = d.line;
  j["column"] = d.col;
  j["message"] = d.message;
  if (!d.hint.empty()) j["hint"] = d.hint;
  else j["hint"] = nullptr;
  return j;
}

std::string render_more(const std::string& file, const Counts& hidden, i18n::Lang lang) {
  int n = hidden.total();
  if (n == 0) return "";
  if (lang == i18n::Lang::Fr)
    return fmt::format("… et {} constat{} de plus dans {} (--max-errors)\n", n, n > 1 ? "s" : "", shown_path(file));
  return fmt::format("… and {} more finding{} in {} (--max-errors)\n", n, n > 1 ? "s" : "", shown_path(file));
}

std::string render_json(const std::vector<FileResult>& results) {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  std::vector<Diagnostic> all;
  for (const auto& r : results) {
    nlohmann::ordered_json ds = nlohmann::ordered_json::array();
    bool valid = true;
    for (const auto& d : r.diagnostics) {
      if (d.severity == Severity::Error) valid = false;
      ds.push_back(to_json(d));
      all.push_back(d);
    }
    if (r.hidden.errors > 0) valid = false;
    nlohmann::ordered_json f;
    f["file"] = r.file;
    f["valid"] = valid;
    if (r.eligible) f["eligible"] = *r.eligible;
    f["diagnostics"] = std::move(ds);
    f["more"] = r.hidden.total();
    files.push_back(std::move(f));
  }
  Counts c = count(all);
  for (const auto& r : results) c.add(r.hidden);
  nlohmann::ordered_json doc;
  doc["version"] = 1;
  doc["files"] = std::move(files);
  doc["summary"] = {{"files", results.size()}, {"errors", c.errors}, {"warnings", c.warnings}, {"infos", c.infos}};
  // error_handler replace: a dossier's invalid bytes never reach here (the loader refuses them),
  // but a file name given on the command line may hold any bytes.
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace sieg::diag
