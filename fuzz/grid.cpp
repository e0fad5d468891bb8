// Fuzz target: a grid file (TOML) through the checked loader, then a score with every level at 2.
#include <string>

#include "grids/grid.hpp"
#include "score/score.hpp"
#include "target.hpp"

using namespace sieg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto r = grids::load_grid(text, "fuzz.toml", i18n::Lang::En);
  if (!r.grid) return 0;
  score::DossierInput dossier;
  score::SelfAssessment self;
  for (const auto& m : r.grid->markers) {
    self.levels[m.id] = score::Level{2, "", {}};
    self.order.push_back(m.id);
  }
  dossier.self.push_back(self);
  (void)score::score_dossier(*r.grid, dossier, {}, {});
  return 0;
}
