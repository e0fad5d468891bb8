#include "report/site.hpp"

#include <set>

#include <fmt/format.h>


namespace sieg::report {

std::vector<std::string> page_names(const std::vector<std::string>& ids) {
  std::set<std::string> taken{"index", "style"};
  std::vector<std::string> out;
  for (const auto& id : ids) {
    std::string name = id;
    for (int n = 2; taken.count(name) != 0; ++n) name = id + "-" + std::to_string(n);
    taken.insert(name);
    out.push_back(name + ".html");
  }
  return out;
}

} // namespace sieg::report
