# YAML traps a first-time author falls into: each diagnostic names the fix (tests/traps/).
# French typography: « : » inside an unquoted text.
$ sieg validate --shape-only tests/traps/colon.yaml
tests/traps/colon.yaml:4:13: error[SIEG-L010]: YAML syntax: illegal map value — the text of 'intitule' holds ': ', which YAML reads as a new key
  = help: put the text in straight double quotes: intitule: "Répar'Café mobile : réparer et former"
1 file checked: 1 error, 0 warnings
[1]
# A multi-line text written as plain lines: the error points at the line that starts the problem.
$ sieg validate --shape-only tests/traps/multiline.yaml
tests/traps/multiline.yaml:6:1: error[SIEG-L010]: YAML syntax: illegal map value — line 6 goes on with the text of 'resume' (line 5) without being indented
  = help: for a text of several lines, write 'resume: >-' then each line of the text after 4 spaces, or all on one line
1 file checked: 1 error, 0 warnings
[1]
# An unquoted comma inside braces.
$ sieg validate --shape-only tests/traps/flow-comma.yaml
tests/traps/flow-comma.yaml:5:66: error[SIEG-L021]: a comma cuts the text of 'justification': 'CCAS et chercheurs.' becomes a key there
  = help: inside braces { }, quote the text: justification: "Habitants, CCAS et chercheurs."
1 file checked: 1 error, 0 warnings
[1]
# A forgotten dash before the second partner.
$ sieg validate --shape-only tests/traps/dash.yaml
tests/traps/dash.yaml:5:5: error[SIEG-L014]: duplicate key 'nom' (already defined at line 3, column 5)
  = help: a '-' is likely missing before line 5: each item of the list starts with '-'
tests/traps/dash.yaml:6:5: error[SIEG-L014]: duplicate key 'nature' (already defined at line 4, column 5)
  = help: a '-' is likely missing before line 5: each item of the list starts with '-'
1 file checked: 2 errors, 0 warnings
[1]
# « # » inside a text silently cuts it: a warning, not for a comment after a number or a single word, nor inside a block text.
$ sieg validate --shape-only tests/traps/hash.yaml | grep -A1 SIEG-L
tests/traps/hash.yaml:5:42: warning[SIEG-L022]: '#' starts a comment: the text ends at 'Carburant et déplacements' and '#atelier mobile' is lost
  = help: if '#' belongs to the text, quote it: libelle: "Carburant et déplacements #atelier mobile"
# Typographic quotes are not YAML quotes.
$ sieg validate --shape-only tests/traps/curly.yaml | grep -A1 'SIEG-L\|duree'
tests/traps/curly.yaml:3:15: warning[SIEG-L023]: '“24”' is between typographic quotes, which are part of the text: they are not YAML quotes
  = help: for a text (a département, a postcode): "24"; for a number: 24
tests/traps/curly.yaml:3:15: error[SIEG-S001]: 'Duration in months' (calendrier.duree_mois): expected an integer, found the text '“24”'
  = help: a whole number of months, e.g. 12
# In French.
$ sieg --lang fr validate --shape-only tests/traps/colon.yaml tests/traps/dash.yaml | head -4
tests/traps/colon.yaml:4:13: error[SIEG-L010]: syntaxe YAML : valeur de table mal placée (deux-points inattendu) — le texte de « intitule » contient « : », que YAML lit comme une nouvelle clé
  = aide : mettez le texte entre guillemets droits : intitule: "Répar'Café mobile : réparer et former"
tests/traps/dash.yaml:5:5: error[SIEG-L014]: clé en double « nom » (déjà définie ligne 3, colonne 5)
  = aide : il manque sans doute un « - » devant la ligne 5 : chaque élément de la liste commence par « - »
