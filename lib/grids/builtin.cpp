#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "grids/grid.hpp"
#include "resources/resources.hpp"

namespace sieg::grids {

namespace {
// Each embedded grid is parsed the first time it is asked for (embedded file "grids/<id>.toml",
// checked in builtin_grids()), so a run on one call's dossiers never reads the other grids.
Grid parse_embedded(std::string_view name, std::string_view bytes) {
  auto loaded = load_grid(std::string(bytes), std::string(name), i18n::Lang::En);
  if (!loaded.grid)
    throw std::logic_error("embedded " + std::string(name) + " does not load: " + loaded.diags.front().message);
  return std::move(*loaded.grid);
}
} // namespace

const Grid* find_grid(const std::string& id) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<const Grid>> parsed;
  std::lock_guard<std::mutex> lock(mutex);
  auto it = parsed.find(id);
  if (it != parsed.end()) return it->second.get();
  const std::string name = "grids/" + id + ".toml";
  std::unique_ptr<const Grid> grid;
  if (auto bytes = resources::find(name)) grid = std::make_unique<const Grid>(parse_embedded(name, *bytes));
  return parsed.emplace(id, std::move(grid)).first->second.get();
}

const std::vector<Grid>& builtin_grids() {
  static const std::vector<Grid> grids = [] {
    std::vector<Grid> out;
    for (const auto& r : resources::all()) {
      if (r.name.rfind("grids/", 0) != 0) continue;
      out.push_back(parse_embedded(r.name, r.bytes));
      if ("grids/" + out.back().id + ".toml" != r.name)
        throw std::logic_error("embedded " + std::string(r.name) + " holds grid " + out.back().id + ": the file must be named after its id");
    }
    std::sort(out.begin(), out.end(), [](const Grid& a, const Grid& b) { return a.id < b.id; });
    return out;
  }();
  return grids;
}

} // namespace sieg::grids
