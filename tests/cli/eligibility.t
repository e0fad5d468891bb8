# Eligibility: a well-formed dossier that breaks its call's rules. Errors make it ineligible (exit 1).
$ sieg --lang fr validate examples/ineligible/aquitaine-hors-criteres.yaml
examples/ineligible/aquitaine-hors-criteres.yaml:3:1: info[SIEG-E036]: Annexe B : le besoin mal ou peu satisfait auquel le projet répond est décrit : « Besoins non satisfaits » (besoins.description) manquant ou vide
  = aide : Décrivez dans besoins.description le besoin, et dans besoins.diagnostic qui l'a constaté — source : Annexe B « action d'innovation sociale » (« Un projet innovant socialement est un projet qui : répond à un besoin mal ou peu satisfait ») ; détails : sieg explain SIEG-E036
examples/ineligible/aquitaine-hors-criteres.yaml:3:1: info[SIEG-E037]: Annexe B : le dossier dit si le partenariat est inédit : « Partenariat inédit » (innovation.partenariat_inedit) manquant ou vide
  = aide : Répondez dans innovation.partenariat_inedit — source : Annexe B « action d'innovation sociale » (« génère des partenariats inédits ») ; détails : sieg explain SIEG-E037
examples/ineligible/aquitaine-hors-criteres.yaml:3:1: info[SIEG-E038]: Annexe B : le dossier dit quelles pratiques plus collaboratives il met en place : « Pratiques collaboratives » (innovation.pratiques_collaboratives) manquant ou vide
  = aide : Répondez dans innovation.pratiques_collaboratives — source : Annexe B « action d'innovation sociale » (« permet de développer de nouvelles pratiques professionnelles, plus collaboratives ») ; détails : sieg explain SIEG-E038
examples/ineligible/aquitaine-hors-criteres.yaml:3:1: info[SIEG-E039]: Annexe B : le dossier dit quel enjeu global il prend en compte : « Enjeux globaux » (innovation.enjeux_globaux) manquant ou vide
  = aide : Répondez dans innovation.enjeux_globaux — source : Annexe B « action d'innovation sociale » (« prend en compte un enjeu plus global, au-delà des frontières de son propre terrain d'action ») ; détails : sieg explain SIEG-E039
examples/ineligible/aquitaine-hors-criteres.yaml:12:30: error[SIEG-E004]: L'action se situe avant toute commercialisation : « Commercialisation engagée » (action.commercialisation_engagee) vaut true
  = aide : Si la commercialisation a commencé, l'action ne relève pas de cet AMI ; sinon écrivez commercialisation_engagee: false — source : AMI Aquitaine 2015, §2 (« elle doit se situer en amont de la commercialisation » ; « La mise sur le marché des résultats du projet ne peut faire l'objet d'un soutien ») ; détails : sieg explain SIEG-E004
examples/ineligible/aquitaine-hors-criteres.yaml:21:26: error[SIEG-E007]: Les bénéficiaires finaux sont dans la région : « Département » (action.territoire.departements[]) : le département « 31 » n'est pas en Aquitaine (24, 33, 40, 47, 64)
  = aide : Listez sous action.territoire.departements les départements où vivent les bénéficiaires — source : AMI Aquitaine 2015, §2 (« Le porteur de l'action et les bénéficiaires finaux de l'aide régionale devront être établis en Aquitaine ») ; détails : sieg explain SIEG-E007
examples/ineligible/aquitaine-hors-criteres.yaml:48:15: warning[SIEG-E011]: L'aide ne paie que les 12 premiers mois de l'action : « Durée en mois » (calendrier.duree_mois) vaut 18, au-delà de 12
  = aide : Rien à corriger : financez la suite par d'autres ressources et datez les dépenses (budget.depenses[].date) — source : AMI Aquitaine 2015, §7 (« une période maximale de 12 mois consécutifs à compter de la date de démarrage de l'action ») ; détails : sieg explain SIEG-E011
