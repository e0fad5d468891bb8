// SVG charts of a score, inline in HTML reports: no script, no external resource.
#pragma once
#include <string>

#include "i18n/lang.hpp"
#include "score/score.hpp"

namespace sieg::report {

// One axis per marker (levels 0..scale as rings); the self-assessment and the jury's aggregate as
// two overlaid polygons, each vertex a <circle class="vertex SERIES">; numbered axes with wrapped
// labels; a legend. Empty when there is nothing to draw.
std::string radar_svg(const score::Result& r, i18n::Lang lang);

// Horizontal bars: points / maximum per dimension, or per marker when the grid has no dimensions.
std::string bars_svg(const score::Result& r, i18n::Lang lang);

// The self-assessment totals over time (percent of the maximum), one point per complete assessment.
std::string history_svg(const score::Result& r, i18n::Lang lang);

} // namespace sieg::report
