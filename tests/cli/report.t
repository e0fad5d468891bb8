# sieg report: one dossier in Markdown (default on standard output), HTML or JSON; a site for a folder.
# Reports are French unless --lang or the locale says otherwise (LANG=C.UTF-8 here gives French).
# The budget of the micro-crèche: expenses 12 000 + 6 000 + 24 000 + 1 500 + 4 500 = 48 000 €;
# resources 30 000 + 10 000 + 8 000 = 48 000 €; aid 30 000 € paid 70 % (21 000 €) then 30 % (9 000 €).
$ sieg report examples/aquitaine-micro-creche.yaml | sed -n '/^## Budget/,/^## Éligibilité/p' | sed 's/^/> /'
> ## Budget
> 
> ### Dépenses
> 
> | Libellé | Catégorie | Montant |
> | --- | --- | ---: |
> | Convention avec le laboratoire de sociologie | R\&D : chercheurs | 12 000,00 € |
> | Étude de faisabilité et enquête familles | Étude, analyse | 6 000,00 € |
> | Temps de la coordinatrice consacré au projet | Temps de travail | 24 000,00 € |
> | Déplacements vers les employeurs partenaires | Mission : transport | 1 500,00 € |
> | Logiciel de réservation partagé | R\&D : équipement | 4 500,00 € |
> | **Total** |   | **48 000,00 €** |
> 
> ### Ressources
> 
> | Financeur | Statut | Montant |
> | --- | --- | ---: |
> | Région Aquitaine (AMI Innovation sociale) | Demandé | 30 000,00 € |
> | Caisse d'allocations familiales | Acquis | 10 000,00 € |
> | Fonds propres de l'association | Acquis | 8 000,00 € |
> | **Total** |   | **48 000,00 €** |
> 
> - Solde (ressources − dépenses) : 0,00 €
> - Aide demandée : 30 000,00 € (plafond de l'appel : 40 000,00 €)
> 
> ### Échéancier de versement
> 
> | Part | Versé | Montant |
> | ---: | --- | ---: |
> | 70 % | au démarrage de l'action | 21 000,00 € |
> | 30 % | à la remise du bilan de la première année | 9 000,00 € |
> 
> ## Éligibilité : Éligible
# The checklist lists every rule of the call with its result; an ineligible dossier still gets its report.
$ sieg report examples/ineligible/aquitaine-hors-criteres.yaml | grep -E '^\| SIEG-E00[1-4]|^\| SIEG-E046'
| SIEG-E001 | L'action est collective : elle associe des partenaires | satisfaite | AMI Aquitaine 2015, §2 Les conditions et critères d'éligibilité (« Les actions présentées seront de nature collective ») |
| SIEG-E002 | Le rôle de chaque partenaire est présenté en détail | satisfaite | AMI Aquitaine 2015, §2 (« présentation détaillée de la nature et du rôle de chaque participant ») |
| SIEG-E046 | Le dossier dit ce que l'aide accompagne : émergence, structuration, essaimage ou changement d'échelle | satisfaite | AMI Aquitaine 2015, §2 (« accompagner de nouvelles initiatives … à émerger, se structurer, de soutenir l'essaimage d'une initiative existante ou bien d'aider le changement d'échelle ») |
| SIEG-E004 | L'action se situe avant toute commercialisation | **non satisfaite** — 12:30: L'action se situe avant toute commercialisation : « Commercialisation engagée » (action.commercialisation\_engagee) vaut true | AMI Aquitaine 2015, §2 (« elle doit se situer en amont de la commercialisation » ; « La mise sur le marché des résultats du projet ne peut faire l'objet d'un soutien ») |
$ sieg report --lang en examples/ineligible/aquitaine-hors-criteres.yaml | grep -E '^## Eligibility|^\| SIEG-E046'
## Eligibility: Not eligible
| SIEG-E046 | The dossier says what the aid supports: emerging, structuring, spreading or scaling up | passed | AMI Aquitaine 2015, §2 (« accompagner de nouvelles initiatives … à émerger, se structurer, de soutenir l'essaimage d'une initiative existante ou bien d'aider le changement d'échelle ») |
# The score table: self-assessment, each reviewer (the one in conflict in brackets), level, descriptor, points.
$ sieg report --lang en examples/aquitaine-micro-creche.yaml | grep -E '^\| (#|1|12|  \| \*\*Total) '
| # | Name | Organisation | Opinion | Status |
| # | Marker | Self | R1 | R2 | R3 | R4 | Level | Descriptor reached | Weight | Points |
| 1 | Place of the beneficiaries | 2 | 2 | 2 | (3) | 3 | 2.33 | 2 — Beneficiaries are associated from the start: spotting the need, co-building the response and the action. | 1.00 | 2.33 / 3.00 |
| 12 | Environmental factors | 1 | 1 | 1 | (3) | 0 | 0.67 | 1 — They are considered partly and briefly. | 1.00 | 0.67 / 3.00 |
$ sieg report --lang en examples/aquitaine-art-renouvellement-urbain.yaml | grep -c 'disagreement (spread'
1
# Every example in every format: written, exit 0, and the JSON says what the Markdown says.
$ for f in examples/*.yaml examples/ineligible/*.yaml; do for fmt in md html json; do sieg report "$f" --format $fmt -o "$TMPDIR/r.$fmt" || echo "$f $fmt: exit $?"; done; done; echo done
done
$ sieg report examples/aquitaine-micro-creche.yaml --format json | jq -c '[.version, .dossier.id, .call.id, .eligibility.eligible, (.eligibility.rules|length), .budget.total_expenses, .budget.aid, .budget.cap, [.budget.schedule[].amount], .score.total, .score.source, (.self_assessments|length)]'
[1,"aquitaine-micro-creche","aquitaine-2015",true,28,48000,30000,40000,[21000,9000],26,"jury",2]
$ sieg report examples/ineligible/aquitaine-hors-criteres.yaml --format json | jq -c '.eligibility.rules[] | select(.status != "passed") | [.code, .status]'
["SIEG-E004","failed"]
["SIEG-E007","failed"]
["SIEG-E010","warning"]
["SIEG-E045","failed"]
["SIEG-E011","warning"]
["SIEG-E012","warning"]
["SIEG-E013","failed"]
["SIEG-E015","not_applicable"]
["SIEG-E036","info"]
["SIEG-E037","info"]
["SIEG-E038","info"]
["SIEG-E039","info"]
# The format follows -o's extension when --format is not given; -o - is standard output.
$ sieg report examples/aquitaine-micro-creche.yaml -o "$TMPDIR/x.html" && head -c 15 "$TMPDIR/x.html"; echo
<!DOCTYPE html>
$ sieg report examples/aquitaine-micro-creche.yaml -o "$TMPDIR/x.json" && jq -r .dossier.id "$TMPDIR/x.json"
aquitaine-micro-creche
# -o into folders that do not exist yet makes them (issue 31).
$ sieg report examples/aquitaine-micro-creche.yaml -o "$TMPDIR/pv/2015/x.md" && head -c 1 "$TMPDIR/pv/2015/x.md"; echo
#
$ sieg report examples/aquitaine-micro-creche.yaml --format html -o - | grep -c '<circle class="vertex jury"'
12
# HTML: one self-contained file (no script, no external resource), French by default.
$ sieg report examples/aquitaine-micro-creche.yaml --format html | grep -cE '<script|src=|href="http'
0
[1]
$ sieg report examples/aquitaine-micro-creche.yaml --format html | grep -o '<html lang="[a-z]*">'
<html lang="fr">
$ LANG=en_GB.UTF-8 sieg report examples/aquitaine-micro-creche.yaml --format html | grep -o '<html lang="[a-z]*">'
<html lang="en">
# Hostile text is escaped: in HTML as character references, in Markdown with backslashes.
$ sieg report tests/report/hostile.yaml --reviews tests/report/evaluations --format html | grep -m1 '<h1'
<h1 id="title">&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt; [clic](javascript:alert(3))</h1>
$ sieg report tests/report/hostile.yaml --reviews tests/report/evaluations | head -n 1 | sed "s/^/> /"
> # \<script\>alert(1)\</script\>"\>\<img src=x onerror=alert(2)\> \[clic\](javascript:alert(3))
# \<script\>alert(1)\</script\>"\>\<img src=x onerror=alert(2)\> \[clic\](javascript:alert(3))
# \<script\>alert(1)\</script\>"\>\<img src=x onerror=alert(2)\> \[clic\](javascript:alert(3))
# --redact: personal data (contacts, street, reviewers' names and files) replaced by a mark.
$ sieg report examples/aquitaine-micro-creche.yaml --redact | grep -E 'contact|Voie|^\| R3'
> Données personnelles masquées (contacts, adresses, évaluateurs et leurs organisations).
- **Adresse du porteur — Voie** : \[masqué\]
- **Contact du porteur — Nom du contact** : \[masqué\]
- **Contact du porteur — Fonction du contact** : \[masqué\]
- **Contact du porteur — Courriel du contact** : \[masqué\]
- **Contact du porteur — Téléphone du contact** : \[masqué\]
| R3 | évaluateur 3 | \[masqué\] | favorable | **écarté : son organisation est « \[masqué\] »** |
$ sieg report examples/aquitaine-micro-creche.yaml --redact --format json | jq -c '[.redacted, .score.reviewers[2].name, .score.reviewers[2].file]'
[true,"évaluateur 3",""]
$ sieg report examples/aquitaine-micro-creche.yaml --redact --format json | grep -c -e 'Claire Martin' -e 'Paul Martin' -e paul-martin
0
[1]
# Never over an input: the dossier, or one of its reviews.
$ sieg report examples/aquitaine-micro-creche.yaml -o examples/aquitaine-micro-creche.yaml
sieg : erreur : -o examples/aquitaine-micro-creche.yaml : c'est une entrée ; sieg n'écrit jamais sur ses entrées
[2]
$ sieg report examples/aquitaine-micro-creche.yaml --format md -o examples/evaluations/aquitaine-micro-creche/paul-martin.yaml
sieg : erreur : -o examples/evaluations/aquitaine-micro-creche/paul-martin.yaml : c'est une entrée ; sieg n'écrit jamais sur ses entrées
[2]
$ git diff --quiet examples && echo inputs unchanged
inputs unchanged
# A dossier that is not valid is not reported: its diagnostics, exit 1, nothing written.
$ sieg report examples/invalid/statut-manquant.yaml -o "$TMPDIR/nope.md"; echo "exit $?"; ls "$TMPDIR/nope.md" 2>&1 | sed 's/.*nope/nope/'
examples/invalid/statut-manquant.yaml:7:3: error[SIEG-S002]: champ obligatoire manquant : « Statut du porteur » (porteur.statut)
  = aide : ajoutez la ligne « statut: … »
exit 1
nope.md': No such file or directory
$ sieg report missing.yaml
missing.yaml: error[SIEG-IO01]: fichier introuvable
[2]
$ PATH="$(dirname "$(command -v sieg)")" sieg report examples/aquitaine-micro-creche.yaml --format pdf
-: error[SIEG-IO09]: un PDF demande Chromium, introuvable
  = aide : installez-le (apt install chromium) ou nommez-le dans SIEG_CHROMIUM ; ou écrivez le rapport en HTML (-o rapport.html) et imprimez-le depuis un navigateur
[2]
$ sieg report examples/aquitaine-micro-creche.yaml --date 2015-13-01
sieg : erreur : --date : « 2015-13-01 » n'est pas une date AAAA-MM-JJ
[2]
# A folder makes a site: index.html (ranking, ineligible with the failing rule, files left out), a page per dossier.
$ sieg report examples -o "$TMPDIR/site" | sed "s|$TMPDIR|TMP|"
TMP/site : 8 page(s) de dossier, index.html, style.css

11 fichier(s) YAML laissé(s) de côté, faute d'être des dossiers valides (sieg validate dit pourquoi) : examples/invalid/cle-en-double.yaml, examples/invalid/cle-mal-orthographiee.yaml, examples/invalid/date-impossible.yaml, examples/invalid/departement-sans-guillemets.yaml, examples/invalid/deux-documents.yaml, examples/invalid/duree-en-lettres.yaml, examples/invalid/encodage-latin1.yaml, examples/invalid/montant-avec-espace.yaml, examples/invalid/phase-avec-accent.yaml, examples/invalid/statut-manquant.yaml, examples/invalid/tabulation.yaml
configuration : examples/sieg.toml
$ sieg report examples -o "$TMPDIR/site2" >/dev/null; ls "$TMPDIR/site2"
aquitaine-art-renouvellement-urbain.html
aquitaine-hors-criteres.html
aquitaine-micro-creche.html
aquitaine-paniers-etudiants.html
index.html
picardie-essaimage-epicerie-mobile.html
picardie-essaimage-trop-recent.html
picardie-pole-cooperation.html
picardie-renovation-logement.html
style.css
$ sieg report examples -o "$TMPDIR/site" >/dev/null; grep -o '<a href="[^"]*">' "$TMPDIR/site/index.html"
<a href="./aquitaine-micro-creche.html">
<a href="./aquitaine-art-renouvellement-urbain.html">
<a href="./aquitaine-paniers-etudiants.html">
<a href="./aquitaine-hors-criteres.html">
<a href="./picardie-renovation-logement.html">
<a href="./picardie-essaimage-epicerie-mobile.html">
<a href="./picardie-pole-cooperation.html">
<a href="./picardie-essaimage-trop-recent.html">
$ sieg report examples -o "$TMPDIR/site" >/dev/null; grep -c 'examples/invalid/' "$TMPDIR/site/index.html"
11
$ sieg report examples -o "$TMPDIR/site" >/dev/null; grep -o '<nav>.*</nav>\|<link rel="stylesheet" href="style.css">' "$TMPDIR/site/aquitaine-micro-creche.html"
<link rel="stylesheet" href="style.css">
<nav><a href="index.html">← Classement</a></nav>
$ sieg report examples
sieg : erreur : examples est un dossier : -o DOSSIER_DU_SITE est requis (par exemple -o site/)
[2]
$ sieg report examples --format json -o "$TMPDIR/s"
sieg : erreur : --format json : un dossier de dossiers donne un site HTML ; --format html ou rien
[2]
$ touch "$TMPDIR/file"; sieg report examples -o "$TMPDIR/file" 2>&1 | sed "s|$TMPDIR|TMP|"; exit ${PIPESTATUS[0]}
TMP/file: error[SIEG-IO07]: existe et n'est pas un dossier
[2]
# The site is written whole beside -o and swapped in: no mix of two runs, no temporary folder left,
# sieg's stale pages removed, foreign files (a CNAME) kept. A folder named like sieg's temporary ones but
# without this machine's mark (tests/unit/io/write_folder_test.cpp) is not sieg's: it stays.
$ E=$PWD/examples && cd "$TMPDIR" && sieg report "$E" -o swap >/dev/null && echo jury.example.org > swap/CNAME && touch swap/gone.html && echo gone.html >> swap/.sieg-site && mkdir .swap.sieg-killed && sieg report "$E" -o swap/ >/dev/null; ls -A | grep 'sieg-'; ls swap | grep -E 'CNAME|gone'; ls swap | grep -c html
.swap.sieg-killed
CNAME
9
# -o /dev/null writes to the device; it is never replaced by a file.
$ sieg report examples/aquitaine-micro-creche.yaml -o /dev/null && test -c /dev/null && echo still a device
still a device
# The checklist words each rule as what holds, so « satisfaite » reads right (it once said « … n'est pas
# décrit — satisfaite »).
$ sieg report examples/aquitaine-micro-creche.yaml --lang fr 2>/dev/null | grep -E "SIEG-E0(10|12|36|39) " | cut -d'|' -f2-4
 SIEG-E010 | Les dépenses sont de celles que l'aide régionale paie | satisfaite 
 SIEG-E012 | Les étapes tiennent dans les 12 mois que l'aide paie | satisfaite 
 SIEG-E036 | Annexe B : le besoin mal ou peu satisfait auquel le projet répond est décrit | satisfaite 
 SIEG-E039 | Annexe B : le dossier dit quel enjeu global il prend en compte | satisfaite 
