// The report's renderers escape with the one escaper (markup/escape.hpp).
#pragma once
#include "markup/escape.hpp"

namespace sieg::report {
using markup::html;
using markup::md;
} // namespace sieg::report
