// Fuzz target: a dossier's bytes through the whole pipeline — guarded loader, schema, the call's
// eligibility rules, scoring on the call's grid, and the report in every format.
#include <string>
#include <string_view>

#include "report/render.hpp"
#include "report/report.hpp"
#include "values/date.hpp"
#include "score/render.hpp"
#include "score/score_file.hpp"
#include "target.hpp"
#include "validate/validate_file.hpp"
#include "yaml/loader.hpp"

using namespace sieg;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::string name = "/nonexistent/fuzz.yaml";  // no reviews beside it
  validate::Context ctx;
  ctx.dossier_schema = validate::builtin_dossier_schema().get();
  ctx.date = values::parse_date("2015-05-20");
  auto loaded = yaml::load(bytes, name, i18n::Lang::Fr);
  if (!loaded.root) return 0;
  auto diags = validate::validate_tree(*loaded.root, name, ctx);
  for (const auto& d : diags)
    if (d.code.rfind("SIEG-S", 0) == 0) return 0;  // not a dossier: nothing more to reach
  score::DossierInput input = score::dossier_input(*loaded.root, name);
  if (const grids::Grid* grid = score::grid_of_call(input.call)) {
    score::Result r = score::score_dossier(*grid, input, {}, {});
    (void)score::render_text(r, i18n::Lang::En);
    (void)score::render_csv(r, i18n::Lang::Fr);
    (void)score::render_json(r);
  }
  report::Options ro;
  ro.date = ctx.date;
  ro.redact = size % 2 == 0;
  report::Built b = report::build_bytes(bytes, name, ro);
  if (b.report) {
    (void)report::render_markdown(*b.report);
    (void)report::render_html(*b.report);
    (void)report::render_json(*b.report);
  }
  return 0;
}
