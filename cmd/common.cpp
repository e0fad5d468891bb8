#include "common.hpp"

#include <fmt/format.h>

#include "output.hpp"

namespace sieg::cmd {

std::optional<rules::Date> date_option(const std::string& value, const Globals& g, bool& ok) {
  ok = true;
  if (value.empty()) return std::nullopt;
  auto d = rules::parse_date(value);
  if (!d) {
    ok = false;
    write(stderr, fmt::format(fmt::runtime(i18n::pick({"sieg : erreur : --date : « {0} » n'est pas une date AAAA-MM-JJ\n",
                                                       "sieg: error: --date: '{0}' is not a YYYY-MM-DD date\n"},
                                                      g.lang)),
                              value));
  }
  return d;
}

std::string left_out_note(const std::vector<std::string>& files, i18n::Lang lang) {
  if (files.empty()) return "";
  return fmt::format(fmt::runtime(i18n::pick({"\n{0} fichier(s) YAML laissé(s) de côté, faute d'être des dossiers valides "
                                              "(sieg validate dit pourquoi) : {1}\n",
                                              "\n{0} YAML file(s) left out, not being valid dossiers (sieg validate "
                                              "says why): {1}\n"},
                                             lang)),
                     files.size(), fmt::join(files, ", "));
}

} // namespace sieg::cmd
