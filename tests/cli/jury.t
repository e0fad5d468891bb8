# The officer's workflow: a jury in sieg.toml, sieg assign, the reviews filled in, sieg status.
# 12 dossiers (the three Aquitaine examples, four times), 5 reviewers: Paul Martin works for the Commune de
# Bègles, a partner of the micro-crèche dossiers (d01, d04, d07, d10); Karim Haddad for « Grand Périgueux »,
# which d05 names only in full (« Communauté d'agglomération du Grand Périgueux »); Julie Petit declared a
# conflict with d03; Sophie Bernard reviews at most 6 dossiers.
$ E="$PWD/examples" && cd "$TMPDIR" && sieg init --call aquitaine-2015 jury > /dev/null && cd jury && rm dossiers/*.yaml && i=0 && for k in 1 2 3 4; do for s in micro-creche paniers-etudiants art-renouvellement-urbain; do i=$((i+1)); cp "$E/aquitaine-$s.yaml" dossiers/d$(printf %02d $i).yaml; done; done && sed -i "s/^  - nom: Service de santé universitaire/  - nom: Communauté d'agglomération du Grand Périgueux/" dossiers/d05.yaml && printf '\nreviews_per_dossier = 3\nreview_deadline = 2015-07-01\n\n[[jury]]\nname = "Anne Roussel"\norganisation = "Région Nouvelle-Aquitaine"\n\n[[jury]]\nname = "Paul Martin"\norganisation = "Commune de Bègles"\n\n[[jury]]\nname = "Karim Haddad"\norganisation = "Grand Périgueux"\n\n[[jury]]\nname = "Julie Petit"\norganisation = "Fondation de France"\nconflicts = ["d03"]\n\n[[jury]]\nname = "Sophie Bernard"\norganisation = "Caisse des dépôts"\ncapacity = 6\n' >> sieg.toml && sieg assign --dry-run --today 2015-06-01
d01: Anne Roussel, Karim Haddad, Sophie Bernard
d02: Anne Roussel, Julie Petit, Paul Martin
d03: Karim Haddad, Paul Martin, Sophie Bernard
d04: Anne Roussel, Julie Petit, Karim Haddad
d05: Julie Petit, Paul Martin, Sophie Bernard
d06: Anne Roussel, Karim Haddad, Sophie Bernard
d07: Anne Roussel, Julie Petit, Karim Haddad
d08: Karim Haddad, Paul Martin, Sophie Bernard
d09: Anne Roussel, Julie Petit, Paul Martin
d10: Julie Petit, Karim Haddad, Sophie Bernard
d11: Anne Roussel, Karim Haddad, Paul Martin
d12: Anne Roussel, Julie Petit, Paul Martin

Load: Anne Roussel 8, Paul Martin 7, Karim Haddad 8, Julie Petit 7, Sophie Bernard 6

Left out:
  d01 — Paul Martin: same organisation as a partner (Commune de Bègles)
  d03 — Julie Petit: conflict declared in [[jury]]
  d04 — Paul Martin: same organisation as a partner (Commune de Bègles)
  d05 — Karim Haddad: possible conflict: resembles a partner (Communauté d'agglomération du Grand Périgueux)
  d07 — Paul Martin: same organisation as a partner (Commune de Bègles)
  d10 — Paul Martin: same organisation as a partner (Commune de Bègles)
# The same inputs give the same proposal.
$ cd "$TMPDIR/jury" && [ "$(sieg assign --dry-run)" = "$(sieg assign --dry-run)" ] && echo same; ls evaluations
same
# Written: the reviews to fill in and assignments.toml.
$ cd "$TMPDIR/jury" && sieg assign --today 2015-06-01 | tail -4 && ls evaluations/d05 && sed -n 4,9p assignments.toml
created: evaluations/d12/anne-roussel.yaml
created: evaluations/d12/julie-petit.yaml
created: evaluations/d12/paul-martin.yaml
written: assignments.toml
julie-petit.yaml
paul-martin.yaml
sophie-bernard.yaml
[[assign]]
dossier = "d01"
reviewer = "Anne Roussel"

[[assign]]
dossier = "d01"
# Run again: everything is already there, nothing is written over.
$ cd "$TMPDIR/jury" && sieg assign --today 2015-06-01 | grep -c "already there"; sieg assign --today 2015-06-01 | tail -1
12
written: assignments.toml
# Reviews not filled in yet are reviews to do, not errors.
$ cd "$TMPDIR/jury" && sieg check | tail -2 | sed "s/([0-9.,]* s)/(T s)/"
sieg check: 48 files, 12 dossiers, 12 eligible, 0 errors, 36 warnings (T s)
configuration: sieg.toml
$ cd "$TMPDIR/jury" && sieg status --today 2015-06-20 | tail -9

Jury:
  Anne Roussel  0/8 done — to do: d01, d02, d04, d06, d07, d09, d11, d12
  Paul Martin  0/7 done — to do: d02, d03, d05, d08, d09, d11, d12
  Karim Haddad  0/8 done — to do: d01, d03, d04, d06, d07, d08, d10, d11
  Julie Petit  0/7 done — to do: d02, d04, d05, d07, d09, d10, d12
  Sophie Bernard  0/6 done — to do: d01, d03, d05, d06, d08, d10

sieg status: 12 eligible dossier(s), 0 with a complete jury, 36 review(s) missing
# d01's three reviewers and Anne Roussel on d02 fill theirs in: valid once filled (the same level everywhere is
# « notation uniforme », a warning to discuss at the meeting).
$ cd "$TMPDIR/jury" && for f in evaluations/d01/*.yaml evaluations/d02/anne-roussel.yaml; do sed -i 's/^    niveau:$/    niveau: 2/; s/^date:  #.*/date: 2015-06-15/; s/^avis:  #.*/avis: favorable/' "$f"; done && sieg validate evaluations/d01/*.yaml evaluations/d02/anne-roussel.yaml
evaluations/d01/anne-roussel.yaml:20:3: warning[SIEG-R018]: uniform scoring: Anne Roussel gives level 2 to all 12 markers; to discuss at the jury's meeting
evaluations/d01/karim-haddad.yaml:20:3: warning[SIEG-R018]: uniform scoring: Karim Haddad gives level 2 to all 12 markers; to discuss at the jury's meeting
evaluations/d01/sophie-bernard.yaml:20:3: warning[SIEG-R018]: uniform scoring: Sophie Bernard gives level 2 to all 12 markers; to discuss at the jury's meeting
evaluations/d02/anne-roussel.yaml:20:3: warning[SIEG-R018]: uniform scoring: Anne Roussel gives level 2 to all 12 markers; to discuss at the jury's meeting
4 files checked: 0 errors, 4 warnings
configuration: sieg.toml
$ cd "$TMPDIR/jury" && sieg status --today 2015-06-20 | head -3
d01  3/3 review(s) — complete
d02  1/3 review(s) — missing: Julie Petit, Paul Martin
d03  0/3 review(s) — missing: Karim Haddad, Paul Martin, Sophie Bernard
# After the deadline, a reviewer with something left to do is late.
$ cd "$TMPDIR/jury" && sieg status --today 2015-07-02 | grep "Anne Roussel"
d04  0/3 review(s) — missing: Anne Roussel, Julie Petit, Karim Haddad
d06  0/3 review(s) — missing: Anne Roussel, Karim Haddad, Sophie Bernard
d07  0/3 review(s) — missing: Anne Roussel, Julie Petit, Karim Haddad
d09  0/3 review(s) — missing: Anne Roussel, Julie Petit, Paul Martin
d11  0/3 review(s) — missing: Anne Roussel, Karim Haddad, Paul Martin
d12  0/3 review(s) — missing: Anne Roussel, Julie Petit, Paul Martin
  Anne Roussel  2/8 done — to do: d04, d06, d07, d09, d11, d12 (late, deadline 2015-07-01)
