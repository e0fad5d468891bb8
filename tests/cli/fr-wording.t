# The officer's documents read as French (issue 31): elisions, prepositions, what a status means. Each
# sentence to the letter.
# A repository, a jury: Anne Roussel from the carrier's association (the same organisation), Émile Dubois
# from « Ville de Bègles » (possibly the partner « Commune de Bègles »), Paul Martin from elsewhere.
$ cd "$TMPDIR" && sieg init fr > /dev/null && cd fr && printf '\nreviews_per_dossier = 1\n\n[[jury]]\nname = "Anne Roussel"\norganisation = "Association Les Petits Horizons"\n\n[[jury]]\nname = "Émile Dubois"\norganisation = "Ville de Bègles"\n\n[[jury]]\nname = "Paul Martin"\norganisation = "France Active Aquitaine"\n' >> sieg.toml && sieg --lang fr assign --dry-run | sed -n '/^Écartés/,$p'
Écartés :
  exemple-aquitaine-micro-creche — Anne Roussel: même organisation que le porteur (Association Les Petits Horizons)
  exemple-aquitaine-micro-creche — Émile Dubois: conflit possible : ressemble à un partenaire (Commune de Bègles)
# Their reviews say the same in full sentences: « l'organisation d'Anne Roussel », « ressemble à un partenaire ».
$ cd "$TMPDIR/fr" && for r in "Anne Roussel" "Émile Dubois" "Paul Martin"; do sieg new --review dossiers/exemple-aquitaine-micro-creche.yaml --reviewer "$r" --today 2015-06-01 > /dev/null; done && for f in evaluations/exemple-aquitaine-micro-creche/*.yaml; do sed -i 's/^    niveau:$/    niveau: 2/; s/^date:  #.*/date: 2015-06-15/; s/^avis:  #.*/avis: favorable/' "$f"; done && sieg --lang fr validate evaluations/exemple-aquitaine-micro-creche/*.yaml | grep -o 'warning\[SIEG-R01[16]\].*'
warning[SIEG-R011]: conflit d'intérêts : l'organisation d'Anne Roussel (Association Les Petits Horizons) est le porteur du dossier ; évaluation écartée
warning[SIEG-R016]: conflit d'intérêts possible : l'organisation d'Émile Dubois (Ville de Bègles) ressemble à un partenaire du dossier (Commune de Bègles) ; évaluation gardée, à vérifier
# A kept review's status is « prise en compte » (« retenu » is a decision's word).
$ cd "$TMPDIR/fr" && sieg --lang fr report dossiers/exemple-aquitaine-micro-creche.yaml | grep '^| R[0-9] | Paul Martin'
| R3 | Paul Martin | France Active Aquitaine | favorable | prise en compte |
# The site's footer says what it was made from, never « à partir de . » nor « à partir de AMI… ».
$ cd "$TMPDIR/fr" && sieg --lang fr report . -o site > /dev/null 2>&1; grep -o '<footer>[^<]*' site/index.html
<footer>Produit par sieg à partir des dossiers et des évaluations du dépôt.
# A dossier nobody can score says why, not « voir les erreurs » when there is none.
$ cd "$TMPDIR" && sieg init fr2 > /dev/null && cd fr2 && sed '/^auto_evaluation:/,$d' dossiers/exemple-aquitaine-micro-creche.yaml > dossiers/sans-note.yaml && sieg --lang fr rank 2>/dev/null | sed -n '/^Non notés/,$p'
Non notés :
   -  sans-note                       ni évaluation du jury ni auto-évaluation complète
configuration : sieg.toml
# A decimal comma inside braces: the quoting hint keeps it as written (« (0,5 ETP) », not « (0, 5 ETP) »).
$ printf 'format: 1\nappel: aquitaine-2015\naction: {intitule: Aide (0,5 ETP) au quartier}\n' > "$TMPDIR/virgule.yaml" && sieg --lang fr validate "$TMPDIR/virgule.yaml" | sed -n 2p
  = aide : dans des accolades { }, mettez le texte entre guillemets : intitule: "Aide (0,5 ETP) au quartier"
# A spreadsheet in French says « oui », « auto-évaluation », « aucun »; a dossier without a score has no
# maximum either (never « 0,00 »). Scripts keep true/self/none.
$ cd "$TMPDIR/fr2" && sieg --lang fr rank --excel 2>/dev/null | tr -d '\r' | cut -d';' -f3,5,8,12-14 | sed 's/^\xef\xbb\xbf//'; sieg --lang fr rank --format csv 2>/dev/null | tr -d '\r' | cut -d';' -f3,5,8,12-14 | tail -1
dossier;éligible;source;total;maximum;%
exemple-aquitaine-micro-creche;oui;auto-évaluation;27,00;36,00;75,0
sans-note;oui;aucun;;;
sans-note;true;none;;;
# Reports write dates in words and amounts as amounts (the annual accounts too), in French.
$ cd "$TMPDIR/fr2" && sieg --lang fr report dossiers/exemple-aquitaine-micro-creche.yaml | grep -E 'déposé le|Date de démarrage|Année de l.exercice : 2014' | sed 's/\xe2\x80\xaf/ /g; s/\xc2\xa0/ /g; s/.*\(déposé le [^·]*\)·.*/\1/'
déposé le 20 mai 2015 
  - Année de l'exercice : 2014 ; Produits : 538 400,00 € ; Charges : 536 900,00 € ; Résultat : 1 500,00 €
- **Date de démarrage** : 1er septembre 2015
$ cd "$TMPDIR/fr2" && sieg --lang en report dossiers/exemple-aquitaine-micro-creche.yaml | grep -E 'Start date' | sed 's/\xe2\x80\xaf/ /g'
- **Start date**: 1 September 2015
# A review handed out is dated by its reviewer when done, never with the day it was handed out; filled in
# but undated, it says what to write.
$ cd "$TMPDIR/fr" && f=evaluations/exemple-aquitaine-micro-creche/paul-martin.yaml && rm $f && sieg --lang fr new --review dossiers/exemple-aquitaine-micro-creche.yaml --reviewer "Paul Martin" --today 2015-06-01 > /dev/null && grep '^date' $f && sed -i 's/^    niveau:$/    niveau: 2/; s/^avis:  #.*/avis: favorable/' $f && sieg --lang fr validate $f | grep -A1 -m1 error
date:  # le jour où vous finissez, AAAA-MM-JJ
evaluations/exemple-aquitaine-micro-creche/paul-martin.yaml:12:1: error[SIEG-S001]: « Date de l'évaluation » (date) : attendu un texte, trouvé une valeur vide
  = aide : la valeur est vide : écrivez-la après les deux-points
