#include <doctest/doctest.h>

#include "schema/suggest.hpp"

using namespace sieg::schema;

TEST_CASE("fold removes French accents and case") {
  CHECK(fold("Émergence") == "emergence");
  CHECK(fold("mise en œuvre") == "mise_en_oeuvre");
  CHECK(fold("Intitulé-de l'action") == "intitule_de_l_action");
}

TEST_CASE("edit distance counts characters, not bytes") {
  CHECK(distance("emergence", "émergence") == 1);
  CHECK(distance("kitten", "sitting") == 3);
  CHECK(distance("", "abc") == 3);
}

TEST_CASE("closest finds typos and accented spellings, not unrelated words") {
  std::vector<std::string> phases{"emergence", "experimentation_mise_en_oeuvre", "evaluation_generalisation"};
  CHECK(closest("émergence", phases) == "emergence");
  CHECK(closest("emergense", phases) == "emergence");
  CHECK(closest("experimentation", phases) == "experimentation_mise_en_oeuvre");
  CHECK_FALSE(closest("budget", phases).has_value());
  std::vector<std::string> keys{"intitule", "resume", "objectifs"};
  CHECK(closest("intitulé", keys) == "intitule");
  CHECK(closest("objectif", keys) == "objectifs");
  CHECK_FALSE(closest("x", keys).has_value());
}