# sieg new shows the fixes in its template; the name given becomes the title, its slug the file name.
$ cd "$TMPDIR" && mkdir -p traps-new && cd traps-new && sieg new "Répar'Café : atelier « mobile »" && sed -n '/guillemets droits/,/commence par/p' repar-cafe-atelier-mobile.yaml | sed 's/^#/|/' && grep -n '^  intitule' repar-cafe-atelier-mobile.yaml
created: repar-cafe-atelier-mobile.yaml
| Un texte qui contient « : », « # » ou des guillemets se met entre guillemets droits :
|   intitule: "Répar'Café mobile : réparer et former"
| Un texte de plusieurs lignes : « >- » après les deux-points, puis les lignes en retrait :
|   resume: >-
|     Première phrase du résumé,
|     et la suite, sur autant de lignes qu'il faut.
| Chaque élément d'une liste (partenaires, dépenses...) commence par « - ».
22:  intitule: "Répar'Café : atelier « mobile »"
# Un texte qui contient « : », « # » ou des guillemets se met entre guillemets droits :
#   intitule: "Répar'Café mobile : réparer et former"
# Un texte de plusieurs lignes : « >- » après les deux-points, puis les lignes en retrait :
#   resume: >-
#     Première phrase du résumé,
#     et la suite, sur autant de lignes qu'il faut.
# Chaque élément d'une liste (partenaires, dépenses...) commence par « - ».
$ cd "$TMPDIR/traps-new" && sieg new "Москва"
sieg: error: 'Москва' gives no file name: give one in Latin letters, e.g. sieg new my-project
[2]
# An Aquitaine dossier carries no Picardie-only question, and the other way round.
$ cd "$TMPDIR/traps-new" && sieg new a-dossier > /dev/null && sieg new --call picardie-sieg p-dossier > /dev/null && grep -cE '^ *#? *(phase|type_action|public_eloigne_emploi|priorites_regionales|essaimage|bilan_final):' a-dossier.yaml; grep -cE '^ *#? *(etape_emergence|commercialisation_engagee):' p-dossier.yaml; grep -cE '^ *#? *(phase|type_action):' p-dossier.yaml
0
0
2
# An unquoted text in braces cut by a comma, whatever follows it: one word, several, more commas, « etc. »
# (issue 32): the quoting hint gives the whole text back.
$ sieg validate --shape-only tests/traps/flow-comma-one-word.yaml tests/traps/flow-comma-commas.yaml tests/traps/flow-comma-etc.yaml
tests/traps/flow-comma-one-word.yaml:4:37: error[SIEG-L021]: a comma cuts the text of 'financeur': 'déchets' becomes a key there
  = help: inside braces { }, quote the text: financeur: "SICTOM du Marsan, déchets"
tests/traps/flow-comma-commas.yaml:4:43: error[SIEG-L021]: a comma cuts the text of 'financeur': 'déchets verts' becomes a key there
  = help: inside braces { }, quote the text: financeur: "Communauté de communes, déchets verts, compost"
tests/traps/flow-comma-etc.yaml:4:58: error[SIEG-L021]: a comma cuts the text of 'statut': 'etc.' becomes a key there
  = help: inside braces { }, quote the text: statut: "Landes, etc."
3 files checked: 3 errors, 0 warnings
[1]
$ sieg --lang fr validate --shape-only tests/traps/flow-comma-one-word.yaml tests/traps/flow-comma-commas.yaml | head -4
tests/traps/flow-comma-one-word.yaml:4:37: error[SIEG-L021]: une virgule coupe le texte de « financeur » : « déchets » y devient une clé
  = aide : dans des accolades { }, mettez le texte entre guillemets : financeur: "SICTOM du Marsan, déchets"
tests/traps/flow-comma-commas.yaml:4:43: error[SIEG-L021]: une virgule coupe le texte de « financeur » : « déchets verts » y devient une clé
  = aide : dans des accolades { }, mettez le texte entre guillemets : financeur: "Communauté de communes, déchets verts, compost"
# The command line's own slips, in the user's language (issue 32).
$ sieg --lang fr validate; echo "exit $?"
sieg : erreur : argument requis manquant : files
Aide : sieg validate --help
exit 2
$ sieg --lang fr validate --format zz x.yaml; sieg --lang fr validate --max-errors abc x.yaml; sieg --lang fr status --bogus; sieg --lang fr validate --config a --no-config x.yaml
sieg : erreur : --format : « zz » n'est pas permis (valeurs permises : text,json)
Aide : sieg validate --help
sieg : erreur : --max-errors : « abc » n'est pas une valeur valable
Aide : sieg validate --help
sieg : erreur : argument inattendu : --bogus
Aide : sieg status --help
sieg : erreur : --config ne va pas avec --no-config
Aide : sieg validate --help
[2]
# Typographic quotes around a code: the hint gives both straight forms, never « none » alone for a text
# such as a département (issue 32); around a text, the straight quotes.
$ sieg --lang fr validate --shape-only tests/traps/curly-departement.yaml | grep -A1 'SIEG-L023\|SIEG-S008'
tests/traps/curly-departement.yaml:4:18: warning[SIEG-L023]: « “40” » est entre guillemets typographiques, qui font partie du texte : ce ne sont pas des guillemets YAML
  = aide : pour un texte (un département, un code postal) : "40" ; pour un nombre : 40
tests/traps/curly-departement.yaml:4:18: error[SIEG-S008]: « Département du siège » (porteur.adresse.departement) : « “40” » n'a pas la forme attendue
  = aide : numéro de département entre guillemets, par ex. "33" ou "02"
# The slips a first-time holder made (issue 32), each with its own fix instead of « check the indentation ».
$ sieg validate --shape-only tests/traps/dash-in-texts.yaml | head -2
tests/traps/dash-in-texts.yaml:5:5: error[SIEG-L010]: YAML syntax: end of map not found — a '-' is likely missing at the start of line 5: each item of the list starts with '-'
  = help: write '- Former les habitants'; if the line goes on with the text above, indent it by 2 more spaces
$ sieg validate --shape-only tests/traps/apostrophe-in-quotes.yaml | head -2
tests/traps/apostrophe-in-quotes.yaml:3:19: error[SIEG-L010]: YAML syntax: end of map not found — the apostrophe after 'Répar' closes the single quotes of the text of 'intitule'
  = help: put the text in double quotes: intitule: "Répar'Café mobile : réparer"
