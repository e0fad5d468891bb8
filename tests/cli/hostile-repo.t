# A submissions repository is hostile input: whatever a pull request commits (a cache, a symbolic link,
# an output folder, file names), sieg's verdict stays its own and it deletes nothing it did not create.
# The repository: an invalid dossier and an ineligible one, committed; the verdict without a cache.
$ R=$PWD && mkdir -p "$TMPDIR/hr" && cd "$TMPDIR/hr" && sieg init --call aquitaine-2015 repo > /dev/null && cd repo && cp "$R/examples/invalid/statut-manquant.yaml" "$R/examples/ineligible/aquitaine-hors-criteres.yaml" dossiers/ && sed -i 's|=\.\./\.\./schemas|=../schemas|' dossiers/*.yaml && git init -q . && git add -A && git -c user.name=t -c user.email=t@example.org commit -qm init && sieg check --no-cache --fail-on shape | sed 's/([0-9.,]* s)/(T s)/' > ../cold.txt; echo "exit ${PIPESTATUS[0]}"; tail -2 ../cold.txt
exit 1
sieg check: 3 files, 3 dossiers, 1 eligible, 5 errors, 3 warnings (T s)
configuration: sieg.toml
# A cache committed by a pull request (made by sieg on the stranger's machine, or forged with the public
# format: tests/unit/pipeline/cache_test.cpp) is never read: a warning, then the verdict without a cache.
$ cd "$TMPDIR/hr/repo" && HOME="$TMPDIR/stranger" env -u SIEG_CACHE_DIR sieg check --fail-on shape > /dev/null; git add -f .sieg-cache && git -c user.name=t -c user.email=t@example.org commit -qm cache && env -u SIEG_CACHE_DIR sieg check --fail-on shape > ../got.txt; echo "exit $?"; sed 's/([0-9.,]* s)/(T s)/' ../got.txt | diff - ../cold.txt && echo same verdict
sieg: warning: cache not used: .sieg-cache was not made by sieg on this machine (a committed or copied cache is never used); remove it to let sieg make its own
exit 1
same verdict
# ... and it is left as it is: nothing written there, nothing deleted.
$ cd "$TMPDIR/hr/repo" && git status --porcelain && echo untouched
untouched
# Removed, sieg makes its own (marked, ignored by git); a second run reads it; the verdict is the same.
$ cd "$TMPDIR/hr/repo" && git rm -rq --cached .sieg-cache && git -c user.name=t -c user.email=t@example.org commit -qm 'no cache' && rm -rf .sieg-cache && env -u SIEG_CACHE_DIR sieg check --fail-on shape > /dev/null; env -u SIEG_CACHE_DIR sieg check --fail-on shape -v | grep '^cache' | sed 's/, [0-9]* without.*//'; ls -A .sieg-cache; git status --porcelain --ignored .sieg-cache
cache: 3 of 3 unit(s) from .sieg-cache
.gitignore
CACHEDIR.TAG
results.bin
!! .sieg-cache/
# A committed symbolic link .sieg-cache -> .git/objects: ignored with a warning; the objects stay.
$ cd "$TMPDIR/hr/repo" && rm -rf .sieg-cache && ln -s .git/objects .sieg-cache && n=$(find .git/objects -type f | wc -l) && env -u SIEG_CACHE_DIR sieg check --fail-on shape > /dev/null; test "$(find .git/objects -type f | wc -l)" = "$n" && git fsck --no-dangling > /dev/null 2>&1 && echo objects intact; rm .sieg-cache
sieg: warning: cache not used: .sieg-cache is a symbolic link: sieg reads and writes nothing there
objects intact
# --cache-dir naming the repository's root, a folder of dossiers or a link: a usage error, nothing written
# nor deleted (old caches' two-hex-digit folders looked like dossiers' 24/, 33/).
$ cd "$TMPDIR/hr/repo" && mkdir -p dossiers/24 && cp dossiers/statut-manquant.yaml dossiers/24/ && sieg check --cache-dir . ; echo "exit $?"; sieg check --cache-dir dossiers; ln -s .git/objects link && sieg check --cache-dir link; echo "exit $?"; ls dossiers/24; test -e .gitignore || echo no .gitignore at the root; rm -r link dossiers/24
sieg: error: . is a repository's root: the cache needs a folder of its own
exit 2
sieg: error: dossiers was not made by sieg on this machine (a committed or copied cache is never used); remove it to let sieg make its own
sieg: error: link is a symbolic link: sieg reads and writes nothing there
exit 2
statut-manquant.yaml
no .gitignore at the root
# A cache folder of sieg's with a file of someone else's in it: refused, the file kept; a killed write's
# temporary file (sieg's own name) goes on the next write.
$ cd "$TMPDIR/hr/repo" && sieg check --cache-dir own > /dev/null; touch own/notes.txt && sieg check --cache-dir own > /dev/null; rm own/notes.txt && touch own/.results.bin.Ab12Cd && echo 'x' >> dossiers/aquitaine-hors-criteres.yaml && sieg check --cache-dir own > /dev/null; ls -A own; git checkout -q dossiers && rm -r own
sieg: error: own holds files sieg did not write (notes.txt)
.gitignore
CACHEDIR.TAG
results.bin
# The site: `public` committed as a link to evaluations/ is refused (the reviews are never published);
# a folder sieg did not write is refused unless empty, and so is one with a committed .sieg-site (its
# files would be kept and published).
$ cd "$TMPDIR/hr/repo" && ln -s evaluations public && sieg --lang en report . --redact -o public; echo "exit $?"; rm public && mkdir docs && touch docs/notes.txt && sieg --lang en report . --redact -o docs; ls -A docs evaluations; rm -r docs
public: error[SIEG-IO07]: is a symbolic link: sieg does not write through it (it would publish what it points to)
exit 2
docs: error[SIEG-IO07]: exists and was not written by sieg on this machine (no .sieg-site of its own): choose another folder, or empty it
docs:
notes.txt

