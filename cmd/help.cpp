// sieg help [COMMAND]: like git help, the help of sieg or of one command.
#include <memory>

#include "commands.hpp"
#include "output.hpp"

namespace sieg::cmd {

Command help_command() {
  Command c;
  c.name = "help";
  c.summary = {"l'aide de sieg, ou d'une commande (sieg help COMMANDE)", "help for sieg, or for one command (sieg help COMMAND)"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto command = std::make_shared<std::string>();
    app.add_option("command", *command, i18n::pick({"la commande", "the command"}, lang))->type_name("COMMAND");
    return std::function<int(const Globals&)>([command](const Globals& g) {
      if (command->empty()) {
        write(stdout, g.root->get_formatter()->make_help(g.root, "", CLI::AppFormatMode::Normal));
        return kExitOk;
      }
      for (const auto* sub : g.root->get_subcommands([](const CLI::App*) { return true; }))
        if (sub->get_name() == *command) {
          write(stdout, sub->help("sieg"));
          return kExitOk;
        }
      write(stderr, unknown_command_message(*command, g.lang));
      return kExitUsage;
    });
  };
  return c;
}

} // namespace sieg::cmd
