#!/usr/bin/env bash
# Side-by-side benchmark for a quiet machine: two kforge binaries (before, after) against
# `kubectl kustomize` (v5.7.1) and `helm template` (v4.1.4), in one run.
#
#   scripts/bench-quiet.sh OUTDIR BEFORE_KFORGE AFTER_KFORGE
#   python3 scripts/bench-quiet-summary.py OUTDIR
#
# Inputs (environment):
#   KFORGE_SHARED  the shared material (conformance/real/cases): default ../shared
#   BENCH_TREES    a directory with n1k/overlay and n10k/overlay made by
#                  ../shared/tools/gen_bench_tree.py (default /tmp/perf)
#   CHART_CORPUS   a directory of Helm charts with their dependencies in charts/
#                  (scripts/chart-corpus.py makes one); charts not there are skipped
#   ORACLES        where kubectl and helm live (default ~/.cache/kforge-oracles/bin)
# Needs hyperfine and GNU time. Binaries are copied into OUTDIR first so both start from files
# written the same way.
set -u
OUT=$1; B=$2; A=$3
SHARED=${KFORGE_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
TREES=${BENCH_TREES:-/tmp/perf}
CHARTS=${CHART_CORPUS:-}
ORACLES=${ORACLES:-$HOME/.cache/kforge-oracles/bin}
K=$ORACLES/kubectl; H=$ORACLES/helm; R=$SHARED/conformance/real/cases
mkdir -p "$OUT"; cp "$B" "$OUT/kf-before"; cp "$A" "$OUT/kf-after"; B=$OUT/kf-before; A=$OUT/kf-after
cat /proc/loadavg > "$OUT/load-start"
if [ -d "$TREES/n1k/overlay" ]; then
  hyperfine -N -w3 -r30 --export-json "$OUT/n1k.json" "$B build $TREES/n1k/overlay" "$A build $TREES/n1k/overlay" >/dev/null 2>&1
  cmp <("$B" build "$TREES/n1k/overlay") <("$A" build "$TREES/n1k/overlay") >/dev/null && echo same > "$OUT/n1k-output" || echo DIFFERENT > "$OUT/n1k-output"
fi
if [ -d "$TREES/n10k/overlay" ]; then
  for _ in 1 2 3; do for b in "$B" "$A"; do
    /usr/bin/time -f "$(basename "$b") %M KB peak, %e s wall, %U s user, %S s system" "$b" build "$TREES/n10k/overlay" 2>>"$OUT/n10k.txt" >/dev/null
  done; done
fi
for t in capa-config-default cnpg-config-olm-manifests gateway-api-crd-experimental lws-config-default \
         kuberay-default-with-webhooks kserve-overlays-all; do
  [ -f "$R/$t/case.json" ] || continue
  d=$R/$t/$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['build_dir'])" "$R/$t/case.json")
  hyperfine -N -w3 -r20 --export-json "$OUT/real-$t.json" "$B build $d" "$A build $d" >/dev/null 2>&1
  hyperfine -N -w1 -r3 --export-json "$OUT/kust-$t.json" "$K kustomize $d" >/dev/null 2>&1
  { "$A" build "$d" | md5sum; md5sum < "$R/$t/oracle.yaml"; } > "$OUT/md5-$t.txt"
done
if [ -n "$CHARTS" ]; then
  for c in flux opentelemetry-demo kube-prometheus mastodon chainloop harbor milvus grafana-mimir; do
    [ -d "$CHARTS/$c" ] || continue
    # charts that generate keys are random in both tools (a prime search takes as long as it
    # takes): more runs, so the means compare
    case $c in harbor|milvus) runs=15 ;; *) runs=10 ;; esac
    hyperfine -N -w1 -r$runs --export-json "$OUT/chart-$c.json" "$H template x $CHARTS/$c" \
      "$B template x $CHARTS/$c" "$A template x $CHARTS/$c" >/dev/null 2>&1
  done
fi
cat /proc/loadavg > "$OUT/load-end"
