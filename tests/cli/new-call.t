# A new call written only as files (issue 33): examples/calls/occitanie-2026.toml — a new id, region and
# départements, a cap of 30 000 €, a 50/50 payment, two questions of its own (one required, one list) and
# its own grid of 5 markers on 0–4 (examples/calls/occitanie.grid.toml) — through every command and the
# form, in a fresh `sieg init` repository, with the same binary.
# `sieg calls check` lints the files before anything else.
$ sieg --lang fr calls check examples/calls/occitanie-2026.toml
examples/calls/occitanie-2026.toml : appel « occitanie-2026 » : 7 règles, 2 questions, grille « occitanie-2026 » (5 repères, niveaux 0 à 4) : aucun problème
# sieg init --call FILE copies the call and its grid into calls/, lists it in sieg.toml, and writes the
# editors' schema with its questions (no P009 afterwards).
$ R=$PWD && cd "$TMPDIR" && sieg init --call "$R/examples/calls/occitanie-2026.toml" nc | sed -n 1,4p && cd nc && grep -A3 '^call = ' sieg.toml | sed 's/^/  /' && sieg calls schema | cmp - schemas/dossier.schema.json && echo same schema
created: nc/sieg.toml
created: nc/calls/occitanie-2026.toml
created: nc/calls/occitanie.grid.toml
created: nc/schemas/dossier.schema.json
  call = "occitanie-2026"
  # The repository's own calls (man 5 sieg-call); its grid is the call's own.
  calls = ["calls/occitanie-2026.toml"]
  
