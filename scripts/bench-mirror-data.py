#!/usr/bin/env python3
"""Writes an OCI image layout with the mirror benchmark's images:
N single-platform images of 3 random (incompressible) layers each, and one
two-platform index; each tagged by an `org.opencontainers.image.ref.name`.
usage: bench-mirror-data.py DIR [IMAGES] [LAYER_BYTES]"""
import hashlib, json, os, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
layer = int(sys.argv[3]) if len(sys.argv) > 3 else 3_300_000
blobs = os.path.join(out, "blobs", "sha256")
os.makedirs(blobs, exist_ok=True)

def put(data):
    d = hashlib.sha256(data).hexdigest()
    with open(os.path.join(blobs, d), "wb") as f:
        f.write(data)
    return "sha256:" + d, len(data)

def image(arch):
    layers = []
    for _ in range(3):
        d, s = put(os.urandom(layer))
        layers.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": d, "size": s})
    cfg = json.dumps({"architecture": arch, "os": "linux",
                      "rootfs": {"type": "layers", "diff_ids": [l["digest"] for l in layers]}}).encode()
    cd, cs = put(cfg)
    m = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                    "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": cd, "size": cs},
                    "layers": layers}).encode()
    md, ms = put(m)
    return {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": md, "size": ms}

entries = []
for i in range(n - 1):
    e = image("amd64")
    e["annotations"] = {"org.opencontainers.image.ref.name": f"img{i}"}
    entries.append(e)
children = []
for arch in ("amd64", "arm64"):
    c = image(arch)
    c["platform"] = {"os": "linux", "architecture": arch}
    children.append(c)
idx = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": children}).encode()
d, s = put(idx)
entries.append({"mediaType": "application/vnd.oci.image.index.v1+json", "digest": d, "size": s,
                "annotations": {"org.opencontainers.image.ref.name": f"img{n - 1}"}})
with open(os.path.join(out, "index.json"), "w") as f:
    json.dump({"schemaVersion": 2, "manifests": entries}, f)
with open(os.path.join(out, "oci-layout"), "w") as f:
    json.dump({"imageLayoutVersion": "1.0.0"}, f)
