#!/usr/bin/env python3
"""Differential fuzzer: random kustomization trees built by kforge and by
`kubectl kustomize` (kustomize v5.7.1); every difference is reported.

usage: scripts/fuzz-kustomize.py [--trees N] [--seed S] [--bin PATH]
                                 [--kubectl kubectl] [--keep DIR] [--minutes M]
       scripts/fuzz-kustomize.py --recheck DIR [--bin PATH]

Each tree is a base (a few resources written in varied YAML styles: quoted,
folded and literal scalars, flow collections, empty values, odd annotation
scalars, ports lists) and an overlay using a random subset of namespace,
namePrefix/nameSuffix, labels, commonAnnotations, images, replicas,
configMapGenerator, strategic merge patches (with $patch directives and
null/empty values) and JSON 6902 patches (every op, missing paths, `-` and
negative indexes) and replacements (delimiters, indexes, create). A tree
passes when both tools fail, or both succeed with the same bytes. Differing
trees are copied to --keep (default /tmp/kforge-fuzz-diffs) with both
outputs and kustomize's exit status. Deterministic for a seed.

--recheck DIR builds every kept tree under DIR again with --bin (a newer
kforge) and compares with the kept kustomize output: prints how many are
fixed, and one line per tree left with the start of its difference.
CPU is shared: run it under `nice -n 19`.
"""
import argparse, os, random, shutil, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SCALARS = ["x", "'quoted'", '"dq"', "yes", "0x10", "1.0e3", "012", "~", "null", "", "true", "-1",
           "+1", "1_000", "0o17", ".443", "True", "2024-01-01", "1.", "-0",
           "'multi\n      line'", "a --- b", "{a: }", "[1, , 2]"[:0] or "[1, 2]", "'it''s'", '"esc\\n"']
BLOCKS = ["|\n      line one\n      line two\n", "|-\n      stripped\n", ">\n      folded\n        more\n      back\n",
          ">-\n      a\n      b\n", "|+\n      keep\n\n"]


def scalar(r):
    if r.random() < 0.15:
        return r.choice(BLOCKS)
    return r.choice(SCALARS)


def configmap(r, name):
    data = "".join(f"  k{i}: {scalar(r)}\n" for i in range(r.randint(0, 4)))
    annos = "".join(f"    a{i}: {r.choice(SCALARS)}\n" for i in range(r.randint(0, 3)))
    return (f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n"
            + (f"  annotations:\n{annos}" if annos else "")
            + (f"data:\n{data}" if data else ""))


def deployment(r, name):
    ports = ""
    for _ in range(r.randint(0, 3)):
        ports += f"        - containerPort: {r.choice([80, 443, 9443, 53])}\n"
        if r.random() < 0.6:
            ports += f"          protocol: {r.choice(['TCP', 'UDP'])}\n"
        if r.random() < 0.5:
            ports += f"          name: p{r.randint(0, 9)}\n"
    sel = r.choice(["  selector:\n    matchLabels:\n      app: x\n", "  selector:\n    matchLabels:\n", ""])
    extra = r.choice(["", "        resources:\n", "        env: []\n", "        args: [a, b, c]\n"])
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n"
            f"  replicas: {r.randint(1, 3)}\n{sel}  template:\n    metadata:\n      labels:\n        app: x\n"
            f"    spec:\n      containers:\n      - name: c\n        image: nginx:1.{r.randint(0, 9)}\n{extra}"
            + (f"        ports:\n{ports}" if ports else "")
            + r.choice(["", "      volumes:\n      - name: v\n        configMap:\n          name: cm0\n"]))


def service(r, name):
    return (f"apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\nspec:\n  selector:\n    app: x\n"
            f"  ports:\n  - port: {r.choice([80, 443])}\n" + r.choice(["", "    protocol: UDP\n"]))


