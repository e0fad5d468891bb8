// sieg explain CODE: a rule, its parameters in every call, and its source.
#include <memory>

#include <fmt/format.h>

#include "calls/render.hpp"
#include "codes/registry.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "output.hpp"
#include "schema/suggest.hpp"

namespace sieg::cmd {
namespace {

int run_explain(const std::string& code, bool verbose, const Globals& g) {
  // The calls in force: the built-in ones and, in a repository, its own (a broken sieg.toml: the built-in).
  std::vector<calls::Call> all = calls::builtin_calls();
  auto opened = pipeline::open_repository(".", settings_of(g, ""), g.lang);
  if (opened.repo) {
    all.clear();
    for (const calls::Call* c : opened.repo->all_calls()) all.push_back(*c);
  }
  if (auto text = calls::render_explain(code, all, g.lang, verbose)) {  // a call's rule: statement, parameters, source
    write(stdout, *text);
    return kExitOk;
  }
  std::string norm = calls::normalise_code(code);
  if (auto text = codes::explain(norm, g.lang)) {  // every other code of the registry
    write(stdout, *text);
    return kExitOk;
  }
  std::vector<std::string> known = codes::codes(all);
  std::string msg = fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : aucun code « {0} » (codes : man sieg-validate et "
                                                         "man sieg-score ; règles : sieg calls show ID)\n",
                                                         "sieg: error: no code '{0}' (codes: man sieg-validate and "
                                                         "man sieg-score; rules: sieg calls show ID)\n"},
                                                        g.lang)),
                                norm);
  if (auto near = schema::closest(norm, known))
    msg += fmt::format(fmt::runtime(i18n::pick({"  = aide : vouliez-vous dire « {0} » ?\n", "  = help: did you mean '{0}'?\n"}, g.lang)),
                       *near);
  write(stderr, msg);
  return kExitUsage;
}

} // namespace

Command explain_command() {
  Command c;
  c.name = "explain";
  c.summary = {"explique un code de diagnostic (une règle : sa source)", "explain a diagnostic code (a rule: its source)"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto code = std::make_shared<std::string>();
    auto verbose = std::make_shared<bool>(false);
    app.add_option("code", *code, i18n::pick({"code de diagnostic, par ex. SIEG-E013, E013 ou SIEG-L014",
                                              "a diagnostic code, e.g. SIEG-E013, E013 or SIEG-L014"},
                                             lang))
        ->required()
        ->type_name("CODE");
    app.add_flag("-v,--verbose", *verbose,
                 i18n::pick({"montre aussi le type de règle, ses paramètres et sa place dans le fichier d'appel",
                             "also show the rule kind, its parameters and its place in the call file"},
                            lang));
    app.footer(i18n::pick({"Voir man sieg-explain.", "See man sieg-explain."}, lang));
    return std::function<int(const Globals&)>([code, verbose](const Globals& g) { return run_explain(*code, *verbose, g); });
  };
  return c;
}

} // namespace sieg::cmd
