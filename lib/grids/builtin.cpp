#include <algorithm>
#include <stdexcept>

#include "grids/grid.hpp"
#include "resources/resources.hpp"

namespace sieg::grids {

const std::vector<Grid>& builtin_grids() {
  static const std::vector<Grid> grids = [] {
    std::vector<Grid> out;
    for (const auto& r : resources::all()) {
      if (r.name.rfind("grids/", 0) != 0) continue;
      auto loaded = load_grid(std::string(r.bytes), std::string(r.name), i18n::Lang::En);
      if (!loaded.grid)
        throw std::logic_error("embedded " + std::string(r.name) + " does not load: " + loaded.diags.front().message);
      out.push_back(std::move(*loaded.grid));
    }
    std::sort(out.begin(), out.end(), [](const Grid& a, const Grid& b) { return a.id < b.id; });
    return out;
  }();
  return grids;
}

const Grid* find_grid(const std::string& id) {
  for (const auto& g : builtin_grids())
    if (g.id == id) return &g;
  return nullptr;
}

} // namespace sieg::grids
