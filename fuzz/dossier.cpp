// Fuzz target: a dossier's bytes through the whole pipeline — guarded loader, schema, the call's
// eligibility rules, scoring on the call's grid, and the report in every format.
#include <string>
#include <string_view>

#include "pipeline/evaluate.hpp"
#include "pipeline/report.hpp"
#include "report/render.hpp"
#include "score/render.hpp"
#include "target.hpp"
#include "values/date.hpp"

using namespace sieg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string name = "/nonexistent/fuzz.yaml";  // no reviews beside it
  static const auto repo = [] {
    pipeline::Settings s;
    s.no_config = true;
    return pipeline::open_repository("/nonexistent", s, i18n::Lang::Fr).repo;
  }();
  pipeline::Options po;
  po.date = values::parse_date("2015-05-20");
  pipeline::Evaluation e = pipeline::evaluate_bytes(bytes, name, *repo, po);
  if (!e.shape_ok) return 0;  // not a dossier: nothing more to reach
  if (e.score) {
    (void)score::render_text(*e.score, i18n::Lang::En);
    (void)score::render_csv(*e.score, i18n::Lang::Fr);
    (void)score::render_json(*e.score);
  }
  report::Options ro;
  ro.redact = size % 2 == 0;
  pipeline::Built b = pipeline::build_report(e, ro);
  if (b.report) {
    (void)report::render_markdown(*b.report);
    (void)report::render_html(*b.report);
    (void)report::render_json(*b.report);
  }
  return 0;
}
