#!/usr/bin/env python3
"""Regenerate testdata/gotmpl/*.expected.json from the real `helm template`.

Each case in testdata/gotmpl/cases.txt starts with a line `### NAME` and its
template text follows (up to the next `###` line; the final newline is not
part of the snippet). Every snippet is rendered by helm v4 inside a
throwaway chart with testdata/gotmpl/values.yaml; the raw output of
`include` (before Helm strips `<no value>`) is recorded, or the error text.

Usage: PATH=$HOME/.cache/kforge-oracles/bin:$PATH python3 scripts/gotmpl-oracle.py
"""
import base64, json, os, re, shutil, subprocess, sys, tempfile

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
tdir = os.path.join(root, "testdata", "gotmpl")


def read_cases(path):
    cases, name, buf = [], None, []
    with open(path) as f:
        for line in f:
            if line.startswith("### "):
                if name:
                    cases.append((name, "".join(buf)[:-1] if buf else ""))
                name, buf = line[4:].strip(), []
            else:
                buf.append(line)
    if name:
        cases.append((name, "".join(buf)[:-1] if buf else ""))
    return cases


def chart(tmp, cases):
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "templates"))
    with open(os.path.join(tmp, "Chart.yaml"), "w") as f:
        f.write("apiVersion: v2\nname: oracle\nversion: 0.1.0\nappVersion: \"1.2.3\"\n")
    shutil.copy(os.path.join(tdir, "values.yaml"), os.path.join(tmp, "values.yaml"))
    shutil.copy(os.path.join(tdir, "helpers.tpl"), os.path.join(tmp, "templates", "_helpers.tpl"))
    with open(os.path.join(tmp, "templates", "_snips.tpl"), "w") as f:
        for i, (name, src) in enumerate(cases):
            f.write('{{- define "snip%d" -}}' % i + src + "{{- end -}}\n")
    with open(os.path.join(tmp, "templates", "out.yaml"), "w") as f:
        for i, _ in enumerate(cases):
            f.write('k%d: {{ include "snip%d" . | b64enc | quote }}\n' % (i, i))


def run(tmp):
    p = subprocess.run(["helm", "template", "rel", tmp], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def main():
    cases = read_cases(os.path.join(tdir, "cases.txt"))
    tmp = tempfile.mkdtemp()
    ch = os.path.join(tmp, "oracle")
    results = {}
    chart(ch, cases)
    rc, out, err = run(ch)
    todo = list(range(len(cases)))
    if rc == 0:
        for m in re.finditer(r'^k(\d+): "(.*)"$', out, re.M):
            results[cases[int(m.group(1))][0]] = {"out": base64.b64decode(m.group(2)).decode()}
        todo = []
    for i in todo:
        chart(ch, [cases[i]])
        rc, out, err = run(ch)
        if rc == 0:
            m = re.search(r'^k0: "(.*)"$', out, re.M)
            results[cases[i][0]] = {"out": base64.b64decode(m.group(1)).decode()}
        else:
            e = err.strip()
            e = e.removeprefix("Error: ")
            results[cases[i][0]] = {"err": e}
    shutil.rmtree(tmp)
    with open(os.path.join(tdir, "cases.expected.json"), "w") as f:
        json.dump(results, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(f"{len(results)} cases", file=sys.stderr)


main()
