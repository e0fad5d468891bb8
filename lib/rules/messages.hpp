// Texts of the eligibility findings: the detail after a rule's own statement.
#pragma once
#include "i18n/lang.hpp"

namespace sieg::rules::msg {
using i18n::Text;

inline constexpr Text kSourceHint{"source : {0} ; détails : sieg explain {1}", "source: {0}; details: sieg explain {1}"};
// With the rule's « what to do » (the call file's `fix`) first.
inline constexpr Text kFixSourceHint{"{2} — source : {0} ; détails : sieg explain {1}", "{2} — source: {0}; details: sieg explain {1}"};
inline constexpr Text kMissingOrEmpty{"{0} manquant ou vide", "{0} is missing or empty"};
inline constexpr Text kTooFew{"{0} compte {1} élément(s), au moins {2} attendu(s)", "{0} has {1} item(s), at least {2} expected"};
inline constexpr Text kNotAllowed{"{0} vaut {1} ; valeurs admises : {2}", "{0} is {1}; values accepted: {2}"};
inline constexpr Text kNotAmong{"{0} vaut {1}, hors de : {2}", "{0} is {1}, not among: {2}"};
inline constexpr Text kDiscouraged{"{0} vaut {1}", "{0} is {1}"};
inline constexpr Text kNoneOf{"aucune valeur de {0} parmi : {1}", "no value of {0} among: {1}"};
inline constexpr Text kOverMax{"{0} vaut {1}, au-delà de {2}", "{0} is {1}, over {2}"};
inline constexpr Text kShortText{"{0} compte {1} caractères, au moins {2} attendus", "{0} has {1} characters, at least {2} expected"};
inline constexpr Text kLongText{"{0} compte {1} caractères, au plus {2} conseillés", "{0} has {1} characters, at most {2} advised"};
inline constexpr Text kMustBeTrue{"{0} doit valoir true", "{0} must be true"};
inline constexpr Text kMustNotBeTrue{"{0} vaut true", "{0} is true"};
inline constexpr Text kNoneInRegion{"{0} : aucun des départements donnés ({1}) n'est en {2} ({3})",
                                    "{0}: none of the départements given ({1}) is in {2} ({3})"};
inline constexpr Text kNoneFilled{"aucune de ces réponses n'est donnée : {0}", "none of these answers is given: {0}"};
inline constexpr Text kOutOfRegion{"{0} : le département {1} n'est pas en {2} ({3})", "{0}: département {1} is not in {2} ({3})"};
inline constexpr Text kAfterDeadline{"date de référence {0}, après la date limite du {1}", "reference date {0}, after the deadline of {1}"};
inline constexpr Text kPeriodEnds{"la période du {0} au {1} finit après le {2}", "the period from {0} to {1} ends after {2}"};
inline constexpr Text kStepOrder{"l'étape {0} commence le {1}, après sa fin le {2}", "step {0} starts on {1}, after its end on {2}"};
inline constexpr Text kStepOutside{"l'étape {0} ({1} – {2}) sort de la période du projet ({3} – {4})",
                                   "step {0} ({1} – {2}) lies outside the project period ({3} – {4})"};
inline constexpr Text kStepTooLate{"l'étape {0} finit le {1}, après le {2} ({3} mois après le démarrage)",
                                   "step {0} ends on {1}, after {2} ({3} months after the start)"};
inline constexpr Text kTooRecent{"{0} vaut {1} : {2} an(s) avant {3}, au moins {4} attendu(s)",
                                 "{0} is {1}: {2} year(s) before {3}, at least {4} expected"};
inline constexpr Text kTotalOutOfRange{"le total {0} sort des montants que sieg compte exactement",
                                      "the total {0} is beyond the amounts sieg counts exactly"};
inline constexpr Text kUnbalanced{"total {0} {1} ≠ total {2} {3} (écart {4})", "total {0} {1} ≠ total {2} {3} (difference {4})"};
inline constexpr Text kAidOverEligible{"aide demandée {0}, au-delà des dépenses qu'elle peut payer ({1}) ; hors de ce total : {2}",
                                      "aid requested {0}, over the expenses it may pay for ({1}); outside that total: {2}"};
inline constexpr Text kFinalLate{"remis le {0}, après le {1} ({3} mois avant la fin de la convention, le {2})",
                                 "handed in on {0}, after {1} ({3} month(s) before the agreement ends on {2})"};
inline constexpr Text kDuplicate{"{0} figure déjà (élément n°{1})", "{0} appears already (item {1})"};
inline constexpr Text kDuplicateConflict{"{0} figure déjà (élément n°{1}), avec un autre champ {2} : {3} puis {4}",
                                         "{0} appears already (item {1}), with another {2}: {3} then {4}"};

} // namespace sieg::rules::msg
