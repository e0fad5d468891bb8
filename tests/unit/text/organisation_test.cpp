#include <doctest/doctest.h>

#include "text/organisation.hpp"

using namespace sieg::text;

TEST_CASE("distinctive words leave out legal forms, public bodies' generic words and small words") {
  CHECK(distinctive_words("Communauté d'agglomération du Grand Périgueux") == std::vector<std::string>{"grand", "perigueux"});
  CHECK(distinctive_words("Communauté d’agglomération du Grand-Périgueux") == std::vector<std::string>{"grand", "perigueux"});
  CHECK(distinctive_words("SCOP SARL Bâti Sud") == std::vector<std::string>{"bati", "sud"});
  CHECK(distinctive_words("Association « Les Petits Horizons »") == std::vector<std::string>{"horizons", "petits"});
  CHECK(distinctive_words("Association").empty());
}

TEST_CASE("the same organisation, written differently") {
  CHECK(match_organisations("SCOP Bâti-Sud", "scop bati sud") == OrgMatch::Same);
  CHECK(match_organisations("ŒUVRE SOCIALE", "Oeuvre  sociale") == OrgMatch::Same);
}

TEST_CASE("possible conflicts: one name's distinctive words all in the other") {
  CHECK(match_organisations("Communauté d'agglomération du Grand Périgueux", "Grand Périgueux") == OrgMatch::Possible);
  CHECK(match_organisations("Grand Périgueux", "CA du Grand-Périgueux") == OrgMatch::Possible);
  CHECK(match_organisations("Emmaüs", "Emmaüs Connect") == OrgMatch::Possible);
  CHECK(match_organisations("Centre communal d'action sociale de Bègles", "Ville de Bègles (CCAS)") == OrgMatch::Possible);
  CHECK(match_organisations("CCAS de Bègles", "Commune de Bègles") == OrgMatch::Possible);
  CHECK(match_organisations("Conseil départemental de la Gironde", "Département de la Gironde") == OrgMatch::Possible);
}

TEST_CASE("no conflict between different bodies of the same kind, or names that say nothing") {
  CHECK(match_organisations("Centre hospitalier de Pau", "Centre hospitalier du Sud-Gironde") == OrgMatch::None);
  CHECK(match_organisations("Communauté d'agglomération du Grand Périgueux", "Grand Paris Sud") == OrgMatch::None);
  CHECK(match_organisations("Association", "Association des paralysés de France") == OrgMatch::None);
  CHECK(match_organisations("", "Emmaüs") == OrgMatch::None);
  CHECK(match_organisations("Université de Bordeaux", "Université de Poitiers") == OrgMatch::None);
}

TEST_CASE("a region's or a département's name is where a body is, not which body (issue 31)") {
  // Sharing the place alone: different bodies.
  CHECK(match_organisations("Région Aquitaine", "France Active Aquitaine") == OrgMatch::None);
  CHECK(match_organisations("Conseil régional d'Aquitaine", "URSCOP Aquitaine") == OrgMatch::None);
  CHECK(match_organisations("Région Nouvelle-Aquitaine", "France Active Nouvelle-Aquitaine") == OrgMatch::None);
  CHECK(match_organisations("Département de la Gironde", "Fédération des centres sociaux de Gironde") == OrgMatch::None);
  CHECK(match_organisations("Région Hauts-de-France", "Union régionale des Scop des Hauts-de-France") == OrgMatch::None);
  // Both named by the place alone: the same body, possibly.
  CHECK(match_organisations("Région Aquitaine", "Conseil régional d'Aquitaine") == OrgMatch::Possible);
  // A name beside the place still tells bodies apart, and the same one.
  CHECK(match_organisations("France Active Aquitaine", "France Active") == OrgMatch::Possible);
  CHECK(match_organisations("Emmaüs Gironde", "Emmaüs") == OrgMatch::Possible);
}
