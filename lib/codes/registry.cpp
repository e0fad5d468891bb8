#include "codes/registry.hpp"

#include <set>

namespace sieg::codes {
namespace {

struct Fixed {
  const char* code;
  const char* fr;
  const char* en;
  bool warning;
};

// Kept in step with man/sieg-validate.1 and man/sieg-score.1 (the docs test checks every code is there).
const Fixed kFixed[] = {
    {"SIEG-IO01", "fichier introuvable", "no such file", false},
    {"SIEG-IO02", "dossier au lieu d'un fichier", "a directory instead of a file", false},
    {"SIEG-IO03", "pas un fichier ordinaire", "not a regular file", false},
    {"SIEG-IO04", "lecture refusée", "permission denied", false},
    {"SIEG-IO05", "boucle de liens symboliques", "symbolic link loop", false},
    {"SIEG-IO06", "lecture impossible", "cannot read", false},
    {"SIEG-IO07", "écriture impossible", "cannot write", false},
    {"SIEG-L001", "fichier vide", "empty file", false},
    {"SIEG-L002", "seulement des commentaires", "only comments", false},
    {"SIEG-L003", "UTF-8 invalide", "invalid UTF-8", false},
    {"SIEG-L004", "caractère de contrôle", "control character", false},
    {"SIEG-L005", "fichier UTF-16 ou UTF-32", "UTF-16 or UTF-32 file", false},
    {"SIEG-L006", "fichier trop volumineux", "file too large", false},
    {"SIEG-L010", "erreur de syntaxe YAML", "YAML syntax error", false},
    {"SIEG-L011", "tabulation dans l'indentation", "tab in indentation", false},
    {"SIEG-L012", "second document YAML", "second YAML document", false},
    {"SIEG-L013", "document vide (null)", "null document", false},
    {"SIEG-L014", "clé en double", "duplicate key", false},
    {"SIEG-L015", "alias YAML refusé", "YAML alias refused", false},
    {"SIEG-L016", "étiquette YAML refusée", "YAML tag refused", false},
    {"SIEG-L017", "clé complexe ou nulle", "complex or null key", false},
    {"SIEG-L018", "imbrication trop profonde", "nesting too deep", false},
    {"SIEG-L019", "niveau supérieur qui n'est pas une table", "top level not a mapping", false},
    {"SIEG-L020", "nombre hors limites", "number out of range", false},
    {"SIEG-S001", "type inattendu", "wrong type", false},
    {"SIEG-S002", "champ obligatoire manquant", "missing required field", false},
    {"SIEG-S003", "clé inconnue", "unknown key", false},
    {"SIEG-S004", "valeur non permise", "value not allowed", false},
    {"SIEG-S005", "valeur différente de la seule permise", "value differs from the only one allowed", false},
    {"SIEG-S006", "texte trop court", "text too short", false},
    {"SIEG-S007", "texte trop long", "text too long", false},
    {"SIEG-S008", "forme inattendue", "unexpected form", false},
    {"SIEG-S009", "date ou courriel invalide", "invalid date or e-mail", false},
    {"SIEG-S010", "nombre sous le minimum", "number under the minimum", false},
    {"SIEG-S011", "nombre au-dessus du maximum", "number over the maximum", false},
    {"SIEG-S012", "nombre hors du pas", "number not a multiple of the step", false},
    {"SIEG-S013", "trop peu d'éléments", "too few items", false},
    {"SIEG-S014", "trop d'éléments", "too many items", false},
    {"SIEG-S015", "élément répété", "repeated item", false},
    {"SIEG-S016", "aucun élément ne convient", "no item fits", false},
    {"SIEG-S017", "nombre de clés hors limites", "number of keys out of bounds", false},
    {"SIEG-S018", "clé qui en demande une autre", "key requiring another", false},
    {"SIEG-S019", "aucune forme permise ne convient", "no allowed form fits", false},
    {"SIEG-S020", "valeur exclue", "excluded value", false},
    {"SIEG-S021", "nom de clé non permis", "key name not allowed", false},
    {"SIEG-S022", "aucune valeur permise ici", "no value allowed here", false},
    {"SIEG-S099", "validation trop profonde", "validation too deep", false},
    {"SIEG-R001", "repère manquant dans une évaluation", "marker missing from a review", false},
    {"SIEG-R002", "repère inconnu", "unknown marker", false},
    {"SIEG-R003", "niveau hors échelle", "level off the scale", false},
    {"SIEG-R004", "évaluation d'un autre dossier", "review of another dossier", false},
    {"SIEG-R005", "évaluation sur une autre grille", "review on another grid", false},
    {"SIEG-R006", "deux évaluations d'un même évaluateur", "two reviews by one reviewer", false},
    {"SIEG-R007", "repère manquant dans l'auto-évaluation", "marker missing from the self-assessment", false},
    {"SIEG-R010", "conflit d'intérêts déclaré", "declared conflict of interest", true},
    {"SIEG-R011", "conflit d'intérêts repéré", "detected conflict of interest", true},
    {"SIEG-R012", "désaccord entre évaluateurs", "disagreement between reviewers", true},
    {"SIEG-R013", "toutes les évaluations écartées", "every review left out", true},
    {"SIEG-R014", "rien à noter", "nothing to score", true},
    {"SIEG-R015", "seuil de la grille non atteint", "grid threshold not met", true},
    {"SIEG-R020", "évaluation d'un dossier absent", "review of a missing dossier", false},
    {"SIEG-P001", "appel inconnu", "unknown call", false},
    {"SIEG-P002", "deux dossiers avec un même identifiant", "two dossiers with one id", false},
    {"SIEG-P003", "dossier d'un autre appel que celui du dépôt", "dossier of another call than the repository's", false},
    {"SIEG-C001", "erreur dans un fichier d'appel", "error in a call file", false},
    {"SIEG-G001", "erreur dans un fichier de grille", "error in a grid file", false},
    {"SIEG-T001", "erreur dans sieg.toml", "error in sieg.toml", false},
};

} // namespace

std::vector<CodeInfo> catalogue(const std::vector<calls::Call>& calls) {
  std::vector<CodeInfo> out;
  for (const auto& f : kFixed)
    out.push_back({f.code, {f.fr, f.en}, "man sieg-validate; man sieg-score; man 5 sieg.toml",
                   f.warning ? diag::Severity::Warning : diag::Severity::Error});
  std::set<std::string> seen;
  for (const auto& c : calls)
    for (const auto& r : c.rules) {
      if (!seen.insert(r.code).second) {
        for (auto& e : out)
          if (e.code == r.code && e.help.find(r.source) == std::string::npos) e.help += " | " + r.source;
        continue;
      }
      out.push_back({r.code, r.statement, r.source, r.severity});
    }
  return out;
}

std::vector<std::string> codes(const std::vector<calls::Call>& calls) {
  std::vector<std::string> out;
  for (const auto& e : catalogue(calls)) out.push_back(e.code);
  return out;
}

} // namespace sieg::codes
