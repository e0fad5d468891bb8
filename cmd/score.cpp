// sieg score [DOSSIER...]: weighted marker scores from the self-assessment or the jury's reviews.
#include <filesystem>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "grid_option.hpp"
#include "output.hpp"
#include "score/render.hpp"
#include "pipeline/run.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::vector<std::string> files;
  std::string reviews;
  std::string grid;
  std::string aggregate;
  std::string format = "text";
  bool excel = false;  // --excel: CSV for spreadsheets
};

int run_score(Options o, const Globals& g) {
  if (o.excel) {  // --excel is CSV for spreadsheets
    if (excel_conflicts(true, o.format == "text" ? "csv" : o.format, g)) return kExitUsage;
    o.format = "csv";
  }
  bool discovered = o.files.empty();
  std::shared_ptr<const pipeline::Repository> repo;  // outlives the evaluations that point into it
  if (discovered) {  // every dossier of the repository (sieg.toml's globs, or every YAML file here)
    repo = open_repo(".", g, o.reviews);
    if (!repo) return kExitUsage;
  }
  std::optional<grids::Grid> grid;
  if (!o.grid.empty()) {  // a built-in grid, one of the repository's own (by id), or a grid file
    std::shared_ptr<const pipeline::Repository> here = repo;
    std::error_code ec;
    if (!here && grids::find_grid(o.grid) == nullptr && !std::filesystem::exists(o.grid, ec)) {
      here = open_repo(".", g, o.reviews);  // dossiers named on the command line: the grids of the repository here
      if (!here) return kExitUsage;
    }
    grid = load_grid_option(o.grid, g, "--grid", here.get());
    if (!grid) return kExitUsage;
  }
  pipeline::Options po = pipeline_options(g);
  po.grid = grid ? &*grid : nullptr;
  if (o.aggregate == "mean") po.aggregate = grids::Aggregate::Mean;
  if (o.aggregate == "median") po.aggregate = grids::Aggregate::Median;

  std::vector<pipeline::Evaluation> evals;
  std::set<std::string> configs;
  pipeline::Repositories repos(settings_of(g, o.reviews), g.lang);
  if (discovered) {
    if (auto c = repo->config_file()) configs.insert(*c);
    std::vector<diag::Diagnostic> problems;
    evals = pipeline::evaluate_repository(*repo, po, 1, &problems);
    if (!problems.empty()) {
      print_diags(problems, g);
      return kExitUsage;
    }
  } else {
    for (const auto& f : o.files) {
      std::vector<diag::Diagnostic> config_diags;
      auto r = repos.for_file(f, config_diags);
      print_diags(config_diags, g);
      if (!r) return kExitUsage;
      if (auto c = r->config_file()) configs.insert(*c);
      evals.push_back(pipeline::evaluate(f, *r, po));
    }
  }
  std::vector<score::Result> results;
  std::vector<diag::Diagnostic> diags;
  std::vector<std::string> not_dossiers;
  int other_grid = 0;
  for (auto& e : evals) {
    if (!e.shape_ok) {
      if (discovered) not_dossiers.push_back(e.file);  // reviews, configuration, broken files: sieg validate tells
      else diags.insert(diags.end(), e.diags.begin(), e.diags.end());
      continue;
    }
    if (!e.score) {
      for (const auto& d : e.all_diags())
        if (!pipeline::is_eligibility_code(d.code)) diags.push_back(d);
      continue;
    }
    if (discovered && grid && e.call != nullptr && e.grid != nullptr && grids::find_grid(e.call->grid) != nullptr &&
        grids::find_grid(e.call->grid)->id != grid->id) {
      ++other_grid;
      continue;
    }
    for (const auto& d : e.score->diags)  // eligibility is sieg validate's and sieg rank's to show
      if (!pipeline::is_eligibility_code(d.code)) diags.push_back(d);
    results.push_back(std::move(*e.score));
  }

  bool structured = o.format == "json" || o.format == "csv";
  print_diags(diags, g);

  std::string out;
  bool single = !discovered && results.size() == 1 && o.files.size() == 1;
  if (single) {
    const auto& r = results.front();
    if (o.format == "json") out = score::render_json(r);
    else if (o.format == "csv") out = score::render_csv(r, score::CsvStyle{g.lang, o.excel});
    else if (o.format == "md") out = score::render_markdown(r, g.lang);
    else out = score::render_text(r, g.lang);
  } else if (!results.empty() || o.format == "json") {
    if (o.format == "json") out = score::render_table_json(results);
    else if (o.format == "csv") out = score::render_table_csv(results, score::CsvStyle{g.lang, o.excel});
    else if (o.format == "md") out = score::render_table_markdown(results, g.lang);
    else out = score::render_table_text(results, g.lang);
  }
  if (!structured) {
    out += left_out_note(not_dossiers, g.lang);
    if (other_grid > 0)
      out += fmt::format(fmt::runtime(i18n::pick({"{0} dossier(s) d'un appel noté sur une autre grille laissé(s) de côté\n",
                                                  "{0} dossier(s) of a call scored on another grid left out\n"},
                                                 g.lang)),
                         other_grid);
    if (results.empty() && discovered)
      out += i18n::pick({"aucun dossier à noter ici\n", "no dossier to score here\n"}, g.lang);
    if (o.format == "text")
      for (const auto& c : configs) out += config_note(c, g.lang);
    out = diag::visible(out, true);  // a file name's control characters, never raw
  }
  write(stdout, out);
  diag::Counts c = diag::count(diags);
  return exit_code(c);
}

} // namespace

Command score_command() {
  Command c;
  c.name = "score";
  c.summary = {"note les dossiers sur la grille de leur appel", "score dossiers on their call's grid"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("dossiers", o->files,
                   i18n::pick({"dossiers à noter ; aucun : tous les dossiers sous le dossier courant",
                               "dossiers to score; none: every dossier under the current folder"},
                              lang))
        ->type_name("DOSSIER");
    add_scoring_options(app, o->reviews, o->grid, o->aggregate, lang);
    app.add_option("--format", o->format, i18n::pick({"sortie : text, json, csv ou md", "output: text, json, csv or md"}, lang))
        ->check(CLI::IsMember({"text", "json", "csv", "md"}));
    add_excel_option(app, o->excel, lang);
    app.footer(i18n::pick(
        {"Codes de sortie : 0 noté, 1 erreur dans un dossier ou une évaluation (repère manquant, niveau hors échelle...),\n"
         "2 usage ou E/S. Voir man sieg-score et man 5 sieg-review.",
         "Exit codes: 0 scored, 1 an error in a dossier or a review (missing marker, level off the scale...),\n"
         "2 usage or I/O. See man sieg-score and man 5 sieg-review."},
        lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_score(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
