# The repository model: sieg.toml found up from each dossier's folder, its call for every dossier,
# --config and --no-config, paths through sieg.toml's globs, dossier ids unique.
$ mkdir -p "$TMPDIR/r/dossiers/a" "$TMPDIR/r/dossiers/b" && cd "$TMPDIR/r" && printf 'call = "aquitaine-2015"\ndossiers = ["dossiers/**/*.yaml"]\nreviews = "evaluations"\n' > sieg.toml && cp "$OLDPWD/examples/picardie-pole-cooperation.yaml" dossiers/pole.yaml && sieg validate dossiers/pole.yaml | grep -E 'P003|checked|configuration'; echo "exit ${PIPESTATUS[0]}"
dossiers/pole.yaml:4:8: error[SIEG-P003]: the dossier answers call 'picardie-sieg', but this repository's call is 'aquitaine-2015' (sieg.toml): its rules apply
1 file checked: 15 errors, 5 warnings
configuration: sieg.toml
exit 1
# A dossier of another call than the repository's: SIEG-P003, and the repository's rules apply.
# The same verdict from check and rank.
$ cd "$TMPDIR/r" && sieg check --format json | jq -c ".files[] | {file, eligible}"
{"file":"dossiers/pole.yaml","eligible":false}
$ cd "$TMPDIR/r" && sieg rank --format json 2>/dev/null | jq -c '.grids[] | {grid, ineligible: [.ineligible[] | {dossier, first: .failures[0].code}]}'
{"grid":"aquitaine","ineligible":[{"dossier":"pole","first":"SIEG-P003"}]}
# From a subfolder, sieg.toml is found by walking up from the dossier's folder.
$ cd "$TMPDIR/r/dossiers" && sieg validate pole.yaml | tail -n 2
1 file checked: 15 errors, 5 warnings
configuration: ../sieg.toml
# --no-config: the dossier's own call, no sieg.toml.
$ cd "$TMPDIR/r" && sieg --no-config validate dossiers/pole.yaml
1 file checked: 0 errors, 0 warnings
# --config FILE: that sieg.toml, wherever the dossier is; a missing one is a usage error.
$ cd "$TMPDIR" && printf 'dossiers = ["**/*.yaml"]\n' > other.toml && sieg validate --config other.toml r/dossiers/pole.yaml
r/dossiers/pole.yaml:1:33: warning[SIEG-L024]: the schema this line gives the editor, '../schemas/dossier.schema.json', is not there (r/schemas/dossier.schema.json): the editor no longer checks this file
  = help: the path starts from this file's folder; sieg init writes the schemas to schemas/
