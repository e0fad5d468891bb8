// Texts of the scoring diagnostics (SIEG-R0xx).
#pragma once
#include "i18n/lang.hpp"

namespace sieg::score::msg {
using i18n::Text;

inline constexpr Text kMissingMarker{"repère « {0} » ({1}) absent de l'évaluation : chaque repère de la grille doit être noté",
                                     "marker '{0}' ({1}) is missing from the review: every marker of the grid must be scored"};
inline constexpr Text kMissingSelf{"repère « {0} » ({1}) absent de l'auto-évaluation du {2}",
                                   "marker '{0}' ({1}) is missing from the self-assessment of {2}"};
inline constexpr Text kUnknownMarker{"repère « {0} » inconnu dans la grille {1}", "unknown marker '{0}' in grid {1}"};
inline constexpr Text kDidYouMean{"vouliez-vous dire « {0} » ?", "did you mean '{0}'?"};
inline constexpr Text kMarkersHint{"repères de la grille : sieg grids show {0}", "the grid's markers: sieg grids show {0}"};
inline constexpr Text kLevelOutOfScale{"niveau {0} hors de l'échelle de la grille {1} ({3} à {2})",
                                       "level {0} is outside the scale of grid {1} ({3} to {2})"};
inline constexpr Text kOtherDossier{"cette évaluation porte sur le dossier « {0} », pas sur « {1} »",
                                    "this review is of dossier '{0}', not '{1}'"};
inline constexpr Text kOtherGrid{"grille « {0} » : le dossier est noté sur la grille « {1} »",
                                 "grid '{0}': the dossier is scored on grid '{1}'"};
inline constexpr Text kTwice{"{0} a déjà évalué ce dossier ({1})", "{0} has already reviewed this dossier ({1})"};
inline constexpr Text kDeclared{"{0} déclare un conflit d'intérêts : évaluation écartée de la note du jury",
                                "{0} declares a conflict of interest: review left out of the jury's score"};
inline constexpr Text kDetected{"conflit d'intérêts : l'organisation {3} ({1}) est {2} du dossier ; évaluation écartée",
                                "conflict of interest: {0}'s organisation ({1}) is {2} of the dossier; review left out"};
inline constexpr Text kPossibleConflict{
    "conflit d'intérêts possible : l'organisation {4} ({1}) ressemble {2} du dossier ({3}) ; évaluation gardée, à vérifier",
    "possible conflict of interest: {0}'s organisation ({1}) resembles {2} of the dossier ({3}); review kept, to be checked"};
inline constexpr Text kUniform{"notation uniforme : {0} donne le niveau {1} aux {2} repères ; à discuter en jury",
                                "uniform scoring: {0} gives level {1} to all {2} markers; to discuss at the jury's meeting"};
inline constexpr Text kBareExtreme{"niveau extrême sans commentaire : {0} donne {4} ou {1} sans dire pourquoi à {2} repère(s) ({3}) ; un commentaire aide le jury à en discuter",
                                    "extreme level without a comment: {0} gives {4} or {1} without saying why on {2} marker(s) ({3}); a comment helps the jury discuss it"};
inline constexpr Text kTheCarrier{"le porteur", "the carrier"};
inline constexpr Text kAPartner{"un partenaire", "a partner"};
// The same roles after « ressemble » (« au porteur », « à un partenaire »).
inline constexpr Text kToTheCarrier{"au porteur", "the carrier"};
inline constexpr Text kToAPartner{"à un partenaire", "a partner"};
inline constexpr Text kDisagreement{"désaccord sur « {0} » : niveaux de {1} à {2} ({3})",
                                    "disagreement on '{0}': levels from {1} to {2} ({3})"};
inline constexpr Text kAllExcluded{"toutes les évaluations sont écartées : note tirée de l'auto-évaluation",
                                   "every review is left out: scored from the self-assessment"};
inline constexpr Text kNothing{"ni évaluation du jury ni auto-évaluation : rien à noter",
                               "neither jury reviews nor a self-assessment: nothing to score"};
inline constexpr Text kNothingHint{"ajoutez une auto-évaluation (clé auto_evaluation) ou des évaluations dans {0}",
                                   "add a self-assessment (key auto_evaluation) or reviews in {0}"};

} // namespace sieg::score::msg
