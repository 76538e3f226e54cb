#!/usr/bin/env bash
# The fleet benchmark (docs/performance.md, "Fleets"): 100 targets of the
# N=300 benchmark tree rendered by ONE `kforge build --targets` against 100
# separate `kubectl kustomize` runs of the same tree, in the same session.
#
# Targets: 100 clusters in 4 regions (a mirror map per region), prod/staging
# (prod: a JSON-pointer patch), and a namespace per target (100 overrides).
#   shared:   every target builds the same overlay (built once, shared)
#   separate: every target has its own copy of the tree (100 builds)
# Not a timed test: numbers depend on the machine and its load (uptime is
# printed before and after).
#
# usage: scripts/bench-fleet.sh [KFORGE_BIN]
#   RUNS=3 (kforge runs, median), KUBECTL=kubectl, GEN_BENCH_TREE=path to gen_bench_tree.py
#   The oracle: export PATH=$HOME/.cache/kforge-oracles/bin:$PATH
set -euo pipefail
cd "$(dirname "$0")/.."
K="$(realpath "${1:-target/release/kforge}")"
RUNS="${RUNS:-3}"
KUBECTL="${KUBECTL:-kubectl}"
N_TARGETS=100
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 "${GEN_BENCH_TREE:-../shared/tools/gen_bench_tree.py}" "$tmp/fleet/tree" 300 >/dev/null
mkdir -p "$tmp/fleet/mirrors"
for r in eu us ap sa; do
  cat > "$tmp/fleet/mirrors/$r.yaml" <<EOF
apiVersion: kforge.dev/v1alpha1
kind: MirrorMap
mirrors:
- from: "*"
  to: registry.$r.example.com/{host}/{path}
EOF
done

# fleet.yaml (shared template) and fleet-separate.yaml (a tree per target).
gen() {
  local separate="$1"
  echo "apiVersion: kforge.dev/v1alpha1"
  echo "kind: Targets"
  echo "template:"
  echo "  kustomization: tree/overlay"
  echo "targets:"
  local regions=(eu us ap sa)
  for i in $(seq 0 $((N_TARGETS - 1))); do
    local env=prod
    [ $((i % 3)) = 0 ] && env=staging
    printf -- "- name: c%03d\n  labels: {region: %s, env: %s}\n" "$i" "${regions[$((i % 4))]}" "$env"
  done
  echo "overrides:"
  for r in "${regions[@]}"; do
    printf -- "- name: %s-mirror\n  selector: {matchLabels: {region: %s}}\n  mirror: mirrors/%s.yaml\n" "$r" "$r" "$r"
  done
  cat <<EOF
- name: prod-replicas
  selector: {matchLabels: {env: prod}}
  patches:
  - target: {kind: Deployment}
    ops:
    - {op: replace, path: /spec/replicas, value: 3}
EOF
  for i in $(seq 0 $((N_TARGETS - 1))); do
    printf -- "- name: c%03d\n  targets: [c%03d]\n  namespace: shop-c%03d\n" "$i" "$i" "$i"
    [ "$separate" = 1 ] && printf "  kustomization: trees/c%03d/overlay\n" "$i"
  done
  return 0
}
gen 0 > "$tmp/fleet/fleet.yaml"
gen 1 > "$tmp/fleet/fleet-separate.yaml"
for i in $(seq 0 $((N_TARGETS - 1))); do
  mkdir -p "$tmp/fleet/trees/c$(printf %03d "$i")"
  cp -r "$tmp/fleet/tree/base" "$tmp/fleet/tree/overlay" "$tmp/fleet/trees/c$(printf %03d "$i")/"
done

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() {
  local name="$1"; shift
  local times=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$tmp/out"
    local s; s=$(date +%s%N)
    "$@" >/dev/null 2>"$tmp/err" || { echo "$name failed:"; cat "$tmp/err"; exit 1; }
    times+=("$(ms "$s")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END {printf "%-62s %7d ms (median of %d)\n", n, a[int((NR+1)/2)], NR}'
}

echo "load before: $(uptime)"
echo "cores: $(nproc); kforge: $K; kubectl: $(command -v "$KUBECTL" || echo missing)"
median "kforge build (the overlay once, for reference)" "$K" build "$tmp/fleet/tree/overlay"
median "kforge build --targets: 100 targets, shared template" \
  "$K" build --targets "$tmp/fleet/fleet.yaml" --output-dir "$tmp/out"
median "kforge build --targets: 100 targets, a tree each (100 builds)" \
  "$K" build --targets "$tmp/fleet/fleet-separate.yaml" --output-dir "$tmp/out"
"$K" build --targets "$tmp/fleet/fleet.yaml" --output-dir "$tmp/out"
echo "output: $(find "$tmp/out" -name manifest.yaml | wc -l) targets, $(cat "$tmp/out"/*/manifest.yaml | grep -c '^kind:') objects, $(du -sh "$tmp/out" | cut -f1)"

# 100 separate runs, one process each, as a per-target CI step would do.
s=$(date +%s%N)
for i in $(seq 1 $N_TARGETS); do "$K" build "$tmp/fleet/tree/overlay" > /dev/null; done
printf '%-62s %7d ms\n' "100 x kforge build (separate processes)" "$(ms "$s")"
if command -v "$KUBECTL" >/dev/null; then
  s=$(date +%s%N)
  for i in $(seq 1 $N_TARGETS); do "$KUBECTL" kustomize "$tmp/fleet/tree/overlay" > /dev/null; done
  printf '%-62s %7d ms\n' "100 x kubectl kustomize ($("$KUBECTL" version --client 2>/dev/null | head -1))" "$(ms "$s")"
else
  echo "kubectl not found: the kubectl kustomize row is missing (see the usage above)"
fi
echo "load after: $(uptime)"
