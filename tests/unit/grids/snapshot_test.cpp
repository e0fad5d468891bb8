// The embedded grids' snapshots: those of the grid files loaded now, read back to the same bytes.
#include <doctest/doctest.h>

#include "grids/grid.hpp"
#include "resources/archive.hpp"
#include "resources/resources.hpp"

using namespace sieg;

TEST_CASE("each embedded grid's snapshot is the grid file loaded now, and reads back the same") {
  for (const char* name : {"grids/aquitaine.toml", "grids/picardie.toml"}) {
    INFO(name);
    auto text = resources::find(name);
    auto loaded = grids::load_grid(std::string(*text), name, i18n::Lang::En);
    REQUIRE(loaded.grid);
    auto snap = resources::snapshot(name, *text);
    REQUIRE(snap.has_value());
    CHECK(*snap == grids::to_snapshot(*loaded.grid));
    const grids::Grid back = grids::from_snapshot(*snap);
    CHECK(grids::to_snapshot(back) == *snap);
    CHECK(back.markers.size() == 12);
  }
}

TEST_CASE("a grid's snapshot cut short or with a stray byte is refused") {
  const std::string whole = grids::to_snapshot(*grids::find_grid("picardie"));
  for (std::size_t n : {std::size_t{0}, whole.size() / 2, whole.size() - 1})
    CHECK_THROWS(grids::from_snapshot(std::string_view(whole).substr(0, n)));
  CHECK_THROWS(grids::from_snapshot(whole + "x"));
}
