// sieg rank [DIR]: every dossier of a folder, eligible ones ranked by score, the others apart;
// --what-if: the ranking under other weights, another aggregation or another threshold.
#include <deque>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "grid_option.hpp"
#include "output.hpp"
#include "values/date.hpp"
#include "schema/suggest.hpp"
#include "score/rank.hpp"
#include "pipeline/jury.hpp"
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::string dir = ".";
  std::string reviews;
  std::string grid;
  std::string aggregate;
  std::string format = "text";
  bool excel = false;  // --excel: CSV for spreadsheets
  std::string date;
  std::vector<std::string> what_if;
};

int run_rank(Options o, const Globals& g) {
  if (o.excel) {  // --excel is CSV for spreadsheets
    if (excel_conflicts(true, o.format == "text" ? "csv" : o.format, g)) return kExitUsage;
    o.format = "csv";
  }
  auto repo = open_repo(o.dir, g, o.reviews);
  if (!repo) return kExitUsage;
  std::optional<grids::Grid> grid;
  if (!o.grid.empty()) {  // a built-in grid, one of the repository's own (by id), or a grid file
    grid = load_grid_option(o.grid, g, "--grid", repo.get());
    if (!grid) return kExitUsage;
  }
  std::vector<score::Scenario> scenarios;
  for (const auto& spec : o.what_if) {
    std::string error;
    auto s = score::parse_scenario(spec, g.lang, error);
    if (!s) {
      write(stderr, fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : --what-if {0}\n", "sieg: error: --what-if {0}\n"}, g.lang)),
                                error));
      return kExitUsage;
    }
    scenarios.push_back(*s);
  }
  pipeline::Options po = pipeline_options(g);
  po.grid = grid ? &*grid : nullptr;
  if (o.aggregate == "mean") po.aggregate = grids::Aggregate::Mean;
  if (o.aggregate == "median") po.aggregate = grids::Aggregate::Median;
  bool date_ok = true;
  po.date = date_option(o.date, g, date_ok);
  if (!date_ok) return kExitUsage;

  // Every dossier read once; what-if scenarios re-score these values, never the files.
  std::vector<diag::Diagnostic> problems;
  std::vector<pipeline::Evaluation> evals = pipeline::evaluate_repository(*repo, po, 1, &problems);
  if (!problems.empty()) {
    print_diags(problems, g);
    return kExitUsage;
  }
  std::vector<std::string> left_out;
  std::vector<diag::Diagnostic> diags;
  std::vector<score::Entry> entries;
  for (const auto& e : evals) {
    if (!e.shape_ok) {
      left_out.push_back(e.file);
      continue;
    }
    for (const auto& d : e.all_diags())  // eligibility shows in the ranking itself (the ineligible, and why)
      if (!pipeline::is_eligibility_code(d.code)) diags.push_back(d);
    if (auto entry = pipeline::rank_entry(e)) entries.push_back(std::move(*entry));
  }
  // With reviews_per_dossier in sieg.toml, only a complete jury is ranked (sieg status says the same).
  const auto incomplete = pipeline::incomplete_juries(evals, g.lang);
  pipeline::mark_incomplete(entries, incomplete);
  auto base = score::rank(std::move(entries));

  std::vector<score::WhatIf> what_if;
  std::deque<std::map<std::string, grids::Grid>> scenario_grids;  // outlive the rankings that point into them
  for (const auto& s : scenarios) {
    for (const auto& [id, w] : s.weights) {
      bool known = false;
      std::vector<std::string> ids;
      for (const auto& r : base)
        for (const auto& m : r.grid->markers) {
          known = known || m.id == id;
          ids.push_back(m.id);
        }
      if (!known) {
        std::string msg = fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : --what-if : repère « {0} » inconnu\n",
                                                               "sieg: error: --what-if: unknown marker '{0}'\n"},
                                                              g.lang)),
                                      id);
        if (auto near = schema::closest(id, ids))
          msg += fmt::format(fmt::runtime(i18n::pick({"  = aide : vouliez-vous dire « {0} » ?\n", "  = help: did you mean '{0}'?\n"}, g.lang)),
                             *near);
        write(stderr, msg);
        return kExitUsage;
      }
    }
    auto& modified = scenario_grids.emplace_back();
    for (const auto& r : base) modified.emplace(r.grid->id, score::apply(s, *r.grid));
    std::vector<score::Entry> again;
    for (const auto& e : evals) {
      auto entry = pipeline::rank_entry(e);
      if (!entry) continue;
      auto it = modified.find(entry->result.grid->id);
      if (it == modified.end()) continue;
      auto r = pipeline::rescore(e, it->second, s.aggregate ? s.aggregate : po.aggregate, g.lang);
      if (!r) continue;
      entry->result = std::move(*r);
      again.push_back(std::move(*entry));
    }
    pipeline::mark_incomplete(again, incomplete);
    what_if.push_back({s, score::rank(std::move(again))});
  }

  bool structured = o.format == "json" || o.format == "csv";
  print_diags(diags, g);  // on standard error: standard output is the ranking
  std::string out;
  if (o.format == "json") out = score::render_rank_json(base, what_if);
  else if (o.format == "csv") out = score::render_rank_csv(base, score::CsvStyle{g.lang, o.excel});
  else if (o.format == "md") out = score::render_rank_markdown(base, what_if, g.lang);
  else out = score::render_rank_text(base, what_if, g.lang);
  if (!structured) out += left_out_note(left_out, g.lang);
  if (o.format == "text") out += config_note(repo->config_file(), g.lang);
  if (!structured) out = diag::visible(out, true);  // a file name's control characters, never raw
  write(stdout, out);
  return exit_code(diag::count(diags));
}

} // namespace

Command rank_command() {
  Command c;
  c.name = "rank";
  c.summary = {"classe les dossiers d'un dossier par note", "rank the dossiers of a folder by score"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("dir", o->dir, i18n::pick({"dossier à parcourir (par défaut : le dossier courant)",
                                              "folder to go through (default: the current folder)"},
                                             lang))
        ->type_name("DIR");
    add_scoring_options(app, o->reviews, o->grid, o->aggregate, lang);
    add_date_option(app, o->date, lang);
    app.add_option("--what-if", o->what_if,
                   i18n::pick({"classement aussi sous un autre réglage : aggregate=median, threshold=70 (seuil en %), "
                               "ou repere=poids (séparés par des virgules) ; répétable",
                               "the ranking also under other settings: aggregate=median, threshold=70 (a threshold in %), "
                               "or marker=weight (comma-separated); repeatable"},
                              lang))
        ->type_name("SPEC")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--format", o->format, i18n::pick({"sortie : text, json, csv ou md", "output: text, json, csv or md"}, lang))
        ->check(CLI::IsMember({"text", "json", "csv", "md"}));
    add_excel_option(app, o->excel, lang);
    app.footer(i18n::pick({"Ordre : total décroissant ; à égalité, le repère le plus faible le plus haut ; puis l'identifiant.\n"
                           "Codes de sortie : 0, 1 erreur dans une évaluation, 2 usage. Voir man sieg-rank.",
                           "Order: total, highest first; on a tie, the higher weakest marker; then the id.\n"
                           "Exit codes: 0, 1 an error in a review, 2 usage. See man sieg-rank."},
                          lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_rank(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
