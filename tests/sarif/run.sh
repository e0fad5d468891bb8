#!/usr/bin/env bash
# sieg check's SARIF against the official SARIF 2.1.0 schema (from npm: @microsoft/jest-sarif ships it,
# with ajv): a repository whose file names need percent-encoding (a space, accents, '#', '%'), with
# errors, warnings, reviews and an orphan review, and `--output-format sarif:` of the same run.
# Usage: run.sh SIEG_BINARY REPO_ROOT [CACHE_DIR]   (exit 77 = skipped: node or npm missing, registry unreachable)
set -u
sieg=$(realpath "$1")
root=$(realpath "$2")
cache=$(realpath -m "${3:-$root/build/sarif}")
node=$(command -v node || command -v nodejs) || { echo "SKIP: node is not installed"; exit 77; }
. "$root/tests/npm-tool.sh"
npm_tool "$cache" node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json @microsoft/jest-sarif@1.0.0-beta.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" SIEG_CACHE_DIR="$work/cache" LANG=C.UTF-8
cd "$work" && "$sieg" init --call aquitaine-2015 repo > /dev/null && cd repo || exit 2
cp "$root/examples/aquitaine-micro-creche.yaml" "dossiers/crèche solidaire.yaml"
cp "$root/examples/ineligible/aquitaine-hors-criteres.yaml" "dossiers/projet#2.yaml"
cp "$root/examples/invalid/cle-en-double.yaml" "dossiers/100%.yaml"
mkdir -p "evaluations/crèche solidaire" evaluations/inconnu
for f in "$root"/examples/evaluations/aquitaine-micro-creche/*.yaml; do
  sed 's/^dossier: .*/dossier: "crèche solidaire"/' "$f" > "evaluations/crèche solidaire/$(basename "$f")"
done
sed 's/^dossier: .*/dossier: inconnu/' "$root/examples/evaluations/aquitaine-micro-creche/marc-lefevre.yaml" > evaluations/inconnu/x.yaml
"$sieg" check --no-cache --format sarif --output-format sarif:"$work/also.sarif" > "$work/sieg.sarif"
rc=$?
[ $rc = 1 ] || { echo "FAIL: sieg check exit $rc (1 expected: the repository has errors)"; exit 1; }
uris=$(grep -o '"uri": "[^"]*"' "$work/sieg.sarif" | sed 's/^"uri": //' | sort -u)
echo "$uris" | grep -q 'cr%C3%A8che%20solidaire.yaml' && echo "$uris" | grep -q 'projet%232.yaml' && echo "$uris" | grep -q '100%25.yaml' &&
  ! echo "$uris" | grep -q '[ #è]' || { echo "FAIL: a file name not percent-encoded"; echo "$uris"; exit 1; }
"$node" "$root/tests/sarif/validate.js" "$cache/node_modules" "$work/sieg.sarif" "$work/also.sarif"
