#!/usr/bin/env bash
# sieg report -o FILE.pdf: a real PDF, printed by headless Chromium from the HTML report; pdftotext
# (poppler-utils) finds the dossier's title and its total in it, the same total `sieg score` gives.
# Usage: run.sh SIEG_BINARY REPO_ROOT   (exit 77 = skipped: no chromium or no pdftotext)
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
cd "$root" || exit 2
if ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "SKIP: chromium and pdftotext (poppler-utils) are needed; .ci/run installs them"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() {  # $1 = label, then a command that must succeed
  local label=$1
  shift
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL: $label"; fi
}
dossier=examples/aquitaine-micro-creche.yaml
"$sieg" --lang fr report "$dossier" -o "$work/r.pdf"
check "exit 0 and a file" test -s "$work/r.pdf"
check "starts with %PDF" test "$(head -c 4 "$work/r.pdf")" = "%PDF"
pdftotext -layout "$work/r.pdf" "$work/r.txt"
title=$(grep -m1 '^  intitule:' "$dossier" | sed 's/^  intitule: //')
check "the title is in the PDF" grep -qF "${title:0:40}" "$work/r.txt"
# The total as sieg score gives it (jury score, French decimal comma), found in the PDF.
total=$("$sieg" score --format json "$dossier" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
check "sieg score gives a total ($total)" test -n "$total"
total_fr=$(printf '%.2f' "$total" | tr . ,)
check "the total $total_fr is in the PDF" grep -qE "Total +$total_fr" "$work/r.txt"
# --format pdf to standard output, and the same refusal of inputs as every output.
"$sieg" report --format pdf "$dossier" > "$work/stdout.pdf"
check "--format pdf on standard output" test "$(head -c 4 "$work/stdout.pdf")" = "%PDF"
# The minutes in PDF: a decision recorded in a copy of examples/, the amount and the schedule of §7 printed.
cp -r examples "$work/repo"
printf 'format: 1\ndossier: aquitaine-micro-creche\ndecision: retenu\nmontant_accorde: 25000\ndate: 2015-07-10\nmotifs: "Besoin établi."\n' \
  > "$work/repo/evaluations/aquitaine-micro-creche/decision.yaml"
(cd "$work/repo" && "$sieg" report --minutes . -o "$work/pv.pdf" 2>/dev/null)
check "minutes: starts with %PDF" test "$(head -c 4 "$work/pv.pdf")" = "%PDF"
pdftotext -layout "$work/pv.pdf" "$work/pv.txt"
check "minutes: the title" grep -q "Procès-verbal" "$work/pv.txt"
check "minutes: 70 % of 25 000 € is 17 500 €" grep -q "17.500,00" "$work/pv.txt"
echo "pdf: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
