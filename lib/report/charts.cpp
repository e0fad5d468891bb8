#include "report/charts.hpp"

#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "report/escape.hpp"
#include "report/words.hpp"

namespace sieg::report {
namespace {

constexpr double kPi = 3.14159265358979323846;

std::string fixed(double v) { return fmt::format("{:.1f}", v); }

// Splits a label into lines of at most `width` characters (UTF-8 aware), at spaces when possible.
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line, word;
  auto chars = [](const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  };
  auto flush_word = [&]() {
    if (word.empty()) return;
    if (!line.empty() && chars(line) + 1 + chars(word) > width) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    word.clear();
  };
  for (char c : text) {
    if (c == ' ') flush_word();
    else word += c;
  }
  flush_word();
  if (!line.empty()) lines.push_back(line);
  return lines;
}

struct Series {
  const char* id;  // "self", "jury"
  std::string name;
  std::vector<double> values;
};

} // namespace

std::string radar_svg(const score::Result& r, i18n::Lang lang) {
  const auto& markers = r.markers;
  const std::size_t n = markers.size();
  if (n < 3) return {};
  const int scale = r.grid->scale;
  std::vector<Series> series;
  bool any_self = false;
  Series self{"self", i18n::pick(words::kSelfLong, lang), {}};
  Series jury{"jury", words::aggregate_name(r, lang), {}};
  for (const auto& m : markers) {
    any_self = any_self || m.self.has_value();
    self.values.push_back(m.self.value_or(0));
    jury.values.push_back(m.mean || m.median ? m.level.to_double() : 0);
  }
  if (any_self) series.push_back(self);
  if (r.source == score::Source::Jury) series.push_back(jury);
  if (series.empty()) return {};

  const double cx = 330, cy = 250, radius = 170;
  auto point = [&](std::size_t i, double level) {
    double a = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
    double d = radius * level / scale;
    return std::pair<double, double>{cx + d * std::cos(a), cy + d * std::sin(a)};
  };
  std::string s = fmt::format(
      "<svg class=\"radar\" viewBox=\"0 0 660 540\" width=\"660\" height=\"540\" role=\"img\" "
      "xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"radar-title\">\n<title id=\"radar-title\">{}</title>\n",
      html(i18n::pick(words::kRadar, lang)));
  for (int lv = 1; lv <= scale; ++lv) {  // rings
    std::string pts;
    for (std::size_t i = 0; i < n; ++i) {
      auto [x, y] = point(i, lv);
      pts += fixed(x) + "," + fixed(y) + " ";
    }
    pts.pop_back();
    s += fmt::format("<polygon class=\"ring\" points=\"{}\"/>\n", pts);
    auto [lx, ly] = point(0, lv);
    s += fmt::format("<text class=\"ring-label\" x=\"{}\" y=\"{}\">{}</text>\n", fixed(lx + 4), fixed(ly + 12), lv);
  }
  for (std::size_t i = 0; i < n; ++i) {  // axes and labels
    auto [x, y] = point(i, scale);
    s += fmt::format("<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n", fixed(cx), fixed(cy), fixed(x), fixed(y));
    double a = -kPi / 2 + 2 * kPi * static_cast<double>(i) / static_cast<double>(n);
    double lx = cx + (radius + 14) * std::cos(a), ly = cy + (radius + 14) * std::sin(a);
    const char* anchor = std::cos(a) > 0.3 ? "start" : std::cos(a) < -0.3 ? "end" : "middle";
    auto lines = wrap(fmt::format("{}. {}", i + 1, markers[i].marker->label.get(lang)), 22);
    double top = ly - (std::sin(a) < -0.3 ? 14.0 * static_cast<double>(lines.size() - 1) : std::sin(a) > 0.3 ? -8.0 : 7.0 * static_cast<double>(lines.size() - 1) - 4);
    s += fmt::format("<text class=\"axis-label\" text-anchor=\"{}\" x=\"{}\" y=\"{}\">", anchor, fixed(lx), fixed(top));
    for (std::size_t k = 0; k < lines.size(); ++k)
      s += fmt::format("<tspan x=\"{}\" dy=\"{}\">{}</tspan>", fixed(lx), k == 0 ? "0" : "14", html(lines[k]));
    s += "</text>\n";
  }
  for (const auto& se : series) {
    std::string pts, dots;
    for (std::size_t i = 0; i < n; ++i) {
      auto [x, y] = point(i, se.values[i]);
      pts += fixed(x) + "," + fixed(y) + " ";
      dots += fmt::format("<circle class=\"vertex {}\" cx=\"{}\" cy=\"{}\" r=\"3.5\"><title>{}{}{}</title></circle>\n", se.id,
                          fixed(x), fixed(y), html(markers[i].marker->label.get(lang)), words::colon(lang), fmt::format("{:.2f}", se.values[i]));
    }
    pts.pop_back();
    s += fmt::format("<polygon class=\"series {}\" points=\"{}\"/>\n{}", se.id, pts, dots);
  }
  double ly = 520;
  double lx = 20;
  for (const auto& se : series) {  // legend
    s += fmt::format("<rect class=\"swatch {}\" x=\"{}\" y=\"{}\" width=\"14\" height=\"14\"/>", se.id, fixed(lx), fixed(ly - 11));
    s += fmt::format("<text class=\"legend\" x=\"{}\" y=\"{}\">{}</text>\n", fixed(lx + 20), fixed(ly), html(se.name));
    lx += 230;
  }
  return s + "</svg>\n";
}

