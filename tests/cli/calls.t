# sieg calls: the calls sieg knows; show one with every rule; the payment schedule in euros.
$ sieg calls
aquitaine-2015   Social Innovation call for expressions of interest 2015 — Aquitaine Region
                 Aquitaine (24, 33, 40, 47, 64); deadline 2015-05-29; 28 rules
picardie-sieg    Social innovation SGEI — Picardie Region
                 Picardie (02, 60, 80); deadline 2019-12-31; 34 rules
$ sieg --lang fr calls
aquitaine-2015   AMI Innovation sociale 2015 — Région Aquitaine
                 Aquitaine (24, 33, 40, 47, 64) ; date limite 2015-05-29 ; 28 règles
picardie-sieg    SIEG innovation sociale — Région Picardie
                 Picardie (02, 60, 80) ; date limite 2019-12-31 ; 34 règles
$ sieg calls show aquitaine-2015 --aid 30000
aquitaine-2015 — Social Innovation call for expressions of interest 2015 — Aquitaine Region
Region: Aquitaine (24, 33, 40, 47, 64)
Deadline: 2015-05-29
Grid: aquitaine
Source: AMI « Innovation sociale » 2015, Région Aquitaine
Payment of the aid:
   70% when the action starts: €21,000.00
   30% on the report of the first year: €9,000.00
The jury's appraisal criteria (criteres: in a review) (15):
  Dimensions the jury examines
    adequation_objectifs           Fit with the call's general objectives
    qualite_partenariats           Quality of the partnerships
    presentation_action            Precise presentation of the action, funding and forecast budgets included
    processus_methodologie         Process and evaluation method adopted
    perspectives_developpement     Prospects of development, spreading and generalisation
    modalites_evaluation           How the carrier plans to evaluate the action
    qualite_presentation           Overall quality of the presentation
    destination_aide               What the requested aid would pay for
    collaboration_recherche        Nature of the collaboration with research teams
  Generic appraisal criteria
    modele_reproductible           A method leading to a reproducible model
    processus_partenarial          Partnership process
    besoins_territoire             Fit with needs, on a relevant territory
    implication_publics            Involvement of the target publics
    resultats_attendus             Expected results
    impacts                        Impacts
Rules (28):
SIEG-E001  error    The action is collective: it brings partners together
    min_count: path = partenaires; min = 1
    source: AMI Aquitaine 2015, §2 Les conditions et critères d'éligibilité (« Les actions présentées seront de nature collective »)
SIEG-E002  warning  Each partner's role is presented in detail
    min_length: path = partenaires[].role; min = 20
    source: AMI Aquitaine 2015, §2 (« présentation détaillée de la nature et du rôle de chaque participant »)
SIEG-E046  warning  The dossier says what the aid supports: emerging, structuring, spreading or scaling up
    required: paths = [action.etape_emergence]
    source: AMI Aquitaine 2015, §2 (« accompagner de nouvelles initiatives … à émerger, se structurer, de soutenir l'essaimage d'une initiative existante ou bien d'aider le changement d'échelle »)
SIEG-E004  error    The action comes before any commercialisation
    is_not_true: path = action.commercialisation_engagee
    source: AMI Aquitaine 2015, §2 (« elle doit se situer en amont de la commercialisation » ; « La mise sur le marché des résultats du projet ne peut faire l'objet d'un soutien »)
SIEG-E005  warning  The dossier says whether commercialisation has started
    required: paths = [action.commercialisation_engagee]
    source: AMI Aquitaine 2015, §2 (soutien en amont de la commercialisation)
SIEG-E006  error    The carrier is established in the region
    in_region: path = porteur.adresse.departement
    source: AMI Aquitaine 2015, §2 (« Le porteur de l'action et les bénéficiaires finaux de l'aide régionale devront être établis en Aquitaine »)
SIEG-E007  error    The final beneficiaries are in the region
    in_region: path = action.territoire.departements[]
    source: AMI Aquitaine 2015, §2 (« Le porteur de l'action et les bénéficiaires finaux de l'aide régionale devront être établis en Aquitaine »)
