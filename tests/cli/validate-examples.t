# Every example dossier is valid; every invalid one fails with its intended diagnostic.
$ sieg validate examples/*.yaml
6 files checked: 0 errors, 0 warnings
configuration: examples/sieg.toml
$ sieg --lang fr validate examples/*.yaml
6 fichiers vérifiés : 0 erreur, 0 avertissement
configuration : examples/sieg.toml
$ sieg --lang fr validate examples/invalid/phase-avec-accent.yaml
examples/invalid/phase-avec-accent.yaml:6:10: error[SIEG-S004]: « Phase du projet » (action.phase) : valeur « émergence » non permise (valeurs permises : emergence, experimentation_mise_en_oeuvre, evaluation_generalisation)
  = aide : vouliez-vous dire « emergence » ?
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/cle-mal-orthographiee.yaml
examples/invalid/cle-mal-orthographiee.yaml:6:3: error[SIEG-S003]: clé inconnue « objectif » dans « Action d'innovation sociale » (action)
  = aide : vouliez-vous dire « objectifs » ?
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/montant-avec-espace.yaml
examples/invalid/montant-avec-espace.yaml:12:18: error[SIEG-S001]: « Aide régionale demandée » (budget.aide_demandee) : attendu un nombre, trouvé le texte « 40 000 € »
  = aide : écrivez le nombre en chiffres, sans espace ni symbole : 40000
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/date-impossible.yaml
examples/invalid/date-impossible.yaml:10:15: error[SIEG-S009]: « Date de démarrage » (calendrier.date_debut) : date invalide « 2015-02-30 » (attendu AAAA-MM-JJ, un jour qui existe)
  = aide : date au format AAAA-MM-JJ, par ex. 2015-05-29
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/cle-en-double.yaml
examples/invalid/cle-en-double.yaml:9:3: error[SIEG-L014]: clé en double « nom » (déjà définie ligne 7, colonne 3)
  = aide : fusionnez les deux entrées : YAML n'en garderait qu'une
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/statut-manquant.yaml
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: champ obligatoire manquant : « Statut du porteur » (porteur.statut)
  = aide : ajoutez la ligne « statut: … »
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/departement-sans-guillemets.yaml
examples/invalid/departement-sans-guillemets.yaml:10:18: error[SIEG-S001]: « Département du siège » (porteur.adresse.departement) : attendu un texte, trouvé le nombre 33
  = aide : mettez la valeur entre guillemets : "33"
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/tabulation.yaml
examples/invalid/tabulation.yaml:7:1: error[SIEG-L011]: tabulation dans l'indentation : YAML n'accepte que des espaces
  = aide : remplacez les tabulations en début de ligne par des espaces
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/encodage-latin1.yaml
examples/invalid/encodage-latin1.yaml:7:10: error[SIEG-L003]: octet 0xE8 : UTF-8 invalide
  = aide : le fichier vient sans doute d'un logiciel en Latin-1 ou Windows-1252 : réenregistrez-le en UTF-8
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/duree-en-lettres.yaml
examples/invalid/duree-en-lettres.yaml:11:15: error[SIEG-S001]: « Durée en mois » (calendrier.duree_mois) : attendu un nombre entier, trouvé le texte « douze »
  = aide : un nombre entier de mois, par ex. 12
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
$ sieg --lang fr validate examples/invalid/deux-documents.yaml
examples/invalid/deux-documents.yaml:9:1: error[SIEG-L012]: un second document YAML commence ici ; un dossier tient en un seul document
  = aide : supprimez le « --- » ou placez chaque dossier dans son propre fichier
1 fichier vérifié : 1 erreur, 0 avertissement
configuration : examples/sieg.toml
[1]
# The same in English.
$ sieg validate --lang en examples/invalid/phase-avec-accent.yaml examples/invalid/montant-avec-espace.yaml examples/invalid/statut-manquant.yaml
examples/invalid/phase-avec-accent.yaml:6:10: error[SIEG-S004]: 'Project phase' (action.phase): value 'émergence' is not allowed (allowed values: emergence, experimentation_mise_en_oeuvre, evaluation_generalisation)
  = help: did you mean 'emergence'?
examples/invalid/montant-avec-espace.yaml:12:18: error[SIEG-S001]: 'Regional aid requested' (budget.aide_demandee): expected a number, found the text '40 000 €'
  = help: write the number in digits, without spaces or symbols: 40000
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: missing required field: 'Carrier's status' (porteur.statut)
  = help: add the line 'statut: …'
3 files checked: 3 errors, 0 warnings
configuration: examples/sieg.toml
[1]
# Valid and invalid together: diagnostics in argument order, one summary, exit 1.
$ sieg validate examples/aquitaine-micro-creche.yaml examples/invalid/cle-en-double.yaml examples/picardie-pole-cooperation.yaml
examples/invalid/cle-en-double.yaml:9:3: error[SIEG-L014]: duplicate key 'nom' (already defined at line 7, column 3)
  = help: merge the two entries: YAML would keep only one
3 files checked: 1 error, 0 warnings
configuration: examples/sieg.toml
[1]
# A jury review is recognised and checked against the review schema, not the dossier's.
$ sieg validate examples/evaluations/aquitaine-micro-creche/*.yaml
examples/evaluations/aquitaine-micro-creche/paul-martin.yaml:2:1: warning[SIEG-R011]: conflict of interest: Paul Martin's organisation (Commune de Bègles) is a partner of the dossier; review left out
4 files checked: 0 errors, 1 warning
configuration: examples/sieg.toml
$ printf 'format: 1\ndossier: x\nevaluateur: {nom: A, organisation: B}\ndate: 2015-06-15\ngrille: aquitaine\nniveaux: {gouvernance: {niveau: 4}}\navis: oui\nconflit_interet: false\n' > "$TMPDIR/r.yaml"; sieg validate "$TMPDIR/r.yaml" 2>&1 | sed "s|$TMPDIR/||"
r.yaml:7:7: error[SIEG-S004]: 'Overall opinion' (avis): value 'oui' is not allowed (allowed values: favorable, reserve, defavorable)
1 file checked: 1 error, 0 warnings
