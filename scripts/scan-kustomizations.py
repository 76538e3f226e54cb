#!/usr/bin/env python3
"""Wide scan: build every kustomization directory under some trees with
kforge and with `kubectl kustomize` (kustomize v5.7.1) and compare.

usage: scripts/scan-kustomizations.py [--bin PATH] [--kubectl kubectl]
           [--jobs N] [--timeout S] [--cache FILE] [--show N] ROOT...

Every directory holding kustomization.yaml, kustomization.yml or
Kustomization is one case. Directories whose kustomization tree names a
remote resource (a URL, a git reference) are not built: they are counted as
"remote". The others are built by both tools and classified:

  identical       both succeed with the same bytes
  different       both succeed, bytes differ
  kforge fails    kustomize succeeds, kforge fails
  kforge only     kforge succeeds where kustomize fails
  both fail       both tools refuse the directory

kustomize's results are cached (--cache, default
~/.cache/kforge-scan/kustomize.json, keyed by directory path; delete it when
the trees change), so a second run after a fix only runs kforge. Prints a
table per root and the directories that differ. Exit status 3 when some
directory differs or fails only with kforge. Needs python3 with PyYAML.
"""
import argparse
import concurrent.futures as cf
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")
REMOTE = re.compile(r"^(https?://|git@|ssh://|git::|github\.com/|gitlab\.com/|bitbucket\.org/)|\?ref=|\.git(//|$)")
FIELDS = ("resources", "bases", "components", "crds")
CLASSES = ("identical", "different", "kforge fails", "kforge only", "both fail", "remote")


def kfile(d):
    for n in NAMES:
        p = os.path.join(d, n)
        if os.path.isfile(p):
            return p
    return None


def load(path):
    try:
        with open(path, "rb") as f:
            doc = yaml.safe_load(f)
        return doc if isinstance(doc, dict) else {}
    except Exception:
        return {}


def is_remote(d, seen=None):
    """True when the kustomization in d (or one it includes) names a URL,
    or uses helmCharts (needs the network and --enable-helm)."""
    seen = seen if seen is not None else set()
    d = os.path.realpath(d)
    if d in seen:
        return False
    seen.add(d)
    k = kfile(d)
    if not k:
        return False
    doc = load(k)
    if doc.get("helmCharts") or doc.get("helmChartInflationGenerator"):
        return True
    entries = []
    for f in FIELDS:
        v = doc.get(f)
        if isinstance(v, list):
            entries += [e for e in v if isinstance(e, str)]
    for p in doc.get("patches") or []:
        if isinstance(p, dict) and isinstance(p.get("path"), str):
            entries.append(p["path"])
    for e in entries:
        if REMOTE.search(e.strip()):
            return True
        sub = os.path.join(d, e)
        if os.path.isdir(sub) and is_remote(sub, seen):
            return True
    return False


def run(argv, timeout):
    try:
        p = subprocess.run(argv, capture_output=True, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")[-2000:]
    except subprocess.TimeoutExpired:
        return -1, "", "timeout"


def find_dirs(roots):
    out = []
    for r in roots:
        for base, dirs, files in os.walk(r):
            dirs[:] = sorted(x for x in dirs if x != ".git")
            if any(n in files for n in NAMES):
                out.append(os.path.abspath(base))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "kforge"))
    ap.add_argument("--kubectl", default="kubectl")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/kforge-scan/kustomize.json"))
    ap.add_argument("--show", type=int, default=200, help="list at most this many failing directories")
    ap.add_argument("--json", help="write every directory's class to this file")
    a = ap.parse_args()

    os.makedirs(os.path.dirname(a.cache), exist_ok=True)
    try:
        cache = json.load(open(a.cache))
    except Exception:
        cache = {}

    dirs = find_dirs(a.roots)
    results = {}

    def one(d):
        if is_remote(d):
            return d, "remote", ""
        key = d
        k = cache.get(key)
        if k is None:
            krc, kout, kerr = run([a.kubectl, "kustomize", d], a.timeout)
            k = [krc, kout, kerr]
        frc, fout, ferr = run([a.bin, "build", d], a.timeout)
        krc, kout, kerr = k
        if krc == 0 and frc == 0:
            cls = "identical" if kout == fout else "different"
        elif krc == 0:
            cls = "kforge fails"
        elif frc == 0:
            cls = "kforge only"
        else:
            cls = "both fail"
        detail = ""
        if cls == "kforge fails":
            detail = ferr.strip().splitlines()[-1] if ferr.strip() else f"rc={frc}"
        elif cls == "kforge only":
            detail = kerr.strip().splitlines()[-1] if kerr.strip() else f"rc={krc}"
        elif cls == "different":
            kl, fl = kout.splitlines(), fout.splitlines()
            i = next((i for i, (x, y) in enumerate(zip(kl, fl)) if x != y), min(len(kl), len(fl)))
            detail = f"line {i + 1}: kustomize {kl[i] if i < len(kl) else '<end>'!r} kforge {fl[i] if i < len(fl) else '<end>'!r}"
        return d, cls, detail, key, k

    with cf.ThreadPoolExecutor(a.jobs) as ex:
        for n, r in enumerate(ex.map(one, dirs), 1):
            d, cls, detail = r[0], r[1], r[2]
            if len(r) > 3:
                cache[r[3]] = r[4]
            results[d] = (cls, detail)
            if n % 50 == 0:
                print(f"  {n}/{len(dirs)}", file=sys.stderr, flush=True)
                json.dump(cache, open(a.cache, "w"))
    json.dump(cache, open(a.cache, "w"))

    roots = [os.path.abspath(r) for r in a.roots]
    print("| tree | dirs | " + " | ".join(CLASSES) + " |")
    print("|---|" + "---|" * (len(CLASSES) + 1))
    total = {c: 0 for c in CLASSES}
    for r in roots:
        counts = {c: 0 for c in CLASSES}
        for d, (cls, _) in results.items():
            if d == r or d.startswith(r + os.sep):
                counts[cls] += 1
        for c in CLASSES:
            total[c] += counts[c]
        print(f"| {os.path.basename(r)} | {sum(counts.values())} | " + " | ".join(str(counts[c]) for c in CLASSES) + " |")
    print(f"| total | {sum(total.values())} | " + " | ".join(str(total[c]) for c in CLASSES) + " |")
    bad = [(d, c, x) for d, (c, x) in sorted(results.items()) if c in ("different", "kforge fails", "kforge only")]
    for d, c, x in bad[: a.show]:
        print(f"{c}: {d}\n    {x}")
    if a.json:
        json.dump({d: c for d, (c, _) in results.items()}, open(a.json, "w"), indent=1, sort_keys=True)
    return 3 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
