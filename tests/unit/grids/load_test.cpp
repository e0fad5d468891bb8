// The shipped grids against a fixture typed by hand from the seeds, and grid-file errors.
#include <doctest/doctest.h>

#include "grids/grid.hpp"
#include "values/rational.hpp"

using namespace sieg;

TEST_CASE("the Aquitaine grid: the 12 markers of the AMI's Annexe 1, in its order, maximum 36") {
  // Typed from 003_44078cbe8f59a8da.txt, Annexe 1 « Grille de lecture / évaluation des actions pour le jury ».
  const std::vector<std::string> labels{"Place des bénéficiaires", "Nature du collectif", "Intervention du collectif",
                                        "Place de la recherche", "Ancrage territorial", "Gouvernance",
                                        "Ressources, économie du projet", "Logique d'accessibilité", "Logique de service",
                                        "Rupture avec l'existant", "Capacité de changement social",
                                        "Facteurs environnementaux"};
  const grids::Grid* g = grids::find_grid("aquitaine");
  REQUIRE(g != nullptr);
  REQUIRE(g->markers.size() == 12);
  long long max = 0;
  for (std::size_t i = 0; i < 12; ++i) {
    CHECK(g->markers[i].label.fr == labels[i]);
    CHECK(g->markers[i].levels.size() == 4);
    CHECK(g->markers[i].weight == 100);
    CHECK(g->markers[i].source.find("Annexe 1") != std::string::npos);
    CHECK_FALSE(g->markers[i].label.en.empty());
    max += 3 * g->markers[i].weight;
  }
  CHECK(max == 3600);  // 36 points at weight 1
  CHECK(g->scale == 3);
  CHECK(g->disagreement == 2);
  CHECK(g->dimensions.empty());
}

TEST_CASE("the Picardie grid: the SIEG's 12 quality markers grouped into its appraisal dimensions") {
  // Typed from 000_5cc9e0c53c7c9977.txt, « La qualité » 1) to 12), and « A la lumière de ces marqueurs ».
  const std::vector<std::pair<std::string, std::string>> markers{
      {"Contextualisation des besoins et aspirations sociales", "contexte"},
      {"Place des bénéficiaires", "processus"},
      {"Nature du collectif", "processus"},
      {"Intervention du collectif", "processus"},
      {"Place de la recherche", "diffusion_changements"},
      {"Ancrage territorial", "processus"},
      {"Gouvernance", "processus"},
      {"Hybridation des ressources et modèle économique", "processus"},
      {"Logique d'accessibilité", "resultats"},
      {"Logique de service", "resultats"},
      {"Rupture avec l'existant", "diffusion_changements"},
      {"Capacité de changement social", "impacts"}};
  const grids::Grid* g = grids::find_grid("picardie");
  REQUIRE(g != nullptr);
  REQUIRE(g->markers.size() == 12);
  for (std::size_t i = 0; i < 12; ++i) {
    INFO(markers[i].first);
    CHECK(g->markers[i].label.fr == markers[i].first);
    CHECK(g->markers[i].dimension == markers[i].second);
  }
  std::vector<std::string> dims;
  for (const auto& d : g->dimensions) dims.push_back(d.label.fr);
  CHECK(dims == std::vector<std::string>{"Contexte", "Processus", "Résultats", "Impacts directs", "Diffusion et changements"});
  // A marker shared with Aquitaine keeps its meaning: same descriptors.
  const grids::Grid* aq = grids::find_grid("aquitaine");
  for (const auto& m : g->markers)
    if (const grids::Marker* same = aq->marker(m.id))
      for (std::size_t l = 0; l < 4; ++l) CHECK(m.levels[l].fr == same->levels[l].fr);
}

namespace {
std::vector<diag::Diagnostic> load(const std::string& text) { return grids::load_grid(text, "g.toml", i18n::Lang::En).diags; }
const char* kLevels = R"(levels = [{ fr = "a", en = "a" }, { fr = "b", en = "b" }, { fr = "c", en = "c" }, { fr = "d", en = "d" }]
)";
} // namespace

TEST_CASE("a grid file with mistakes: each at its line and column") {
  std::string head = "id = \"g\"\ntitle = { fr = \"G\", en = \"G\" }\nsource = \"s\"\n";
  CHECK(load(head + "[[markers]]\nid = \"m\"\nlabel = { fr = \"M\", en = \"M\" }\nsource = \"s\"\n" + kLevels).empty());
  auto short_levels = load(head + "[[markers]]\nid = \"m\"\nlabel = { fr = \"M\", en = \"M\" }\nsource = \"s\"\nlevels = [{ fr = \"a\", en = \"a\" }]\n");
  REQUIRE(short_levels.size() == 1);
  CHECK(short_levels[0].code == "SIEG-G001");
  CHECK(short_levels[0].line == 8);
  CHECK(short_levels[0].message == "'levels': 4 descriptors expected (levels 0 to 3), 1 found");
  auto bad_weight = load(head + "[[markers]]\nid = \"m\"\nweight = 1.234\nlabel = { fr = \"M\", en = \"M\" }\nsource = \"s\"\n" + kLevels);
  REQUIRE(bad_weight.size() == 1);
  CHECK(bad_weight[0].line == 6);
  auto dims = load(head + "[[dimensions]]\nid = \"d\"\nlabel = { fr = \"D\", en = \"D\" }\nsource = \"s\"\n"
                          "[[markers]]\nid = \"m\"\ndimension = \"x\"\nlabel = { fr = \"M\", en = \"M\" }\nsource = \"s\"\n" + kLevels);
  REQUIRE(dims.size() == 1);
  CHECK(dims[0].message == "unknown dimension 'x' (dimensions: d)");
  auto unknown = load(head + "scael = 3\n");
  REQUIRE(unknown.size() >= 1);
  CHECK(unknown[0].line == 4);
  CHECK(unknown[0].message.rfind("unknown key 'scael'", 0) == 0);
  auto elim = load(head + "[thresholds]\neliminatory = [\"nope\"]\n[[markers]]\nid = \"m\"\nlabel = { fr = \"M\", en = \"M\" }\nsource = \"s\"\n" + kLevels);
  REQUIRE(elim.size() == 1);
  CHECK(elim[0].message == "unknown marker 'nope'");
}

// Found by fuzz/grid (fuzz/regression/grid/crash-950a800c...): two dimensions without an id made the
// duplicate check dereference the missing key. Now each missing id is reported once, and no duplicate.
TEST_CASE("a grid whose dimensions lack their id: one error each, no crash") {
  std::string head = "id = \"g\"\ntitle = { fr = \"G\", en = \"G\" }\nsource = \"s\"\n";
  auto r = load(head + "[[dimensions]]\nlabel = { fr = \"D\", en = \"D\" }\nsource = \"s\"\n"
                       "[[dimensions]]\nlabel = { fr = \"E\", en = \"E\" }\nsource = \"s\"\n"
                       "[[markers]]\nid = \"m\"\nlabel = { fr = \"M\", en = \"M\" }\nsource = \"s\"\n" + kLevels);
  REQUIRE(r.size() >= 2);
  CHECK(r[0].line == 4);
  CHECK(r[0].message == "missing required key 'id'");
  CHECK(r[1].line == 7);
  CHECK(r[1].message == "missing required key 'id'");
}
