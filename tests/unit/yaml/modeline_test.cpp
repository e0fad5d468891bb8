#include <doctest/doctest.h>

#include "yaml/modeline.hpp"

using namespace sieg::yaml;

TEST_CASE("the modeline's schema, with the column where it starts") {
  auto m = schema_modeline("# yaml-language-server: $schema=../schemas/dossier.schema.json\nformat: 1\n");
  REQUIRE(m.has_value());
  CHECK(m->target == "../schemas/dossier.schema.json");
  CHECK(m->line == 1);
  CHECK(m->col == 33);
  auto colon = schema_modeline("format: 1\n  #   yaml-language-server :  $schema: s.json  extra\n");
  REQUIRE(colon.has_value());
  CHECK(colon->target == "s.json");
  CHECK(colon->line == 2);
  CHECK(colon->col == 40);
  auto bom = schema_modeline("\xEF\xBB\xBF# yaml-language-server: $schema=x.json\r\n");
  REQUIRE(bom.has_value());
  CHECK(bom->target == "x.json");
  CHECK(bom->col == 33);
  CHECK(schema_modeline("# yaml-language-server: $schema=https://example.org/s.json")->target == "https://example.org/s.json");
  CHECK(schema_modeline("# é yaml-language-server: $schema=x")  // the name comes first
            .has_value() == false);
}

TEST_CASE("no modeline: none, a glued '#', no $schema, or the first modeline has none") {
  CHECK_FALSE(schema_modeline("format: 1\n").has_value());
  CHECK_FALSE(schema_modeline("#yaml-language-server: $schema=x.json\n").has_value());
  CHECK_FALSE(schema_modeline("# yaml-language-server: $schema=\n").has_value());
  CHECK_FALSE(schema_modeline("# yaml-language-server: $format=x\n# yaml-language-server: $schema=x.json\n").has_value());
  CHECK_FALSE(schema_modeline("titre: x # yaml-language-server: $schema=x.json\n").has_value());  // not a comment line
}

TEST_CASE("a '#' line inside a block text is text, not a modeline") {
  const char* text =
      "description: |\n"
      "  # yaml-language-server: $schema=x.json\n"
      "\n"
      "  la suite\n"
      "# yaml-language-server: $schema=y.json\n";
  auto m = schema_modeline(text);
  REQUIRE(m.has_value());
  CHECK(m->target == "y.json");
  CHECK(m->line == 5);
  CHECK_FALSE(schema_modeline("- >-\n  # yaml-language-server: $schema=x.json\n").has_value());
}
