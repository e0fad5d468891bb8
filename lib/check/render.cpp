#include "check/render.hpp"

#include <map>

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "codes/registry.hpp"
#include "diag/render.hpp"

namespace sieg::check {
namespace {

using json = nlohmann::ordered_json;
using i18n::pick;

// SARIF's levels (an info is a "note").
const char* level(diag::Severity s) { return s == diag::Severity::Info ? "note" : diag::severity_name(s); }
// GitHub's workflow commands: error, warning, notice.
const char* github_level(diag::Severity s) { return s == diag::Severity::Info ? "notice" : diag::severity_name(s); }
int line_of(const diag::Diagnostic& d) { return d.line > 0 ? d.line : 1; }
int col_of(const diag::Diagnostic& d) { return d.col > 0 ? d.col : 1; }

std::string full_message(const diag::Diagnostic& d, i18n::Lang lang) {
  if (d.hint.empty()) return d.message;
  return d.message + "\n" + pick({"aide : ", "help: "}, lang) + d.hint;
}

std::uint64_t fnv1a(const std::string& s, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

} // namespace

std::string github_data(const std::string& s) {
  std::string out;
  for (char c : i18n::valid_utf8(s)) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string github_property(const std::string& s) {
  std::string out;
  for (char c : github_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : i18n::valid_utf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t') out += "?";  // not allowed in XML 1.0
        else out += static_cast<char>(c);
    }
  }
  return out;
}

std::string fingerprint(const std::string& text) {
  return fmt::format("{:016x}{:016x}", fnv1a(text, 14695981039346656037ULL), fnv1a(text, 0x84222325cbf29ce4ULL));
}

std::string render_text_file(const FileReport& f, i18n::Lang lang, bool colour) {
  std::string out;
  for (const auto& d : f.diags) out += diag::render_text(d, lang, colour);
  out += diag::render_more(f.file, f.hidden, lang);
  return out;
}

std::string render_text(const Report& r, i18n::Lang lang, bool colour, double seconds, bool verbose, bool quiet) {
  std::string out;
  for (const auto& f : r.files) out += render_text_file(f, lang, colour);
  if (quiet) return out;
  return out + render_text_summary(r, lang, seconds, verbose);
}

std::string render_text_summary(const Report& r, i18n::Lang lang, double seconds, bool verbose) {
  std::string out;
  if (verbose) out += render_file_lines(r, lang);
  for (const auto& n : r.off_notes) out += fmt::format("{} {}\n", pick({"désactivé :", "off:"}, lang), n);
  int files = r.file_count;
  if (lang == i18n::Lang::Fr)
    out += fmt::format("sieg check : {} fichier{}, {} dossier{}, {} éligible{}, {} erreur{}, {} avertissement{} ({} s)\n",
                       files, files > 1 ? "s" : "", r.dossiers, r.dossiers > 1 ? "s" : "", r.eligible,
                       r.eligible > 1 ? "s" : "", r.counts.errors, r.counts.errors > 1 ? "s" : "", r.counts.warnings,
                       r.counts.warnings > 1 ? "s" : "", fmt::format("{:.2f}", seconds).replace(1, 1, ","));
  else
    out += fmt::format("sieg check: {} file{}, {} dossier{}, {} eligible, {} error{}, {} warning{} ({:.2f} s)\n", files,
                       files == 1 ? "" : "s", r.dossiers, r.dossiers == 1 ? "" : "s", r.eligible, r.counts.errors,
                       r.counts.errors == 1 ? "" : "s", r.counts.warnings, r.counts.warnings == 1 ? "" : "s", seconds);
  if (!r.not_dossiers.empty())
    out += fmt::format(fmt::runtime(pick({"non vérifié(s), ni dossiers ni évaluations du dépôt (globs de sieg.toml) : {0}\n",
                                          "not checked, neither dossiers nor reviews of the repository (sieg.toml's globs): {0}\n"},
                                         lang)),
                       fmt::join(r.not_dossiers, ", "));
  if (!r.deleted.empty())
    out += fmt::format(fmt::runtime(pick({"supprimé(s) depuis la révision : {0}\n", "deleted since the revision: {0}\n"}, lang)),
                       fmt::join(r.deleted, ", "));
  if (!r.config_file.empty())
    out += fmt::format(fmt::runtime(pick({"configuration : {0}\n", "configuration: {0}\n"}, lang)), r.config_file);
  return out;
}

std::string render_file_lines(const Report& r, i18n::Lang lang) {
  bool fr = lang == i18n::Lang::Fr;
  std::string out;
  for (const auto& f : r.files) {
    diag::Counts c = f.hidden;
    for (const auto& d : f.diags) c.add(d);
    std::vector<std::string> parts;
    if (f.kind == Kind::Dossier) {
      parts.push_back("dossier");
      parts.push_back(f.eligible ? (fr ? "éligible" : "eligible") : (fr ? "non éligible" : "not eligible"));
      if (f.total) parts.push_back(values::to_fixed(*f.total, 2, fr) + " (" + (f.source == "jury" ? "jury" : fr ? "auto-évaluation" : "self-assessment") + ")");
    } else {
      parts.push_back(fr ? "évaluation" : "review");
    }
    if (c.errors > 0) parts.push_back(fmt::format(fr ? "{} erreur{}" : "{} error{}", c.errors, c.errors > 1 ? "s" : ""));
    if (c.warnings > 0)
      parts.push_back(fmt::format(fr ? "{} avertissement{}" : "{} warning{}", c.warnings, c.warnings > 1 ? "s" : ""));
    if (c.errors == 0 && c.warnings == 0) parts.push_back("ok");
    out += fmt::format(fr ? "{} : {}\n" : "{}: {}\n", f.file, fmt::join(parts, ", "));
  }
  return out;
}

std::string render_json(const Report& r, double seconds) {
  json files = json::array();
  for (const auto& f : r.files) {
    json ds = json::array();
    for (const auto& d : f.diags)
      ds.push_back(diag::to_json(d));
    json j{{"file", f.file}, {"kind", f.kind == Kind::Dossier ? "dossier" : "review"}};
    if (f.kind == Kind::Dossier) {
      j["eligible"] = f.eligible;
      j["call"] = f.call == nullptr ? json(nullptr) : json(f.call->id);
      j["total"] = f.total ? json::parse(values::to_fixed(*f.total, 4)) : json(nullptr);
      j["source"] = f.source.empty() ? json(nullptr) : json(f.source);
    }
    j["diagnostics"] = ds;
    j["more"] = f.hidden.total();
    files.push_back(j);
  }
  json off = json::array();
  for (const auto& n : r.off_notes) off.push_back(n);
  json doc;
  doc["version"] = 1;
  doc["files"] = files;
  doc["off"] = off;
  doc["config"] = r.config_file.empty() ? json(nullptr) : json(r.config_file);
  doc["deleted"] = r.deleted;
  doc["summary"] = {{"files", r.file_count},     {"dossiers", r.dossiers},           {"eligible", r.eligible},
                    {"errors", r.counts.errors},   {"warnings", r.counts.warnings},    {"infos", r.counts.infos}, {"seconds", json::parse(fmt::format("{:.3f}", seconds))}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string render_sarif(const Report& r, i18n::Lang lang) {
  auto cat = codes::catalogue(calls::builtin_calls());
  std::map<std::string, std::size_t> index;
  json rules = json::array();
  for (const auto& e : cat) {
    index[e.code] = rules.size();
    rules.push_back({{"id", e.code},
                     {"shortDescription", {{"text", e.title.get(lang)}}},
                     {"fullDescription", {{"text", e.title.get(lang)}}},
                     {"help", {{"text", fmt::format("{} — sieg explain {} / {}", e.title.get(lang), e.code, e.help)}}},
                     {"defaultConfiguration", {{"level", level(e.severity)}}}});
  }
  json results = json::array();
  for (const auto& f : r.files)
    for (const auto& d : f.diags) {
      json res{{"ruleId", d.code}};
      if (auto it = index.find(d.code); it != index.end()) res["ruleIndex"] = it->second;
      res["level"] = level(d.severity);
      res["message"] = {{"text", full_message(d, lang)}};
      res["locations"] = json::array({{{"physicalLocation",
                                        {{"artifactLocation", {{"uri", d.file}}},
                                         {"region", {{"startLine", line_of(d)}, {"startColumn", col_of(d)}}}}}}});
      results.push_back(res);
    }
  json doc;
  doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  doc["version"] = "2.1.0";
  doc["runs"] = json::array({{{"tool",
                               {{"driver",
                                 {{"name", "sieg"},
                                  {"version", SIEG_VERSION},
                                  {"semanticVersion", SIEG_VERSION},
                                  {"rules", rules}}}}},
                              {"results", results}}});
  // The whole run's counts, findings past --max-errors included (results lists only those shown).
  int hidden = 0;
  for (const auto& f : r.files) hidden += f.hidden.total();
  doc["runs"][0]["properties"] = {{"errors", r.counts.errors},
                                  {"warnings", r.counts.warnings},
                                  {"infos", r.counts.infos},
                                  {"notShown", hidden}};
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string render_junit(const Report& r, i18n::Lang lang, double seconds) {
  // One testsuite per dossier: a test case for its shape, one per rule of its call, one for its reviews.
  struct Case {
    std::string name;
    std::vector<const diag::Diagnostic*> errors, warnings;
  };
  struct Suite {
    std::string name;
    std::vector<Case> cases;
  };
  std::vector<Suite> suites;
  std::map<std::string, std::size_t> suite_of_dossier;  // dossier stem -> suite
  for (const auto& f : r.files) {
    if (f.kind == Kind::Dossier) {
      Suite s{f.file, {{"shape", {}, {}}}};
      if (f.call != nullptr)
        for (const auto& rule : f.call->rules) s.cases.push_back({rule.code, {}, {}});
      s.cases.push_back({"reviews", {}, {}});
      auto find_case = [&](const std::string& name) -> Case& {
        for (auto& c : s.cases)
          if (c.name == name) return c;
        return s.cases.front();
      };
      for (const auto& d : f.diags) {
        Case& c = d.code.rfind("SIEG-E", 0) == 0 ? find_case(d.code) : d.code.rfind("SIEG-R", 0) == 0 ? find_case("reviews") : s.cases.front();
        (d.severity == diag::Severity::Error ? c.errors : c.warnings).push_back(&d);
      }
      std::string stem = f.file.substr(f.file.find_last_of('/') == std::string::npos ? 0 : f.file.find_last_of('/') + 1);
      stem = stem.substr(0, stem.find_last_of('.'));
      suite_of_dossier[stem] = suites.size();
      suites.push_back(std::move(s));
    } else {
      // A review joins the suite of the dossier just before it; an orphan gets its own suite.
      Suite* s = nullptr;
      bool orphan = false;
      for (const auto& d : f.diags) orphan = orphan || d.code == "SIEG-R020";
      if (!orphan && !suites.empty()) s = &suites.back();
      if (s == nullptr) {
        suites.push_back({f.file, {{"reviews", {}, {}}}});
        s = &suites.back();
      }
      Case& c = s->cases.back();
      for (const auto& d : f.diags) (d.severity == diag::Severity::Error ? c.errors : c.warnings).push_back(&d);
    }
  }
  int tests = 0, failures = 0;
  for (const auto& s : suites)
    for (const auto& c : s.cases) {
      ++tests;
      failures += c.errors.empty() ? 0 : 1;
    }
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"sieg check\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"{:.3f}\">\n", tests,
                     failures, seconds);
  for (const auto& s : suites) {
    int f = 0;
    for (const auto& c : s.cases) f += c.errors.empty() ? 0 : 1;
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", xml_escape(s.name),
                       s.cases.size(), f);
    for (const auto& c : s.cases) {
      out += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(s.name), xml_escape(c.name));
      if (c.errors.empty() && c.warnings.empty()) {
        out += "/>\n";
        continue;
      }
      out += ">\n";
      if (!c.errors.empty()) {
        const auto& first = *c.errors.front();
        std::string body;
        for (const auto* d : c.errors) body += diag::render_text(*d, lang, false);
        out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_escape(first.message),
                           xml_escape(first.code), xml_escape(body));
      }
      if (!c.warnings.empty()) {
        std::string body;
        for (const auto* d : c.warnings) body += diag::render_text(*d, lang, false);
        out += fmt::format("      <system-out>{}</system-out>\n", xml_escape(body));
      }
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  return out;
}

std::string render_github(const Report& r) {
  std::string out;
  for (const auto& f : r.files)
    for (const auto& d : f.diags)
      out += fmt::format("::{} file={},line={},col={},title={}::{}\n", github_level(d.severity), github_property(d.file),
                         line_of(d), col_of(d), github_property(d.code),
                         github_data(d.hint.empty() ? d.message : d.message + "\n" + d.hint));
  return out;
}

std::string render_gitlab(const Report& r) {
  json issues = json::array();
  // A fingerprint names a finding across runs, whatever the language of the messages (--lang) and
  // wherever an edit moves it: the code, the file, and its rank among the findings of that code in that
  // file (in position order).
  std::map<std::string, int> seen;
  for (const auto& f : r.files)
    for (const auto& d : f.diags) {
      std::string key = d.code + "\x1f" + d.file;
      int occurrence = seen[key]++;
      issues.push_back({{"description", d.message},
                        {"check_name", d.code},
                        {"fingerprint", fingerprint(key + "\x1f" + std::to_string(occurrence))},
                        {"severity", d.severity == diag::Severity::Error ? "major" : d.severity == diag::Severity::Warning ? "minor" : "info"},
                        {"location", {{"path", d.file}, {"lines", {{"begin", line_of(d)}}}}}});
    }
  return issues.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace sieg::check
