// PDF from HTML, printed by headless Chromium (Debian's chromium): the only way sieg makes a PDF, so a
// PDF report is the HTML report on paper. No network (every host name unresolvable), no scripts.
#pragma once
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

} // namespace sieg::io