examples/ineligible/aquitaine-hors-criteres.yaml:51:52: warning[SIEG-E012]: Les étapes tiennent dans les 12 mois que l'aide paie : l'étape « Tournées » finit le 2017-02-28, après le 2016-08-31 (12 mois après le démarrage)
  = aide : Rien à corriger si d'autres ressources financent cette étape — source : AMI Aquitaine 2015, §7 (« une période maximale de 12 mois consécutifs à compter de la date de démarrage de l'action ») ; détails : sieg explain SIEG-E012
examples/ineligible/aquitaine-hors-criteres.yaml:55:19: warning[SIEG-E010]: Les dépenses sont de celles que l'aide régionale paie : « Catégorie de dépense » (budget.depenses[].categorie) vaut « investissement », hors de : rd_equipement, rd_etudes, rd_chercheurs, etude_analyse, mission_transport, mission_hebergement, mission_restauration, temps_travail
  = aide : Gardez la ligne si un autre financeur la paie (montrez-le dans budget.ressources) ; ne comptez pas ces dépenses dans l'aide demandée — source : AMI Aquitaine 2015, §4 Dépenses éligibles ; détails : sieg explain SIEG-E010
examples/ineligible/aquitaine-hors-criteres.yaml:60:18: error[SIEG-E045]: L'aide demandée ne dépasse pas les dépenses qu'elle peut payer : aide demandée 45 000,00 €, au-delà des dépenses qu'elle peut payer (30 000,00 €) ; hors de ce total : « Camionnette aménagée »
  = aide : Réduisez budget.aide_demandee au total des dépenses éligibles de la période, ou complétez ces dépenses — source : AMI Aquitaine 2015, §4 Dépenses éligibles et §7 (« L'aide du Conseil régional s'applique à des dépenses effectuées pendant une période maximale de 12 mois consécutifs ») ; détails : sieg explain SIEG-E045
examples/ineligible/aquitaine-hors-criteres.yaml:60:18: error[SIEG-E013]: L'aide régionale est plafonnée à 40 000 € : « Aide régionale demandée » (budget.aide_demandee) vaut 45 000,00 €, au-delà de 40 000,00 €
  = aide : Ramenez budget.aide_demandee à 40 000 € au plus et trouvez d'autres ressources pour le reste — source : AMI Aquitaine 2015, §7 (« L'aide régionale est plafonnée à un montant maximum de 40 000 euros ») ; détails : sieg explain SIEG-E013
1 fichier vérifié : 4 erreurs, 3 avertissements
configuration : examples/sieg.toml
[1]
$ sieg validate examples/ineligible/picardie-essaimage-trop-recent.yaml
examples/ineligible/picardie-essaimage-trop-recent.yaml:3:1: info[SIEG-E037]: Annex B: the dossier says whether the partnership is new: 'Unprecedented partnership' (innovation.partenariat_inedit) is missing or empty
  = help: Answer in innovation.partenariat_inedit — source: Annexe B « action d'innovation sociale » (« génère des partenariats inédits »); details: sieg explain SIEG-E037
examples/ineligible/picardie-essaimage-trop-recent.yaml:3:1: info[SIEG-E038]: Annex B: the dossier says which more collaborative practices it sets up: 'Collaborative practices' (innovation.pratiques_collaboratives) is missing or empty
  = help: Answer in innovation.pratiques_collaboratives — source: Annexe B « action d'innovation sociale » (« permet de développer de nouvelles pratiques professionnelles, plus collaboratives »); details: sieg explain SIEG-E038
examples/ineligible/picardie-essaimage-trop-recent.yaml:3:1: info[SIEG-E039]: Annex B: the dossier says which global stake it takes into account: 'Global stakes' (innovation.enjeux_globaux) is missing or empty
  = help: Answer in innovation.enjeux_globaux — source: Annexe B « action d'innovation sociale » (« prend en compte un enjeu plus global, au-delà des frontières de son propre terrain d'action »); details: sieg explain SIEG-E039
