#!/usr/bin/env bash
# Differential test of the schema engine against ajv (npm ajv-cli 5 + ajv-formats 2, draft-07):
# several thousand mutated dossiers (tests/differential/mutate.py), each validated by both against
# schemas/dossier.schema.json; they must agree on validity. Prints the agreement count.
# One documented difference is accepted and counted apart: sieg wants integers written as integers
# (12, not 12.0, -0.0 or 1e300 — man 5 sieg-dossier), where JSON Schema counts any integral number.
# Usage: run.sh SIEG_BINARY REPO_ROOT [CACHE_DIR]   (exit 77 = skipped: npm cannot install ajv)
# SIEG_DIFF_COUNT (default 3000) and SIEG_DIFF_SEED (default 7) choose the sample.
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
cache=$(realpath -m "${3:-$root/build/ajv}")
count=${SIEG_DIFF_COUNT:-3000}
seed=${SIEG_DIFF_SEED:-7}
ajv="$cache/node_modules/.bin/ajv"
. "$root/tests/npm-tool.sh"
npm_tool "$cache" node_modules/.bin/ajv ajv-cli@5 ajv-formats@2
python3 -c 'import yaml' 2>/dev/null || { echo "FAIL: python3-yaml is missing (scripts/install-deps.sh installs it)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/tests/differential/mutate.py" "$work/d" "$count" "$seed" "$root"/examples/*.yaml "$root"/examples/ineligible/*.yaml

"$sieg" validate --shape-only --format json "$work"/d/*.json >"$work/sieg.json"
jq -r '.files[] | "\(.file) \(if .valid then 1 else 0 end)"' "$work/sieg.json" | sort >"$work/sieg.res"
(cd "$work" && NODE_PATH="$cache/node_modules" "$ajv" validate --spec=draft7 --strict=false --errors=no -c ajv-formats \
  -s "$root/schemas/dossier.schema.json" -d "d/*.json" 2>&1) | grep -E ' (valid|invalid)$' |
  sed "s|^d/|$work/d/|; s/ valid\$/ 1/; s/ invalid\$/ 0/" | sort >"$work/ajv.res"

total=$(wc -l <"$work/sieg.res")
[ "$total" = "$count" ] && [ "$(wc -l <"$work/ajv.res")" = "$count" ] || {
  echo "FAIL: expected $count verdicts from each, got $total (sieg) and $(wc -l <"$work/ajv.res") (ajv)"; exit 1; }
join "$work/ajv.res" "$work/sieg.res" | awk '$2 != $3 {print $1, $2, $3}' >"$work/differ"
agree=$((count - $(wc -l <"$work/differ")))
documented=0
bugs=0
while read -r file ajv_ok sieg_ok; do
  # Documented: ajv accepts, sieg refuses only integral numbers not written as integers.
  others=$(jq -r --arg f "$file" '.files[] | select(.file == $f) | .diagnostics[]
    | select((.code == "SIEG-S001" and (.message | test("expected an integer, found the number .*[.eE]"))) | not) | .code' \
    "$work/sieg.json")
  if [ "$ajv_ok" = 1 ] && [ -z "$others" ]; then
    documented=$((documented + 1))
  else
    bugs=$((bugs + 1))
    if [ "$bugs" -le 10 ]; then
      echo "DISAGREE: $(basename "$file"): ajv says $([ "$ajv_ok" = 1 ] && echo valid || echo invalid), sieg says $([ "$sieg_ok" = 1 ] && echo valid || echo invalid)"
      jq -r --arg f "$file" '.files[] | select(.file == $f) | .diagnostics[:3][] | "  sieg: \(.code) \(.message)"' "$work/sieg.json"
      cp "$file" "${TMPDIR:-/tmp}/sieg-differ-$(basename "$file")" && echo "  kept as ${TMPDIR:-/tmp}/sieg-differ-$(basename "$file")"
    fi
  fi
done <"$work/differ"
valid=$(awk '$2 == 1' "$work/sieg.res" | wc -l)
echo "differential (seed $seed): sieg and ajv agree on $agree of $count mutated dossiers ($valid valid for sieg);" \
  "$documented differ as documented (strict integers); $bugs unexplained"
[ "$bugs" -eq 0 ]
