#!/usr/bin/env python3
"""Generate a chart with N subcharts for benchmarking `kforge images` and
`kforge localize --verify` (docs/performance.md).

usage: gen-images-bench-chart.py OUT_DIR [N_SUBCHARTS=20]
Each subchart is Bitnami-style (registry/repository/tag values, an images
annotation, a metrics sidecar that is off by default) and renders a
Deployment with two containers, an init container and an image in args.
"""
import os, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20
os.makedirs(os.path.join(out, "templates"), exist_ok=True)
deps = []
for i in range(n):
    name = f"svc{i:02d}"
    d = os.path.join(out, "charts", name)
    os.makedirs(os.path.join(d, "templates"), exist_ok=True)
    regs = ["docker.io", "quay.io", "gcr.io", "ghcr.io", "registry.k8s.io"]
    reg = regs[i % len(regs)]
    with open(os.path.join(d, "Chart.yaml"), "w") as f:
        f.write(f"""apiVersion: v2
name: {name}
version: 1.0.{i}
annotations:
  images: |
    - name: {name}
      image: {reg}/example/{name}:1.{i}.0
    - name: exporter
      image: quay.io/example/{name}-exporter:0.{i}.0
""")
    with open(os.path.join(d, "values.yaml"), "w") as f:
        f.write(f"""# values of {name}
image:
  registry: {reg}
  repository: example/{name}
  tag: 1.{i}.0
init:
  image: busybox:1.36
metrics:
  enabled: false
  image:
    registry: quay.io
    repository: example/{name}-exporter
    tag: 0.{i}.0
reloader: ghcr.io/example/reloader:v{i}
""")
    with open(os.path.join(d, "templates", "deployment.yaml"), "w") as f:
        f.write("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}-{{ .Chart.Name }}
spec:
  template:
    spec:
      initContainers:
      - name: init
        image: {{ .Values.init.image }}
      containers:
      - name: main
        image: "{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}"
        args: ["--reloader={{ .Values.reloader }}"]
      {{- if .Values.metrics.enabled }}
      - name: metrics
        image: "{{ .Values.metrics.image.registry }}/{{ .Values.metrics.image.repository }}:{{ .Values.metrics.image.tag }}"
      {{- end }}
""")
    deps.append(f"- name: {name}\n  version: 1.0.{i}\n  repository: https://charts.example.org/stable\n")
with open(os.path.join(out, "Chart.yaml"), "w") as f:
    f.write("apiVersion: v2\nname: umbrella\nversion: 1.0.0\ndependencies:\n" + "".join(deps))
with open(os.path.join(out, "values.yaml"), "w") as f:
    f.write("image: nginx:1.25\n")
with open(os.path.join(out, "templates", "web.yaml"), "w") as f:
    f.write("""apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: {{ .Values.image }}
""")
