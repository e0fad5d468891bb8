# sieg check's result cache: the same output as a cold run, byte for byte; anything that can change a
# verdict changes the key; a corrupt entry is never trusted; concurrent runs share it safely.
$ R=$PWD && mkdir -p "$TMPDIR/cache-t" && cd "$TMPDIR/cache-t" && sieg init --call aquitaine-2015 repo > /dev/null && cd repo && cp "$R/examples/aquitaine-paniers-etudiants.yaml" "$R/examples/aquitaine-art-renouvellement-urbain.yaml" dossiers/ && cp -r "$R/examples/evaluations/aquitaine-paniers-etudiants" evaluations/ && sed -i 's|=\.\./\.\./\.\./schemas|=../../schemas|' evaluations/*/*.yaml && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/' > ../cold.txt; cat ../cold.txt
evaluations/aquitaine-paniers-etudiants/sophie-bernard.yaml:2:1: warning[SIEG-R010]: Sophie Bernard declares a conflict of interest: review left out of the jury's score
  = help: Sociétaire de la SCIC Campus Solidaire.
sieg check: 6 files, 3 dossiers, 3 eligible, 0 errors, 1 warning (T s)
configuration: sieg.toml
# First run fills the cache (.sieg-cache beside sieg.toml, ignored by git), the second reads it: same bytes.
$ cd "$TMPDIR/cache-t/repo" && sieg check --cache-dir .sieg-cache -v | tail -1 | sed 's/, [0-9]* without.*//' && sieg check --cache-dir .sieg-cache -v | tail -1 | sed 's/, [0-9]* without.*//' && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../cold.txt && echo same as cold && tail -1 .sieg-cache/.gitignore
cache: 0 of 3 unit(s) from .sieg-cache
cache: 3 of 3 unit(s) from .sieg-cache
same as cold
*
# sieg's cache: never committed
# sieg's cache: never committed
# Editing a dossier: only its unit is checked again, and its new finding shows.
$ cd "$TMPDIR/cache-t/repo" && sed -i 's/^  commercialisation_engagee:.*//' dossiers/aquitaine-art-renouvellement-urbain.yaml && sieg check --cache-dir .sieg-cache -v | grep -E 'E005|^cache' | sed 's/, [0-9]* without.*//'
dossiers/aquitaine-art-renouvellement-urbain.yaml:8:3: warning[SIEG-E005]: The dossier says whether commercialisation has started: 'Commercialisation started' (action.commercialisation_engagee) is missing or empty
  = help: Write action.commercialisation_engagee: false (or true) — source: AMI Aquitaine 2015, §2 (soutien en amont de la commercialisation); details: sieg explain SIEG-E005
cache: 2 of 3 unit(s) from .sieg-cache
# Editing a review: its dossier is checked again.
$ cd "$TMPDIR/cache-t/repo" && sed -i 's/^avis: favorable/avis: reserve/' evaluations/aquitaine-paniers-etudiants/helene-garnier.yaml && sieg check --cache-dir .sieg-cache -v | grep '^cache' | sed 's/, [0-9]* without.*//'
cache: 2 of 3 unit(s) from .sieg-cache
# sieg.toml: every unit again (a severity override shows at once).
$ cd "$TMPDIR/cache-t/repo" && printf '\n[severity]\n"SIEG-E005" = "error"\n' >> sieg.toml && sieg check --cache-dir .sieg-cache -v | grep -E 'E005|^cache|^sieg check' | sed 's/([0-9.,]* s)/(T s)/'
dossiers/aquitaine-art-renouvellement-urbain.yaml:8:3: error[SIEG-E005]: The dossier says whether commercialisation has started: 'Commercialisation started' (action.commercialisation_engagee) is missing or empty
  = help: Write action.commercialisation_engagee: false (or true) — source: AMI Aquitaine 2015, §2 (soutien en amont de la commercialisation); details: sieg explain SIEG-E005
