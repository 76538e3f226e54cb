#!/usr/bin/env python3
"""Differential harness: kforge template vs helm template on real charts.

Usage:
  PATH=$HOME/.cache/kforge-oracles/bin:$PATH \
    python3 scripts/helm-diff.py [--kforge target/release/kforge] [--list FILE] [--verbose] CHART_DIR...

For every chart directory, renders the default values and each
ci/*-values.yaml with both tools (release name `rel`), then compares:
  identical  - same bytes
  masked     - same bytes once the lines that differ between two helm runs
               (random by design) are masked: each such line must still have
               the text both helm runs share before and after the random part
  same-docs  - same documents once parsed, values that are random by design
               masked (fields that differ between two helm runs: generated
               passwords, certificates, checksums of them)
  different  - both render, documents differ
  failing    - kforge fails where helm succeeds
Cases where helm itself fails are counted as `helm-fails` and skipped.
Prints a table, totals, and CPU time of both tools (user+sys of the child).
Needs python3-yaml.
"""
import argparse, difflib, glob, os, resource, subprocess, sys, time

import yaml


def run(cmd):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    return p.returncode, p.stdout, p.stderr.decode(errors="replace"), cpu, time.time() - t0


def docs(text):
    out = []
    src = None
    for d in text.decode(errors="replace").split("\n---\n"):
        d = d.lstrip("-\n")
        first = d.split("\n", 1)[0]
        if first.startswith("# Source: "):
            src = first[len("# Source: "):]
        try:
            v = yaml.safe_load(d)
        except Exception as e:
            v = {"__unparsable__": d}
        if v is not None:
            out.append((src, v))
    return out


def diff_paths(a, b, path="", out=None):
    if out is None:
        out = set()
    if type(a) != type(b):
        out.add(path)
    elif isinstance(a, dict):
        for k in set(a) | set(b):
            if k not in a or k not in b:
                out.add(f"{path}/{k}")
            else:
                diff_paths(a[k], b[k], f"{path}/{k}", out)
    elif isinstance(a, list):
        if len(a) != len(b):
            out.add(path)
        else:
            for i, (x, y) in enumerate(zip(a, b)):
                diff_paths(x, y, f"{path}/{i}", out)
    elif a != b:
        out.add(path)
    return out


def mask(v, paths, path=""):
    if path in paths:
        return "<random>"
    if isinstance(v, dict):
        return {k: mask(x, paths, f"{path}/{k}") for k, x in v.items()}
    if isinstance(v, list):
        return [mask(x, paths, f"{path}/{i}") for i, x in enumerate(v)]
    return v


def masked_identical(kf, h1, h2):
    """Same bytes apart from lines that differ between the two helm runs
    (and in those, the text both helm runs share around the random part)."""
    lk, l1, l2 = kf.split(b"\n"), h1.split(b"\n"), h2.split(b"\n")
    if not (len(lk) == len(l1) == len(l2)):
        return False
    for k, a, b in zip(lk, l1, l2):
        if a == b:
            if k != a:
                return False
            continue
        pre = os.path.commonprefix([a, b])
        suf = os.path.commonprefix([a[::-1], b[::-1]])[::-1]
        suf = suf[max(0, len(suf) - (min(len(a), len(b)) - len(pre))):]
        # The shared text may run into the random part by chance (two keys
        # both starting `MIIEo`): keep it only up to a separator.
        cut = max(pre.rfind(c) for c in (b" ", b":", b'"', b"'", b","))
        pre = pre[:cut + 1]
        firsts = [i for i in (suf.find(c) for c in (b" ", b":", b'"', b"'", b",")) if i >= 0]
        suf = suf[min(firsts):] if firsts else b""
        if not (k.startswith(pre) and k.endswith(suf)) or len(k) < len(pre) + len(suf):
            return False
    return True


