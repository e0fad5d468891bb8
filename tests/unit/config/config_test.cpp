#include <doctest/doctest.h>

#include <string>

#include "config/config.hpp"

using namespace sieg;

TEST_CASE("load_config: a juror twice (as a person would write it) is an error naming the first line") {
  auto r = config::load_config("[[jury]]\nname = \"Anne Roussel\"\norganisation = \"A\"\n\n[[jury]]\nname = \"anne  ROUSSEL\"\n"
                               "organisation = \"B\"\n\n[[jury]]\nname = \"Paul Martin\"\norganisation = \"C\"\n",
                               "sieg.toml", i18n::Lang::En, std::vector<std::string>{});
  REQUIRE(r.diags.size() == 1);
  CHECK(r.diags[0].line == 6);
  CHECK(r.diags[0].message == "'anne  ROUSSEL' is in the jury already (line 1)");
}

TEST_CASE("find_juror: by folded name, from the index built when loading") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "[[jury]]\nname = \"Juré " + std::to_string(i) + "\"\norganisation = \"O\"\n";
  auto r = config::load_config(text, "sieg.toml", i18n::Lang::En, std::vector<std::string>{});
  REQUIRE(r.config);
  CHECK(r.diags.empty());
  const config::Juror* j = config::find_juror(*r.config, "JURE 1999");
  REQUIRE(j != nullptr);
  CHECK(j->name == "Juré 1999");
  CHECK(config::find_juror(*r.config, "Juré 2000") == nullptr);
}

TEST_CASE("load_config: reviews is a folder inside the repository") {
  for (const char* bad : {"/srv/reviews", "../reviews", "a/../../reviews", ""}) {
    auto r = config::load_config(std::string("reviews = \"") + bad + "\"\n", "sieg.toml", i18n::Lang::En, std::vector<std::string>{});
    REQUIRE(r.diags.size() == 1);
    CHECK(r.diags[0].message.find("a folder of the repository") != std::string::npos);
  }
  auto ok = config::load_config("reviews = \"jury/../evaluations\"\n", "sieg.toml", i18n::Lang::En, std::vector<std::string>{});
  CHECK(ok.diags.empty());
}
