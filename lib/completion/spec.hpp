// Shell completions generated from a description of the command line (cmd/ builds it from the CLI
// definition itself, so completions never drift from --help): bash, zsh and fish.
#pragma once
#include <string>
#include <vector>

namespace sieg::completion {

// What a value or a positional argument completes to.
enum class Arg {
  None,   // nothing to offer (a date, a revision, an amount)
  Words,  // the fixed words in `values`
  Yaml,   // YAML files and folders
  File,   // any file
  Dir,    // folders
  WordsOrFile,  // `values` (built-in calls, grids) or any file
  Prefixes,     // `values` without the space after them ("sarif:" of --output-format sarif:FILE)
};

struct Option {
  std::vector<std::string> names;  // "--format", "-j"
  bool takes_value = false;
  Arg arg = Arg::None;
  std::vector<std::string> values;
  std::string description;
};

struct Command {
  std::string name;
  std::string description;
  std::vector<Option> options;
  Arg positional = Arg::None;           // what its arguments complete to
  std::vector<std::string> values;      // for Words/WordsOrFile positionals
  // "calls show ID": the first argument is one of these words, the second completes as `values`.
  std::vector<std::string> first_words;
};

struct Spec {
  std::string program = "sieg";
  std::vector<Option> global;  // before or after the subcommand
  std::vector<Command> commands;
};

std::string bash(const Spec& s);
std::string zsh(const Spec& s);
std::string fish(const Spec& s);

// The shells above, by name.
const std::vector<std::string>& shells();

// A word safe inside single quotes in any of the three shells.
std::string single_quoted(const std::string& s);

} // namespace sieg::completion
