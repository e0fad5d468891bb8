// sieg calls [show ID [--aid AMOUNT] | schema [ID]]: the calls sieg knows, their rules, the dossier schema.
#include <cmath>
#include <memory>

#include <fmt/format.h>

#include "calls/dossier_schema.hpp"
#include "calls/render.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "schema/suggest.hpp"
#include "values/money.hpp"

namespace sieg::cmd {
namespace {

struct Options {
  std::vector<std::string> args;
  std::string aid;  // euros, as written: parsed exactly
};

int run_calls(const Options& o, const Globals& g) {
  // The built-in calls, then the repository's own (sieg.toml's call, a file with an id of its own).
  std::vector<calls::Call> all = calls::builtin_calls();
  auto repo = open_repo(".", g, "");
  if (!repo) return kExitUsage;  // sieg.toml's problems are printed: the calls in force are not known
  std::size_t own = 0;
  if (repo->call && calls::find_call(repo->call->id) == nullptr) {
    all.push_back(*repo->call);
    own = 1;
  }
  if (o.args.empty() && !o.aid.empty()) {
    write(stderr, i18n::pick({"sieg : erreur : --aid va avec « show ID »\n", "sieg: error: --aid goes with 'show ID'\n"}, g.lang));
    return kExitUsage;
  }
  if (o.args.empty()) {
    write(stdout, calls::render_list(all, g.lang, own));
    return kExitOk;
  }
  // schema [ID]: the dossier schema sieg checks with (for the repository's call by default), for editors.
  if (o.args[0] == "schema" && o.args.size() <= 2 && o.aid.empty()) {
    const calls::Call* c = repo->call.get();
    if (o.args.size() == 2) {
      c = nullptr;
      for (const auto& x : all)
        if (x.id == o.args[1]) c = &x;
      if (c == nullptr) {
        print_error(g, {"appel inconnu « {0} » (sieg calls les liste)", "unknown call '{0}' (sieg calls lists them)"}, o.args[1]);
        return kExitUsage;
      }
    }
    write(stdout, calls::dossier_schema_text({c}));
    return kExitOk;
  }
  if (o.args[0] != "show" || o.args.size() != 2) {
    write(stderr, i18n::pick({"sieg : erreur : usage : sieg calls [show ID | schema [ID]]\n",
                              "sieg: error: usage: sieg calls [show ID | schema [ID]]\n"},
                             g.lang));
    return kExitUsage;
  }
  const calls::Call* c = nullptr;
  for (const auto& x : all)
    if (x.id == o.args[1]) c = &x;
  if (c == nullptr) {
    std::vector<std::string> ids;
    for (const auto& x : all) ids.push_back(x.id);
    std::string msg = fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : appel inconnu « {0} » (appels : {1})\n",
                                                           "sieg: error: unknown call '{0}' (calls: {1})\n"},
                                                          g.lang)),
                                  o.args[1], fmt::join(ids, ", "));
    if (auto near = schema::closest(o.args[1], ids))
      msg += fmt::format(fmt::runtime(i18n::pick({"  = aide : vouliez-vous dire « {0} » ?\n", "  = help: did you mean '{0}'?\n"},
                                                 g.lang)),
                         *near);
    write(stderr, msg);
    return kExitUsage;
  }
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
  write(stdout, calls::render_call(*c, g.lang, aid));
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
                   i18n::pick({"rien (liste), « show ID », ou « schema [ID] » (le schéma des dossiers, pour les éditeurs)",
                               "nothing (list), 'show ID', or 'schema [ID]' (the dossiers' schema, for editors)"},
                              lang))
        ->type_name("show|schema ID");
    app.add_option("--aid", o->aid,
                   i18n::pick({"avec show : calculer l'échéancier de versement pour cette aide, en euros",
                               "with show: compute the payment schedule for this aid, in euros"},
                              lang))
        ->type_name("EUROS");
    app.footer(i18n::pick({"Voir man sieg-calls et man 5 sieg-call.", "See man sieg-calls and man 5 sieg-call."}, lang));
    return std::function<int(const Globals&)>([o](const Globals& g) { return run_calls(*o, g); });
  };
  return c;
}

} // namespace sieg::cmd
