// Messages about decision files (French, English).
#pragma once
#include "i18n/lang.hpp"

namespace sieg::decision::msg {

using i18n::Text;

inline constexpr Text kOtherDossier{"cette décision porte sur le dossier « {0} », mais elle est dans le dossier d'évaluations de « {1} »",
                                    "this decision is about dossier '{0}', but it stands in the reviews folder of '{1}'"};
inline constexpr Text kOtherDossierHint{"écrivez « dossier: {1} », ou déplacez le fichier dans le dossier d'évaluations de « {0} »",
                                        "write 'dossier: {1}', or move the file to the reviews folder of '{0}'"};
inline constexpr Text kNoAmount{"dossier retenu sans montant accordé",
                                "dossier retained without an amount granted"};
inline constexpr Text kNoAmountHint{"ajoutez « montant_accorde: » et l'aide attribuée en euros",
                                    "add 'montant_accorde:' and the aid granted in euros"};
inline constexpr Text kAmountNotRetained{"montant accordé ({0}) pour un dossier {1} : seul un dossier retenu reçoit une aide",
                                         "amount granted ({0}) for a dossier {1}: only a retained dossier receives aid"};
inline constexpr Text kAmountNotRetainedHint{"retirez montant_accorde, ou écrivez « decision: retenu »",
                                             "remove montant_accorde, or write 'decision: retenu'"};
inline constexpr Text kOverCap{"montant accordé ({0}) au-dessus du plafond de l'aide ({1}) — {2}",
                               "amount granted ({0}) above the aid's cap ({1}) — {2}"};
inline constexpr Text kOverCapHint{"ramenez montant_accorde à {0} au plus", "bring montant_accorde down to {0} at most"};
inline constexpr Text kOverRequest{"montant accordé ({0}) au-dessus de l'aide demandée par le porteur ({1})",
                                   "amount granted ({0}) above the aid the carrier asked for ({1})"};
inline constexpr Text kOverRequestHint{"vérifiez le montant, ou budget.aide_demandee dans le dossier",
                                       "check the amount, or budget.aide_demandee in the dossier"};
inline constexpr Text kIneligible{"dossier retenu alors qu'il n'est pas éligible : {0}",
                                  "dossier retained although it is not eligible: {0}"};
inline constexpr Text kIneligibleHint{"vérifiez la décision ; si une règle de l'appel ne s'applique pas à ce dossier, dites-le dans sieg.toml ([[off]], avec la raison)",
                                      "check the decision; if a rule of the call does not apply to this dossier, say so in sieg.toml ([[off]], with the reason)"};
inline constexpr Text kPending{"décision pas encore prise : le dossier compte comme sans décision",
                               "decision not taken yet: the dossier counts as undecided"};
inline constexpr Text kPendingHint{"écrivez la décision (retenu, ajourne ou refuse), ses motifs, et le montant accordé s'il est retenu",
                                   "write the decision (retenu, ajourne or refuse), its reasons, and the amount granted when retained"};
inline constexpr Text kOverEnvelope{"les aides accordées ({0}) dépassent l'enveloppe de l'appel ({1}) de {2}",
                                    "the aid granted ({0}) exceeds the call's envelope ({1}) by {2}"};
inline constexpr Text kOverEnvelopeHint{"revoyez les montants accordés, ou l'enveloppe (envelope dans sieg.toml)",
                                        "revise the amounts granted, or the envelope (envelope in sieg.toml)"};

} // namespace sieg::decision::msg
