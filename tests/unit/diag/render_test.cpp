// lib/diag/render: the one text form and the one JSON shape of a diagnostic.
#include <doctest/doctest.h>

#include "diag/render.hpp"

using namespace sieg;

namespace {
diag::Diagnostic sample() {
  diag::Diagnostic d;
  d.code = "SIEG-S004";
  d.file = "d.yaml";
  d.line = 6;
  d.col = 10;
  d.message = "value not allowed";
  d.hint = "did you mean 'emergence'?";
  return d;
}
} // namespace

TEST_CASE("render_text: file:line:col: severity[code]: message, then the hint") {
  CHECK(diag::render_text(sample(), i18n::Lang::En, false) ==
        "d.yaml:6:10: error[SIEG-S004]: value not allowed\n  = help: did you mean 'emergence'?\n");
  CHECK(diag::render_text(sample(), i18n::Lang::Fr, false) ==
        "d.yaml:6:10: error[SIEG-S004]: value not allowed\n  = aide : did you mean 'emergence'?\n");
  diag::Diagnostic whole = sample();
  whole.line = whole.col = 0;
  whole.hint.clear();
  whole.severity = diag::Severity::Warning;
  CHECK(diag::render_text(whole, i18n::Lang::En, false) == "d.yaml: warning[SIEG-S004]: value not allowed\n");
  CHECK(diag::render_text(whole, i18n::Lang::En, true).find("\x1b[") != std::string::npos);
}

TEST_CASE("to_json: one shape in every command") {
  CHECK(diag::to_json(sample()).dump() ==
        R"({"code":"SIEG-S004","severity":"error","file":"d.yaml","line":6,"column":10,"message":"value not allowed","hint":"did you mean 'emergence'?"})");
  diag::Diagnostic d = sample();
  d.hint.clear();
  CHECK(diag::to_json(d)["hint"].is_null());
}

TEST_CASE("render_summary and count: plural forms, I/O errors apart") {
  diag::Counts c = diag::count({sample()});
  CHECK(c.errors == 1);
  CHECK(c.io_errors == 0);
  CHECK(diag::render_summary(1, c, i18n::Lang::En, false) == "1 file checked: 1 error, 0 warnings\n");
  CHECK(diag::render_summary(2, c, i18n::Lang::Fr, false) == "2 fichiers vérifiés : 1 erreur, 0 avertissement\n");
  diag::Diagnostic io = sample();
  io.code = "SIEG-IO01";
  CHECK(diag::count({io}).io_errors == 1);
}
