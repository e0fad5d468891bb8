# SIEG-L024: a modeline whose schema is not there (a dossier moved to a subfolder keeps its relative path
# and the editor silently stops checking it). The same warning from validate and check, in both languages,
# with the path that works; URLs and files outside a repository are not checked; the cache notices a
# schema that disappears or comes back without the file changing.
$ cd "$TMPDIR" && sieg init --call aquitaine-2015 ml > /dev/null && cd ml && mkdir dossiers/2026 && mv dossiers/exemple-aquitaine-micro-creche.yaml dossiers/2026/creche.yaml && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/'; echo "exit ${PIPESTATUS[0]}"
dossiers/2026/creche.yaml:1:33: warning[SIEG-L024]: the schema this line gives the editor, '../schemas/dossier.schema.json', is not there (dossiers/schemas/dossier.schema.json): the editor no longer checks this file
  = help: the path starts from this file's folder: write $schema=../../schemas/dossier.schema.json
sieg check: 1 file, 1 dossier, 1 eligible, 0 errors, 1 warning (T s)
configuration: sieg.toml
exit 0
$ cd "$TMPDIR/ml/dossiers/2026" && sieg --lang fr validate creche.yaml; echo "exit $?"
creche.yaml:1:33: warning[SIEG-L024]: le schéma que cette ligne donne à l'éditeur, « ../schemas/dossier.schema.json », est introuvable (../schemas/dossier.schema.json) : l'éditeur ne vérifie plus ce fichier
  = aide : le chemin part du dossier de ce fichier : écrivez $schema=../../schemas/dossier.schema.json
1 fichier vérifié : 0 erreur, 1 avertissement
configuration : ../../sieg.toml
exit 0
# The hint's path works; a URL is not checked (sieg reads no network); sieg.toml can turn the warning off.
$ cd "$TMPDIR/ml" && sed -i '1s|.*|# yaml-language-server: $schema=../../schemas/dossier.schema.json|' dossiers/2026/creche.yaml && sieg validate dossiers/2026/creche.yaml && sed -i '1s|.*|# yaml-language-server: $schema=https://example.org/dossier.schema.json|' dossiers/2026/creche.yaml && sieg validate dossiers/2026/creche.yaml && sed -i '1s|.*|# yaml-language-server: $schema=nulle-part.json|' dossiers/2026/creche.yaml && sieg validate dossiers/2026/creche.yaml | grep -c L024 && cp sieg.toml sieg.toml.orig && printf '\n[[off]]\ncode = "SIEG-L024"\nreason = "schémas publiés ailleurs"\n' >> sieg.toml && sieg validate dossiers/2026/creche.yaml | head -1 && mv sieg.toml.orig sieg.toml
1 file checked: 0 errors, 0 warnings
configuration: sieg.toml
1 file checked: 0 errors, 0 warnings
configuration: sieg.toml
1
1 file checked: 0 errors, 0 warnings
# A file on its own, outside any repository, serves no editor setup: not checked.
$ cp "$TMPDIR/ml/dossiers/2026/creche.yaml" "$TMPDIR/seul.yaml" && cd "$TMPDIR" && sieg validate seul.yaml
1 file checked: 0 errors, 0 warnings
# Reviews and decisions too (their hint points at their own schema).
$ R=$PWD && cd "$TMPDIR/ml" && sed -i '1s|.*|# yaml-language-server: $schema=../../schemas/dossier.schema.json|' dossiers/2026/creche.yaml && mkdir -p evaluations/creche && sed 's/^dossier: .*/dossier: creche/; 1s|=.*|=../schemas/review.schema.json|' "$R/examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml" > evaluations/creche/hg.yaml && printf '# yaml-language-server: $schema=decision.schema.json\nformat: 1\ndossier: creche\ndecision: a_decider\n' > evaluations/creche/decision.yaml && sieg check --no-cache | grep -A1 L024
evaluations/creche/hg.yaml:1:33: warning[SIEG-L024]: the schema this line gives the editor, '../schemas/review.schema.json', is not there (evaluations/schemas/review.schema.json): the editor no longer checks this file
  = help: the path starts from this file's folder: write $schema=../../schemas/review.schema.json
evaluations/creche/decision.yaml:1:33: warning[SIEG-L024]: the schema this line gives the editor, 'decision.schema.json', is not there (evaluations/creche/decision.schema.json): the editor no longer checks this file
  = help: the path starts from this file's folder: write $schema=../../schemas/decision.schema.json
# The cache: a schema that disappears (the dossier unchanged, its stat too) brings the warning back, read
# again; once restored, the entry of before serves again.
$ cd "$TMPDIR/ml" && rm evaluations/creche/*.yaml && sleep 0.3 && sieg check --cache-dir .sieg-cache -v | grep '^cache' && sieg check --cache-dir .sieg-cache -v | grep '^cache' && mv schemas/dossier.schema.json . && sieg check --cache-dir .sieg-cache -v | grep -E 'L024|^cache' && mv dossier.schema.json schemas/ && sieg check --cache-dir .sieg-cache -v | grep -E 'L024|^cache'
cache: 0 of 1 unit(s) from .sieg-cache, 0 without reading their files
cache: 1 of 1 unit(s) from .sieg-cache, 1 without reading their files
dossiers/2026/creche.yaml:1:33: warning[SIEG-L024]: the schema this line gives the editor, '../../schemas/dossier.schema.json', is not there (schemas/dossier.schema.json): the editor no longer checks this file
cache: 0 of 1 unit(s) from .sieg-cache, 0 without reading their files
cache: 1 of 1 unit(s) from .sieg-cache, 0 without reading their files
# A modeline of any length is the author's: the message quotes it cut.
$ cd "$TMPDIR/ml" && long=$(printf 'x%.0s' $(seq 1 5000)) && sed -i "1s|.*|# yaml-language-server: \$schema=$long.json|" dossiers/2026/creche.yaml && sieg validate dossiers/2026/creche.yaml | head -1 | wc -c
396
