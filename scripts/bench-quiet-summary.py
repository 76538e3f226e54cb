#!/usr/bin/env python3
"""Tables from a scripts/bench-quiet.sh run: wall time (median) and CPU time (user + system,
mean) per command, and the ratios against kubectl kustomize and helm.

Usage: python3 scripts/bench-quiet-summary.py OUTDIR
"""
import glob
import json
import os
import statistics
import sys


def rows(path):
    out = []
    for r in json.load(open(path))["results"]:
        out.append((statistics.median(r["times"]) * 1000, (r["user"] + r["system"]) * 1000,
                    r["user"] * 1000, r["system"] * 1000))
    return out


def main():
    d = sys.argv[1]
    end = os.path.join(d, "load-end")
    print("load average:", open(os.path.join(d, "load-start")).read().split()[0], "->",
          open(end).read().split()[0] if os.path.exists(end) else "?")
    print("\n| build | before wall / CPU (user + sys) ms | after wall / CPU (user + sys) ms | kubectl kustomize wall / CPU ms | ratio wall / CPU |")
    print("|---|---:|---:|---:|---:|")
    for f in sorted(glob.glob(os.path.join(d, "n1k.json"))) + sorted(glob.glob(os.path.join(d, "real-*.json"))):
        name = os.path.basename(f)[:-5].replace("real-", "")
        (bw, bc, bu, bs), (aw, ac, au, as_) = rows(f)
        k = os.path.join(d, "kust-" + name + ".json")
        kust, ratio = "", ""
        if os.path.exists(k):
            kw, kc = rows(k)[0][:2]
            kust, ratio = f"{kw:.0f} / {kc:.0f}", f"{kw / aw:.1f}x / {kc / ac:.1f}x"
        print(f"| {name} | {bw:.1f} / {bc:.1f} ({bu:.1f} + {bs:.1f}) | {aw:.1f} / {ac:.1f} ({au:.1f} + {as_:.1f}) | {kust} | {ratio} |")
    p = os.path.join(d, "n1k-output")
    if os.path.exists(p):
        print("\nN=1,000 output before vs after:", open(p).read().strip())
    p = os.path.join(d, "n10k.txt")
    if os.path.exists(p):
        print("\nN=10,000:\n" + open(p).read())
    charts = sorted(glob.glob(os.path.join(d, "chart-*.json")))
    if charts:
        print("| chart | helm CPU ms | kforge before CPU ms | ratio | kforge after CPU ms | ratio | wall helm / before / after ms |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for f in charts:
            (hw, hc, _, _), (bw, bc, _, _), (aw, ac, _, _) = rows(f)
            print(f"| {os.path.basename(f)[6:-5]} | {hc:.1f} | {bc:.1f} | {hc / bc:.1f}x | {ac:.1f} | {hc / ac:.1f}x | {hw:.0f} / {bw:.1f} / {aw:.1f} |")
    for f in sorted(glob.glob(os.path.join(d, "md5-*.txt"))):
        sums = open(f).read().split()
        print(os.path.basename(f)[4:-4], "output equals kustomize's" if sums[0] == sums[2] else "OUTPUT DIFFERS from kustomize's")


if __name__ == "__main__":
    main()
