#!/usr/bin/env bash
# Fuzzing sieg's readers of outside bytes with libFuzzer (clang-14, AddressSanitizer + UBSan).
# Usage: fuzz/run.sh SECONDS [TARGET...]   targets: dossier review call grid config (default: all)
# Builds build-fuzz/ (needs clang-14 and libclang-rt-14-dev), runs each target for SECONDS on a
# working corpus (build-fuzz/corpus/TARGET, kept between runs) seeded from examples/, tests/ and
# schemas/, with a 1 s timeout per input (a slower input is a finding), then keeps the smallest set of
# inputs reaching the same code edges in fuzz/regression/TARGET (replayed by the test suite; small). Crashes, leaks and timeouts land in fuzz/findings/TARGET/: turn each into
# a regression test (copy it into fuzz/regression/TARGET and tests/hostile/) with the fixed behaviour.
# Prints each target's executions, for the README's Reliability section.
set -eu
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
targets=${*:-dossier review call grid config}
cmake -S . -B build-fuzz -DSIEG_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_C_COMPILER=clang-14 \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
for t in $targets; do cmake --build build-fuzz -j2 --target "fuzz_$t" >/dev/null; done

seeds() {
  case $1 in
    dossier) ls examples/*.yaml examples/*/*.yaml tests/report/hostile.yaml tests/hostile/*.yaml 2>/dev/null ;;
    review) ls examples/evaluations/*/*.yaml tests/report/evaluations/*/*.yaml ;;
    call) ls schemas/calls/*.toml examples/calls/*-[0-9]*.toml ;;
    grid) ls schemas/grids/*.toml examples/calls/*.grid.toml ;;
    config) ls examples/sieg.toml tests/hostile/*.toml 2>/dev/null ;;
  esac
}

for t in $targets; do
  corpus=build-fuzz/corpus/$t
  mkdir -p "$corpus" "fuzz/regression/$t" "fuzz/findings/$t"
  before=$(ls "fuzz/findings/$t" | wc -l)
  for f in $(seeds "$t"); do cp "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"; done
  ./build-fuzz/fuzz/fuzz_$t -max_total_time="$secs" -timeout=1 -rss_limit_mb=2048 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="fuzz/findings/$t/" "$corpus" "fuzz/regression/$t" \
    >"build-fuzz/$t.log" 2>&1 || echo "$t: libFuzzer stopped on a finding (see build-fuzz/$t.log, fuzz/findings/$t/)"
  rm -rf "build-fuzz/merged-$t" && mkdir -p "build-fuzz/merged-$t"
  # -use_counters=0: edges only, not hit counts, so the kept corpus stays small.
  ./build-fuzz/fuzz/fuzz_$t -merge=1 -use_counters=0 -timeout=1 "build-fuzz/merged-$t" "fuzz/regression/$t" "$corpus" >/dev/null 2>&1
  # Reproducers of past findings stay whatever their coverage: they are regression tests.
  cp fuzz/regression/"$t"/crash-* fuzz/regression/"$t"/leak-* fuzz/regression/"$t"/timeout-* \
    fuzz/regression/"$t"/oom-* "build-fuzz/merged-$t/" 2>/dev/null || true
  rm -rf "fuzz/regression/$t" && mv "build-fuzz/merged-$t" "fuzz/regression/$t"
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "build-fuzz/$t.log" | awk '{print $2}')
  found=$(($(ls "fuzz/findings/$t" | wc -l) - before))
  printf '%s\t%s\t%s\t%s\n' "$t" "$secs" "${execs:-0}" "$found" >>build-fuzz/stats.tsv
  echo "$t: ${execs:-0} executions in ${secs} s, $(ls "fuzz/regression/$t" | wc -l) regression inputs" \
    "($(cat "fuzz/regression/$t"/* | wc -c) bytes), new findings: $found"
done
# Every run so far (build-fuzz/stats.tsv): executions and findings per target, and in all.
awk -F'\t' '{s[$1]+=$2; e[$1]+=$3; f[$1]+=$4; S+=$2; E+=$3; F+=$4}
  END {for (t in e) printf "  %-8s %10d executions in %6d s, %d finding(s)\n", t, e[t], s[t], f[t];
       printf "  all      %10d executions in %6d s, %d finding(s)\n", E, S, F}' build-fuzz/stats.tsv
