#!/usr/bin/env python3
"""YAML fidelity harness: does kforge read and write every real document
exactly as kustomize does?

usage: scripts/yaml-fidelity.py [--corpus DIR]... [--bin target/release/kforge]
                                [--kubectl kubectl] [--cache DIR] [--show N]

Every YAML document of every .yaml/.yml file under the corpora (default:
../shared/conformance, both the kustomize suite and the real trees; the
stored oracle outputs excluded) that is a resource (a mapping with a kind
and metadata.name, not a List, not a kustomization) is built as a
one-resource kustomization (`resources: [doc.yaml]`) by kforge and by
`kubectl kustomize` (kustomize v5.7.1), and the bytes compared. Documents
are built in batches of resources with distinct ids (`sortOptions: fifo`);
a batch that fails or differs is retried one document at a time.
kustomize's outputs are cached by content hash outside the repository
(~/.cache/kforge-yaml-fidelity), so a rerun only runs kforge.
Prints the counts and the first differing documents; exit status 1 when a
document differs.
"""
import argparse, hashlib, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BATCH = 40


def split_docs(text):
    docs, cur = [], []
    for line in text.splitlines(keepends=True):
        if line.rstrip("\r\n") == "---" or line.startswith("--- "):
            docs.append("".join(cur))
            cur = []
        else:
            cur.append(line)
    docs.append("".join(cur))
    return [d for d in docs if d.strip()]


def resource_id(doc):
    import yaml
    try:
        v = yaml.safe_load(doc)
    except Exception:
        return None
    if not isinstance(v, dict):
        return None
    kind, meta = v.get("kind"), v.get("metadata")
    if not isinstance(kind, str) or not kind or kind.endswith("List") or not isinstance(meta, dict):
        return None
    if kind in ("Kustomization", "Component") or not meta.get("name"):
        return None
    return (str(v.get("apiVersion")), kind, str(meta.get("namespace") or ""), str(meta.get("name")))


def build(tool, docs, tmp):
    """Build docs (a list of texts) in one kustomization; (rc, out, err)."""
    d = tempfile.mkdtemp(dir=tmp)
    names = []
    for i, doc in enumerate(docs):
        n = f"d{i}.yaml"
        with open(os.path.join(d, n), "w", encoding="utf-8") as f:
            f.write(doc)
        names.append(n)
    with open(os.path.join(d, "kustomization.yaml"), "w") as f:
        f.write("sortOptions:\n  order: fifo\nresources:\n" + "".join(f"- {n}\n" for n in names))
    argv = tool + [d]
    p = subprocess.run(argv, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def cached_kustomize(kubectl, cache, docs, tmp):
    h = hashlib.sha256("\0".join(docs).encode()).hexdigest()
    path = os.path.join(cache, h)
    if os.path.exists(path + ".rc"):
        rc = int(open(path + ".rc").read())
        return rc, open(path + ".out", encoding="utf-8").read()
    rc, out, _ = build([kubectl, "kustomize"], docs, tmp)
    with open(path + ".out", "w", encoding="utf-8") as f:
        f.write(out)
    with open(path + ".rc", "w") as f:
        f.write(str(rc))
    return rc, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append", default=[])
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "kforge"))
    ap.add_argument("--kubectl", default="kubectl")
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/kforge-yaml-fidelity"))
    ap.add_argument("--show", type=int, default=5)
    a = ap.parse_args()
    corpora = a.corpus or [os.path.join(ROOT, "..", "shared", "conformance")]
    os.makedirs(a.cache, exist_ok=True)
    docs, seen, not_resource = [], set(), 0
    for c in corpora:
        for root, _, files in os.walk(c):
            for fn in sorted(files):
                if not fn.endswith((".yaml", ".yml")) or fn == "oracle.yaml":
                    continue
                if fn in ("kustomization.yaml", "kustomization.yml"):
                    continue
                try:
                    text = open(os.path.join(root, fn), encoding="utf-8").read()
                except (UnicodeDecodeError, OSError):
                    continue
                for doc in split_docs(text):
                    if doc in seen:
                        continue
                    seen.add(doc)
                    rid = resource_id(doc)
                    if rid is None:
                        not_resource += 1
                    else:
                        docs.append((rid, doc))
    # batches of distinct ids
    batches, cur, ids = [], [], set()
    for rid, doc in docs:
        if rid in ids or len(cur) >= BATCH:
            batches.append(cur)
            cur, ids = [], set()
        cur.append(doc)
        ids.add(rid)
    if cur:
        batches.append(cur)
    same = differ = both_fail = only_kforge_fails = only_kustomize_fails = 0
    shown = 0
    with tempfile.TemporaryDirectory(prefix="kforge-yaml-fidelity-") as tmp:
        for batch in batches:
            krc, kout = cached_kustomize(a.kubectl, a.cache, batch, tmp)
            frc, fout, _ = build([a.bin, "build"], batch, tmp)
            if krc == 0 and frc == 0 and kout == fout:
                same += len(batch)
                continue
            for doc in batch:
                krc, kout = cached_kustomize(a.kubectl, a.cache, [doc], tmp)
                frc, fout, ferr = build([a.bin, "build"], [doc], tmp)
                if krc != 0 and frc != 0:
                    both_fail += 1
                elif krc != 0:
                    only_kustomize_fails += 1
                elif frc != 0:
                    only_kforge_fails += 1
                elif kout == fout:
                    same += 1
                    continue
                else:
                    differ += 1
                if (frc != 0) != (krc != 0) or (krc == 0 and kout != fout):
                    if shown < a.show:
                        shown += 1
                        print("--- document:\n" + doc[:600])
                        print(f"kustomize rc={krc} kforge rc={frc} {ferr.strip()[-300:]}")
                        if krc == 0 and frc == 0:
                            import difflib
                            print("".join(list(difflib.unified_diff(kout.splitlines(True), fout.splitlines(True), "kustomize", "kforge", n=1))[:40]))
    total = len(docs)
    print(f"documents: {total} resources ({not_resource} other documents skipped)")
    print(f"round-trip identical: {same}; different: {differ}; kforge-only failures: {only_kforge_fails}; "
          f"kustomize-only failures: {only_kustomize_fails}; both fail: {both_fail}")
    return 0 if differ == 0 and only_kforge_fails == 0 and only_kustomize_fails == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
