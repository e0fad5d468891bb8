// sieg grids [show NAME|PATH]: the evaluation grids and their level descriptors.
#include <memory>

#include "commands.hpp"
#include "common.hpp"
#include "grid_option.hpp"
#include "grids/render.hpp"
#include "grids/review_schema.hpp"
#include "output.hpp"

namespace sieg::cmd {
namespace {

int run_grids(const std::vector<std::string>& args, const Globals& g) {
  auto repo = open_repo(".", g, "");
  if (!repo) return kExitUsage;  // sieg.toml's problems are printed: the grids in force are not known
  if (args.empty()) {
    std::vector<const grids::Grid*> own;
    auto all = grids_in_force(repo.get(), &own);
    write(stdout, grids::render_list(all, g.lang, own));
    return kExitOk;
  }
  if ((args[0] != "show" && args[0] != "schema") || args.size() != 2) {
    write(stderr, i18n::pick({"sieg : erreur : usage : sieg grids [show|schema NOM|FICHIER]\n",
                              "sieg: error: usage: sieg grids [show|schema NAME|PATH]\n"},
                             g.lang));
    return kExitUsage;
  }
  auto grid = load_grid_option(args[1], g, args[0] == "schema" ? "grids schema" : "grids show", repo.get());
  if (!grid) return kExitUsage;
  write(stdout, args[0] == "schema" ? grids::review_schema(*grid) : grids::render_grid(*grid, g.lang));
  return kExitOk;
}

} // namespace

Command grids_command() {
  Command c;
  c.name = "grids";
  c.summary = {"liste les grilles d'évaluation et leurs repères", "list the evaluation grids and their markers"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto args = std::make_shared<std::vector<std::string>>();
    app.add_option("args", *args,
                   i18n::pick({"rien (liste), « show NOM|FICHIER » (ses repères et descripteurs), ou « schema NOM|FICHIER » "
                               "(le schéma JSON des évaluations sur cette grille, pour les éditeurs)",
                               "nothing (list), 'show NAME|PATH' (its markers and descriptors), or 'schema NAME|PATH' "
                               "(the JSON Schema of reviews on this grid, for editors)"},
                              lang))
        ->type_name("show|schema NAME");
    app.footer(i18n::pick({"Voir man sieg-grids et man 5 sieg-grid.", "See man sieg-grids and man 5 sieg-grid."}, lang));
    return std::function<int(const Globals&)>([args](const Globals& g) { return run_grids(*args, g); });
  };
  return c;
}

} // namespace sieg::cmd
