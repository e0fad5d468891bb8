#include <algorithm>

#include <fmt/format.h>

#include "score/columns.hpp"
#include "markup/escape.hpp"
#include "score/render.hpp"
#include "values/display.hpp"

namespace sieg::score {
namespace {

using i18n::pick;

bool fr(i18n::Lang l) { return l == i18n::Lang::Fr; }

std::string num(Rational r, i18n::Lang l) { return columns::num(r, fr(l)); }
using columns::lpad;
using columns::pad;
using columns::width;
std::string colon(i18n::Lang l) { return fr(l) ? " :" : ":"; }
// A free text on one line of the terminal: line breaks and tabs as spaces, other controls shown as U+FFFD.
std::string one_line(const std::string& s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else if (u < 0x20 || u == 0x7f) out += "\uFFFD";
    else out += c;
  }
  return out;
}

std::string juror_cell(const Result& r, const MarkerResult& m, std::size_t i) {
  if (!m.jury[i]) return "-";
  return r.jurors[i].excluded ? fmt::format("({})", *m.jury[i]) : std::to_string(*m.jury[i]);
}

std::string threshold_text(const ThresholdResult& t, i18n::Lang l) {
  std::string what;
  switch (t.kind) {
    case ThresholdResult::Kind::MinTotalPercent:
      what = fmt::format(fmt::runtime(pick({"total d'au moins {0} %", "total of at least {0}%"}, l)), t.value);
      break;
    case ThresholdResult::Kind::MinLevel:
      what = fmt::format(fmt::runtime(pick({"chaque repère au niveau {0} au moins", "every marker at level {0} at least"}, l)),
                         t.value);
      break;
    case ThresholdResult::Kind::Eliminatory:
      what = fmt::format(fmt::runtime(pick({"repères éliminatoires au niveau {0} au moins",
                                            "eliminatory markers at level {0} at least"}, l)),
                         t.value);
      break;
  }
  std::string verdict = t.met ? pick({"atteint", "met"}, l) : pick({"NON atteint", "NOT met"}, l);
  if (!t.failing.empty()) verdict += fmt::format(" ({})", fmt::join(t.failing, ", "));
  return what + colon(l) + " " + verdict;
}

} // namespace

std::string percent_text(const Result& r, bool french) {
  if (!r.total || r.max.num == 0) return "";
  return to_fixed(*r.total * Rational(100) / r.max, 1, french);
}

std::string source_text(const Result& r, i18n::Lang l) {
  switch (r.source) {
    case Source::Jury: return fmt::format("{} ({})", pick({"jury", "jury"}, l), r.kept_jurors());
    case Source::Self: return pick({"auto-évaluation", "self-assessment"}, l);
    case Source::None: return "—";
  }
  return "";
}

