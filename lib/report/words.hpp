// The words of reports in both languages, and figures as reports show them.
#pragma once
#include <string>

#include "i18n/lang.hpp"
#include "report/report.hpp"
#include "values/percent.hpp"
#include "values/rational.hpp"

namespace sieg::report::words {

using i18n::Text;

inline constexpr Text kReport{"Rapport de dossier", "Dossier report"};
inline constexpr Text kDossier{"Dossier", "Dossier"};
inline constexpr Text kCall{"Appel", "Call"};
inline constexpr Text kDeposited{"déposé le", "submitted on"};
inline constexpr Text kEligible{"Éligible", "Eligible"};
inline constexpr Text kIneligible{"Non éligible", "Not eligible"};
inline constexpr Text kRedactedNote{"Données personnelles masquées (contacts, adresses, évaluateurs et leurs organisations).",
                                    "Personal data redacted (contacts, addresses, reviewers and their organisations)."};
inline constexpr Text kPartners{"Partenaires", "Partners"};
inline constexpr Text kName{"Nom", "Name"};
inline constexpr Text kNature{"Nature", "Nature"};
inline constexpr Text kRole{"Rôle", "Role"};
inline constexpr Text kDepartement{"Département", "Département"};
inline constexpr Text kNoPartner{"Aucun partenaire déclaré.", "No partner declared."};
inline constexpr Text kBudget{"Budget", "Budget"};
inline constexpr Text kExpenses{"Dépenses", "Expenses"};
inline constexpr Text kResources{"Ressources", "Resources"};
inline constexpr Text kLabel{"Libellé", "Label"};
inline constexpr Text kCategory{"Catégorie", "Category"};
inline constexpr Text kFunder{"Financeur", "Funder"};
inline constexpr Text kStatus{"Statut", "Status"};
inline constexpr Text kAmount{"Montant", "Amount"};
inline constexpr Text kTotal{"Total", "Total"};
inline constexpr Text kBalance{"Solde (ressources − dépenses)", "Balance (resources − expenses)"};
inline constexpr Text kAid{"Aide demandée", "Aid requested"};
inline constexpr Text kCap{"plafond de l'appel", "the call's cap"};
inline constexpr Text kNoCap{"l'appel ne fixe pas de plafond", "the call sets no cap"};
inline constexpr Text kOverCap{"au-dessus du plafond", "above the cap"};
inline constexpr Text kSchedule{"Échéancier de versement", "Payment schedule"};
inline constexpr Text kShare{"Part", "Share"};
inline constexpr Text kWhen{"Versé", "Paid"};
inline constexpr Text kEligibility{"Éligibilité", "Eligibility"};
inline constexpr Text kRule{"Règle", "Rule"};
inline constexpr Text kStatement{"Énoncé", "Statement"};
inline constexpr Text kResult{"Résultat", "Result"};
inline constexpr Text kSource{"Source", "Source"};
inline constexpr Text kPassed{"satisfaite", "passed"};
inline constexpr Text kFailed{"non satisfaite", "failed"};
inline constexpr Text kWarning{"avertissement", "warning"};
inline constexpr Text kInfo{"à noter", "to note"};
inline constexpr Text kNotApplicable{"sans objet", "not applicable"};
inline constexpr Text kSansObjet{"Sans objet", "Not applicable"};
inline constexpr Text kContact{"Contact", "Contact"};
inline constexpr Text kOff{"désactivée (sieg.toml)", "turned off (sieg.toml)"};
inline constexpr Text kScores{"Notation", "Scores"};
inline constexpr Text kNoGrid{"L'appel n'a pas de grille de notation.", "The call has no scoring grid."};
inline constexpr Text kNoScore{"Pas de note : ni évaluation du jury ni auto-évaluation complète.",
                               "No score: neither jury reviews nor a complete self-assessment."};
inline constexpr Text kReviewErrors{"Une évaluation du jury contient des erreurs : pas de note du jury (voir sieg check).",
                                    "A jury review has errors: no jury score (see sieg check)."};
inline constexpr Text kReviewsToFill{"{0} évaluation(s) du jury à remplir : pas encore de note du jury.",
                                     "{0} jury review(s) to fill in: no jury score yet."};
inline constexpr Text kReviewsToFillSelf{"{0} évaluation(s) du jury à remplir : pas encore de note du jury ; la note ci-dessous est l'auto-évaluation du porteur.",
                                         "{0} jury review(s) to fill in: no jury score yet; the score below is the carrier's self-assessment."};
inline constexpr Text kReviewsStillToFill{"{0} évaluation(s) du jury encore à remplir : la note est celle des évaluations reçues.",
                                          "{0} jury review(s) still to fill in: the score is the received reviews'."};
inline constexpr Text kReviewers{"Évaluateurs", "Reviewers"};
inline constexpr Text kOrganisation{"Organisation", "Organisation"};
inline constexpr Text kOpinion{"Avis", "Opinion"};
inline constexpr Text kKept{"prise en compte", "counted"};
inline constexpr Text kDeclaredConflict{"écarté : conflit d'intérêts déclaré", "left out: declared conflict of interest"};
inline constexpr Text kFoundConflict{"écarté : son organisation est « {0} »", "left out: their organisation is '{0}'"};
inline constexpr Text kMarker{"Repère", "Marker"};
inline constexpr Text kSelf{"Auto-éval.", "Self"};
inline constexpr Text kSelfLong{"Auto-évaluation", "Self-assessment"};
inline constexpr Text kJuryMean{"Moyenne du jury", "Jury mean"};
inline constexpr Text kJuryMedian{"Médiane du jury", "Jury median"};
inline constexpr Text kLevel{"Niveau", "Level"};
inline constexpr Text kDescriptor{"Descripteur atteint", "Descriptor reached"};
inline constexpr Text kWeight{"Poids", "Weight"};
inline constexpr Text kPoints{"Points", "Points"};
inline constexpr Text kDisagreement{"désaccord (écart de {0})", "disagreement (spread {0})"};
inline constexpr Text kComments{"Commentaires", "Comments"};
inline constexpr Text kCriteria{"Critères d'appréciation", "Appraisal criteria"};
inline constexpr Text kNoOpinion{"pas d'avis", "no opinion"};
inline constexpr Text kSiegLevels{"* Niveaux rédigés par sieg, pas par la Région : le texte de l'appel nomme ce repère sans en décrire les niveaux (sieg grids show {0}).",
                                  "* Levels written by sieg, not by the Region: the call's text names this marker without describing its levels (sieg grids show {0})."};
inline constexpr Text kDimensions{"Sous-totaux par dimension", "Subtotals by dimension"};
inline constexpr Text kMarkerPoints{"Points par repère", "Points by marker"};
inline constexpr Text kThresholds{"Seuils", "Thresholds"};
inline constexpr Text kMinTotal{"total d'au moins {0} % du maximum", "total at least {0}% of the maximum"};
inline constexpr Text kMinLevel{"chaque repère au niveau {0} au moins", "every marker at level {0} or more"};
inline constexpr Text kEliminatory{"repères éliminatoires au niveau {0} au moins", "eliminatory markers at level {0} or more"};
inline constexpr Text kMet{"atteint", "met"};
inline constexpr Text kNotMet{"non atteint", "not met"};
inline constexpr Text kHistory{"Évaluation dynamique (historique des auto-évaluations)",
                               "Dynamic evaluation (self-assessment history)"};
inline constexpr Text kNoHistory{"Aucune auto-évaluation.", "No self-assessment."};
inline constexpr Text kRadar{"Radar des repères", "Markers radar"};
inline constexpr Text kGenerated{"Rapport produit par sieg à partir de « {0} ».", "Report made by sieg from '{0}'."};
inline constexpr Text kGeneratedSite{"Produit par sieg à partir des dossiers et des évaluations du dépôt.",
                                     "Made by sieg from the repository's dossiers and reviews."};
inline constexpr Text kBack{"← Classement", "← Ranking"};
inline constexpr Text kRanking{"Classement", "Ranking"};
inline constexpr Text kRank{"Rang", "Rank"};
inline constexpr Text kIneligibleDossiers{"Dossiers non éligibles", "Ineligible dossiers"};
inline constexpr Text kFailingRule{"Règle non satisfaite", "Failing rule"};
inline constexpr Text kSelfRanked{"Classés à part, sur l'auto-évaluation seule (aucune évaluation du jury retenue)",
                                  "Ranked apart, on the self-assessment alone (no jury review kept)"};
inline constexpr Text kUnscored{"Dossiers éligibles sans note", "Eligible dossiers without a score"};
inline constexpr Text kNotReported{"Fichiers non présentés (pas des dossiers valides)", "Files left out (not valid dossiers)"};
inline constexpr Text kProblem{"Problème", "Problem"};
inline constexpr Text kGrid{"Grille", "Grid"};

// The text in the language, as a std::string (i18n::pick gives a const char*).
inline std::string say(const Text& t, i18n::Lang l) { return i18n::pick(t, l); }
// " : " in French typography, ": " in English.
inline const char* colon(i18n::Lang l) { return l == i18n::Lang::Fr ? "\u00a0: " : ": "; }
// "70 %" / "70%".
inline std::string pct(int v, i18n::Lang l) { return values::with_percent(std::to_string(v), l); }
std::string money(std::int64_t cents, i18n::Lang lang);
std::string number(values::Rational r, i18n::Lang lang);  // two decimals
std::string status(Status s, i18n::Lang lang);
const char* status_id(Status s);  // passed | failed | warning | not_applicable | off
std::string percent(const score::Result& r, i18n::Lang lang);  // "70,4 %" / "70.4%"
std::string threshold(const score::ThresholdResult& t, i18n::Lang lang);
std::string juror_status(const score::Juror& j, i18n::Lang lang);
std::string opinion(const std::string& id, i18n::Lang lang);  // favorable -> « favorable »
// The level a juror's column shows: "2", "—" when missing, "(2)" when the juror is left out.
std::string juror_level(const std::optional<int>& level, bool excluded);
// The aggregate's name: "Moyenne du jury" / "Jury median"...
std::string aggregate_name(const score::Result& r, i18n::Lang lang);

} // namespace sieg::report::words
