#include "check/render.hpp"

#include <cstdio>
#include <functional>
#include <map>
#include <optional>

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

std::string sarif_uri(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
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
    out += fmt::format(fr ? "{} : {}\n" : "{}: {}\n", diag::shown_path(f.file), fmt::join(parts, ", "));
  }
  return out;
}

namespace {

// Each line of `text` (a dump, whose strings never hold a raw newline) shifted right by `n` spaces;
// `first`: the first line too.
std::string shifted(const std::string& text, std::size_t n, bool first = true) {
  std::string pad(n, ' '), out = first ? pad : std::string();
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

class JsonStream : public Stream {
 public:
  std::string begin() override { return "{\n  \"version\": 1,\n  \"files\": ["; }
  std::string file(const FileReport& f) override {
    json ds = json::array();
    for (const auto& d : f.diags) ds.push_back(diag::to_json(d));
    json j{{"file", f.file}, {"kind", f.kind == Kind::Dossier ? "dossier" : "review"}};
    if (f.kind == Kind::Dossier) {
      j["eligible"] = f.eligible;
      j["call"] = f.call == nullptr ? json(nullptr) : json(f.call->id);
      j["total"] = f.total ? json::parse(values::to_fixed(*f.total, 4)) : json(nullptr);
      j["source"] = f.source.empty() ? json(nullptr) : json(f.source);
    }
    j["diagnostics"] = ds;
    j["more"] = f.hidden.total();
    return (n_++ > 0 ? ",\n" : "\n") + shifted(j.dump(2, ' ', false, json::error_handler_t::replace), 4);
  }
  std::string end(const Report& r, double seconds) override {
    json off = json::array();
    for (const auto& n : r.off_notes) off.push_back(n);
    json tail;
    tail["off"] = off;
    tail["config"] = r.config_file.empty() ? json(nullptr) : json(r.config_file);
    tail["deleted"] = r.deleted;
    tail["summary"] = {{"files", r.file_count},     {"dossiers", r.dossiers},           {"eligible", r.eligible},
                       {"errors", r.counts.errors},   {"warnings", r.counts.warnings},    {"infos", r.counts.infos},
                       {"seconds", json::parse(fmt::format("{:.3f}", seconds))}};
    std::string t = tail.dump(2, ' ', false, json::error_handler_t::replace);  // "{\n  \"off\": ..."
    return std::string(n_ > 0 ? "\n  ]" : "]") + ",\n" + t.substr(2) + "\n";
  }

 private:
  std::size_t n_ = 0;
};

class SarifStream : public Stream {
 public:
  SarifStream(i18n::Lang lang, std::vector<calls::Call> calls) : lang_(lang), calls_(std::move(calls)) {}
  std::string begin() override {
    auto cat = codes::catalogue(calls_);
    json rules = json::array();
    for (const auto& e : cat) {
      index_[e.code] = rules.size();
      rules.push_back({{"id", e.code},
                       {"shortDescription", {{"text", e.title.get(lang_)}}},
                       {"fullDescription", {{"text", e.title.get(lang_)}}},
                       {"help", {{"text", fmt::format("{} — sieg explain {} / {}", e.title.get(lang_), e.code, e.help)}}},
                       {"defaultConfiguration", {{"level", level(e.severity)}}}});
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
                                {"results", kMark}}});
    std::string text = doc.dump(2, ' ', false, json::error_handler_t::replace);
    std::string mark = std::string("\"") + kMark + "\"";
    std::size_t at = text.find(mark);
    rest_ = text.substr(at + mark.size());  // "\n    }\n  ]\n}"
    return text.substr(0, at) + "[";
  }
  std::string file(const FileReport& f) override {
    std::string out;
    hidden_ += f.hidden.total();
    for (const auto& d : f.diags) {
      json res{{"ruleId", d.code}};
      if (auto it = index_.find(d.code); it != index_.end()) res["ruleIndex"] = it->second;
      res["level"] = level(d.severity);
      res["message"] = {{"text", full_message(d, lang_)}};
      res["locations"] = json::array({{{"physicalLocation",
                                        {{"artifactLocation", {{"uri", sarif_uri(d.file)}}},
                                         {"region", {{"startLine", line_of(d)}, {"startColumn", col_of(d)}}}}}}});
      out += (n_++ > 0 ? ",\n" : "\n") + shifted(res.dump(2, ' ', false, json::error_handler_t::replace), 8);
    }
    return out;
  }
  std::string end(const Report& r, double) override {
    // The whole run's counts, findings past --max-errors included (results lists only those shown).
    json props = {{"errors", r.counts.errors}, {"warnings", r.counts.warnings}, {"infos", r.counts.infos}, {"notShown", hidden_}};
    return std::string(n_ > 0 ? "\n      ]" : "]") + ",\n      \"properties\": " +
           shifted(props.dump(2, ' ', false, json::error_handler_t::replace), 6, false) + rest_ + "\n";
  }

