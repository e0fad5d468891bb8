#include <doctest/doctest.h>

#include "markup/escape.hpp"

using namespace sieg;

TEST_CASE("markup: HTML escaping covers text and attribute contexts") {
  CHECK(markup::html(R"(<script>alert(1)</script>"><img src=x onerror='a'> & co)") ==
        "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt; &amp; co");
  CHECK(markup::html("Bègles — 40 000 €") == "Bègles — 40 000 €");
}

TEST_CASE("markup: Markdown escaping neutralises links, HTML, emphasis, tables; lines stay on one line") {
  CHECK(markup::md("[clic](javascript:alert(3))") == "\\[clic\\](javascript:alert(3))");
  CHECK(markup::md("<b>*a*_b_|c`d`&amp;#1 ~x~ !$y$\\") ==
        "\\<b\\>\\*a\\*\\_b\\_\\|c\\`d\\`\\&amp;\\#1 \\~x\\~ \\!\\$y\\$\\\\");
  CHECK(markup::md("line one\nline two\r\n\tthree") == "line one line two three");
  CHECK(markup::md("12,5 % - ok.") == "12,5 % - ok.");
}

TEST_CASE("markup: control characters never reach a page or a terminal") {
  CHECK(markup::html("a\x1b]0;x\x07" "b") == "a\uFFFD]0;x\uFFFD" "b");
  CHECK(markup::md("a\x1b[31mb") == "a\uFFFD\\[31mb");
  CHECK(markup::html("l1\nl2\tx") == "l1\nl2\tx");
}
