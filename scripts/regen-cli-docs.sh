#!/usr/bin/env bash
# Regenerates the files made from the CLI definition: the shell completion
# scripts in completions/ and the manual pages in docs/man/ (one per command,
# nested ones too). Run it after changing any command, flag or help text;
# tests/cli.rs fails while they are stale.
# usage: scripts/regen-cli-docs.sh [KFORGE_BINARY]   (default: builds target/release/kforge)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-}"
if [ -z "$bin" ]; then
  cargo build --release --locked --bin kforge
  bin=target/release/kforge
fi
rm -f docs/man/kforge*.1 completions/kforge.*
"$bin" --quiet man --dir docs/man
"$bin" --quiet completion --dir completions
echo "regenerated $(ls docs/man | wc -l) manual pages and $(ls completions | wc -l) completion scripts"
