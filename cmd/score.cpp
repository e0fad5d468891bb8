// sieg score [DOSSIER...]: weighted marker scores from the self-assessment or the jury's reviews.
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "grid_option.hpp"
#include "output.hpp"
#include "score/render.hpp"
#include "score/score_file.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::vector<std::string> files;
  std::string reviews;
  std::string grid;
  std::string aggregate;
  std::string format = "text";
};

int run_score(const Options& o, const Globals& g) {
  std::optional<grids::Grid> grid;
  if (!o.grid.empty()) {
    grid = load_grid_option(o.grid, g);
    if (!grid) return kExitUsage;
  }
  score::FileOptions fo;
  fo.grid = grid ? &*grid : nullptr;
  if (!o.reviews.empty()) fo.reviews_root = o.reviews;
  if (o.aggregate == "mean") fo.aggregate = grids::Aggregate::Mean;
  if (o.aggregate == "median") fo.aggregate = grids::Aggregate::Median;
  fo.lang = g.lang;

  bool discovered = o.files.empty();
  std::vector<std::string> files = o.files;
  if (discovered) {  // every dossier of the repository: sieg.toml's globs, or every YAML file here
    auto cfg = repository_config(".", g);
    if (!cfg) return kExitUsage;
    files = config::dossier_files(*cfg);
    if (!fo.reviews_root) fo.reviews_root = config::reviews_dir(*cfg);
  }
  std::vector<score::Result> results;
  std::vector<diag::Diagnostic> diags;
  std::vector<std::string> not_dossiers;
  int other_grid = 0;
  for (const auto& f : files) {
    score::FileScore fs = score::score_file(f, fo);
    if (!fs.is_dossier) {
      if (discovered) not_dossiers.push_back(f);  // reviews, configuration, broken files: sieg validate tells
      else diags.insert(diags.end(), fs.load_diags.begin(), fs.load_diags.end());
      continue;
    }
    diags.insert(diags.end(), fs.load_diags.begin(), fs.load_diags.end());
    if (!fs.result) continue;
    if (discovered && grid && fs.result->dossier.call.size() && score::grid_of_call(fs.result->dossier.call) &&
        score::grid_of_call(fs.result->dossier.call)->id != grid->id) {
      ++other_grid;
      continue;
    }
    diags.insert(diags.end(), fs.result->diags.begin(), fs.result->diags.end());
    results.push_back(std::move(*fs.result));
  }

  bool structured = o.format == "json" || o.format == "csv";
  bool colour = use_colour(g.color, structured ? stderr : stdout);
  std::string notes;
  for (const auto& d : diags) notes += diag::render_text(d, g.lang, colour);
  write(structured ? stderr : stdout, notes);

  std::string out;
  bool single = !discovered && results.size() == 1 && o.files.size() == 1;
  if (single) {
    const auto& r = results.front();
    if (o.format == "json") out = score::render_json(r);
    else if (o.format == "csv") out = score::render_csv(r, g.lang);
    else if (o.format == "md") out = score::render_markdown(r, g.lang);
    else out = score::render_text(r, g.lang);
  } else if (!results.empty() || o.format == "json") {
    if (o.format == "json") out = score::render_table_json(results);
    else if (o.format == "csv") out = score::render_table_csv(results, g.lang);
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
