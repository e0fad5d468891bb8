#include "score/csv.hpp"

#include <string_view>

#include <fmt/format.h>

#include "score/render.hpp"

namespace sieg::score {

std::string CsvStyle::row(const std::vector<std::string>& cells) const {
  std::string line;
  char sep = separator();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string c = cells[i];
    // A spreadsheet runs a cell that starts with = + - @ as a formula, also after a TAB or a CR (OWASP's
    // list): such a cell gets a leading ' (a negative number stays a number).
    if (excel && !c.empty() && std::string_view("=+-@\t\r").find(c[0]) != std::string_view::npos) {
      bool number = c.size() > 1 && c[0] == '-' && c.find_first_not_of("0123456789.,", 1) == std::string::npos;
      if (!number) c = "'" + c;
    }
    line += (i ? std::string(1, sep) : "") + csv_field(c, sep);
  }
  return line + "\r\n";
}

void MarkerColumns::add(const grids::Grid& g) {
  for (const auto& m : g.markers)
    if (index(m.id) == ids.size()) {
      ids.push_back(m.id);
      labels.push_back(m.label);
    }
}

std::size_t MarkerColumns::index(const std::string& id) const {
  for (std::size_t i = 0; i < ids.size(); ++i)
    if (ids[i] == id) return i;
  return ids.size();
}

const char* source_id(const Result& r) {
  return r.source == Source::Jury ? "jury" : r.source == Source::Self ? "self" : "none";
}

std::string source_cell(const Result& r, const CsvStyle& st) {
  if (!st.excel) return source_id(r);
  if (r.source == Source::None) return values::none_word(st.lang);
  return r.source == Source::Jury ? i18n::pick({"jury", "jury"}, st.lang) : i18n::pick({"auto-évaluation", "self-assessment"}, st.lang);
}

std::vector<std::string> scoring_headers(const CsvStyle& st) {
  return {st.header("aid_requested", {"aide demandée (€)", "aid requested (€)"}),
          st.header("source", {"source", "source"}),
          st.header("reviews", {"évaluations", "reviews"}),
          st.header("reviewers", {"évaluateurs", "reviewers"}),
          st.header("opinions", {"avis", "opinions"}),
          st.header("total", {"total", "total"}),
          st.header("max", {"maximum", "maximum"}),
          st.header("percent", {"%", "%"})};
}

std::vector<std::string> scoring_cells(const Result& r, const CsvStyle& st) {
  bool french = st.lang == i18n::Lang::Fr;
  return {aid_cell(r.dossier, french),
          source_cell(r, st),
          std::to_string(r.kept_jurors()),
          reviewers_cell(r),
          opinions_cell(r, st),
          r.total ? values::to_fixed(*r.total, 2, french) : "",
          r.source == Source::None ? "" : values::to_fixed(r.max, 2, french),  // no score: no maximum either
          percent_text(r, french)};
}

void add_marker_headers(const MarkerColumns& m, const CsvStyle& st, std::vector<std::string>& head) {
  for (std::size_t i = 0; i < m.ids.size(); ++i) head.push_back(st.marker_header(m.ids[i], m.labels[i]));
}

void add_marker_cells(const MarkerColumns& m, const Result& r, const CsvStyle& st, std::vector<std::string>& cells) {
  std::vector<std::string> levels(m.ids.size());
  for (const auto& x : r.markers) levels[m.index(x.marker->id)] = values::to_fixed(x.level, 2, st.lang == i18n::Lang::Fr);
  cells.insert(cells.end(), levels.begin(), levels.end());
}

std::string cents_cell(std::int64_t c, bool french) {
  std::string sign = c < 0 ? "-" : "";
  if (c < 0) c = -c;
  return fmt::format("{}{}{}{:02}", sign, c / 100, french ? ',' : '.', c % 100);
}

std::string aid_cell(const DossierInput& d, bool french) { return d.aid ? cents_cell(*d.aid, french) : ""; }

std::string reviewers_cell(const Result& r) {
  std::string out;
  for (const auto& j : r.jurors)
    if (!j.excluded) out += (out.empty() ? "" : " / ") + j.name;
  return out;
}

std::string opinions_cell(const Result& r, const CsvStyle& st) {
  // The review schema's ids for scripts; their words for a spreadsheet.
  static const std::pair<const char*, i18n::Text> kWords[] = {{"favorable", {"favorable", "favourable"}},
                                                             {"reserve", {"réservé", "with reservations"}},
                                                             {"defavorable", {"défavorable", "unfavourable"}}};
  std::string out;
  bool any = false;
  for (const auto& j : r.jurors)
    if (!j.excluded) {
      std::string word = j.opinion.empty() ? std::string("—") : j.opinion;
      if (st.excel)
        for (const auto& [id, text] : kWords)
          if (j.opinion == id) word = i18n::pick(text, st.lang);
      out += (any ? " / " : "") + word;
      any = true;
    }
  return out;
}

} // namespace sieg::score
