#!/usr/bin/env bash
# Wall time and peak memory of one `sieg validate` on one example dossier, process start included.
# Usage: bench/validate-one.sh [SIEG] [RUNS]   (build with -DCMAKE_BUILD_TYPE=Release first)
set -euo pipefail
sieg=${1:-build/sieg}
runs=${2:-500}
file=examples/aquitaine-micro-creche.yaml
"$sieg" validate "$file" >/dev/null
start=$(date +%s%N)
for _ in $(seq "$runs"); do "$sieg" validate "$file" >/dev/null; done
end=$(date +%s%N)
echo "sieg validate, one dossier: $(( (end - start) / runs / 1000 )) µs per run (mean of $runs runs)"
/usr/bin/time -f "peak memory: %M KiB" "$sieg" validate "$file" 2>&1 >/dev/null | tail -1
