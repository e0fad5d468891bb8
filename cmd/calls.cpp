// sieg calls [show ID|FILE [--aid AMOUNT] | schema [ID|FILE] | check FILE... | new ID [--from ID|FILE]]:
// the calls in force (built-in and the repository's own), their rules, the dossier schema, and writing one.
#include <algorithm>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "calls/dossier_schema.hpp"
#include "calls/render.hpp"
#include "calls/template.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "io/read.hpp"
#include "output.hpp"
#include "resources/resources.hpp"
#include "values/money.hpp"

namespace sieg::cmd {
namespace fs = std::filesystem;
namespace {

struct Options {
  std::vector<std::string> args;
  std::string aid;     // euros, as written: parsed exactly
  std::string from;    // new: the call copied
  std::string output;  // new: where the copy goes
};

const i18n::Text kNoLabel{"", ""};

int usage(const Globals& g) {
  write(stderr, i18n::pick({"sieg : erreur : usage : sieg calls [show ID | schema [ID] | check FICHIER… | new ID [--from ID]]\n",
                            "sieg: error: usage: sieg calls [show ID | schema [ID] | check FILE... | new ID [--from ID]]\n"},
                           g.lang));
  return kExitUsage;
}

// check FILE...: each call file loaded as sieg.toml would load it (its grid, its questions, its rules' paths).
int check_files(const std::vector<std::string>& files, const pipeline::Repository& repo, const Globals& g) {
  bool failed = false;
  for (const auto& f : files) {
    io::Input in = io::read_input(f, g.lang);
    if (in.error) {
      print_diags({*in.error}, g);
      return kExitUsage;
    }
    std::vector<diag::Diagnostic> diags;
    pipeline::CallFile loaded = pipeline::load_call_text(repo, in.bytes, pipeline::shown(f), g.lang, diags);
    print_diags(diags, g);
    if (!loaded.call) {
      failed = true;
      continue;
    }
    const calls::Call& c = *loaded.call;
    const grids::Grid* grid = loaded.grid ? loaded.grid.get() : grids::find_grid(c.grid);
    write(stdout, fmt::format(fmt::runtime(i18n::pick({"{0} : appel « {1} » : {2} règles, {3} questions, grille « {4} » ({5} repères, "
                                                        "niveaux 0 à {6}) : aucun problème\n",
                                                        "{0}: call '{1}': {2} rules, {3} questions, grid '{4}' ({5} markers, "
                                                        "levels 0 to {6}): no problems\n"},
                                                       g.lang)),
                              pipeline::shown(f), c.id, c.rules.size(), c.questions.size(), grid->id, grid->markers.size(),
                              grid->scale));
  }
  return failed ? kExitFindings : kExitOk;
}

// new ID [--from ID|FILE] [-o FILE]: an editable copy of a call, its keys explained at the top.
int new_call(const std::string& id, const Options& o, const pipeline::Repository& repo, const Globals& g) {
  if (!pipeline::valid_id(id) || id.find('.') != std::string::npos) {
    print_error(g, {"« {0} » : un identifiant d'appel est fait de lettres, de chiffres, de « - » et « _ » (par ex. occitanie-2026)",
                    "'{0}': a call id is made of letters, digits, '-' and '_' (e.g. occitanie-2026)"},
                id);
    return kExitUsage;
  }
  if (repo.find_call(id) != nullptr) {
    print_error(g, {"l'appel « {0} » existe déjà (sieg calls les liste)", "call '{0}' exists already (sieg calls lists them)"}, id);
    return kExitUsage;
  }
  auto from = call_option(o.from.empty() ? "aquitaine-2015" : o.from, repo, g, {"--from : ", "--from: "});
  if (!from) return kExitUsage;
  std::string text;
  if (auto builtin = resources::find(from->call->file); builtin && calls::find_call(from->call->id) == from->call.get()) {
    text = std::string(*builtin);
  } else {
    io::Input in = repo.read(from->call->file, g.lang);
    if (in.error) {
      print_diags({*in.error}, g);
      return kExitUsage;
    }
    text = std::move(in.bytes);
  }
  std::string target = o.output;
  if (target.empty())
    target = repo.has_config ? pipeline::shown((fs::path(repo.config.root) / "calls" / (id + ".toml")).string()) : id + ".toml";
  int rc = write_new_files({{target, calls::new_call_text(id, text, from->call->id)}}, g);
  if (rc != kExitOk) return rc;
  std::string listed = repo.has_config ? fs::path(target).lexically_relative(repo.config.root).generic_string() : target;
  write(stdout, fmt::format(fmt::runtime(i18n::pick({"ensuite : modifiez-le, vérifiez-le (sieg calls check {0}), puis ajoutez à "
                                                     "sieg.toml : calls = [\"{1}\"]\n",
                                                     "next: edit it, check it (sieg calls check {0}), then add to sieg.toml: "
                                                     "calls = [\"{1}\"]\n"},
                                                    g.lang)),
                            target, listed));
  return kExitOk;
}

int run_calls(const Options& o, const Globals& g) {
  auto repo = open_repo(".", g, "");
  if (!repo) return kExitUsage;  // sieg.toml's problems are printed: the calls in force are not known
  const std::string sub = o.args.empty() ? "" : o.args[0];
  if (!o.aid.empty() && sub != "show") {
    write(stderr, i18n::pick({"sieg : erreur : --aid va avec « show ID »\n", "sieg: error: --aid goes with 'show ID'\n"}, g.lang));
    return kExitUsage;
  }
  if ((!o.from.empty() || !o.output.empty()) && sub != "new") {
    write(stderr, i18n::pick({"sieg : erreur : --from et -o vont avec « new ID »\n", "sieg: error: --from and -o go with 'new ID'\n"}, g.lang));
    return kExitUsage;
  }
  if (sub.empty()) {
    std::vector<const calls::Call*> own;
    for (const auto& c : repo->own_calls) own.push_back(c.get());
    write(stdout, calls::render_list(repo->all_calls(), g.lang, own));
    return kExitOk;
  }
  if (sub == "check" && o.args.size() >= 2) return check_files({o.args.begin() + 1, o.args.end()}, *repo, g);
  if (sub == "new" && o.args.size() == 2) return new_call(o.args[1], o, *repo, g);
  // schema [ID|FILE]: the dossier schema sieg checks with — the repository's, or the one of that call alone
  // (what its form embeds) — for editors.
  if (sub == "schema" && o.args.size() <= 2) {
    if (o.args.size() == 1) {
      std::vector<const calls::Call*> own;
      for (const auto& c : repo->own_calls) own.push_back(c.get());
      write(stdout, calls::dossier_schema_text(own));
      return kExitOk;
    }
    auto chosen = call_option(o.args[1], *repo, g, kNoLabel);
    if (!chosen) return kExitUsage;
    write(stdout, calls::dossier_schema_text({chosen->call.get()}));
    return kExitOk;
  }
  if (sub != "show" || o.args.size() != 2) return usage(g);
  auto chosen = call_option(o.args[1], *repo, g, kNoLabel);
  if (!chosen) return kExitUsage;
  std::optional<std::int64_t> aid;
  if (!o.aid.empty()) {
    aid = values::parse_cents(o.aid);
    if (!aid || *aid < 0) {
      print_error(g, {"--aid « {0} » : un montant en euros attendu, en chiffres, deux décimales au plus, de 0 à 10^12",
                      "--aid '{0}': an amount in euros expected, in digits, at most two decimals, from 0 to 10^12"},
                  o.aid);
      return kExitUsage;
    }
  }
  write(stdout, calls::render_call(*chosen->call, g.lang, aid));
  return kExitOk;
}

} // namespace

Command calls_command() {
  Command c;
  c.name = "calls";
  c.summary = {"liste les appels à projets et leurs règles", "list the calls for projects and their rules"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto o = std::make_shared<Options>();
    app.add_option("args", o->args,
                   i18n::pick({"rien (liste), « show ID|FICHIER », « schema [ID|FICHIER] » (le schéma des dossiers, pour les "
                               "éditeurs), « check FICHIER… » (vérifie des fichiers d'appel) ou « new ID » (écrit un appel à "
                               "modifier)",
                               "nothing (list), 'show ID|FILE', 'schema [ID|FILE]' (the dossiers' schema, for editors), "
                               "'check FILE...' (lint call files) or 'new ID' (write a call to edit)"},
                              lang))
        ->type_name("show|schema|check|new ID|PATH");
    app.add_option("--aid", o->aid,
                   i18n::pick({"avec show : calculer l'échéancier de versement pour cette aide, en euros",
                               "with show: compute the payment schedule for this aid, in euros"},
                              lang))
        ->type_name("EUROS");
    app.add_option("--from", o->from,
                   i18n::pick({"avec new : l'appel copié (par défaut : aquitaine-2015)", "with new: the call copied (default: aquitaine-2015)"},
                              lang))
        ->type_name("ID|FILE");
    app.add_option("-o,--output", o->output,
                   i18n::pick({"avec new : le fichier écrit (par défaut : calls/ID.toml du dépôt)",
                               "with new: the file written (default: the repository's calls/ID.toml)"},
                              lang))
        ->type_name("FILE");
    app.footer(i18n::pick({"Voir man sieg-calls, man 5 sieg-call et docs/new-call.md.",
                           "See man sieg-calls, man 5 sieg-call and docs/new-call.md."},
                          lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_calls(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
