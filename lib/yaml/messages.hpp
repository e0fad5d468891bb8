// Texts of the loader's diagnostics (SIEG-L0xx), in French and English.
#pragma once
#include <string>

#include "i18n/lang.hpp"

namespace sieg::yaml {

// yaml-cpp's English syntax message, translated when the user reads French.
std::string syntax_message(const std::string& yaml_cpp_message, i18n::Lang lang);

namespace msg {
using i18n::Text;

inline constexpr Text kEmpty{"fichier vide", "empty file"};
inline constexpr Text kCommentsOnly{"le fichier ne contient que des commentaires : aucun dossier",
                                    "the file holds only comments: no dossier"};
inline constexpr Text kEmptyHint{"commencez par « format: 1 » et « appel: … » (voir man 5 sieg-dossier)",
                                 "start with 'format: 1' and 'appel: …' (see man 5 sieg-dossier)"};
inline constexpr Text kUtf16{"le fichier est encodé en UTF-16 ou UTF-32 ; sieg lit l'UTF-8",
                             "the file is encoded in UTF-16 or UTF-32; sieg reads UTF-8"};
inline constexpr Text kUtf16Hint{"réenregistrez-le en UTF-8 (par ex. iconv -f UTF-16 -t UTF-8)",
                                 "save it again as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"};
inline constexpr Text kInvalidUtf8{"octet {0} : UTF-8 invalide", "byte {0}: invalid UTF-8"};
inline constexpr Text kInvalidUtf8Hint{
    "le fichier vient sans doute d'un logiciel en Latin-1 ou Windows-1252 : réenregistrez-le en UTF-8",
    "the file probably comes from software writing Latin-1 or Windows-1252: save it again as UTF-8"};
inline constexpr Text kControl{"caractère de contrôle {0} interdit dans un fichier YAML",
                               "control character {0} is not allowed in a YAML file"};
inline constexpr Text kControlHint{"supprimez ce caractère invisible (souvent issu d'un copier-coller)",
                                   "delete this invisible character (often left by copy and paste)"};
inline constexpr Text kSyntaxHint{"vérifiez l'indentation et les deux-points de cette ligne et de la précédente",
                                  "check the indentation and colons of this line and the one before"};
inline constexpr Text kParserFailure{"le fichier n'a pas pu être lu comme du YAML ({0})",
                                     "the file could not be read as YAML ({0})"};
inline constexpr Text kUnclosedQuote{"syntaxe YAML : guillemet {0} ouvert ici et jamais refermé",
                                     "YAML syntax: quote {0} opened here and never closed"};
inline constexpr Text kUnclosedQuoteHint{"ajoutez le guillemet fermant à la fin de la valeur",
                                         "add the closing quote at the end of the value"};
inline constexpr Text kTab{"tabulation dans l'indentation : YAML n'accepte que des espaces",
                           "tab in indentation: YAML accepts only spaces"};
inline constexpr Text kTabHint{"remplacez les tabulations en début de ligne par des espaces",
                               "replace the tabs at the start of the line with spaces"};
inline constexpr Text kSecondDocument{"un second document YAML commence ici ; un dossier tient en un seul document",
                                      "a second YAML document starts here; a dossier is a single document"};
inline constexpr Text kSecondDocumentHint{"supprimez le « --- » ou placez chaque dossier dans son propre fichier",
                                          "remove the '---' or put each dossier in a file of its own"};
inline constexpr Text kNullDocument{"le document est vide (null) : aucune clé n'a pu être lue",
                                    "the document is empty (null): no key could be read"};
inline constexpr Text kStrayComma{"une virgule isolée en tête de document fait lire un document vide : supprimez-la",
                                  "a stray comma at the start of the document reads as an empty document: remove it"};
inline constexpr Text kTopLevel{"le niveau supérieur est {0} ; un dossier est une table de clés (clé: valeur)",
                                "the top level is {0}; a dossier is a mapping of keys (key: value)"};
inline constexpr Text kTopLevelHint{"un dossier commence par des lignes « clé: valeur » sans indentation",
                                    "a dossier starts with unindented 'key: value' lines"};
inline constexpr Text kAList{"une liste", "a list"};
inline constexpr Text kAScalar{"une valeur simple", "a single value"};
inline constexpr Text kDuplicateKey{"clé en double « {0} » (déjà définie ligne {1}, colonne {2})",
                                    "duplicate key '{0}' (already defined at line {1}, column {2})"};
inline constexpr Text kDuplicateKeyHint{"fusionnez les deux entrées : YAML n'en garderait qu'une",
                                        "merge the two entries: YAML would keep only one"};
inline constexpr Text kAlias{"alias YAML (*nom) refusé dans un dossier", "YAML alias (*name) refused in a dossier"};
inline constexpr Text kAliasHint{"recopiez la valeur : les alias rendent le dossier difficile à relire et peuvent "
                                 "exploser en taille",
                                 "write the value out: aliases make a dossier hard to review and can blow up in size"};
inline constexpr Text kTag{"étiquette YAML explicite « {0} » refusée dans un dossier",
                           "explicit YAML tag '{0}' refused in a dossier"};
inline constexpr Text kTagHint{"retirez l'étiquette ; mettez la valeur entre guillemets si c'est du texte",
                               "remove the tag; quote the value if it is text"};
inline constexpr Text kComplexKey{"clé complexe (liste ou table) : une clé doit être un simple texte",
                                  "complex key (list or mapping): a key must be plain text"};
inline constexpr Text kComplexKeyHint{"écrivez la clé comme un mot, par ex. « titre: »",
                                      "write the key as a word, e.g. 'titre:'"};
inline constexpr Text kNullKey{"clé vide ou nulle", "empty or null key"};
inline constexpr Text kNullKeyHint{"donnez un nom à cette clé, ou mettez-la entre guillemets",
                                   "give this key a name, or quote it"};
inline constexpr Text kTooDeep{"imbrication trop profonde (plus de {0} niveaux)", "nesting too deep (over {0} levels)"};
inline constexpr Text kTooDeepHint{"un dossier n'a pas besoin de plus de {0} niveaux de listes et de tables",
                                   "a dossier needs no more than {0} levels of lists and mappings"};
inline constexpr Text kNumberRange{"nombre hors limites : {0}", "number out of range: {0}"};
inline constexpr Text kNumberRangeHint{"écrivez une valeur réaliste, ou mettez-la entre guillemets si c'est un code",
                                       "write a realistic value, or quote it if it is a code"};
inline constexpr Text kColonInText{"le texte de « {0} » contient « : », que YAML lit comme une nouvelle clé",
                                   "the text of '{0}' holds ': ', which YAML reads as a new key"};
inline constexpr Text kColonInTextHint{"mettez le texte entre guillemets droits : {0}", "put the text in straight double quotes: {0}"};
inline constexpr Text kColonInLongText{"la ligne {0} contient « : » au milieu du texte de « {1} » (ligne {2}), que YAML lit comme une nouvelle clé",
                                      "line {0} holds ':' inside the text of '{1}' (line {2}), which YAML reads as a new key"};
inline constexpr Text kColonInLongTextHint{"écrivez « {0}: >- » puis chaque ligne du texte précédée de {1} espaces : le texte "
                                          "peut alors contenir « : »",
                                          "write '{0}: >-' then each line of the text after {1} spaces: the text may then "
                                          "hold ':'"};
inline constexpr Text kTextGoesOn{"la ligne {0} continue le texte de « {1} » (ligne {2}) sans être en retrait",
                                  "line {0} goes on with the text of '{1}' (line {2}) without being indented"};
inline constexpr Text kTextGoesOnHint{"pour un texte de plusieurs lignes, écrivez « {0}: >- » puis chaque ligne du texte "
                                      "précédée de {1} espaces, ou tout sur une ligne",
                                      "for a text of several lines, write '{0}: >-' then each line of the text after {1} "
                                      "spaces, or all on one line"};
inline constexpr Text kApostropheInQuotes{"l'apostrophe après « {1} » ferme les guillemets simples du texte de « {0} »",
                                         "the apostrophe after '{1}' closes the single quotes of the text of '{0}'"};
inline constexpr Text kApostropheInQuotesHint{"mettez le texte entre guillemets doubles : {0}", "put the text in double quotes: {0}"};
inline constexpr Text kQuotesEndText{"les guillemets ferment le texte de « {0} » après « {1} » : la suite de la ligne est de trop",
                                     "the quotes close the text of '{0}' after '{1}': the rest of the line is left over"};
inline constexpr Text kQuotesEndTextHint{"mettez tout le texte entre guillemets simples : {0}", "put the whole text in single quotes: {0}"};
inline constexpr Text kDashAfterKey{"« - » après « {0}: » commence une liste, qui ne peut pas suivre une clé sur la même ligne",
                                    "'-' after '{0}:' starts a list, which cannot follow a key on the same line"};
inline constexpr Text kDashAfterKeyHint{"écrivez le texte sans le tiret : {0}: {1}", "write the text without the dash: {0}: {1}"};
inline constexpr Text kNoSpaceAfterColon{"il manque une espace après « {0}: »", "a space is missing after '{0}:'"};
inline constexpr Text kNoSpaceAfterColonHint{"écrivez : {0}: {1}", "write: {0}: {1}"};
inline constexpr Text kMissingDash{"il manque sans doute un « - » au début de la ligne {0} : chaque élément de la liste commence par « - »",
                                   "a '-' is likely missing at the start of line {0}: each item of the list starts with '-'"};
inline constexpr Text kMissingDashHint{"écrivez « - {0} » ; si la ligne continue le texte du dessus, mettez-la en retrait de 2 espaces de plus",
                                       "write '- {0}'; if the line goes on with the text above, indent it by 2 more spaces"};
inline constexpr Text kCommentCuts{"« # » commence un commentaire : le texte s'arrête à « {0} » et « {1} » est perdu",
                                   "'#' starts a comment: the text ends at '{0}' and '{1}' is lost"};
inline constexpr Text kCommentCutsHint{"si « # » fait partie du texte, mettez-le entre guillemets : {0}",
                                       "if '#' belongs to the text, quote it: {0}"};
inline constexpr Text kCurlyQuotes{"« {0} » est entre guillemets typographiques, qui font partie du texte : ce ne sont pas des guillemets YAML",
                                   "'{0}' is between typographic quotes, which are part of the text: they are not YAML quotes"};
// The hints' {1}: the text between the quotes ({0}: the value with them).
inline constexpr Text kCurlyQuotesHint{"remplacez-les par des guillemets droits : \"{1}\"", "use straight quotes instead: \"{1}\""};
inline constexpr Text kCurlyNumberHint{"pour un texte (un département, un code postal) : \"{1}\" ; pour un nombre : {1}",
                                       "for a text (a département, a postcode): \"{1}\"; for a number: {1}"};
inline constexpr Text kFlowComma{"une virgule coupe le texte de « {0} » : « {1} » y devient une clé",
                                 "a comma cuts the text of '{0}': '{1}' becomes a key there"};
inline constexpr Text kFlowCommaHint{"dans des accolades {{ }}, mettez le texte entre guillemets : {0}: \"{1}\"",
                                     "inside braces {{ }}, quote the text: {0}: \"{1}\""};
inline constexpr Text kDuplicateInItemHint{"il manque sans doute un « - » devant la ligne {0} : chaque élément de la liste commence par « - »",
                                           "a '-' is likely missing before line {0}: each item of the list starts with '-'"};
} // namespace msg

} // namespace sieg::yaml
