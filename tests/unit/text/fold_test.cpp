#include <doctest/doctest.h>

#include "text/fold.hpp"

using sieg::text::fold;
using sieg::text::slug;

TEST_CASE("fold: case and accents aside, in every script") {
  CHECK(fold("Communauté d'Agglomération") == "communaute d'agglomeration");
  CHECK(fold("ÉCOLE") == "ecole");
  CHECK(fold("Œuvre") == "oeuvre");
  CHECK(fold("ŒUVRE") == fold("oeuvre"));
  CHECK(fold("Lætitia") == "laetitia");
  CHECK(fold("Straße") == "strasse");
  CHECK(fold("STRASSE") == fold("Straße"));
  CHECK(fold("Ελληνικά") == "ελληνικα");
  CHECK(fold("ΕΛΛΗΝΙΚΑ") == fold("ελληνικά"));
  CHECK(fold("МОСКВА") == "москва");
  CHECK(fold("Ёлка") == fold("ёлка"));
  CHECK(fold("ﬁnance") == "finance");      // a compatibility ligature
  CHECK(fold("Łódź") == "lodz");
  CHECK(fold("plain ascii") == "plain ascii");
}

TEST_CASE("fold: a name matches itself folded, whatever its script") {
  for (const char* name : {"Association Œuvre Sociale", "Ассоциация «Надежда»", "Σύλλογος Αλληλεγγύης", "Straßenkinder e.V.",
                           "Æsir SCOP"})
    CHECK(fold(fold(name)) == fold(name));
}

TEST_CASE("fold: invalid UTF-8 is kept, ASCII lower-cased") {
  CHECK(fold(std::string("AB\xff")) == std::string("ab\xff"));
}

TEST_CASE("slug: a title becomes a file name") {
  CHECK(slug("Mon Projet Solidaire") == "mon-projet-solidaire");
  CHECK(slug("Répar'Café mobile : réparer et former") == "repar-cafe-mobile-reparer-et-former");
  CHECK(slug("  « L'Œuvre » — 2015 !  ") == "l-oeuvre-2015");
  CHECK(slug("Москва").empty());
  CHECK(slug(std::string(300, 'a')).size() == 80);
}
