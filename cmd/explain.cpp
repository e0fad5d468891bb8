// sieg explain CODE: a rule, its parameters in every call, and its source.
#include <memory>

#include <fmt/format.h>

#include "calls/render.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "schema/suggest.hpp"

namespace sieg::cmd {
namespace {

int run_explain(const std::string& code, const Globals& g) {
  const auto& all = calls::builtin_calls();
  if (auto text = calls::render_explain(code, all, g.lang)) {
    write(stdout, *text);
    return kExitOk;
  }
  std::string norm = calls::normalise_code(code);
  std::string msg;
  if (norm.rfind("SIEG-E", 0) != 0) {
    msg = fmt::format(fmt::runtime(i18n::pick(
                          {"sieg : erreur : « {0} » n'est pas une règle d'éligibilité ; les codes SIEG-IO, SIEG-L et "
                           "SIEG-S sont décrits dans man sieg-validate\n",
                           "sieg: error: '{0}' is not an eligibility rule; SIEG-IO, SIEG-L and SIEG-S codes are "
                           "described in man sieg-validate\n"},
                          g.lang)),
                      code);
  } else {
    std::vector<std::string> codes;
    for (const auto& c : all)
      for (const auto& r : c.rules)
        if (std::find(codes.begin(), codes.end(), r.code) == codes.end()) codes.push_back(r.code);
    msg = fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : aucune règle « {0} » (règles : sieg calls show ID)\n",
                                               "sieg: error: no rule '{0}' (rules: sieg calls show ID)\n"},
                                              g.lang)),
                      norm);
  }
  write(stderr, msg);
  return kExitUsage;
}

} // namespace

Command explain_command() {
  Command c;
  c.name = "explain";
  c.summary = {"explique une règle d'éligibilité et cite sa source", "explain an eligibility rule and cite its source"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto code = std::make_shared<std::string>();
    app.add_option("code", *code, i18n::pick({"code de la règle, par ex. SIEG-E013 ou E013",
                                              "the rule's code, e.g. SIEG-E013 or E013"},
                                             lang))
        ->required()
        ->type_name("CODE");
    app.footer(i18n::pick({"Voir man sieg-explain.", "See man sieg-explain."}, lang));
    return std::function<int(const Globals&)>([code](const Globals& g) { return run_explain(*code, g); });
  };
  return c;
}

} // namespace sieg::cmd