same schema
# The repository's own calls (man 5 sieg-call); its grid is the call's own.
# The repository's own calls (man 5 sieg-call); its grid is the call's own.
# sieg calls and sieg grids list them beside the built-in ones, marked; show gives the questions.
$ cd "$TMPDIR/nc" && sieg calls | tail -2 && sieg grids | tail -2 && sieg --lang fr calls show occitanie-2026 | sed -n '/^Versement/,/^Règles/p'
occitanie-2026   Social innovation 2026 — Occitanie Region (example call) (the repository's call: calls/occitanie-2026.toml)
                 Occitanie (09, 11, 12, 30, 31, 32, 34, 46, 48, 65, 66, 81, 82); deadline 2026-04-30; 7 rules
occitanie-2026  Jury grid — Occitanie social innovation call 2026 (example) (the repository's grid: calls/occitanie.grid.toml)
                5 markers, levels 0–4, maximum 24.00
Versement de l'aide :
   50 % à la signature de la convention
   50 % à la remise du bilan final
Critères d'appréciation du jury (criteres: dans une évaluation) (1) :
  Critères du jury
    ancrage_local                  Ancrage dans le territoire et ses acteurs
Questions de l'appel (2) :
  action.tiers_lieu                    choice    Lieu d'accueil de l'action (obligatoire)
    tiers_lieu                         Un tiers-lieu
    locaux_porteur                     Les locaux du porteur
    itinerant                          Itinérant
  evaluation.indicateurs_occitanie     list      Indicateurs de suivi
    evaluation.indicateurs_occitanie[].intitule text      Indicateur (obligatoire)
    evaluation.indicateurs_occitanie[].cible integer   Valeur cible
Règles (7) :
# sieg new asks the call's questions: the required one is to fill in, the list with its items.
$ cd "$TMPDIR/nc" && sieg new brouillon > /dev/null && grep -nE '^ *(# )?(- )?(tiers_lieu|indicateurs_occitanie|intitule|cible):' dossiers/brouillon.yaml | sed -n '/tiers_lieu/,$p' | head -5 && rm dossiers/brouillon.yaml
105:  tiers_lieu:
271:    # - intitule:
332:  indicateurs_occitanie:
334:    - intitule:
336:      # cible:
# A dossier answering the call: eligible, scored on the call's grid (0–4, weights 2,1,1,1,1: maximum 24):
# 4×2 + 3 + 2 + 2 + 3 = 18 / 24 = 75 %.
$ cd "$TMPDIR/nc" && cp "$OLDPWD/tests/cli/new-call/micro-creche-toulouse.yaml" dossiers/ && sieg validate dossiers/micro-creche-toulouse.yaml && sieg score dossiers/micro-creche-toulouse.yaml | grep -E '^(Total|Threshold)'
1 file checked: 0 errors, 0 warnings
configuration: sieg.toml
Total: 18.00 / 24.00 (75.0 %)
Threshold: total of at least 40%: met
# The call's rules and questions turn away what they must, with the call's own words.
$ cd "$TMPDIR/nc" && sed -e '/^  tiers_lieu: /d' -e 's/departements: \["31"\]/departements: ["33"]/' -e 's/aide_demandee: 30000/aide_demandee: 30000.01/' -e 's/- {intitule: Familles accueillies, cible: 40}/- {cible: 40}/' dossiers/micro-creche-toulouse.yaml > dossiers/bad.yaml && sieg --lang fr validate dossiers/bad.yaml | grep -o '^[^:]*:[0-9]*:[0-9]*: [a-z]*\[[A-Z0-9-]*\].*'; rm dossiers/bad.yaml
dossiers/bad.yaml:8:3: error[SIEG-S002]: champ obligatoire manquant : « Lieu d'accueil de l'action » (action.tiers_lieu)
dossiers/bad.yaml:141:7: error[SIEG-S002]: champ obligatoire manquant : « Indicateur » (evaluation.indicateurs_occitanie[1].intitule)
# A review on the call's grid: levels 0 to 4 (5 is off the scale), the review scaffold lists them.
$ cd "$TMPDIR/nc" && sieg new --review dossiers/micro-creche-toulouse.yaml --reviewer "Anne Roussel" > /dev/null && f=evaluations/micro-creche-toulouse/anne-roussel.yaml && grep -c '^  #   [0-4] : ' $f && perl -0pi -e 's/(  utilite_sociale:\n    niveau:)/$1 3/; s/(  cooperation:\n    niveau:)/$1 2/; s/(  nouveaute:\n    niveau:)/$1 2/; s/(  viabilite:\n    niveau:)/$1 1/; s/(  evaluation_impact:\n    niveau:)/$1 5/; s/organisation: ""/organisation: "France Active Occitanie"/; s/\navis:[^\n]*/\navis: favorable/; s/\ndate:[^\n]*/\ndate: 2026-05-20/' $f && sieg validate $f | grep -o 'error\[SIEG-R003\].*'; sed -i 's/^    niveau: 5$/    niveau: 4\n    commentaire: "Évaluation avec un tiers."/' $f && sieg validate $f
25
error[SIEG-R003]: level 5 is outside the scale of grid occitanie-2026 (0 to 4)
1 file checked: 0 errors, 0 warnings
configuration: sieg.toml
# The jury's score: 3×2 + 2 + 2 + 1 + 4 = 15 / 24 = 62.5 %; rank, report and check agree.
$ cd "$TMPDIR/nc" && sieg rank | sed -n 2,3p && sieg --lang fr report dossiers/micro-creche-toulouse.yaml | grep -E "Lieu d'accueil|Indicateur :|^\| +\| \*\*Total" && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/'
Rank  Dossier                          Total  Thresholds        %  Source
   1  micro-creche-toulouse    15.00 / 24.00  met            62.5  jury (1)
- **Lieu d'accueil de l'action** : Un tiers-lieu
  - Indicateur : Familles accueillies ; Valeur cible : 40
  - Indicateur : Parents en emploi à 12 mois ; Valeur cible : 30
|   | **Total** |   |   |   |   |   | **15,00 / 24,00 (62,5 %)** |
sieg check: 2 files, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
# --grid names the repository's own grid by its id, for score (the repository's dossiers or named ones)
# and rank; the table's grid column fits the id.
$ cd "$TMPDIR/nc" && sieg score --grid occitanie-2026 | sed -n 1,2p && sieg score --grid occitanie-2026 dossiers/micro-creche-toulouse.yaml | grep '^Total' && sieg rank --grid occitanie-2026 | sed -n 3p
Dossier                Grid            Source                      Total      %  Thresholds
micro-creche-toulouse  occitanie-2026  jury (1)            15.00 / 24.00   62.5  met
Total: 15.00 / 24.00 (62.5 %)
   1  micro-creche-toulouse    15.00 / 24.00  met            62.5  jury (1)
# The decision and the minutes: the call's 50/50 schedule on the aid granted.
$ cd "$TMPDIR/nc" && printf 'format: 1\ndossier: micro-creche-toulouse\ndecision: retenu\nmontant_accorde: 25000\ndate: 2026-06-10\nmotifs: "Besoin établi."\n' > evaluations/micro-creche-toulouse/decision.yaml && sieg validate evaluations/micro-creche-toulouse/decision.yaml | tail -2 && sieg --lang fr report --minutes . -o - | grep -E '^(Selon|\| (micro-creche-toulouse|\*\*Total))'
1 file checked: 0 errors, 0 warnings
configuration: sieg.toml
Selon l'appel « Innovation sociale 2026 — Région Occitanie (appel d'exemple) » : 50 % à la signature de la convention ; 50 % à la remise du bilan final.
| micro-creche-toulouse | 25 000,00 € | 12 500,00 € | 12 500,00 € |
| **Total** | **25 000,00 €** | **12 500,00 €** | **12 500,00 €** |
# For the finance team (issue 31): a row per dossier — carrier, SIRET, decision, aid asked and granted, each
# instalment of the call's 50/50 schedule with its trigger — the totals, and the envelope with what is left
# (40 000 − 25 000 = 15 000). --excel: headers in words, a byte-order mark.
$ cd "$TMPDIR/nc" && cp sieg.toml sieg.toml.bak && sed -i '1i envelope = 40000' sieg.toml && sieg --lang fr report --minutes . -o finances/decisions.csv && tr -d '\r' < finances/decisions.csv | sed 's/\xe2\x80\xaf/ /g' && sieg --lang en report --minutes . --excel -o - | head -1 | tr -d '\r' | cut -c4-; mv sieg.toml.bak sieg.toml
dossier;title;carrier;siret;decision;aid_requested;aid_granted;instalment_1;instalment_1_when;instalment_2;instalment_2_when
micro-creche-toulouse;Micro-crèche à horaires décalés pour les salariés du soin et de la logistique;Association Les Petits Horizons;81234567800019;retenu;30000,00;25000,00;12500,00;50 % à la signature de la convention;12500,00;50 % à la remise du bilan final
total;;;;;30000,00;25000,00;12500,00;;12500,00;
envelope;;;;;;40000,00;;;;
envelope_left;;;;;;15000,00;;;;
dossier,title,carrier,SIRET,decision,aid requested,amount granted,instalment 1,instalment 1: when,instalment 2,instalment 2: when
# The site and the form take the call's questions; the form's page carries the call's grid.
$ cd "$TMPDIR/nc" && sieg report . -o site > /dev/null 2>&1; grep -c "Lieu d&#39;accueil de l&#39;action" site/micro-creche-toulouse.html; sieg form -o form.html && grep -o '"id":"occitanie-2026","title":"[^"]*"' form.html | head -2; grep -c '"path":"action.tiers_lieu"' form.html
1
"id":"occitanie-2026","title":"Innovation sociale 2026 — Région Occitanie (appel d'exemple)"
"id":"occitanie-2026","title":"Grille du jury — Appel Innovation sociale 2026 Occitanie (exemple)"
1
# sieg.toml may turn the repository's own rules up or off ([severity], [[off]]); a code no call has is refused.
$ cd "$TMPDIR/nc" && cp sieg.toml sieg.toml.bak && printf '\n[severity]\nSIEG-E060 = "error"\n' >> sieg.toml && sieg calls > /dev/null && echo accepted && printf 'SIEG-E061 = "info"\n' >> sieg.toml && sieg calls; echo "exit $?"; mv sieg.toml.bak sieg.toml
accepted
sieg.toml:46:13: error[SIEG-T001]: unknown code 'SIEG-E061'; did you mean 'SIEG-E001'?
exit 2
# sieg check's cache: a change to the call file checks the dossiers again (a lower cap turns the dossier away).
$ cd "$TMPDIR/nc" && sieg check --cache-dir .sieg-cache > /dev/null && sed -i 's/^max = 30000$/max = 20000/' calls/occitanie-2026.toml && sieg check --cache-dir .sieg-cache | grep -o 'error\[SIEG-E013\].*'
error[SIEG-E013]: Regional aid is capped at €30,000: 'Regional aid requested' (budget.aide_demandee) is €30,000.00, over €20,000.00
# A call file or a grid file outside the repository (a path up, a link out) is never read: sieg.toml is refused.
$ cd "$TMPDIR/nc" && cp sieg.toml sieg.toml.bak && cp calls/occitanie-2026.toml "$TMPDIR/outside.toml" && sed -i 's|^calls = .*|calls = ["../outside.toml"]|' sieg.toml && sieg calls; echo "exit $?"; ln -s "$TMPDIR/outside.toml" calls/link.toml && sed -i 's|^calls = .*|calls = ["calls/link.toml"]|' sieg.toml && sieg calls; echo "exit $?"; mv sieg.toml.bak sieg.toml; rm calls/link.toml
sieg.toml: error[SIEG-T001]: calls: '../outside.toml' is not a readable call file of the repository
exit 2
sieg.toml: error[SIEG-T001]: calls: 'calls/link.toml' is not a readable call file of the repository
exit 2
$ cd "$TMPDIR/nc" && sed -i 's|^grid = .*|grid = "../../outside.grid.toml"|' calls/occitanie-2026.toml && cp calls/occitanie.grid.toml "$TMPDIR/outside.grid.toml" && sieg calls; echo "exit $?"; sed -i 's|^grid = .*|grid = "occitanie.grid.toml"|' calls/occitanie-2026.toml
calls/occitanie-2026.toml: error[SIEG-C001]: calls/occitanie-2026.toml: grid = '../../outside.grid.toml': neither a known grid nor a readable file beside the call
exit 2
# sieg explain and SARIF know the repository's own rules.
$ cd "$TMPDIR/nc" && sieg explain SIEG-E060 | head -3 && sieg check --no-cache --format sarif | python3 -c "import json,sys; d=json.load(sys.stdin); print([r['id'] for r in d['runs'][0]['tool']['driver']['rules'] if r['id']=='SIEG-E060'])"
SIEG-E060 — Follow-up has at least two indicators

Social innovation 2026 — Occitanie Region (example call) — warning (flagged, the dossier is not turned away)
['SIEG-E060']
