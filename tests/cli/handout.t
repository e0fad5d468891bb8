# sieg handout (issue 31): per juror, a cover page with the deadline, the reports of the dossiers given to
# them (blind: no other juror's levels or names), their review forms and files. HTML here (no browser);
# tests/pdf prints them. Three dossiers, three jurors, two reviews per dossier.
$ E="$PWD/examples" && cd "$TMPDIR" && sieg init ho > /dev/null && cd ho && cp "$E/aquitaine-paniers-etudiants.yaml" "$E/aquitaine-art-renouvellement-urbain.yaml" dossiers/ && printf '\nreviews_per_dossier = 2\nreview_deadline = 2015-06-30\n\n[[jury]]\nname = "Anne Roussel"\norganisation = "France Active Aquitaine"\n\n[[jury]]\nname = "Paul Martin"\norganisation = "URSCOP"\n\n[[jury]]\nname = "Karim Haddad"\norganisation = "Université de Bordeaux"\n' >> sieg.toml && sieg assign --today 2015-06-01 > /dev/null && sieg --lang fr handout -o remises --format html --today 2015-06-01 && find remises -type f | sort
remises : 3 membre(s) du jury (anne-roussel/, paul-martin/, karim-haddad/), 6 rapport(s) en HTML, 6 évaluation(s) à remplir
configuration : sieg.toml
remises/.sieg-handout
remises/anne-roussel/00-a-lire.html
remises/anne-roussel/aquitaine-art-renouvellement-urbain-anne-roussel.yaml
remises/anne-roussel/aquitaine-art-renouvellement-urbain-formulaire.html
remises/anne-roussel/aquitaine-art-renouvellement-urbain.html
remises/anne-roussel/aquitaine-paniers-etudiants-anne-roussel.yaml
remises/anne-roussel/aquitaine-paniers-etudiants-formulaire.html
remises/anne-roussel/aquitaine-paniers-etudiants.html
remises/anne-roussel/exemple-aquitaine-micro-creche-anne-roussel.yaml
remises/anne-roussel/exemple-aquitaine-micro-creche-formulaire.html
remises/anne-roussel/exemple-aquitaine-micro-creche.html
remises/karim-haddad/00-a-lire.html
remises/karim-haddad/exemple-aquitaine-micro-creche-formulaire.html
remises/karim-haddad/exemple-aquitaine-micro-creche-karim-haddad.yaml
remises/karim-haddad/exemple-aquitaine-micro-creche.html
remises/paul-martin/00-a-lire.html
remises/paul-martin/aquitaine-art-renouvellement-urbain-formulaire.html
remises/paul-martin/aquitaine-art-renouvellement-urbain-paul-martin.yaml
remises/paul-martin/aquitaine-art-renouvellement-urbain.html
remises/paul-martin/aquitaine-paniers-etudiants-formulaire.html
remises/paul-martin/aquitaine-paniers-etudiants-paul-martin.yaml
remises/paul-martin/aquitaine-paniers-etudiants.html
# The cover: who, the deadline in words, each dossier with what to read and what to fill in.
$ cd "$TMPDIR/ho" && grep -o '<p class="deadline">.*</p>\|<p class="lead">.*</p>\|<strong>Karim Haddad</strong>' remises/karim-haddad/00-a-lire.html
<strong>Karim Haddad</strong>
<p class="lead">1 dossier(s) vous sont confiés, 1 à évaluer.</p>
<p class="deadline"><strong>À rendre au plus tard le 30 juin 2015.</strong></p>
# The review file says where it goes back; filled in, it is a valid review of the repository.
$ cd "$TMPDIR/ho" && f=remises/karim-haddad/exemple-aquitaine-micro-creche-karim-haddad.yaml && sed -n '6,11p' $f | sed 's/^#/|#/' && cp $f evaluations/exemple-aquitaine-micro-creche/karim-haddad.yaml && sed -i 's/^    niveau:$/    niveau: 3/; s/^date:  #.*/date: 2015-06-20/; s/^avis:  #.*/avis: favorable/' evaluations/exemple-aquitaine-micro-creche/karim-haddad.yaml && sieg validate evaluations/exemple-aquitaine-micro-creche/karim-haddad.yaml 2>&1 | tail -2
|# Rempli, ce fichier va dans le dépôt sous evaluations/exemple-aquitaine-micro-creche/karim-haddad.yaml.
format: 1
dossier: exemple-aquitaine-micro-creche
evaluateur:
  nom: "Karim Haddad"
  organisation: "Université de Bordeaux"
1 file checked: 0 errors, 1 warning
configuration: sieg.toml
# Blind: Anne's copy of that dossier never shows Karim's levels, name or opinion, only the carrier's
# self-assessment (its total, 27/36); the jury's report does show them.
$ cd "$TMPDIR/ho" && sieg --lang fr handout -o remises --format html --today 2015-06-01 > /dev/null && grep -c 'Karim\|Haddad\|Évaluateurs' remises/anne-roussel/exemple-aquitaine-micro-creche.html; grep -o 'Total <strong>27,00 / 36,00</strong>' remises/anne-roussel/exemple-aquitaine-micro-creche.html | head -1; sieg --lang fr report dossiers/exemple-aquitaine-micro-creche.yaml | grep -c 'Karim Haddad'
0
Total <strong>27,00 / 36,00</strong>
1
# Karim's review is done: no form nor file for him any more; the cover says so.
$ cd "$TMPDIR/ho" && ls remises/karim-haddad && grep -o '<td>faite</td>' remises/karim-haddad/00-a-lire.html
00-a-lire.html
exemple-aquitaine-micro-creche.html
<td>faite</td>
# One juror: --reviewer (case and accents aside) rewrites that juror's folder only: the others' stay,
# still sieg's (listed); a foreign file in a juror's folder stays; a name not in the jury is refused with
# the closest one; no [[jury]], no -o: usage errors.
$ cd "$TMPDIR/ho" && echo mine > remises/anne-roussel/notes.txt && sieg handout -o remises --format html --reviewer "anne roussel" && ls remises && grep -c '^paul-martin/' remises/.sieg-handout
remises: 1 juror(s) (anne-roussel/), 3 report(s) as HTML, 3 review(s) to fill in
configuration: sieg.toml
anne-roussel
karim-haddad
paul-martin
7
$ cd "$TMPDIR/ho" && cat remises/anne-roussel/notes.txt && sieg handout -o remises --reviewer "Paul Martn"; echo "exit $?"
mine
sieg: error: --reviewer Paul Martn: nobody of that name in sieg.toml's [[jury]]; did you mean 'Paul Martin'?
exit 2
$ cd "$TMPDIR/ho" && sieg handout; echo "exit $?"; sieg --no-config handout -o x; echo "exit $?"
sieg: error: -o FOLDER is required: a folder per juror is written there (for example -o handouts/)
exit 2
sieg: error: .: no [[jury]] in sieg.toml; handouts go to each juror (see man sieg-toml)
exit 2
# A folder sieg did not write is never written to.
$ cd "$TMPDIR/ho" && mkdir -p docs && echo x > docs/a.txt && sieg handout -o docs --format html; echo "exit $?"; ls docs
docs: error[SIEG-IO07]: exists and was not written by sieg on this machine (no .sieg-handout of its own): choose another folder, or empty it
exit 2
a.txt
