// Fuzz target: a dossier's bytes through the whole pipeline — guarded loader, schema, the call's
// eligibility rules, scoring on the call's grid, and the report in every format.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "pipeline/evaluate.hpp"
#include "pipeline/report.hpp"
#include "report/render.hpp"
#include "score/render.hpp"
#include "target.hpp"
#include "values.hpp"
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
    (void)score::render_csv(*e.score, score::CsvStyle{i18n::Lang::Fr, size % 3 == 0});
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

#ifdef SIEG_LIBFUZZER
// Half the mutations are libFuzzer's byte-level ones, half put an extreme number in place of one.
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size, unsigned seed) {
  if (seed % 2 == 0) return LLVMFuzzerMutate(data, size, max_size);
  std::string mutated = sieg::fuzz::with_extreme(std::string(reinterpret_cast<const char*>(data), size), seed / 2);
  if (mutated.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::copy(mutated.begin(), mutated.end(), data);
  return mutated.size();
}
#endif
