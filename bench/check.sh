#!/usr/bin/env bash
# Benchmark of `sieg check` against the floor of its parser and against other tools, side by side.
#
#   bench/check.sh [N] [--sizes 1000,10000,50000]
#
# Generates N dossiers (default 10 000) by varying the valid examples, builds sieg in Release, and
# measures on the same files: sieg check cold (--no-cache) and warm (its result cache filled); a bare parse with yaml-cpp's event API (the floor for this
# parser; bench/parse_floor.cpp), on one core and on all; ajv-cli + ajv-formats with
# schemas/dossier.schema.json (npm, installed under bench/.cache; left out when npm cannot install it);
# yamllint (Debian; left out when absent); and a single-file `sieg validate`. Wall time and peak memory
# come from /usr/bin/time (Debian package "time"). --sizes also runs sieg check at other sizes, to see
# whether memory stays flat.
set -euo pipefail
cd "$(dirname "$0")/.."
n=10000
sizes=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    *) n=$1; shift ;;
  esac
done
cores=$(nproc)
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

echo "building (Release)..." >&2
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j"$cores" --target sieg bench_parse_floor >/dev/null
sieg=$PWD/build-bench/sieg
floor=$PWD/build-bench/bench_parse_floor

generate() {  # generate DIR COUNT: COUNT dossiers, the valid examples with a numbered title
  local dir=$1 count=$2 i=0 s
  mkdir -p "$dir/dossiers"
  local sources=(examples/aquitaine-micro-creche.yaml examples/aquitaine-paniers-etudiants.yaml
                 examples/aquitaine-art-renouvellement-urbain.yaml examples/picardie-renovation-logement.yaml
                 examples/picardie-essaimage-epicerie-mobile.yaml)
  while [ $i -lt "$count" ]; do
    for s in "${sources[@]}"; do
      [ $i -ge "$count" ] && break
      i=$((i + 1))
      sed "s/^  intitule: /  intitule: (n°$i) /" "$s" > "$dir/dossiers/d$(printf %06d $i).yaml"
    done
  done
  printf 'dossiers = ["dossiers/*.yaml"]\n' > "$dir/sieg.toml"
}

measure() {  # measure LABEL COMMAND...: prints "label seconds peak_kib"
  local label=$1; shift
  local report
  report=$(mktemp)
  /usr/bin/time -o "$report" -f "%e %M" "$@" >/dev/null 2>&1 || true
  echo "$label $(tail -n 1 "$report")"
  rm -f "$report"
}

echo "generating $n dossiers in $work..." >&2
generate "$work/n$n" "$n"
files=("$work/n$n"/dossiers/*.yaml)

results=()
# Cold: --no-cache (every file parsed and checked). Warm: the same run again with the result cache
# (.sieg-cache/) filled by one run before.
results+=("$(cd "$work/n$n" && measure "sieg check -j$cores (cold)" "$sieg" check --no-cache -j "$cores")")
results+=("$(cd "$work/n$n" && measure "sieg check -j1 (cold)" "$sieg" check --no-cache -j 1)")
results+=("$(measure "yaml-cpp parse floor, 1 core" "$floor" -j 1 "${files[@]}")")
results+=("$(measure "yaml-cpp parse floor, $cores cores" "$floor" -j "$cores" "${files[@]}")")
(cd "$work/n$n" && rm -rf .sieg-cache && "$sieg" check -j "$cores" >/dev/null 2>&1 || true)
results+=("$(cd "$work/n$n" && measure "sieg check -j$cores (warm cache)" "$sieg" check -j "$cores")")

ajv=bench/.cache/node_modules/.bin/ajv
if [ ! -x "$ajv" ]; then
  echo "installing ajv-cli and ajv-formats with npm under bench/.cache..." >&2
  npm install --silent --no-audit --no-fund --prefix bench/.cache ajv-cli@5 ajv-formats@2 >/dev/null 2>&1 || true
fi
if [ -x "$ajv" ]; then
  results+=("$(cd "$work/n$n" && NODE_PATH=$OLDPWD/bench/.cache/node_modules measure "ajv-cli (1 process)" \
    "$OLDPWD/$ajv" validate --spec=draft7 --strict=false --errors=no -c ajv-formats \
    -s "$OLDPWD/schemas/dossier.schema.json" -d "dossiers/*.yaml")")
else
  echo "ajv-cli: left out (npm could not install it)" >&2
fi
if command -v yamllint >/dev/null; then
  results+=("$(measure "yamllint -d relaxed" yamllint -d relaxed "$work/n$n/dossiers")")
else
  echo "yamllint: left out (apt-get install yamllint)" >&2
fi

one=examples/aquitaine-micro-creche.yaml
start=$(date +%s%N)
for _ in $(seq 200); do "$sieg" validate "$one" >/dev/null; done
end=$(date +%s%N)
single_ms=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 200 / 1e6 }')

echo
echo "$n dossiers, $cores cores ($(uname -m)), $(date -u +%Y-%m-%d)"
printf '%-34s %10s %12s %12s %10s\n' tool seconds files/s "vs check" "peak MiB"
check_s=$(echo "${results[0]}" | awk '{print $(NF-1)}')
for r in "${results[@]}"; do
  label=$(echo "$r" | awk '{$NF=""; $(NF-1)=""; print}' | sed 's/ *$//')
  s=$(echo "$r" | awk '{print $(NF-1)}')
  kib=$(echo "$r" | awk '{print $NF}')
  awk -v l="$label" -v s="$s" -v k="$kib" -v n="$n" -v c="$check_s" \
    'BEGIN { printf "%-34s %10.2f %12.0f %12.2f %10.1f\n", l, s, n / s, s / c, k / 1024 }'
done
echo "single-file sieg validate: $single_ms ms (mean of 200 runs, process start included)"
floor1=$(echo "${results[2]}" | awk '{print $(NF-1)}')
awk -v c="$check_s" -v f="$floor1" -v k="$cores" 'BEGIN { printf "sieg check / (floor on 1 core / %d cores) = %.2f (target <= 1.3)\n", k, c / (f / k) }'
warm_s=$(echo "${results[4]}" | awk '{print $(NF-1)}')
awk -v c="$check_s" -v w="$warm_s" 'BEGIN { printf "warm cache: %.1fx faster than cold (target >= 10)\n", c / w }'
for r in "${results[@]}"; do
  case "$r" in ajv-cli*) a=$(echo "$r" | awk '{print $(NF-1)}')
    awk -v c="$check_s" -v a="$a" 'BEGIN { printf "throughput, sieg check cold / ajv-cli = %.2f (target >= 1.8)\n", a / c }'
    awk -v w="$warm_s" -v a="$a" 'BEGIN { printf "throughput, sieg check warm / ajv-cli = %.2f (target >= 7)\n", a / w }' ;;
  esac
done

if [ -n "$sizes" ]; then
  echo
  printf '%-10s %10s %10s\n' dossiers seconds "peak MiB"
  for size in ${sizes//,/ }; do
    generate "$work/s$size" "$size"
    r=$(cd "$work/s$size" && measure "x" "$sieg" check --no-cache -j "$cores")
    echo "$r" | awk -v s="$size" '{ printf "%-10s %10.2f %10.1f\n", s, $2, $3 / 1024 }'
    rm -rf "$work/s$size"
  done
fi
