#include "codes/registry.hpp"

#include <set>

namespace sieg::codes {
namespace {

struct Fixed {
  const char* code;
  const char* fr;
  const char* en;
  bool warning;
  i18n::Text hint;  // what to do
  const char* page;  // the man page that documents it
};

// Kept in step with man/sieg-validate.1 and man/sieg-score.1 (the docs test checks every code is there).
const Fixed kFixed[] = {
    {"SIEG-IO01", "fichier introuvable", "no such file", false,
     {"vérifiez le chemin (sieg ne crée jamais de fichier d'entrée)",
      "check the path (sieg never creates an input file)"}, "sieg-validate"},
    {"SIEG-IO02", "dossier au lieu d'un fichier", "a directory instead of a file", false,
     {"donnez un fichier ; pour tout un dépôt : sieg check",
      "give a file; for a whole repository: sieg check"}, "sieg-validate"},
    {"SIEG-IO03", "pas un fichier ordinaire", "not a regular file", false,
     {"pour lire un flux, passez « - » et redirigez l'entrée standard",
      "to read a stream, pass '-' and redirect standard input"}, "sieg-validate"},
    {"SIEG-IO04", "lecture refusée", "permission denied", false,
     {"donnez le droit de lecture au compte qui lance sieg",
      "give read permission to the account running sieg"}, "sieg-validate"},
    {"SIEG-IO05", "boucle de liens symboliques", "symbolic link loop", false,
     {"un lien symbolique pointe sur lui-même : corrigez-le",
      "a symbolic link points to itself: fix it"}, "sieg-validate"},
    {"SIEG-IO06", "lecture impossible", "cannot read", false,
     {"le système a refusé la lecture ; le message dit pourquoi",
      "the system refused the read; the message says why"}, "sieg-validate"},
    {"SIEG-IO07", "écriture impossible", "cannot write", false,
     {"vérifiez que le dossier de sortie existe et qu'on peut y écrire",
      "check that the output folder exists and is writable"}, "sieg-validate"},
    {"SIEG-IO08", "hors du dépôt", "outside the repository", false,
     {"un lien symbolique mène hors du dossier de sieg.toml : copiez le fichier dans le dépôt",
      "a symbolic link leads outside sieg.toml's folder: copy the file into the repository"}, "sieg-validate"},
    {"SIEG-IO09", "PDF impossible", "no PDF", false,
     {"installez Chromium (apt install chromium), ou écrivez le rapport en HTML", "install Chromium (apt install chromium), or write the report as HTML"},
     "sieg-report"},
    {"SIEG-L001", "fichier vide", "empty file", false,
     {"remplissez le dossier : sieg new en écrit un modèle",
      "fill in the dossier: sieg new writes a template"}, "sieg-validate"},
    {"SIEG-L002", "seulement des commentaires", "only comments", false,
     {"les lignes commentées (#) ne comptent pas : écrivez les réponses sans #",
      "commented lines (#) do not count: write the answers without #"}, "sieg-validate"},
    {"SIEG-L003", "UTF-8 invalide", "invalid UTF-8", false,
     {"enregistrez le fichier en UTF-8 (la plupart des éditeurs le proposent)",
      "save the file as UTF-8 (most editors offer it)"}, "sieg-validate"},
    {"SIEG-L004", "caractère de contrôle", "control character", false,
     {"supprimez le caractère invisible (souvent issu d'un copier-coller)",
      "remove the invisible character (often from a copy and paste)"}, "sieg-validate"},
    {"SIEG-L005", "fichier UTF-16 ou UTF-32", "UTF-16 or UTF-32 file", false,
     {"enregistrez le fichier en UTF-8",
      "save the file as UTF-8"}, "sieg-validate"},
    {"SIEG-L006", "fichier trop volumineux", "file too large", false,
     {"un dossier tient en quelques dizaines de kilo-octets ; les pièces jointes restent à part",
      "a dossier fits in a few tens of kilobytes; keep attachments in separate files"}, "sieg-validate"},
    {"SIEG-L010", "erreur de syntaxe YAML", "YAML syntax error", false,
     {"regardez la ligne indiquée et celle d'avant : indentation, deux-points, guillemets",
      "look at the line given and the one before: indentation, colons, quotes"}, "sieg-validate"},
    {"SIEG-L011", "tabulation dans l'indentation", "tab in indentation", false,
     {"indentez avec des espaces, jamais des tabulations",
      "indent with spaces, never tabs"}, "sieg-validate"},
    {"SIEG-L012", "second document YAML", "second YAML document", false,
     {"un fichier, un dossier : retirez la ligne « --- » et ce qui suit, ou faites-en un autre fichier",
      "one file, one dossier: remove the '---' line and what follows, or make it another file"}, "sieg-validate"},
    {"SIEG-L013", "document vide (null)", "null document", false,
     {"le fichier ne contient rien d'autre que null : écrivez le dossier",
      "the file holds nothing but null: write the dossier"}, "sieg-validate"},
    {"SIEG-L014", "clé en double", "duplicate key", false,
     {"fusionnez les deux entrées : YAML n'en garderait qu'une",
      "merge the two entries: YAML would keep only one"}, "sieg-validate"},
    {"SIEG-L015", "alias YAML refusé", "YAML alias refused", false,
     {"écrivez la valeur en entier à chaque endroit (les alias & et * sont refusés)",
      "write the value out in full at each place (aliases & and * are refused)"}, "sieg-validate"},
    {"SIEG-L016", "étiquette YAML refusée", "YAML tag refused", false,
     {"retirez l'étiquette (!!…) : les types viennent du schéma",
      "remove the tag (!!…): types come from the schema"}, "sieg-validate"},
    {"SIEG-L017", "clé complexe ou nulle", "complex or null key", false,
     {"une clé est un mot simple, comme « nom » ou « montant »",
      "a key is a plain word, such as 'nom' or 'montant'"}, "sieg-validate"},
    {"SIEG-L018", "imbrication trop profonde", "nesting too deep", false,
     {"un dossier n'a pas besoin de tant de niveaux : vérifiez l'indentation",
      "a dossier needs far fewer levels: check the indentation"}, "sieg-validate"},
    {"SIEG-L019", "niveau supérieur qui n'est pas une table", "top level not a mapping", false,
     {"un dossier commence par des clés (format:, appel:, action:…)",
      "a dossier starts with keys (format:, appel:, action:…)"}, "sieg-validate"},
    {"SIEG-L020", "nombre hors limites", "number out of range", false,
     {"écrivez un nombre raisonnable, en chiffres",
      "write a reasonable number, in digits"}, "sieg-validate"},
    {"SIEG-L021", "virgule dans un texte entre accolades", "comma in a text between braces", false,
     {"mettez le texte entre guillemets droits", "put the text in straight double quotes"}, "sieg-validate"},
    {"SIEG-L022", "commentaire qui coupe un texte", "comment cutting a text", true,
     {"si « # » fait partie du texte, mettez le texte entre guillemets", "if '#' belongs to the text, quote the text"},
     "sieg-validate"},
    {"SIEG-L023", "guillemets typographiques", "typographic quotes", true,
     {"utilisez des guillemets droits \"…\" (ou aucun pour un nombre)", "use straight quotes \"…\" (or none for a number)"},
     "sieg-validate"},
    {"SIEG-S001", "type inattendu", "wrong type", false,
     {"écrivez la valeur sous la forme attendue (le message la donne)",
      "write the value in the expected form (the message gives it)"}, "sieg-validate"},
    {"SIEG-S002", "champ obligatoire manquant", "missing required field", false,
     {"ajoutez la ligne manquante ; man 5 sieg-dossier liste les clés",
      "add the missing line; man 5 sieg-dossier lists the keys"}, "sieg-validate"},
    {"SIEG-S003", "clé inconnue", "unknown key", false,
     {"corrigez l'orthographe de la clé (sans accents, en snake_case) ou retirez-la",
      "fix the key's spelling (no accents, snake_case) or remove it"}, "sieg-validate"},
    {"SIEG-S004", "valeur non permise", "value not allowed", false,
     {"choisissez l'une des valeurs permises, écrite exactement",
      "pick one of the allowed values, written exactly"}, "sieg-validate"},
    {"SIEG-S005", "valeur différente de la seule permise", "value differs from the only one allowed", false,
     {"écrivez la seule valeur permise",
      "write the only value allowed"}, "sieg-validate"},
    {"SIEG-S006", "texte trop court", "text too short", false,
     {"complétez la réponse",
      "complete the answer"}, "sieg-validate"},
    {"SIEG-S007", "texte trop long", "text too long", false,
     {"raccourcissez la réponse",
      "shorten the answer"}, "sieg-validate"},
    {"SIEG-S008", "forme inattendue", "unexpected form", false,
     {"suivez la forme donnée (code postal sur 5 chiffres, SIRET sur 14…)",
      "follow the form given (5-digit postcode, 14-digit SIRET…)"}, "sieg-validate"},
    {"SIEG-S009", "date ou courriel invalide", "invalid date or e-mail", false,
     {"une date s'écrit AAAA-MM-JJ et doit exister ; un courriel nom@domaine.fr",
      "a date is written YYYY-MM-DD and must exist; an e-mail name@domain.fr"}, "sieg-validate"},
    {"SIEG-S010", "nombre sous le minimum", "number under the minimum", false,
     {"le nombre est trop petit (un montant n'est jamais négatif)",
      "the number is too small (an amount is never negative)"}, "sieg-validate"},
    {"SIEG-S011", "nombre au-dessus du maximum", "number over the maximum", false,
     {"le nombre est trop grand (10^12 € au plus pour un montant)",
      "the number is too large (10^12 € at most for an amount)"}, "sieg-validate"},
    {"SIEG-S012", "nombre hors du pas", "number not a multiple of the step", false,
     {"un montant en euros a deux décimales au plus (les centimes)",
      "an amount in euros has at most two decimals (the cents)"}, "sieg-validate"},
    {"SIEG-S013", "trop peu d'éléments", "too few items", false,
     {"ajoutez des éléments à la liste (un tiret par élément)",
      "add items to the list (one dash per item)"}, "sieg-validate"},
    {"SIEG-S014", "trop d'éléments", "too many items", false,
     {"retirez des éléments de la liste",
      "remove items from the list"}, "sieg-validate"},
    {"SIEG-S015", "élément répété", "repeated item", false,
     {"retirez le doublon",
      "remove the duplicate"}, "sieg-validate"},
    {"SIEG-S016", "aucun élément ne convient", "no item fits", false,
     {"au moins un élément de la liste doit convenir (le message dit lequel)",
      "at least one item of the list must fit (the message says which)"}, "sieg-validate"},
    {"SIEG-S017", "nombre de clés hors limites", "number of keys out of bounds", false,
     {"ajoutez ou retirez des clés dans cette table",
      "add or remove keys in this mapping"}, "sieg-validate"},
    {"SIEG-S018", "clé qui en demande une autre", "key requiring another", false,
     {"cette clé en demande une autre : ajoutez-la",
      "this key requires another one: add it"}, "sieg-validate"},
    {"SIEG-S019", "aucune forme permise ne convient", "no allowed form fits", false,
     {"la valeur doit prendre l'une des formes permises (le message les liste)",
      "the value must take one of the allowed forms (the message lists them)"}, "sieg-validate"},
    {"SIEG-S020", "valeur exclue", "excluded value", false,
     {"cette valeur est exclue ici",
      "this value is excluded here"}, "sieg-validate"},
    {"SIEG-S021", "nom de clé non permis", "key name not allowed", false,
     {"renommez la clé selon la forme permise",
      "rename the key in the allowed form"}, "sieg-validate"},
    {"SIEG-S022", "aucune valeur permise ici", "no value allowed here", false,
     {"retirez cette valeur",
      "remove this value"}, "sieg-validate"},
    {"SIEG-S099", "validation trop profonde", "validation too deep", false,
     {"simplifiez le fichier : l'imbrication dépasse ce que sieg vérifie",
      "simplify the file: its nesting exceeds what sieg checks"}, "sieg-validate"},
    {"SIEG-R001", "repère manquant dans une évaluation", "marker missing from a review", false,
     {"donnez un niveau pour chaque repère de la grille (sieg grids show GRILLE)",
      "give a level for every marker of the grid (sieg grids show GRID)"}, "sieg-score"},
    {"SIEG-R002", "repère inconnu", "unknown marker", false,
     {"utilisez les identifiants de repères de la grille (sieg grids show GRILLE)",
      "use the grid's marker ids (sieg grids show GRID)"}, "sieg-score"},
    {"SIEG-R003", "niveau hors échelle", "level off the scale", false,
     {"un niveau va de 0 à 3",
      "a level goes from 0 to 3"}, "sieg-score"},
    {"SIEG-R004", "évaluation d'un autre dossier", "review of another dossier", false,
     {"le champ « dossier » de l'évaluation doit être l'identifiant du dossier (nom de fichier sans extension)",
      "the review's 'dossier' field must be the dossier's id (file name without extension)"}, "sieg-score"},
    {"SIEG-R005", "évaluation sur une autre grille", "review on another grid", false,
     {"évaluez sur la grille de l'appel du dossier",
      "review on the grid of the dossier's call"}, "sieg-score"},
    {"SIEG-R006", "deux évaluations d'un même évaluateur", "two reviews by one reviewer", false,
     {"un évaluateur, une évaluation : fusionnez ou retirez le doublon",
      "one reviewer, one review: merge or remove the duplicate"}, "sieg-score"},
    {"SIEG-R007", "repère manquant dans l'auto-évaluation", "marker missing from the self-assessment", false,
     {"donnez un niveau pour chaque repère dans l'auto-évaluation",
      "give a level for every marker in the self-assessment"}, "sieg-score"},
    {"SIEG-R008", "critère d'appréciation inconnu", "unknown appraisal criterion", false,
     {"écrivez l'identifiant d'un critère de l'appel (sieg calls show APPEL) sous « criteres: »",
      "write the id of one of the call's criteria (sieg calls show CALL) under 'criteres:'"}, "sieg-score"},
    {"SIEG-R010", "conflit d'intérêts déclaré", "declared conflict of interest", true,
     {"l'évaluation est écartée de la note ; désignez un autre évaluateur si besoin",
      "the review is left out of the score; assign another reviewer if needed"}, "sieg-score"},
    {"SIEG-R011", "conflit d'intérêts repéré", "detected conflict of interest", true,
     {"l'organisation de l'évaluateur est le porteur ou un partenaire : évaluation écartée",
      "the reviewer's organisation is the carrier or a partner: review left out"}, "sieg-score"},
    {"SIEG-R012", "désaccord entre évaluateurs", "disagreement between reviewers", true,
     {"les niveaux divergent fortement : à discuter en jury",
      "the levels differ widely: to discuss at the jury's meeting"}, "sieg-score"},
    {"SIEG-R013", "toutes les évaluations écartées", "every review left out", true,
     {"toutes les évaluations sont écartées : la note vient de l'auto-évaluation",
      "every review is left out: the score comes from the self-assessment"}, "sieg-score"},
    {"SIEG-R014", "rien à noter", "nothing to score", true,
     {"ajoutez une auto-évaluation (auto_evaluation) ou des évaluations du jury",
      "add a self-assessment (auto_evaluation) or jury reviews"}, "sieg-score"},
    {"SIEG-R015", "seuil de la grille non atteint", "grid threshold not met", true,
     {"sieg score DOSSIER montre le seuil et la note",
      "sieg score DOSSIER shows the threshold and the score"}, "sieg-score"},
    {"SIEG-R016", "conflit d'intérêts possible", "possible conflict of interest", true,
     {"le nom de l'organisation de l'évaluateur ressemble à celui du porteur ou d'un partenaire : vérifiez, et déclarez le conflit s'il existe",
      "the reviewer's organisation looks like the carrier or a partner: check, and declare the conflict if there is one"}, "sieg-score"},
    {"SIEG-R017", "évaluation pas encore remplie", "review not filled in yet", true,
     {"une évaluation préparée (sieg new --review, sieg assign) sans aucun niveau : elle compte comme à faire (sieg status)",
      "a prepared review (sieg new --review, sieg assign) without any level: it counts as to do (sieg status)"}, "sieg-score"},
    {"SIEG-R018", "notation uniforme", "uniform scoring", true,
     {"le même niveau à tous les repères : demandez à l'évaluateur de reprendre la grille repère par repère",
      "the same level on every marker: ask the reviewer to go through the grid marker by marker"}, "sieg-score"},
    {"SIEG-R020", "évaluation d'un dossier absent", "review of a missing dossier", false,
     {"renommez le dossier d'évaluations comme le fichier du dossier, sans « .yaml »",
      "name the reviews' folder like the dossier's file, without '.yaml'"}, "sieg-score"},
    {"SIEG-P001", "appel inconnu", "unknown call", false,
     {"appel: aquitaine-2015 ou picardie-sieg (sieg calls), ou --call FICHIER",
      "appel: aquitaine-2015 or picardie-sieg (sieg calls), or --call FILE"}, "sieg-report"},
    {"SIEG-P002", "deux dossiers avec un même identifiant", "two dossiers with one id", false,
     {"renommez l'un des fichiers : l'identifiant d'un dossier est son nom de fichier sans extension",
      "rename one of the files: a dossier's id is its file name without the extension"}, "sieg-score"},
    {"SIEG-P004", "identifiant de dossier impropre", "improper dossier id", false,
     {"renommez le fichier : lettres et chiffres ASCII, puis « - », « _ » et « . »",
      "rename the file: ASCII letters and digits, then '-', '_' and '.'"}, "sieg-score"},
    {"SIEG-P005", "trop de fichiers dans le dépôt", "too many files in the repository", false,
     {"vérifiez les globs de sieg.toml, ou vérifiez le dépôt par parties",
      "check sieg.toml's globs, or check the repository in parts"}, "sieg.toml"},
    {"SIEG-P006", "glob de sieg.toml sans fichier", "sieg.toml glob matching no file", true,
     {"vérifiez l'orthographe du glob et le dossier des fichiers", "check the glob's spelling and where the files are"}, "sieg-check"},
    {"SIEG-P007", "aucun dossier dans le dépôt", "no dossier in the repository", false,
     {"nommez les fichiers à vérifier, ou corrigez « dossiers » dans sieg.toml", "name the files to check, or fix 'dossiers' in sieg.toml"},
     "sieg-check"},
    {"SIEG-P003", "dossier d'un autre appel que celui du dépôt", "dossier of another call than the repository's", false,
     {"corrigez « appel », ou déposez le dossier dans le dépôt de son appel",
      "fix 'appel', or file the dossier in its own call's repository"}, "sieg-score"},
    {"SIEG-R021", "trop d'évaluations pour un dossier", "too many reviews for one dossier", false,
     {"100 évaluations au plus par dossier : retirez celles qui n'en sont pas",
      "100 reviews at most per dossier: remove the files that are not reviews"}, "sieg-score"},
    {"SIEG-C001", "erreur dans un fichier d'appel", "error in a call file", false,
     {"corrigez le fichier d'appel à la ligne et colonne données (man 5 sieg-call)",
      "fix the call file at the line and column given (man 5 sieg-call)"}, "sieg-call"},
    {"SIEG-G001", "erreur dans un fichier de grille", "error in a grid file", false,
     {"corrigez le fichier de grille à la ligne et colonne données (man 5 sieg-grid)",
      "fix the grid file at the line and column given (man 5 sieg-grid)"}, "sieg-grid"},
    {"SIEG-T001", "erreur dans sieg.toml", "error in sieg.toml", false,
     {"corrigez sieg.toml à la ligne et colonne données (man 5 sieg.toml)",
      "fix sieg.toml at the line and column given (man 5 sieg.toml)"}, "sieg.toml"},
};

} // namespace

std::optional<std::string> explain(const std::string& code, i18n::Lang lang) {
  for (const auto& f : kFixed) {
    if (code != f.code) continue;
    bool fr = lang == i18n::Lang::Fr;
    const char* colon = fr ? " :" : ":";
    std::string out = std::string(f.code) + " — " + (fr ? f.fr : f.en) + "\n";
    out += std::string(fr ? "Gravité par défaut" : "Default severity") + colon + " " +
           (f.warning ? (fr ? "avertissement" : "warning") : (fr ? "erreur" : "error")) + "\n";
    out += std::string(fr ? "Que faire" : "What to do") + colon + " " + i18n::pick(f.hint, lang) + "\n";
    std::string page = std::string(f.page);
    bool section5 = page == "sieg.toml" || page == "sieg-call" || page == "sieg-grid";
    out += std::string(fr ? "Documentation" : "Documented in") + colon + " man " + (section5 ? "5 " : "") + page + "\n";
    return out;
  }
  return std::nullopt;
}

std::vector<CodeInfo> catalogue(const std::vector<calls::Call>& calls) {
  std::vector<CodeInfo> out;
  for (const auto& f : kFixed)
    out.push_back({f.code, {f.fr, f.en}, f.page, f.warning ? diag::Severity::Warning : diag::Severity::Error,
                   {f.hint.fr, f.hint.en}});
  std::set<std::string> seen;
  for (const auto& c : calls)
    for (const auto& r : c.rules) {
      if (!seen.insert(r.code).second) {
        for (auto& e : out)
          if (e.code == r.code && e.help.find(r.source) == std::string::npos) e.help += " | " + r.source;
        continue;
      }
      out.push_back({r.code, r.statement, r.source, r.severity, {}});
    }
  return out;
}

std::vector<std::string> codes(const std::vector<calls::Call>& calls) {
  std::vector<std::string> out;
  for (const auto& e : catalogue(calls)) out.push_back(e.code);
  return out;
}

} // namespace sieg::codes
