#!/usr/bin/env python3
"""Make a chart corpus for benchmarks and scripts/helm-diff.py: copy charts out of checkouts of
public chart repositories and vendor their dependencies into each chart's charts/ folder, from
the same checkouts (recursively), so `helm template` and `kforge template` render them offline.

Usage: scripts/chart-corpus.py --out DIR --from CHECKOUT_DIR... -- CHART_NAME...

Each --from folder is searched for chart folders (a Chart.yaml) one level down in itself and in
its bitnami/, charts/ and manifests/charts/ subfolders; the first folder with a chart of a name
wins. `file://` dependencies are left where the chart has them. A dependency found nowhere is
reported and the chart is kept (helm then fails on it too).

The benchmark set of docs/performance.md: checkouts of bitnami/charts, open-telemetry/
opentelemetry-helm-charts (+ the demo's dependencies: jaegertracing/helm-charts,
prometheus-community/helm-charts, grafana-community/helm-charts, opensearch-project/helm-charts)
and the charts flux kube-prometheus mastodon chainloop harbor milvus grafana-mimir
opentelemetry-demo.
"""
import argparse
import os
import re
import shutil
import sys


def find_charts(roots):
    index = {}
    for root in roots:
        for base in ("", "bitnami", "charts", "manifests/charts"):
            d = os.path.join(root, base)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                p = os.path.join(d, name)
                if os.path.isfile(os.path.join(p, "Chart.yaml")):
                    index.setdefault(name, p)
    return index


def dependencies(chart_dir):
    """(name, repository) of each dependency in Chart.yaml (or requirements.yaml)."""
    out = []
    for f in ("Chart.yaml", "requirements.yaml"):
        p = os.path.join(chart_dir, f)
        if not os.path.exists(p):
            continue
        text = open(p, encoding="utf-8").read()
        m = re.search(r"^dependencies:\s*$", text, re.M)
        if not m:
            continue
        cur = None
        for line in text[m.end():].splitlines():
            if line and not line[0].isspace() and not line.startswith("-"):
                break
            item = re.match(r"\s*-\s+(.*)$", line)
            if item:
                if cur:
                    out.append(cur)
                cur = {}
                line = " " + item.group(1)
            kv = re.match(r"\s*(name|repository):\s*['\"]?([^'\"#]*?)['\"]?\s*$", line)
            if kv and cur is not None:
                cur[kv.group(1)] = kv.group(2)
        if cur:
            out.append(cur)
    return [(d.get("name", ""), d.get("repository", "")) for d in out]


def vendor(chart_dir, index, missing):
    for name, repo in dependencies(chart_dir):
        if repo.startswith("file://"):
            sub = os.path.normpath(os.path.join(chart_dir, repo[len("file://"):]))
            if os.path.isdir(sub):
                vendor(sub, index, missing)
            continue
        target = os.path.join(chart_dir, "charts", name)
        if os.path.isdir(target):
            continue
        if name not in index:
            missing.append(f"{chart_dir}: dependency {name} ({repo}) not found")
            continue
        shutil.copytree(index[name], target)
        vendor(target, index, missing)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--from", dest="roots", nargs="+", required=True)
    ap.add_argument("charts", nargs="+")
    a = ap.parse_args()
    index = find_charts(a.roots)
    missing = []
    for name in a.charts:
        if name not in index:
            print(f"{name}: no such chart in the --from folders", file=sys.stderr)
            continue
        target = os.path.join(a.out, name)
        if os.path.isdir(target):
            shutil.rmtree(target)
        shutil.copytree(index[name], target)
        vendor(target, index, missing)
        print(f"{name}: {target}")
    for m in missing:
        print(m, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