def other(r, name):
    av, kind = r.choice([("flowcontrol.apiserver.k8s.io/v1", "FlowSchema"),
                         ("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"),
                         ("rbac.authorization.k8s.io/v1", "ClusterRole"),
                         ("example.com/v1", "Widget"), ("v1", "Namespace")])
    return f"apiVersion: {av}\nkind: {kind}\nmetadata:\n  name: {name}\nspec:\n  value: {scalar(r)}\n"


# Paths that exist in every generated resource of a kind (so most operations
# apply), and paths whose parent exists (so `add` applies).
EXISTING = {
    "Deployment": ["/spec/replicas", "/metadata/name", "/spec/template/spec/containers/0/image",
                   "/spec/template/spec/containers/0/name", "/spec/template/metadata/labels/app",
                   "/spec/template/spec/containers/0"],
    "ConfigMap": ["/metadata/name", "/metadata"],
    "Service": ["/spec/ports/0/port", "/spec/selector/app", "/spec/ports/0", "/spec/selector"],
    "Other": ["/spec/value", "/metadata/name", "/spec"],
}
ADDABLE = {
    "Deployment": ["/spec/replicas", "/metadata/namespace", "/metadata/labels", "/spec/extra",
                   "/spec/template/spec/containers/0/args", "/spec/template/spec/containers/-",
                   "/spec/template/spec/containers/0/env", "/spec/template/metadata/labels/new"],
    "ConfigMap": ["/metadata/namespace", "/metadata/labels", "/data", "/binaryData"],
    "Service": ["/spec/ports/-", "/spec/ports/0", "/spec/selector/extra", "/spec/type", "/metadata/labels"],
    "Other": ["/spec/extra", "/spec/value", "/metadata/annotations", "/metadata/labels"],
}
WILD = ["/spec/replicas", "/spec/missing", "/metadata/namespace", "/spec/template/spec/containers/0/args/-",
        "/spec/template/spec/containers/0/args/-1", "/spec/template/spec/containers/-1/image",
        "/metadata/labels/new", "/spec/template/spec/containers/0/ports/0", "/data/k0", "/spec/a/b"]
VALUES = ["1", "x", "'1.0e3'", "1.0e3", "[a]", "{k: v}", "{name: d, image: busybox}", "null", "''", "[]", "{}"]


def json_op(r, kind="Deployment"):
    """One JSON 6902 operation; nine in ten apply to the resource of `kind`."""
    op = r.choice(["add", "add", "replace", "replace", "remove", "copy", "move", "test"])
    wild = r.random() < 0.1
    if wild:
        path = r.choice(WILD)
    elif op == "add":
        path = r.choice(ADDABLE[kind])
    elif op in ("copy", "move"):
        path = r.choice(ADDABLE[kind])
    else:
        path = r.choice(EXISTING[kind])
        if op == "remove" and path in ("/metadata/name",):
            path = EXISTING[kind][0]
    s = f"- op: {op}\n  path: {path}\n"
    if op in ("copy", "move"):
        src = r.choice(WILD if wild else [x for x in EXISTING[kind]
                                          if x != "/metadata/name" and not path.startswith(x + "/")]
                       or EXISTING[kind])
        s += f"  from: {src}\n"
    elif op == "test":
        known = {"Deployment": ("/spec/template/spec/containers/0/name", "c"),
                 "Service": ("/spec/selector/app", "x"), "ConfigMap": ("/metadata", "{}"),
                 "Other": ("/spec/value", "x")}[kind]
        if not wild:
            s = f"- op: test\n  path: {known[0]}\n"
        s += f"  value: {r.choice(VALUES) if wild else known[1]}\n"
    elif op != "remove" and (wild or r.random() < 0.97):
        v = r.choice(VALUES)
        if path.endswith("/-") and path.count("containers"):
            v = "{name: d, image: busybox}"
        s += f"  value: {v}\n"
    return s