examples/ineligible/picardie-essaimage-trop-recent.yaml:8:3: warning[SIEG-E025]: The project should preferably fit the regional priorities: 'Regional priorities' (action.priorites_regionales) has 0 item(s), at least 1 expected
  = help: Give the priorities concerned in action.priorites_regionales, if any — source: SIEG Picardie, part 3, « Les actions éligibles » (« s'inscriront de préférence dans les priorités régionales suivantes »); details: sieg explain SIEG-E025
examples/ineligible/picardie-essaimage-trop-recent.yaml:20:3: warning[SIEG-E030]: The partnership network includes the sector's actors: no value of 'Nature of the partner' (partenaires[].nature) among: acteur_filiere
  = help: Add a partner of nature acteur_filiere, if any — source: SIEG Picardie, part 2, « La coopération – le partenariat » (« Les acteurs de la filière »); details: sieg explain SIEG-E030
examples/ineligible/picardie-essaimage-trop-recent.yaml:20:3: warning[SIEG-E031]: The partnership network includes research representatives: no value of 'Nature of the partner' (partenaires[].nature) among: recherche
  = help: Add a partner of nature recherche — source: SIEG Picardie, part 2, « La coopération – le partenariat » (« Des représentants du monde de la recherche »); details: sieg explain SIEG-E031
examples/ineligible/picardie-essaimage-trop-recent.yaml:20:3: warning[SIEG-E032]: The partnership network includes enterprises and associations: no value of 'Nature of the partner' (partenaires[].nature) among: entreprise, association
  = help: Add a partner of nature entreprise or association — source: SIEG Picardie, part 2, « La coopération – le partenariat » (« Des entreprises et des associations »); details: sieg explain SIEG-E032
examples/ineligible/picardie-essaimage-trop-recent.yaml:32:15: error[SIEG-E018]: The mandate is carried out by 31 December 2020: the period from 2020-01-06 to 2021-01-05 ends after 2020-12-31
  = help: Adjust calendrier.date_debut or calendrier.duree_mois — source: SIEG Picardie, part 3, « Durée » (« mandats à réaliser au plus tard pour le 31 décembre 2020 »); details: sieg explain SIEG-E018
examples/ineligible/picardie-essaimage-trop-recent.yaml:47:19: error[SIEG-E020]: The project spread is at least 3 years old: 'Year the original project started' (essaimage.annee_creation) is 2018: 1 year(s) before 2019, at least 3 expected
  = help: Give essaimage.annee_creation, the year the original project started — source: SIEG Picardie, part 3, « Les actions éligibles », transfert et essaimage, critère 1 (« ancienneté d'au moins 3 ans »); details: sieg explain SIEG-E020
examples/ineligible/picardie-essaimage-trop-recent.yaml:48:32: error[SIEG-E021]: The project spread has a stable economic model: 'Stable economic model' (essaimage.modele_economique_stabilise) must be true
  = help: Write essaimage.modele_economique_stabilise: true if so; otherwise the action is of another type — source: SIEG Picardie, part 3, « Les actions éligibles », transfert et essaimage, critère 1 (« modèle économique stabilisé »); details: sieg explain SIEG-E021
1 file checked: 3 errors, 4 warnings
configuration: examples/sieg.toml
[1]
# Warnings alone do not fail a dossier: exit 0.
$ cd "$TMPDIR" && grep -v 'commercialisation_engagee' "$OLDPWD/examples/aquitaine-micro-creche.yaml" > w.yaml && sieg validate w.yaml
w.yaml:8:3: warning[SIEG-E005]: The dossier says whether commercialisation has started: 'Commercialisation started' (action.commercialisation_engagee) is missing or empty
  = help: Write action.commercialisation_engagee: false (or true) — source: AMI Aquitaine 2015, §2 (soutien en amont de la commercialisation); details: sieg explain SIEG-E005
1 file checked: 0 errors, 1 warning
# --date fixes "today" for deadline rules (default: the dossier's date_depot).
$ cd "$TMPDIR" && sed 's/^date_depot: 2015-05-20/date_depot: 2015-06-02/' "$OLDPWD/examples/aquitaine-micro-creche.yaml" > late.yaml && sieg validate late.yaml
late.yaml:5:13: error[SIEG-E017]: The dossier is submitted by 29 May 2015: reference date 2015-06-02, after the deadline of 2015-05-29
  = help: Check date_depot; a dossier submitted after the deadline cannot be examined — source: AMI Aquitaine 2015, §6 (« L'AMI prendra fin le 29 mai 2015, date à laquelle tous les dossiers devront impérativement être déposés »); details: sieg explain SIEG-E017
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && sed 's/^date_depot: 2015-05-20/date_depot: 2015-06-02/' "$OLDPWD/examples/aquitaine-micro-creche.yaml" > late.yaml && sieg validate --date 2015-05-29 late.yaml
1 file checked: 0 errors, 0 warnings
$ sieg validate --date 2015-02-30 examples/aquitaine-micro-creche.yaml
sieg: error: --date: '2015-02-30' is not a YYYY-MM-DD date
[2]
# --call applies another call's rules: the Aquitaine micro-crèche under the Picardie SIEG.
$ sieg validate --call picardie-sieg examples/aquitaine-micro-creche.yaml
examples/aquitaine-micro-creche.yaml:8:3: error[SIEG-E003]: The project is in one of the three phases: 'Project phase' (action.phase) is missing or empty
  = help: Fill in action.phase: emergence, experimentation_mise_en_oeuvre or evaluation_generalisation — source: SIEG Picardie, part 3, « Les critères de recevabilité » (émergence ; expérimentation et mise en œuvre ; évaluation et généralisation); details: sieg explain SIEG-E003
examples/aquitaine-micro-creche.yaml:8:3: error[SIEG-E019]: The action is of one of the three eligible types: 'Type of action' (action.type_action) is missing or empty
  = help: Fill in action.type_action: rd_experimentation, transfert_essaimage or accompagnement_collectif — source: SIEG Picardie, part 3, « Les actions éligibles » (R&D sociale ou expérimentation ; transfert et essaimage ; accompagnement collectif); details: sieg explain SIEG-E019
examples/aquitaine-micro-creche.yaml:8:3: warning[SIEG-E025]: The project should preferably fit the regional priorities: 'Regional priorities' (action.priorites_regionales) has 0 item(s), at least 1 expected
  = help: Give the priorities concerned in action.priorites_regionales, if any — source: SIEG Picardie, part 3, « Les actions éligibles » (« s'inscriront de préférence dans les priorités régionales suivantes »); details: sieg explain SIEG-E025
examples/aquitaine-micro-creche.yaml:39:19: error[SIEG-E051]: The project develops on the regional territory: 'Département' (action.territoire.departements[]): none of the départements given (33) is in Picardie (02, 60, 80)
  = help: List under action.territoire.departements the action's départements, in quotes ("80"), at least one of them in Picardie — source: SIEG Picardie, part 3, « La cible concernée » (« La cible concernée est constituée de tout type d'entreprises, établissements ou créateurs dont les projets ont vocation à se développer sur le territoire régional ») ; « SIEG Innovation sociale » (« soutenir les démarches d'innovation sociale en Picardie »); details: sieg explain SIEG-E051
examples/aquitaine-micro-creche.yaml:39:20: warning[SIEG-E007]: Each of the action's départements is in Picardie: 'Département' (action.territoire.departements[]): département '33' is not in Picardie (02, 60, 80)
  = help: Nothing to fix if the action is centred in Picardie: say in action.description what it does outside the region — source: SIEG Picardie, part 3, « La cible concernée » (« ont vocation à se développer sur le territoire régional ») et « 1.4 Diffusion et changement » (essaimage « sur d'autres territoires »); details: sieg explain SIEG-E007
examples/aquitaine-micro-creche.yaml:66:3: warning[SIEG-E030]: The partnership network includes the sector's actors: no value of 'Nature of the partner' (partenaires[].nature) among: acteur_filiere
  = help: Add a partner of nature acteur_filiere, if any — source: SIEG Picardie, part 2, « La coopération – le partenariat » (« Les acteurs de la filière »); details: sieg explain SIEG-E030
examples/aquitaine-micro-creche.yaml:66:3: warning[SIEG-E032]: The partnership network includes enterprises and associations: no value of 'Nature of the partner' (partenaires[].nature) among: entreprise, association
  = help: Add a partner of nature entreprise or association — source: SIEG Picardie, part 2, « La coopération – le partenariat » (« Des entreprises et des associations »); details: sieg explain SIEG-E032
examples/aquitaine-micro-creche.yaml:161:7: error[SIEG-R007]: marker 'contextualisation_besoins' (Context of the social needs and aspirations) is missing from the self-assessment of 2015-05-15
  = help: the grid's markers: sieg grids show picardie
examples/aquitaine-micro-creche.yaml:161:7: error[SIEG-R007]: marker 'hybridation_ressources' (Hybrid resources and economic model) is missing from the self-assessment of 2015-05-15
  = help: the grid's markers: sieg grids show picardie
examples/aquitaine-micro-creche.yaml:167:37: error[SIEG-R002]: unknown marker 'ressources_economie' in grid picardie
  = help: the grid's markers: sieg grids show picardie
examples/aquitaine-micro-creche.yaml:172:43: error[SIEG-R002]: unknown marker 'facteurs_environnementaux' in grid picardie
  = help: the grid's markers: sieg grids show picardie
1 file checked: 7 errors, 4 warnings
configuration: examples/sieg.toml
[1]
$ sieg validate --call bretagne examples/aquitaine-micro-creche.yaml
sieg: error: --call: unknown call 'bretagne' (calls: aquitaine-2015, picardie-sieg; or a call file)
[2]
# --call with a call file: a third call needs no C++; a broken call file is refused with file:line:col.
$ cd "$TMPDIR" && sed -e 's/^id = "aquitaine-2015"/id = "aquitaine-2016"/' -e 's/^max = 40000/max = 25000/' -e 's/€40,000/€25,000/' "$OLDPWD/schemas/calls/aquitaine-2015.toml" > a16.toml && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" creche.yaml && sieg validate --call a16.toml creche.yaml
creche.yaml:126:18: error[SIEG-E013]: Regional aid is capped at €25,000: 'Regional aid requested' (budget.aide_demandee) is €30,000.00, over €25,000.00
  = help: Bring budget.aide_demandee down to €25,000 at most and find other resources for the rest — source: AMI Aquitaine 2015, §7 (« L'aide régionale est plafonnée à un montant maximum de 40 000 euros »); details: sieg explain SIEG-E013
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR" && sed -e 's/^kind = "max_amount"/kind = "max_amout"/' "$OLDPWD/schemas/calls/aquitaine-2015.toml" > bad.toml && sieg validate --call bad.toml /dev/null
bad.toml:257:8: error[SIEG-C001]: unknown rule kind 'max_amout' (kinds: required, required_any, min_count, one_of, none_of, all_in, contains_any, max_number, max_amount, min_length, max_length, is_true, is_not_true, in_region, some_in_region, date_not_after, period_ends_by, steps_within_months, steps_ordered, steps_in_period, min_years_since, balanced, unique, aid_covered, final_due, payment_schedule)
[2]
# --shape-only skips eligibility.
$ sieg validate --shape-only examples/ineligible/*.yaml
2 files checked: 0 errors, 0 warnings
configuration: examples/sieg.toml
# JSON output carries the rule findings like any other.
$ sieg validate --format json examples/ineligible/picardie-essaimage-trop-recent.yaml | grep -c '"code": "SIEG-E'
10
# Without date_depot nor --date, deadlines are checked against today in Europe/Paris; --today fixes it.
$ grep -v '^date_depot' examples/aquitaine-micro-creche.yaml > "$TMPDIR/sans-date.yaml" && sieg --today 2015-05-20 validate "$TMPDIR/sans-date.yaml" | grep -c E0; sieg --today 2015-06-20 validate "$TMPDIR/sans-date.yaml" | grep -o 'error\[SIEG-E[0-9]*\]'
0
error[SIEG-E017]
$ sieg --today 2015-02-30 validate examples/aquitaine-micro-creche.yaml
sieg: error: --today: '2015-02-30' is not a YYYY-MM-DD date
[2]
