#include <algorithm>
#include "grids/render.hpp"

#include <fmt/format.h>

#include "values/rational.hpp"

namespace sieg::grids {
namespace {
using i18n::pick;
std::string colon(i18n::Lang l) { return l == i18n::Lang::Fr ? " :" : ":"; }
std::string weight(long long h, i18n::Lang l) { return values::to_fixed(values::Rational(h, 100), 2, l == i18n::Lang::Fr); }

values::Rational maximum(const Grid& g) {
  values::Rational total;
  for (const auto& m : g.markers) {
    values::Rational w(m.weight, 100);
    for (const auto& d : g.dimensions)
      if (d.id == m.dimension) w = w * values::Rational(d.weight, 100);
    total = total + values::Rational(g.scale) * w;
  }
  return total;
}
} // namespace

std::string render_list(const std::vector<const Grid*>& grids, i18n::Lang l, const std::vector<const Grid*>& own) {
  std::string out;
  std::size_t width = 12;  // the ids' column: the longest id and a space
  for (const Grid* gp : grids) width = std::max(width, gp->id.size() + 1);
  for (const Grid* gp : grids) {
    const Grid& g = *gp;
    std::string mark = std::find(own.begin(), own.end(), gp) != own.end()
                           ? fmt::format(fmt::runtime(pick({" (grille du dépôt : {0})", " (the repository's grid: {0})"}, l)), g.file)
                           : "";
    out += fmt::format("{:<{}} {}{}\n{:<{}} {} {}, {} {}–{}, {} {}\n", g.id, width, g.title.get(l), mark, "", width, g.markers.size(),
                       pick({"repères", "markers"}, l), pick({"niveaux", "levels"}, l), g.lowest, g.scale,
                       pick({"maximum", "maximum"}, l), values::to_fixed(maximum(g), 2, l == i18n::Lang::Fr));
  }
  return out;
}

std::string render_grid(const Grid& g, i18n::Lang l) {
  std::string out = fmt::format("{} — {}\n", g.id, g.title.get(l));
  out += fmt::format("Source{} {}\n", colon(l), g.source);
  const char* semi = l == i18n::Lang::Fr ? " ;" : ";";
  out += fmt::format("{}{} {}–{}{} {}{} {}{} {}{} {} {}\n", pick({"Échelle", "Scale"}, l), colon(l), g.lowest, g.scale, semi,
                     pick({"agrégation", "aggregation"}, l), colon(l),
                     g.aggregate == Aggregate::Mean ? pick({"moyenne", "mean"}, l) : pick({"médiane", "median"}, l), semi,
                     pick({"désaccord à partir de", "disagreement from"}, l), colon(l), g.disagreement,
                     pick({"niveaux d'écart", "levels apart"}, l));
  out += fmt::format("{}{} {}\n", pick({"Maximum", "Maximum"}, l), colon(l),
                     values::to_fixed(maximum(g), 2, l == i18n::Lang::Fr));
  const auto& t = g.thresholds;
  if (!t.min_total_percent && !t.min_level && t.eliminatory.empty())
    out += pick({"Seuils : aucun\n", "Thresholds: none\n"}, l);
  if (t.min_total_percent)
    out += fmt::format("{}{} {} %\n", pick({"Seuil, total minimum", "Threshold, minimum total"}, l), colon(l), *t.min_total_percent);
  if (t.min_level)
    out += fmt::format("{}{} {}\n", pick({"Seuil, niveau minimum par repère", "Threshold, minimum level per marker"}, l),
                       colon(l), *t.min_level);
  if (!t.eliminatory.empty())
    out += fmt::format("{}{} {} ({} {})\n", pick({"Repères éliminatoires", "Eliminatory markers"}, l), colon(l),
                       fmt::join(t.eliminatory, ", "), pick({"niveau", "level"}, l), t.eliminatory_level);
  int n = 0;
  auto marker = [&](const Marker& m) {
    out += fmt::format("\n{:>2}. {} [{}] — {}{} {}\n", ++n, m.label.get(l), m.id, pick({"poids", "weight"}, l), colon(l),
                       weight(m.weight, l));
    if (m.levels_by_sieg)
      out += fmt::format("    {}{} {}\n", pick({"niveaux rédigés par sieg, pas par la Région", "levels written by sieg, not by the Region"}, l),
                         colon(l), m.levels_note.get(l));
    for (std::size_t i = static_cast<std::size_t>(g.lowest); i < m.levels.size(); ++i)
      out += fmt::format("    {}  {}\n", i, m.levels[i].get(l));
    out += fmt::format("    source{} {}\n", colon(l), m.source);
  };
  if (g.dimensions.empty())
    for (const auto& m : g.markers) marker(m);
  for (const auto& d : g.dimensions) {
    out += fmt::format("\n== {} [{}] — {}{} {}\n   source{} {}\n", d.label.get(l), d.id, pick({"poids", "weight"}, l),
                       colon(l), weight(d.weight, l), colon(l), d.source);
    for (const auto& m : g.markers)
      if (m.dimension == d.id) marker(m);
  }
  return out;
}

} // namespace sieg::grids
