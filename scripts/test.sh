#!/usr/bin/env bash
# Runs all of kforge's tests. The helmCharts tests need helm v4.1.4 and the
# kubectl-plugin test kubectl: they are installed into ~/.cache/kforge-tools
# unless KFORGE_TEST_HELM / KFORGE_TEST_KUBECTL name them.
set -euo pipefail
cd "$(dirname "$0")/.."
# The registry tests (src/oci) start Debian's docker-registry (CNCF
# distribution) on loopback, with htpasswd (bcrypt) and test CAs (openssl).
if ! command -v docker-registry >/dev/null || ! command -v htpasswd >/dev/null || ! command -v openssl >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-registry apache2-utils openssl
  else
    echo "the registry tests need docker-registry, htpasswd (apache2-utils) and openssl: install them" >&2
    exit 1
  fi
fi
if [ -z "${KFORGE_TEST_HELM:-}" ]; then
  KFORGE_TEST_HELM="$(bash scripts/install-helm.sh)"
  export KFORGE_TEST_HELM
fi
# The kubectl-plugin test runs `kubectl kforge` through a real kubectl (v1.35.2).
if [ -z "${KFORGE_TEST_KUBECTL:-}" ]; then
  KFORGE_TEST_KUBECTL="$(bash scripts/install-kubectl.sh)"
  export KFORGE_TEST_KUBECTL
fi
cargo test --release --locked
