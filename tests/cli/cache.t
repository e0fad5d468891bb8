# sieg check's result cache: the same output as a cold run, byte for byte; anything that can change a
# verdict changes the key; a corrupt entry is never trusted; concurrent runs share it safely.
$ R=$PWD && mkdir -p "$TMPDIR/cache-t" && cd "$TMPDIR/cache-t" && sieg init --call aquitaine-2015 repo > /dev/null && cd repo && cp "$R/examples/aquitaine-paniers-etudiants.yaml" "$R/examples/aquitaine-art-renouvellement-urbain.yaml" dossiers/ && cp -r "$R/examples/evaluations/aquitaine-paniers-etudiants" evaluations/ && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/' > ../cold.txt; cat ../cold.txt
evaluations/aquitaine-paniers-etudiants/sophie-bernard.yaml:2:1: warning[SIEG-R010]: Sophie Bernard declares a conflict of interest: review left out of the jury's score
  = help: Sociétaire de la SCIC Campus Solidaire.
sieg check: 6 files, 3 dossiers, 3 eligible, 0 errors, 1 warning (T s)
configuration: sieg.toml
# First run fills the cache (.sieg-cache beside sieg.toml, ignored by git), the second reads it: same bytes.
$ cd "$TMPDIR/cache-t/repo" && sieg check --cache-dir .sieg-cache -v | tail -1 && sieg check --cache-dir .sieg-cache -v | tail -1 && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../cold.txt && echo same as cold && tail -1 .sieg-cache/.gitignore
cache: 0 of 3 unit(s) from .sieg-cache
cache: 3 of 3 unit(s) from .sieg-cache
same as cold
*
# sieg's cache: never committed
# sieg's cache: never committed
# Editing a dossier: only its unit is checked again, and its new finding shows.
$ cd "$TMPDIR/cache-t/repo" && sed -i 's/^  commercialisation_engagee:.*//' dossiers/aquitaine-art-renouvellement-urbain.yaml && sieg check --cache-dir .sieg-cache -v | grep -E 'E005|^cache'
dossiers/aquitaine-art-renouvellement-urbain.yaml:8:3: warning[SIEG-E005]: The dossier says whether commercialisation has started: 'Commercialisation started' (action.commercialisation_engagee) is missing or empty
  = help: source: AMI Aquitaine 2015, §2 (soutien en amont de la commercialisation); details: sieg explain SIEG-E005
cache: 2 of 3 unit(s) from .sieg-cache
# Editing a review: its dossier is checked again.
$ cd "$TMPDIR/cache-t/repo" && sed -i 's/^avis: favorable/avis: reserve/' evaluations/aquitaine-paniers-etudiants/helene-garnier.yaml && sieg check --cache-dir .sieg-cache -v | grep '^cache'
cache: 2 of 3 unit(s) from .sieg-cache
# sieg.toml: every unit again (a severity override shows at once).
$ cd "$TMPDIR/cache-t/repo" && printf '\n[severity]\n"SIEG-E005" = "error"\n' >> sieg.toml && sieg check --cache-dir .sieg-cache -v | grep -E 'E005|^cache|^sieg check' | sed 's/([0-9.,]* s)/(T s)/'
dossiers/aquitaine-art-renouvellement-urbain.yaml:8:3: error[SIEG-E005]: The dossier says whether commercialisation has started: 'Commercialisation started' (action.commercialisation_engagee) is missing or empty
  = help: source: AMI Aquitaine 2015, §2 (soutien en amont de la commercialisation); details: sieg explain SIEG-E005
sieg check: 6 files, 3 dossiers, 2 eligible, 1 error, 1 warning (T s)
cache: 0 of 3 unit(s) from .sieg-cache
# A call file or a grid file of the repository: every unit again.
$ R=$PWD && cd "$TMPDIR/cache-t/repo" && cp "$R/schemas/calls/aquitaine-2015.toml" appel.toml && sed -i 's/^call = .*/call = "appel.toml"/' sieg.toml && sieg check --cache-dir .sieg-cache -v | grep '^cache' && sieg check --cache-dir .sieg-cache -v | grep '^cache' && echo '# edited' >> appel.toml && sieg check --cache-dir .sieg-cache -v | grep '^cache'
cache: 0 of 3 unit(s) from .sieg-cache
cache: 3 of 3 unit(s) from .sieg-cache
cache: 0 of 3 unit(s) from .sieg-cache
# A corrupt or truncated entry is ignored and rewritten, never trusted.
$ cd "$TMPDIR/cache-t/repo" && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/' > ../now.txt && find .sieg-cache -name '*.json' -exec truncate -s 20 {} + && sieg check --cache-dir .sieg-cache -v | grep '^cache' && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../now.txt && echo same && sieg check --cache-dir .sieg-cache -v | grep '^cache'
cache: 0 of 3 unit(s) from .sieg-cache
same
cache: 3 of 3 unit(s) from .sieg-cache
$ cd "$TMPDIR/cache-t/repo" && for f in $(find .sieg-cache -name '*.json'); do printf '{"format":"sieg-cache-1","key":"0000","reports":[]}' > "$f"; done && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../now.txt && echo foreign entries ignored
foreign entries ignored
# Two runs at once on one empty cache: both give the cold output.
$ cd "$TMPDIR/cache-t/repo" && rm -rf .sieg-cache && (sieg check --cache-dir .sieg-cache > ../p1.txt & sieg check --cache-dir .sieg-cache > ../p2.txt & wait) && sed -i 's/([0-9.,]* s)/(T s)/' ../p1.txt ../p2.txt && diff ../p1.txt ../now.txt && diff ../p2.txt ../now.txt && echo both right && sieg check --cache-dir .sieg-cache -v | grep '^cache'
both right
cache: 3 of 3 unit(s) from .sieg-cache
# By default the cache is .sieg-cache beside sieg.toml ($SIEG_CACHE_DIR elsewhere); --no-cache reads and
# writes nothing; a folder without sieg.toml gets none.
$ cd "$TMPDIR/cache-t/repo/dossiers" && rm -rf ../.sieg-cache; env -u SIEG_CACHE_DIR sieg check > /dev/null; ls -A .. | grep sieg-cache; rm -rf ../.sieg-cache; env -u SIEG_CACHE_DIR sieg check --no-cache > /dev/null; ls -A .. | grep -c sieg-cache
.sieg-cache
0
[1]
$ R=$PWD && mkdir -p "$TMPDIR/cache-t/plain" && cd "$TMPDIR/cache-t/plain" && cp "$R/examples/aquitaine-micro-creche.yaml" . && env -u SIEG_CACHE_DIR sieg check > /dev/null; ls -A | grep -c sieg-cache
0
[1]
$ sieg check --no-cache --cache-dir x
sieg: error: --cache-dir excludes --no-cache
Help: sieg check --help
[2]
