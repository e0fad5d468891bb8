// sieg grids [show NAME|PATH]: the evaluation grids and their level descriptors.
#include <memory>

#include "commands.hpp"
#include "grid_option.hpp"
#include "grids/render.hpp"
#include "output.hpp"

namespace sieg::cmd {
namespace {

int run_grids(const std::vector<std::string>& args, const Globals& g) {
  if (args.empty()) {
    write(stdout, grids::render_list(grids::builtin_grids(), g.lang));
    return kExitOk;
  }
  if (args[0] != "show" || args.size() != 2) {
    write(stderr, i18n::pick({"sieg : erreur : usage : sieg grids [show NOM|FICHIER]\n",
                              "sieg: error: usage: sieg grids [show NAME|PATH]\n"},
                             g.lang));
    return kExitUsage;
  }
  auto grid = load_grid_option(args[1], g, "grids show");
  if (!grid) return kExitUsage;
  write(stdout, grids::render_grid(*grid, g.lang));
  return kExitOk;
}

} // namespace

Command grids_command() {
  Command c;
  c.name = "grids";
  c.summary = {"liste les grilles d'évaluation et leurs repères", "list the evaluation grids and their markers"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto args = std::make_shared<std::vector<std::string>>();
    app.add_option("args", *args, i18n::pick({"rien (liste), ou « show NOM|FICHIER »", "nothing (list), or 'show NAME|PATH'"}, lang))
        ->type_name("show NAME");
    app.footer(i18n::pick({"Voir man sieg-grids et man 5 sieg-grid.", "See man sieg-grids and man 5 sieg-grid."}, lang));
    return std::function<int(const Globals&)>([args](const Globals& g) { return run_grids(*args, g); });
  };
  return c;
}

} // namespace sieg::cmd
