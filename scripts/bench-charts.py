#!/usr/bin/env python3
"""Chart rendering speed: kforge (minijinja) against `helm template` (Go
templates) on the same charts, in one run.

Charts: the starter chart (`kforge chart create` / `helm create`) and a
200-template chart (the starter with its Deployment template copied 200
times, each object renamed). Each chart is rendered with the same release
name and values by both tools; outputs are compared (Release.Service aside)
before timing. kforge also renders helm's own (Go-template) chart natively
("kforge gotmpl" columns), which must print exactly what helm prints. Times are medians of N runs of the whole process: CPU time (user +
system, what the work costs; steady on a shared machine) and wall time.

Usage: scripts/bench-charts.py [--kforge target/release/kforge]
       [--helm helm] [--runs 11]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd, cwd):
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def timed(cmd, cwd, runs):
    """(median wall time, median CPU time: user + system) of the process."""
    wall, cpu = [], []
    for _ in range(runs):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
        wall.append(time.perf_counter() - t)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
    return statistics.median(wall), statistics.median(cpu)


def widen(chart_dir, n, kforge):
    """Copy the Deployment template n times, renaming each object."""
    src = os.path.join(chart_dir, "templates", "deployment.yaml")
    text = open(src).read()
    for i in range(n):
        if kforge:
            t = text.replace('name: {{ include("fullname", ctx) }}', 'name: {{ include("fullname", ctx) }}-%03d' % i, 1)
        else:
            t = text.replace('name: {{ include "demo.fullname" . }}', 'name: {{ include "demo.fullname" . }}-%03d' % i, 1)
        open(os.path.join(chart_dir, "templates", "deployment-%03d.yaml" % i), "w").write(t)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kforge", default="target/release/kforge")
    ap.add_argument("--helm", default=shutil.which("helm") or "helm")
    ap.add_argument("--runs", type=int, default=11)
    a = ap.parse_args()
    kforge = os.path.abspath(a.kforge)
    tmp = tempfile.mkdtemp(prefix="kforge-bench-charts-")
    try:
        rows = []
        for label, n in [("starter chart (helm create)", 0), ("200-template chart", 200)]:
            kd = os.path.join(tmp, "k%d" % n)
            hd = os.path.join(tmp, "h%d" % n)
            os.makedirs(kd)
            os.makedirs(hd)
            run([kforge, "chart", "create", "demo"], kd)
            run([a.helm, "create", "demo"], hd)
            if n:
                widen(os.path.join(kd, "demo"), n, True)
                widen(os.path.join(hd, "demo"), n, False)
            args = ["template", "rel", "demo", "--set", "ingress.enabled=true,autoscaling.enabled=true"]
            ko = run([kforge] + args, kd)
            ho = run([a.helm] + args, hd).replace("managed-by: Helm", "managed-by: kforge")
            same = "identical" if ko == ho else "DIFFERENT"
            docs = ko.count("\n---\n") + 1
            go = run([kforge] + args, hd)
            go_same = "identical" if go == run([a.helm] + args, hd) else "DIFFERENT"
            th = timed([a.helm] + args, hd, a.runs)
            tk = timed([kforge] + args, kd, a.runs)
            tg = timed([kforge] + args, hd, a.runs)
            rows.append((label, n + 10, docs, th, tk, same, tg, go_same))
        print("| chart | templates | documents | helm CPU | kforge CPU | CPU ratio | helm wall | kforge wall | wall ratio | output "
              "| kforge gotmpl CPU | CPU ratio | output |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|")
        for label, nt, docs, th, tk, same, tg, go_same in rows:
            print("| %s | %d | %d | %.1f ms | %.1f ms | %.0fx | %.1f ms | %.1f ms | %.0fx | %s | %.1f ms | %.0fx | %s |" % (
                label, nt, docs, th[1] * 1000, tk[1] * 1000, th[1] / max(tk[1], 1e-6),
                th[0] * 1000, tk[0] * 1000, th[0] / tk[0], same,
                tg[1] * 1000, th[1] / max(tg[1], 1e-6), go_same))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
