# sieg rank: eligible dossiers by total (a tie broken by the weakest marker), the ineligible apart.
$ sieg rank examples 2>/dev/null
Grid aquitaine: 3 dossier(s) ranked on the jury's reviews, 0 on the self-assessment alone, 1 ineligible, 0 not scored
Rank  Dossier                                        Total      %  Source
   1  aquitaine-micro-creche                 26.00 / 36.00   72.2  jury (3)
   2  aquitaine-art-renouvellement-urbain    25.00 / 36.00   69.4  jury (3)  ex aequo
   3  aquitaine-paniers-etudiants            25.00 / 36.00   69.4  jury (2)  ex aequo
Ineligible:
   -  aquitaine-hors-criteres              SIEG-E004 The action comes before any commercialisation: 'Commercialisation started' (action.commercialisation_engagee) is true (+3 more)

Grid picardie: 1 dossier(s) ranked on the jury's reviews, 2 on the self-assessment alone, 1 ineligible, 0 not scored
Rank  Dossier                                       Total      %  Source
   1  picardie-renovation-logement          28.00 / 36.00   77.8  jury (3)
Ranked apart, on the self-assessment alone (no jury review kept):
   1  picardie-essaimage-epicerie-mobile    29.00 / 36.00   80.6  self-assessment
   2  picardie-pole-cooperation             27.00 / 36.00   75.0  self-assessment
Ineligible:
   -  picardie-essaimage-trop-recent      SIEG-E018 The mandate is carried out by 31 December 2020: the period from 2020-01-06 to 2021-01-05 ends after 2020-12-31 (+2 more)

11 YAML file(s) left out, not being valid dossiers (sieg validate says why): examples/invalid/cle-en-double.yaml, examples/invalid/cle-mal-orthographiee.yaml, examples/invalid/date-impossible.yaml, examples/invalid/departement-sans-guillemets.yaml, examples/invalid/deux-documents.yaml, examples/invalid/duree-en-lettres.yaml, examples/invalid/encodage-latin1.yaml, examples/invalid/montant-avec-espace.yaml, examples/invalid/phase-avec-accent.yaml, examples/invalid/statut-manquant.yaml, examples/invalid/tabulation.yaml
configuration: examples/sieg.toml
# What if the jury used the median, or weighted research three times?
$ sieg rank --what-if aggregate=median --what-if place_recherche=3 examples 2>/dev/null
Grid aquitaine: 3 dossier(s) ranked on the jury's reviews, 0 on the self-assessment alone, 1 ineligible, 0 not scored
Rank  Dossier                                        Total      %  Source
   1  aquitaine-micro-creche                 26.00 / 36.00   72.2  jury (3)
   2  aquitaine-art-renouvellement-urbain    25.00 / 36.00   69.4  jury (3)  ex aequo
   3  aquitaine-paniers-etudiants            25.00 / 36.00   69.4  jury (2)  ex aequo
Ineligible:
   -  aquitaine-hors-criteres              SIEG-E004 The action comes before any commercialisation: 'Commercialisation started' (action.commercialisation_engagee) is true (+3 more)

What if aggregate=median:
   1  aquitaine-micro-creche                 27.00 / 36.00  =
   2  aquitaine-art-renouvellement-urbain    25.00 / 36.00  =  ex aequo
   3  aquitaine-paniers-etudiants            25.00 / 36.00  =  ex aequo
The ranking does not change.

What if place_recherche=3:
   1  aquitaine-micro-creche                 31.33 / 42.00  =
   2  aquitaine-art-renouvellement-urbain    29.67 / 42.00  =
   3  aquitaine-paniers-etudiants            26.00 / 42.00  =
The ranking does not change.

Grid picardie: 1 dossier(s) ranked on the jury's reviews, 2 on the self-assessment alone, 1 ineligible, 0 not scored
Rank  Dossier                                       Total      %  Source
   1  picardie-renovation-logement          28.00 / 36.00   77.8  jury (3)
Ranked apart, on the self-assessment alone (no jury review kept):
   1  picardie-essaimage-epicerie-mobile    29.00 / 36.00   80.6  self-assessment
   2  picardie-pole-cooperation             27.00 / 36.00   75.0  self-assessment
Ineligible:
   -  picardie-essaimage-trop-recent      SIEG-E018 The mandate is carried out by 31 December 2020: the period from 2020-01-06 to 2021-01-05 ends after 2020-12-31 (+2 more)

What if aggregate=median:
   1  picardie-renovation-logement          30.00 / 36.00  =
Apart (self-assessment):
   1  picardie-essaimage-epicerie-mobile    29.00 / 36.00  =
   2  picardie-pole-cooperation             27.00 / 36.00  =
The ranking does not change.

What if place_recherche=3:
   1  picardie-renovation-logement          33.33 / 42.00  =
Apart (self-assessment):
   1  picardie-pole-cooperation             31.00 / 42.00  ↑1  ex aequo
   2  picardie-essaimage-epicerie-mobile    31.00 / 42.00  ↓1  ex aequo
2 dossier(s) change place.

