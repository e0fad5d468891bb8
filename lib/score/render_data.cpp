#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "diag/render.hpp"

#include "score/render.hpp"
#include "score/csv.hpp"

namespace sieg::score {
namespace {

using json = nlohmann::ordered_json;

json number(Rational r) { return json::parse(to_fixed(r, 4)); }
std::string exact(Rational r) { return r.den == 1 ? std::to_string(r.num) : fmt::format("{}/{}", r.num, r.den); }

const char* source_name(Source s) {
  switch (s) {
    case Source::Jury: return "jury";
    case Source::Self: return "self";
    case Source::None: return "none";
  }
  return "none";
}

const char* threshold_name(ThresholdResult::Kind k) {
  switch (k) {
    case ThresholdResult::Kind::MinTotalPercent: return "min_total_percent";
    case ThresholdResult::Kind::MinLevel: return "min_level";
    case ThresholdResult::Kind::Eliminatory: return "eliminatory";
  }
  return "";
}


} // namespace

json result_json(const Result& r) {
  json j;
  j["dossier"] = {{"id", r.dossier.id}, {"file", r.dossier.file}, {"title", r.dossier.title}};
  j["grid"] = r.grid->id;
  j["source"] = source_name(r.source);
  j["aggregate"] = r.aggregate == grids::Aggregate::Mean ? "mean" : "median";
  j["self_assessment_date"] = r.self_date.empty() ? json(nullptr) : json(r.self_date);
  json reviewers = json::array();
  for (const auto& jr : r.jurors)
    reviewers.push_back({{"name", jr.name},
                         {"organisation", jr.organisation},
                         {"file", jr.file},
                         {"opinion", jr.opinion},
                         {"opinion_comment", jr.opinion_comment.empty() ? json(nullptr) : json(jr.opinion_comment)},
                         {"excluded", jr.excluded},
                         {"conflict", jr.why.empty() ? json(nullptr) : json(jr.why)}});
  j["reviewers"] = reviewers;
  json markers = json::array();
  for (const auto& m : r.markers) {
    json levels = json::array();
    for (const auto& lv : m.jury) levels.push_back(lv ? json(*lv) : json(nullptr));
    markers.push_back({{"id", m.marker->id},
                       {"label", {{"fr", m.marker->label.fr}, {"en", m.marker->label.en}}},
                       {"weight", number(Rational(m.marker->weight, 100))},
                       {"dimension", m.marker->dimension.empty() ? json(nullptr) : json(m.marker->dimension)},
                       {"self", m.self ? json(*m.self) : json(nullptr)},
                       {"reviews", levels},
                       {"comments", m.comments},
                       {"self_justification", m.self_text.empty() ? json(nullptr) : json(m.self_text)},
                       {"mean", m.mean ? number(*m.mean) : json(nullptr)},
                       {"median", m.median ? number(*m.median) : json(nullptr)},
                       {"level", number(m.level)},
                       {"level_exact", exact(m.level)},
                       {"reached", m.reached},
                       {"descriptor", {{"fr", m.marker->levels[static_cast<std::size_t>(m.reached)].fr},
                                       {"en", m.marker->levels[static_cast<std::size_t>(m.reached)].en}}},
                       {"points", number(m.points)},
                       {"points_exact", exact(m.points)},
                       {"max", number(m.max)},
                       {"spread", m.spread},
                       {"disagreement", m.disagreement}});
  }
  j["markers"] = markers;
  json dims = json::array();
  for (const auto& d : r.dimensions)
    dims.push_back({{"id", d.dimension->id}, {"points", number(d.points)}, {"max", number(d.max)}});
  j["dimensions"] = dims;
  j["total"] = r.total ? number(*r.total) : json(nullptr);
  j["total_exact"] = r.total ? json(exact(*r.total)) : json(nullptr);
  j["max"] = number(r.max);
  j["percent"] = r.total && r.max.num != 0 ? json::parse(percent_text(r, false)) : json(nullptr);
  json th = json::array();
  for (const auto& t : r.thresholds)
    th.push_back({{"kind", threshold_name(t.kind)}, {"value", t.value}, {"met", t.met}, {"failing", t.failing}});
  j["thresholds"] = th;
  json hist = json::array();
  for (const auto& h : r.history)
    hist.push_back({{"date", h.date}, {"total", h.total ? number(*h.total) : json(nullptr)}});
  j["history"] = hist;
  json ds = json::array();
  for (const auto& d : r.diags) ds.push_back(diag::to_json(d));
  j["diagnostics"] = ds;
  return j;
}

static std::string num(Rational r, i18n::Lang l) { return to_fixed(r, 2, l == i18n::Lang::Fr); }


std::string csv_field(const std::string& s, char sep) {
  if (s.find_first_of(std::string("\"\r\n") + sep) == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string render_json(const Result& r) {
  json doc;
  doc["version"] = 1;
  json body = result_json(r);  // items() only refers to it: it must outlive the loop
  for (auto& [k, v] : body.items()) doc[k] = v;
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string render_table_json(const std::vector<Result>& rs) {
  json doc;
  doc["version"] = 1;
  json all = json::array();
  for (const auto& r : rs) all.push_back(result_json(r));
  doc["dossiers"] = all;
  json len = json::array();
  for (const auto& x : leniency(rs))
    len.push_back({{"reviewer", x.reviewer}, {"deviation", number(x.deviation)}, {"markers", x.markers}});
  doc["leniency"] = len;
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string render_csv(const Result& r, const CsvStyle& st) {
  i18n::Lang l = st.lang;
  std::vector<std::string> head{st.header("marker_id", {"identifiant", "id"}), st.header("marker", {"repère", "marker"}),
                                st.header("self", {"auto-évaluation", "self-assessment"})};
  for (std::size_t i = 0; i < r.jurors.size(); ++i)
    head.push_back(st.excel ? r.jurors[i].name + (r.jurors[i].excluded ? (l == i18n::Lang::Fr ? " (écarté)" : " (left out)") : "")
                            : fmt::format("R{}", i + 1));
  head.push_back(st.header("mean", {"moyenne", "mean"}));
  head.push_back(st.header("median", {"médiane", "median"}));
  head.push_back(st.header("level", {"niveau retenu", "level"}));
  head.push_back(st.header("weight", {"poids", "weight"}));
  head.push_back(st.header("points", {"points", "points"}));
  head.push_back(st.header("max", {"maximum", "maximum"}));
  head.push_back(st.header("reached", {"niveau atteint", "level reached"}));
  head.push_back(st.header("descriptor", {"descripteur", "descriptor"}));
  std::string out = st.start() + st.row(head);
  for (const auto& m : r.markers) {
    std::vector<std::string> c{m.marker->id, m.marker->label.get(l), m.self ? std::to_string(*m.self) : ""};
    for (const auto& lv : m.jury) c.push_back(lv ? std::to_string(*lv) : "");
    c.push_back(m.mean ? num(*m.mean, l) : "");
    c.push_back(m.median ? num(*m.median, l) : "");
    c.push_back(num(m.level, l));
    c.push_back(num(Rational(m.marker->weight, 100), l));
    c.push_back(num(m.points, l));
    c.push_back(num(m.max, l));
    c.push_back(std::to_string(m.reached));
    c.push_back(m.marker->levels[static_cast<std::size_t>(m.reached)].get(l));
    out += st.row(c);
  }
  return out;
}

std::string render_table_csv(const std::vector<Result>& rs, const CsvStyle& st) {
  // One header for the file: the markers of every grid met, once each.
  MarkerColumns markers;
  for (const auto& r : rs) markers.add(*r.grid);
  std::vector<std::string> head{st.header("dossier", {"dossier", "dossier"}), st.header("title", {"intitulé", "title"})};
  for (auto& h : scoring_headers(st)) head.push_back(std::move(h));
  head.insert(head.begin() + 3, st.header("grid", {"grille", "grid"}));  // after the aid, as scripts read it
  head.push_back(st.header("thresholds_met", {"seuils atteints", "thresholds met"}));
  add_marker_headers(markers, st, head);
  std::string out = st.start() + st.row(head);
  for (const auto& r : rs) {
    std::vector<std::string> c{r.dossier.id, r.dossier.title};
    for (auto& x : scoring_cells(r, st)) c.push_back(std::move(x));
    c.insert(c.begin() + 3, r.grid->id);
    c.push_back(r.source == Source::None || r.thresholds.empty() ? "" : st.flag(r.all_thresholds_met()));
    add_marker_cells(markers, r, st, c);
    out += st.row(c);
  }
  return out;
}

} // namespace sieg::score
