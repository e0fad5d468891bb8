// PDF from HTML, printed by headless Chromium (Debian's chromium): the only way sieg makes a PDF, so a
// PDF report is the HTML report on paper. No network (every host name unresolvable), no scripts. One
// browser prints many pages (Chromium's DevTools protocol over a pipe): sieg handout starts it once.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::io {

// The Chromium to run: $SIEG_CHROMIUM when set, else chromium, chromium-browser or google-chrome on
// the PATH. Empty when there is none.
std::string find_chromium();

// Prints `html` to a PDF. Nothing (and `pdf` holds the bytes, starting with %PDF) or SIEG-IO09 about
// `output` (the file the PDF was for): no Chromium (the hint says what to install), or Chromium failed or
// took over `timeout_s` seconds.
std::optional<diag::Diagnostic> html_to_pdf(const std::string& html, std::string& pdf, const std::string& output,
                                            i18n::Lang lang, int timeout_s = 120);

// One browser for many pages: started at the first print, closed (its whole process group) when the
// printer goes. A failure (no Chromium, a crash, a timeout of `timeout_s` seconds for one page) is
// SIEG-IO09 about the output, and every later print gives it too. SIGINT/SIGTERM while it lives: the
// browser's group is killed, its temporary folder removed, and sieg dies of the signal.
class PdfPrinter {
 public:
  explicit PdfPrinter(i18n::Lang lang, int timeout_s = 120);
  ~PdfPrinter();
  PdfPrinter(const PdfPrinter&) = delete;
  PdfPrinter& operator=(const PdfPrinter&) = delete;
  std::optional<diag::Diagnostic> print(const std::string& html, std::string& pdf, const std::string& output);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace sieg::io
