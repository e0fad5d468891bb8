// The outputs of `sieg check`: text, sieg's JSON, SARIF 2.1.0, JUnit XML, GitHub workflow commands,
// GitLab Code Quality. Each is a pure function of the report.
#pragma once
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "calls/call.hpp"
#include <string>

#include "check/check.hpp"

namespace sieg::check {

// `verbose` (-v): each file's line (render_file_lines) before the summary; `quiet` (-q): the findings
// alone, without the summary and notes.
std::string render_text(const Report& r, i18n::Lang lang, bool colour, double seconds, bool verbose = false,
                        bool quiet = false);
// render_text in pieces, for a report streamed file by file: one file's findings (and its "… and K
// more" line), then the rest (-v lines of r.files, notes, summary) once every file is done.
std::string render_text_file(const FileReport& f, i18n::Lang lang, bool colour);
std::string render_text_summary(const Report& r, i18n::Lang lang, double seconds, bool verbose = false);
// -v: one line per file checked, before the summary ("dossiers/a.yaml: dossier, eligible, 26.00 (jury)";
// "evaluations/a/x.yaml: review, 1 error").
std::string render_file_lines(const Report& r, i18n::Lang lang);
std::string render_json(const Report& r, double seconds);
std::string render_sarif(const Report& r, i18n::Lang lang);
std::string render_junit(const Report& r, i18n::Lang lang, double seconds);
std::string render_github(const Report& r);
std::string render_gitlab(const Report& r);

// The formats that can be written file by file, as sieg check streams them: begin(), then file(f) for
// each file in order, then end(r, seconds) once the totals are known (r.files may be empty). render_json,
// render_sarif, render_junit, render_github and render_gitlab are exactly these over r.files; text is
// render_text without -v.
class Stream {
 public:
  virtual ~Stream() = default;
  virtual std::string begin() { return {}; }
  virtual std::string file(const FileReport& f) = 0;
  virtual std::string end(const Report& r, double seconds) = 0;
  // end(), in pieces (JUnit's suites wait in a temporary file: they are copied out, never held).
  virtual void finish(const Report& r, double seconds, const std::function<void(std::string_view)>& put) {
    put(end(r, seconds));
  }
};
// A stream over a whole report: begin() + file(f) for each of r.files + end(r).
std::string render_stream(Stream& s, const Report& r, double seconds);
std::unique_ptr<Stream> json_stream();
// `calls`: the calls in force (built-in and the repository's own), whose rules the SARIF run describes.
std::unique_ptr<Stream> sarif_stream(i18n::Lang lang, std::vector<calls::Call> calls);
std::unique_ptr<Stream> github_stream();
std::unique_ptr<Stream> gitlab_stream();
// `spill`: the suites wait in a temporary file; false, or when none can be had, they are held in memory.
std::unique_ptr<Stream> junit_stream(i18n::Lang lang, bool spill = true);
std::unique_ptr<Stream> text_stream(i18n::Lang lang, bool colour, bool quiet);

// Escaping, exposed for tests.
std::string github_data(const std::string& s);      // %, CR, LF
std::string github_property(const std::string& s);  // and ':' ','
// A path as SARIF's artifactLocation.uri (RFC 3986): every byte but unreserved characters and '/'
// percent-encoded ("crèche solidaire.yaml" -> "cr%C3%A8che%20solidaire.yaml", "projet#2.yaml" ->
// "projet%232.yaml"); an absolute path becomes a file:// URI.
std::string sarif_uri(std::string_view path);
std::string xml_escape(const std::string& s);
std::string fingerprint(const std::string& text);   // 32 hex digits, stable

} // namespace sieg::check
