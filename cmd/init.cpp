// sieg init [DIR]: a new repository of submissions; sieg new NAME: a dossier to fill in.
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "calls/call.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "config/config.hpp"
#include "grids/grid.hpp"
#include "io/read.hpp"
#include "io/write.hpp"
#include "diag/render.hpp"
#include "output.hpp"
#include "pipeline/repository.hpp"
#include "scaffold/scaffold.hpp"
#include "text/fold.hpp"

namespace sieg::cmd {
namespace fs = std::filesystem;
namespace {

} // namespace

Command init_command() {
  Command c;
  c.name = "init";
  c.summary = {"crée un dépôt de candidatures (sieg.toml, dossiers, CI)", "create a repository of submissions (sieg.toml, folders, CI)"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto dir = std::make_shared<std::string>(".");
    auto call = std::make_shared<std::string>("aquitaine-2015");
    app.add_option("dir", *dir, i18n::pick({"où créer le dépôt (par défaut : ici)", "where to create the repository (default: here)"}, lang))
        ->type_name("DIR");
    app.add_option("--call", *call, i18n::pick({"l'appel : aquitaine-2015 (par défaut), picardie-sieg, ou un fichier d'appel "
                                                "(copié dans calls/ avec sa grille)",
                                                "the call: aquitaine-2015 (default), picardie-sieg, or a call file (copied "
                                                "into calls/ with its grid)"},
                                               lang))
        ->type_name("ID");
    app.footer(i18n::pick({"N'écrase jamais un fichier existant. Voir man sieg-init.", "Never overwrites an existing file. See man sieg-init."}, lang));
    return std::function<int(const Globals&)>([dir, call](const Globals& g) {
      std::vector<std::pair<std::string, std::string>> call_files;  // a call file: copied into calls/
      std::optional<CallChoice> chosen;
      const calls::Call* cl = calls::find_call(*call);
      const grids::Grid* grid = cl != nullptr ? grids::find_grid(cl->grid) : nullptr;
      if (cl == nullptr) {
        pipeline::Repository bare;  // the file is named on the command line: read wherever it is
        chosen = call_option(*call, bare, g, {"--call : ", "--call: "});
        if (!chosen) return kExitUsage;
        cl = chosen->call.get();
        grid = chosen->grid.get();
        if (grid == nullptr) {
          print_error(g, {"la grille « {0} » de l'appel est inconnue", "the call's grid '{0}' is unknown"}, cl->grid);
          return kExitUsage;
        }
        io::Input text = io::read_input(*call, g.lang);
        std::string name = fs::path(*call).filename().generic_string();
        call_files.emplace_back("calls/" + name, text.bytes);
        if (grids::find_grid(cl->grid) == nullptr) {  // its grid file, at the same place beside the copy
          fs::path rel = fs::path(cl->grid).lexically_normal();
          if (rel.is_absolute() || rel.empty() || *rel.begin() == "..") {
            print_error(g, {"la grille « {0} » n'est pas à côté de l'appel : copiez-la dans son dossier",
                            "grid '{0}' is not beside the call: copy it into the call's folder"},
                        cl->grid);
            return kExitUsage;
          }
          io::Input gt = io::read_input((fs::path(*call).parent_path() / rel).generic_string(), g.lang);
          call_files.emplace_back(("calls" / rel).generic_string(), gt.bytes);
        }
      }
      auto files = scaffold::init_files(*cl, *grid, call_files);
      for (auto& f : files) f.first = (fs::path(*dir) / f.first).lexically_normal().generic_string();
      return write_new_files(files, g);
    });
  };
  return c;
}

Command new_command() {
  Command c;
  c.name = "new";
  c.summary = {"crée un dossier à remplir, questions en commentaires", "create a dossier to fill in, questions as comments"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto name = std::make_shared<std::string>();
    auto call = std::make_shared<std::string>();
    auto final_doc = std::make_shared<bool>(false);
    auto review = std::make_shared<std::string>();
    auto reviewer = std::make_shared<std::string>();
    auto decision = std::make_shared<std::string>();
    app.add_flag("--final", *final_doc,
                 i18n::pick({"écrit sur la sortie standard la section bilan_final à ajouter au dossier NOM (existant) au terme "
                             "du projet (SIEG Picardie, « Résultats attendus »)",
                             "print the bilan_final section to add to the (existing) dossier NAME at the end of the project "
                             "(SIEG Picardie, 'Résultats attendus')"},
                            lang));
    app.add_option("name", *name,
                   i18n::pick({"nom du dossier (NOM.yaml), ou son titre : « Mon Projet Solidaire » donne mon-projet-solidaire.yaml "
                               "et devient l'intitulé de l'action",
                               "name of the dossier (NAME.yaml), or its title: 'Mon Projet Solidaire' gives mon-projet-solidaire.yaml "
                               "and becomes the action's title"},
                              lang))
        ->type_name("NAME");
    auto* review_opt = app.add_option("--review", *review,
                                      i18n::pick({"une évaluation à remplir du dossier DOSSIER (un fichier), là où sieg la cherche : "
                                                  "REVIEWS/<id>/<évaluateur>.yaml",
                                                  "a review to fill in of the dossier DOSSIER (a file), where sieg looks for it: "
                                                  "REVIEWS/<id>/<reviewer>.yaml"},
                                                 lang))
                           ->type_name("DOSSIER");
    app.add_option("--reviewer", *reviewer,
                   i18n::pick({"avec --review : le nom de l'évaluateur (son organisation vient de [[jury]] dans sieg.toml)",
                               "with --review: the reviewer's name (their organisation comes from [[jury]] in sieg.toml)"},
                              lang))
        ->type_name("NAME")
        ->needs(review_opt);
    review_opt->excludes("name");
    auto* decision_opt = app.add_option("--decision", *decision,
                                        i18n::pick({"la décision à consigner pour le dossier DOSSIER (un fichier), là où sieg la lit : "
                                                    "REVIEWS/<id>/decision.yaml",
                                                    "the decision to record for the dossier DOSSIER (a file), where sieg reads it: "
                                                    "REVIEWS/<id>/decision.yaml"},
                                                   lang))
                             ->type_name("DOSSIER");
    decision_opt->excludes("name");
    decision_opt->excludes(review_opt);
    app.add_option("--call", *call, i18n::pick({"l'appel (par défaut : celui de sieg.toml)", "the call (default: sieg.toml's)"}, lang))
        ->type_name("ID");
    app.footer(i18n::pick({"Dans un dépôt (sieg.toml), le dossier va dans dossiers/. Voir man sieg-new.",
                           "In a repository (sieg.toml), the dossier goes in dossiers/. See man sieg-new."},
                          lang));
    return std::function<int(const Globals&)>([name, call, final_doc, review, reviewer, decision](const Globals& g) {
      if (!decision->empty()) return new_decision(*decision, g);
      if (!review->empty()) {
        if (reviewer->empty()) {
          print_error(g, {"--review a besoin de --reviewer NOM", "--review needs --reviewer NAME"});
          return kExitUsage;
        }
        return new_review(*review, *reviewer, g);
      }
      if (name->empty()) {
        print_error(g, {"il manque le nom du dossier (sieg new NOM), ou --review DOSSIER --reviewer NOM",
                        "the dossier's name is missing (sieg new NAME), or --review DOSSIER --reviewer NAME"});
        return kExitUsage;
      }
      if (*final_doc) {  // sieg never writes to an input: the section goes to standard output
        std::error_code ec;
        if (!fs::is_regular_file(*name, ec)) {
          print_error(g, {"{0} : pas de tel dossier (--final complète un dossier existant)",
                          "{0}: no such dossier (--final completes an existing dossier)"},
                      *name);
          return kExitUsage;
        }
        write(stdout, scaffold::final_template());
        return kExitOk;
      }
      std::string id = *call;
      std::string target = *name;
      std::string title;
      bool is_path = target.find('/') != std::string::npos || fs::path(target).extension() == ".yaml" ||
                     fs::path(target).extension() == ".yml";
      if (!is_path && !pipeline::valid_id(target)) {
        // A title: the file is named after its slug, and the title is the action's.
        title = target;
        target = text::slug(title);
        if (target.empty()) {
          print_error(g, {"« {0} » ne donne pas de nom de fichier : donnez-en un en lettres latines, par ex. sieg new mon-projet",
                          "'{0}' gives no file name: give one in Latin letters, e.g. sieg new my-project"},
                      title);
          return kExitUsage;
        }
      }
      if (target.size() < 5 || (target.substr(target.size() - 5) != ".yaml" && target.substr(target.size() - 4) != ".yml"))
        target += ".yaml";
      // Outside a repository: the schema installed with sieg, when there is one (cmake --install, .deb).
      std::string schema_path = installed_schema("dossier.schema.json");
      // In a repository (the same model as every command): its call, its dossiers/ folder when the name
      // has no folder, and the schema sieg init put beside sieg.toml for editors.
      auto repo = open_repo(".", g, "");
      if (!repo) return kExitUsage;
      if (repo->has_config) {
        fs::path root = repo->config.root;
        if (fs::path(target).parent_path().empty()) target = fs::relative(root / "dossiers" / target).generic_string();
        schema_path = fs::relative(root / "schemas" / "dossier.schema.json", fs::path(target).parent_path().empty()
                                                                               ? fs::path(".")
                                                                               : fs::absolute(fs::path(target).parent_path()))
                          .generic_string();
      }
      // --call, else sieg.toml's, else the AMI Aquitaine 2015; sieg.toml's grid goes with sieg.toml's call.
      bool configured = repo->call && (id.empty() || id == repo->call->id);
      auto chosen = call_option(configured ? repo->call->id : id.empty() ? "aquitaine-2015" : id, *repo, g);
      if (!chosen) return kExitUsage;
      const grids::Grid* grid = configured && repo->grid ? repo->grid.get() : chosen->grid.get();
      if (grid == nullptr) {
        print_error(g, {"la grille « {0} » de l'appel est inconnue", "the call's grid '{0}' is unknown"}, chosen->call->grid);
        return kExitUsage;
      }
      return write_new_files({{target, scaffold::dossier_template(*chosen->call, *grid, schema_path, title)}}, g);
    });
  };
  return c;
}

} // namespace sieg::cmd
