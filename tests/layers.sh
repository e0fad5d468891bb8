#!/usr/bin/env bash
# Layers only point down: every `#include "folder/..."` in lib/FOLDER or cmd/ must name a folder of a
# lower layer (or its own). The layers are the ```layers block of docs/ARCHITECTURE.md; every folder
# of lib/ must be in it. Usage: layers.sh REPO_ROOT
set -u
root=${1:-.}
cd "$root" || exit 2
declare -A layer
while read -r n folders; do
  for f in $folders; do layer[$f]=$n; done
done < <(awk '/^```layers$/ {inside = 1; next} /^```$/ {inside = 0} inside' docs/ARCHITECTURE.md)
if [ "${#layer[@]}" -eq 0 ]; then
  echo "FAIL: no \`\`\`layers block in docs/ARCHITECTURE.md"
  echo "0 passed, 1 failed"
  exit 1
fi
passed=0
failed=0
for d in lib/*/; do
  f=$(basename "$d")
  if [ -z "${layer[$f]:-}" ]; then
    echo "FAIL: lib/$f is in no layer of docs/ARCHITECTURE.md"
    failed=$((failed + 1))
  fi
done
check_file() {  # $1 = file, $2 = its folder's name
  local file=$1 own=$2 line inc
  while IFS= read -r line; do
    inc=${line#*\"}
    inc=${inc%%/*}
    [ "$inc" = "$own" ] && continue
    [ -z "${layer[$inc]:-}" ] && continue  # not a folder of lib/ (a header beside the file)
    if [ "${layer[$inc]}" -lt "${layer[$own]}" ]; then
      passed=$((passed + 1))
    else
      echo "FAIL: $file (layer ${layer[$own]}, $own) includes $inc (layer ${layer[$inc]}): layers only point down"
      failed=$((failed + 1))
    fi
  done < <(grep -hE '^#include "[a-z0-9_]+/' "$file")
}
for d in lib/*/; do
  f=$(basename "$d")
  [ -z "${layer[$f]:-}" ] && continue
  for file in "$d"*.hpp "$d"*.cpp; do
    [ -e "$file" ] && check_file "$file" "$f"
  done
done
for file in cmd/*.hpp cmd/*.cpp; do check_file "$file" cmd; done
echo "layers: $passed passed, $failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
