#!/usr/bin/env bash
# Regenerates want/build.yaml of every testdata/edit case that has one: the
# case's input tree with the expected edited files laid over it, built by
# kustomize v5.7.1 (`kubectl kustomize`). So every expected edit is a tree
# real kustomize builds, and tests/edit.rs checks kforge builds it the same.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for case in "$here"/*/; do
  [ -f "$case/want/build.yaml" ] || continue
  tmp="$(mktemp -d)"
  cp -a "$case/in/." "$tmp/"
  (cd "$case/want" && find . -type f ! -name build.yaml ! -name stdout ! -name stderr ! -name error -exec cp --parents {} "$tmp/" \;)
  kubectl kustomize "$tmp" > "$case/want/build.yaml" 2>/dev/null
  rm -rf "$tmp"
  echo "regenerated $(basename "$case")/want/build.yaml"
done
