#!/usr/bin/env bash
# Times kforge images / localize on a chart with 20 subcharts and on the
# N=1,000 benchmark tree (docs/performance.md). Median of RUNS (default 5).
# usage: scripts/bench-images.sh [KFORGE_BIN] ; helm on PATH for the comparison row.
# Prints the machine load (uptime) first: the figures depend on it.
set -euo pipefail
cd "$(dirname "$0")/.."
K="${1:-target/release/kforge}"
RUNS="${RUNS:-5}"
MAP=testdata/images/mirror.yaml
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "load: $(uptime)"
python3 scripts/gen-images-bench-chart.py "$tmp/umbrella" 20
python3 "${GEN_BENCH_TREE:-../shared/tools/gen_bench_tree.py}" "$tmp/tree" 1000 >/dev/null
median() {
  local name="$1"; shift
  local times=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$tmp/out"
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>"$tmp/err" || { echo "$name failed:"; cat "$tmp/err"; exit 1; }
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END {printf "%-58s %6d ms (median of %d)\n", n, a[int((NR+1)/2)], NR}'
}
median "images umbrella (files + 2 native renders)"       "$K" images "$tmp/umbrella"
median "helm template umbrella (for comparison)"        helm template x "$tmp/umbrella"
median "localize umbrella -o OUT"                       "$K" localize "$tmp/umbrella" --mirror "$MAP" -o "$tmp/out"
median "localize umbrella -o OUT --verify (native renders)" "$K" localize "$tmp/umbrella" --mirror "$MAP" -o "$tmp/out" --verify
median "build tree/overlay (for comparison)"            "$K" build "$tmp/tree/overlay"
median "images tree/overlay (build + find)"             "$K" images "$tmp/tree/overlay"
median "build tree/overlay --mirror MAP"                "$K" build "$tmp/tree/overlay" --mirror "$MAP"
"$K" build "$tmp/tree/overlay" > "$tmp/stream.yaml"
median "localize -f STREAM (the tree's 3,001 built resources)" "$K" localize -f "$tmp/stream.yaml" --mirror "$MAP"
median "images STREAM"                                  "$K" images "$tmp/stream.yaml"
median "localize tree -o OUT --verify (2,000 files)"    "$K" localize "$tmp/tree" --mirror "$MAP" -o "$tmp/out" --verify
