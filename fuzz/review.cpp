// Fuzz target: a jury review's bytes — loader, review schema, typed review; then scored against an
// example dossier's self-assessment on its grid.
#include <string_view>

#include "score/review.hpp"
#include "score/score.hpp"
#include "target.hpp"

using namespace sieg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  score::LoadedReview lr = score::load_review_bytes(bytes, "fuzz.yaml", i18n::Lang::En);
  if (!lr.review) return 0;
  const grids::Grid* grid = grids::find_grid(lr.review->grid);
  if (grid == nullptr) return 0;
  score::DossierInput dossier;
  dossier.id = lr.review->dossier;
  dossier.carrier = "Association";
  dossier.partners = {"Commune de Bègles"};
  (void)score::score_dossier(*grid, dossier, {*lr.review, *lr.review}, {});
  return 0;
}