evaluations:
.gitkeep
$ cd "$TMPDIR/hr/repo" && mkdir pub && echo index.html > pub/.sieg-site && echo '<script>' > pub/evil.html && sieg --lang en report . -o pub; ls pub; rm -r pub
pub: error[SIEG-IO07]: exists and was not written by sieg on this machine (no .sieg-site of its own): choose another folder, or empty it
evil.html
# Two sites written at once into one folder take turns: both whole, both exit as alone.
$ cd "$TMPDIR/hr/repo" && (sieg report . -o site > ../s1.txt 2>&1; echo "a $?" >> ../s1.txt) & (cd "$TMPDIR/hr/repo" && sieg report . -o site > ../s2.txt 2>&1; echo "b $?" >> ../s2.txt) ; wait; cd "$TMPDIR/hr/repo" && tail -qn1 ../s1.txt ../s2.txt | sort; ls -A site | wc -l; ls -A | grep -c 'sieg-'; rm -r site
a 0
b 0
5
0
# Every output: markup in a title or a reviewer's name is escaped in score's Markdown as everywhere (one
# escaper); a spreadsheet cell starting with = + - @, TAB or CR gets a leading '.
$ R=$PWD && mkdir -p "$TMPDIR/eo/evaluations" && cd "$TMPDIR/eo" && cp "$R/examples/aquitaine-micro-creche.yaml" . && cp -r "$R/examples/evaluations/aquitaine-micro-creche" evaluations/ && sed -i 's/^  intitule: .*/  intitule: "<script>alert(1)<\/script> [x](javascript:alert(2))"/' aquitaine-micro-creche.yaml && sed -i 's/^  nom: .*/  nom: "<img src=x onerror=alert(1)>"/' evaluations/aquitaine-micro-creche/helene-garnier.yaml && sieg score aquitaine-micro-creche.yaml --format md 2> /dev/null | grep -E '^## |^- R1'
## aquitaine-micro-creche — \<script\>alert(1)\</script\> \[x\](javascript:alert(2))
- R1 : \<img src=x onerror=alert(1)\> (Réseau des coopératives d'Aquitaine)
$ cd "$TMPDIR/eo" && sed -i 's/^  intitule: .*/  intitule: "\\t=HYPERLINK(\\"http:\/\/x\\")"/' aquitaine-micro-creche.yaml && sieg rank . --excel 2>/dev/null | sed -n 2p | cut -d, -f3-4 | cat -A
aquitaine-micro-creche,"'^I=HYPERLINK(""http://x"")"$
# Control characters in a file name never reach a terminal or a CI log raw (quoted as git does).
$ cd "$TMPDIR/eo" && cp aquitaine-micro-creche.yaml "$(printf 'a\033[31mb\nc.yaml')" && sieg validate a*c.yaml | head -1; rm a*c.yaml
"a\033[31mb\012c.yaml": error[SIEG-P004]: the file name gives the id 'a\033[31mb\012c', which cannot name a folder of reviews: its reviews are not looked for
$ mkdir -p "$TMPDIR/cc" && cd "$TMPDIR/cc" && cp "$OLDPWD/examples/aquitaine-micro-creche.yaml" "$(printf 'x\033]0;pwn\007y.yaml')" && for c in "rank ." "score ." "status ." "status --format md ." "report --minutes . -o -"; do sieg $c 2>&1 | grep -c "$(printf '\033')"; done; sieg rank . 2>/dev/null | grep -o 'x.*y '
0
0
0
0
0
x\033]0;pwn\007y 
# A write to standard output that fails is an I/O error (exit 2), never a silent 0; a reader that closed
# the pipe early is not.
$ cd "$TMPDIR/eo" && for c in "validate aquitaine-micro-creche.yaml" "check ." "score aquitaine-micro-creche.yaml" "rank ." "status ." "report aquitaine-micro-creche.yaml" "calls" "grids" "explain SIEG-E007"; do sieg $c > /dev/full 2> ../err.txt; echo "$c: $? $(tail -1 ../err.txt)"; done; sieg validate --format json aquitaine-micro-creche.yaml | head -c 1; echo " ${PIPESTATUS[0]}"
validate aquitaine-micro-creche.yaml: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
check .: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
score aquitaine-micro-creche.yaml: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
rank .: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
status .: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
report aquitaine-micro-creche.yaml: 2 <sortie standard>: error[SIEG-IO07]: écriture impossible (No space left on device)
calls: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
grids: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
explain SIEG-E007: 2 <standard output>: error[SIEG-IO07]: cannot write (No space left on device)
{ 0
# sieg.toml's reviews is resolved once, in the repository model: a folder outside the repository is an
# error of sieg.toml for every command alike (it gave a different verdict per command).
$ cd "$TMPDIR/eo" && mkdir -p abs && cp aquitaine-micro-creche.yaml abs/ && printf 'reviews = "%s"\n' "$TMPDIR/eo/evaluations" > abs/sieg.toml && cd abs && for c in "validate aquitaine-micro-creche.yaml" "check" "score aquitaine-micro-creche.yaml" "rank ." "status ." "report --minutes ."; do sieg $c > /dev/null 2> ../err.txt; echo "$c: $? $(grep -o '^sieg.toml:1:11: error\[SIEG-T001\]' ../err.txt)"; done
validate aquitaine-micro-creche.yaml: 2 sieg.toml:1:11: error[SIEG-T001]
check: 2 sieg.toml:1:11: error[SIEG-T001]
score aquitaine-micro-creche.yaml: 2 sieg.toml:1:11: error[SIEG-T001]
rank .: 2 sieg.toml:1:11: error[SIEG-T001]
status .: 2 sieg.toml:1:11: error[SIEG-T001]
report --minutes .: 2 sieg.toml:1:11: error[SIEG-T001]
$ cd "$TMPDIR/eo/abs" && printf 'reviews = "../evaluations"\n' > sieg.toml && sieg validate aquitaine-micro-creche.yaml
sieg.toml:1:11: error[SIEG-T001]: reviews = '../evaluations': a folder of the repository, relative to sieg.toml's folder, is expected (sieg reads nothing outside the repository)
[2]
# More than 100 reviews (SIEG-R021) is a review's error in report as in validate, score and check: exit 1.
$ R=$PWD && mkdir -p "$TMPDIR/r21/evaluations/d" && cd "$TMPDIR/r21" && cp "$R/examples/aquitaine-micro-creche.yaml" d.yaml && for i in $(seq 1 101); do cp "$R/examples/evaluations/aquitaine-micro-creche/helene-garnier.yaml" evaluations/d/r$i.yaml; done; for c in "validate d.yaml" "score d.yaml" "check ." "report --lang en d.yaml"; do sieg $c > /dev/null 2>&1; echo "$c: $?"; done
validate d.yaml: 1
score d.yaml: 1
check .: 1
report --lang en d.yaml: 1
# A reviewer's form for a dossier whose file name is not UTF-8: written (was an internal error).
$ cd "$TMPDIR/r21" && cp d.yaml "$(printf 'caf\351.yaml')" && sieg form --review "$(printf 'caf\351.yaml')" -o form.html; echo "exit $?"; grep -c 'caf' form.html
exit 0
1
# A dossier named jury-<name>.yaml never takes a reviewer's page: those are jury_<name>.html ('_' is in
# no dossier page's name).
$ R=$PWD && mkdir -p "$TMPDIR/jp" && cd "$TMPDIR/jp" && cp "$R/examples/aquitaine-micro-creche.yaml" jury-anne-roussel.yaml && printf 'call = "aquitaine-2015"\n[[jury]]\nname = "Anne Roussel"\norganisation = "Région"\n' > sieg.toml && sieg report . -o site > /dev/null 2>&1; ls site
index.html
jury-anne-roussel.html
jury_anne-roussel.html
style.css
# SIGTERM while a PDF prints: the browser's whole process group goes (a stand-in browser and its helper
# here; gone or a zombie left to init), and its temporary folder; a later run removes the folder of a run that is gone (killed -9).
$ R=$PWD && mkdir -p "$TMPDIR/pdf/tmp" && cd "$TMPDIR/pdf" && printf '#!/bin/sh\nsleep 60 &\necho $! > "$MARK/helper.pid"\necho $$ > "$MARK/browser.pid"\nwait\n' > browser && chmod +x browser; (MARK=$PWD SIEG_CHROMIUM=$PWD/browser TMPDIR=$PWD/tmp sieg report "$R/examples/aquitaine-micro-creche.yaml" -o r.pdf & echo $! > sieg.pid; wait $!; echo "sieg: exit $?" > sieg.exit) & for i in $(seq 50); do [ -s helper.pid ] && break; sleep 0.1; done; ls tmp | grep -c '^sieg-pdf-'; kill -TERM "$(cat sieg.pid)"; wait; cat sieg.exit; sleep 0.2; for p in helper browser; do s=$(awk '{print $3}' "/proc/$(cat $p.pid)/stat" 2>/dev/null); case "$s" in ''|Z) echo "$p gone";; esac; done; ls tmp | grep -c '^sieg-pdf-'; test -e r.pdf || echo no half PDF
1
sieg: exit 143
helper gone
browser gone
0
no half PDF
$ R=$PWD && cd "$TMPDIR/pdf" && mkdir tmp/sieg-pdf-2147483646-AbC123 tmp/sieg-pdf-other && printf '#!/bin/sh\nexit 1\n' > browser && TMPDIR=$PWD/tmp SIEG_CHROMIUM=$PWD/browser sieg report "$R/examples/aquitaine-micro-creche.yaml" -o r.pdf 2>/dev/null; ls tmp
sieg-pdf-other
