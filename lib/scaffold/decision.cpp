#include <fmt/format.h>

#include "scaffold/scaffold.hpp"

namespace sieg::scaffold {

std::string decision_template(const DecisionTemplate& t, i18n::Lang lang) {
  using i18n::pick;
  std::string out;
  if (!t.schema_path.empty()) out += "# yaml-language-server: $schema=" + t.schema_path + "\n";
  std::string title = t.dossier_title;
  for (auto& c : title)
    if (c == '\n' || c == '\r') c = ' ';
  out += fmt::format(fmt::runtime(pick({"# Décision sur le dossier « {0} » ({1}).\n", "# Decision on the dossier '{0}' ({1}).\n"}, lang)),
                     title.empty() ? t.dossier_id : title, t.dossier_id);
  for (const auto& line : t.context) out += "#   " + line + "\n";
  out += pick({"# Remplissez decision, motifs, et montant_accorde pour un dossier retenu ; puis : sieg validate sur ce fichier.\n"
               "# Tant que decision est vide, le dossier compte comme sans décision (man 5 sieg-decision).\n",
               "# Fill in decision, motifs, and montant_accorde for a retained dossier; then: sieg validate on this file.\n"
               "# While decision is empty, the dossier counts as undecided (man 5 sieg-decision).\n"},
              lang);
  out += "format: 1\n";
  out += "dossier: " + yaml_quoted(t.dossier_id) + "\n";
  out += pick({"decision:  # retenu, ajourne ou refuse\n", "decision:  # retenu (retained), ajourne (deferred) or refuse (refused)\n"}, lang);
  out += pick({"# montant_accorde:  # retenu : l'aide attribuée, en euros (par ex. 25000)\n",
               "# montant_accorde:  # retained: the aid granted, in euros (e.g. 25000)\n"},
              lang);
  out += "date: " + t.date + "\n";
  out += pick({"# instance: \"Commission permanente\"  # qui a décidé\n", "# instance: \"Commission permanente\"  # the deciding body\n"}, lang);
  out += pick({"motifs:  # les raisons, telles que le porteur les recevra\n", "motifs:  # the reasons, as the carrier will receive them\n"}, lang);
  out += pick({"# conditions:  # ce qui est attendu du porteur\n", "# conditions:  # what is expected of the carrier\n"}, lang);
  return out;
}

} // namespace sieg::scaffold
