#include "commands.hpp"

#include <fmt/format.h>

#include "schema/suggest.hpp"

namespace sieg::cmd {

const std::vector<Command>& commands() {
  static const std::vector<Command> table = {
      validate_command(),
      calls_command(),
      explain_command(),
      score_command(),
      rank_command(),
      report_command(),
      check_command(),
      status_command(),
      assign_command(),
      handout_command(),
      init_command(),
      new_command(),
      form_command(),
      grids_command(),
      completions_command(),
      help_command(),
  };
  return table;
}

std::string unknown_command_message(const std::string& word, i18n::Lang lang) {
  std::vector<std::string> names;
  for (const auto& c : commands()) names.push_back(c.name);
  std::string out = fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : commande inconnue « {0} »\n", "sieg: error: unknown command '{0}'\n"}, lang)),
                                word);
  auto near = schema::closest(word, names);
  if (!near && word.size() >= 2) {  // a unique prefix: "val" for validate
    std::vector<std::string> prefixed;
    for (const auto& n : names)
      if (n.rfind(word, 0) == 0) prefixed.push_back(n);
    if (prefixed.size() == 1) near = prefixed.front();
  }
  if (near)
    out += fmt::format(fmt::runtime(i18n::pick({"  = aide : vouliez-vous dire « sieg {0} » ?\n", "  = help: did you mean 'sieg {0}'?\n"}, lang)),
                       *near);
  out += i18n::pick({"Commandes : sieg help\n", "Commands: sieg help\n"}, lang);
  return out;
}

} // namespace sieg::cmd
