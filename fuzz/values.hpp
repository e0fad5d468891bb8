// A value-level mutator for the fuzz targets: it finds the numbers of an input and puts an extreme in
// the place of one (0, -1, 10^12 € and just past it, 2^53 + 1, 2^63 - 1, 1e20, 1e300, a third decimal...),
// so that the arithmetic behind the parser (sums of amounts, weights, scores) meets the values that
// byte flips rarely build. Used by libFuzzer's custom mutator hook (LLVMFuzzerCustomMutator) and
// testable on its own.
#pragma once
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sieg::fuzz {

inline const std::vector<std::string>& extremes() {
  static const std::vector<std::string> v{"0",       "-1",      "1000000000000", "1000000000000.01", "9007199254740993",
                                          "9223372036854775807", "1e20", "1e300", "-1e300", "12500.505",
                                          "0.001",   "4e4",     "185",           "2000000000000000", "1.5e-1"};
  return v;
}

// The spans [begin, end) of the numbers of `s`: digits, with a sign, a fraction and an exponent.
inline std::vector<std::pair<std::size_t, std::size_t>> number_spans(const std::string& s) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  for (std::size_t i = 0; i < s.size();) {
    bool starts = digit(i) && (i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_' || s[i - 1] == '.'));
    if (!starts) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (digit(j)) ++j;
    if (j < s.size() && s[j] == '.' && digit(j + 1))
      for (++j; digit(j);) ++j;
    if (j < s.size() && (s[j] == 'e' || s[j] == 'E')) {
      std::size_t k = j + 1;
      if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
      if (digit(k)) {
        j = k;
        while (digit(j)) ++j;
      }
    }
    out.emplace_back(i, j);
    i = j;
  }
  return out;
}

// One number of `s` (chosen by `seed`) replaced by an extreme (chosen by `seed` too); `s` unchanged
// when it has no number.
inline std::string with_extreme(const std::string& s, unsigned seed) {
  auto spans = number_spans(s);
  if (spans.empty()) return s;
  const auto& [b, e] = spans[seed % spans.size()];
  const std::string& x = extremes()[(seed / 7) % extremes().size()];
  return s.substr(0, b) + x + s.substr(e);
}

} // namespace sieg::fuzz
