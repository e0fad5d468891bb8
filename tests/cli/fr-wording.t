# The officer's documents read as French (issue 31): elisions, prepositions, what a status means. Each
# sentence to the letter.
# A repository, a jury: Anne Roussel from the carrier's association (the same organisation), Émile Dubois
# from « Ville de Bègles » (possibly the partner « Commune de Bègles »), Paul Martin from elsewhere.
$ cd "$TMPDIR" && sieg init fr > /dev/null && cd fr && printf '\nreviews_per_dossier = 1\n\n[[jury]]\nname = "Anne Roussel"\norganisation = "Association Les Petits Horizons"\n\n[[jury]]\nname = "Émile Dubois"\norganisation = "Ville de Bègles"\n\n[[jury]]\nname = "Paul Martin"\norganisation = "France Active Aquitaine"\n' >> sieg.toml && sieg --lang fr assign --dry-run | sed -n '/^Écartés/,$p'
Écartés :
  exemple-aquitaine-micro-creche — Anne Roussel: même organisation que le porteur (Association Les Petits Horizons)
  exemple-aquitaine-micro-creche — Émile Dubois: conflit possible : ressemble à un partenaire (Commune de Bègles)
# Their reviews say the same in full sentences: « l'organisation d'Anne Roussel », « ressemble à un partenaire ».
$ cd "$TMPDIR/fr" && for r in "Anne Roussel" "Émile Dubois" "Paul Martin"; do sieg new --review dossiers/exemple-aquitaine-micro-creche.yaml --reviewer "$r" --today 2015-06-01 > /dev/null; done && for f in evaluations/exemple-aquitaine-micro-creche/*.yaml; do sed -i 's/^    niveau:$/    niveau: 2/; s/^avis:  #.*/avis: favorable/' "$f"; done && sieg --lang fr validate evaluations/exemple-aquitaine-micro-creche/*.yaml | grep -o 'warning\[SIEG-R01[16]\].*'
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
