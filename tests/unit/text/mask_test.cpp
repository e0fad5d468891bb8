#include <doctest/doctest.h>

#include "text/mask.hpp"

using sieg::text::Masker;

TEST_CASE("Masker: whole names and surnames, whatever the case, accents, spacing and order") {
  Masker m;
  m.person("Hélène Garnier", "[R1]");
  m.value("helene.garnier@example.org", "[courriel]");
  m.organisation("Réseau des coopératives d'Aquitaine", "[org]");
  CHECK(m.masked("Vu avec Hélène Garnier hier.") == "Vu avec [R1] hier.");
  CHECK(m.masked("Vu avec HELENE  GARNIER hier.") == "Vu avec [R1] hier.");
  CHECK(m.masked("Vu avec helene\ngarnier hier.") == "Vu avec [R1] hier.");
  CHECK(m.masked("GARNIER Hélène signe.") == "[R1] signe.");
  CHECK(m.masked("Mme Garnier signe.") == "Mme [R1] signe.");
  CHECK(m.masked("evaluations/creche/helene-garnier.yaml") == "evaluations/creche/[R1].yaml");
  CHECK(m.masked("écrire à helene.garnier@example.org.") == "écrire à [courriel].");
  CHECK(m.masked("Garniers et Garnierville restent.") == "Garniers et Garnierville restent.");  // whole words only
  CHECK(m.masked("Le Réseau des Coopératives d’Aquitaine évalue.") == "Le [org] évalue.");
  CHECK(m.masked("Le Réseau des coopératives d'Aquitaine évalue.", false) == "Le Réseau des coopératives d'Aquitaine évalue.");
  CHECK(m.masked("« Garnier »") == "« [R1] »");
  CHECK(m.masked("rien à masquer") == "rien à masquer");
  CHECK(m.masked("") == "");
}

TEST_CASE("Masker: the first mark wins; a one- or two-letter name alone masks nothing") {
  Masker m;
  m.person("Paul Martin", "évaluateur 1");
  m.person("Paul Martin", "[masqué]");
  m.person("Li", "x");
  m.value("ab", "x");
  CHECK(m.masked("Paul Martin et Li") == "évaluateur 1 et Li");
  CHECK(m.masked("M. MARTIN") == "M. évaluateur 1");
}
