# sieg grids: the grids, and one with every descriptor.
$ sieg grids
aquitaine    Jury grid — Aquitaine Social Innovation call 2015
             12 markers, levels 0–3, maximum 36.00
picardie     Social-innovation markers — Picardie SGEI
             12 markers, levels 0–3, maximum 36.00
$ sieg --lang fr grids
aquitaine    Grille de lecture du jury — AMI Innovation sociale Aquitaine 2015
             12 repères, niveaux 0–3, maximum 36,00
picardie     Marqueurs d'innovation sociale — SIEG Picardie
             12 repères, niveaux 0–3, maximum 36,00
$ sieg --lang fr grids show aquitaine | head -12
aquitaine — Grille de lecture du jury — AMI Innovation sociale Aquitaine 2015
Source : AMI Aquitaine 2015, Annexe 1 « Grille de lecture / évaluation des actions pour le jury »
Échelle : 0–3 ; agrégation : moyenne ; désaccord à partir de : 2 niveaux d'écart
Maximum : 36,00
Seuils : aucun

 1. Place des bénéficiaires [place_beneficiaires] — poids : 1,00
    0  Les bénéficiaires ne prennent aucune part à la démarche.
    1  Les bénéficiaires sont peu associés à la construction de la démarche et à sa mise en œuvre.
    2  Les bénéficiaires sont associés dès le départ : repérage du besoin, co-construction de la réponse et de l'action.
    3  Les bénéficiaires sont, au moins en partie, à l'origine de la démarche et conçoivent sa mise en œuvre avec les autres acteurs.
    source : AMI Aquitaine 2015, Annexe 1 « Grille de lecture / évaluation des actions pour le jury », repère « Place des bénéficiaires »
$ sieg grids show picardie | sed -n '1,16p'
picardie — Social-innovation markers — Picardie SGEI
Source: SIEG Picardie, part 2, « La qualité » et « A la lumière de ces marqueurs »
Scale: 0–3; aggregation: mean; disagreement from: 2 levels apart
Maximum: 36.00
Thresholds: none

== Context [contexte] — weight: 1.00
   source: SIEG Picardie, part 2, « A la lumière de ces marqueurs l'innovation sociale est appréciée au regard » : du contexte (besoins, cibles, destination, vision à long terme)

 1. Context of the social needs and aspirations [contextualisation_besoins] — weight: 1.00
    levels written by sieg, not by the Region: The Picardie SGEI describes no levels for this marker: sieg wrote them from the generic definition (part 3, 1.1) and the notion of context (part 2).
    0  The needs are not situated: no territory, public or social aspiration identified.
    1  The needs are described in general terms, without a diagnosis of the territory.
    2  The needs and aspirations are diagnosed on the territory, for the publics concerned.
    3  The diagnosis, shared with the actors and beneficiaries, situates the needs and opens a long-term vision.
    source: SIEG Picardie, part 2, « La qualité », marqueur 1 « Contextualisation des besoins et aspirations sociales »
$ sieg grids show nowhere
sieg: error: grids show: neither a known grid (aquitaine, picardie) nor a file: nowhere
[2]
# A weight out of range (0 to 1000) is refused where it stands, never a wrapped total.
$ cd "$TMPDIR" && awk '/^\[\[markers\]\]/ && !done {print; getline; print; print "weight = 1e300"; done=1; next} {print}' "$OLDPWD/schemas/grids/aquitaine.toml" > huge.toml && sieg score --grid huge.toml "$OLDPWD/examples/aquitaine-micro-creche.yaml"
huge.toml:13:10: error[SIEG-G001]: 'weight': a number from 0 to 1000 with at most two decimals expected
[2]
