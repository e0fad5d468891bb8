#!/usr/bin/env bash
# Time of `sieg validate` on each input of the hostile corpus (tests/hostile/expected.tsv, the generated
# ones included: 10 000 partners, 10^6 nested lists, a 3 MB line...) and on 200 000 unknown keys, slowest first,
# against the goal of 0.5 s per file. Wall time of the whole process, best of 3 runs.
#
#   bench/hostile.sh [SIEG]        (default: build-bench/sieg, built in Release if missing)
set -u
cd "$(dirname "$0")/.."
root=$PWD
sieg=${1:-}
if [ -z "$sieg" ]; then
  [ -f build-bench/CMakeCache.txt ] || cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build-bench -j"$(nproc)" --target sieg >/dev/null
  sieg=$root/build-bench/sieg
fi
sieg=$(realpath "$sieg")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# shellcheck source=tests/hostile/generate.sh
source tests/hostile/generate.sh
cd tests/hostile || exit 2
results=()
# The corpus, and 200 000 unknown keys (too slow for the sanitizer build's 10 s guard: timed here only).
while IFS=$'\t' read -r file want code what; do
  case $file in '#'* | '') continue ;; esac
  path=$file
  [[ $file == gen:* ]] && path=$(generate "$file")
  best=
  for _ in 1 2 3; do
    start=$(date +%s%N)
    timeout 10 "$sieg" validate "$path" >/dev/null 2>&1
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  results+=("$best $file")
done < <(cat expected.tsv; printf 'gen:keys-200000\t1\tSIEG-S002\t200 000 unknown keys\n')
printf '%s\n' "${results[@]}" | sort -rn | awk '
  NR <= 10 { printf "%7d ms  %s\n", $1, $2 }
  { n++; if ($1 > 500) over++ }
  END { printf "%d inputs, %d over 0.5 s\n", n, over + 0 }'
