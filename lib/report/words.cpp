#include "report/words.hpp"

#include <fmt/format.h>

#include "values/money.hpp"
#include "score/render.hpp"

namespace sieg::report::words {

std::string money(std::int64_t cents, i18n::Lang lang) { return values::format_euros(cents, lang); }

std::string number(values::Rational r, i18n::Lang lang) { return values::to_fixed(r, 2, lang == i18n::Lang::Fr); }

std::string status(Status s, i18n::Lang lang) {
  switch (s) {
    case Status::Passed: return i18n::pick(kPassed, lang);
    case Status::Failed: return i18n::pick(kFailed, lang);
    case Status::Warning: return i18n::pick(kWarning, lang);
    case Status::Info: return i18n::pick(kInfo, lang);
    case Status::NotApplicable: return i18n::pick(kNotApplicable, lang);
    case Status::Off: return i18n::pick(kOff, lang);
  }
  return {};
}

const char* status_id(Status s) {
  switch (s) {
    case Status::Passed: return "passed";
    case Status::Failed: return "failed";
    case Status::Warning: return "warning";
    case Status::Info: return "info";
    case Status::NotApplicable: return "not_applicable";
    case Status::Off: return "off";
  }
  return "";
}

std::string percent(const score::Result& r, i18n::Lang lang) {
  if (!r.total || r.max.num == 0) return "—";
  std::string p = score::percent_text(r, lang == i18n::Lang::Fr);
  return values::with_percent(p, lang);
}

std::string threshold(const score::ThresholdResult& t, i18n::Lang lang) {
  const Text* what = &kMinTotal;
  if (t.kind == score::ThresholdResult::Kind::MinLevel) what = &kMinLevel;
  if (t.kind == score::ThresholdResult::Kind::Eliminatory) what = &kEliminatory;
  std::string s = fmt::format(fmt::runtime(i18n::pick(*what, lang)), t.value);
  if (!t.failing.empty()) s += fmt::format(" ({})", fmt::join(t.failing, ", "));
  return s;
}

std::string juror_status(const score::Juror& j, i18n::Lang lang) {
  if (!j.excluded) return i18n::pick(kKept, lang);
  if (j.why == "declared") return i18n::pick(kDeclaredConflict, lang);
  return fmt::format(fmt::runtime(i18n::pick(kFoundConflict, lang)), j.why);
}

std::string opinion(const std::string& id, i18n::Lang lang) {
  if (id == "favorable") return i18n::pick({"favorable", "favourable"}, lang);
  if (id == "reserve") return i18n::pick({"réservé", "with reservations"}, lang);
  if (id == "defavorable") return i18n::pick({"défavorable", "unfavourable"}, lang);
  return id;
}

std::string juror_level(const std::optional<int>& level, bool excluded) {
  if (!level) return "—";
  return excluded ? fmt::format("({})", *level) : std::to_string(*level);
}

std::string aggregate_name(const score::Result& r, i18n::Lang lang) {
  return i18n::pick(r.aggregate == grids::Aggregate::Median ? kJuryMedian : kJuryMean, lang);
}

} // namespace sieg::report::words
