# sieg init, then sieg check on a temporary git repository of submissions, in every format.
$ cd "$TMPDIR" && sieg init --call aquitaine-2015 repo
created: repo/sieg.toml
created: repo/schemas/dossier.schema.json
created: repo/schemas/review.schema.json
created: repo/schemas/decision.schema.json
created: repo/schemas/review-aquitaine.schema.json
created: repo/dossiers/exemple-aquitaine-micro-creche.yaml
created: repo/evaluations/.gitkeep
created: repo/.vscode/settings.json
created: repo/form.html
created: repo/.github/workflows/sieg.yml
created: repo/.gitlab-ci.yml
$ cd "$TMPDIR/repo" && sieg init
sieg: error: these files exist already, nothing was written: sieg.toml, schemas/dossier.schema.json, schemas/review.schema.json, schemas/decision.schema.json, schemas/review-aquitaine.schema.json, dossiers/exemple-aquitaine-micro-creche.yaml, evaluations/.gitkeep, .vscode/settings.json, form.html, .github/workflows/sieg.yml, .gitlab-ci.yml
[2]
# A clean repository passes.
$ cd "$TMPDIR/repo" && git init -q && git add -A && git -c user.name=t -c user.email=t@example.org commit -qm init && sieg check | sed 's/([0-9.,]* s)/(T s)/'
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
# Add problems: a dossier with a duplicate key, two reviews by one reviewer, a review of a missing dossier.
$ cd "$TMPDIR/repo" && E="$OLDPWD/examples" && cp "$E/aquitaine-paniers-etudiants.yaml" dossiers/paniers.yaml && printf 'format: 1\nformat: 1\n' > dossiers/casse.yaml && mkdir -p evaluations/paniers evaluations/inconnu && sed 's/^dossier: .*/dossier: paniers/' "$E/evaluations/aquitaine-paniers-etudiants/helene-garnier.yaml" > evaluations/paniers/hg.yaml && cp evaluations/paniers/hg.yaml evaluations/paniers/hg-bis.yaml && sed 's/^dossier: .*/dossier: inconnu/' evaluations/paniers/hg.yaml > evaluations/inconnu/x.yaml && sed -i 's|=\.\./\.\./\.\./schemas|=../../schemas|' evaluations/*/*.yaml && git add -A && git -c user.name=t -c user.email=t@example.org commit -qm more && sieg check | sed 's/([0-9.,]* s)/(T s)/'
dossiers/casse.yaml:2:1: error[SIEG-L014]: duplicate key 'format' (already defined at line 1, column 1)
  = help: merge the two entries: YAML would keep only one
evaluations/paniers/hg.yaml:2:1: error[SIEG-R006]: Hélène Garnier has already reviewed this dossier (evaluations/paniers/hg-bis.yaml)
evaluations/inconnu/x.yaml: error[SIEG-R020]: review of dossier 'inconnu', but no dossier is named inconnu.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
sieg check: 6 files, 3 dossiers, 2 eligible, 3 errors, 0 warnings (T s)
configuration: sieg.toml
$ cd "$TMPDIR/repo" && sieg check --format json | jq -c '.summary | del(.seconds)'
{"files":6,"dossiers":3,"eligible":2,"errors":3,"warnings":0,"infos":0}
$ cd "$TMPDIR/repo" && sieg check --format json | jq -c '[.files[] | {file, kind, eligible, codes: [.diagnostics[].code]}]'
[{"file":"dossiers/casse.yaml","kind":"dossier","eligible":false,"codes":["SIEG-L014"]},{"file":"dossiers/exemple-aquitaine-micro-creche.yaml","kind":"dossier","eligible":true,"codes":[]},{"file":"dossiers/paniers.yaml","kind":"dossier","eligible":true,"codes":[]},{"file":"evaluations/paniers/hg-bis.yaml","kind":"review","eligible":null,"codes":[]},{"file":"evaluations/paniers/hg.yaml","kind":"review","eligible":null,"codes":["SIEG-R006"]},{"file":"evaluations/inconnu/x.yaml","kind":"review","eligible":null,"codes":["SIEG-R020"]}]
$ cd "$TMPDIR/repo" && sieg check --format sarif | jq -c '{version, driver: .runs[0].tool.driver.name, rules: (.runs[0].tool.driver.rules | length > 60), first: .runs[0].results[0] | {ruleId, level, uri: .locations[0].physicalLocation.artifactLocation.uri, region: .locations[0].physicalLocation.region}}'
{"version":"2.1.0","driver":"sieg","rules":true,"first":{"ruleId":"SIEG-L014","level":"error","uri":"dossiers/casse.yaml","region":{"startLine":2,"startColumn":1}}}
$ cd "$TMPDIR/repo" && sieg check --format sarif | jq -r '.runs[0].results[] | "\(.ruleId) \(.ruleIndex) \(.level) \(.locations[0].physicalLocation.artifactLocation.uri):\(.locations[0].physicalLocation.region.startLine)"'
SIEG-L014 19 error dossiers/casse.yaml:2
SIEG-R006 58 error evaluations/paniers/hg.yaml:2
SIEG-R020 71 error evaluations/inconnu/x.yaml:1
$ cd "$TMPDIR/repo" && sieg check --format junit > j.xml; xmllint --noout j.xml && xmllint --xpath 'concat(/testsuites/@tests, " tests, ", /testsuites/@failures, " failures")' j.xml && echo && xmllint --xpath '//testcase[failure]/@name' j.xml | tr ' ' '\n' | sed '/^$/d' && xmllint --xpath 'string(//testsuite[@name="dossiers/casse.yaml"]/testcase[@name="shape"]/failure/@type)' j.xml && echo
63 tests, 3 failures

name="shape"
name="reviews"
name="reviews"
SIEG-L014

$ cd "$TMPDIR/repo" && sieg check --format github
::error file=dossiers/casse.yaml,line=2,col=1,title=SIEG-L014::duplicate key 'format' (already defined at line 1, column 1)%0Amerge the two entries: YAML would keep only one
::error file=evaluations/paniers/hg.yaml,line=2,col=1,title=SIEG-R006::Hélène Garnier has already reviewed this dossier (evaluations/paniers/hg-bis.yaml)
::error file=evaluations/inconnu/x.yaml,line=1,col=1,title=SIEG-R020::review of dossier 'inconnu', but no dossier is named inconnu.yaml%0Aname the reviews' folder like the dossier's file, without '.yaml'
[1]
$ cd "$TMPDIR/repo" && sieg check --format gitlab | jq -c '.[] | {check_name, severity, path: .location.path, line: .location.lines.begin, fp: (.fingerprint | length)}'
{"check_name":"SIEG-L014","severity":"major","path":"dossiers/casse.yaml","line":2,"fp":32}
{"check_name":"SIEG-R006","severity":"major","path":"evaluations/paniers/hg.yaml","line":2,"fp":32}
{"check_name":"SIEG-R020","severity":"major","path":"evaluations/inconnu/x.yaml","line":1,"fp":32}
$ cd "$TMPDIR/repo" && a=$(sieg check --format gitlab | jq -r '.[].fingerprint' | sort | md5sum) && b=$(sieg check --format gitlab | jq -r '.[].fingerprint' | sort | md5sum) && [ "$a" = "$b" ] && echo stable
stable
# Fingerprints do not change with the language of the messages, nor when an edit moves a finding.
$ cd "$TMPDIR/repo" && a=$(sieg check --format gitlab | jq -r '.[].fingerprint' | md5sum) && b=$(sieg --lang fr check --format gitlab | jq -r '.[].fingerprint' | md5sum) && cp dossiers/casse.yaml casse.bak && sed -i '1i # une ligne de plus' dossiers/casse.yaml && c=$(sieg check --format gitlab | jq -r '.[].fingerprint' | md5sum) && mv casse.bak dossiers/casse.yaml && [ "$a" = "$b" ] && [ "$a" = "$c" ] && echo same
same
# Text on stdout and SARIF in a file, from one pass; an output never overwrites an input.
$ cd "$TMPDIR/repo" && sieg check --output-format sarif:out.sarif --output-format junit:out.xml > /dev/null; echo "exit $?"; jq '.runs[0].results | length' out.sarif && xmllint --noout out.xml && echo junit ok
exit 1
3
junit ok
# Every format is streamed file by file (flat memory); rendered from the whole report instead (-v needs
# it), each gives the same bytes, the time aside.
$ cd "$TMPDIR/repo" && for f in json sarif junit github gitlab text; do sieg check --format $f > s.$f; sieg check -v --output-format $f:w.$f > /dev/null; sed -i 's/"seconds": [0-9.]*//; s/time="[0-9.]*"//; s/([0-9.,]* s)//' s.$f w.$f; if cmp -s s.$f w.$f; then echo "$f: same, $(wc -l < s.$f) lines"; else echo "$f: differs"; fi; done; rm -f s.* w.*
json: same, 95 lines
sarif: same, 2248 lines
junit: same, 85 lines
github: same, 3 lines
gitlab: same, 38 lines
text: same, 7 lines
$ cd "$TMPDIR/repo" && sieg check --output-format sarif:dossiers/paniers.yaml dossiers/paniers.yaml
sieg: error: --output-format: dossiers/paniers.yaml is an input; sieg never writes over its inputs
[2]
$ cd "$TMPDIR/repo" && for out in json:dossiers/paniers.yaml sarif:evaluations/paniers/hg.yaml junit:sieg.toml; do sieg check --output-format "$out" dossiers/casse.yaml; done; git status --short
sieg: error: --output-format: dossiers/paniers.yaml is an input; sieg never writes over its inputs
sieg: error: --output-format: evaluations/paniers/hg.yaml is an input; sieg never writes over its inputs
sieg: error: --output-format: sieg.toml is an input; sieg never writes over its inputs
?? j.xml
?? out.sarif
?? out.xml
$ cd "$TMPDIR/repo" && sieg check --output-format xml:out.xml
sieg: error: --output-format 'xml:out.xml': FORMAT:FILE expected, FORMAT among text, json, sarif, junit, github, gitlab
[2]
# --changed-since: only what changed, plus the dossiers whose reviews changed.
$ cd "$TMPDIR/repo" && sed -i 's/niveau: 3/niveau: 2/' evaluations/paniers/hg.yaml && sieg check --changed-since HEAD | sed 's/([0-9.,]* s)/(T s)/'
evaluations/paniers/hg.yaml:2:1: error[SIEG-R006]: Hélène Garnier has already reviewed this dossier (evaluations/paniers/hg-bis.yaml)
sieg check: 3 files, 1 dossier, 1 eligible, 1 error, 0 warnings (T s)
configuration: sieg.toml
$ cd "$TMPDIR/repo" && git checkout -q -- evaluations && sieg check --changed-since HEAD | sed 's/([0-9.,]* s)/(T s)/'
sieg check: 0 files, 0 dossiers, 0 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
$ cd "$TMPDIR" && mkdir -p nogit && cd nogit && sieg check --changed-since HEAD
sieg: error: --changed-since HEAD: the current folder is not in a git repository
[2]
# A revision is never an option passed to git, and a git error is exit 2, never a green run.
$ cd "$TMPDIR/repo" && sieg check --changed-since=--output=../x; echo "exit $?"; ls ../x 2>&1 | sed 's/.*: //'
sieg: error: --changed-since --output=../x: git: '--output=../x' is not a revision of this repository
exit 2
No such file or directory
$ cd "$TMPDIR/repo" && sieg check --changed-since no-such-branch; echo "exit $?"
sieg: error: --changed-since no-such-branch: git: 'no-such-branch' is not a revision of this repository (git: fatal: Needed a single revision)
exit 2
# Paths given: only those; --fail-on warning; -j 1 gives the same output as the default.
$ cd "$TMPDIR/repo" && sieg check dossiers/exemple-aquitaine-micro-creche.yaml | sed 's/([0-9.,]* s)/(T s)/'
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
$ cd "$TMPDIR/repo" && grep -v commercialisation_engagee dossiers/exemple-aquitaine-micro-creche.yaml > dossiers/w.yaml && sieg check dossiers/w.yaml | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"; sieg check --fail-on warning dossiers/w.yaml > /dev/null; echo "exit $?"
dossiers/w.yaml:8:3: warning[SIEG-E005]: The dossier says whether commercialisation has started: 'Commercialisation started' (action.commercialisation_engagee) is missing or empty
  = help: Write action.commercialisation_engagee: false (or true) — source: AMI Aquitaine 2015, §2 (soutien en amont de la commercialisation); details: sieg explain SIEG-E005
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 1 warning (T s)
configuration: sieg.toml
exit 0
exit 1
$ cd "$TMPDIR/repo" && printf '[[off]]\ncode = "SIEG-E005"\nreason = "Question posée à l'"'"'audition."\n' >> sieg.toml && sieg check --fail-on warning dossiers/w.yaml | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"
off: SIEG-E005: Question posée à l'audition.
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
exit 0
$ cd "$TMPDIR/repo" && [ "$(sieg check -j 1 --format json | jq -c 'del(.summary.seconds)')" = "$(sieg check -j 4 --format json | jq -c 'del(.summary.seconds)')" ] && echo same
same
# sieg.toml mistakes: file:line:col, exit 2.
$ cd "$TMPDIR/repo" && printf '[severity]\nSIEG-E16 = "error"\n' >> sieg.toml && sieg check
sieg.toml:46:12: error[SIEG-T001]: unknown code 'SIEG-E16'; did you mean 'SIEG-E016'?
[2]
# sieg new in the repository: the call of sieg.toml, into dossiers/.
$ cd "$TMPDIR/repo" && git checkout -q -- sieg.toml && sieg new ma-creche && head -3 dossiers/ma-creche.yaml | sed "s/^/> /" && sieg new ma-creche
created: dossiers/ma-creche.yaml
> # yaml-language-server: $schema=../schemas/dossier.schema.json
> # Dossier de candidature — AMI Innovation sociale 2015 — Région Aquitaine
> # Remplissez chaque valeur après les deux-points ; les lignes « # clé: » sont facultatives :
sieg: error: these files exist already, nothing was written: dossiers/ma-creche.yaml
[2]
# yaml-language-server: $schema=../schemas/dossier.schema.json
# Dossier de candidature — AMI Innovation sociale 2015 — Région Aquitaine
# Remplissez chaque valeur après les deux-points ; les lignes « # clé: » sont facultatives :
# yaml-language-server: $schema=../schemas/dossier.schema.json
# Dossier de candidature — AMI Innovation sociale 2015 — Région Aquitaine
# Remplissez chaque valeur après les deux-points ; les lignes « # clé: » sont facultatives :
# sieg new reads sieg.toml as every command does: its call, even with [severity] entries in it.
$ cd "$TMPDIR" && sieg init newrepo >/dev/null && cd newrepo && sed -i 's/^call = .*/call = "picardie-sieg"/; s/^grid = .*/grid = "picardie"/' sieg.toml && printf '[severity]\nSIEG-E016 = "error"\n' >> sieg.toml && sieg new x && grep -m1 '^appel' dossiers/x.yaml
created: dossiers/x.yaml
appel: picardie-sieg
