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
