#!/bin/sh
# Run one fuzz target for N seconds (default 600), nice'd (NICE, default 19),
# with the stable toolchain (RUSTC_BOOTSTRAP=1 stands in for nightly).
# SANITIZER picks cargo-fuzz's sanitizer (default address; `none` builds
# much faster and runs faster, and still finds panics, hangs and OOMs).
# Usage: [SANITIZER=none] fuzz/run.sh TARGET [SECONDS]
set -eu
cd "$(dirname "$0")"
target=$1
secs=${2:-600}
mkdir -p "corpus/$target"
RUSTC_BOOTSTRAP=1 nice -n "${NICE:-19}" cargo fuzz run -s "${SANITIZER:-address}" "$target" "corpus/$target" -- \
  -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -max_len=65536 -print_final_stats=1
