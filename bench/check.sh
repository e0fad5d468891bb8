#!/usr/bin/env bash
# Benchmark of `sieg check` against the floor of its parser and against other tools, side by side.
#
#   bench/check.sh [SIZE...]        (default: 1000 10000 50000)
#
# For each size, generates that many dossiers of realistic size and variety (bench/generate.py: the
# valid examples with partners added or dropped, longer answers, scaled budgets, reviews for one in
# three), builds sieg in Release, and measures on the same files: sieg check cold (--no-cache, on all
# cores and on one), the first run that fills the result cache, warm (cache filled: files found by their
# stat, not read), and warm after touching every file (as after a fresh clone: read and hashed); a bare parse
# with yaml-cpp's event API (the floor for this parser; bench/parse_floor.cpp), on one core and on
# all; ajv-cli + ajv-formats with schemas/dossier.schema.json (npm, installed under bench/.cache; left
# out when npm cannot install it); yamllint (Debian; smallest size only; left out when absent). Wall
# time and peak memory come from /usr/bin/time (Debian package "time"). Then a single-file
# `sieg validate` and `sieg --version`, beside /bin/true (the cost of starting any process here).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 50000)
cores=$(nproc)
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

build=${BENCH_BUILD:-build-bench}  # BENCH_BUILD=build: reuse a build (then its type is yours to state)
echo "building ($build, Release unless it exists with another type)..." >&2
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$cores" --target sieg bench_parse_floor >/dev/null
sieg=$PWD/$build/sieg
floor=$PWD/$build/bench_parse_floor

generate() {  # generate DIR COUNT
  python3 bench/generate.py "$1" "$2"
}

measure() {  # measure LABEL COMMAND...: prints "label seconds peak_kib"
  local label=$1; shift
  local report
  report=$(mktemp)
  /usr/bin/time -o "$report" -f "%e %M" "$@" >/dev/null 2>&1 || true
  echo "$label $(tail -n 1 "$report")"
  rm -f "$report"
}

ajv=bench/.cache/node_modules/.bin/ajv
if [ ! -x "$ajv" ]; then
  echo "installing ajv-cli and ajv-formats with npm under bench/.cache..." >&2
  npm install --silent --no-audit --no-fund --prefix bench/.cache ajv-cli@5 ajv-formats@2 >/dev/null 2>&1 || true
fi
[ -x "$ajv" ] || echo "ajv-cli: left out (npm could not install it)" >&2
command -v yamllint >/dev/null || echo "yamllint: left out (apt-get install yamllint)" >&2

value() { echo "$1" | awk '{print $(NF-1)}'; }

