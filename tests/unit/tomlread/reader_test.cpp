// lib/tomlread/reader: sieg's TOML data read with every key checked and every problem positioned.
#include <doctest/doctest.h>

#include "tomlread/reader.hpp"

using namespace sieg;

TEST_CASE("an unknown key and a syntax error, each at its line and column") {
  std::vector<diag::Diagnostic> out;
  tomlread::Reader r("x.toml", i18n::Lang::En, "SIEG-C001", out);
  auto t = r.parse("a = 1\nbee = 2\n");
  REQUIRE(t.has_value());
  r.check_keys(*t, {"a", "be"});
  REQUIRE(out.size() == 1);
  CHECK(out[0].code == "SIEG-C001");
  CHECK(out[0].file == "x.toml");
  CHECK(out[0].line == 2);
  CHECK(out[0].col == 1);
  CHECK(out[0].message.find("bee") != std::string::npos);
  out.clear();
  CHECK_FALSE(r.parse("a = \n").has_value());
  REQUIRE(out.size() == 1);
  CHECK(out[0].line == 1);
}

TEST_CASE("integers in range, hundredths, texts in both languages") {
  std::vector<diag::Diagnostic> out;
  tomlread::Reader r("x.toml", i18n::Lang::Fr, "SIEG-G001", out);
  auto t = r.parse("n = 5\nw = 1.25\nbad = 1.255\ntitle = { fr = \"Un\", en = \"One\" }\n");
  REQUIRE(t.has_value());
  CHECK(r.integer(*t->get("n"), "n", 0, 3) == std::nullopt);
  CHECK(r.integer(*t->get("n"), "n", 0, 9) == 5);
  CHECK(r.hundredths(*t->get("w"), "w") == 125);
  CHECK(r.hundredths(*t->get("bad"), "bad") == std::nullopt);
  auto title = r.text(*t, "title");
  CHECK(title.get(i18n::Lang::En) == "One");
  CHECK(title.get(i18n::Lang::Fr) == "Un");
  CHECK(out.size() == 2);  // n out of range, bad with three decimals
}
