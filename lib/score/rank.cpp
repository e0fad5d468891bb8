#include "score/rank.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

namespace sieg::score {
namespace {

Rational weakest(const Result& r) {
  Rational w(1000000);
  for (const auto& m : r.markers) w = m.level < w ? m.level : w;
  return w;
}

bool better(const Entry& a, const Entry& b) {
  const Result &x = a.result, &y = b.result;
  if (*x.total != *y.total) return *y.total < *x.total;
  Rational wx = weakest(x), wy = weakest(y);
  if (wx != wy) return wy < wx;
  return x.dossier.id < y.dossier.id;
}

} // namespace

std::vector<Ranking> rank(std::vector<Entry> entries) {
  std::map<std::string, Ranking> groups;
  for (auto& e : entries) {
    Ranking& g = groups[e.result.grid->id];
    g.grid = e.result.grid;
    if (!e.eligible) g.ineligible.push_back(std::move(e));
    else if (!e.incomplete.empty()) g.incomplete.push_back(std::move(e));
    else if (!e.result.total) g.unscored.push_back(std::move(e));
    else if (e.result.source == Source::Self) g.self_ranked.push_back(std::move(e));
    else g.ranked.push_back(std::move(e));
  }
  std::vector<Ranking> out;
  for (auto& [id, g] : groups) {
    for (auto* list : {&g.ranked, &g.self_ranked}) {
      std::sort(list->begin(), list->end(), better);
      for (std::size_t i = 0; i < list->size(); ++i) (*list)[i].rank = static_cast<int>(i + 1);
      for (std::size_t i = 1; i < list->size(); ++i)
        if (*(*list)[i].result.total == *(*list)[i - 1].result.total) (*list)[i].ex_aequo = (*list)[i - 1].ex_aequo = true;
    }
    auto by_id = [](const Entry& a, const Entry& b) { return a.result.dossier.id < b.result.dossier.id; };
    std::sort(g.ineligible.begin(), g.ineligible.end(), by_id);
    std::sort(g.unscored.begin(), g.unscored.end(), by_id);
    std::sort(g.incomplete.begin(), g.incomplete.end(), by_id);
    out.push_back(std::move(g));
  }
  return out;
}

std::optional<Scenario> parse_scenario(const std::string& spec, i18n::Lang lang, std::string& error) {
  Scenario s;
  s.spec = spec;
  std::size_t i = 0;
  while (i <= spec.size()) {
    std::size_t comma = spec.find(',', i);
    std::string part = spec.substr(i, comma == std::string::npos ? std::string::npos : comma - i);
    std::size_t eq = part.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == part.size()) {
      error = fmt::format(fmt::runtime(i18n::pick({"« {0} » : CLE=VALEUR attendu (aggregate=median, repere=poids)",
                                                   "'{0}': KEY=VALUE expected (aggregate=median, marker=weight)"},
                                                  lang)),
                          part);
      return std::nullopt;
    }
    std::string key = part.substr(0, eq), value = part.substr(eq + 1);
    if (key == "threshold") {
      char* end = nullptr;
      long t = std::strtol(value.c_str(), &end, 10);
      if (end != value.c_str() + value.size() || t < 0 || t > 100) {
        error = fmt::format(fmt::runtime(i18n::pick({"threshold={0} : un pourcentage entier de 0 à 100 est attendu (le total minimum)",
                                                     "threshold={0}: a whole percentage from 0 to 100 is expected (the minimum total)"},
                                                    lang)),
                            value);
        return std::nullopt;
      }
      s.threshold = static_cast<int>(t);
    } else if (key == "aggregate") {
      if (value == "mean") s.aggregate = grids::Aggregate::Mean;
      else if (value == "median") s.aggregate = grids::Aggregate::Median;
      else {
        error = fmt::format(fmt::runtime(i18n::pick({"aggregate={0} : mean ou median attendu", "aggregate={0}: mean or median expected"},
                                                    lang)),
                            value);
        return std::nullopt;
      }
    } else {
      char* end = nullptr;
      double w = std::strtod(value.c_str(), &end);
      double h = w * 100;
      if (end != value.c_str() + value.size() || !(w >= 0) || std::fabs(h - std::round(h)) > 1e-6 || w > 1000) {
        error = fmt::format(fmt::runtime(i18n::pick({"{0}={1} : un poids positif avec au plus deux décimales est attendu",
                                                     "{0}={1}: a positive weight with at most two decimals is expected"},
                                                    lang)),
                            key, value);
        return std::nullopt;
      }
      s.weights.emplace_back(key, static_cast<long long>(std::llround(h)));
    }
    if (comma == std::string::npos) break;
    i = comma + 1;
  }
  return s;
}

grids::Grid apply(const Scenario& s, const grids::Grid& g) {
  grids::Grid out = g;
  if (s.aggregate) out.aggregate = *s.aggregate;
  if (s.threshold) out.thresholds.min_total_percent = *s.threshold;
  for (const auto& [id, w] : s.weights)
    for (auto& m : out.markers)
      if (m.id == id) m.weight = w;
  return out;
}

} // namespace sieg::score