 private:
  static constexpr const char* kMark = "@@sieg-sarif-results@@";
  i18n::Lang lang_;
  std::vector<calls::Call> calls_;
  std::map<std::string, std::size_t> index_;
  std::string rest_;
  std::size_t n_ = 0;
  int hidden_ = 0;
};

class GithubStream : public Stream {
 public:
  std::string file(const FileReport& f) override {
    std::string out;
    for (const auto& d : f.diags)
      out += fmt::format("::{} file={},line={},col={},title={}::{}\n", github_level(d.severity), github_property(d.file),
                         line_of(d), col_of(d), github_property(d.code),
                         github_data(d.hint.empty() ? d.message : d.message + "\n" + d.hint));
    return out;
  }
  std::string end(const Report&, double) override { return {}; }
};

class GitlabStream : public Stream {
 public:
  std::string begin() override { return "["; }
  std::string file(const FileReport& f) override {
    // A fingerprint names a finding across runs, whatever the language of the messages (--lang) and
    // wherever an edit moves it: the code, the file, and its rank among the findings of that code in
    // that file (in position order).
    std::string out;
    for (const auto& d : f.diags) {
      std::string key = d.code + "\x1f" + d.file;
      int occurrence = seen_[key]++;
      json issue{{"description", d.message},
                 {"check_name", d.code},
                 {"fingerprint", fingerprint(key + "\x1f" + std::to_string(occurrence))},
                 {"severity", d.severity == diag::Severity::Error ? "major" : d.severity == diag::Severity::Warning ? "minor" : "info"},
                 {"location", {{"path", d.file}, {"lines", {{"begin", line_of(d)}}}}}};
      out += (n_++ > 0 ? ",\n" : "\n") + shifted(issue.dump(2, ' ', false, json::error_handler_t::replace), 2);
    }
    return out;
  }
  std::string end(const Report&, double) override { return std::string(n_ > 0 ? "\n]" : "]") + "\n"; }

 private:
  std::map<std::string, int> seen_;
  std::size_t n_ = 0;
};

class TextStream : public Stream {
 public:
  TextStream(i18n::Lang lang, bool colour, bool quiet) : lang_(lang), colour_(colour), quiet_(quiet) {}
  std::string file(const FileReport& f) override { return render_text_file(f, lang_, colour_); }
  std::string end(const Report& r, double seconds) override { return quiet_ ? "" : render_text_summary(r, lang_, seconds); }

 private:
  i18n::Lang lang_;
  bool colour_, quiet_;
};

} // namespace

std::string render_stream(Stream& s, const Report& r, double seconds) {
  std::string out = s.begin();
  for (const auto& f : r.files) out += s.file(f);
  return out + s.end(r, seconds);
}

std::unique_ptr<Stream> json_stream() { return std::make_unique<JsonStream>(); }
std::unique_ptr<Stream> sarif_stream(i18n::Lang lang, std::vector<calls::Call> calls) {
  return std::make_unique<SarifStream>(lang, std::move(calls));
}
std::unique_ptr<Stream> github_stream() { return std::make_unique<GithubStream>(); }
std::unique_ptr<Stream> gitlab_stream() { return std::make_unique<GitlabStream>(); }
std::unique_ptr<Stream> text_stream(i18n::Lang lang, bool colour, bool quiet) {
  return std::make_unique<TextStream>(lang, colour, quiet);
}

std::string render_json(const Report& r, double seconds) {
  JsonStream s;
  return render_stream(s, r, seconds);
}

std::string render_sarif(const Report& r, i18n::Lang lang) {
  SarifStream s(lang, calls::builtin_calls());
  return render_stream(s, r, 0);
}

