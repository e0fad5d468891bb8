// A grid in the compact form of resources/archive.hpp, for the embedded grids' build-time snapshot.
#include "grids/grid.hpp"
#include "resources/archive.hpp"

namespace sieg::grids {

#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(Grid) == 272 && sizeof(Marker) == 264 && sizeof(Dimension) == 136 && sizeof(Thresholds) == 48,
              "a field of a grid's structs changed: list it in fields() below, then update these sizes");
#endif

template <typename A>
void fields(A& a, Marker& m) {
  a(m.id);
  a(m.label);
  a(m.weight);
  a(m.dimension);
  a(m.source);
  a(m.levels);
  a(m.levels_by_sieg);
  a(m.levels_note);
}

template <typename A>
void fields(A& a, Dimension& d) {
  a(d.id);
  a(d.label);
  a(d.weight);
  a(d.source);
}

template <typename A>
void fields(A& a, Thresholds& t) {
  a(t.min_total_percent);
  a(t.min_level);
  a(t.eliminatory);
  a(t.eliminatory_level);
}

template <typename A>
void fields(A& a, Grid& g) {
  a(g.id);
  a(g.file);
  a(g.title);
  a(g.source);
  a(g.scale);
  a(g.lowest);
  a(g.aggregate);
  a(g.disagreement);
  a(g.dimensions);
  a(g.markers);
  a(g.thresholds);
}

std::string to_snapshot(const Grid& grid) { return resources::to_bytes(grid); }

Grid from_snapshot(std::string_view bytes) { return resources::from_bytes<Grid>(bytes); }

} // namespace sieg::grids
