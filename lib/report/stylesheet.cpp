// The stylesheet of reports, the site and the minutes: lib/report/report.css, embedded at build time
// (cmake/embed.cmake, like the schemas and the form's files).
#include "report/render.hpp"
#include "resources/resources.hpp"

namespace sieg::report {

const std::string& stylesheet() {
  static const std::string css(*resources::find("web/report.css"));
  return css;
}

} // namespace sieg::report