1 file checked: 0 errors, 1 warning
configuration: other.toml
$ cd "$TMPDIR" && sieg validate --config nope.toml r/dossiers/pole.yaml
sieg: error: --config nope.toml: no such file
[2]
$ cd "$TMPDIR" && sieg validate --config other.toml --no-config r/dossiers/pole.yaml 2>&1 | head -n 1
sieg: error: --config excludes --no-config
# Two dossiers with one id: an error on each, naming the other.
$ cd "$TMPDIR/r" && sed 's/^appel: .*/appel: aquitaine-2015/' "$OLDPWD/examples/aquitaine-micro-creche.yaml" > dossiers/a/creche.yaml && cp dossiers/a/creche.yaml dossiers/b/creche.yaml && sieg check dossiers/a dossiers/b | grep P002
dossiers/a/creche.yaml: error[SIEG-P002]: id 'creche' is also the id of dossiers/b/creche.yaml: the reviews of one would be taken for the other's
dossiers/b/creche.yaml: error[SIEG-P002]: id 'creche' is also the id of dossiers/a/creche.yaml: the reviews of one would be taken for the other's
# Paths given still go through sieg.toml's globs: a file that is not a dossier is not checked.
$ cd "$TMPDIR/r" && printf 'site_name: x\n' > mkdocs.yml && sieg check mkdocs.yml | sed 's/([0-9.,]* s)/(T s)/'
sieg check: 0 files, 0 dossiers, 0 eligible, 0 errors, 0 warnings (T s)
not checked, neither dossiers nor reviews of the repository (sieg.toml's globs): mkdocs.yml
configuration: sieg.toml
# A path that does not exist is an I/O error (exit 2), never a green run.
$ cd "$TMPDIR/r" && sieg check nope.yaml | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"
nope.yaml: error[SIEG-IO01]: no such file
sieg check: 1 file, 0 dossiers, 0 eligible, 1 error, 0 warnings (T s)
configuration: sieg.toml
exit 2
# An id that cannot name a folder of reviews: SIEG-P004, and no path is built from it (".." would read
# the repository's root as its reviews); in the site, page names are slugs and links stay relative.
$ mkdir -p "$TMPDIR/ids/evaluations" && cd "$TMPDIR/ids" && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" ...yaml && cp ...yaml 'javascript:alert(1)?.yaml' && printf 'evaluateur: {nom: X}\nniveaux: {}\n' > stray.yaml && sieg --no-config validate ...yaml
...yaml: error[SIEG-P004]: the file name gives the id '..', which cannot name a folder of reviews: its reviews are not looked for
  = help: rename the file: ASCII letters and digits, then also '-', '_' and '.' (at most 100 characters)
1 file checked: 1 error, 0 warnings
[1]
$ cd "$TMPDIR/ids" && rm stray.yaml && sieg --no-config report . -o site >/dev/null; grep -o 'href="[^"]*javascript[^"]*"' site/index.html; ls site | grep -c javascript
href="./javascript-alert-1--.html"
1
# A file name that is not UTF-8 keeps every output well formed (U+FFFD in its place).
$ mkdir -p "$TMPDIR/u8" && cd "$TMPDIR/u8" && cp "$OLDPWD/examples/invalid/statut-manquant.yaml" "$(printf 'd\xff.yaml')" && sieg --no-config check --format junit > j.xml; xmllint --noout j.xml && echo junit well formed; sieg --no-config check --format json | jq -r '.files[0].file'
junit well formed
d�.yaml
# Limits that bound a run: 100 reviews per dossier (SIEG-R021: none is read), 100 000 files per run.
$ mkdir -p "$TMPDIR/many/evaluations/d" && cd "$TMPDIR/many" && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" d.yaml && for i in $(seq 1 101); do echo "x: 1" > evaluations/d/r$i.yaml; done && sieg --no-config validate d.yaml
d.yaml: error[SIEG-R021]: more than 100 reviews for this dossier: none is read, no jury score
1 file checked: 1 error, 0 warnings
[1]
# Inside a repository nothing outside sieg.toml's folder is read: a dossier or a reviews folder that is a
# link leading elsewhere (SIEG-IO08, exit 2), a call or grid file named by path outside (never echoed).
$ mkdir -p "$TMPDIR/out/dossiers" "$TMPDIR/elsewhere" && cd "$TMPDIR/out" && printf 'dossiers = ["dossiers/*.yaml"]\n' > sieg.toml && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" "$TMPDIR/elsewhere/x.yaml" && ln -s "$TMPDIR/elsewhere/x.yaml" dossiers/x.yaml && sieg check | sed "s|$TMPDIR|TMP|; s/([0-9.,]* s)/(T s)/"; echo "exit ${PIPESTATUS[0]}"
dossiers/x.yaml: error[SIEG-IO08]: outside the repository: sieg reads nothing outside sieg.toml's folder
  = help: a symbolic link leads elsewhere: copy the file into the repository
sieg check: 1 file, 1 dossier, 0 eligible, 1 error, 0 warnings (T s)
configuration: sieg.toml
exit 2
$ cd "$TMPDIR/out" && rm dossiers/x.yaml && printf 'dossiers = ["dossiers/*.yaml"]\ngrid = "/proc/self/environ"\n' > sieg.toml && sieg check; echo "exit $?"
sieg.toml: error[SIEG-T001]: grid = '/proc/self/environ': neither a known grid nor a readable file
exit 2
# Nothing to score (no self-assessment, no review) is a warning in every command, never an error.
$ mkdir -p "$TMPDIR/noscore" && cd "$TMPDIR/noscore" && awk '/^auto_evaluation:/{skip=1} skip && /^[a-z]/ && !/^auto_evaluation:/{skip=0} !skip' "$OLDPWD/examples/aquitaine-micro-creche.yaml" > d.yaml && sieg --no-config validate d.yaml; sieg --no-config check --format json | jq -c '.files[] | {eligible, codes: [.diagnostics[] | .code + ":" + .severity]}'
d.yaml: warning[SIEG-R014]: neither jury reviews nor a self-assessment: nothing to score
  = help: add a self-assessment (key auto_evaluation) or reviews in evaluations/d/
1 file checked: 0 errors, 1 warning
{"eligible":true,"codes":["SIEG-R014:warning"]}
# --shape-only on a review or a decision: the file's own shape, never a false "no such dossier" (SIEG-R020).
$ cp -r examples "$TMPDIR/ex" && printf 'format: 1\ndossier: aquitaine-micro-creche\ndecision: refuse\nmotifs: "Hors sujet."\n' > "$TMPDIR/ex/evaluations/aquitaine-micro-creche/decision.yaml" && cd "$TMPDIR/ex" && sieg validate --shape-only evaluations/aquitaine-micro-creche/helene-garnier.yaml evaluations/aquitaine-micro-creche/decision.yaml
evaluations/aquitaine-micro-creche/helene-garnier.yaml:1:33: warning[SIEG-L024]: the schema this line gives the editor, '../../../schemas/review.schema.json', is not there (../schemas/review.schema.json): the editor no longer checks this file
  = help: the path starts from this file's folder; sieg init writes the schemas to schemas/
2 files checked: 0 errors, 1 warning
configuration: sieg.toml
# Two decision files for one dossier: SIEG-D008, and neither decision counts (the minutes show it in error).
$ cp -r examples "$TMPDIR/two" && cd "$TMPDIR/two/evaluations/aquitaine-micro-creche" && printf 'format: 1\ndossier: aquitaine-micro-creche\ndecision: refuse\nmotifs: "Non."\n' | tee decision.yaml > decision.yml && cd "$TMPDIR/two" && sieg check --format json | jq -c '[.files[] | select(.file | test("decision")) | {file, codes: [.diagnostics[].code]}]'
[{"file":"evaluations/aquitaine-micro-creche/decision.yaml","codes":["SIEG-D008"]}]
$ cd "$TMPDIR/two" && sieg check | grep -A1 D008 && sieg report --minutes . -o - | grep -o 'aquitaine-micro-creche — .*' | cut -d'|' -f7-8
evaluations/aquitaine-micro-creche/decision.yml: error[SIEG-D008]: two decision files for this dossier, evaluations/aquitaine-micro-creche/decision.yaml and evaluations/aquitaine-micro-creche/decision.yml: neither decision counts while both are there
  = help: keep one decision.yaml per dossier
evaluations/aquitaine-micro-creche/decision.yml: error[SIEG-D008]: deux fichiers de décision pour ce dossier, evaluations/aquitaine-micro-creche/decision.yaml et evaluations/aquitaine-micro-creche/decision.yml : aucune décision n'est comptée tant que les deux sont là
  = aide : gardez un seul fichier decision.yaml par dossier
 30 000,00 € | décision en erreur \[SIEG-D008\] deux fichiers de décision pour ce dossier, evaluations/aquitaine-micro-creche/decision.yaml et evaluations/aquitaine-micro-creche/decision.yml : aucune décision n'est comptée tant que les deux sont là 
# sieg init's editor settings and sieg.toml hold one list of dossier globs (*.yaml and *.yml); a decision
# file gets the decision schema, not the review schema.
$ cd "$TMPDIR" && sieg init --call aquitaine-2015 globs > /dev/null && cd globs && jq -c '."yaml.schemas"["./schemas/dossier.schema.json"]' .vscode/settings.json && grep '^dossiers' sieg.toml && jq -c '."yaml.schemas"["./schemas/decision.schema.json"]' .vscode/settings.json
["dossiers/**/*.yaml","dossiers/**/*.yml"]
dossiers = ["dossiers/**/*.yaml", "dossiers/**/*.yml"]
["evaluations/**/decision.yaml","evaluations/**/decision.yml"]
# A YAML file in the dossiers' folder that sieg.toml's globs miss (an older sieg.toml: *.yaml only) is an
# error, for the whole repository and for pre-commit's list of files alike: never a silent exit 0.
$ cd "$TMPDIR/globs" && sed -i 's|^dossiers = .*|dossiers = ["dossiers/**/*.yaml"]|' sieg.toml && printf 'format: [\n' > dossiers/broken.yml && sieg check --no-cache | sed 's/([0-9.]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"; sieg check --no-cache dossiers/broken.yml | head -1; echo "exit ${PIPESTATUS[0]}"
dossiers/broken.yml: error[SIEG-P008]: YAML file in the dossiers' folder that no 'dossiers' glob of sieg.toml takes (dossiers/**/*.yaml): neither checked, scored nor ranked
  = help: add "dossiers/**/*.yml" to 'dossiers' in sieg.toml, or move the file out of this folder
sieg check: 2 files, 1 dossier, 1 eligible, 1 error, 0 warnings (T s)
configuration: sieg.toml
exit 1
dossiers/broken.yml: error[SIEG-P008]: YAML file in the dossiers' folder that no 'dossiers' glob of sieg.toml takes (dossiers/**/*.yaml): neither checked, scored nor ranked
exit 1
# The sieg.toml that sieg init writes shows an example of every key an officer needs; each one, uncommented,
# loads (issue 31).
$ cd "$TMPDIR" && sieg init ex-toml > /dev/null && cd ex-toml && grep -cE '^# (reviews_per_dossier|review_deadline|envelope) = |^# \[\[(jury|assign|off)\]\]|^# \[severity\]' sieg.toml && sed -i 's/^# \([a-z_]* = \|\[\|SIEG-\)/\1/' sieg.toml && sieg check | tail -2 | sed 's/([0-9.,]* s)/(T s)/'
7
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
