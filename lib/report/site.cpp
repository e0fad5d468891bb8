#include "report/site.hpp"

#include <set>

#include <fmt/format.h>

namespace sieg::report {

std::vector<std::string> page_names(const std::vector<std::string>& ids) {
  std::set<std::string> taken{"index", "style"};
  std::vector<std::string> out;
  for (const auto& id : ids) {
    // A slug: ASCII letters, digits and '-' only, so that no id can make a link of another kind.
    std::string slug;
    for (char c : id)
      slug += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ? c : '-';
    if (slug.empty()) slug = "dossier";
    std::string name = slug;
    for (int n = 2; taken.count(name) != 0; ++n) name = slug + "-" + std::to_string(n);
    taken.insert(name);
    out.push_back(name + ".html");
  }
  return out;
}

} // namespace sieg::report
