#!/usr/bin/env bash
# The hostile-input corpus: every file listed in tests/hostile/expected.tsv goes through
# `sieg validate` and `sieg report`; each must give the expected exit code and, first, the expected
# diagnostic code — never a crash, a hang (10 s guard) or a silent default. "gen:" entries are made
# here (too big, too deep or not files at all). Usage: run.sh SIEG_BINARY REPO_ROOT
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
cd "$root/tests/hostile" || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# shellcheck source=tests/hostile/generate.sh
source "$root/tests/hostile/generate.sh"

check() {  # label, command..., with expected exit $want and first code $code (any: not compared)
  local label=$1 got out first
  shift
  out=$(timeout 10 "$@" 2>&1)
  got=$?
  first=$(grep -oE 'SIEG-[A-Z]+[0-9]+' <<<"$out" | head -n 1)
  [ -n "$first" ] || first=-
  if [ "$got" = 124 ]; then
    failed=$((failed + 1)); echo "FAIL: $label: no answer within 10 s"
  elif [ "$got" != "$want" ] || { [ "$code" != any ] && [ "$first" != "$code" ]; }; then
    failed=$((failed + 1)); echo "FAIL: $label: expected exit $want and $code, got exit $got and $first"
    head -n 3 <<<"$out" | sed 's/^/  /'
  else
    passed=$((passed + 1))
  fi
}

while IFS=$'\t' read -r file want code what; do
  case $file in '#'* | '') continue ;; esac
  path=$file
  [[ $file == gen:* ]] && path=$(generate "$file")
  check "$file ($what): validate" "$sieg" validate "$path"
  # report: the same refusal for what is not a dossier; a dossier is reported (its JSON holds codes).
  [ "$want" = 0 ] && code=any
  [ "$file" = gen:directory ] && continue  # a folder given to sieg report makes a site
  check "$file: report" "$sieg" --lang en report --format json -o - "$path"
done <expected.tsv
# The corpus must stay at least 40 files strong.
count=$(grep -cvE '^(#|$)' expected.tsv)
if [ "$count" -ge 40 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: only $count hostile inputs"; fi
echo "hostile: $passed passed, $failed failed ($count inputs)"
[ "$failed" -eq 0 ]
