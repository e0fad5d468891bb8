#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "markup/escape.hpp"
#include "score/rank.hpp"
#include "score/csv.hpp"
#include "score/columns.hpp"
#include "score/render.hpp"
#include "values/percent.hpp"

namespace sieg::score {
namespace {

using i18n::pick;
using json = nlohmann::ordered_json;

bool fr(i18n::Lang l) { return l == i18n::Lang::Fr; }
std::string num(Rational r, i18n::Lang l) { return columns::num(r, fr(l)); }
using columns::lpad;
using columns::pad;
using columns::width;

std::map<std::string, int> base_ranks(const std::vector<Ranking>& base, const grids::Grid* grid) {
  std::map<std::string, int> out;
  for (const auto& g : base)
    if (g.grid->id == grid->id)
      for (const auto* list : {&g.ranked, &g.self_ranked})
        for (const auto& e : *list) out[e.result.dossier.id] = e.rank;
  return out;
}

std::string change_text(int before, int after) {
  if (before == 0) return "new";
  if (before == after) return "=";
  return before > after ? fmt::format("↑{}", before - after) : fmt::format("↓{}", after - before);
}

std::string failure_text(const Entry& e, i18n::Lang l) {
  if (e.failures.empty()) return "";
  std::string s = e.failures.front().code + " " + e.failures.front().message;
  if (e.failures.size() > 1)
    s += fmt::format(fmt::runtime(pick({" (+{0} autre(s))", " (+{0} more)"}, l)), e.failures.size() - 1);
  return s;
}

// Whether a group's lines show the thresholds (the grid, or the scenario, has some).
bool has_thresholds(const Ranking& g) {
  for (const auto* list : {&g.ranked, &g.self_ranked})
    for (const auto& e : *list)
      if (!e.result.thresholds.empty()) return true;
  return false;
}

std::string threshold_cell(const Result& r, i18n::Lang l) {
  if (r.thresholds.empty()) return "—";
  return r.all_thresholds_met() ? pick({"atteints", "met"}, l) : pick({"non atteints", "not met"}, l);
}

const char* ex_aequo(const Entry& e) { return e.ex_aequo ? "  ex aequo" : ""; }

// A ranked line of the text output: rank, dossier, total, then `rest` (the % and source, or the change).
std::string text_line(const Entry& e, std::size_t iw, i18n::Lang l, bool thresholds, const std::string& rest) {
  return lpad(std::to_string(e.rank), 4) + "  " + pad(e.result.dossier.id, iw) + "  " +
         lpad(num(*e.result.total, l) + " / " + num(e.result.max, l), 15) + "  " +
         (thresholds ? pad(threshold_cell(e.result, l), 12) + "  " : std::string()) + rest + ex_aequo(e) + "\n";
}

// « 2 dossier(s) sous le seuil de 70 % : a, b. » for a threshold scenario (ranked by the jury only).
std::string below_threshold(const Ranking& g, int threshold, i18n::Lang l) {
  std::vector<std::string> below;
  for (const auto& e : g.ranked)
    if (!e.result.all_thresholds_met()) below.push_back(e.result.dossier.id);
  std::string pct = values::with_percent(std::to_string(threshold), l);
  if (below.empty())
    return fmt::format(fmt::runtime(pick({"Tous atteignent le seuil de {0}.\n", "All reach the threshold of {0}.\n"}, l)), pct);
  return fmt::format(fmt::runtime(pick({"{0} dossier(s) sous le seuil de {1} : {2}.\n", "{0} dossier(s) below the threshold of {1}: {2}.\n"}, l)),
                     below.size(), pct, fmt::join(below, ", "));
}

// « 2 », or « 2 ex aequo » when its total equals a neighbour's.
std::string rank_cell(const Entry& e) { return std::to_string(e.rank) + (e.ex_aequo ? " ex aequo" : ""); }

std::size_t id_width(const Ranking& g) {
  std::size_t w = 7;
  for (const auto* list : {&g.ranked, &g.self_ranked, &g.incomplete, &g.ineligible, &g.unscored})
    for (const auto& e : *list) w = std::max(w, width(e.result.dossier.id));
  return w;
}

} // namespace

int changes(const std::vector<Ranking>& base, const Ranking& other) {
  auto before = base_ranks(base, other.grid);
  int n = 0;
  for (const auto* list : {&other.ranked, &other.self_ranked})
    for (const auto& e : *list)
      if (before[e.result.dossier.id] != e.rank) ++n;
  return n;
}

std::string render_rank_text(const std::vector<Ranking>& base, const std::vector<WhatIf>& what_if, i18n::Lang l) {
  std::string out;
  for (const auto& g : base) {
    std::size_t iw = id_width(g);
    out += fmt::format(fmt::runtime(pick({"Grille {0} : {1} dossier(s) classé(s) sur l'avis du jury, {4} sur l'auto-évaluation seule, "
                                          "{2} inéligible(s), {3} non noté(s)\n",
                                          "Grid {0}: {1} dossier(s) ranked on the jury's reviews, {4} on the self-assessment alone, "
                                          "{2} ineligible, {3} not scored\n"}, l)),
                       g.grid->id, g.ranked.size(), g.ineligible.size(), g.unscored.size(), g.self_ranked.size());
    bool th = has_thresholds(g);
    auto scored = [&](const Entry& e) { return lpad(percent_text(e.result, fr(l)), 5) + "  " + source_text(e.result, l); };
    out += lpad(pick({"Rang", "Rank"}, l), 4) + "  " + pad("Dossier", iw) + "  " + lpad("Total", 15) + "  " +
           (th ? pad(pick({"Seuils", "Thresholds"}, l), 12) + "  " : std::string()) + lpad("%", 5) + "  " + pick({"Source", "Source"}, l) + "\n";
    for (const auto& e : g.ranked) out += text_line(e, iw, l, th, scored(e));
    if (!g.self_ranked.empty()) {
      out += pick({"Classés à part, sur l'auto-évaluation seule (aucune évaluation du jury retenue) :\n",
                   "Ranked apart, on the self-assessment alone (no jury review kept):\n"}, l);
      for (const auto& e : g.self_ranked) out += text_line(e, iw, l, th, scored(e));
    }
    if (!g.incomplete.empty()) {
      out += pick({"Jury incomplet, pas classés :\n", "Jury incomplete, not ranked:\n"}, l);
      for (const auto& e : g.incomplete) out += lpad("-", 4) + "  " + pad(e.result.dossier.id, iw) + "  " + e.incomplete + "\n";
    }
    if (!g.ineligible.empty()) {
      out += pick({"Inéligibles :\n", "Ineligible:\n"}, l);
      for (const auto& e : g.ineligible)
        out += lpad("-", 4) + "  " + pad(e.result.dossier.id, iw) + "  " + failure_text(e, l) + "\n";
    }
    if (!g.unscored.empty()) {
      out += pick({"Non notés :\n", "Not scored:\n"}, l);
      for (const auto& e : g.unscored) {
        // Why: its first error (above, with its place), else nothing to score it on.
        auto err = std::find_if(e.result.diags.begin(), e.result.diags.end(),
                                [](const diag::Diagnostic& d) { return d.severity == diag::Severity::Error; });
        std::string why = err != e.result.diags.end()
                              ? err->code + " " + err->message
                              : pick({"ni évaluation du jury ni auto-évaluation complète", "no jury review and no complete self-assessment"}, l);
        out += lpad("-", 4) + "  " + pad(e.result.dossier.id, iw) + "  " + why + "\n";
      }
    }
    for (const auto& w : what_if)
      for (const auto& other : w.rankings) {
        if (other.grid->id != g.grid->id) continue;
        auto before = base_ranks(base, g.grid);
        out += fmt::format(fmt::runtime(pick({"\nEt si {0} :\n", "\nWhat if {0}:\n"}, l)), w.scenario.spec);
        bool wth = has_thresholds(other);
        for (const auto& e : other.ranked) out += text_line(e, iw, l, wth, change_text(before[e.result.dossier.id], e.rank));
        if (!other.self_ranked.empty() && !other.ranked.empty()) out += pick({"À part (auto-évaluation) :\n", "Apart (self-assessment):\n"}, l);
        for (const auto& e : other.self_ranked) out += text_line(e, iw, l, wth, change_text(before[e.result.dossier.id], e.rank));
        int n = changes(base, other);
        out += n == 0 ? pick({"Le classement ne change pas.\n", "The ranking does not change.\n"}, l)
                      : fmt::format(fmt::runtime(pick({"{0} dossier(s) change(nt) de place.\n", "{0} dossier(s) change place.\n"}, l)), n);
        if (w.scenario.threshold) out += below_threshold(other, *w.scenario.threshold, l);
      }
    out += "\n";
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::string render_rank_markdown(const std::vector<Ranking>& base, const std::vector<WhatIf>& what_if, i18n::Lang l) {
  std::string out;
  for (const auto& g : base) {
    out += fmt::format("## {} {}\n\n", pick({"Grille", "Grid"}, l), g.grid->id);
    out += fmt::format("| {} | Dossier | Total | % | Source |\n|---:|---|---:|---:|---|\n", pick({"Rang", "Rank"}, l));
    for (const auto& e : g.ranked)
      out += fmt::format("| {} | {} | {} / {} | {} | {} |\n", rank_cell(e), markup::md(e.result.dossier.id), num(*e.result.total, l),
                         num(e.result.max, l), percent_text(e.result, fr(l)), source_text(e.result, l));
    if (!g.self_ranked.empty()) {
      out += fmt::format("\n{}\n\n", pick({"**Classés à part, sur l'auto-évaluation seule (aucune évaluation du jury retenue)**",
                                            "**Ranked apart, on the self-assessment alone (no jury review kept)**"}, l));
      out += fmt::format("| {} | Dossier | Total | % | Source |\n|---:|---|---:|---:|---|\n", pick({"Rang", "Rank"}, l));
      for (const auto& e : g.self_ranked)
        out += fmt::format("| {} | {} | {} / {} | {} | {} |\n", rank_cell(e), markup::md(e.result.dossier.id), num(*e.result.total, l),
                           num(e.result.max, l), percent_text(e.result, fr(l)), source_text(e.result, l));
    }
    if (!g.incomplete.empty()) {
      out += fmt::format("\n{}\n\n", pick({"**Jury incomplet, pas classés**", "**Jury incomplete, not ranked**"}, l));
      for (const auto& e : g.incomplete) {
        out += fmt::format("- {} — {}\n", markup::md(e.result.dossier.id), markup::md(e.incomplete));
      }
    }
    if (!g.ineligible.empty()) {
      out += fmt::format("\n{}\n\n", pick({"**Inéligibles**", "**Ineligible**"}, l));
      for (const auto& e : g.ineligible) {
        out += fmt::format("- {} — {}\n", markup::md(e.result.dossier.id), markup::md(failure_text(e, l)));
      }
    }
    for (const auto& w : what_if)
      for (const auto& other : w.rankings) {
        if (other.grid->id != g.grid->id) continue;
        auto before = base_ranks(base, g.grid);
        out += fmt::format(fmt::runtime(pick({"\n### Et si `{0}`\n\n", "\n### What if `{0}`\n\n"}, l)), w.scenario.spec);
        out += fmt::format("| {} | Dossier | Total | {} |\n|---:|---|---:|---|\n", pick({"Rang", "Rank"}, l),
                           pick({"Évolution", "Change"}, l));
        for (const auto& e : other.ranked)
          out += fmt::format("| {} | {} | {} | {} |\n", rank_cell(e), markup::md(e.result.dossier.id),
                             num(*e.result.total, l) + (w.scenario.threshold ? " (" + threshold_cell(e.result, l) + ")" : ""),
                             change_text(before[e.result.dossier.id], e.rank));
      }
    out += "\n";
  }
  return out;
}

std::string render_rank_csv(const std::vector<Ranking>& base, const CsvStyle& st) {
  MarkerColumns markers;  // one header for the file, over every grid ranked
  for (const auto& g : base) markers.add(*g.grid);
  std::vector<std::string> head{st.header("grid", {"grille", "grid"}),
                                st.header("rank", {"rang", "rank"}),
                                st.header("dossier", {"dossier", "dossier"}),
                                st.header("title", {"intitulé", "title"}),
                                st.header("eligible", {"éligible", "eligible"}),
                                st.header("failing_rules", {"règles non respectées", "failing rules"})};
  for (auto& h : scoring_headers(st)) head.push_back(std::move(h));
  head.push_back(st.header("thresholds_met", {"seuils atteints", "thresholds met"}));
  head.push_back(st.header("ex_aequo", {"ex aequo", "tied"}));
  add_marker_headers(markers, st, head);
  std::string out = st.start() + st.row(head);
  for (const auto& g : base) {
    auto emit = [&](const Entry& e) {
      std::vector<std::string> codes;
      for (const auto& f : e.failures) codes.push_back(f.code);
      const Result& r = e.result;
      std::vector<std::string> c{g.grid->id, e.rank ? std::to_string(e.rank) : "", r.dossier.id, r.dossier.title,
                                 st.flag(e.eligible), fmt::format("{}", fmt::join(codes, " "))};
      for (auto& x : scoring_cells(r, st)) c.push_back(std::move(x));
      c.push_back(r.source == Source::None || r.thresholds.empty() ? "" : st.flag(r.all_thresholds_met()));
      c.push_back(e.rank ? st.flag(e.ex_aequo) : "");
      add_marker_cells(markers, r, st, c);
      out += st.row(c);
    };
    for (const auto& e : g.ranked) emit(e);
    for (const auto& e : g.self_ranked) emit(e);
    for (const auto& e : g.incomplete) emit(e);
    for (const auto& e : g.ineligible) emit(e);
    for (const auto& e : g.unscored) emit(e);
  }
  return out;
}

std::string render_rank_json(const std::vector<Ranking>& base, const std::vector<WhatIf>& what_if) {
  auto entry = [](const Entry& e) {
    json failures = json::array();
    for (const auto& f : e.failures) failures.push_back({{"code", f.code}, {"message", f.message}});
    const Result& r = e.result;
    return json{{"rank", e.rank ? json(e.rank) : json(nullptr)},
                {"ex_aequo", e.ex_aequo},
                {"thresholds_met", r.source == Source::None || r.thresholds.empty() ? json(nullptr) : json(r.all_thresholds_met())},
                {"dossier", r.dossier.id},
                {"file", r.dossier.file},
                {"title", r.dossier.title},
                {"eligible", e.eligible},
                {"failures", failures},
                {"incomplete", e.incomplete.empty() ? json(nullptr) : json(e.incomplete)},
                {"source", source_id(r)},
                {"total", r.total ? json::parse(to_fixed(*r.total, 4)) : json(nullptr)},
                {"max", json::parse(to_fixed(r.max, 4))},
                {"percent", r.total ? json::parse(percent_text(r, false)) : json(nullptr)}};
  };
  json doc;
  doc["version"] = 1;
  json groups = json::array();
  for (const auto& g : base) {
    json ranked = json::array(), self = json::array(), inel = json::array(), uns = json::array(), inc = json::array();
    for (const auto& e : g.incomplete) inc.push_back(entry(e));
    for (const auto& e : g.ranked) ranked.push_back(entry(e));
    for (const auto& e : g.self_ranked) self.push_back(entry(e));
    for (const auto& e : g.ineligible) inel.push_back(entry(e));
    for (const auto& e : g.unscored) uns.push_back(entry(e));
    groups.push_back({{"grid", g.grid->id}, {"ranked", ranked}, {"self_ranked", self}, {"incomplete", inc}, {"ineligible", inel}, {"unscored", uns}});
  }
  doc["grids"] = groups;
  json wi = json::array();
  for (const auto& w : what_if) {
    json gs = json::array();
    for (const auto& other : w.rankings) {
      auto before = base_ranks(base, other.grid);
      json ranking = json::array();
      for (const auto& e : other.ranked)
        ranking.push_back({{"rank", e.rank},
                           {"previous_rank", before[e.result.dossier.id]},
                           {"dossier", e.result.dossier.id},
                           {"total", json::parse(to_fixed(*e.result.total, 4))},
                           {"ex_aequo", e.ex_aequo},
                           {"thresholds_met", e.result.thresholds.empty() ? json(nullptr) : json(e.result.all_thresholds_met())}});
      gs.push_back({{"grid", other.grid->id}, {"ranking", ranking}, {"changed", changes(base, other)}});
    }
    wi.push_back({{"scenario", w.scenario.spec}, {"grids", gs}});
  }
  doc["what_if"] = wi;
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

} // namespace sieg::score
