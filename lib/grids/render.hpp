// Text renderings of grids, for `sieg grids`.
#pragma once
#include <string>
#include <vector>

#include "grids/grid.hpp"

namespace sieg::grids {

// `own`: the repository's grids (marked with their file).
std::string render_list(const std::vector<const Grid*>& grids, i18n::Lang lang, const std::vector<const Grid*>& own = {});
// Every marker with its weight, dimension, source and the descriptor of each level.
std::string render_grid(const Grid& grid, i18n::Lang lang);

} // namespace sieg::grids
