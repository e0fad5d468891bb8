// Text renderings of grids, for `sieg grids`.
#pragma once
#include <string>
#include <vector>

#include "grids/grid.hpp"

namespace sieg::grids {

std::string render_list(const std::vector<Grid>& grids, i18n::Lang lang);
// Every marker with its weight, dimension, source and the descriptor of each level.
std::string render_grid(const Grid& grid, i18n::Lang lang);

} // namespace sieg::grids