std::string bars_svg(const score::Result& r, i18n::Lang lang) {
  struct Bar {
    std::string label;
    values::Rational points, max;
  };
  std::vector<Bar> bars;
  if (!r.dimensions.empty())
    for (const auto& d : r.dimensions) bars.push_back({d.dimension->label.get(lang), d.points, d.max});
  else
    for (const auto& m : r.markers) bars.push_back({m.marker->label.get(lang), m.points, m.max});
  if (bars.empty()) return {};
  const double label_w = 250, bar_w = 300, row_h = 26;
  double h = row_h * static_cast<double>(bars.size()) + 10;
  std::string s = fmt::format(
      "<svg class=\"bars\" viewBox=\"0 0 660 {0}\" width=\"660\" height=\"{0}\" role=\"img\" "
      "xmlns=\"http://www.w3.org/2000/svg\"><title>{1}</title>\n",
      fixed(h), html(i18n::pick(r.dimensions.empty() ? words::kMarkerPoints : words::kDimensions, lang)));
  double y = 5;
  for (const auto& b : bars) {
    double frac = b.max.num == 0 ? 0 : (b.points / b.max).to_double();
    s += fmt::format("<text class=\"bar-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", fixed(label_w - 8), fixed(y + 16),
                     html(b.label));
    s += fmt::format("<rect class=\"bar-bg\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\"/>", fixed(label_w), fixed(y + 2), fixed(bar_w));
    s += fmt::format("<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"18\"/>", fixed(label_w), fixed(y + 2),
                     fixed(bar_w * frac));
    s += fmt::format("<text class=\"bar-value\" x=\"{}\" y=\"{}\">{} / {}</text>\n", fixed(label_w + bar_w + 8), fixed(y + 16),
                     words::number(b.points, lang), words::number(b.max, lang));
    y += row_h;
  }
  return s + "</svg>\n";
}

std::string history_svg(const score::Result& r, i18n::Lang lang) {
  std::vector<std::pair<std::string, double>> pts;
  for (const auto& h : r.history)
    if (h.total && r.max.num != 0) pts.emplace_back(h.date, (*h.total / r.max).to_double() * 100);
  if (pts.empty()) return {};
  const double left = 50, right = 610, top = 15, bottom = 165;
  std::string s = fmt::format(
      "<svg class=\"history\" viewBox=\"0 0 660 200\" width=\"660\" height=\"200\" role=\"img\" "
      "xmlns=\"http://www.w3.org/2000/svg\"><title>{}</title>\n",
      html(i18n::pick(words::kHistory, lang)));
  for (int p = 0; p <= 100; p += 25) {
    double y = bottom - (bottom - top) * p / 100.0;
    s += fmt::format("<line class=\"grid-line\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>", fixed(left), fixed(y), fixed(right), fixed(y));
    s += fmt::format("<text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", fixed(left - 6), fixed(y + 4), words::pct(p, lang));
  }
  std::string line;
  std::string dots;
  for (std::size_t i = 0; i < pts.size(); ++i) {
    double x = pts.size() == 1 ? (left + right) / 2
                               : left + 20 + (right - left - 40) * static_cast<double>(i) / static_cast<double>(pts.size() - 1);
    double y = bottom - (bottom - top) * pts[i].second / 100.0;
    line += fixed(x) + "," + fixed(y) + " ";
    dots += fmt::format("<circle class=\"point\" cx=\"{}\" cy=\"{}\" r=\"4\"/><text class=\"tick\" x=\"{}\" y=\"{}\" "
                        "text-anchor=\"middle\">{}</text>\n",
                        fixed(x), fixed(y), fixed(x), fixed(bottom + 22), html(pts[i].first));
  }
  line.pop_back();
  return s + fmt::format("<polyline class=\"trend\" points=\"{}\"/>\n", line) + dots + "</svg>\n";
}

} // namespace sieg::report