SIEG-E008  error    The carrier is of an eligible kind
    one_of: path = porteur.statut; values = [entreprise, association, collectivite_territoriale, epci, etablissement_public, universite_recherche, organisation_syndicale, organisation_professionnelle, collectif_usagers, personne_physique, fondation, autre]
    source: AMI Aquitaine 2015, §3 Bénéficiaires (« Sont éligibles les porteurs d'action suivants ») ; présentation de l'AMI (personnes physiques)
SIEG-E009  warning  The carrier is one of the kinds §3 names (else the Region's services decide)
    none_of: path = porteur.statut; values = [personne_physique, fondation, autre]
    source: AMI Aquitaine 2015, « Présentation de l'Appel à Manifestation d'Intérêt » (« des personnes physiques ») et §3 Bénéficiaires
SIEG-E010  warning  Expenses are of the kinds the regional aid pays for
    all_in: path = budget.depenses[].categorie; values = [rd_equipement, rd_etudes, rd_chercheurs, etude_analyse, mission_transport, mission_hebergement, mission_restauration, temps_travail]
    source: AMI Aquitaine 2015, §4 Dépenses éligibles
SIEG-E045  error    The aid requested does not exceed the expenses it may pay for
    aid_covered: categories = [rd_equipement, rd_etudes, rd_chercheurs, etude_analyse, mission_transport, mission_hebergement, mission_restauration, temps_travail]; months = 12
    source: AMI Aquitaine 2015, §4 Dépenses éligibles et §7 (« L'aide du Conseil régional s'applique à des dépenses effectuées pendant une période maximale de 12 mois consécutifs »)
SIEG-E011  warning  The aid pays for the action's first 12 months only
    max_number: path = calendrier.duree_mois; max = 12
    source: AMI Aquitaine 2015, §7 (« une période maximale de 12 mois consécutifs à compter de la date de démarrage de l'action »)
SIEG-E012  warning  Steps fit in the 12 months the aid pays for
    steps_within_months: months = 12
    source: AMI Aquitaine 2015, §7 (« une période maximale de 12 mois consécutifs à compter de la date de démarrage de l'action »)
SIEG-E013  error    Regional aid is capped at €40,000
    max_amount: path = budget.aide_demandee; max = 40000
    source: AMI Aquitaine 2015, §7 (« L'aide régionale est plafonnée à un montant maximum de 40 000 euros »)
SIEG-E014  error    The dossier fields the call asks for are filled in
    required: paths = [porteur.historique, porteur.description, porteur.membres, porteur.beneficiaires, porteur.comptes_annuels, action.historique, action.resume, action.categorie_innovation, action.objectifs, action.stade_avancement, action.publics_cibles, budget.depenses, budget.ressources, evaluation.methodologie]
    source: AMI Aquitaine 2015, §5 Modalités de réponse (« les candidats devront rédiger un dossier en renseignant les champs suivants »), champs 1 à 6, 8 et 11
SIEG-E052  error    The dossier says what means it mobilises
    required_any: paths = [moyens.gouvernance, moyens.communication, moyens.ressources_humaines, moyens.ressources_financieres, moyens.autres]
    source: AMI Aquitaine 2015, §5 Modalités de réponse, champ 7 (« Moyens mobilisés pour la réalisation : modalités de gouvernance, communication, ressources humaines ou financières, etc… »)
SIEG-E015  error    When the action involves research, the research team's mission is described
    required: paths = [recherche.mission]; when recherche.equipe present; when action.categorie_innovation equals « objet_de_recherche »; when action.categories_secondaires[] contains « objet_de_recherche »; when budget.depenses[].categorie contains « rd_chercheurs »
    source: AMI Aquitaine 2015, §5 champ 10 (« Mission assignée à l'équipe de recherche au titre de l'innovation sociale, le cas échéant ») et §2
SIEG-E016  warning  The summary fits in about two pages (6,000 characters)
    max_length: path = action.resume; max = 6000
    source: AMI Aquitaine 2015, §5 champ 3 (« Résumé de l'action en 2 pages »)
SIEG-E017  error    The dossier is submitted by 29 May 2015
    date_not_after: date = 2015-05-29
    source: AMI Aquitaine 2015, §6 (« L'AMI prendra fin le 29 mai 2015, date à laquelle tous les dossiers devront impérativement être déposés »)
SIEG-E036  info     Annex B: the unmet or poorly met need the project answers is described
    required: paths = [besoins.description]
    source: Annexe B « action d'innovation sociale » (« Un projet innovant socialement est un projet qui : répond à un besoin mal ou peu satisfait »)
SIEG-E037  info     Annex B: the dossier says whether the partnership is new
    required: paths = [innovation.partenariat_inedit]
    source: Annexe B « action d'innovation sociale » (« génère des partenariats inédits »)
SIEG-E038  info     Annex B: the dossier says which more collaborative practices it sets up
    required: paths = [innovation.pratiques_collaboratives]
    source: Annexe B « action d'innovation sociale » (« permet de développer de nouvelles pratiques professionnelles, plus collaboratives »)
SIEG-E039  info     Annex B: the dossier says which global stake it takes into account
    required: paths = [innovation.enjeux_globaux]
    source: Annexe B « action d'innovation sociale » (« prend en compte un enjeu plus global, au-delà des frontières de son propre terrain d'action »)
SIEG-E040  warning  The budget is balanced: expenses = resources
    balanced: left = budget.depenses[].montant; right = budget.ressources[].montant
    source: AMI Aquitaine 2015, §5 champ 8 (« Comptes prévisionnels de l'action ») et §6 (budgets prévisionnels)
SIEG-E042  warning  Each step starts before it ends
    steps_ordered
    source: Annexe B « action d'innovation sociale » (« calendrier retenu »)
SIEG-E043  warning  The steps lie within the project period
    steps_in_period
    source: Annexe B « action d'innovation sociale » (« calendrier retenu ») ; AMI Aquitaine 2015, §7
SIEG-E044  warning  Each partner is presented once
    unique: path = partenaires[].nom; compare = nature
    source: AMI Aquitaine 2015, §2 (« nature et du rôle de chaque participant »)
SIEG-E050  warning  The aid requested is stated
    payment_schedule
    source: AMI Aquitaine 2015, §7 (« plafonnée » ; « Le jury appréciera la destination de l'aide financière sollicitée » ; « versée en deux fois : 70% au démarrage et 30% à la remise du bilan de la première année »)
$ sieg --lang fr calls show picardie-sieg
picardie-sieg — SIEG innovation sociale — Région Picardie
Région : Picardie (02, 60, 80)
Date limite : 2019-12-31
Grille : picardie
Source : SIEG « innovation sociale », Région Picardie
Critères d'appréciation du jury (criteres: dans une évaluation) (8) :
  Critères d'appréciation
    caractere_innovant             Caractère innovant (produit, procédé, nouveaux services)
    faisabilite                    Faisabilité économique, financière et juridique
    partenariat                    Cohérence et pertinence du partenariat escompté
    collaboration_recherche        Nature de la collaboration avec les équipes de recherche
  Synthèse
    synthese_rupture               Éléments de rupture
    synthese_pistes_amelioration   Pistes d'amélioration
    synthese_attentes_porteurs     Attentes des porteurs de projet
    synthese_avis_comite           Remarques et avis du comité d'instruction
Règles (34) :
SIEG-E001  error    L'action est collective : elle associe des partenaires
    min_count : path = partenaires; min = 1
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« Les actions présentées seront de nature collective »)
SIEG-E002  warning  Le rôle de chaque partenaire est présenté en détail
    min_length : path = partenaires[].role; min = 20
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« présentation détaillée de la nature et du rôle de chaque partenaire »)
SIEG-E003  error    Le projet se situe dans l'une des trois phases
    one_of : path = action.phase; values = [emergence, experimentation_mise_en_oeuvre, evaluation_generalisation]
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (émergence ; expérimentation et mise en œuvre ; évaluation et généralisation)
SIEG-E007  warning  Chaque département de l'action est en Picardie
    in_region : path = action.territoire.departements[]
    source : SIEG Picardie, part 3, « La cible concernée » (« ont vocation à se développer sur le territoire régional ») et « 1.4 Diffusion et changement » (essaimage « sur d'autres territoires »)
SIEG-E051  error    Le projet se développe sur le territoire régional
    some_in_region : path = action.territoire.departements[]
    source : SIEG Picardie, part 3, « La cible concernée » (« La cible concernée est constituée de tout type d'entreprises, établissements ou créateurs dont les projets ont vocation à se développer sur le territoire régional ») ; « SIEG Innovation sociale » (« soutenir les démarches d'innovation sociale en Picardie »)
SIEG-E017  error    L'entrée dans le SIEG se fait au plus tard le 31 décembre 2019
    date_not_after : date = 2019-12-31
    source : SIEG Picardie, part 3, « Durée » (« La procédure courra ainsi jusqu'au 31 décembre 2019 »)
SIEG-E018  error    Le mandat est réalisé au plus tard le 31 décembre 2020
    period_ends_by : date = 2020-12-31
    source : SIEG Picardie, part 3, « Durée » (« mandats à réaliser au plus tard pour le 31 décembre 2020 »)
SIEG-E053  warning  Le calendrier donne le début et la durée du projet
    required : paths = [calendrier]
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« plusieurs phases qui seront à détailler dans le temps ») et « Durée »
SIEG-E054  error    Le dossier explique en quoi la démarche est innovante
    required_any : paths = [innovation.caractere_innovant, besoins.description, innovation.nouveaute_locale]
    source : SIEG Picardie, part 3, « Les actions éligibles » (« Le candidat au SIEG devra expliquer en quoi sa démarche est innovante que ce soit sur l'amélioration du processus ou sur la réponse à un besoin non satisfait »)
SIEG-E019  error    L'action est de l'un des trois types éligibles
    one_of : path = action.type_action; values = [rd_experimentation, transfert_essaimage, accompagnement_collectif]
    source : SIEG Picardie, part 3, « Les actions éligibles » (R&D sociale ou expérimentation ; transfert et essaimage ; accompagnement collectif)
SIEG-E020  error    Le projet essaimé a au moins 3 ans d'ancienneté
    min_years_since : path = essaimage.annee_creation; years = 3; when action.type_action equals « transfert_essaimage »
    source : SIEG Picardie, part 3, « Les actions éligibles », transfert et essaimage, critère 1 (« ancienneté d'au moins 3 ans »)
SIEG-E021  error    Le projet essaimé a un modèle économique stabilisé
    is_true : path = essaimage.modele_economique_stabilise; when action.type_action equals « transfert_essaimage »
    source : SIEG Picardie, part 3, « Les actions éligibles », transfert et essaimage, critère 1 (« modèle économique stabilisé »)
SIEG-E022  error    Le projet essaimé a des effets positifs, notamment économiques
    required : paths = [essaimage.effets_economiques]; when action.type_action equals « transfert_essaimage »
    source : SIEG Picardie, part 3, « Les actions éligibles », transfert et essaimage, critère 2 (« effets positifs notamment économiques (création d'emplois) »)
SIEG-E023  error    Le projet apporte une réponse nouvelle à un besoin collectivement identifié du territoire
    required : paths = [essaimage.reponse_nouvelle, besoins.description]; when action.type_action equals « transfert_essaimage »
    source : SIEG Picardie, part 3, « Les actions éligibles », transfert et essaimage, critère 3
SIEG-E024  error    Les usagers ou leurs représentants ont été impliqués dans l'élaboration de la réponse
    required : paths = [essaimage.implication_usagers]; when action.type_action equals « transfert_essaimage »
    source : SIEG Picardie, part 3, « Les actions éligibles », transfert et essaimage, critère 4
SIEG-E025  warning  Le projet s'inscrit de préférence dans les priorités régionales
    min_count : path = action.priorites_regionales; min = 1
    source : SIEG Picardie, part 3, « Les actions éligibles » (« s'inscriront de préférence dans les priorités régionales suivantes »)
SIEG-E026  error    Le porteur s'engage à une évaluation dynamique sur les marqueurs d'innovation sociale
    is_true : path = evaluation.engagement_evaluation_dynamique
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« s'engagera à réaliser une évaluation dynamique »)
SIEG-E027  error    Les modalités d'évaluation de l'impact social sont précisées
    required : paths = [evaluation.impact_social]
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« préciser les modalités … pour évaluer l'impact social »)
SIEG-E028  warning  Le réseau partenarial intègre les partenaires du territoire
    contains_any : path = partenaires[].nature; values = [collectivite, etablissement_public]
    source : SIEG Picardie, part 2, « La coopération – le partenariat » (« L'ensemble des partenaires du territoire concernés »)
SIEG-E029  warning  Le réseau partenarial associe les bénéficiaires, en co-conception et co-production
    contains_any : path = partenaires[].nature; values = [beneficiaires]
    source : SIEG Picardie, part 2, « La coopération – le partenariat » (« Les bénéficiaires du projet … en co-conception et en co-production »)
SIEG-E030  warning  Le réseau partenarial intègre les acteurs de la filière
    contains_any : path = partenaires[].nature; values = [acteur_filiere]
    source : SIEG Picardie, part 2, « La coopération – le partenariat » (« Les acteurs de la filière »)
SIEG-E031  warning  Le réseau partenarial intègre des représentants du monde de la recherche
    contains_any : path = partenaires[].nature; values = [recherche]
    source : SIEG Picardie, part 2, « La coopération – le partenariat » (« Des représentants du monde de la recherche »)
SIEG-E032  warning  Le réseau partenarial intègre des entreprises et des associations
    contains_any : path = partenaires[].nature; values = [entreprise, association]
    source : SIEG Picardie, part 2, « La coopération – le partenariat » (« Des entreprises et des associations »)
SIEG-E033  warning  Un projet tourné vers les personnes les plus éloignées de l'emploi associe une entreprise partenaire
    contains_any : path = partenaires[].nature; values = [entreprise]; when action.public_eloigne_emploi equals true
    source : SIEG Picardie, part 3, « Les actions éligibles » (« L'accent sera mis sur le partenariat avec les entreprises pour favoriser l'accès ou le retour sur le marché du travail des personnes qui en sont le plus éloignées »)
SIEG-E034  error    Le document final contient ce que le texte rend obligatoire
    required : paths = [bilan_final.conclusions_evaluation_dynamique, bilan_final.mesure_impact_social, bilan_final.conditions_deploiement]; when bilan_final present
    source : SIEG Picardie, part 3, « Résultats attendus » (« la structure devra produire un document comportant obligatoirement »)
SIEG-E035  error    Le document final est remis un mois avant la fin de la convention
    final_due : months = 1; when bilan_final present
    source : SIEG Picardie, part 3, « Résultats attendus » (« Ce document devra être remis à la Région un mois avant la date de caducité de la convention »)
SIEG-E036  info     Annexe B : le besoin mal ou peu satisfait auquel le projet répond est décrit
    required : paths = [besoins.description]
    source : Annexe B « action d'innovation sociale » (« Un projet innovant socialement est un projet qui : répond à un besoin mal ou peu satisfait »)
SIEG-E037  info     Annexe B : le dossier dit si le partenariat est inédit
    required : paths = [innovation.partenariat_inedit]
    source : Annexe B « action d'innovation sociale » (« génère des partenariats inédits »)
SIEG-E038  info     Annexe B : le dossier dit quelles pratiques plus collaboratives il met en place
    required : paths = [innovation.pratiques_collaboratives]
    source : Annexe B « action d'innovation sociale » (« permet de développer de nouvelles pratiques professionnelles, plus collaboratives »)
SIEG-E039  info     Annexe B : le dossier dit quel enjeu global il prend en compte
    required : paths = [innovation.enjeux_globaux]
    source : Annexe B « action d'innovation sociale » (« prend en compte un enjeu plus global, au-delà des frontières de son propre terrain d'action »)
SIEG-E040  warning  Le budget est équilibré : dépenses = ressources
    balanced : left = budget.depenses[].montant; right = budget.ressources[].montant
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« La faisabilité économique, financière »)
SIEG-E042  warning  Chaque étape commence avant de finir
    steps_ordered
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« plusieurs phases qui seront à détailler dans le temps »)
SIEG-E043  warning  Les étapes tiennent dans la période du projet
    steps_in_period
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« présenté dans sa globalité »)
SIEG-E044  warning  Chaque partenaire n'est présenté qu'une fois
    unique : path = partenaires[].nom; compare = nature
    source : SIEG Picardie, part 3, « Les critères de recevabilité » (« nature et du rôle de chaque partenaire »)
$ sieg calls show aquitaine
sieg: error: unknown call 'aquitaine' (calls: aquitaine-2015, picardie-sieg; or a call file)
  = help: did you mean 'aquitaine-2015'?
[2]
$ sieg calls frobnicate
sieg: error: usage: sieg calls [show ID | schema [ID] | check FILE... | new ID [--from ID]]
[2]
# sieg explain: a rule in every call that has it, with its source.
$ sieg explain SIEG-E013
SIEG-E013 — Regional aid is capped at €40,000

Social Innovation call for expressions of interest 2015 — Aquitaine Region — error (the dossier is turned away)
  What it means: The aid cannot exceed €40,000.
  What to do: Bring budget.aide_demandee down to €40,000 at most and find other resources for the rest.
  Text: AMI Aquitaine 2015, §7 (« L'aide régionale est plafonnée à un montant maximum de 40 000 euros »)

(--verbose: the rule kind, its parameters and its place in the call file)
$ sieg --lang fr explain e001
SIEG-E001 — L'action est collective : elle associe des partenaires

AMI Innovation sociale 2015 — Région Aquitaine — erreur (le dossier est écarté)
  Ce que cela veut dire : L'AMI ne soutient que des actions menées à plusieurs : le dossier présente au moins un partenaire.
  Que faire : Ajoutez vos partenaires sous « partenaires: », chacun avec son nom, sa nature et son rôle.
  Texte : AMI Aquitaine 2015, §2 Les conditions et critères d'éligibilité (« Les actions présentées seront de nature collective »)

SIEG innovation sociale — Région Picardie — erreur (le dossier est écarté)
  Ce que cela veut dire : Le SIEG ne retient que des actions menées à plusieurs : le dossier présente au moins un partenaire, avec son rôle.
  Que faire : Ajoutez vos partenaires sous « partenaires: », chacun avec son nom, sa nature et son rôle.
  Texte : SIEG Picardie, part 3, « Les critères de recevabilité » (« Les actions présentées seront de nature collective »)

(--verbose : le type de règle, ses paramètres et sa place dans le fichier d'appel)
$ sieg explain SIEG-E099
sieg: error: no code 'SIEG-E099' (codes: man sieg-validate and man sieg-score; rules: sieg calls show ID)
  = help: did you mean 'SIEG-S099'?
[2]
# Every other code of the registry is explained too: meaning, default severity, what to do, where documented.
$ sieg explain SIEG-S004
SIEG-S004 — value not allowed
Default severity: error
What to do: pick one of the allowed values, written exactly
Documented in: man sieg-validate
$ sieg --lang fr explain r012
SIEG-R012 — désaccord entre évaluateurs
Gravité par défaut : avertissement
Que faire : les niveaux divergent fortement : à discuter en jury
Documentation : man sieg-score
$ sieg explain SIEG-X999
sieg: error: no code 'SIEG-X999' (codes: man sieg-validate and man sieg-score; rules: sieg calls show ID)
  = help: did you mean 'SIEG-S099'?
[2]
$ sieg calls --aid 100
sieg: error: --aid goes with 'show ID'
[2]
# --aid is an amount in euros, parsed exactly: more than two decimals or beyond 10^12 € is refused.
$ sieg calls show aquitaine-2015 --aid 12.345
sieg: error: --aid '12.345': an amount in euros expected, in digits, at most two decimals, from 0 to 10^12
[2]
$ sieg calls show aquitaine-2015 --aid 1e308
sieg: error: --aid '1e308': an amount in euros expected, in digits, at most two decimals, from 0 to 10^12
[2]
