// --grid NAME|PATH, shared by score and rank: a built-in grid, or a grid file.
#pragma once
#include <optional>
#include <string>

#include "commands.hpp"
#include "grids/grid.hpp"
#include "pipeline/repository.hpp"

namespace sieg::cmd {

// Prints what is wrong and returns nothing when the value is neither a built-in grid nor a valid file.
// `what` names the argument in messages ("--grid", "grids show").
// With `repo`, the repository's own grids (sieg.toml's `grid`, its calls' grid files) are known by id too.
std::optional<grids::Grid> load_grid_option(const std::string& value, const Globals& g, const char* what = "--grid",
                                            const pipeline::Repository* repo = nullptr);

// The grids in force: the built-in ones, then the repository's own.
std::vector<const grids::Grid*> grids_in_force(const pipeline::Repository* repo, std::vector<const grids::Grid*>* own = nullptr);

} // namespace sieg::cmd