$ cd "$TMPDIR/jury" && sieg status --format json --today 2015-06-20 | jq -c '.dossiers[0:2][] | {id, expected, received, complete, missing}'
{"id":"d01","expected":3,"received":3,"complete":true,"missing":[]}
{"id":"d02","expected":3,"received":1,"complete":false,"missing":["Julie Petit","Paul Martin"]}
# The JSON gives the jurors' e-mail addresses for reminders (null when sieg.toml has none).
$ cd "$TMPDIR/jury" && sed -i 's/^name = "Anne Roussel"$/&\nemail = "anne.roussel@example.org"/' sieg.toml && sieg status --format json --today 2015-06-20 | jq -r '.reviewers[] | select(.to_do != []) | "\(.name) \(.email)"'
Anne Roussel anne.roussel@example.org
Paul Martin null
Karim Haddad null
Julie Petit null
Sophie Bernard null
$ cd "$TMPDIR/jury" && sieg status --format csv | head -3 | tr -d '\r'; sieg status --format md | head -4
dossier,eligible,expected,received,excluded,complete,missing_reviewers,unassigned
d01,true,3,3,0,true,,0
d02,true,3,1,0,false,Julie Petit; Paul Martin,0
| Dossier | Eligible | Received / expected | Left out | Missing |
|---|---|---|---|---|
| d01 | yes | 3/3 | 0 |  |
| d02 | yes | 1/3 | 0 | Julie Petit, Paul Martin |
# In French, the CSV is as sieg score and rank write it: ';' (a decimal comma's language) and the same ids
# for scripts; --excel gives a spreadsheet headers and « oui » / « non » in French (CRLF, UTF-8 BOM).
$ cd "$TMPDIR/jury" && sieg --lang fr status --format csv | head -2 | tr -d '\r'; sieg --lang fr status --excel | head -3 | tr -d '\r' | sed 's/^\xef\xbb\xbf/BOM /'
dossier;eligible;expected;received;excluded;complete;missing_reviewers;unassigned
d01;true;3;3;0;true;;0
BOM dossier;éligible;évaluations attendues;reçues;écartées;complet;évaluateurs attendus;à attribuer
d01;oui;3;3;0;oui;;0
d02;oui;3;1;0;non;"Julie Petit; Paul Martin";0
$ cd "$TMPDIR/jury" && sieg --lang fr status --excel --format md; echo "exit $?"
sieg : erreur : --excel donne du CSV : il ne va pas avec --format md
exit 2
# The possible conflict shows in Karim Haddad's review of d05 if someone pins him there anyway.
$ cd "$TMPDIR/jury" && sieg new --review dossiers/d05.yaml --reviewer "Karim Haddad" --today 2015-06-01 && sed -i 's/^    niveau:$/    niveau: 1/; s/^date:  #.*/date: 2015-06-15/; s/^avis:  #.*/avis: reserve/' evaluations/d05/karim-haddad.yaml && sieg validate evaluations/d05/karim-haddad.yaml
created: evaluations/d05/karim-haddad.yaml
evaluations/d05/karim-haddad.yaml:7:1: warning[SIEG-R016]: possible conflict of interest: Karim Haddad's organisation (Grand Périgueux) resembles a partner of the dossier (Communauté d'agglomération du Grand Périgueux); review kept, to be checked
evaluations/d05/karim-haddad.yaml:20:3: warning[SIEG-R018]: uniform scoring: Karim Haddad gives level 1 to all 12 markers; to discuss at the jury's meeting
1 file checked: 0 errors, 2 warnings
configuration: sieg.toml
# sieg rank ranks only the dossiers whose jury is complete; the others apart, with what they lack; the
# jury's site says the same (redacted: no reviewer named).
$ cd "$TMPDIR/jury" && sieg rank --today 2015-06-20 2>/dev/null | sed -n 1,8p
Grid aquitaine: 1 dossier(s) ranked on the jury's reviews, 0 on the self-assessment alone, 0 ineligible, 0 not scored
Rank  Dossier            Total      %  Source
   1  d01        24.00 / 36.00   66.7  jury (3)
