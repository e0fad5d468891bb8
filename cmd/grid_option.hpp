// --grid NAME|PATH, shared by score and rank: a built-in grid, or a grid file.
#pragma once
#include <optional>
#include <string>

#include "commands.hpp"
#include "grids/grid.hpp"

namespace sieg::cmd {

// Prints what is wrong and returns nothing when the value is neither a built-in grid nor a valid file.
// `what` names the argument in messages ("--grid", "grids show").
std::optional<grids::Grid> load_grid_option(const std::string& value, const Globals& g, const char* what = "--grid");

} // namespace sieg::cmd
