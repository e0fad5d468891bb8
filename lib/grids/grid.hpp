// An evaluation grid as data (schemas/grids/*.toml): markers scored 0..scale with a descriptor per
// level, weights, dimensions, thresholds, disagreement threshold and aggregation.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "i18n/lang.hpp"

namespace sieg::grids {

enum class Aggregate { Mean, Median };

struct Marker {
  std::string id;
  i18n::Localized label;
  long long weight = 100;  // in hundredths: 100 = weight 1
  std::string dimension;   // empty when the grid has no dimensions
  std::string source;
  std::vector<i18n::Localized> levels;  // scale + 1 descriptors, level 0 first (empty below the grid's lowest)
  // Who wrote the level descriptors: the grid's own text (false), or sieg where the text names the
  // marker without levels (true) — then shown as sieg's, never as the region's, with `levels_note`.
  bool levels_by_sieg = false;
  i18n::Localized levels_note;
};

struct Dimension {
  std::string id;
  i18n::Localized label;
  long long weight = 100;  // in hundredths
  std::string source;
};

struct Thresholds {
  std::optional<int> min_total_percent;      // total / maximum, in percent
  std::optional<int> min_level;              // every marker's level at least this
  std::vector<std::string> eliminatory;      // markers that must reach eliminatory_level
  int eliminatory_level = 1;
};

struct Grid {
  std::string id;
  std::string file;
  i18n::Localized title;
  std::string source;
  int scale = 3;
  int lowest = 0;  // the lowest level: 0 (a 0–3 grid), or 1 (a 1–5 grid); levels below it are off the scale
  Aggregate aggregate = Aggregate::Mean;
  int disagreement = 2;  // reviewers' levels this far apart flag the marker
  std::vector<Dimension> dimensions;
  std::vector<Marker> markers;
  Thresholds thresholds;

  const Marker* marker(const std::string& marker_id) const {
    for (const auto& m : markers)
      if (m.id == marker_id) return &m;
    return nullptr;
  }
  std::vector<std::string> marker_ids() const {
    std::vector<std::string> ids;
    for (const auto& m : markers) ids.push_back(m.id);
    return ids;
  }
};

struct LoadResult {
  std::optional<Grid> grid;
  std::vector<diag::Diagnostic> diags;  // SIEG-G001 at file:line:col
};

LoadResult load_grid(const std::string& toml_text, const std::string& file, i18n::Lang lang);

// The compact binary form of a grid (resources/archive.hpp): tools/snapshot.cpp writes the embedded
// ones' at build time, so that a run does not parse their TOML again. from_snapshot throws std::exception
// when `bytes` are not such a form.
std::string to_snapshot(const Grid& grid);
Grid from_snapshot(std::string_view bytes);

const std::vector<Grid>& builtin_grids();
const Grid* find_grid(const std::string& id);

} // namespace sieg::grids
