# sieg score: one dossier in detail, from the jury (conflict detected, left out) with the self-assessment beside.
$ sieg score examples/aquitaine-micro-creche.yaml
examples/evaluations/aquitaine-micro-creche/paul-martin.yaml:2:1: warning[SIEG-R011]: conflict of interest: Paul Martin's organisation (Commune de Bègles) is a partner of the dossier; review left out
aquitaine-micro-creche — Micro-crèche à horaires décalés pour les salariés du soin et de la logistique
Grid: aquitaine (Jury grid — Aquitaine Social Innovation call 2015)
Jury score: 3 review(s), aggregated by the mean; self-assessment of 2015-05-15 beside it
  R1 Hélène Garnier (Réseau des coopératives d'Aquitaine)
  R2 Marc Lefèvre (Région Aquitaine, service ESS)
  R3 Paul Martin (Commune de Bègles) — left out: conflict of interest
  R4 Sophie Bernard (Chambre régionale de l'ESS d'Aquitaine)

Marker                               Self   R1   R2   R3   R4   Mean   Med.  Weight        Points
Place of the beneficiaries              2    2    2  (3)    3   2.33   2.00    1.00   2.33 / 3.00
    level 2: Beneficiaries are associated from the start: spotting the need, co-building the response and the action.
Nature of the group                     2    2    2  (3)    2   2.00   2.00    1.00   2.00 / 3.00
    level 2: The group's diversity is fairly well taken into account and visible in the project.
Involvement of the group                2    2    1  (3)    2   1.67   2.00    1.00   1.67 / 3.00
    level 2: The group really takes part, though its role is not always formalised.
Place of research                       3    3    3  (3)    2   2.67   3.00    1.00   2.67 / 3.00
    level 3: Research is part of the project: experimenting, evaluating, adjusting, with researchers.
Territorial roots                       3    3    2  (3)    3   2.67   3.00    1.00   2.67 / 3.00
    level 3: The process fits the territory's expectations, needs and aspirations very closely and mobilises the local actors concerned.
Governance                              2    2    2  (3)    3   2.33   2.00    1.00   2.33 / 3.00
    level 2: Many meetings involve the stakeholders.
Resources, economics of the project     2    2    2  (3)    2   2.00   2.00    1.00   2.00 / 3.00
    level 2: Resources exist, without securing viability over three years.
Accessibility                           2    2    2  (3)    2   2.00   2.00    1.00   2.00 / 3.00
    level 2: Accessibility is taken into account fairly widely.
Service                                 3    3    3  (3)    3   3.00   3.00    1.00   3.00 / 3.00
    level 3: The project provides many services: quality of life, proximity, further innovations.
Break with what exists                  3    3    2  (3)    3   2.67   3.00    1.00   2.67 / 3.00
    level 3: The break is obvious, in the solution or in the methods.
Capacity for social change              2    2    2  (3)    2   2.00   2.00    1.00   2.00 / 3.00
    level 2: Practices or perceptions change.
Environmental factors                   1    1    1  (3)    0   0.67   1.00    1.00   0.67 / 3.00
    level 1: They are considered partly and briefly.

Total: 26.00 / 36.00 (72.2 %)
Thresholds: none set by the grid
Self-assessment history: 2015-03-10 14.00 ; 2015-05-15 27.00
configuration: examples/sieg.toml
# From the self-assessment alone, in French, with the SIEG's dimension subtotals.
$ sieg --lang fr score examples/picardie-pole-cooperation.yaml
picardie-pole-cooperation — La Fabrique, pôle de coopération et incubateur d'innovation sociale du Beauvaisis
Grille : picardie (Marqueurs d'innovation sociale — SIEG Picardie)
Note de l'auto-évaluation du 2017-11-10

Repère                                                 Auto   Poids        Points
Contextualisation des besoins et aspirations sociales     2    1,00   2,00 / 3,00
    niveau 2 : Les besoins et aspirations sont diagnostiqués sur le territoire, pour les publics visés.
Place des bénéficiaires                                   2    1,00   2,00 / 3,00
    niveau 2 : Les bénéficiaires sont associés dès le départ : repérage du besoin, co-construction de la réponse et de l'action.
Nature du collectif                                       3    1,00   3,00 / 3,00
    niveau 3 : La pluralité du collectif (public et privé, genres, âges…) est prise en compte comme une diversité utile à la démarche.
Intervention du collectif                                 2    1,00   2,00 / 3,00
    niveau 2 : Le collectif intervient réellement, sans que son rôle soit toujours formalisé.
Place de la recherche                                     2    1,00   2,00 / 3,00
    niveau 2 : Le projet intègre ou intégrera une démarche de type recherche qu'il sait décrire.
Ancrage territorial                                       3    1,00   3,00 / 3,00
    niveau 3 : La démarche colle très étroitement aux attentes, besoins et aspirations du territoire et mobilise les acteurs locaux concernés.
Gouvernance                                               3    1,00   3,00 / 3,00
    niveau 3 : Les rencontres se tiennent à un rythme soutenu, fixé à l'avance, et rassemblent de très nombreux acteurs.
Hybridation des ressources et modèle économique           2    1,00   2,00 / 3,00
    niveau 2 : Plusieurs types de ressources (publiques, privées, ventes, bénévolat) existent, sans modèle stabilisé.
Logique d'accessibilité                                   2    1,00   2,00 / 3,00
    niveau 2 : L'accessibilité est assez largement prise en compte.
Logique de service                                        2    1,00   2,00 / 3,00
    niveau 2 : Des services sont identifiés et attendus de la réalisation du projet.
Rupture avec l'existant                                   2    1,00   2,00 / 3,00
    niveau 2 : La recherche de solutions inédites est marquée.
Capacité de changement social                             2    1,00   2,00 / 3,00
    niveau 2 : Les usages ou les représentations changent.

Dimensions :
  Contexte                  2,00 / 3,00
  Processus                 15,00 / 18,00
  Résultats                 4,00 / 6,00
  Impacts directs           2,00 / 3,00
  Diffusion et changements  4,00 / 6,00

Total : 27,00 / 36,00 (75,0 %)
Seuils : aucun fixé par la grille
configuration : examples/sieg.toml
# The everyday use, at the root of a submissions folder: one table.
$ cd examples && sieg score --grid aquitaine
evaluations/aquitaine-art-renouvellement-urbain/helene-garnier.yaml:15:25: warning[SIEG-R012]: disagreement on 'Governance': levels from 1 to 3 (Hélène Garnier 1, Marc Lefèvre 3, Sophie Bernard 2)
evaluations/aquitaine-micro-creche/paul-martin.yaml:2:1: warning[SIEG-R011]: conflict of interest: Paul Martin's organisation (Commune de Bègles) is a partner of the dossier; review left out
evaluations/aquitaine-paniers-etudiants/sophie-bernard.yaml:2:1: warning[SIEG-R010]: Sophie Bernard declares a conflict of interest: review left out of the jury's score
  = help: Sociétaire de la SCIC Campus Solidaire.
Dossier                              Grid        Source                      Total      %  Thresholds
aquitaine-art-renouvellement-urbain  aquitaine   jury (3)            25.00 / 36.00   69.4  none
aquitaine-micro-creche               aquitaine   jury (3)            26.00 / 36.00   72.2  none
aquitaine-paniers-etudiants          aquitaine   jury (2)            25.00 / 36.00   69.4  none
aquitaine-hors-criteres              aquitaine   self-assessment     17.00 / 36.00   47.2  none

Reviewers' leniency (mean deviation from the other reviewers, in levels):
  Hélène Garnier  +0.11  (36 markers)
  Marc Lefèvre    -0.28  (36 markers)
  Sophie Bernard  +0.25  (24 markers)

11 YAML file(s) left out, not being valid dossiers (sieg validate says why): invalid/cle-en-double.yaml, invalid/cle-mal-orthographiee.yaml, invalid/date-impossible.yaml, invalid/departement-sans-guillemets.yaml, invalid/deux-documents.yaml, invalid/duree-en-lettres.yaml, invalid/encodage-latin1.yaml, invalid/montant-avec-espace.yaml, invalid/phase-avec-accent.yaml, invalid/statut-manquant.yaml, invalid/tabulation.yaml
4 dossier(s) of a call scored on another grid left out
configuration: sieg.toml
# Median instead of mean; Markdown; CSV (French: ';' and decimal comma); JSON.
$ sieg score --aggregate median --format md examples/aquitaine-art-renouvellement-urbain.yaml
examples/evaluations/aquitaine-art-renouvellement-urbain/helene-garnier.yaml:15:25: warning[SIEG-R012]: disagreement on 'Governance': levels from 1 to 3 (Hélène Garnier 1, Marc Lefèvre 3, Sophie Bernard 2)
## aquitaine-art-renouvellement-urbain — Les habitants redessinent leur quartier par la pratique artistique

Grid: `aquitaine` — Jury grid — Aquitaine Social Innovation call 2015

Source: jury (3)

| Marker | Self | R1 | R2 | R3 | Mean | Median | Weight | Points | Level reached |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
| Place of the beneficiaries | 3 | 3 | 2 | 3 | 2.67 | 3.00 | 1.00 | 3.00 / 3.00 | 3 — Beneficiaries started the process, at least in part, and design its implementation with the other actors. |
| Nature of the group | 2 | 2 | 2 | 2 | 2.00 | 2.00 | 1.00 | 2.00 / 3.00 | 2 — The group's diversity is fairly well taken into account and visible in the project. |
| Involvement of the group | 3 | 3 | 2 | 3 | 2.67 | 3.00 | 1.00 | 3.00 / 3.00 | 3 — The group acts at every step of the project, up to dissemination, publicity and transfer. |
| Place of research | 2 | 2 | 2 | 3 | 2.33 | 2.00 | 1.00 | 2.00 / 3.00 | 2 — The project includes or will include a research-like approach that it can describe. |
| Territorial roots | 3 | 3 | 3 | 3 | 3.00 | 3.00 | 1.00 | 3.00 / 3.00 | 3 — The process fits the territory's expectations, needs and aspirations very closely and mobilises the local actors concerned. |
| Governance | 2 | 1 | 3 | 2 | 2.00 | 2.00 | 1.00 | 2.00 / 3.00 | 2 — Many meetings involve the stakeholders. **(disagreement)** |
| Resources, economics of the project | 1 | 1 | 1 | 1 | 1.00 | 1.00 | 1.00 | 1.00 / 3.00 | 1 — Resources are weak and viability is uncertain. |
| Accessibility | 1 | 1 | 1 | 2 | 1.33 | 1.00 | 1.00 | 1.00 / 3.00 | 1 — The project uses or will use a few accessibility elements. |
| Service | 2 | 2 | 2 | 2 | 2.00 | 2.00 | 1.00 | 2.00 / 3.00 | 2 — Services are identified and expected from the project. |
| Break with what exists | 3 | 3 | 2 | 3 | 2.67 | 3.00 | 1.00 | 3.00 / 3.00 | 3 — The break is obvious, in the solution or in the methods. |
| Capacity for social change | 2 | 2 | 2 | 3 | 2.33 | 2.00 | 1.00 | 2.00 / 3.00 | 2 — Practices or perceptions change. |
| Environmental factors | 1 | 1 | 1 | 1 | 1.00 | 1.00 | 1.00 | 1.00 / 3.00 | 1 — They are considered partly and briefly. |

- R1 : Hélène Garnier (Réseau des coopératives d'Aquitaine)
- R2 : Marc Lefèvre (Région Aquitaine, service ESS)
- R3 : Sophie Bernard (Chambre régionale de l'ESS d'Aquitaine)

**Total: 25.00 / 36.00 (69.4 %)**
$ sieg --lang fr score --format csv examples/aquitaine-paniers-etudiants.yaml 2>/dev/null
marker_id;marker;self;R1;R2;R3;mean;median;level;weight;points;max;reached;descriptor
place_beneficiaires;Place des bénéficiaires;2;2;2;3;2,00;2,00;2,00;1,00;2,00;3,00;2;Les bénéficiaires sont associés dès le départ : repérage du besoin, co-construction de la réponse et de l'action.
nature_collectif;Nature du collectif;3;3;2;3;2,50;2,50;2,50;1,00;2,50;3,00;2;La diversité du collectif est plutôt bien prise en compte et visible dans le projet.
intervention_collectif;Intervention du collectif;2;2;2;3;2,00;2,00;2,00;1,00;2,00;3,00;2;Le collectif intervient réellement, sans que son rôle soit toujours formalisé.
place_recherche;Place de la recherche;1;1;0;1;0,50;0,50;0,50;1,00;0,50;3,00;0;Aucune démarche de recherche n'a eu lieu ni n'est prévue.
ancrage_territorial;Ancrage territorial;3;2;2;3;2,00;2,00;2,00;1,00;2,00;3,00;2;Des acteurs locaux, publics et privés, participent au projet.
gouvernance;Gouvernance;2;2;2;3;2,00;2,00;2,00;1,00;2,00;3,00;2;De nombreuses réunions associent les parties prenantes.
ressources_economie;Ressources, économie du projet;2;2;1;2;1,50;1,50;1,50;1,00;1,50;3,00;1;Les ressources sont faibles et la viabilité incertaine.
logique_accessibilite;Logique d'accessibilité;3;3;3;3;3,00;3,00;3,00;1,00;3,00;3,00;3;Le projet s'appuie déjà sur le numérique, la dématérialisation, la mobilité durable… et veut les développer.
logique_service;Logique de service;3;3;2;3;2,50;2,50;2,50;1,00;2,50;3,00;2;Des services sont identifiés et attendus de la réalisation du projet.
rupture_existant;Rupture avec l'existant;2;2;2;3;2,00;2,00;2,00;1,00;2,00;3,00;2;La recherche de solutions inédites est marquée.
changement_social;Capacité de changement social;2;2;2;3;2,00;2,00;2,00;1,00;2,00;3,00;2;Les usages ou les représentations changent.
facteurs_environnementaux;Facteurs environnementaux;3;3;3;3;3,00;3,00;3,00;1,00;3,00;3,00;3;La prise en compte est forte : diagnostic et préconisations.
$ sieg score --format json examples/aquitaine-paniers-etudiants.yaml 2>/dev/null | grep -E '^  "(source|total|total_exact|max|percent)"'
  "source": "jury",
  "total": 25.0,
  "total_exact": "25",
  "max": 36.0,
  "percent": 69.4,
# A review with a missing marker and a typo: errors, no score, exit 1.
$ cd "$TMPDIR" && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" d.yaml && mkdir -p evaluations/d && sed -e 's/^dossier: .*/dossier: d/' -e '/^  gouvernance:/d' -e 's/^  rupture_existant:/  rupture_existante:/' "$OLDPWD/examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml" > evaluations/d/hg.yaml && sieg score d.yaml
evaluations/d/hg.yaml:18:31: error[SIEG-R002]: unknown marker 'rupture_existante' in grid aquitaine
  = help: did you mean 'rupture_existant'?
evaluations/d/hg.yaml:10:3: error[SIEG-R001]: marker 'gouvernance' (Governance) is missing from the review: every marker of the grid must be scored
  = help: the grid's markers: sieg grids show aquitaine
evaluations/d/hg.yaml:10:3: error[SIEG-R001]: marker 'rupture_existant' (Break with what exists) is missing from the review: every marker of the grid must be scored
  = help: the grid's markers: sieg grids show aquitaine
d — Micro-crèche à horaires décalés pour les salariés du soin et de la logistique
Grid: aquitaine (Jury grid — Aquitaine Social Innovation call 2015)
No score: see the errors above.
[1]
# A custom grid file: weights and a threshold.
$ cd "$TMPDIR" && { awk '/^\[\[markers\]\]/ && !done {print; getline; print; print "weight = 2"; done=1; next} {print}' "$OLDPWD/schemas/grids/aquitaine.toml"; printf '\n[thresholds]\nmin_total_percent = 75\n'; } > g.toml && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" d.yaml && sieg score --grid g.toml --reviews "$OLDPWD/examples/evaluations" d.yaml 2>&1 | grep -E '^(Place|Total|Threshold|d.yaml)'
d.yaml: warning[SIEG-R015]: threshold of grid aquitaine not met (sieg score d.yaml)
Place of the beneficiaries              2    2.00   4.00 / 6.00
Place of research                       3    1.00   3.00 / 3.00
Total: 29.00 / 39.00 (74.4 %)
Threshold: total of at least 75%: NOT met
$ sieg score --grid nowhere examples/aquitaine-micro-creche.yaml
sieg: error: --grid: neither a known grid (aquitaine, picardie) nor a file: nowhere
[2]
$ sieg score --grid picardi examples/aquitaine-micro-creche.yaml
sieg: error: --grid: neither a known grid (aquitaine, picardie) nor a file: picardi
  = help: did you mean 'picardie'?
[2]
$ sieg score nowhere.yaml
nowhere.yaml: error[SIEG-IO01]: no such file
[2]
