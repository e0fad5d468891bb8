#include <stdexcept>

#include "grids/grid.hpp"
#include "resources/archive.hpp"
#include "resources/parsed.hpp"

namespace sieg::grids {

namespace {
Grid parse_embedded(std::string_view name, std::string_view bytes) {
  // Its snapshot, made at build time, when the binary has one for this very text; else parsed here.
  if (auto snapshot = resources::snapshot(name, bytes)) return from_snapshot(*snapshot);
  auto loaded = load_grid(std::string(bytes), std::string(name), i18n::Lang::En);
  if (!loaded.grid)
    throw std::logic_error("embedded " + std::string(name) + " does not load: " + loaded.diags.front().message);
  return std::move(*loaded.grid);
}

resources::Parsed<Grid>& embedded() {
  static resources::Parsed<Grid> grids("grids", parse_embedded);
  return grids;
}
} // namespace

const Grid* find_grid(const std::string& id) { return embedded().find(id); }

const std::vector<Grid>& builtin_grids() { return embedded().all(); }

} // namespace sieg::grids