std::string render_text(const Result& r, i18n::Lang l) {
  std::string out = fmt::format("{} — {}\n", r.dossier.id, r.dossier.title);
  out += fmt::format("{}{} {} ({})\n", pick({"Grille", "Grid"}, l), colon(l), r.grid->id, r.grid->title.get(l));
  if (r.source == Source::None) {
    out += pick({"Pas de note : voir les erreurs ci-dessus.\n", "No score: see the errors above.\n"}, l);
    return out;
  }
  const char* agg = r.aggregate == grids::Aggregate::Mean ? pick({"moyenne", "mean"}, l) : pick({"médiane", "median"}, l);
  if (r.source == Source::Jury) {
    out += fmt::format(fmt::runtime(pick({"Note du jury : {0} évaluation(s), agrégées par la {1}", "Jury score: {0} review(s), aggregated by the {1}"}, l)),
                       r.kept_jurors(), agg);
    if (!r.self_date.empty())
      out += fmt::format(fmt::runtime(pick({" ; auto-évaluation du {0} en regard", "; self-assessment of {0} beside it"}, l)), r.self_date);
    out += "\n";
    for (std::size_t i = 0; i < r.jurors.size(); ++i) {
      const auto& j = r.jurors[i];
      out += fmt::format("  R{} {} ({}){}\n", i + 1, j.name, j.organisation,
                         j.excluded ? pick({" — écarté : conflit d'intérêts", " — left out: conflict of interest"}, l) : "");
      if (!j.opinion_comment.empty())
        out += fmt::format("     {}{} {}\n", pick({"avis motivé", "opinion's reasons"}, l), colon(l), one_line(j.opinion_comment));
    }
  } else {
    out += fmt::format(fmt::runtime(pick({"Note de l'auto-évaluation du {0}\n", "Score of the self-assessment of {0}\n"}, l)),
                       r.self_date);
  }
  out += "\n";

  std::size_t lw = width(pick({"Repère", "Marker"}, l));
  for (const auto& m : r.markers) lw = std::max(lw, width(m.marker->label.get(l)));
  std::string head = pad(pick({"Repère", "Marker"}, l), lw) + "  " + lpad(pick({"Auto", "Self"}, l), 4);
  if (r.source == Source::Jury) {
    for (std::size_t i = 0; i < r.jurors.size(); ++i) head += "  " + lpad(fmt::format("R{}", i + 1), 3);
    head += "  " + lpad(pick({"Moy.", "Mean"}, l), 5) + "  " + lpad(pick({"Méd.", "Med."}, l), 5);
  }
  head += "  " + lpad(pick({"Poids", "Weight"}, l), 6) + "  " + lpad("Points", 12);
  out += head + "\n";
  for (const auto& m : r.markers) {
    std::string row = pad(m.marker->label.get(l), lw) + "  " + lpad(m.self ? std::to_string(*m.self) : "-", 4);
    if (r.source == Source::Jury) {
      for (std::size_t i = 0; i < r.jurors.size(); ++i) row += "  " + lpad(juror_cell(r, m, i), 3);
      row += "  " + lpad(num(*m.mean, l), 5) + "  " + lpad(num(*m.median, l), 5);
    }
    row += "  " + lpad(num(Rational(m.marker->weight, 100), l), 6) + "  " +
           lpad(num(m.points, l) + " / " + num(m.max, l), 12);
    if (m.disagreement) row += pick({"  ! désaccord", "  ! disagreement"}, l);
    out += row + "\n";
    out += fmt::format("    {} {}{} {}\n", pick({"niveau", "level"}, l), m.reached, colon(l),
                       m.marker->levels[static_cast<std::size_t>(m.reached)].get(l));
  }
  if (!r.dimensions.empty()) {
    out += std::string("\n") + pick({"Dimensions", "Dimensions"}, l) + colon(l) + "\n";
    std::size_t dw = 0;
    for (const auto& d : r.dimensions) dw = std::max(dw, width(d.dimension->label.get(l)));
    for (const auto& d : r.dimensions)
      out += fmt::format("  {}  {}\n", pad(d.dimension->label.get(l), dw), num(d.points, l) + " / " + num(d.max, l));
  }
  out += fmt::format("\nTotal{} {} / {} ({} %)\n", colon(l), num(*r.total, l), num(r.max, l), percent_text(r, fr(l)));
  if (r.thresholds.empty()) out += pick({"Seuils : aucun fixé par la grille\n", "Thresholds: none set by the grid\n"}, l);
  else
    for (const auto& t : r.thresholds) out += fmt::format("{}{} {}\n", pick({"Seuil", "Threshold"}, l), colon(l), threshold_text(t, l));
  if (r.history.size() > 1) {
    out += pick({"Historique des auto-évaluations", "Self-assessment history"}, l) + colon(l);
    std::vector<std::string> parts;
    for (const auto& h : r.history)
      parts.push_back(h.date + " " + (h.total ? num(*h.total, l) : std::string("—")));
    out += fmt::format(" {}\n", fmt::join(parts, " ; "));
  }
  return out;
}

std::string render_markdown(const Result& r, i18n::Lang l) {
  auto cell = [](const std::string& s) { return markup::md(s); };
  std::string out = fmt::format("## {} — {}\n\n", cell(r.dossier.id), cell(r.dossier.title));
  out += fmt::format("{}{} `{}` — {}\n\n", pick({"Grille", "Grid"}, l), colon(l), r.grid->id, cell(r.grid->title.get(l)));
  if (r.source == Source::None) return out + pick({"Pas de note.\n", "No score.\n"}, l);
  out += fmt::format("{}{} {}\n\n", pick({"Source", "Source"}, l), colon(l), source_text(r, l));
  std::string head = fmt::format("| {} | {} |", pick({"Repère", "Marker"}, l), pick({"Auto", "Self"}, l));
  std::string rule = "|---|---:|";
  if (r.source == Source::Jury) {
    for (std::size_t i = 0; i < r.jurors.size(); ++i) {
      head += fmt::format(" R{} |", i + 1);
      rule += "---:|";
    }
    head += fmt::format(" {} | {} |", pick({"Moyenne", "Mean"}, l), pick({"Médiane", "Median"}, l));
    rule += "---:|---:|";
  }
  head += fmt::format(" {} | Points | {} |", pick({"Poids", "Weight"}, l), pick({"Niveau atteint", "Level reached"}, l));
  rule += "---:|---:|---|";
  out += head + "\n" + rule + "\n";
  for (const auto& m : r.markers) {
    std::string row = fmt::format("| {} | {} |", cell(m.marker->label.get(l)), m.self ? std::to_string(*m.self) : "-");
    if (r.source == Source::Jury) {
      for (std::size_t i = 0; i < r.jurors.size(); ++i) row += " " + juror_cell(r, m, i) + " |";
      row += fmt::format(" {} | {} |", num(*m.mean, l), num(*m.median, l));
    }
    row += fmt::format(" {} | {} / {} | {} — {}{} |", num(Rational(m.marker->weight, 100), l), num(m.points, l),
                       num(m.max, l), m.reached, cell(m.marker->levels[static_cast<std::size_t>(m.reached)].get(l)),
                       m.disagreement ? pick({" **(désaccord)**", " **(disagreement)**"}, l) : "");
    out += row + "\n";
  }
  if (r.source == Source::Jury) {
    out += "\n";
    for (std::size_t i = 0; i < r.jurors.size(); ++i)
      out += fmt::format("- R{} : {} ({}){}\n", i + 1, cell(r.jurors[i].name), cell(r.jurors[i].organisation),
                         r.jurors[i].excluded ? pick({" — écarté (conflit d'intérêts)", " — left out (conflict of interest)"}, l) : "");
  }
  if (!r.dimensions.empty()) {
    out += fmt::format("\n| {} | Points |\n|---|---:|\n", pick({"Dimension", "Dimension"}, l));
    for (const auto& d : r.dimensions)
      out += fmt::format("| {} | {} / {} |\n", cell(d.dimension->label.get(l)), num(d.points, l), num(d.max, l));
  }
  out += fmt::format("\n**Total{} {} / {} ({} %)**\n", colon(l), num(*r.total, l), num(r.max, l), percent_text(r, fr(l)));
  for (const auto& t : r.thresholds) out += fmt::format("\n- {}", threshold_text(t, l));
  if (!r.thresholds.empty()) out += "\n";
  return out;
}

