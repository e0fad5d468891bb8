// Texts of the schema diagnostics (SIEG-S0xx), in French and English.
#pragma once
#include "i18n/lang.hpp"

namespace sieg::schema::msg {
using i18n::Text;

inline constexpr Text kRoot{"(racine)", "(top level)"};
inline constexpr Text kType{"{0} : attendu {1}, trouvé {2}", "{0}: expected {1}, found {2}"};
inline constexpr Text kOr{" ou ", " or "};
inline constexpr Text kRequired{"champ obligatoire manquant : {0}", "missing required field: {0}"};
inline constexpr Text kRequiredHint{"ajoutez la ligne « {0}: … »", "add the line '{0}: …'"};
inline constexpr Text kUnknownKey{"clé inconnue « {0} » dans {1}", "unknown key '{0}' in {1}"};
inline constexpr Text kDidYouMean{"vouliez-vous dire « {0} » ?", "did you mean '{0}'?"};
inline constexpr Text kAllowedKeys{"clés permises ici : {0}", "keys allowed here: {0}"};
inline constexpr Text kEnum{"{0} : valeur {1} non permise (valeurs permises : {2})",
                            "{0}: value {1} is not allowed (allowed values: {2})"};
inline constexpr Text kConst{"{0} : la valeur doit être {1}, trouvé {2}", "{0}: the value must be {1}, found {2}"};
inline constexpr Text kMinLength{"{0} : texte trop court ({1} caractères ; au moins {2})",
                                 "{0}: text too short ({1} characters; at least {2})"};
inline constexpr Text kMaxLength{"{0} : texte trop long ({1} caractères ; au plus {2})",
                                 "{0}: text too long ({1} characters; at most {2})"};
inline constexpr Text kPattern{"{0} : {1} n'a pas la forme attendue (motif {2})",
                               "{0}: {1} does not have the expected form (pattern {2})"};
inline constexpr Text kPatternHinted{"{0} : {1} n'a pas la forme attendue", "{0}: {1} does not have the expected form"};
inline constexpr Text kPatternTooLong{"{0} : texte trop long pour vérifier sa forme ({1} octets)",
                                      "{0}: text too long to check its form ({1} bytes)"};
inline constexpr Text kDate{"{0} : date invalide {1} (attendu AAAA-MM-JJ, un jour qui existe)",
                            "{0}: invalid date {1} (expected YYYY-MM-DD, a day that exists)"};
inline constexpr Text kEmail{"{0} : adresse électronique invalide {1}", "{0}: invalid e-mail address {1}"};
inline constexpr Text kMinimum{"{0} : {1} est inférieur au minimum {2}", "{0}: {1} is less than the minimum {2}"};
inline constexpr Text kExclusiveMinimum{"{0} : {1} doit être strictement supérieur à {2}",
                                        "{0}: {1} must be greater than {2}"};
inline constexpr Text kMaximum{"{0} : {1} dépasse le maximum {2}", "{0}: {1} is over the maximum {2}"};
inline constexpr Text kExclusiveMaximum{"{0} : {1} doit être strictement inférieur à {2}",
                                        "{0}: {1} must be less than {2}"};
inline constexpr Text kMultipleOf{"{0} : {1} n'est pas un multiple de {2}", "{0}: {1} is not a multiple of {2}"};
inline constexpr Text kDecimals{"{0} : {1} est écrit avec {2} décimales, {3} au plus",
                                "{0}: {1} is written with {2} decimals, at most {3}"};
inline constexpr Text kHintThousands{"point des milliers ? écrivez {0}", "a thousands dot? write {0}"};
inline constexpr Text kMinItems{"{0} : {1} élément(s), au moins {2} attendu(s)",
                                "{0}: {1} item(s), at least {2} expected"};
inline constexpr Text kMaxItems{"{0} : {1} éléments, au plus {2} permis", "{0}: {1} items, at most {2} allowed"};
inline constexpr Text kUnique{"{0} : l'élément n°{1} répète l'élément n°{2}", "{0}: item {1} repeats item {2}"};
inline constexpr Text kContains{"{0} : aucun élément ne convient", "{0}: no item fits"};
inline constexpr Text kMinProperties{"{0} : {1} clé(s), au moins {2} attendue(s)",
                                     "{0}: {1} key(s), at least {2} expected"};
inline constexpr Text kMaxProperties{"{0} : {1} clés, au plus {2} permises", "{0}: {1} keys, at most {2} allowed"};
inline constexpr Text kDependency{"{0} : « {1} » demande aussi « {2} »", "{0}: '{1}' also requires '{2}'"};
inline constexpr Text kAnyOf{"{0} : la valeur ne correspond à aucune des formes permises",
                             "{0}: the value matches none of the allowed forms"};
inline constexpr Text kOneOfMany{"{0} : la valeur correspond à plusieurs formes exclusives ({1})",
                                 "{0}: the value matches several exclusive forms ({1})"};
inline constexpr Text kNot{"{0} : cette valeur est exclue ici", "{0}: this value is excluded here"};
inline constexpr Text kFalse{"{0} : aucune valeur n'est permise ici", "{0}: no value is allowed here"};
inline constexpr Text kPropertyName{"{0} : nom de clé « {1} » non permis", "{0}: key name '{1}' is not allowed"};
inline constexpr Text kTooDeep{"{0} : validation trop profonde (schéma récursif ?)",
                               "{0}: validation too deep (recursive schema?)"};
inline constexpr Text kClosestForm{"la forme la plus proche échoue ainsi : {0}", "the closest form fails with: {0}"};

// Type names: what was expected, what was found.
inline constexpr Text kExpNull{"une valeur vide (null)", "an empty value (null)"};
inline constexpr Text kExpBool{"un booléen (true ou false)", "a boolean (true or false)"};
inline constexpr Text kExpObject{"une table de clés", "a mapping of keys"};
inline constexpr Text kExpArray{"une liste", "a list"};
inline constexpr Text kExpNumber{"un nombre", "a number"};
inline constexpr Text kExpString{"un texte", "a text"};
inline constexpr Text kExpInteger{"un nombre entier", "an integer"};
inline constexpr Text kFoundNull{"une valeur vide", "an empty value"};
inline constexpr Text kFoundBool{"le booléen {0}", "the boolean {0}"};
inline constexpr Text kFoundObject{"une table de clés", "a mapping of keys"};
inline constexpr Text kFoundArray{"une liste", "a list"};
inline constexpr Text kFoundNumber{"le nombre {0}", "the number {0}"};
inline constexpr Text kFoundString{"le texte {0}", "the text {0}"};

// Hints for type errors.
inline constexpr Text kHintQuote{"mettez la valeur entre guillemets : \"{0}\"", "quote the value: \"{0}\""};
inline constexpr Text kHintUnquote{"retirez les guillemets : {0}", "remove the quotes: {0}"};
inline constexpr Text kHintEmpty{"la valeur est vide : écrivez-la après les deux-points",
                                 "the value is empty: write it after the colon"};
inline constexpr Text kHintEmptyItem{"l'élément est vide : écrivez-le après le tiret, ou retirez la ligne « - »",
                                     "the item is empty: write it after the dash, or remove the line '-'"};
inline constexpr Text kHintDigits{"écrivez le nombre en chiffres, sans espace ni symbole : {0}",
                                  "write the number in digits, without spaces or symbols: {0}"};
inline constexpr Text kHintDecimalPoint{"utilisez un point comme séparateur décimal : {0}",
                                        "use a point as the decimal separator: {0}"};
inline constexpr Text kHintLeadingZero{"écrivez le nombre sans zéro initial : {0}",
                                       "write the number without a leading zero: {0}"};
inline constexpr Text kHintWholeNumber{"écrivez l'entier en chiffres : {0}", "write the integer in digits: {0}"};
inline constexpr Text kHintNotWhole{"un nombre entier est attendu, sans décimales",
                                    "an integer is expected, without decimals"};
inline constexpr Text kHintBool{"écrivez true (oui) ou false (non)", "write true or false"};
inline constexpr Text kHintList{"une liste s'écrit avec un tiret « - » au début de chaque élément",
                                "a list is written with a dash '-' before each item"};

} // namespace sieg::schema::msg