Jury incomplete, not ranked:
   -  d02      1/3 review(s) — missing: Julie Petit, Paul Martin
   -  d03      0/3 review(s) — missing: Karim Haddad, Paul Martin, Sophie Bernard
   -  d04      0/3 review(s) — missing: Anne Roussel, Julie Petit, Karim Haddad
   -  d05      1/3 review(s) — missing: Julie Petit, Paul Martin, Sophie Bernard
$ cd "$TMPDIR/jury" && sieg rank --format json 2>/dev/null | jq -c '.grids[0] | {ranked: [.ranked[].dossier], incomplete: [.incomplete[] | {dossier, incomplete}][0:2]}'
{"ranked":["d01"],"incomplete":[{"dossier":"d02","incomplete":"1/3 review(s) — missing: Julie Petit, Paul Martin"},{"dossier":"d03","incomplete":"0/3 review(s) — missing: Karim Haddad, Paul Martin, Sophie Bernard"}]}
$ cd "$TMPDIR/jury" && sieg report . --redact -o site > /dev/null 2>&1; grep -c 'data-incomplete' site/index.html; grep -o 'data-dossier="d02" data-incomplete.*</li>' site/index.html | sed 's/<[^>]*>/ /g'; grep -c 'Julie Petit' site/index.html
11
data-dossier="d02" data-incomplete="true"> Paniers quatre saisons pour les étudiants aux ressources les plus faibles   d02  — 1/3 évaluation(s) 
0
[1]
# The site for the jury itself (not redacted): a page per reviewer with what remains to do, and --title.
$ cd "$TMPDIR/jury" && sieg report . -o site-jury --title "AMI 2015 — jury du 10 juillet" --today 2015-06-20 2>/dev/null; ls site-jury | grep -c '^jury_'; grep -o '<title>[^<]*</title>' site-jury/index.html; grep -o 'data-reviewer="Anne Roussel"><a href="./jury_anne-roussel.html">Anne Roussel</a> — [^<]*' site-jury/index.html; grep -c 'data-state="done"' site-jury/jury_anne-roussel.html; grep -c 'data-state="to_do"' site-jury/jury_anne-roussel.html
site-jury : 12 page(s) de dossier, 5 page(s) du jury, index.html, style.css
configuration : sieg.toml
5
<title>Classement — AMI 2015 — jury du 10 juillet</title>
data-reviewer="Anne Roussel"><a href="./jury_anne-roussel.html">Anne Roussel</a> — 2/8 faite(s)
2
6
# The meeting: d02's and d03's juries complete (d02: Anne 2, Julie 3, Paul 3 on every marker, a mean of 8/3 on
# each of 12 markers of weight 1 = 32; d03: 1 everywhere = 12; d01: 24), then the decisions recorded.
$ cd "$TMPDIR/jury" && for f in evaluations/d02/julie-petit.yaml evaluations/d02/paul-martin.yaml; do sed -i 's/^    niveau:$/    niveau: 3/; s/^date:  #.*/date: 2015-06-15/; s/^avis:  #.*/avis: favorable/' "$f"; done && for f in evaluations/d03/*.yaml; do sed -i 's/^    niveau:$/    niveau: 1/; s/^date:  #.*/date: 2015-06-15/; s/^avis:  #.*/avis: defavorable/' "$f"; done && sieg rank --today 2015-07-10 2>/dev/null | sed -n 2,5p
Rank  Dossier            Total      %  Source
   1  d02        32.00 / 36.00   88.9  jury (3)
   2  d01        24.00 / 36.00   66.7  jury (3)
   3  d03        12.00 / 36.00   33.3  jury (3)