run_size() {  # run_size N: one table
  local n=$1 dir="$work/n$1"
  echo "generating $n dossiers in $dir..." >&2
  rm -rf "$dir"
  generate "$dir" "$n"
  local total
  total=$(find "$dir" -name '*.yaml' | wc -l)
  local results=()
  results+=("$(cd "$dir" && measure "sieg check -j$cores (cold)" "$sieg" check --no-cache -j "$cores")")
  results+=("$(cd "$dir" && measure "sieg check -j1 (cold)" "$sieg" check --no-cache -j 1)")
  find "$dir" -name '*.yaml' > "$dir.list"
  results+=("$(measure "yaml-cpp parse floor, 1 core" sh -c '"$1" -j 1 - < "$2"' floor "$floor" "$dir.list")")
  results+=("$(measure "yaml-cpp parse floor, $cores cores" sh -c '"$1" -j "$2" - < "$3"' floor "$floor" "$cores" "$dir.list")")
  rm -rf "$dir/.sieg-cache"
  results+=("$(cd "$dir" && measure "sieg check -j$cores (fills cache)" "$sieg" check -j "$cores")")
  results+=("$(cd "$dir" && measure "sieg check -j$cores (warm cache)" "$sieg" check -j "$cores")")
  # As after a fresh clone in CI: every file's stat changed, its bytes did not (read and hashed, not parsed).
  find "$dir" -name '*.yaml' -exec touch {} +
  sleep 1
  results+=("$(cd "$dir" && measure "sieg check -j$cores (warm, files touched)" "$sieg" check -j "$cores")")
  if [ -x "$ajv" ]; then
    results+=("$(cd "$dir" && NODE_PATH=$OLDPWD/bench/.cache/node_modules measure "ajv-cli (1 process, dossiers)" \
      "$OLDPWD/$ajv" validate --spec=draft7 --strict=false --errors=no -c ajv-formats \
      -s "$OLDPWD/schemas/dossier.schema.json" -d "dossiers/*.yaml")")
  fi
  if command -v yamllint >/dev/null && [ "$n" = "${sizes[0]}" ]; then
    results+=("$(measure "yamllint -d relaxed" yamllint -d relaxed "$dir")")
  fi

  echo
  echo "$n dossiers ($total YAML files with the reviews, $(du -sh "$dir/dossiers" | cut -f1) of dossiers), $cores cores ($(uname -m)), $(date -u +%Y-%m-%d)"
  printf '%-40s %10s %12s %12s %10s\n' tool seconds dossiers/s "vs check" "peak MiB"
  local check_s
  check_s=$(value "${results[0]}")
  for r in "${results[@]}"; do
    local label s kib
    label=$(echo "$r" | awk '{$NF=""; $(NF-1)=""; print}' | sed 's/ *$//')
    s=$(value "$r")
    kib=$(echo "$r" | awk '{print $NF}')
    awk -v l="$label" -v s="$s" -v k="$kib" -v n="$n" -v c="$check_s" \
      'BEGIN { printf "%-40s %10.2f %12.0f %12.2f %10.1f\n", l, s, n / (s > 0 ? s : 0.001), s / c, k / 1024 }'
  done
  local one_s floor1 floorn warm_s
  one_s=$(value "${results[1]}"); floor1=$(value "${results[2]}"); floorn=$(value "${results[3]}"); warm_s=$(value "${results[5]}")
  awk -v c="$one_s" -v f="$floor1" 'BEGIN { printf "cold, 1 core: sieg / floor = %.2f (target <= 1.15)\n", c / f }'
  awk -v c="$check_s" -v f="$floorn" -v k="$cores" 'BEGIN { printf "cold, %d cores: sieg / floor = %.2f (target <= 1.15)\n", k, c / f }'
  awk -v a="$one_s" -v b="$check_s" -v k="$cores" 'BEGIN { printf "scaling 1 -> %d jobs: %.2fx\n", k, a / b }'
  awk -v c="$check_s" -v w="$warm_s" 'BEGIN { printf "warm cache: %.1fx faster than cold (target >= 10)\n", c / w }'
  awk -v c="$check_s" -v w="$(value "${results[6]}")" 'BEGIN { printf "warm cache, files touched: %.1fx faster than cold\n", c / w }'
  for r in "${results[@]}"; do
    case "$r" in ajv-cli*) local a; a=$(value "$r")
      awk -v c="$check_s" -v a="$a" 'BEGIN { printf "throughput, sieg check cold / ajv-cli = %.2f\n", a / c }'
      awk -v w="$warm_s" -v a="$a" 'BEGIN { printf "throughput, sieg check warm / ajv-cli = %.2f (target >= 7)\n", a / w }' ;;
    esac
  done
  rm -rf "$dir" "$dir.list"
}

for size in "${sizes[@]}"; do run_size "$size"; done

one=examples/aquitaine-micro-creche.yaml
per_run() {  # per_run COMMAND...: mean wall milliseconds over 200 runs
  local start end
  start=$(date +%s%N)
  for _ in $(seq 200); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 200 / 1e6 }'
}
echo
echo "one process, mean of 200 runs: /bin/true $(per_run /bin/true) ms; sieg --version $(per_run "$sieg" --version) ms;" \
  "sieg validate (one dossier, its 4 reviews) $(per_run "$sieg" validate "$one") ms"