std::string render_table_text(const std::vector<Result>& rs, i18n::Lang l) {
  std::size_t iw = width(pick({"Dossier", "Dossier"}, l));
  std::size_t gw = 10;  // a repository's grid id may be longer (« occitanie-2026 »)
  for (const auto& r : rs) {
    iw = std::max(iw, width(r.dossier.id));
    gw = std::max(gw, width(r.grid->id));
  }
  std::string out = pad("Dossier", iw) + "  " + pad(pick({"Grille", "Grid"}, l), gw) + "  " +
                    pad(pick({"Source", "Source"}, l), 16) + "  " + lpad("Total", 15) + "  " + lpad("%", 5) + "  " +
                    pick({"Seuils", "Thresholds"}, l) + "\n";
  for (const auto& r : rs) {
    std::string total = r.total ? num(*r.total, l) + " / " + num(r.max, l) : "—";
    std::string th = r.source == Source::None ? "—"
                     : r.thresholds.empty()   ? values::none_word(l)
                     : r.all_thresholds_met() ? pick({"atteints", "met"}, l)
                                              : pick({"NON atteints", "NOT met"}, l);
    out += pad(r.dossier.id, iw) + "  " + pad(r.grid->id, gw) + "  " + pad(source_text(r, l), 16) + "  " +
           lpad(total, 15) + "  " + lpad(percent_text(r, fr(l)), 5) + "  " + th + "\n";
  }
  auto len = leniency(rs);
  if (!len.empty()) {
    out += std::string("\n") + pick({"Indulgence des évaluateurs (écart moyen aux autres évaluateurs, en niveaux)",
                        "Reviewers' leniency (mean deviation from the other reviewers, in levels)"}, l) + colon(l) + "\n";
    std::size_t nw = 0;
    for (const auto& x : len) nw = std::max(nw, width(x.reviewer));
    for (const auto& x : len)
      out += fmt::format("  {}  {}{}  ({} {})\n", pad(x.reviewer, nw), x.deviation.num > 0 ? "+" : "",
                         to_fixed(x.deviation, 2, fr(l)), x.markers, pick({"repères", "markers"}, l));
  }
  return out;
}

std::string render_table_markdown(const std::vector<Result>& rs, i18n::Lang l) {
  std::string out = fmt::format("| Dossier | {} | {} | Total | % | {} |\n|---|---|---|---:|---:|---|\n",
                                pick({"Grille", "Grid"}, l), pick({"Source", "Source"}, l), pick({"Seuils", "Thresholds"}, l));
  for (const auto& r : rs) {
    std::string total = r.total ? num(*r.total, l) + " / " + num(r.max, l) : "—";
    std::string th = r.source == Source::None ? "—"
                     : r.thresholds.empty()   ? values::none_word(l)
                     : r.all_thresholds_met() ? pick({"atteints", "met"}, l)
                                              : pick({"**non atteints**", "**not met**"}, l);
    out += fmt::format("| {} | {} | {} | {} | {} | {} |\n", markup::md(r.dossier.id), r.grid->id, source_text(r, l), total,
                       percent_text(r, fr(l)), th);
  }
  return out;
}

} // namespace sieg::score
