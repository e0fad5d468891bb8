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
# Nothing cut at the page's edge (every word inside the printable area, pdftotext -bbox): the minutes
# (landscape, their table is wide), a dossier's report, and pages of the site printed from a browser.
check "minutes: the last column's header whole" grep -qE "Montant +accordé|accordé *$" "$work/pv.txt"
check "minutes: the amount granted with its €" grep -qE "25.000,00.€ *$" "$work/pv.txt"
check "minutes: landscape A4" grep -q '<page width="84[12]' <(pdftotext -bbox "$work/pv.pdf" -)
check "minutes: no word cut at the edge" python3 "$root/tests/pdf/fits.py" "$work/pv.pdf"
check "report: no word cut at the edge" python3 "$root/tests/pdf/fits.py" "$work/r.pdf"
check "report: portrait A4" grep -q '<page width="59[45]' <(pdftotext -bbox "$work/r.pdf" -)
(cd "$work/repo" && "$sieg" report . -o "$work/site" >/dev/null 2>&1)
for page in index.html aquitaine-micro-creche.html picardie-pole-cooperation.html; do
  timeout 120 chromium --headless --disable-gpu --no-sandbox --no-pdf-header-footer --user-data-dir="$work/profile" \
    --print-to-pdf="$work/site-$page.pdf" "file://$work/site/$page" >/dev/null 2>&1
  check "site $page: no word cut at the edge" python3 "$root/tests/pdf/fits.py" "$work/site-$page.pdf"
done
# sieg handout: every PDF printed by one browser, the cover and the reports inside their pages.
(cd "$work" && "$sieg" init ho >/dev/null && cd ho && cp "$root/examples/aquitaine-paniers-etudiants.yaml" dossiers/ &&
  printf '\nreviews_per_dossier = 1\nreview_deadline = 2015-06-30\n[[jury]]\nname = "Anne Roussel"\norganisation = "France Active Aquitaine"\n' >> sieg.toml &&
  "$sieg" assign --today 2015-06-01 >/dev/null && "$sieg" --lang fr handout -o remises --today 2015-06-01 >/dev/null 2>"$work/ho-err")
check "handout: no progress line off a terminal" test ! -s "$work/ho-err"
# On a terminal (util-linux script), a progress line that is wiped at the end.
(cd "$work/ho" && TERM=xterm script -qec "'$sieg' --lang fr handout -o remises --today 2015-06-01 >/dev/null" /dev/null > "$work/ho-tty")
check "handout: on a terminal, the printing's progress" grep -q "impression en PDF : 3/3 anne-roussel/" "$work/ho-tty"
check "handout: the progress line is wiped at the end" grep -q $'\r\e\[K' "$work/ho-tty"
check "handout: a cover and two reports in PDF" test "$(find "$work/ho/remises" -name '*.pdf' | wc -l)" = 3
check "handout: the cover says the deadline" grep -q "30 juin 2015" <(pdftotext -layout "$work/ho/remises/anne-roussel/00-a-lire.pdf" -)
for f in "$work"/ho/remises/anne-roussel/*.pdf; do
  check "handout $(basename "$f"): no word cut at the edge" python3 "$root/tests/pdf/fits.py" "$f"
done
echo "pdf: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
