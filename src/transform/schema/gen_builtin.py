#!/usr/bin/env python3
"""Generate builtin.txt: the strategic-merge schema kustomize v5 uses (its
embedded Kubernetes v1.21.2 OpenAPI), reduced to what merging needs.

Input: k8s-patch-strategies.json (Kubernetes v1.37 definitions plus a
`kustomizeBuiltin` section listing where kustomize's v1.21.2 schema differs).

    python3 gen_builtin.py /path/to/k8s-patch-strategies.json > builtin.txt

Output lines (definition names lose the `io.k8s.` prefix):
    K <apiVersion>/<kind> <definition>       a kind's root definition
    D <definition>                            starts a definition
    F <field> <O|L|M> <ref|-> <strategy|-> <mergeKeys,..|->
        O = object/scalar, L = list (ref is the item), M = map (ref is the value)
Only definitions and fields from which some patch strategy is reachable are
kept: anything else merges the same way with or without a schema.
"""
import json
import sys

# Group/versions served by Kubernetes v1.21 (kustomize's built-in schema).
GV_1_21 = {
    "v1", "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1", "apiregistration.k8s.io/v1",
    "apiregistration.k8s.io/v1beta1", "apps/v1", "authentication.k8s.io/v1",
    "authentication.k8s.io/v1beta1", "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
    "autoscaling/v1", "autoscaling/v2beta1", "autoscaling/v2beta2", "batch/v1", "batch/v1beta1",
    "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "coordination.k8s.io/v1",
    "coordination.k8s.io/v1beta1", "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1", "events.k8s.io/v1beta1", "extensions/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1alpha1", "flowcontrol.apiserver.k8s.io/v1beta1",
    "internal.apiserver.k8s.io/v1alpha1", "networking.k8s.io/v1", "networking.k8s.io/v1beta1",
    "node.k8s.io/v1", "node.k8s.io/v1alpha1", "node.k8s.io/v1beta1", "policy/v1", "policy/v1beta1",
    "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1alpha1",
    "rbac.authorization.k8s.io/v1beta1", "scheduling.k8s.io/v1", "scheduling.k8s.io/v1alpha1",
    "scheduling.k8s.io/v1beta1", "storage.k8s.io/v1", "storage.k8s.io/v1alpha1",
    "storage.k8s.io/v1beta1",
}

# Kinds of v1.21 that Kubernetes has since removed, mapped to the current
# definition with the same shape (where it matters for merging).
REMOVED_KINDS = {
    "batch/v1beta1/CronJob": "io.k8s.api.batch.v1.CronJob",
    "policy/v1beta1/PodDisruptionBudget": "io.k8s.api.policy.v1.PodDisruptionBudget",
    "admissionregistration.k8s.io/v1beta1/MutatingWebhookConfiguration":
        "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration",
    "admissionregistration.k8s.io/v1beta1/ValidatingWebhookConfiguration":
        "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration",
    "storage.k8s.io/v1beta1/CSINode": "io.k8s.api.storage.v1.CSINode",
    "apiregistration.k8s.io/v1beta1/APIService":
        "io.k8s.kube-aggregator.pkg.apis.apiregistration.v1.APIService",
}


def short(name):
    return name[len("io.k8s."):] if name.startswith("io.k8s.") else name


def main():
    data = json.load(open(sys.argv[1]))
    defs = data["definitions"]
    not_in_kustomize = set(data["kustomizeBuiltin"]["strategyNotInKustomize"])

    def strategy(dname, fname, fd):
        if f"{dname}.{fname}" in not_in_kustomize:
            return None, []
        ps = fd.get("patchStrategy")
        if not ps:
            return None, []
        keys = fd.get("listMapKeys") or ([fd["patchMergeKey"]] if fd.get("patchMergeKey") else [])
        if "merge" not in ps.split(","):
            keys = []
        return ps, keys

    # Which definitions reach a strategy (fixed point).
    useful = set()
    changed = True
    while changed:
        changed = False
        for dname, dd in defs.items():
            if dname in useful:
                continue
            for fname, fd in dd.get("fields", {}).items():
                ps, _ = strategy(dname, fname, fd)
                if ps or fd.get("ref") in useful:
                    useful.add(dname)
                    changed = True
                    break

    out = []
    kinds = {}
    for gvk, dname in data["kinds"].items():
        gv = gvk.rsplit("/", 1)[0]
        if gv in GV_1_21:
            kinds[gvk] = dname
    kinds.update(REMOVED_KINDS)
    for gvk in sorted(kinds):
        if kinds[gvk] in useful:
            out.append(f"K {gvk} {short(kinds[gvk])}")
    for dname in sorted(useful):
        out.append(f"D {short(dname)}")
        for fname, fd in sorted(defs[dname].get("fields", {}).items()):
            ps, keys = strategy(dname, fname, fd)
            ref = fd.get("ref")
            if not ps and ref not in useful:
                continue
            shape = "L" if fd.get("list") else ("M" if fd.get("map") else "O")
            out.append(
                f"F {fname} {shape} {short(ref) if ref in useful else '-'} {ps or '-'} {','.join(keys) or '-'}"
            )
    print("# Generated by gen_builtin.py from k8s-patch-strategies.json; do not edit.")
    print("\n".join(out))


if __name__ == "__main__":
    main()
