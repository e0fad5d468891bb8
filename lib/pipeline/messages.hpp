// The pipeline's own messages (French, English).
#pragma once
#include "i18n/lang.hpp"

namespace sieg::pipeline::msg {

using i18n::Text;

inline constexpr Text kMissedByGlobs{"fichier YAML dans le dossier des dossiers, mais qu'aucun glob « dossiers » de {0} ne prend ({1}) : ni vérifié, ni noté, ni classé",
                                    "YAML file in the dossiers' folder that no 'dossiers' glob of {0} takes ({1}): neither checked, scored nor ranked"};
inline constexpr Text kMissedByGlobsHint{"ajoutez \"{0}\" à « dossiers » dans sieg.toml, ou sortez le fichier de ce dossier",
                                        "add \"{0}\" to 'dossiers' in sieg.toml, or move the file out of this folder"};
inline constexpr Text kOtherCall{"le dossier répond à l'appel « {0} », mais l'appel de ce dépôt est « {1} » ({2}) : ses règles s'appliquent",
                                 "the dossier answers call '{0}', but this repository's call is '{1}' ({2}): its rules apply"};
inline constexpr Text kOtherCallHint{"écrivez « appel: {0} », ou déposez le dossier dans le dépôt de son appel",
                                     "write 'appel: {0}', or file the dossier in its own call's repository"};
inline constexpr Text kSameId{"l'identifiant « {0} » est aussi celui de {1} : les évaluations de l'un seraient celles de l'autre",
                              "id '{0}' is also the id of {1}: the reviews of one would be taken for the other's"};
inline constexpr Text kSameIdHint{"renommez l'un des fichiers : l'identifiant d'un dossier est son nom de fichier sans extension",
                                  "rename one of the files: a dossier's id is its file name without the extension"};
inline constexpr Text kBadId{"le nom de fichier donne l'identifiant « {0} », qui ne peut pas nommer un dossier d'évaluations : ses évaluations ne sont pas cherchées",
                             "the file name gives the id '{0}', which cannot name a folder of reviews: its reviews are not looked for"};
inline constexpr Text kBadIdHint{"renommez le fichier : lettres et chiffres ASCII, puis aussi « - », « _ » et « . » (100 caractères au plus)",
                                 "rename the file: ASCII letters and digits, then also '-', '_' and '.' (at most 100 characters)"};
inline constexpr Text kTooManyReviews{"plus de {0} évaluations pour ce dossier : aucune n'est lue, pas de note du jury",
                                     "more than {0} reviews for this dossier: none is read, no jury score"};
inline constexpr Text kSecondDecision{"deux fichiers de décision pour ce dossier, {0} et {1} : aucune décision n'est comptée tant que les deux sont là",
                                      "two decision files for this dossier, {0} and {1}: neither decision counts while both are there"};
inline constexpr Text kSecondDecisionHint{"gardez un seul fichier decision.yaml par dossier",
                                          "keep one decision.yaml per dossier"};
inline constexpr Text kTooManyFiles{"plus de {0} fichiers YAML dans ce dépôt : sieg s'arrête là",
                                    "more than {0} YAML files in this repository: sieg stops there"};
inline constexpr Text kTooManyFilesHint{"vérifiez les globs « dossiers » de sieg.toml, ou vérifiez le dépôt par parties",
                                        "check sieg.toml's 'dossiers' globs, or check the repository in parts"};
inline constexpr Text kEmptyGlob{"le glob « {0} » de « dossiers » ne désigne aucun fichier",
                                 "the 'dossiers' glob '{0}' matches no file"};
inline constexpr Text kEmptyGlobHint{"vérifiez son orthographe et le dossier où sont les fichiers (les globs partent du dossier de sieg.toml)",
                                     "check its spelling and where the files are (globs start from sieg.toml's folder)"};
inline constexpr Text kNoDossierConfig{"aucun dossier dans ce dépôt : les globs « dossiers » de sieg.toml ne désignent aucun fichier",
                                       "no dossier in this repository: sieg.toml's 'dossiers' globs match no file"};
inline constexpr Text kNoDossier{"aucun dossier YAML ici : rien n'a été vérifié", "no YAML dossier here: nothing was checked"};
inline constexpr Text kNoDossierHint{"nommez les fichiers ou dossiers à vérifier, ou corrigez « dossiers » dans sieg.toml (sieg new crée un dossier)",
                                     "name the files or folders to check, or fix 'dossiers' in sieg.toml (sieg new creates a dossier)"};
inline constexpr Text kUnknownCriterion{"critère « {0} » inconnu de l'appel {1} : cet avis ne serait montré nulle part",
                                       "criterion '{0}' is not one of call {1}'s: this opinion would be shown nowhere"};
inline constexpr Text kCriteriaHint{"critères de l'appel : {0} (sieg calls show APPEL)", "the call's criteria: {0} (sieg calls show CALL)"};
inline constexpr Text kNoCriteria{"cet appel ne définit pas de critères : retirez « criteres: »",
                                  "this call defines no criteria: remove 'criteres:'"};
inline constexpr Text kThreshold{"seuil de la grille {0} non atteint (sieg score {1})", "threshold of grid {0} not met (sieg score {1})"};
inline constexpr Text kOrphan{"évaluation du dossier « {0} », mais aucun dossier ne s'appelle {0}.yaml",
                              "review of dossier '{0}', but no dossier is named {0}.yaml"};
inline constexpr Text kOrphanHint{"renommez le dossier d'évaluations comme le fichier du dossier, sans « .yaml »",
                                  "name the reviews' folder like the dossier's file, without '.yaml'"};
inline constexpr Text kStaleSchema{"ce n'est pas le schéma avec lequel sieg vérifie les dossiers (écrit par une autre version de sieg, ou avant l'appel du dépôt) : l'éditeur donne un autre verdict",
                                  "this is not the schema sieg checks dossiers with (written by another version of sieg, or before the repository's call): the editor gives another verdict"};
inline constexpr Text kStaleSchemaHint{"réécrivez-le : sieg calls schema > {0}", "rewrite it: sieg calls schema > {0}"};
inline constexpr Text kModelineMissing{"le schéma que cette ligne donne à l'éditeur, « {0} », est introuvable ({1}) : l'éditeur ne vérifie plus ce fichier",
                                      "the schema this line gives the editor, '{0}', is not there ({1}): the editor no longer checks this file"};
inline constexpr Text kModelineHint{"le chemin part du dossier de ce fichier : écrivez $schema={0}",
                                    "the path starts from this file's folder: write $schema={0}"};
inline constexpr Text kModelineInitHint{"le chemin part du dossier de ce fichier ; sieg init écrit les schémas dans schemas/",
                                        "the path starts from this file's folder; sieg init writes the schemas to schemas/"};

} // namespace sieg::pipeline::msg
