# sieg form: one HTML page, the form's description embedded; French unless asked otherwise.
$ sieg form | head -c 15; echo; sieg form | grep -o '<html lang="[a-z]*">\|id="sieg-form-data"'
<!DOCTYPE html>
<html lang="fr">
id="sieg-form-data"
$ sieg --lang en form --call picardie-sieg -o "$TMPDIR/f.html" && grep -o '<html lang="[a-z]*">\|<title>[^<]*</title>' "$TMPDIR/f.html"
<html lang="en">
<title>Application — Social innovation SGEI — Picardie Region</title>
# Nothing in the page can close its script element early, nothing is fetched.
$ sieg form | grep -c '</script>'; sieg form | grep -c 'src="http\|href="http'
2
0
[1]
# An unknown call, and an input given as -o, are refused.
$ sieg form --call picardie
sieg : erreur : --call : appel inconnu « picardie » (appels : aquitaine-2015, picardie-sieg ; ou un fichier d'appel)
  = aide : vouliez-vous dire « picardie-sieg » ?
[2]
$ cd examples && sieg form -o aquitaine-micro-creche.yaml
sieg : erreur : -o aquitaine-micro-creche.yaml : c'est une entrée ; sieg n'écrit jamais sur ses entrées
[2]
# A reviewer's form: the dossier read through the pipeline; its id, the reviews folder, the grid's markers.
$ sieg form --review examples/aquitaine-micro-creche.yaml | grep -o '"reviewsDir":"[^"]*"\|"mode":"review"\|<title>[^<]*</title>' | sort
"mode":"review"
"reviewsDir":"examples/evaluations/aquitaine-micro-creche"
<title>Évaluation — Micro-crèche à horaires décalés pour les salariés du soin et de la logistique</title>
$ sieg form --review examples/nope.yaml; sieg form --review examples/invalid/tabulation.yaml
sieg : erreur : examples/nope.yaml : pas de tel dossier
sieg : erreur : examples/invalid/tabulation.yaml : la grille du dossier est inconnue tant que le dossier n'est pas valide (sieg validate examples/invalid/tabulation.yaml)
[2]