11 YAML file(s) left out, not being valid dossiers (sieg validate says why): examples/invalid/cle-en-double.yaml, examples/invalid/cle-mal-orthographiee.yaml, examples/invalid/date-impossible.yaml, examples/invalid/departement-sans-guillemets.yaml, examples/invalid/deux-documents.yaml, examples/invalid/duree-en-lettres.yaml, examples/invalid/encodage-latin1.yaml, examples/invalid/montant-avec-espace.yaml, examples/invalid/phase-avec-accent.yaml, examples/invalid/statut-manquant.yaml, examples/invalid/tabulation.yaml
configuration: examples/sieg.toml
$ sieg --lang fr rank --format csv examples 2>/dev/null
grid;rank;dossier;title;eligible;failing_rules;aid_requested;source;reviews;reviewers;opinions;total;max;percent;thresholds_met;ex_aequo;place_beneficiaires;nature_collectif;intervention_collectif;place_recherche;ancrage_territorial;gouvernance;ressources_economie;logique_accessibilite;logique_service;rupture_existant;changement_social;facteurs_environnementaux;contextualisation_besoins;hybridation_ressources
aquitaine;1;aquitaine-micro-creche;Micro-crèche à horaires décalés pour les salariés du soin et de la logistique;true;;30000,00;jury;3;Hélène Garnier / Marc Lefèvre / Sophie Bernard;favorable / favorable / favorable;26,00;36,00;72,2;;false;2,33;2,00;1,67;2,67;2,67;2,33;2,00;2,00;3,00;2,67;2,00;0,67;;
aquitaine;2;aquitaine-art-renouvellement-urbain;Les habitants redessinent leur quartier par la pratique artistique;true;;19500,00;jury;3;Hélène Garnier / Marc Lefèvre / Sophie Bernard;favorable / reserve / favorable;25,00;36,00;69,4;;true;2,67;2,00;2,67;2,33;3,00;2,00;1,00;1,33;2,00;2,67;2,33;1,00;;
aquitaine;3;aquitaine-paniers-etudiants;Paniers quatre saisons pour les étudiants aux ressources les plus faibles;true;;22000,00;jury;2;Hélène Garnier / Marc Lefèvre;favorable / reserve;25,00;36,00;69,4;;true;2,00;2,50;2,00;0,50;2,00;2,00;1,50;3,00;2,50;2,00;2,00;3,00;;
aquitaine;;aquitaine-hors-criteres;Garage solidaire itinérant;false;SIEG-E004 SIEG-E007 SIEG-E045 SIEG-E013;45000,00;self;0;;;17,00;36,00;47,2;;;1,00;1,00;1,00;0,00;2,00;1,00;2,00;2,00;3,00;2,00;2,00;0,00;;
picardie;1;picardie-renovation-logement;Rénover son logement en se formant aux métiers du bâtiment;true;;60000,00;jury;3;Anne Roussel / Julie Petit / Karim Haddad;favorable / favorable / favorable;28,00;36,00;77,8;;false;2,67;2,33;2,00;2,67;2,67;2,00;;2,00;2,67;2,00;2,67;;2,67;1,67
picardie;1;picardie-essaimage-epicerie-mobile;Essaimage de l'épicerie solidaire itinérante dans le sud de l'Aisne;true;;40000,00;self;0;;;29,00;36,00;80,6;;false;3,00;2,00;2,00;1,00;3,00;2,00;;3,00;3,00;2,00;2,00;;3,00;3,00
picardie;2;picardie-pole-cooperation;La Fabrique, pôle de coopération et incubateur d'innovation sociale du Beauvaisis;true;;50000,00;self;0;;;27,00;36,00;75,0;;false;2,00;3,00;2,00;2,00;3,00;3,00;;2,00;2,00;2,00;2,00;;2,00;2,00
picardie;;picardie-essaimage-trop-recent;Essaimage d'une recyclerie de jouets;false;SIEG-E018 SIEG-E020 SIEG-E021;24000,00;self;0;;;23,00;36,00;63,9;;;3,00;2,00;2,00;0,00;2,00;1,00;;3,00;3,00;2,00;2,00;;2,00;1,00
$ sieg rank --format json --what-if place_recherche=3 examples 2>/dev/null | grep -E '"(changed|scenario)"'
      "scenario": "place_recherche=3",
          "changed": 0
          "changed": 2
$ sieg rank --what-if place_recherch=3 examples
sieg: error: --what-if: unknown marker 'place_recherch'
  = help: did you mean 'place_recherche'?
[2]
$ sieg rank --what-if aggregate=mode examples
sieg: error: --what-if aggregate=mode: mean or median expected
[2]
# What if the committee sets a threshold (issue 31): each dossier met or not, and who falls below; equal
# totals are « ex aequo » whatever order the tie-breaks give them.
$ sieg --lang fr rank --what-if threshold=70 examples 2>/dev/null | sed -n '/^Et si/,/^$/p' | head -6
Et si threshold=70 :
   1  aquitaine-micro-creche                 26,00 / 36,00  atteints      =
   2  aquitaine-art-renouvellement-urbain    25,00 / 36,00  non atteints  =  ex aequo
   3  aquitaine-paniers-etudiants            25,00 / 36,00  non atteints  =  ex aequo
Le classement ne change pas.
2 dossier(s) sous le seuil de 70 % : aquitaine-art-renouvellement-urbain, aquitaine-paniers-etudiants.
$ sieg rank --what-if threshold=70 --format json examples 2>/dev/null | jq -c '.what_if[0].grids[0].ranking[] | [.dossier, .thresholds_met, .ex_aequo]'
["aquitaine-micro-creche",true,false]
["aquitaine-art-renouvellement-urbain",false,true]
["aquitaine-paniers-etudiants",false,true]
$ sieg rank --what-if threshold=120 examples; echo "exit $?"
sieg: error: --what-if threshold=120: a whole percentage from 0 to 100 is expected (the minimum total)
exit 2
