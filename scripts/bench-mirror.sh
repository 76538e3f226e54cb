#!/usr/bin/env bash
# Mirror benchmark: kforge mirror images vs skopeo sync --scoped --all, same
# images, same machine, loopback registries (Debian docker-registry).
# 20 images x 3 layers (~200 MB, one of them a two-platform index).
# Requests are counted from the registries' access logs (source + mirror).
# usage: scripts/bench-mirror.sh [KFORGE_BINARY]   (default target/release/kforge)
set -euo pipefail
cd "$(dirname "$0")/.."
KFORGE=${1:-target/release/kforge}
for t in docker-registry skopeo python3 curl; do
  command -v $t >/dev/null || { echo "$t is missing (apt-get install -y docker-registry skopeo python3 curl)" >&2; exit 1; }
done
W=$(mktemp -d)
# kforge keeps its mirror state (digests mirrored, upload sessions) here.
export KFORGE_STATE_DIR="$W/kforge-state"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$W"' EXIT
start() { # name port
  mkdir -p "$W/$1/data"
  cat > "$W/$1/config.yml" <<EOC
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $W/$1/data
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$2
  secret: bench
EOC
  docker-registry serve "$W/$1/config.yml" > "$W/$1/access.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$2/v2/" && return; sleep 0.05; done
  echo "registry $1 did not start" >&2; exit 1
}
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
SRC=$(port); DK=$(port); DS=$(port)
start src "$SRC"; start kf "$DK"; start sk "$DS"
python3 scripts/bench-mirror-data.py "$W/layout" 20 3300000
N=20
: > "$W/list"
printf '127.0.0.1:%s:\n  tls-verify: false\n  images:\n' "$SRC" > "$W/sync.yml"
for i in $(seq 0 $((N-1))); do
  skopeo copy --all --quiet --dest-tls-verify=false "oci:$W/layout:img$i" "docker://127.0.0.1:$SRC/bench/img$i:v1"
  echo "127.0.0.1:$SRC/bench/img$i:v1" >> "$W/list"
  printf '    bench/img%s: [v1]\n' "$i" >> "$W/sync.yml"
done
SIZE=$(du -sb "$W/src/data" | cut -f1)
reqs() { cat "$W/src/access.log" "$W/$1/access.log" | grep -c 'HTTP/1.1"' || true; }
run() { # label dest cmd...
  local label=$1 dest=$2; shift 2
  local before; before=$(reqs "$dest")
  local t0; t0=$(date +%s.%N)
  "$@" > "$W/out.txt" 2>&1 || { cat "$W/out.txt"; exit 1; }
  local t1; t1=$(date +%s.%N)
  local after; after=$(reqs "$dest")
  printf '| %-34s | %7.2f s | %6d |\n' "$label" "$(echo "$t1 - $t0" | bc)" "$((after - before))"
}
echo "source: $N images, $(( SIZE / 1000000 )) MB on disk; $(nproc) cores; $(date -u +%F)"
echo
echo "| run | time | HTTP requests |"
echo "|---|---|---|"
# skopeo 1.9's --scoped puts the source host in the destination path, and a
# host with a port (all loopback registries) makes an invalid reference; so
# both tools drop the source host here: skopeo without --scoped, kforge with a
# --mirror prefix rule. Same images; kforge writes m/bench/imgN, skopeo m/imgN.
KF=("$KFORGE" mirror images -f "$W/list" --mirror "127.0.0.1:$SRC=127.0.0.1:$DK/m" --plain-http -q)
SK=(skopeo sync --all --src yaml --dest docker --dest-tls-verify=false "$W/sync.yml" "127.0.0.1:$DS/m")
run "kforge mirror images (cold)" kf "${KF[@]}"
run "skopeo sync --all (cold)" sk "${SK[@]}"
run "kforge mirror images (warm no-op)" kf "${KF[@]}"
run "skopeo sync --all (warm)" sk "${SK[@]}"
"${KF[@]}" | tail -1
# both mirrors hold the same manifests (digests unchanged); skopeo sync
# without --scoped keeps only the last path component (m/imgN)
for i in $(seq 0 $((N-1))); do
  a=$(curl -sI -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' "http://127.0.0.1:$DK/v2/m/bench/img$i/manifests/v1" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
  b=$(curl -sI -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' "http://127.0.0.1:$DS/v2/m/img$i/manifests/v1" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
  c=$(curl -sI -H 'Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json' "http://127.0.0.1:$SRC/v2/bench/img$i/manifests/v1" | tr -d '\r' | awk -F': ' 'tolower($1)=="docker-content-digest"{print $2}')
  [ -n "$c" ] && [ "$a" = "$c" ] || { echo "img$i: kforge mirror digest $a != source $c" >&2; exit 1; }
  [ "$b" = "$c" ] || echo "img$i: skopeo mirror digest $b != source $c" >&2
done
echo "all $N kforge mirror digests equal the source's"
