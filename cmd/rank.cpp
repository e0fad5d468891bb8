// sieg rank [DIR]: every dossier of a folder, eligible ones ranked by score, the others apart;
// --what-if: the ranking under other weights or another aggregation.
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
#include "score/score_file.hpp"
#include "validate/validate_file.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::string dir = ".";
  std::string reviews;
  std::string grid;
  std::string aggregate;
  std::string format = "text";
  std::string date;
  std::vector<std::string> what_if;
};

struct Dossier {
  std::string file;
  std::vector<diag::Diagnostic> failures;
  std::string grid;  // filled by the base ranking: what-if scenarios change this grid
};

std::vector<score::Entry> score_all(std::vector<Dossier>& dossiers, const score::FileOptions& fo,
                                    const std::map<std::string, grids::Grid>* scenario_grids,
                                    std::vector<diag::Diagnostic>* diags) {
  std::vector<score::Entry> entries;
  for (auto& d : dossiers) {
    score::FileOptions o = fo;
    if (scenario_grids != nullptr) {
      if (d.grid.empty()) continue;  // not scored in the base ranking either
      o.grid = &scenario_grids->at(d.grid);
    }
    score::FileScore fs = score::score_file(d.file, o);
    if (!fs.result) continue;
    d.grid = fs.result->grid->id;
    if (diags != nullptr) {
      diags->insert(diags->end(), fs.load_diags.begin(), fs.load_diags.end());
      diags->insert(diags->end(), fs.result->diags.begin(), fs.result->diags.end());
    }
    score::Entry e;
    e.result = std::move(*fs.result);
    e.failures = d.failures;
    e.eligible = d.failures.empty();
    entries.push_back(std::move(e));
  }
  return entries;
}

int run_rank(const Options& o, const Globals& g) {
  std::optional<grids::Grid> grid;
  if (!o.grid.empty()) {
    grid = load_grid_option(o.grid, g);
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
  validate::Context vctx;
  vctx.lang = g.lang;
  vctx.dossier_schema = validate::builtin_dossier_schema().get();
  bool date_ok = true;
  vctx.date = date_option(o.date, g, date_ok);
  if (!date_ok) return kExitUsage;

  score::FileOptions fo;
  fo.grid = grid ? &*grid : nullptr;
  if (!o.reviews.empty()) fo.reviews_root = o.reviews;
  if (o.aggregate == "mean") fo.aggregate = grids::Aggregate::Mean;
  if (o.aggregate == "median") fo.aggregate = grids::Aggregate::Median;
  fo.lang = g.lang;

  // The dossiers: files that pass their schema check; eligibility decides where they are listed.
  std::vector<Dossier> dossiers;
  std::vector<std::string> left_out;
  auto cfg = repository_config(o.dir, g);
  if (!cfg) return kExitUsage;
  if (!fo.reviews_root) fo.reviews_root = config::reviews_dir(*cfg);
  for (const auto& f : config::dossier_files(*cfg)) {
    diag::FileResult v = validate::validate_file(f, vctx);
    bool shape_ok = true;
    std::vector<diag::Diagnostic> failures;
    for (const auto& d : v.diagnostics) {
      if (d.severity != diag::Severity::Error) continue;
      if (d.code.rfind("SIEG-E", 0) == 0) failures.push_back(d);
      else shape_ok = false;
    }
    if (!shape_ok) left_out.push_back(f);
    else dossiers.push_back({f, std::move(failures), ""});
  }

  std::vector<diag::Diagnostic> diags;
  auto base = score::rank(score_all(dossiers, fo, nullptr, &diags));

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
    score::FileOptions so = fo;
    if (s.aggregate) so.aggregate = s.aggregate;
    what_if.push_back({s, score::rank(score_all(dossiers, so, &modified, nullptr))});
  }

  bool structured = o.format == "json" || o.format == "csv";
  std::string notes;
  for (const auto& d : diags) notes += diag::render_text(d, g.lang, use_colour(g.color, structured ? stderr : stdout));
  write(structured ? stderr : stdout, notes);
  std::string out;
  if (o.format == "json") out = score::render_rank_json(base, what_if);
  else if (o.format == "csv") out = score::render_rank_csv(base, g.lang);
  else if (o.format == "md") out = score::render_rank_markdown(base, what_if, g.lang);
  else out = score::render_rank_text(base, what_if, g.lang);
  if (!structured) out += left_out_note(left_out, g.lang);
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
                   i18n::pick({"classement aussi sous un autre réglage : aggregate=median, ou repere=poids "
                               "(séparés par des virgules) ; répétable",
                               "the ranking also under other settings: aggregate=median, or marker=weight "
                               "(comma-separated); repeatable"},
                              lang))
        ->type_name("SPEC")
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--format", o->format, i18n::pick({"sortie : text, json, csv ou md", "output: text, json, csv or md"}, lang))
        ->check(CLI::IsMember({"text", "json", "csv", "md"}));
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
