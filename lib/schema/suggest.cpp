#include "schema/suggest.hpp"

#include <algorithm>
#include <cstring>

#include "text/fold.hpp"

namespace sieg::schema {

std::string fold(std::string_view s) {
  std::string out = text::fold(s);
  for (char& c : out)
    if (c == ' ' || c == '-' || c == '\'') c = '_';
  // The typographic apostrophe, folded as the straight one.
  std::string r;
  r.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 3, "\u2019") == 0) {
      r += '_';
      i += 2;
    } else {
      r += out[i];
    }
  }
  return r;
}

namespace {
std::vector<std::string_view> chars(std::string_view s) {
  std::vector<std::string_view> r;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
    r.push_back(s.substr(i, n));
    i += n;
  }
  return r;
}
} // namespace

std::size_t distance(std::string_view a, std::string_view b) {
  auto x = chars(a), y = chars(b);
  std::vector<std::size_t> prev(y.size() + 1), cur(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[y.size()];
}

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  if (word.size() > 200) return std::nullopt;
  std::string w = fold(word);
  std::optional<std::string> best;
  std::size_t best_d = 0;
  for (const auto& c : candidates) {
    std::string f = fold(c);
    std::size_t d = distance(w, f);
    // A folded match, a prefix of at least 4 characters, or a small edit distance.
    if (d == 0) return c;
    bool prefix = w.size() >= 4 && f.rfind(w, 0) == 0;
    std::size_t allowed = std::max<std::size_t>(1, std::min(w.size(), f.size()) / 3);
    if (prefix) d = std::min(d, allowed);
    if (d <= allowed && (!best || d < best_d)) {
      best = c;
      best_d = d;
    }
  }
  return best;
}

} // namespace sieg::schema
