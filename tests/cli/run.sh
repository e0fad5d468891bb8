#!/usr/bin/env bash
# Runs sieg's command-line tests: every tests/cli/*.t file and every ```console block of README.md and docs/*.md.
#
# Format (like cram): a line "$ COMMAND" runs COMMAND with bash in the repository root, where
# `sieg` is the binary under test; the lines after it, up to the next "$ " line, are the exact
# expected output (stdout then stderr, merged); a last line "[N]" is the expected exit code
# (0 when absent). Lines starting with "# " are comments, wherever they stand.
# Usage: run.sh SIEG_BINARY REPO_ROOT [FILTER]
set -u
sieg_bin=$(realpath "$1")
root=$(realpath "$2")
filter=${3:-}
cd "$root" || exit 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$sieg_bin" "$work/bin/sieg"

passed=0
failed=0

run_case() {  # $1 = label, $2 = command, $3 = file holding the expected output and code
  local label=$1 cmd=$2 expected_file=$3 want_code=0 got_code
  if [ -n "$filter" ] && [[ "$label" != *"$filter"* ]]; then return; fi
  if [ -s "$expected_file" ] && tail -n 1 "$expected_file" | grep -qE '^\[[0-9]+\]$'; then
    want_code=$(tail -n 1 "$expected_file" | tr -d '[]')
    sed -i '$ d' "$expected_file"
  fi
  # A clean, fixed environment: English unless the command says otherwise, no colour, a known TMPDIR,
  # and sieg check's cache there too (never in the source tree).
  env -i PATH="$work/bin:/usr/bin:/bin" HOME="$work" LANG=C.UTF-8 TERM=dumb TMPDIR="$work" SIEG_CACHE_DIR="$work/cache" \
    bash -c "$cmd" </dev/null >"$work/got" 2>&1
  got_code=$?
  if diff -u --label expected --label got "$expected_file" "$work/got" >"$work/diff" && [ "$got_code" = "$want_code" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL: $label"
    echo "  \$ $cmd"
    [ "$got_code" = "$want_code" ] || echo "  exit code: expected $want_code, got $got_code"
    sed 's/^/  /' "$work/diff"
  fi
}

run_file() {  # $1 = label prefix, $2 = file in cram format
  local prefix=$1 file=$2 cmd="" n=0 line
  : >"$work/expected"
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" == '$ '* ]]; then
      [ -n "$cmd" ] && run_case "$prefix#$n" "$cmd" "$work/expected"
      n=$((n + 1))
      cmd=${line#\$ }
      : >"$work/expected"
    elif [[ "$line" == '# '* ]] || [ -z "$cmd" ]; then
      continue  # comments anywhere; blank lines before the first command
    else
      printf '%s\n' "$line" >>"$work/expected"
    fi
  done <"$file"
  [ -n "$cmd" ] && run_case "$prefix#$n" "$cmd" "$work/expected"
}

for t in tests/cli/*.t; do
  run_file "$t" "$t"
done

# README.md and docs/*.md: each ```console block is a test, so the examples stay true (like jq's manual).
for doc in README.md docs/*.md; do
  rm -f "$work"/doc-*.t
  awk -v dir="$work" '
    /^```console$/ { n++; out = dir "/doc-" n ".t"; inside = 1; next }
    /^```$/ { inside = 0; next }
    inside { print > out }
  ' "$doc"
  # In the document's order (doc-2 before doc-10): a block may go on from the one before.
  for n in $(seq 1 "$(find "$work" -maxdepth 1 -name 'doc-*.t' | wc -l)"); do
    t="$work/doc-$n.t"
    [ -e "$t" ] || continue
    label=$(basename "$t" .t)
    [ "$doc" = README.md ] && label=readme-$n
    run_file "$doc:$label" "$t"
  done
done

echo "cli: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