def smp_patch(r, kind, name):
    if kind == "Deployment":
        body = r.choice([
            "spec:\n  replicas: 5\n",
            "spec:\n  selector:\n    matchLabels:\n",
            "spec:\n  template:\n    spec:\n      containers:\n      - name: c\n        ports:\n"
            f"        - containerPort: {r.choice([80, 9443])}\n" + r.choice(["", "          protocol: TCP\n"])
            + r.choice(["          $patch: delete\n", "          name: patched\n"]),
            "spec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: busybox\n        env: null\n",
            "metadata:\n  annotations:\n    new: v\n",
        ])
        return f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n{body}"
    return f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  k0: {r.choice(['patched', 'null', ''])}\n"


def replacements(r, res):
    """A `replacements` entry from one generated resource into others."""
    kind, name = r.choice(res)
    src = {"Deployment": ["spec.template.spec.containers.0.image", "metadata.name", "spec.replicas"],
           "ConfigMap": ["metadata.name", "metadata.namespace", "data.k0"],
           "Service": ["metadata.name", "spec.ports.0.port", "metadata.namespace"],
           "Other": ["metadata.name", "spec.value", "metadata.namespace"]}[kind]
    s = f"replacements:\n- source:\n    kind: {kind if kind != 'Other' else r.choice(['Widget', 'FlowSchema'])}\n"
    if r.random() < 0.7:
        s += f"    name: {name}\n"
    s += f"    fieldPath: {r.choice(src)}\n"
    if r.random() < 0.4:
        s += f"    options:\n      delimiter: '{r.choice(['/', ':', '.', '-'])}'\n      index: {r.choice([0, 1, -1, 3])}\n"
    s += "  targets:\n"
    for _ in range(r.randint(1, 2)):
        tk = r.choice(["Deployment", "ConfigMap", "Service", "Widget"])
        s += f"  - select:\n      kind: {tk}\n"
        if r.random() < 0.15:
            s += "      labelSelector: app=x\n"
        if r.random() < 0.3:
            s += "    reject:\n    - " + r.choice(["name: nothing", "labelSelector: team=a", "kind: Service"]) + "\n"
        fp = r.choice(["metadata.annotations.[inject-ca-from]", "metadata.annotations.ref",
                       "spec.template.spec.containers.0.image", "metadata.labels.app", "data.k1",
                       "spec.template.spec.containers.[name=c].env.[name=X].value", "spec.selector.app"])
        s += f"    fieldPaths:\n    - {fp}\n"
        if r.random() < 0.5:
            s += "    options:\n"
            if r.random() < 0.6:
                s += f"      delimiter: '{r.choice(['/', ':', '.'])}'\n      index: {r.choice([0, 1, -1, 2])}\n"
            if r.random() < 0.5:
                s += "      create: true\n"
    return s


def base2(r, d, res):
    """A second base reusing the first one's names under its own prefix or
    suffix, with name references inside it (a Deployment mounting `cm0`,
    a Service account, an env ref) and sometimes a generator."""
    b = os.path.join(d, "base2")
    os.makedirs(b)
    aff = r.choice(["namePrefix: b2-\n", "nameSuffix: -b2\n", "namePrefix: b2-\nnameSuffix: -x\n"])
    files = {"cm.yaml": configmap(r, "cm0"),
             "dep.yaml": ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: deployment1\n  labels:\n"
                          "    app: y\nspec:\n  selector:\n    matchLabels:\n      app: y\n  template:\n    metadata:\n"
                          "      labels:\n        app: y\n    spec:\n      serviceAccountName: sa\n      containers:\n"
                          "      - name: c\n        image: nginx:1.0\n        envFrom:\n        - configMapRef:\n"
                          "            name: cm0\n        env:\n        - name: X\n          valueFrom:\n"
                          "            secretKeyRef:\n              name: sec\n              key: k\n      volumes:\n"
                          "      - name: v\n        configMap:\n          name: cm0\n"),
             "sa.yaml": "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa\n"}
    for fn, text in files.items():
        with open(os.path.join(b, fn), "w") as f:
            f.write(text)
    k = "resources:\n" + "".join(f"- {fn}\n" for fn in files) + aff
    k += "secretGenerator:\n- name: sec\n  literals:\n  - k=v\n"
    if r.random() < 0.5:
        k += "configMapGenerator:\n- name: gen\n  literals:\n  - a=b\n"
    with open(os.path.join(b, "kustomization.yaml"), "w") as f:
        f.write(k)
    res += [("ConfigMap", "cm0"), ("Deployment", "deployment1")]


