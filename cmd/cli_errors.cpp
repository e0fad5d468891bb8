// CLI11's parse errors in the user's language: its messages are English only, so the usual ones are
// recognised by their form and said again in French; any other stays as CLI11 wrote it.
#include <regex>

#include <fmt/format.h>

#include "common.hpp"

namespace sieg::cmd {

std::string parse_error_text(const std::string& what, i18n::Lang lang) {
  if (lang != i18n::Lang::Fr) return what;
  struct Form {
    const char* pattern;
    const char* french;  // fmt fields: the pattern's groups
  };
  static const Form kForms[] = {
      {R"(^(.+) is required$)", "argument requis manquant : {0}"},
      {R"(^(.+): (.*) not in \{(.*)\}$)", "{0} : « {1} » n'est pas permis (valeurs permises : {2})"},
      {R"(^Could not convert: (.+) = (.*)$)", "{0} : « {1} » n'est pas une valeur valable"},
      {R"(^(.+) excludes (.+)$)", "{0} ne va pas avec {1}"},
      {R"(^The following arguments? (?:was|were) not expected: (.+)$)", "argument inattendu : {0}"},
      {R"(^(.+): (\d+) required (.+) missing$)", "{0} : il manque sa valeur ({2})"},
      {R"(^(.+) requires (.+)$)", "{0} demande aussi {1}"},
  };
  for (const auto& f : kForms) {
    std::smatch m;
    if (!std::regex_match(what, m, std::regex(f.pattern))) continue;
    std::vector<std::string> g;
    for (std::size_t i = 1; i < m.size(); ++i) g.push_back(m[i].str());
    while (g.size() < 3) g.emplace_back();
    return fmt::format(fmt::runtime(f.french), g[0], g[1], g[2]);
  }
  return what;
}

} // namespace sieg::cmd
