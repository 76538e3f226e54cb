#!/usr/bin/env bash
# Runs all of kforge's tests. The helmCharts tests need helm v4.1.4: it is
# installed into ~/.cache/kforge-tools unless KFORGE_TEST_HELM names one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${KFORGE_TEST_HELM:-}" ]; then
  KFORGE_TEST_HELM="$(bash scripts/install-helm.sh)"
  export KFORGE_TEST_HELM
fi
cargo test --release --locked