def component(r, d, res, base_gen):
    """A Component the overlay includes: patches, labels, images or a
    replacement of its own, applied at the overlay's level."""
    c = os.path.join(d, "comp")
    os.makedirs(c)
    k = ["apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"]
    kind, name = r.choice(res)
    if kind == "Deployment" and r.random() < 0.6:
        with open(os.path.join(c, "p.yaml"), "w") as f:
            f.write(smp_patch(r, kind, name))
        k.append("patches:\n- path: p.yaml\n")
    else:
        with open(os.path.join(c, "j.yaml"), "w") as f:
            f.write(json_op(r, kind))
        k.append(f"patches:\n- path: j.yaml\n  target:\n    kind: {kind if kind != 'Other' else 'Widget'}\n")
    if r.random() < 0.4:
        k.append("labels:\n- pairs:\n    comp: c\n  includeTemplates: true\n")
    if r.random() < 0.3:
        k.append("images:\n- name: nginx\n  newName: registry.example.com/nginx\n")
    if base_gen and r.random() < 0.4:
        k.append("configMapGenerator:\n- name: gen\n  behavior: merge\n  literals:\n  - fromcomp=1\n")
    if r.random() < 0.3:
        k.append(replacements(r, res))
    with open(os.path.join(c, "kustomization.yaml"), "w") as f:
        f.write("".join(k))


def selector(r):
    """A patch target beyond kind: labels, annotations, name regexes."""
    return r.choice([
        "    labelSelector: app=x\n", "    labelSelector: app in (x, y)\n", "    labelSelector: '!team'\n",
        "    annotationSelector: a0\n", "    name: deployment.*\n", "    name: cm0|configmap1\n",
        "    kind: Deploy.*\n", "    namespace: team\n", "    group: apps\n    version: v1\n",
    ])


def generators(r, base_has_gen):
    """configMapGenerator / secretGenerator entries with behaviors and options."""
    out = []
    opts = r.choice(["", "  options:\n    disableNameSuffixHash: true\n",
                     "  options:\n    labels:\n      gl: v\n    annotations:\n      ga: '1'\n"])
    beh = r.choice(["merge", "replace"]) if base_has_gen and r.random() < 0.6 else ""
    lits = "".join(f"  - {k}={v}\n" for k, v in r.sample([("a", "b"), ("c", "0x10"), ("d", "yes"), ("e", "1.0e3"),
                                                         ("f", "'q'"), ("g", "")], r.randint(1, 3)))
    out.append("configMapGenerator:\n- name: gen\n" + (f"  behavior: {beh}\n" if beh else "")
               + f"  literals:\n{lits}" + opts)
    if r.random() < 0.4:
        out.append("secretGenerator:\n- name: s\n  type: " + r.choice(["Opaque", "kubernetes.io/tls"])
                   + "\n  literals:\n  - tls.crt=abc\n  - tls.key=def\n")
    return out


def vars_(r, res):
    """Legacy `vars:` with a `$(VAR)` use in a Deployment's args."""
    deps = [n for k, n in res if k == "Deployment"]
    if not deps:
        return ""
    src_kind, src_name = r.choice(res)
    api = {"ConfigMap": "v1", "Service": "v1", "Deployment": "apps/v1"}.get(src_kind)
    if not api:
        return ""
    fp = r.choice(["metadata.name", "metadata.namespace", "spec.replicas", "data.k0", "spec.ports[0].port"])
    return (f"vars:\n- name: V\n  objref:\n    kind: {src_kind}\n    name: {src_name}\n    apiVersion: {api}\n"
            + (f"  fieldref:\n    fieldpath: {fp}\n" if r.random() < 0.8 else ""))