# sieg new --decision writes the decision to record, with what the pipeline found as comments; left as it
# is, the dossier is undecided (a warning).
$ cd "$TMPDIR/jury" && sieg new --decision dossiers/d01.yaml --today 2015-07-10 && sed 's/^/  /' evaluations/d01/decision.yaml && sieg validate evaluations/d01/decision.yaml
created: evaluations/d01/decision.yaml
  # yaml-language-server: $schema=../../schemas/decision.schema.json
  # Decision on the dossier 'Micro-crèche à horaires décalés pour les salariés du soin et de la logistique' (d01).
  #   score: 24.00 / 36.00 (jury (3)); opinions: 3 favorable, 0 with reservations, 0 unfavourable
  #   aid asked for: €30,000.00; the call's cap: €40,000.00
  # Fill in decision, motifs, and montant_accorde for a retained dossier; then: sieg validate on this file.
  # While decision is empty, the dossier counts as undecided (man 5 sieg-decision).
  format: 1
  dossier: "d01"
  decision:  # retenu (retained), ajourne (deferred) or refuse (refused)
  # montant_accorde:  # retained: the aid granted, in euros (e.g. 25000)
  date: 2015-07-10
  # instance: "Commission permanente"  # the deciding body
  motifs:  # the reasons, as the carrier will receive them
  # conditions:  # what is expected of the carrier
