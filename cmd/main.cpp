// sieg's front end: parses the command line, dispatches to one subcommand from the table.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "common.hpp"
#include "diag/render.hpp"
#include "output.hpp"

namespace {

using sieg::i18n::Lang;
using sieg::i18n::pick;

// --lang is needed before parsing, to write --help in the user's language.
Lang early_lang(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    std::string v;
    if (a == "--lang" && i + 1 < argc) v = argv[i + 1];
    else if (a.rfind("--lang=", 0) == 0) v = a.substr(7);
    if (auto l = sieg::i18n::parse_lang(v)) return *l;
  }
  return sieg::i18n::lang_from_env(std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG"));
}

// --lang and --color, accepted before or after the subcommand's name.
void add_global_options(CLI::App& app, sieg::cmd::Globals& g, Lang help_lang) {
  app.add_option("--lang", g.lang_option,
                 pick({"langue des messages : fr ou en (par défaut : LC_ALL, LC_MESSAGES, LANG)",
                       "language of messages: fr or en (default: LC_ALL, LC_MESSAGES, LANG)"},
                      help_lang))
      ->check(CLI::IsMember({"fr", "en"}));
  app.add_option("--color", g.color,
                 pick({"couleur : auto (terminal, sauf NO_COLOR), always, never",
                       "colour: auto (terminal, unless NO_COLOR), always, never"},
                      help_lang))
      ->check(CLI::IsMember({"auto", "always", "never"}));
  auto* config = app.add_option("--config", g.config_file,
                                pick({"ce sieg.toml plutôt que le plus proche en remontant depuis chaque dossier",
                                      "this sieg.toml instead of the nearest one up from each dossier"},
                                     help_lang))
                     ->type_name("FILE");
  app.add_option("--today", g.today_option,
                 pick({"la date du jour (par défaut : le jour à Paris), pour des résultats reproductibles",
                       "today's date (default: the day in Paris), for reproducible results"},
                      help_lang))
      ->type_name("YYYY-MM-DD");
  app.add_flag("--no-config", g.no_config,
               pick({"aucun sieg.toml : les réglages par défaut", "no sieg.toml: the defaults"}, help_lang))
      ->excludes(config);
}

// The first word that is not an option (nor an option's value): the subcommand's name.
std::string first_word(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lang" || a == "--color" || a == "--config" || a == "--today") {
      ++i;
      continue;
    }
    if (a == "--") return i + 1 < argc ? argv[i + 1] : "";
    if (!a.empty() && a[0] != '-') return a;
  }
  return "";
}

} // namespace

int main(int argc, char** argv) {
  using namespace sieg::cmd;
  Lang help_lang = early_lang(argc, argv);
  Globals globals;
  globals.lang = help_lang;

  CLI::App app{pick({"sieg — dossiers d'appels à projets d'innovation sociale, en texte et en git.",
                     "sieg — social-innovation call dossiers, in plain text and git."},
                    help_lang),
               "sieg"};
  app.set_version_flag("--version", std::string("sieg ") + SIEG_VERSION);
  app.require_subcommand(1);
  add_global_options(app, globals, help_lang);
  app.footer(pick({"Codes de sortie : 0 rien à signaler, 1 constats (erreurs dans un dossier), 2 usage ou E/S.\n"
                   "Voir sieg <commande> --help et man sieg.",
                   "Exit codes: 0 nothing to report, 1 findings (errors in a dossier), 2 usage or I/O.\n"
                   "See sieg <command> --help and man sieg."},
                  help_lang));

  globals.root = &app;
  std::function<int(const Globals&)> run;
  // Only the command asked for is set up (its options are most of the start-up's work), unless the
  // whole tree is needed: sieg --help, sieg help, sieg completions, a typo to suggest against.
  std::string word = first_word(argc, argv);
  bool help_asked = false, version_asked = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    help_asked = help_asked || a == "-h" || a == "--help";
    version_asked = version_asked || a == "--version";
  }
  const bool whole_tree = word == "help" || word == "completions" || (word.empty() && (help_asked || !version_asked));
  for (const auto& c : commands()) {
    if (!whole_tree && c.name != word) continue;
    CLI::App* sub = app.add_subcommand(c.name, pick(c.summary, help_lang));
    auto runner = c.setup(*sub, help_lang);
    add_global_options(*sub, globals, help_lang);
    sub->callback([&run, runner] { run = runner; });
  }

  if (!word.empty()) {
    bool known = false;
    for (const auto& c : commands()) known = known || c.name == word;
    if (!known) {
      write(stderr, unknown_command_message(word, help_lang));
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version are "errors" that exit 0; every real parse error is a usage error (2),
    // whatever CLI11's own code (104-109...).
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) return app.exit(e);
    std::string where = word.empty() ? "sieg" : "sieg " + word;
    write(stderr, fmt::format(fmt::runtime(pick({"sieg : erreur : {0}\nAide : {1} --help\n",
                                                 "sieg: error: {0}\nHelp: {1} --help\n"},
                                                help_lang)),
                              parse_error_text(e.what(), help_lang), where));
    return kExitUsage;
  }
  if (!globals.lang_option.empty()) globals.lang = *sieg::i18n::parse_lang(globals.lang_option);
  if (!globals.today_option.empty()) {
    globals.today = sieg::values::parse_date(globals.today_option);
    if (!globals.today) {
      write(stderr, fmt::format(fmt::runtime(pick({"sieg : erreur : --today : « {0} » n'est pas une date AAAA-MM-JJ\n",
                                                   "sieg: error: --today: '{0}' is not a YYYY-MM-DD date\n"},
                                                  globals.lang)),
                                globals.today_option));
      return kExitUsage;
    }
  }
  int code = kExitUsage;
  try {
    code = run ? run(globals) : kExitUsage;
  } catch (const std::exception& e) {
    write(stderr, fmt::format("sieg: internal error: {}\n", e.what()));
    return kExitUsage;
  }
  // Standard output written in full, or the run failed (> /dev/full): never a silent 0. A reader that
  // closed the pipe early (sieg ... | head) wanted no more: not an error. A run that failed (2) said why.
  if (int err = stdout_error(); err != 0 && err != EPIPE && code != kExitUsage) {
    sieg::diag::Diagnostic d;
    d.code = "SIEG-IO07";
    d.file = pick({"<sortie standard>", "<standard output>"}, globals.lang);
    d.message = fmt::format(fmt::runtime(pick({"écriture impossible ({0})", "cannot write ({0})"}, globals.lang)),
                            std::strerror(err));
    write(stderr, sieg::diag::render_text(d, globals.lang, false));
    return kExitUsage;
  }
  return code;
}
