#include "commands.hpp"

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
      init_command(),
      new_command(),
      grids_command(),
  };
  return table;
}

} // namespace sieg::cmd
