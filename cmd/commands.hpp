// The table of subcommands: each one lives in its own file and registers itself here.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "i18n/lang.hpp"
#include "values/date.hpp"

namespace sieg::cmd {

// Options every subcommand understands, set on the top-level app.
struct Globals {
  i18n::Lang lang = i18n::Lang::En;
  std::string lang_option;     // --lang as given
  std::string color = "auto";  // --color auto|always|never
  std::string config_file;     // --config FILE: this sieg.toml
  bool no_config = false;      // --no-config: no sieg.toml at all
  std::string today_option;    // --today YYYY-MM-DD as given
  std::optional<values::Date> today;  // --today: "today" instead of the day in Europe/Paris
  const CLI::App* root = nullptr;     // the whole command line's definition (help, completions)
};

// Exit codes (documented in sieg(1)).
constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitUsage = 2;

struct Command {
  std::string name;
  // Declares the subcommand's options on `app` and returns what runs once they are parsed.
  std::function<std::function<int(const Globals&)>(CLI::App& app, i18n::Lang help_lang)> setup;
  i18n::Text summary;
};

const std::vector<Command>& commands();

// One file per subcommand provides one of these.
Command validate_command();
Command calls_command();
Command explain_command();
Command score_command();
Command grids_command();
Command rank_command();
Command report_command();
Command check_command();
Command status_command();
Command assign_command();
Command handout_command();
Command init_command();
Command new_command();
Command form_command();
Command help_command();
Command completions_command();

// "sieg: error: unknown command 'X'", with « did you mean » when a command is close (help and main).
std::string unknown_command_message(const std::string& word, i18n::Lang lang);

} // namespace sieg::cmd