namespace {

// JUnit: one testsuite per dossier — a test case for its shape, one per rule of its call, one for its
// reviews (which join the suite of the dossier before them; an orphan review gets its own suite). The
// totals open the document, so the suites wait in a temporary file (never in memory) until the end.
class JunitStream : public Stream {
 public:
  JunitStream(i18n::Lang lang, bool spill) : lang_(lang), in_memory_(!spill) {}
  ~JunitStream() override {
    if (spill_ != nullptr) std::fclose(spill_);
  }
  std::string file(const FileReport& f) override {
    if (f.kind == Kind::Dossier) {
      flush();
      Suite s{f.file, {{"shape"}}};
      if (f.call != nullptr)
        for (const auto& rule : f.call->rules) s.cases.push_back({rule.code});
      s.cases.push_back({"reviews"});
      for (const auto& d : f.diags) {
        Case* c = &s.cases.front();
        if (d.code.rfind("SIEG-E", 0) == 0) c = &find_case(s, d.code);
        else if (d.code.rfind("SIEG-R", 0) == 0) c = &find_case(s, "reviews");
        c->add(d, lang_);
      }
      open_ = std::move(s);
      return {};
    }
    bool orphan = false;
    for (const auto& d : f.diags) orphan = orphan || d.code == "SIEG-R020";
    if (orphan || !open_) {
      flush();
      open_ = Suite{f.file, {{"reviews"}}};
    }
    for (const auto& d : f.diags) open_->cases.back().add(d, lang_);
    return {};
  }
  std::string end(const Report& r, double seconds) override {
    std::string out;
    finish(r, seconds, [&](std::string_view piece) { out.append(piece.data(), piece.size()); });
    return out;
  }
  void finish(const Report&, double seconds, const std::function<void(std::string_view)>& put) override {
    flush();
    put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    put(fmt::format("<testsuites name=\"sieg check\" tests=\"{}\" failures=\"{}\" errors=\"0\" time=\"{:.3f}\">\n", tests_,
                    failures_, seconds));
    if (spill_ != nullptr) {
      std::fflush(spill_);
      std::rewind(spill_);
      char buf[1 << 16];
      for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, spill_)) > 0;) put(std::string_view(buf, n));
    }
    put(held_);
    put("</testsuites>\n");
  }

 private:
  struct Case {
    Case(std::string n) : name(std::move(n)) {}  // NOLINT: {"shape"} reads as a case
    std::string name;
    std::string first_message, first_code, errors, warnings;  // errors, warnings: their text, rendered
    void add(const diag::Diagnostic& d, i18n::Lang lang) {
      if (d.severity == diag::Severity::Error) {
        if (errors.empty()) {
          first_message = d.message;
          first_code = d.code;
        }
        errors += diag::render_text(d, lang, false);
      } else {
        warnings += diag::render_text(d, lang, false);
      }
    }
  };
  struct Suite {
    std::string name;
    std::vector<Case> cases;
  };
  static Case& find_case(Suite& s, const std::string& name) {
    for (auto& c : s.cases)
      if (c.name == name) return c;
    return s.cases.front();
  }
  void flush() {
    if (!open_) return;
    const Suite& s = *open_;
    int f = 0;
    for (const auto& c : s.cases) f += c.errors.empty() ? 0 : 1;
    tests_ += static_cast<int>(s.cases.size());
    failures_ += f;
    std::string out = fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n",
                                  xml_escape(s.name), s.cases.size(), f);
    for (const auto& c : s.cases) {
      out += fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(s.name), xml_escape(c.name));
      if (c.errors.empty() && c.warnings.empty()) {
        out += "/>\n";
        continue;
      }
      out += ">\n";
      if (!c.errors.empty())
        out += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", xml_escape(c.first_message),
                           xml_escape(c.first_code), xml_escape(c.errors));
      if (!c.warnings.empty()) out += fmt::format("      <system-out>{}</system-out>\n", xml_escape(c.warnings));
      out += "    </testcase>\n";
    }
    out += "  </testsuite>\n";
    open_.reset();
    if (spill_ == nullptr && !in_memory_) {
      spill_ = std::tmpfile();
      in_memory_ = spill_ == nullptr;  // no temporary file to be had: held in memory instead
      if (spill_ != nullptr) std::setvbuf(spill_, nullptr, _IONBF, 0);  // a full disk shows at once
    }
    if (spill_ != nullptr) {
      if (std::fwrite(out.data(), 1, out.size(), spill_) == out.size()) {
        spilled_ += out.size();
        return;
      }
      // The disk is full: the whole suites written so far come back, the rest is held in memory.
      std::fflush(spill_);
      std::rewind(spill_);
      char buf[1 << 16];
      for (std::size_t n; held_.size() < spilled_ && (n = std::fread(buf, 1, sizeof buf, spill_)) > 0;) held_.append(buf, n);
      held_.resize(spilled_);
      std::fclose(spill_);
      spill_ = nullptr;
      in_memory_ = true;
    }
    held_ += out;
  }
  i18n::Lang lang_;
  std::optional<Suite> open_;  // the dossier's suite, until the next dossier (its reviews join it)
  std::FILE* spill_ = nullptr;
  bool in_memory_ = false;  // no temporary file: the suites are held in `held_`
  std::size_t spilled_ = 0;  // bytes of whole suites in the temporary file
  std::string held_;
  int tests_ = 0, failures_ = 0;
};

} // namespace

std::unique_ptr<Stream> junit_stream(i18n::Lang lang, bool spill) { return std::make_unique<JunitStream>(lang, spill); }

std::string render_junit(const Report& r, i18n::Lang lang, double seconds) {
  JunitStream s(lang, true);
  return render_stream(s, r, seconds);
}

std::string render_github(const Report& r) {
  GithubStream s;
  return render_stream(s, r, 0);
}

std::string render_gitlab(const Report& r) {
  GitlabStream s;
  return render_stream(s, r, 0);
}

} // namespace sieg::check