evaluations/d01/decision.yaml:9:1: warning[SIEG-D009]: decision not taken yet: the dossier counts as undecided
  = help: write the decision (retenu, ajourne or refuse), its reasons, and the amount granted when retained
1 file checked: 0 errors, 1 warning
configuration: sieg.toml
# Decisions: d01 retained for 25 000 €, d02 for 20 000,01 € (cents are kept), d03 deferred, d04 refused,
# d06 retained above the call's cap (an error: that decision is not counted).
$ cd "$TMPDIR/jury" && printf 'format: 1\ndossier: d01\ndecision: retenu\nmontant_accorde: 25000\ndate: 2015-07-10\ninstance: Commission permanente\nmotifs: "Besoin établi avec les employeurs."\nconditions: "Bilan de la première année avant le second versement."\n' > evaluations/d01/decision.yaml && mkdir -p evaluations/d04 evaluations/d06 && printf 'format: 1\ndossier: d02\ndecision: retenu\nmontant_accorde: 20000.01\ndate: 2015-07-10\nmotifs: "Public cible bien identifié."\n' > evaluations/d02/decision.yaml && printf 'format: 1\ndossier: d03\ndecision: ajourne\ndate: 2015-07-10\nmotifs: "Évaluation à construire avec les habitants."\n' > evaluations/d03/decision.yaml && printf 'format: 1\ndossier: d04\ndecision: refuse\ndate: 2015-07-09\nmotifs: "Jury incomplet ; le projet double d01."\n' > evaluations/d04/decision.yaml && printf 'format: 1\ndossier: d06\ndecision: retenu\nmontant_accorde: 45000\nmotifs: "Très bon dossier."\n' > evaluations/d06/decision.yaml && sieg validate evaluations/*/decision.yaml
evaluations/d06/decision.yaml:4:18: error[SIEG-D004]: amount granted (€45,000.00) above the aid's cap (€40,000.00) — AMI Aquitaine 2015, §7 (« L'aide régionale est plafonnée à un montant maximum de 40 000 euros »)
  = help: bring montant_accorde down to €40,000.00 at most
evaluations/d06/decision.yaml:4:18: warning[SIEG-D005]: amount granted (€45,000.00) above the aid the carrier asked for (€19,500.00)
  = help: check the amount, or budget.aide_demandee in the dossier
5 files checked: 1 error, 1 warning
configuration: sieg.toml
[1]
# The minutes: ranked dossiers with their decision, the others apart, the total against the envelope
# (40 000 €: exceeded by 5 000,01 €, a warning), the schedule of §7 (70 % rounded down to the cent, 30 % the rest).
$ cd "$TMPDIR/jury" && sed -i '1i envelope = 40000' sieg.toml && sieg report --minutes . --today 2015-07-10 -o pv.md; sed -n '1,14p' pv.md | sed 's/^/  /'
evaluations/d06/decision.yaml:4:18: error[SIEG-D004]: montant accordé (45 000,00 €) au-dessus du plafond de l'aide (40 000,00 €) — AMI Aquitaine 2015, §7 (« L'aide régionale est plafonnée à un montant maximum de 40 000 euros »)
  = aide : ramenez montant_accorde à 40 000,00 € au plus
evaluations/d06/decision.yaml:4:18: warning[SIEG-D005]: montant accordé (45 000,00 €) au-dessus de l'aide demandée par le porteur (19 500,00 €)
  = aide : vérifiez le montant, ou budget.aide_demandee dans le dossier
sieg.toml: warning[SIEG-D007]: les aides accordées (45 000,01 €) dépassent l'enveloppe de l'appel (40 000,00 €) de 5 000,01 €
  = aide : revoyez les montants accordés, ou l'enveloppe (envelope dans sieg.toml)
  # Procès-verbal — AMI Innovation sociale 2015 — Région Aquitaine
  
  Séance du 10 juillet 2015
  
  12 dossier(s) : 2 retenu(s), 1 ajourné(s), 1 refusé(s), 8 sans décision
  
  Aides accordées : 45 000,01 € sur une enveloppe de 40 000,00 € — dépassement de 5 000,01 €.
  
  ## Classement — Grille de lecture du jury — AMI Innovation sociale Aquitaine 2015
  
  | Rang | Dossier | Porteur | Note | % | Source | Avis F / R / D | Aide demandée | Décision | Montant accordé |
  |---:|---|---|---:|---:|---|---:|---:|---|---:|
  | 1 | d02 — Paniers quatre saisons pour les étudiants aux ressources les plus faibles | SCIC Campus Solidaire (fictive) | 32,00 / 36,00 | 88,9 % | jury (3) | 3 / 0 / 0 | 22 000,00 € | retenu | 20 000,01 € |
  | 2 | d01 — Micro-crèche à horaires décalés pour les salariés du soin et de la logistique | Association Les Petits Horizons | 24,00 / 36,00 | 66,7 % | jury (3) | 3 / 0 / 0 | 30 000,00 € | retenu | 25 000,00 € |
$ cd "$TMPDIR/jury" && sed -n '/^## Échéancier/,/^\*\*Total/p' pv.md | sed 's/^/  /'; grep -c 'd06 .*décision en erreur \\\[SIEG-D004\\\]' pv.md
  ## Échéancier des versements
  
  Selon l'appel « AMI Innovation sociale 2015 — Région Aquitaine » : 70 % au démarrage de l'action ; 30 % à la remise du bilan de la première année.
  
  | Dossier | Montant accordé | 70 % au démarrage de l'action | 30 % à la remise du bilan de la première année |
  |---|---:|---:|---:|
  | d02 | 20 000,01 € | 14 000,00 € | 6 000,01 € |
  | d01 | 25 000,00 € | 17 500,00 € | 7 500,00 € |
  | **Total** | **45 000,01 €** | **31 500,00 €** | **13 500,01 €** |
  
  Établi par sieg à partir des dossiers, des évaluations et des décisions du dépôt.
1
$ cd "$TMPDIR/jury" && sieg report --minutes . --today 2015-07-10 --format json 2>/dev/null | jq -c '{decisions, granted, envelope, remaining, first: .grids[0].dossiers[0] | {dossier, rank, total, decision: .decision.decision, schedule: [.schedule[].amount]}}'
{"decisions":{"retenu":2,"ajourne":1,"refuse":1,"none":8},"granted":45000.01,"envelope":40000,"remaining":-5000.01,"first":{"dossier":"d02","rank":1,"total":32,"decision":"retenu","schedule":[14000,6000.01]}}
$ cd "$TMPDIR/jury" && sieg report --minutes . -o pv.html 2>/dev/null; grep -c '<tr data-dossier="d0[0-9]" data-standing="ranked"' pv.html; grep -o '<tr data-dossier="d04" data-standing="incomplete" data-decision="refuse">' pv.html
3
<tr data-dossier="d04" data-standing="incomplete" data-decision="refuse">
# A broken decision fails CI even with --fail-on shape; the minutes need a folder.
$ cd "$TMPDIR/jury" && sieg check --fail-on shape > /dev/null; echo "exit $?"; sieg report --minutes dossiers/d01.yaml
exit 1
sieg : erreur : --minutes dossiers/d01.yaml : le procès-verbal porte sur un dossier de dossiers (par exemple « sieg report --minutes . »)
[2]
# Pins that break a conflict are refused; sieg.toml names unknown reviewers as errors.
$ cd "$TMPDIR/jury" && cp sieg.toml sieg.toml.orig && printf '\n[[assign]]\ndossier = "d01"\nreviewer = "Paul Martin"\n' >> sieg.toml && sieg assign --dry-run | grep -i "pin"; printf '\n[[assign]]\ndossier = "d02"\nreviewer = "Nobody"\n' >> sieg.toml && sieg status; mv sieg.toml.orig sieg.toml
pin refused (conflict): d01: Paul Martin
sieg.toml:76:12: error[SIEG-T001]: 'Nobody' is not in the jury ([[jury]])
# Without a jury, sieg assign says what it needs.
$ cd "$TMPDIR" && sieg init nojury > /dev/null && cd nojury && sieg assign
sieg: error: sieg assign needs, in sieg.toml, the jury ([[jury]] name, organisation) and reviews_per_dossier (see man 5 sieg.toml)
[2]
# A review with an error (a level off the grid's scale) is not received: sieg rank leaves the dossier
# unscored, and status, its JSON (for reminders) and the juror's page say « à corriger », with the code.
$ cd "$TMPDIR/jury" && sed -i '0,/^    niveau: 3$/s//    niveau: 4/' evaluations/d02/julie-petit.yaml && sieg status --today 2015-06-20 | grep -E "^d02 |^  Julie Petit"; sieg status --format json --today 2015-06-20 | jq -c '{d02: [.dossiers[] | select(.id == "d02") | .reviews[] | {reviewer, state, why}], julie: [.reviewers[] | select(.name == "Julie Petit") | .to_fix]}'; sieg report . -o site-fix --today 2015-06-20 >/dev/null 2>&1; grep -o '<tr data-dossier="d02" data-state="[a-z_]*">' site-fix/jury_julie-petit.html; sieg rank --today 2015-06-20 2>/dev/null | grep 'd02'
d02  2/3 review(s) — missing: Julie Petit to fix (SIEG-R003)
  Julie Petit  0/7 done — to do: d02, d04, d05, d07, d09, d10, d12 (to fix: d02)
{"d02":[{"reviewer":"Anne Roussel","state":"received","why":""},{"reviewer":"Julie Petit","state":"broken","why":"SIEG-R003"},{"reviewer":"Paul Martin","state":"received","why":""}],"julie":[["d02"]]}
<tr data-dossier="d02" data-state="to_fix">
   -  d02      2/3 review(s) — missing: Julie Petit to fix (SIEG-R003)
# Right after assignment, a dossier's reviews are files to fill in (SIEG-R017), not errors: the report says
# how many are to fill; a review with an error is named as such.
$ cd "$TMPDIR/jury" && sieg report dossiers/d04.yaml --lang fr 2>/dev/null | grep -E "évaluation.*(à remplir|erreurs)"; sieg report dossiers/d02.yaml --lang fr --format html 2>/dev/null | grep -o '<p class="not-met">[^<]*</p>'
3 évaluation(s) du jury à remplir : pas encore de note du jury ; la note ci-dessous est l'auto-évaluation du porteur.
<p class="not-met">Une évaluation du jury contient des erreurs : pas de note du jury (voir sieg check).</p>
# avis_commentaire, the reasons for a review's opinion, reaches every output: sieg score, the report in
# Markdown, HTML and JSON, and the minutes (Markdown and JSON), as R1, R2… as elsewhere.
$ cd "$TMPDIR/jury" && f=evaluations/d03/karim-haddad.yaml && printf 'avis_commentaire: "Porteur solide ; évaluation à construire avec les habitants."\n' >> "$f" && sieg validate "$f" | head -3; sieg score dossiers/d03.yaml --today 2015-07-10 2>/dev/null | grep -A1 '^  R1'; sieg report dossiers/d03.yaml --lang fr 2>/dev/null | grep -o '[Dd]éfavorable — Porteur solide[^|]*'; sieg report dossiers/d03.yaml --format html 2>/dev/null | grep -o '<span class="opinion-comment">[^<]*</span>'; sieg report dossiers/d03.yaml --format json 2>/dev/null | jq -c '[.. | .opinion_comment? // empty]'; sieg report --minutes . --today 2015-07-10 2>/dev/null | grep -A4 '^## Avis motivés'; sieg report --minutes . --today 2015-07-10 --format json 2>/dev/null | jq -c '[.grids[].dossiers[] | select(.opinion_comments != []) | {dossier, opinion_comments}]'
evaluations/d03/karim-haddad.yaml:20:3: warning[SIEG-R018]: uniform scoring: Karim Haddad gives level 1 to all 12 markers; to discuss at the jury's meeting
1 file checked: 0 errors, 1 warning
configuration: sieg.toml
  R1 Karim Haddad (Grand Périgueux)
     opinion's reasons: Porteur solide ; évaluation à construire avec les habitants.
défavorable — Porteur solide ; évaluation à construire avec les habitants. 
<span class="opinion-comment">Porteur solide ; évaluation à construire avec les habitants.</span>
["Porteur solide ; évaluation à construire avec les habitants."]
## Avis motivés du jury

### d03 — Les habitants redessinent leur quartier par la pratique artistique

R1, défavorable : Porteur solide ; évaluation à construire avec les habitants.
[{"dossier":"d03","opinion_comments":[{"reviewer":"R1","opinion":"defavorable","comment":"Porteur solide ; évaluation à construire avec les habitants."}]}]