def make_tree(r, d):
    base = os.path.join(d, "base")
    os.makedirs(base)
    res, files = [], []
    for i in range(r.randint(1, 4)):
        kind = r.choice(["ConfigMap", "Deployment", "Service", "Other"])
        name = f"{kind.lower()}{i}"
        text = {"ConfigMap": configmap, "Deployment": deployment, "Service": service, "Other": other}[kind](r, name)
        if kind == "ConfigMap" and i == 0:
            name = "cm0"
            text = configmap(r, "cm0")
        res.append((kind, name))
        fn = f"r{i}.yaml"
        files.append(fn)
        with open(os.path.join(base, fn), "w") as f:
            f.write(text)
    base_gen = r.random() < 0.3
    with open(os.path.join(base, "kustomization.yaml"), "w") as f:
        f.write("resources:\n" + "".join(f"- {x}\n" for x in files)
                + ("configMapGenerator:\n- name: gen\n  literals:\n  - a=base\n  - k=0x10\n" if base_gen else ""))
    k = ["resources:\n- base\n"]
    if r.random() < 0.25:
        base2(r, d, res)
        k = ["resources:\n- base\n- base2\n"]
    if r.random() < 0.2:
        component(r, d, res, base_gen)
        k.append("components:\n- comp\n")
    if r.random() < 0.4:
        k.append(f"namespace: {r.choice(['team', 'other'])}\n")
    if r.random() < 0.3:
        k.append("namePrefix: p-\n")
    if r.random() < 0.3:
        k.append("nameSuffix: -s\n")
    if r.random() < 0.3:
        k.append("labels:\n- pairs:\n    team: a\n  includeSelectors: " + r.choice(["true", "false"]) + "\n"
                 + r.choice(["", "  includeTemplates: true\n", "  fields:\n  - path: spec/selector\n    kind: Service\n    create: true\n"]))
    elif r.random() < 0.15:
        k.append("commonLabels:\n  team: " + r.choice(["a", "'1'", "'true'"]) + "\n")
    if r.random() < 0.3:
        k.append("commonAnnotations:\n  note: " + r.choice(["x", "'yes'", '"1"', "a b"]) + "\n")
    if r.random() < 0.2:
        k.append("images:\n- name: nginx\n" + r.choice([
            "  newTag: '2.0'\n", "  newName: quay.io/nginx\n", "  digest: sha256:" + "a" * 64 + "\n",
            "  newName: quay.io/nginx\n  newTag: v1\n", "  newTag: '1.0e3'\n"]))
    if r.random() < 0.25:
        k.extend(generators(r, base_gen))
    deps = [n for kd, n in res if kd == "Deployment"]
    if deps and r.random() < 0.15:
        k.append(f"replicas:\n- name: {r.choice(deps)}\n  count: {r.choice([0, 5, 10])}\n")
    if r.random() < 0.1:
        k.append(vars_(r, res))
    if r.random() < 0.15:
        k.append(r.choice(["sortOptions:\n  order: fifo\n",
                           "sortOptions:\n  order: legacy\n  legacySortOptions:\n    orderFirst:\n    - Service\n"
                           "    orderLast:\n    - ConfigMap\n"]))
    if r.random() < 0.1:
        k.append("buildMetadata: [" + r.choice(["originAnnotations", "transformerAnnotations", "managedByLabel",
                                                "originAnnotations, transformerAnnotations"]) + "]\n")
    if r.random() < 0.25:
        k.append(replacements(r, res))
    patches = []
    for j in range(r.randint(0, 3)):
        kind, name = r.choice(res)
        if r.random() < 0.5 and kind in ("Deployment", "ConfigMap"):
            fn = f"smp{j}.yaml"
            with open(os.path.join(d, fn), "w") as f:
                f.write(smp_patch(r, kind, name))
            patches.append(f"- path: {fn}\n")
        else:
            fn = f"json{j}.yaml"
            with open(os.path.join(d, fn), "w") as f:
                f.write("".join(json_op(r, kind) for _ in range(r.choice([1, 1, 2]))))
            if r.random() < 0.25:
                patches.append(f"- path: {fn}\n  target:\n{selector(r)}")
            else:
                patches.append(f"- path: {fn}\n  target:\n    kind: {kind if kind != 'Other' else 'Widget'}\n")
    if patches:
        k.append("patches:\n" + "".join(patches))
    r.shuffle(k)
    with open(os.path.join(d, "kustomization.yaml"), "w") as f:
        f.write("".join(k))


