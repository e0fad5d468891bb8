#include <fmt/format.h>

#include "scaffold/scaffold.hpp"

namespace sieg::scaffold {

namespace {
// One line of comment: whitespace runs (newlines included) become one space.
std::string one_line(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string weight(long long hundredths) {
  return hundredths % 100 == 0 ? std::to_string(hundredths / 100) : fmt::format("{:.2f}", static_cast<double>(hundredths) / 100);
}
} // namespace

std::string review_template(const ReviewTemplate& t, i18n::Lang lang) {
  using i18n::pick;
  const grids::Grid& g = *t.grid;
  std::string out;
  if (!t.schema_path.empty()) out += "# yaml-language-server: $schema=" + t.schema_path + "\n";
  out += fmt::format(fmt::runtime(pick({"# Évaluation du dossier « {0} » ({1}), grille « {2} ».\n",
                                        "# Review of the dossier '{0}' ({1}), grid '{2}'.\n"},
                                       lang)),
                     one_line(t.dossier_title.empty() ? t.dossier_id : t.dossier_title), t.dossier_id, one_line(g.title.get(lang)));
  out += fmt::format(fmt::runtime(pick({"# Pour chaque repère : un niveau de {1} à {0} après « niveau: » (les descriptions des niveaux sont\n"
                                        "# en commentaire), et, en retirant le « # », ce qui le justifie après « commentaire: ».\n"
                                        "# Puis l'avis (favorable, reserve ou defavorable) et la déclaration de conflit d'intérêts.\n"
                                        "# Tant qu'aucun niveau n'est donné, l'évaluation compte comme à faire (sieg status).\n",
                                        "# For each marker: a level from {1} to {0} after 'niveau:' (the levels' descriptors are in\n"
                                        "# comments), and, removing the '#', what justifies it after 'commentaire:'.\n"
                                        "# Then the opinion (favorable, reserve or defavorable) and the conflict-of-interest statement.\n"
                                        "# As long as no level is given, the review counts as to do (sieg status).\n"},
                                       lang)),
                     g.scale, g.lowest);
  if (!t.destination.empty())
    out += fmt::format(fmt::runtime(pick({"# Rempli, ce fichier va dans le dépôt sous {0}.\n", "# Filled in, this file goes in the repository as {0}.\n"},
                                         lang)),
                       t.destination);
  out += "format: 1\n";
  out += "dossier: " + t.dossier_id + "\n";
  out += "evaluateur:\n";
  out += "  nom: " + yaml_quoted(t.reviewer) + "\n";
  out += "  organisation: " + yaml_quoted(t.organisation) + "\n";
  // Dated by the reviewer when done (AAAA-MM-JJ), never the day it was handed out.
  out += pick({"date:  # le jour où vous finissez, AAAA-MM-JJ\n", "date:  # the day you finish, YYYY-MM-DD\n"}, lang);
  out += "grille: " + g.id + "\n";
  out += "niveaux:\n";
  for (const auto& m : g.markers) {
    std::string dim;
    for (const auto& d : g.dimensions)
      if (d.id == m.dimension) dim = " — " + one_line(d.label.get(lang));
    out += fmt::format(fmt::runtime(pick({"  # {0}{1} (poids {2})\n", "  # {0}{1} (weight {2})\n"}, lang)), one_line(m.label.get(lang)), dim,
                       weight(m.weight));
    for (std::size_t level = static_cast<std::size_t>(g.lowest); level < m.levels.size(); ++level)
      out += fmt::format("  #   {} : {}\n", level, one_line(m.levels[level].get(lang)));
    out += "  " + m.id + ":\n";
    out += "    niveau:\n";
    out += "    # commentaire: \"\"\n";
  }
  out += pick({"avis:  # favorable, reserve ou defavorable\n", "avis:  # favorable, reserve or defavorable\n"}, lang);
  out += "# avis_commentaire: \"\"\n";
  out += pick({"# true si vous êtes lié au porteur ou à un partenaire (l'évaluation est alors écartée), expliqué dans conflit_details\n",
               "# true if you are linked to the carrier or a partner (the review is then left out), explained in conflit_details\n"},
              lang);
  out += "conflit_interet: false\n";
  out += "# conflit_details: \"\"\n";
  return out;
}

} // namespace sieg::scaffold
