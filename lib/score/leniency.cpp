// Leniency: how far each reviewer stands from the others, across the dossiers.
#include <algorithm>
#include <cmath>
#include <map>

#include "score/score.hpp"

namespace sieg::score {

std::vector<Leniency> leniency(const std::vector<Result>& results) {
  std::map<std::string, std::pair<Rational, int>> acc;
  std::vector<std::string> order;
  for (const auto& r : results) {
    if (r.source != Source::Jury) continue;
    for (const auto& mr : r.markers) {
      for (std::size_t i = 0; i < r.jurors.size(); ++i) {
        if (r.jurors[i].excluded || !mr.jury[i]) continue;
        int others = 0, sum = 0;
        for (std::size_t k = 0; k < r.jurors.size(); ++k)
          if (k != i && !r.jurors[k].excluded && mr.jury[k]) {
            ++others;
            sum += *mr.jury[k];
          }
        if (others == 0) continue;
        auto& [dev, n] = acc[r.jurors[i].name];
        if (n == 0 && std::find(order.begin(), order.end(), r.jurors[i].name) == order.end())
          order.push_back(r.jurors[i].name);
        Rational delta = Rational(*mr.jury[i]) - Rational(sum, others);
        try {
          dev = dev + delta;
        } catch (const values::RationalOverflow&) {
          // Many dossiers with jury sizes of every kind: a statistic shown to two decimals, so a
          // millionth is exact enough (never a wrapped value).
          dev = Rational(std::llround((dev.to_double() + delta.to_double()) * 1e6), 1000000);
        }
        ++n;
      }
    }
  }
  std::vector<Leniency> out;
  std::sort(order.begin(), order.end());
  for (const auto& name : order) {
    const auto& [dev, n] = acc[name];
    out.push_back({name, dev / Rational(n), n});
  }
  return out;
}

} // namespace sieg::score
