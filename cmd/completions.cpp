// sieg completions SHELL: bash, zsh or fish completions, generated from the command line's own
// definition (the CLI11 tree main() builds), so they list exactly what --help lists.
#include <algorithm>
#include <memory>

#include <fmt/format.h>

#include "calls/call.hpp"
#include "codes/registry.hpp"
#include "commands.hpp"
#include "common.hpp"
#include "completion/spec.hpp"
#include "grids/grid.hpp"
#include "output.hpp"

namespace sieg::cmd {
namespace {

std::vector<std::string> call_ids() {
  std::vector<std::string> out;
  for (const auto& c : calls::builtin_calls()) out.push_back(c.id);
  return out;
}

std::vector<std::string> grid_ids() {
  std::vector<std::string> out;
  for (const auto& g : grids::builtin_grids()) out.push_back(g.id);
  return out;
}

// "TEXT:{text,json}" -> {"text", "json"}
std::vector<std::string> enum_values(const std::string& type_name) {
  std::vector<std::string> out;
  auto open = type_name.find('{');
  auto close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string inner = type_name.substr(open + 1, close - open - 1);
  std::size_t i = 0;
  while (i <= inner.size()) {
    std::size_t j = inner.find(',', i);
    std::string w = inner.substr(i, j == std::string::npos ? std::string::npos : j - i);
    if (!w.empty()) out.push_back(w);
    if (j == std::string::npos) break;
    i = j + 1;
  }
  return out;
}

// What a value of this type completes to, from the type names the commands declare.
void complete_as(const std::string& type_name, completion::Arg& arg, std::vector<std::string>& values) {
  using completion::Arg;
  values = enum_values(type_name);
  if (!values.empty()) arg = Arg::Words;
  else if (type_name == "ID|PATH") arg = Arg::WordsOrFile, values = call_ids();
  else if (type_name == "ID") arg = Arg::Words, values = call_ids();
  else if (type_name == "NAME|PATH") arg = Arg::WordsOrFile, values = grid_ids();
  else if (type_name == "NAME") arg = Arg::None;  // a person's name (--reviewer); positionals: below
  else if (type_name == "CODE") arg = Arg::Words, values = codes::codes(calls::builtin_calls());
  else if (type_name == "COMMAND") arg = Arg::Words;  // filled by the caller
  else if (type_name == "DIR") arg = Arg::Dir;
  else if (type_name == "FILE" || type_name == "PATH" || type_name == "DOSSIER" || type_name == "TARGET" ||
           type_name == "DOSSIER|DIR")
    arg = Arg::Yaml;
  else if (type_name == "OUT" || type_name == "CONFIG") arg = Arg::File;
  else arg = Arg::None;
}

completion::Option option_of(const CLI::Option& o) {
  completion::Option out;
  for (const auto& s : o.get_snames()) out.names.push_back("-" + s);
  for (const auto& l : o.get_lnames()) out.names.push_back("--" + l);
  out.takes_value = o.get_expected_max() > 0;  // flags expect none
  out.description = o.get_description();
  if (out.takes_value) complete_as(o.get_type_name(), out.arg, out.values);
  if (out.names == std::vector<std::string>{"--config"}) out.arg = completion::Arg::File;
  if (out.names == std::vector<std::string>{"-o", "--output"} || out.names == std::vector<std::string>{"--schema"})
    out.arg = completion::Arg::File;
  return out;
}

completion::Spec spec_of(const CLI::App& root) {
  completion::Spec s;
  std::vector<std::string> global_names;
  for (const auto* o : root.get_options()) {
    if (o->get_lnames().empty() && o->get_snames().empty()) continue;
    if (o->get_lnames() == std::vector<std::string>{"help"}) continue;  // each command lists its own
    s.global.push_back(option_of(*o));
    for (const auto& n : s.global.back().names) global_names.push_back(n);
  }
  std::vector<std::string> command_names;
  for (const auto* sub : root.get_subcommands([](const CLI::App*) { return true; })) command_names.push_back(sub->get_name());
  for (const auto* sub : root.get_subcommands([](const CLI::App*) { return true; })) {
    completion::Command c;
    c.name = sub->get_name();
    c.description = sub->get_description();
    for (const auto* o : sub->get_options()) {
      if (o->get_lnames().empty() && o->get_snames().empty()) {  // the positional argument
        std::string type = o->get_type_name();
        // "show|schema NAME|PATH" (grids), "show|schema|check|new ID|PATH" (calls): the words, then what follows.
        if (std::size_t space = type.find(' '); space != std::string::npos) {
          std::string words = type.substr(0, space);
          for (std::size_t at = 0; at <= words.size();) {
            std::size_t bar = words.find('|', at);
            c.first_words.push_back(words.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
            if (bar == std::string::npos) break;
            at = bar + 1;
          }
          type = type.substr(space + 1);
        }
        complete_as(type, c.positional, c.values);
        if (type == "COMMAND") c.values = command_names;
        // grids show NAME: a grid; sieg new NAME: a dossier's file, maybe in a folder.
        if (type == "NAME") {
          if (!c.first_words.empty()) c.positional = completion::Arg::WordsOrFile, c.values = grid_ids();
          else c.positional = completion::Arg::Yaml;
        }
        continue;
      }
      completion::Option opt = option_of(*o);
      // --output-format FORMAT:FILE: the formats of the command's --format, each followed by ':'.
      if (o->get_type_name().rfind("FORMAT:FILE", 0) == 0)
        for (const auto* f : sub->get_options())
          if (f->get_lnames() == std::vector<std::string>{"format"}) {
            opt.arg = completion::Arg::Prefixes;
            opt.values.clear();
            for (const auto& v : enum_values(f->get_type_name())) opt.values.push_back(v + ":");
          }
      bool global = std::any_of(opt.names.begin(), opt.names.end(), [&](const std::string& n) {
        return n != "-h" && n != "--help" && std::find(global_names.begin(), global_names.end(), n) != global_names.end();
      });
      if (!global && opt.names != std::vector<std::string>{"-h", "--help"}) c.options.push_back(std::move(opt));
    }
    c.options.push_back({{"-h", "--help"}, false, completion::Arg::None, {}, "--help"});
    s.commands.push_back(std::move(c));
  }
  return s;
}

} // namespace

Command completions_command() {
  Command c;
  c.name = "completions";
  c.summary = {"écrit les complétions du shell (bash, zsh, fish)", "print shell completions (bash, zsh, fish)"};
  c.setup = [](CLI::App& app, i18n::Lang lang) {
    auto shell = std::make_shared<std::string>();
    app.add_option("shell", *shell, i18n::pick({"bash, zsh ou fish", "bash, zsh or fish"}, lang))
        ->required()
        ->check(CLI::IsMember(completion::shells()));
    app.footer(i18n::pick(
        {"Par exemple : source <(sieg completions bash) dans ~/.bashrc ; sieg completions fish > "
         "~/.config/fish/completions/sieg.fish ; sieg completions zsh > ~/.zfunc/_sieg. Le paquet .deb les installe. "
         "Voir man sieg-completions.",
         "For instance: source <(sieg completions bash) in ~/.bashrc; sieg completions fish > "
         "~/.config/fish/completions/sieg.fish; sieg completions zsh > ~/.zfunc/_sieg. The .deb installs them. "
         "See man sieg-completions."},
        lang));
    return std::function<int(const Globals&)>([shell](const Globals& g) {
      completion::Spec s = spec_of(*g.root);
      write(stdout, *shell == "bash" ? completion::bash(s) : *shell == "zsh" ? completion::zsh(s) : completion::fish(s));
      return kExitOk;
    });
  };
  return c;
}

} // namespace sieg::cmd
