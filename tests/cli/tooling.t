# A well-packaged command line: paths, discovery, help, completions (issue 16).
# A path that does not exist is exit 2 with its name, never a green run.
$ sieg check nope.yaml | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"
nope.yaml: error[SIEG-IO01]: no such file
sieg check: 1 file, 0 dossiers, 0 eligible, 1 error, 0 warnings (T s)
exit 2
# '-' reads the paths from standard input, one per line; none there is a usage error.
$ printf 'examples/aquitaine-micro-creche.yaml\n\nexamples/picardie-renovation-logement.yaml\n' | sieg check -q - ; echo "exit $?"
exit 0
$ printf 'examples/aquitaine-micro-creche.yaml\n' | sieg check - | sed 's/([0-9.,]* s)/(T s)/'
examples/evaluations/aquitaine-micro-creche/paul-martin.yaml:2:1: warning[SIEG-R011]: conflict of interest: Paul Martin's organisation (Commune de Bègles) is a partner of the dossier; review left out
sieg check: 5 files, 1 dossier, 1 eligible, 0 errors, 1 warning (T s)
configuration: examples/sieg.toml
$ sieg check - < /dev/null
sieg: error: '-': no path on standard input (one per line)
[2]
$ echo examples/aquitaine-micro-creche.yaml | sieg check - -
sieg: error: '-' (standard input) can be given once only
[2]
# Files that are clearly not dossiers never are, with or without sieg.toml.
$ mkdir -p "$TMPDIR/tool/plain/.github/workflows" && cd "$TMPDIR/tool/plain" && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" . && printf 'site_name: x\n' > mkdocs.yml && printf 'repos: []\n' > .pre-commit-config.yaml && printf 'on: push\n' > .github/workflows/ci.yml && printf 'services: {}\n' > docker-compose.yml && sieg check | sed 's/([0-9.,]* s)/(T s)/'
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
$ cd "$TMPDIR/tool/plain" && sieg check mkdocs.yml .pre-commit-config.yaml .github/workflows/ci.yml | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"
sieg check: 0 files, 0 dossiers, 0 eligible, 0 errors, 0 warnings (T s)
not checked, neither dossiers nor reviews of the repository (sieg.toml's globs): mkdocs.yml, .pre-commit-config.yaml, .github/workflows/ci.yml
exit 0
$ cd "$TMPDIR/tool" && sieg init repo > /dev/null && cd repo && sed -i 's#^dossiers = .*#dossiers = ["**/*.y*ml"]#' sieg.toml && printf 'site_name: x\n' > mkdocs.yml && sieg check | sed 's/([0-9.,]* s)/(T s)/'
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 0 warnings (T s)
configuration: sieg.toml
# A glob of sieg.toml that matches nothing is a warning; no dossier at all stops the run (exit 2).
$ cd "$TMPDIR/tool/repo" && sed -i 's#^dossiers = .*#dossiers = ["dossiers/**/*.yaml", "dosiers/*.yaml"]#' sieg.toml && sieg check | sed 's/([0-9.,]* s)/(T s)/'
sieg.toml: warning[SIEG-P006]: the 'dossiers' glob 'dosiers/*.yaml' matches no file
  = help: check its spelling and where the files are (globs start from sieg.toml's folder)
sieg check: 2 files, 1 dossier, 1 eligible, 0 errors, 1 warning (T s)
configuration: sieg.toml
$ cd "$TMPDIR/tool/repo" && sed -i 's#^dossiers = .*#dossiers = ["dosiers/*.yaml"]#' sieg.toml && sieg check | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"
sieg.toml: warning[SIEG-P006]: the 'dossiers' glob 'dosiers/*.yaml' matches no file
  = help: check its spelling and where the files are (globs start from sieg.toml's folder)
sieg.toml: error[SIEG-P007]: no dossier in this repository: sieg.toml's 'dossiers' globs match no file
  = help: name the files or folders to check, or fix 'dossiers' in sieg.toml (sieg new creates a dossier)
sieg check: 2 files, 0 dossiers, 0 eligible, 1 error, 1 warning (T s)
configuration: sieg.toml
exit 2
# --changed-since: a dossier deleted leaves its reviews behind; a rename to another id too. Both are found,
# and the deletion is listed.
$ R=$PWD && mkdir -p "$TMPDIR/tool/g" && cd "$TMPDIR/tool/g" && git init -q && git config user.email t@t && git config user.name t && sieg init . > /dev/null && cp "$R/examples/aquitaine-micro-creche.yaml" "$R/examples/aquitaine-paniers-etudiants.yaml" dossiers/ && cp -r "$R/examples/evaluations/aquitaine-micro-creche" "$R/examples/evaluations/aquitaine-paniers-etudiants" evaluations/ && sed -i 's|=\.\./\.\./\.\./schemas|=../../schemas|' evaluations/*/*.yaml && git add -A && git commit -qm init && git rm -q dossiers/aquitaine-micro-creche.yaml && git mv dossiers/aquitaine-paniers-etudiants.yaml dossiers/paniers.yaml && sieg check --changed-since HEAD | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"
evaluations/aquitaine-micro-creche/helene-garnier.yaml: error[SIEG-R020]: review of dossier 'aquitaine-micro-creche', but no dossier is named aquitaine-micro-creche.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
evaluations/aquitaine-micro-creche/marc-lefevre.yaml: error[SIEG-R020]: review of dossier 'aquitaine-micro-creche', but no dossier is named aquitaine-micro-creche.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
evaluations/aquitaine-micro-creche/paul-martin.yaml: error[SIEG-R020]: review of dossier 'aquitaine-micro-creche', but no dossier is named aquitaine-micro-creche.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
evaluations/aquitaine-micro-creche/sophie-bernard.yaml: error[SIEG-R020]: review of dossier 'aquitaine-micro-creche', but no dossier is named aquitaine-micro-creche.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
evaluations/aquitaine-paniers-etudiants/helene-garnier.yaml: error[SIEG-R020]: review of dossier 'aquitaine-paniers-etudiants', but no dossier is named aquitaine-paniers-etudiants.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
evaluations/aquitaine-paniers-etudiants/marc-lefevre.yaml: error[SIEG-R020]: review of dossier 'aquitaine-paniers-etudiants', but no dossier is named aquitaine-paniers-etudiants.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
evaluations/aquitaine-paniers-etudiants/sophie-bernard.yaml: error[SIEG-R020]: review of dossier 'aquitaine-paniers-etudiants', but no dossier is named aquitaine-paniers-etudiants.yaml
  = help: name the reviews' folder like the dossier's file, without '.yaml'
sieg check: 8 files, 1 dossier, 1 eligible, 7 errors, 0 warnings (T s)
deleted since the revision: dossiers/aquitaine-micro-creche.yaml
configuration: sieg.toml
exit 1
$ cd "$TMPDIR/tool/g" && sieg check --changed-since HEAD~5
sieg: error: --changed-since HEAD~5: git: 'HEAD~5' is not a revision of this repository (git: fatal: Needed a single revision)
[2]
# Commands: a typo gets the closest name; sieg help works like git help.
$ sieg scor
sieg: error: unknown command 'scor'
  = help: did you mean 'sieg score'?
Commands: sieg help
[2]
$ sieg --lang fr valid x.yaml
sieg : erreur : commande inconnue « valid »
  = aide : vouliez-vous dire « sieg validate » ?
Commandes : sieg help
[2]
$ sieg help | head -3
sieg — social-innovation call dossiers, in plain text and git.
Usage: [OPTIONS] SUBCOMMAND

$ sieg help check | head -2
check a whole repository of submissions, for CI
Usage: sieg check [OPTIONS] [paths...]
$ diff <(sieg help grids) <(sieg grids --help) && echo same
same
$ sieg help chek
sieg: error: unknown command 'chek'
  = help: did you mean 'sieg check'?
Commands: sieg help
[2]
# -q: the errors alone, the same exit code.
$ sieg validate -q examples/invalid/*.yaml | grep -c 'warning'; sieg validate -q examples/aquitaine-micro-creche.yaml; echo "exit $?"
0
exit 0
# Completions, generated from the command line's definition, sourced in each shell (zsh and fish when installed).
$ sieg completions bash | bash -c 'source /dev/stdin; complete -p sieg'
complete -F _sieg sieg
$ sieg completions tcsh
sieg: error: shell: tcsh not in {bash,zsh,fish}
Help: sieg completions --help
[2]
$ tests/completions/complete.sh bash sieg sco; tests/completions/complete.sh bash sieg check --format g
score
github
gitlab
$ tests/completions/complete.sh bash sieg calls show "" | grep -E "^(aquitaine|picardie)"; tests/completions/complete.sh bash sieg --lang=e
aquitaine-2015
picardie-sieg
en
$ tests/completions/complete.sh bash sieg explain SIEG-E04
SIEG-E040
SIEG-E042
SIEG-E043
SIEG-E044
SIEG-E045
SIEG-E046
$ cd examples && ../tests/completions/complete.sh bash sieg validate aquitaine-m; ../tests/completions/complete.sh bash sieg check -j 2 --fail-on ""
aquitaine-micro-creche.yaml
error
shape
warning
$ R=$PWD && mkdir -p "$TMPDIR/fishc" && cd "$TMPDIR/fishc" && $R/tests/completions/complete.sh fish sieg sco; $R/tests/completions/complete.sh fish sieg check --format g; $R/tests/completions/complete.sh fish sieg grids show p
score
github
gitlab
picardie
$ cd examples && ../tests/completions/complete.sh fish sieg validate aquitaine-m; ../tests/completions/complete.sh fish sieg report --format ""
aquitaine-micro-creche.yaml
csv
html
json
md
pdf
$ tests/completions/complete.sh zsh sieg check --format ""; tests/completions/complete.sh zsh sieg calls show ""; tests/completions/complete.sh zsh sieg validate ""
github
gitlab
json
junit
sarif
text
(files )
aquitaine-2015
picardie-sieg
(files -g *.(yaml|yml))
$ tests/completions/complete.sh zsh sieg "" | tr '\n' ' '; echo
assign calls check completions explain form grids handout help init new rank report score status validate 
# A file name with a space is one candidate; sieg report and sieg new complete dossiers and folders (not
# grid names); --format=VALUE, as bash splits it at '=' too; --output-format offers each format with its ':'.
$ R=$PWD && mkdir -p "$TMPDIR/sp/dossiers" && cd "$TMPDIR/sp" && touch "crèche solidaire.yaml" autre.yaml && for sh in bash fish; do echo "$sh:"; $R/tests/completions/complete.sh $sh sieg validate cr; $R/tests/completions/complete.sh $sh sieg report "" | tr '\n' ' '; echo; $R/tests/completions/complete.sh $sh sieg new "" | tr '\n' ' '; echo; $R/tests/completions/complete.sh $sh sieg check --output-format "" | tr '\n' ' '; echo; done; $R/tests/completions/complete.sh zsh sieg report ""; $R/tests/completions/complete.sh zsh sieg check --output-format "" | tr '\n' ' '; echo; $R/tests/completions/complete.sh bash sieg check --format = g; $R/tests/completions/complete.sh bash sieg report --format = "" | tr '\n' ' '; echo
bash:
crèche solidaire.yaml
autre.yaml crèche solidaire.yaml dossiers 
autre.yaml crèche solidaire.yaml dossiers 
github: gitlab: json: junit: sarif: text: 
fish:
crèche solidaire.yaml
autre.yaml crèche solidaire.yaml dossiers/ 
autre.yaml crèche solidaire.yaml dossiers/ 
github: gitlab: json: junit: sarif: text: 
(files -g *.(yaml|yml))
github: gitlab: json: junit: sarif: text: 
github
gitlab
csv html json md pdf 
# PDF: an extension sieg cannot write is refused; without Chromium, exit 2 saying what to install.
$ sieg report examples/aquitaine-micro-creche.yaml -o rapport.docx
sieg : erreur : -o rapport.docx : sieg n'écrit pas ce type de fichier ; extensions : .md, .html, .json, .pdf (ou --format)
[2]
$ cd "$TMPDIR" && PATH="$(dirname "$(command -v sieg)")" sieg report "$OLDPWD/examples/aquitaine-micro-creche.yaml" -o rapport.pdf; echo "exit $?"; ls rapport.pdf 2>&1 | sed 's/.*: //'
rapport.pdf: error[SIEG-IO09]: un PDF demande Chromium, introuvable
  = aide : installez-le (apt install chromium) ou nommez-le dans SIEG_CHROMIUM ; ou écrivez le rapport en HTML (-o rapport.html) et imprimez-le depuis un navigateur
exit 2
No such file or directory
# CSV for spreadsheets: --excel writes the UTF-8 byte-order mark and headers in the output language; the
# default keeps stable ids for scripts. One header row per file, whatever the grids.
$ sieg --lang fr rank --excel examples 2>/dev/null | head -c 3 | od -An -tx1
 ef bb bf
$ sieg --lang fr rank --excel examples 2>/dev/null | head -1 | cut -d';' -f1-14
﻿grille;rang;dossier;intitulé;éligible;règles non respectées;aide demandée (€);source;évaluations;évaluateurs;avis;total;maximum;%
$ sieg rank --excel examples 2>/dev/null | sed -n 3p | cut -d, -f7-11
19500.00,jury,3,Hélène Garnier / Marc Lefèvre / Sophie Bernard,favourable / with reservations / favourable
$ sieg rank --format csv examples 2>/dev/null | head -c 4; echo; sieg rank --format csv examples 2>/dev/null | grep -c '^grid,'
grid
1
$ sieg score --format csv examples/*.yaml 2>/dev/null | grep -c '^dossier,'
1
$ sieg score --excel --format json examples/aquitaine-micro-creche.yaml
sieg: error: --excel gives CSV: it does not go with --format json
[2]
# A cell a spreadsheet would run as a formula is prefixed with ' in the spreadsheet flavour only.
$ mkdir -p "$TMPDIR/csv" && sed 's/^  intitule: .*/  intitule: "=HYPERLINK(\\"http:\/\/x\\")"/' examples/aquitaine-micro-creche.yaml > "$TMPDIR/csv/f.yaml" && sieg score --excel "$TMPDIR/csv/f.yaml" "$TMPDIR/csv/f.yaml" 2>/dev/null | sed -n 2p | cut -d, -f2; sieg score --format csv "$TMPDIR/csv/f.yaml" "$TMPDIR/csv/f.yaml" 2>/dev/null | sed -n 2p | cut -d, -f2
"'=HYPERLINK(""http://x"")"
"=HYPERLINK(""http://x"")"
# Editors: the schemas' editor keywords are in step with sieg's annotations; sieg init's copies are schemas/ itself.
$ python3 scripts/gen-editor-keys.py --check && echo in step
in step
$ mkdir -p "$TMPDIR/edit" && sieg init "$TMPDIR/edit/r" > /dev/null && cmp "$TMPDIR/edit/r/schemas/dossier.schema.json" schemas/dossier.schema.json && cmp "$TMPDIR/edit/r/schemas/review.schema.json" schemas/review.schema.json && echo same bytes
same bytes
$ jq -c '.properties.porteur.properties.statut.enumDescriptions[0:3]' schemas/dossier.schema.json
["Entreprise","Association","Collectivité territoriale"]
# A date an editor can catch by its pattern; sieg says it once, with its own calendar check.
$ printf 'format: 1\ndate_depot: 20/05/2015\n' > "$TMPDIR/edit/d.yaml" && sieg validate --shape-only "$TMPDIR/edit/d.yaml" | grep -c 'date_depot'; jq -r '.definitions.date.pattern' schemas/dossier.schema.json | python3 -c 'import re,sys; p=sys.stdin.read().strip(); print([bool(re.match(p,d)) for d in ["2015-05-20","20/05/2015","2015-02-30","2015-04-31","2016-02-29","2015-12-31"]])'
1
[True, False, False, False, True, True]
# The review schema of a grid, for editors: markers offered by name, levels within the grid's scale.
$ sieg grids schema aquitaine > "$TMPDIR/edit/ra.json" && sieg validate --shape-only --schema "$TMPDIR/edit/ra.json" examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml
1 file checked: 0 errors, 0 warnings
configuration: examples/sieg.toml
$ sed 's/niveau: 2/niveau: 5/; s/^  place_beneficiaires:/  place_beneficiares:/' examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml > "$TMPDIR/edit/bad.yaml" && sieg validate --shape-only --schema "$TMPDIR/edit/ra.json" "$TMPDIR/edit/bad.yaml" | sed "s#$TMPDIR/edit/##" | grep -o 'error\[SIEG-S0[0-9]*\]' | sort | uniq -c
      1 error[SIEG-S002]
      1 error[SIEG-S003]
      6 error[SIEG-S004]
$ sieg grids schema nope
sieg: error: grids schema: neither a known grid (aquitaine, picardie) nor a file: nope
[2]
# sieg new's modeline fits the file's depth in the repository; sieg init maps the folders for VS Code.
$ cd "$TMPDIR/edit" && sieg init mr > /dev/null && cd mr && sieg new dossiers/lot1/sous/x.yaml > /dev/null && head -1 dossiers/lot1/sous/x.yaml | sed 's/^# //' && jq -c '."yaml.schemas"' .vscode/settings.json
yaml-language-server: $schema=../../../schemas/dossier.schema.json
{"./schemas/dossier.schema.json":["dossiers/**/*.yaml","dossiers/**/*.yml"],"./schemas/review-aquitaine.schema.json":["evaluations/**/*.yaml","evaluations/**/*.yml","!evaluations/**/decision.yaml","!evaluations/**/decision.yml"],"./schemas/decision.schema.json":["evaluations/**/decision.yaml","evaluations/**/decision.yml"]}
# The CI templates sieg init writes are valid YAML; git is installed before the checkout that needs it.
$ python3 -c 'import sys, yaml; [yaml.safe_load(open(f)) for f in sys.argv[1:]]; print("valid")' examples/ci/github-workflow.yml examples/ci/gitlab-ci.yml
valid
$ grep -n 'apt-get install.*git\|actions/checkout\|SIEG_DEB_URL" -o\|sieg report . ' examples/ci/github-workflow.yml | cut -c1-60
26:      # git first: the container has none, and actions/ch
30:          apt-get install -y -qq --no-install-recommends 
31:      - uses: actions/checkout@v4
59:            curl -fsSL "$SIEG_DEB_URL" -o /tmp/sieg.deb
100:        run: sieg report . --lang "$SIEG_LANG" --redact 
115:#      - uses: actions/checkout@v4
# Neither SIEG_DEB_URL nor SIEG_REPOSITORY: both templates stop at once with what to set, where. With
# SIEG_REPOSITORY, GitHub's binary cache is keyed by the commit SIEG_REF points to (a new sieg, a new
# build; GitLab keeps that commit beside its cached binary); one language (SIEG_LANG) for every sieg
# command; the SARIF upload, which a private repository without code scanning refuses, fails nothing.
$ python3 tests/cli/ci_templates.py
github: no variable: exit 1: ::error::sieg is not configured: set the repository variable SIEG_DEB_URL (a sieg .deb) or SIEG_REPOSITORY (sieg's git address), in Settings → Secrets and variables → Actions → Variables
gitlab: no variable: exit 1: sieg is not configured: set the CI/CD variable SIEG_DEB_URL (a sieg .deb) or SIEG_REPOSITORY (sieg's git address), in Settings → CI/CD → Variables
github: SIEG_REPOSITORY at SIEG_REF v2: commit=<v2's commit>
github: binary cache key: sieg-${{ steps.sieg.outputs.commit }}-debian12
github: unknown SIEG_REF: exit 1
gitlab: rebuilds when .sieg-bin/commit differs from SIEG_REF's commit: yes
github: sieg commands with --lang "$SIEG_LANG": 2 of 2; LANG=C.UTF-8, SIEG_LANG=fr
gitlab: sieg commands with --lang "$SIEG_LANG": 3 of 3; LANG=C.UTF-8, SIEG_LANG=fr
github: SARIF upload continue-on-error: True
# -v: one line per file checked, before the summary; -q and -v do not go together.
$ cd examples && sieg check --no-cache -v aquitaine-micro-creche.yaml | sed 's/([0-9.,]* s)/(T s)/'
evaluations/aquitaine-micro-creche/paul-martin.yaml:2:1: warning[SIEG-R011]: conflict of interest: Paul Martin's organisation (Commune de Bègles) is a partner of the dossier; review left out
aquitaine-micro-creche.yaml: dossier, eligible, 26.00 (jury), ok
evaluations/aquitaine-micro-creche/helene-garnier.yaml: review, ok
evaluations/aquitaine-micro-creche/marc-lefevre.yaml: review, ok
evaluations/aquitaine-micro-creche/paul-martin.yaml: review, 1 warning
evaluations/aquitaine-micro-creche/sophie-bernard.yaml: review, ok
sieg check: 5 files, 1 dossier, 1 eligible, 0 errors, 1 warning (T s)
configuration: sieg.toml
$ sieg check -q -v examples
sieg: error: --quiet excludes --verbose
Help: sieg check --help
[2]
# Names are folded with Unicode (libutf8proc): a reviewer's organisation matches a partner's in any script or case.
$ R=$PWD && mkdir -p "$TMPDIR/fold/evaluations/d" && cd "$TMPDIR/fold" && sed 's/Commune de Bègles/Σύλλογος Αλληλεγγύης Straße/' "$R/examples/aquitaine-micro-creche.yaml" > d.yaml && sed 's/Commune de Bègles/ΣΥΛΛΟΓΟΣ ΑΛΛΗΛΕΓΓΥΗΣ STRASSE/; s/aquitaine-micro-creche/d/' "$R/examples/evaluations/aquitaine-micro-creche/paul-martin.yaml" > evaluations/d/pm.yaml && sieg score d.yaml 2>&1 >/dev/null | cut -c1-120
d.yaml: warning[SIEG-R013]: every review is left out: scored from the self-assessment
evaluations/d/pm.yaml:2:1: warning[SIEG-R011]: conflict of interest: Paul Martin's organisation (ΣΥΛΛΟΓΟΣ ΑΛΛ
# The templates' runtime packages are the libraries the binary links (a binary restored from CI's cache
# runs only with them); libc6, libgcc-s1, libstdc++6 are in every debian:12 image, the sanitizers only in
# the test build.
$ bin=$(readlink -f "$(command -v sieg)"); for lib in $(ldd "$bin" | awk '/=>/ {print $3}'); do p=$(dpkg -S "$lib" 2>/dev/null || dpkg -S "/usr$lib" 2>/dev/null || dpkg -S "$(readlink -f "$lib")" 2>/dev/null); echo "${p%%:*}"; done | sort -u | grep -vE '^(libc6|libgcc-s1|libstdc\+\+6|libasan[0-9]*|libubsan[0-9]*|)$' > "$TMPDIR/needed"; grep -c . "$TMPDIR/needed"; for t in examples/ci/github-workflow.yml examples/ci/gitlab-ci.yml; do line=$(grep -m1 'no-install-recommends libyaml-cpp0.7' "$t"); for p in $(cat "$TMPDIR/needed"); do case " $line " in *" $p "*) ;; *) echo "$t lacks $p";; esac; done; done; echo checked
4
checked
