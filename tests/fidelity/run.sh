#!/usr/bin/env bash
# Fidelity to the texts: (1) every code of the calls' TOML is in docs/fidelity.md, and every code named
# there is in a call; (2) each dossier of accept/ — one the texts accept, its passage quoted at the top —
# passes `sieg validate` (exit 0), its expected finding a warning or info; each dossier of reject/ — its
# twin the texts refuse — exits 1 with the expected error.
# Usage: run.sh SIEG_BINARY REPO_ROOT
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
cd "$root" || exit 2
passed=0
failed=0
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

in_calls=$(grep -ho 'code = "SIEG-E[0-9]*"' schemas/calls/*.toml | grep -o 'SIEG-E[0-9]*' | sort -u)
in_doc=$(grep -o 'SIEG-E[0-9][0-9][0-9]' docs/fidelity.md | sort -u)
for c in $in_calls; do
  if grep -qx "$c" <<<"$in_doc"; then passed=$((passed + 1)); else fail "$c is in a call file but not in docs/fidelity.md"; fi
done
for c in $in_doc; do
  if grep -qx "$c" <<<"$in_calls"; then passed=$((passed + 1)); else fail "docs/fidelity.md names $c, which no call has"; fi
done

for kind in accept reject; do
  for f in tests/fidelity/$kind/*.yaml; do
    want=$(sed -n 's/^# expect: //p' "$f" | head -n 1)
    out=$(LANG=C.UTF-8 "$sieg" --no-config --lang en validate "$f" 2>&1)
    code=$?
    if [ "$kind" = accept ]; then
      [ "$code" = 0 ] || { fail "$f: exit $code, the texts accept it"; echo "$out" | sed 's/^/  /'; continue; }
      if [ "$want" != "-" ] && ! grep -Eq "(warning|info)\[$want\]" <<<"$out"; then
        fail "$f: no warning $want"; echo "$out" | sed 's/^/  /'; continue
      fi
      if grep -q 'error\[' <<<"$out"; then fail "$f: an error on a dossier the texts accept"; continue; fi
    else
      [ "$code" = 1 ] || { fail "$f: exit $code, the texts refuse it"; echo "$out" | sed 's/^/  /'; continue; }
      grep -q "error\[$want\]" <<<"$out" || { fail "$f: no error $want"; echo "$out" | sed 's/^/  /'; continue; }
    fi
    passed=$((passed + 1))
  done
done
echo "fidelity: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