$ sieg validate --shape-only tests/traps/quotes-end-text.yaml | head -2
tests/traps/quotes-end-text.yaml:4:17: error[SIEG-L010]: YAML syntax: end of map not found — the quotes close the text of 'role' after 'Prête': the rest of the line is left over
  = help: put the whole text in single quotes: role: '"Prête" un emplacement'
$ sieg validate --shape-only tests/traps/dash-after-key.yaml | head -2
tests/traps/dash-after-key.yaml:4:11: error[SIEG-L010]: YAML syntax: illegal block entry — '-' after 'role:' starts a list, which cannot follow a key on the same line
  = help: write the text without the dash: role: prête un local
$ sieg validate --shape-only tests/traps/no-space-after-colon.yaml | head -2
tests/traps/no-space-after-colon.yaml:4:10: error[SIEG-L010]: YAML syntax: illegal map value — a space is missing after 'role:'
  = help: write: role: Prête un local
$ for f in dash-in-texts apostrophe-in-quotes quotes-end-text dash-after-key no-space-after-colon; do sieg --lang fr validate --shape-only tests/traps/$f.yaml | head -2; done
tests/traps/dash-in-texts.yaml:5:5: error[SIEG-L010]: syntaxe YAML : fin de table introuvable — il manque sans doute un « - » au début de la ligne 5 : chaque élément de la liste commence par « - »
  = aide : écrivez « - Former les habitants » ; si la ligne continue le texte du dessus, mettez-la en retrait de 2 espaces de plus
tests/traps/apostrophe-in-quotes.yaml:3:19: error[SIEG-L010]: syntaxe YAML : fin de table introuvable — l'apostrophe après « Répar » ferme les guillemets simples du texte de « intitule »
  = aide : mettez le texte entre guillemets doubles : intitule: "Répar'Café mobile : réparer"
tests/traps/quotes-end-text.yaml:4:17: error[SIEG-L010]: syntaxe YAML : fin de table introuvable — les guillemets ferment le texte de « role » après « Prête » : la suite de la ligne est de trop
  = aide : mettez tout le texte entre guillemets simples : role: '"Prête" un emplacement'
tests/traps/dash-after-key.yaml:4:11: error[SIEG-L010]: syntaxe YAML : élément de liste « - » mal placé — « - » après « role: » commence une liste, qui ne peut pas suivre une clé sur la même ligne
  = aide : écrivez le texte sans le tiret : role: prête un local
tests/traps/no-space-after-colon.yaml:4:10: error[SIEG-L010]: syntaxe YAML : valeur de table mal placée (deux-points inattendu) — il manque une espace après « role: »
  = aide : écrivez : role: Prête un local
# A colon inside a text written over several indented lines without >-: the line with the colon, and the key.
$ sieg validate --shape-only tests/traps/colon-in-long-text.yaml
tests/traps/colon-in-long-text.yaml:6:23: error[SIEG-L010]: YAML syntax: illegal map value — line 6 holds ':' inside the text of 'resume' (line 4), which YAML reads as a new key
  = help: write 'resume: >-' then each line of the text after 4 spaces: the text may then hold ':'
1 file checked: 1 error, 0 warnings
[1]
$ sieg --lang fr validate --shape-only tests/traps/colon-in-long-text.yaml | head -2
tests/traps/colon-in-long-text.yaml:6:23: error[SIEG-L010]: syntaxe YAML : valeur de table mal placée (deux-points inattendu) — la ligne 6 contient « : » au milieu du texte de « resume » (ligne 4), que YAML lit comme une nouvelle clé
  = aide : écrivez « resume: >- » puis chaque ligne du texte précédée de 4 espaces : le texte peut alors contenir « : »
# An empty dash is reported on its own line (yaml-cpp marks the next token: the next item, or « porteur: »).
$ for f in empty-dash-departements empty-dash-objectifs; do sieg validate --shape-only tests/traps/$f.yaml | grep -A1 S001; done
tests/traps/empty-dash-departements.yaml:6:7: error[SIEG-S001]: 'Département' (action.territoire.departements[2]): expected a text, found an empty value
  = help: the item is empty: write it after the dash, or remove the line '-'
tests/traps/empty-dash-objectifs.yaml:5:5: error[SIEG-S001]: 'Objective' (action.objectifs[2]): expected a text, found an empty value
  = help: the item is empty: write it after the dash, or remove the line '-'
$ for f in empty-dash-departements empty-dash-objectifs; do sieg --lang fr validate --shape-only tests/traps/$f.yaml | grep -A1 S001; done
tests/traps/empty-dash-departements.yaml:6:7: error[SIEG-S001]: « Département » (action.territoire.departements[2]) : attendu un texte, trouvé une valeur vide
  = aide : l'élément est vide : écrivez-le après le tiret, ou retirez la ligne « - »
tests/traps/empty-dash-objectifs.yaml:5:5: error[SIEG-S001]: « Objectif » (action.objectifs[2]) : attendu un texte, trouvé une valeur vide
  = aide : l'élément est vide : écrivez-le après le tiret, ou retirez la ligne « - »
