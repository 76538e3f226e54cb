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

With --charts DIR..., times Helm charts instead (issue 11): each chart's
default values rendered by helm and by kforge (natively), outputs checked
to have the same number of documents. With --before OLD_KFORGE, an older
kforge binary is timed too (columns "before"). Runs of the tools alternate,
so a change in machine load hits all of them alike; the load average
(/proc/loadavg, 1 minute) is printed before and after. The kforge binaries
are copied into a temporary directory first, so each runs from a file
written the same way (a file written by the linker and one written by `cp`
can take different numbers of page faults to start: ~0.3 ms).

Usage: scripts/bench-charts.py [--kforge target/release/kforge]
       [--helm helm] [--runs 11] [--before OLD_KFORGE] [--charts DIR...]
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


def timed_many(cmds, cwd, runs):
    """Like `timed` for several commands, their runs interleaved."""
    res = [([], []) for _ in cmds]
    for _ in range(runs):
        for (wall, cpu), cmd in zip(res, cmds):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
            wall.append(time.perf_counter() - t)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime))
    return [(statistics.median(w), statistics.median(c)) for w, c in res]


def loadavg():
    try:
        return open("/proc/loadavg").read().split()[0]
    except OSError:
        return "?"


def helm_charts(a, kforge):
    """Issue 11: Helm charts, helm vs kforge (and an older kforge)."""
    print("load average before: %s" % loadavg())
    before = os.path.abspath(a.before) if a.before else None
    head = "| chart | documents | helm CPU |"
    if before:
        head += " kforge before | ratio before |"
    head += " kforge CPU | ratio |"
    print(head)
    print("|---" * (head.count("|") - 1) + "|")
    for ch in a.charts:
        args = ["template", "rel", os.path.abspath(ch)]
        ho = run([a.helm] + args, None)
        ko = run([kforge] + args, None)
        docs = ho.count("\n---\n") + 1
        if ko.count("\n---\n") + 1 != docs:
            print("| %s | %d | kforge prints %d documents |" % (os.path.basename(ch), docs, ko.count("\n---\n") + 1))
            continue
        cmds = [[a.helm] + args, [kforge] + args] + ([[before] + args] if before else [])
        t = timed_many(cmds, None, a.runs)
        row = "| %s | %d | %.0f ms |" % (os.path.basename(ch.rstrip("/")), docs, t[0][1] * 1000)
        if before:
            row += " %.0f ms | %.1fx |" % (t[2][1] * 1000, t[0][1] / max(t[2][1], 1e-6))
        row += " %.0f ms | %.1fx |" % (t[1][1] * 1000, t[0][1] / max(t[1][1], 1e-6))
        print(row, flush=True)
    print("load average after: %s" % loadavg())


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
    ap.add_argument("--before", help="an older kforge binary to time as well")
    ap.add_argument("--charts", nargs="*", help="Helm chart directories (issue 11 table)")
    a = ap.parse_args()
    bins = tempfile.mkdtemp(prefix="kforge-bench-bins-")
    try:
        kforge = os.path.join(bins, "kforge")
        shutil.copyfile(os.path.abspath(a.kforge), kforge)
        os.chmod(kforge, 0o755)
        if a.before:
            before = os.path.join(bins, "before", "kforge")
            os.makedirs(os.path.dirname(before))
            shutil.copyfile(os.path.abspath(a.before), before)
            os.chmod(before, 0o755)
            a.before = before
        if a.charts:
            return helm_charts(a, kforge)
        return starter_charts(a, kforge)
    finally:
        shutil.rmtree(bins, ignore_errors=True)


def starter_charts(a, kforge):
    print("load average before: %s" % loadavg())
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
            before = os.path.abspath(a.before) if a.before else None
            # interleaved: helm, kforge (minijinja), kforge (Go templates)
            # [, before (minijinja), before (Go templates)]
            cmds = [([a.helm] + args, hd), ([kforge] + args, kd), ([kforge] + args, hd)]
            if before:
                cmds += [([before] + args, kd), ([before] + args, hd)]
            res = [([], []) for _ in cmds]
            for _ in range(a.runs):
                for (wall, cpu), (cmd, cwd) in zip(res, cmds):
                    t = timed(cmd, cwd, 1)
                    wall.append(t[0])
                    cpu.append(t[1])
            t = [(statistics.median(w), statistics.median(c)) for w, c in res]
            rows.append((label, n + 10, docs, t, same, go_same))
        cols = "| chart | templates | documents | helm CPU |"
        if a.before:
            cols += " kforge before | ratio |"
        cols += " kforge CPU | ratio | helm wall | kforge wall | ratio | output |"
        if a.before:
            cols += " gotmpl before | ratio |"
        cols += " kforge gotmpl CPU | ratio | output |"
        print(cols)
        print("|---|---:|---:" + "|---:" * (cols.count("|") - 4) + "|")
        for label, nt, docs, t, same, go_same in rows:
            h = t[0][1]
            r = "| %s | %d | %d | %.1f ms |" % (label, nt, docs, h * 1000)
            if a.before:
                r += " %.1f ms | %.1fx |" % (t[3][1] * 1000, h / max(t[3][1], 1e-6))
            r += " %.1f ms | %.1fx | %.1f ms | %.1f ms | %.1fx | %s |" % (
                t[1][1] * 1000, h / max(t[1][1], 1e-6), t[0][0] * 1000, t[1][0] * 1000,
                t[0][0] / max(t[1][0], 1e-6), same)
            if a.before:
                r += " %.1f ms | %.1fx |" % (t[4][1] * 1000, h / max(t[4][1], 1e-6))
            r += " %.1f ms | %.1fx | %s |" % (t[2][1] * 1000, h / max(t[2][1], 1e-6), go_same)
            print(r)
        print("load average after: %s" % loadavg())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
