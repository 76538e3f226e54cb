#!/bin/sh
# Regenerate expected.yaml for every case under testdata/cases with the real
# kustomize (kubectl kustomize, kustomize v5.7.1). Cases with an
# expected-error.txt are only run, and their error shown, for review.
# Per case: optional file `dir` names the directory to build (default: the
# case directory), optional file `flags` holds extra flags, one per line.
set -u
KUBECTL=${KUBECTL:-$HOME/.cache/kforge-oracles/bin/kubectl}
cd "$(dirname "$0")/cases" || exit 1
for c in ${*:-*}; do
  c=${c%/}
  [ -d "$c" ] || continue
  dir=$c
  [ -f "$c/dir" ] && dir="$c/$(cat "$c/dir")"
  flags=""
  [ -f "$c/flags" ] && flags=$(cat "$c/flags")
  if [ -f "$c/expected-error.txt" ]; then
    if "$KUBECTL" kustomize $flags "$dir" >/dev/null 2>/tmp/kforge-regen.err; then
      echo "$c: EXPECTED AN ERROR, build succeeded"
    else
      echo "$c: error: $(cat /tmp/kforge-regen.err)"
    fi
  else
    if "$KUBECTL" kustomize $flags "$dir" >"$c/expected.yaml" 2>/tmp/kforge-regen.err; then
      echo "$c: ok"
    else
      echo "$c: FAILED: $(cat /tmp/kforge-regen.err)"
    fi
  fi
done