sieg check: 6 files, 3 dossiers, 2 eligible, 1 error, 1 warning (T s)
cache: 0 of 3 unit(s) from .sieg-cache, 0 without reading their files
# A call file or a grid file of the repository: every unit again.
$ R=$PWD && cd "$TMPDIR/cache-t/repo" && cp "$R/schemas/calls/aquitaine-2015.toml" appel.toml && sed -i 's/^call = .*/call = "appel.toml"/' sieg.toml && sieg check --cache-dir .sieg-cache -v | grep '^cache' | sed 's/, [0-9]* without.*//' && sieg check --cache-dir .sieg-cache -v | grep '^cache' | sed 's/, [0-9]* without.*//' && echo '# edited' >> appel.toml && sieg check --cache-dir .sieg-cache -v | grep '^cache' | sed 's/, [0-9]* without.*//'
cache: 0 of 3 unit(s) from .sieg-cache
cache: 3 of 3 unit(s) from .sieg-cache
cache: 0 of 3 unit(s) from .sieg-cache
# A corrupt or truncated cache file is read up to the damage (each record has its checksum), the rest
# checked again and the file rewritten; never trusted.
$ cd "$TMPDIR/cache-t/repo" && sieg check --no-cache | sed 's/([0-9.,]* s)/(T s)/' > ../now.txt && truncate -s 20 .sieg-cache/results.bin && sieg check --cache-dir .sieg-cache -v | grep '^cache' | sed 's/, [0-9]* without.*//' && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../now.txt && echo same && sieg check --cache-dir .sieg-cache -v | grep '^cache' | sed 's/, [0-9]* without.*//'
cache: 0 of 3 unit(s) from .sieg-cache
same
cache: 3 of 3 unit(s) from .sieg-cache
$ cd "$TMPDIR/cache-t/repo" && printf 'X' | dd of=.sieg-cache/results.bin bs=1 seek=40 conv=notrunc status=none && sieg check --cache-dir .sieg-cache -v > ../v.txt; grep '^cache' ../v.txt && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../now.txt && echo same
cache: 0 of 3 unit(s) from .sieg-cache, 0 without reading their files
same
$ cd "$TMPDIR/cache-t/repo" && printf 'sieg-cache-2\n{"format":"sieg-cache-2","key":"0000","reports":[]}' > .sieg-cache/results.bin && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../now.txt && echo foreign file ignored && head -c 13 .sieg-cache/results.bin
foreign file ignored
sieg-cache-3
# Files not touched for a while are found by their stat (device, inode, size, times) without being read
# (2 s: the step of a file system with whole-second times, the longest wait sieg asks for).
# An edit in place that keeps the size and the modification time still shows: the change time moved.
$ cd "$TMPDIR/cache-t/repo" && find . -name '*.yaml' -exec touch -d '2020-01-02 03:04:05' {} + && sleep 2.1 && sieg check --cache-dir .sieg-cache -v | grep '^cache' && sieg check --cache-dir .sieg-cache -v | grep '^cache' && sieg check --cache-dir .sieg-cache | sed 's/([0-9.,]* s)/(T s)/' | diff - ../now.txt && echo same
cache: 3 of 3 unit(s) from .sieg-cache, 0 without reading their files
cache: 3 of 3 unit(s) from .sieg-cache, 3 without reading their files
same
$ cd "$TMPDIR/cache-t/repo" && f=dossiers/aquitaine-art-renouvellement-urbain.yaml && at=$(grep -bo '"64"' $f | head -1 | cut -d: -f1) && printf '"75"' | dd of=$f bs=1 seek=$at conv=notrunc status=none && touch -d '2020-01-02 03:04:05' $f && sleep 2.1 && sieg check --cache-dir .sieg-cache -v | grep -E 'E007|^cache' && sieg check --cache-dir .sieg-cache -v | grep '^cache'; printf '"64"' | dd of=$f bs=1 seek=$at conv=notrunc status=none
dossiers/aquitaine-art-renouvellement-urbain.yaml:29:20: error[SIEG-E007]: The final beneficiaries are in the region: 'Département' (action.territoire.departements[]): département '75' is not in Aquitaine (24, 33, 40, 47, 64)
  = help: List under action.territoire.departements the départements where the beneficiaries live — source: AMI Aquitaine 2015, §2 (« Le porteur de l'action et les bénéficiaires finaux de l'aide régionale devront être établis en Aquitaine »); details: sieg explain SIEG-E007
cache: 2 of 3 unit(s) from .sieg-cache, 2 without reading their files
cache: 3 of 3 unit(s) from .sieg-cache, 3 without reading their files
# A file whose times are not yet older than the run by the clock's step (here: modified in the future)
# is never found by its stat: an edit within that step would leave the stat as it was. It is read and
# hashed each time (a hit all the same), and links once its times have settled.
$ cd "$TMPDIR/cache-t/repo" && find . -name '*.yaml' -exec touch -d 'now + 1 hour' {} + && sieg check --cache-dir .sieg-cache -v | grep '^cache' && sieg check --cache-dir .sieg-cache -v | grep '^cache' && find . -name '*.yaml' -exec touch -d '2020-01-02 03:04:05' {} + && sleep 2.1 && sieg check --cache-dir .sieg-cache -v | grep '^cache' && sieg check --cache-dir .sieg-cache -v | grep '^cache'
cache: 3 of 3 unit(s) from .sieg-cache, 0 without reading their files
cache: 3 of 3 unit(s) from .sieg-cache, 0 without reading their files
cache: 3 of 3 unit(s) from .sieg-cache, 0 without reading their files
cache: 3 of 3 unit(s) from .sieg-cache, 3 without reading their files
# Two runs at once on one empty cache: both give the cold output.
$ cd "$TMPDIR/cache-t/repo" && rm -rf .sieg-cache && (sieg check --cache-dir .sieg-cache > ../p1.txt & sieg check --cache-dir .sieg-cache > ../p2.txt & wait) && sed -i 's/([0-9.,]* s)/(T s)/' ../p1.txt ../p2.txt && diff ../p1.txt ../now.txt && diff ../p2.txt ../now.txt && echo both right && sieg check --cache-dir .sieg-cache -v | grep '^cache' | sed 's/, [0-9]* without.*//'
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
