# The final document (SIEG Picardie, « Résultats attendus »): sieg new --final prints its questions to
# add to an existing dossier (never writes to it); filled in late, it is an error.
$ sieg new --final examples/picardie-pole-cooperation.yaml | grep -v '^ *#'
bilan_final:
  date_remise:
  date_fin_convention:
  conclusions_evaluation_dynamique:
  mesure_impact_social:
  conditions_deploiement:
$ sieg new --final nope.yaml
sieg: error: nope.yaml: no such dossier (--final completes an existing dossier)
[2]
$ cd "$TMPDIR" && { cat "$OLDPWD/examples/picardie-pole-cooperation.yaml"; sieg new --final "$OLDPWD/examples/picardie-pole-cooperation.yaml" | sed 's/date_remise:/date_remise: 2020-12-20/; s/date_fin_convention:/date_fin_convention: 2020-12-31/; s/conclusions_evaluation_dynamique:/conclusions_evaluation_dynamique: Marqueurs suivis chaque trimestre./; s/mesure_impact_social:/mesure_impact_social: Vingt emplois créés./; s/conditions_deploiement:/conditions_deploiement: Un pôle par bassin d emploi./'; } > fin.yaml && sieg validate --no-config fin.yaml
fin.yaml:111:16: error[SIEG-E035]: The final document is handed in one month before the agreement ends: handed in on 2020-12-20, after 2020-11-30 (1 month(s) before the agreement ends on 2020-12-31)
  = help: Check bilan_final.date_remise and bilan_final.date_fin_convention — source: SIEG Picardie, part 3, « Résultats attendus » (« Ce document devra être remis à la Région un mois avant la date de caducité de la convention »); details: sieg explain SIEG-E035
1 file checked: 1 error, 0 warnings
[1]
# sieg explain answers in a holder's words; --verbose adds the rule's mechanics.
$ sieg explain E045 --lang fr
SIEG-E045 — L'aide demandée ne dépasse pas les dépenses qu'elle peut payer

AMI Innovation sociale 2015 — Région Aquitaine — erreur (le dossier est écarté)
  Ce que cela veut dire : L'aide ne paie que les dépenses éligibles (§4) faites dans les 12 mois consécutifs qui suivent le démarrage (§7). L'aide demandée ne peut pas dépasser leur total : une dépense d'une autre catégorie, ou datée après ces 12 mois, n'y compte pas.
  Que faire : Réduisez budget.aide_demandee au total des dépenses éligibles de la période, ou complétez ces dépenses.
  Texte : AMI Aquitaine 2015, §4 Dépenses éligibles et §7 (« L'aide du Conseil régional s'applique à des dépenses effectuées pendant une période maximale de 12 mois consécutifs »)

(--verbose : le type de règle, ses paramètres et sa place dans le fichier d'appel)
$ sieg explain E009 -v | tail -3
  rule kind: none_of (the value, when present, is not among 'values')
  parameters: path = porteur.statut; values = [personne_physique, fondation, autre]
  defined in: calls/aquitaine-2015.toml:200
# A review's opinion on a criterion the call does not have is an error (SIEG-R008).
$ cd "$TMPDIR" && mkdir -p crit/evaluations/aquitaine-micro-creche && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" crit/ && sed 's/^avis: /criteres:\n  adequation_objectifs: "Au cœur de l'"'"'AMI."\n  critere_invente: "?"\navis: /' "$OLDPWD/examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml" > crit/evaluations/aquitaine-micro-creche/h.yaml && cd crit && sieg validate --no-config evaluations/aquitaine-micro-creche/h.yaml
evaluations/aquitaine-micro-creche/h.yaml:24:3: error[SIEG-R008]: criterion 'critere_invente' is not one of call aquitaine-2015's: this opinion would be shown nowhere
  = help: the call's criteria: adequation_objectifs, qualite_partenariats, presentation_action, processus_methodologie, perspectives_developpement, modalites_evaluation, qualite_presentation, destination_aide, collaboration_recherche, modele_reproductible, processus_partenarial, besoins_territoire, implication_publics, resultats_attendus, impacts (sieg calls show CALL)
1 file checked: 1 error, 0 warnings
[1]