def compare(kf, h1, h2):
    """-> (identical, masked_identical, same_docs, detail)"""
    if kf == h1:
        return True, True, True, ""
    masked = masked_identical(kf, h1, h2)
    dk, d1, d2 = docs(kf), docs(h1), docs(h2)
    if len(dk) != len(d1):
        return False, False, False, f"{len(dk)} documents vs helm {len(d1)}"
    random = []
    for (s1, a), (s2, b) in zip(d1, d2):
        random.append(diff_paths(a, b) if len(d1) == len(d2) else set())
    for i, ((sk, a), (s1, b)) in enumerate(zip(dk, d1)):
        if sk != s1 or mask(a, random[i]) != mask(b, random[i]):
            bad = sorted(diff_paths(mask(a, random[i]), mask(b, random[i])))[:3]
            return False, False, False, f"{s1}: {bad}"
    return False, masked, True, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kforge", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "kforge"))
    ap.add_argument("--list", help="file with one chart directory per line")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--diff", action="store_true", help="print a unified diff for differing cases")
    ap.add_argument("charts", nargs="*")
    a = ap.parse_args()
    charts = list(a.charts)
    if a.list:
        base = os.path.dirname(os.path.abspath(a.list))
        charts += [l.strip() if os.path.isabs(l.strip()) else os.path.join(base, "all", l.strip())
                   for l in open(a.list) if l.strip()]
    rows = []
    tot = dict(cases=0, identical=0, masked=0, same=0, different=0, failing=0, helmfail=0)
    cpu_k = cpu_h = 0.0
    for ch in charts:
        cases = [None] + sorted(glob.glob(os.path.join(ch, "ci", "*-values.yaml")))
        r = dict(chart=os.path.basename(ch.rstrip("/")), cases=0, identical=0, masked=0, same=0, different=0, failing=0, helmfail=0, kcpu=0.0, hcpu=0.0, docs=0, notes=[])
        for v in cases:
            extra = ["-f", v] if v else []
            hc, h1, he, hcpu, _ = run(["helm", "template", "rel", ch] + extra)
            if hc != 0:
                r["helmfail"] += 1
                if a.verbose:
                    r["notes"].append(f"helm fails ({os.path.basename(v) if v else 'default'}): {he.strip().splitlines()[0] if he.strip() else ''}")
                continue
            r["cases"] += 1
            kc, kf, ke, kcpu, _ = run([a.kforge, "template", "rel", ch] + extra)
            r["kcpu"] += kcpu
            r["hcpu"] += hcpu
            r["docs"] = max(r["docs"], h1.count(b"\n---\n") + 1)
            label = os.path.basename(v) if v else "default"
            if kc != 0:
                r["failing"] += 1
                r["notes"].append(f"{label}: kforge fails: {ke.strip().splitlines()[-1] if ke.strip() else ''}"[:300])
                continue
            _, h2, _, _, _ = run(["helm", "template", "rel", ch] + extra)
            ident, masked, same, detail = compare(kf, h1, h2)
            if ident:
                r["identical"] += 1
            elif masked:
                r["masked"] += 1
            elif same:
                r["same"] += 1
            else:
                r["different"] += 1
                r["notes"].append(f"{label}: differs: {detail}"[:300])
                if a.diff:
                    sys.stdout.writelines(difflib.unified_diff(h1.decode(errors="replace").splitlines(True), kf.decode(errors="replace").splitlines(True), "helm", "kforge", n=2))
        for k in tot:
            tot[k] += r[k]
        cpu_k += r["kcpu"]
        cpu_h += r["hcpu"]
        rows.append(r)
        print(f"{r['chart']:<45} cases {r['cases']:>2}  identical {r['identical']:>2}  masked {r['masked']:>2}  same-docs {r['same']:>2}  different {r['different']:>2}  failing {r['failing']:>2}  helm-fails {r['helmfail']:>2}  docs {r['docs']:>4}  cpu kforge {r['kcpu']*1000:7.0f} ms  helm {r['hcpu']*1000:7.0f} ms", flush=True)
        for n in r["notes"]:
            print("    " + n, flush=True)
    print()
    print("| charts | cases | identical | identical, random masked | same docs | different | failing | helm fails |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {len(rows)} | {tot['cases']} | {tot['identical']} | {tot['masked']} | {tot['same']} | {tot['different']} | {tot['failing']} | {tot['helmfail']} |")
    ok_charts = sum(1 for r in rows if r["cases"] and r["different"] == 0 and r["failing"] == 0)
    ident_charts = sum(1 for r in rows if r["cases"] and r["identical"] == r["cases"])
    print(f"\ncharts with every case rendering the same documents: {ok_charts}/{sum(1 for r in rows if r['cases'])}; byte-identical in every case: {ident_charts}")
    print(f"CPU time: kforge {cpu_k:.2f} s, helm {cpu_h:.2f} s (helm/kforge {cpu_h / cpu_k if cpu_k else 0:.1f}x)")


main()
