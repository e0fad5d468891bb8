// sieg form [--call ID] [-o form.html]: the offline web form that writes a dossier's YAML, for holders
// who never open a text editor (lib/scaffold/form.cpp; the page: docs/form.md).
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "pipeline/handout.hpp"
#include "diag/render.hpp"
#include "io/write.hpp"
#include "output.hpp"
#include "pipeline/evaluate.hpp"
#include "pipeline/run.hpp"
#include "tree/path.hpp"
#include "values/money.hpp"
#include "scaffold/scaffold.hpp"

namespace sieg::cmd {
namespace {

namespace fs = std::filesystem;

struct Options {
  std::string call;
  std::string review;  // --review DOSSIER
  std::string output = "-";
};

// The reviewer's form of one dossier, read through the one pipeline (as sieg new --review).
int run_review_form(const Options& o, const Globals& g) {
  std::error_code ec;
  if (!fs::is_regular_file(o.review, ec)) {
    print_error(g, {"{0} : pas de tel dossier", "{0}: no such dossier"}, o.review);
    return kExitUsage;
  }
  std::string folder = fs::path(o.review).parent_path().string();
  auto repo = open_repo(folder.empty() ? "." : folder, g, "");
  if (!repo) return kExitUsage;
  pipeline::Evaluation e = pipeline::evaluate(o.review, *repo, pipeline_options(g));
  if (e.grid == nullptr || e.call == nullptr || !e.input) {
    print_error(g, {"{0} : la grille du dossier est inconnue tant que le dossier n'est pas valide (sieg validate {0})",
                    "{0}: the dossier's grid is unknown until the dossier is valid (sieg validate {0})"},
                o.review);
    return kExitUsage;
  }
  scaffold::ReviewForm r = pipeline::review_form(e, g.lang);
  fs::path dir = fs::path(repo->reviews_root(e.file)) / e.id;
  r.reviews_dir = dir.lexically_normal().generic_string();
  r.schema_path = modeline_schema(*repo, "review-" + e.grid->id + ".schema.json", dir.string());
  if (output_is_input(o.output, *repo, {o.review}, g)) return kExitUsage;
  if (auto err = io::write_atomically(o.output, scaffold::review_form_page(r, g.lang), g.lang)) {
    write(stderr, diag::render_text(*err, g.lang, false));
    return kExitUsage;
  }
  return kExitOk;
}

int run_form(const Options& o, const Globals& given) {
  Globals g = given;
  g.lang = document_lang(given);  // the page and the messages in French unless asked otherwise
  if (!o.review.empty()) return run_review_form(o, g);
  // The call: --call, else sieg.toml's, else the AMI Aquitaine 2015 (as sieg new).
  auto repo = open_repo(".", g, "");
  if (!repo) return kExitUsage;
  std::optional<CallChoice> chosen;
  if (!o.call.empty()) chosen = call_option(o.call, *repo, g);
  else if (repo->call) chosen = call_option(repo->call->id, *repo, g);
  else chosen = call_option("aquitaine-2015", *repo, g);
  if (!chosen) return kExitUsage;
  const calls::Call* call = chosen->call.get();
  const grids::Grid* grid = (o.call.empty() || call == repo->call.get()) && repo->grid ? repo->grid.get() : chosen->grid.get();
  if (grid == nullptr) {
    print_error(g, {"la grille « {0} » de l'appel est inconnue", "the call's grid '{0}' is unknown"}, call->grid);
    return kExitUsage;
  }
  if (output_is_input(o.output, *repo, {}, g)) return kExitUsage;
  if (auto err = io::write_atomically(o.output, scaffold::form_page(*call, *grid, g.lang, &repo->config), g.lang)) {
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
    app.add_option("--review", o->review,
                   i18n::pick({"le formulaire d'un évaluateur pour le dossier DOSSIER (un fichier) : son résumé, la grille, l'avis",
                               "a reviewer's form for the dossier DOSSIER (a file): its summary, the grid, the opinion"},
                              lang))
        ->type_name("DOSSIER")
        ->excludes("--call");
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
