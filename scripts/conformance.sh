#!/usr/bin/env bash
# Guard what kforge has won against kustomize: runs the shared conformance
# script over kustomize's own suite and over the real-world trees, both with
# kustomize v5.7.1's stored output, and fails unless every case passes.
# The shared folder sits beside the clone (../shared) unless KFORGE_SHARED
# names it. Needs python3 with PyYAML (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${KFORGE_SHARED:-../shared}"
tool="$shared/tools/conformance.py"
if [ ! -f "$tool" ]; then
  echo "conformance: $tool not found (set KFORGE_SHARED to the shared folder)" >&2
  exit 1
fi
python3 -c 'import yaml' || { echo "conformance: python3 with PyYAML is required" >&2; exit 1; }
cargo build --release --locked --bin kforge
status=0
for corpus in "$shared/conformance/kustomize" "$shared/conformance/real/cases"; do
  echo "== conformance: $corpus"
  out="$(python3 "$tool" --bin target/release/kforge --cases "$corpus" --timeout 120 --show 20)" || status=1
  printf '%s\n' "$out" | grep -v '^  ' || true
  last="$(printf '%s\n' "$out" | tail -n 1)"
  case "$last" in
    *" passed, 0 failed") ;;
    *) status=1 ;;
  esac
  case "$last" in
    "0 passed, 0 failed") echo "conformance: no case ran in $corpus" >&2; status=1 ;;
  esac
done
exit $status
