// The review schema for one grid, for editors: review.schema.json with the grid's markers as properties
// of `niveaux` (each offered by name, with its label and the descriptor of every level), levels within
// the grid's scale, and `grille` fixed to the grid's id. sieg itself checks reviews against the grid
// (SIEG-R001..R007); this schema lets an editor say the same while the reviewer types.
#pragma once
#include <string>

#include "grids/grid.hpp"

namespace sieg::grids {

std::string review_schema(const Grid& grid);

} // namespace sieg::grids
