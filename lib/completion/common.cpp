#include "completion/spec.hpp"

namespace sieg::completion {

const std::vector<std::string>& shells() {
  static const std::vector<std::string> s{"bash", "zsh", "fish"};
  return s;
}

std::string single_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out + "'";
}

} // namespace sieg::completion
