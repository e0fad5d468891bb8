#include <doctest/doctest.h>

#include "completion/spec.hpp"

using namespace sieg::completion;

namespace {
Spec small() {
  Spec s;
  s.global.push_back({{"--lang"}, true, Arg::Words, {"fr", "en"}, "language"});
  Command c;
  c.name = "check";
  c.description = "check it's all";
  c.options.push_back({{"-j", "--jobs"}, true, Arg::None, {}, "jobs"});
  c.options.push_back({{"-q", "--quiet"}, false, Arg::None, {}, "quiet"});
  c.positional = Arg::Yaml;
  s.commands.push_back(c);
  Command g;
  g.name = "grids";
  g.first_words = {"show"};
  g.positional = Arg::WordsOrFile;
  g.values = {"aquitaine", "picardie"};
  s.commands.push_back(g);
  return s;
}
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
} // namespace

TEST_CASE("bash: options that take a value complete their values; flags do not consume the next word") {
  std::string b = bash(small());
  CHECK(has(b, "--lang) COMPREPLY=($(compgen -W 'fr en' -- \"$cur\")); return;;"));
  CHECK(has(b, "-j|--jobs) return;;"));
  CHECK_FALSE(has(b, "-q|--quiet)"));
  CHECK(has(b, "--lang) ((i++)); continue ;;"));
  CHECK(has(b, "if ((nargs == 0)); then COMPREPLY=($(compgen -W 'show' -- \"$cur\")); return; fi"));
  CHECK(has(b, "complete -F _sieg sieg"));
}

TEST_CASE("zsh and fish: descriptions quoted safely") {
  std::string z = zsh(small());
  CHECK(has(z, "'check:check it'\\''s all'"));
  CHECK(has(z, "#compdef sieg"));
  std::string f = fish(small());
  CHECK(has(f, "complete -c sieg -n 'not __fish_seen_subcommand_from check grids' -a check -d 'check it'\\''s all'"));
  CHECK(has(f, "complete -c sieg -n '__fish_seen_subcommand_from check' -s j -l jobs -x -d 'jobs'"));
  CHECK(has(f, "complete -c sieg -n '__fish_seen_subcommand_from grids; and __fish_seen_subcommand_from show' -F -a 'aquitaine picardie'"));
}
