// sieg form [--call ID] [-o form.html]: the offline web form that writes a dossier's YAML, for holders
// who never open a text editor (lib/scaffold/form.cpp; the page: docs/form.md).
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "io/write.hpp"
#include "output.hpp"
#include "pipeline/run.hpp"
#include "scaffold/scaffold.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::string call;
  std::string output = "-";
};

int run_form(const Options& o, const Globals& given) {
  Globals g = given;
  g.lang = document_lang(given);  // the page and the messages in French unless asked otherwise
  // The call: --call, else sieg.toml's, else the AMI Aquitaine 2015 (as sieg new).
  auto repo = open_repo(".", g, "");
  if (!repo) return kExitUsage;
  const calls::Call* call = nullptr;
  if (!o.call.empty()) {
    call = calls::find_call(o.call);
    if (call == nullptr) {
      std::string ids;
      for (const auto& c : calls::builtin_calls()) ids += (ids.empty() ? "" : ", ") + c.id;
      print_error(g, {"appel inconnu « {0} » (appels : {1})", "unknown call '{0}' (calls: {1})"}, o.call, ids);
      return kExitUsage;
    }
  } else if (repo->call) {
    call = repo->call.get();
  } else {
    call = calls::find_call("aquitaine-2015");
  }
  const grids::Grid* grid = !o.call.empty() ? grids::find_grid(call->grid) : repo->grid ? repo->grid.get() : grids::find_grid(call->grid);
  if (grid == nullptr) {
    print_error(g, {"la grille « {0} » de l'appel est inconnue", "the call's grid '{0}' is unknown"}, call->grid);
    return kExitUsage;
  }
  if (o.output != "-" && pipeline::Inputs(*repo, {}).contains(o.output)) {
    print_error(g, {"-o {0} : c'est une entrée ; sieg n'écrit jamais sur ses entrées", "-o {0}: it is an input; sieg never writes over its inputs"},
                o.output);
    return kExitUsage;
  }
  if (auto err = io::write_atomically(o.output, scaffold::form_page(*call, *grid, g.lang), g.lang)) {
    write(stderr, diag::render_text(*err, g.lang, false));
    return kExitUsage;
  }
  return kExitOk;
}

} // namespace

Command form_command() {
  Command c;
  c.name = "form";
  c.summary = {"formulaire web hors ligne qui écrit le dossier en YAML", "offline web form that writes the dossier as YAML"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("--call", o->call, i18n::pick({"l'appel (par défaut : celui de sieg.toml, sinon aquitaine-2015)",
                                                  "the call (default: sieg.toml's, else aquitaine-2015)"},
                                                 lang))
        ->type_name("ID");
    app.add_option("-o,--output", o->output,
                   i18n::pick({"la page écrite (atomiquement ; « - » : la sortie standard, par défaut)",
                               "the page to write (atomically; '-': standard output, the default)"},
                              lang))
        ->type_name("FILE");
    app.footer(i18n::pick({"Une seule page HTML, sans réseau : elle marche ouverte depuis le disque ou sur un site statique.\n"
                           "Les textes suivent --lang. Voir man sieg-form.",
                           "One HTML page, no network: it works opened from disk or from a static host.\n"
                           "Texts follow --lang. See man sieg-form."},
                          lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_form(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
