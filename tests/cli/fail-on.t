# check --fail-on shape: an ineligible submission is listed but does not fail the run; a broken file does.
$ cd "$TMPDIR" && sieg init --call aquitaine-2015 fo > /dev/null && cp "$OLDPWD/examples/ineligible/aquitaine-hors-criteres.yaml" fo/dossiers/hors.yaml && cd fo && sed -i 's|=\.\./\.\./schemas|=../schemas|' dossiers/*.yaml && sieg check > /dev/null; echo "default: exit $?"; sieg check --fail-on shape | sed 's/([0-9.,]* s)/(T s)/' | tail -2; echo "shape: exit ${PIPESTATUS[0]}"
default: exit 1
sieg check: 2 files, 2 dossiers, 1 eligible, 4 errors, 3 warnings (T s)
configuration: sieg.toml
shape: exit 0
$ cd "$TMPDIR/fo" && printf 'format: 1\nformat: 1\n' > dossiers/casse.yaml && sieg check --fail-on shape > /dev/null; echo "shape, a broken file: exit $?"; rm dossiers/casse.yaml
shape, a broken file: exit 1
# A review that cannot be scored is a broken file too.
$ cd "$TMPDIR/fo" && mkdir -p evaluations/hors && printf 'format: 1\ndossier: hors\n' > evaluations/hors/x.yaml && sieg check --fail-on shape > /dev/null; echo "shape, a broken review: exit $?"; rm -r evaluations/hors
shape, a broken review: exit 1
# JSON carries the counts either way.
$ cd "$TMPDIR/fo" && sieg check --fail-on shape --format json | jq -c '.summary | {errors, eligible, dossiers}'
{"errors":4,"eligible":1,"dossiers":2}
$ cd "$TMPDIR/fo" && sieg check --fail-on never
sieg: error: --fail-on: never not in {shape,error,warning}
Help: sieg check --help
[2]
# [severity] takes code globs: the longest matching pattern wins, a code's own entry over any pattern.
$ cd "$TMPDIR/fo" && cp sieg.toml sieg.toml.orig && printf '[severity]\n"SIEG-E*" = "warning"\n' >> sieg.toml && sieg check | sed 's/([0-9.,]* s)/(T s)/' | tail -2; echo "exit ${PIPESTATUS[0]}"
sieg check: 2 files, 2 dossiers, 2 eligible, 0 errors, 11 warnings (T s)
configuration: sieg.toml
exit 0
$ cd "$TMPDIR/fo" && cp sieg.toml.orig sieg.toml && printf '[severity]\n"SIEG-E*" = "warning"\n"SIEG-E0[0-1]?" = "info"\nSIEG-E004 = "error"\n' >> sieg.toml && sieg check | grep -o ' [a-z]*\[SIEG-E[0-9]*\]' | sort | tr -d '\n'; echo; sieg check > /dev/null; echo "exit $?"
 error[SIEG-E004] info[SIEG-E007] info[SIEG-E010] info[SIEG-E011] info[SIEG-E012] info[SIEG-E013] warning[SIEG-E036] warning[SIEG-E037] warning[SIEG-E038] warning[SIEG-E039] warning[SIEG-E045]
exit 1
# A pattern that matches no code, and a pattern in [[off]] (each check turned off needs its own reason): exit 2.
$ cd "$TMPDIR/fo" && cp sieg.toml.orig sieg.toml && printf '[severity]\n"SIEG-X*" = "warning"\n[[off]]\ncode = "SIEG-E*"\nreason = "tout"\n' >> sieg.toml && sieg check
sieg.toml:43:13: error[SIEG-T001]: pattern 'SIEG-X*' matches no code
sieg.toml:45:8: error[SIEG-T001]: [[off]] names one code at a time ('SIEG-E*' is a pattern): each check turned off has its reason
[2]
$ cd "$TMPDIR/fo" && mv sieg.toml.orig sieg.toml
