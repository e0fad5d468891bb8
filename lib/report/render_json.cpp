#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "diag/render.hpp"

#include "report/render.hpp"
#include "report/words.hpp"
#include "score/render.hpp"

namespace sieg::report {
namespace {

using json = nlohmann::ordered_json;

// Euros as a JSON number with the cents exact: 1250050 -> 12500.5
json euros(std::int64_t cents) {
  std::int64_t a = cents < 0 ? -cents : cents;
  return json::parse(fmt::format("{}{}.{:02}", cents < 0 ? "-" : "", a / 100, a % 100));
}

json money_lines(const std::vector<MoneyLine>& lines, const char* label, const char* detail) {
  json out = json::array();
  for (const auto& l : lines) out.push_back({{label, l.label}, {detail, l.detail}, {"amount", euros(l.cents)}});
  return out;
}

} // namespace

std::string render_json(const Report& r) {
  json j;
  j["version"] = 1;
  j["dossier"] = {{"id", r.id}, {"file", r.file}, {"title", r.title}, {"date_depot", r.deposit.empty() ? json(nullptr) : json(r.deposit)}};
  j["call"] = {{"id", r.call_id}, {"title", r.call_title}};
  j["lang"] = r.lang == i18n::Lang::Fr ? "fr" : "en";
  j["redacted"] = r.redacted;
  json sections = json::array();
  for (const auto& s : r.sections) {
    json fields = json::array();
    for (const auto& f : s.fields)
      fields.push_back({{"path", f.path}, {"label", f.label}, {"values", f.values}, {"redacted", f.redacted}});
    sections.push_back({{"id", s.id}, {"title", s.title}, {"fields", fields}});
  }
  j["sections"] = sections;
  json partners = json::array();
  for (const auto& p : r.partners)
    partners.push_back({{"name", p.name}, {"nature", p.nature}, {"role", p.role}, {"departement", p.departement}, {"contact", p.contact}});
  j["partners"] = partners;
  const Budget& b = r.budget;
  json schedule = json::array();
  for (const auto& i : b.schedule) schedule.push_back({{"percent", i.percent}, {"when", i.when}, {"amount", euros(i.cents)}});
  j["budget"] = {{"expenses", money_lines(b.expenses, "label", "category")},
                 {"resources", money_lines(b.resources, "funder", "status")},
                 {"total_expenses", euros(b.total_expenses)},
                 {"total_resources", euros(b.total_resources)},
                 {"balance", euros(b.balance())},
                 {"aid", b.aid ? euros(*b.aid) : json(nullptr)},
                 {"cap", b.cap ? euros(*b.cap) : json(nullptr)},
                 {"schedule", schedule}};
  json rules = json::array();
  for (const auto& c : r.checklist)
    rules.push_back({{"code", c.code},
                     {"statement", c.statement},
                     {"source", c.source},
                     {"status", words::status_id(c.status)},
                     {"messages", c.messages}});
  j["eligibility"] = {{"eligible", r.eligible()},
                      {"failure", r.failure ? json(r.failure->code) : json(nullptr)},
                      {"rules", rules}};
  j["score"] = r.score ? score::result_json(*r.score) : json(nullptr);
  json criteria = json::array();
  for (const auto& c : r.criteria) {
    json opinions = json::array();
    for (const auto& [n, text] : c.opinions) opinions.push_back({{"reviewer", n}, {"opinion", text}});
    criteria.push_back({{"id", c.id}, {"group", c.group}, {"label", c.label}, {"source", c.source}, {"opinions", opinions}});
  }
  j["criteria"] = criteria;
  if (r.score) {  // the self-assessments as written, oldest first (the history's totals are in score)
    json self = json::array();
    for (const auto& a : r.score->dossier.self) {
      json levels = json::object();
      for (const auto& id : a.order) levels[id] = a.levels.at(id).level;
      self.push_back({{"date", a.date}, {"levels", levels}});
    }
    j["self_assessments"] = self;
  } else {
    j["self_assessments"] = json::array();
  }
  json own = json::array();
  for (const auto& d : r.diagnostics) own.push_back(diag::to_json(d));
  j["diagnostics"] = own;
  json diags = json::array();
  for (const auto& d : r.review_diags)
    diags.push_back(diag::to_json(d));
  j["review_diagnostics"] = diags;
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace sieg::report