def run(argv):
    try:
        p = subprocess.run(argv, capture_output=True, timeout=60)
        return p.returncode, p.stdout
    except subprocess.TimeoutExpired:
        return -1, b"timeout"


def recheck(keep, binary):
    """Kept trees against a newer kforge: how many now agree with kustomize."""
    import difflib
    fixed, left = 0, []
    for t in sorted(os.listdir(keep)):
        d = os.path.join(keep, t)
        if not os.path.isfile(os.path.join(d, "kustomize.out")):
            continue
        kout = open(os.path.join(d, "kustomize.out"), "rb").read()
        rcf = os.path.join(d, "kustomize.rc")
        # trees kept before the status was recorded: no output means failure
        krc = int(open(rcf).read()) if os.path.isfile(rcf) else (0 if kout else 1)
        frc, fout = run([binary, "build", d])
        if (krc != 0 and frc != 0) or (krc == 0 and frc == 0 and fout == kout):
            fixed += 1
            continue
        if krc != 0:
            sig = "kforge builds what kustomize refuses"
        elif frc != 0:
            sig = "kforge fails"
        else:
            lines = difflib.unified_diff(kout.decode(errors="replace").splitlines(),
                                         fout.decode(errors="replace").splitlines(), lineterm="", n=0)
            sig = " | ".join(x for x in lines if x[:1] in "+-" and x[:3] not in ("+++", "---"))[:160]
        left.append((t, sig))
    for t, sig in left:
        print(f"{t}: {sig}")
    print(f"kept trees: {fixed + len(left)}; fixed: {fixed}; left: {len(left)}")
    return 1 if left else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trees", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "kforge"))
    ap.add_argument("--kubectl", default="kubectl")
    ap.add_argument("--keep", default="/tmp/kforge-fuzz-diffs")
    ap.add_argument("--minutes", type=float, default=0, help="stop after this long (0: no limit)")
    ap.add_argument("--recheck", metavar="DIR", help="build the trees kept in DIR again with --bin")
    a = ap.parse_args()
    if a.recheck:
        return recheck(a.recheck, a.bin)
    os.makedirs(a.keep, exist_ok=True)
    start = time.time()
    n = same = both_fail = differ = 0
    with tempfile.TemporaryDirectory(prefix="kforge-fuzz-") as tmp:
        for i in range(a.trees):
            if a.minutes and time.time() - start > a.minutes * 60:
                break
            r = random.Random(a.seed * 1_000_003 + i)
            d = os.path.join(tmp, f"t{i}")
            make_tree(r, d)
            krc, kout = run([a.kubectl, "kustomize", d])
            frc, fout = run([a.bin, "build", d])
            n += 1
            if krc != 0 and frc != 0:
                both_fail += 1
            elif krc == 0 and frc == 0 and kout == fout:
                same += 1
            else:
                differ += 1
                keep = os.path.join(a.keep, f"seed{a.seed}-t{i}")
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(d, keep)
                open(os.path.join(keep, "kustomize.out"), "wb").write(kout)
                open(os.path.join(keep, "kforge.out"), "wb").write(fout)
                open(os.path.join(keep, "kustomize.rc"), "w").write(f"{krc}\n")
                print(f"DIFF tree {i}: kustomize rc={krc} kforge rc={frc} -> {keep}", flush=True)
            shutil.rmtree(d, ignore_errors=True)
            if n % 100 == 0:
                print(f"{n} trees: {same} same, {both_fail} both fail, {differ} differ", flush=True)
    print(f"trees: {n}; identical: {same}; both fail: {both_fail}; different: {differ}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
