#!/usr/bin/env bash
# sieg handout printing N dossier reports as PDF (one Chromium for the whole run): wall time and the
# number of PDFs. N dossiers (copies of the Aquitaine examples), 4 jurors, reviews_per_dossier = 1, so N
# reports plus 4 covers. Goal (issue 31): 100 dossier PDFs under 60 s on 2 cores.
# Usage: bench/handout.sh [SIEG] [N]   (needs chromium)
set -euo pipefail
sieg=$(realpath "${1:-build/sieg}")
n=${2:-100}
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$sieg" init --call aquitaine-2015 repo >/dev/null
cd repo
rm dossiers/*.yaml
i=0
while [ "$i" -lt "$n" ]; do
  for s in micro-creche paniers-etudiants art-renouvellement-urbain; do
    [ "$i" -lt "$n" ] || break
    i=$((i + 1))
    cp "$root/examples/aquitaine-$s.yaml" "dossiers/d$(printf %03d "$i").yaml"
  done
done
printf '\nreviews_per_dossier = 1\nreview_deadline = 2015-06-30\n' >> sieg.toml
for j in "Anne Roussel" "Paul Martin" "Karim Haddad" "Julie Petit"; do
  printf '\n[[jury]]\nname = "%s"\norganisation = "Organisation %s"\n' "$j" "$j" >> sieg.toml
done
"$sieg" assign --today 2015-06-01 >/dev/null
start=$(date +%s%N)
/usr/bin/time -o time.txt -f "%M" "$sieg" handout -o handouts --today 2015-06-01
end=$(date +%s%N)
pdfs=$(find handouts -name '*.pdf' | wc -l)
echo "sieg handout: $pdfs PDFs ($n dossier reports and the covers) in $(( (end - start) / 1000000 )) ms"
echo "peak memory, the largest of sieg and the browser's processes (wait4's maximum RSS): $(cat time.txt) KiB"
