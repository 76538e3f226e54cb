//! Output order: kustomize's legacy kind order, or the order of accumulation.
use std::cmp::Ordering;

use crate::model::{ResMap, Resource};
use crate::yaml::Value;

/// Kinds sorted first, in this order (kustomize's legacy order).
pub const DEFAULT_ORDER_FIRST: &[&str] = &[
    "Namespace",
    "ResourceQuota",
    "StorageClass",
    "CustomResourceDefinition",
    "ServiceAccount",
    "PodSecurityPolicy",
    "Role",
    "ClusterRole",
    "RoleBinding",
    "ClusterRoleBinding",
    "ConfigMap",
    "Secret",
    "Endpoints",
    "Service",
    "LimitRange",
    "PriorityClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "Deployment",
    "StatefulSet",
    "CronJob",
    "PodDisruptionBudget",
];

/// Kinds sorted last, in this order.
pub const DEFAULT_ORDER_LAST: &[&str] = &["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

/// Sorts by kind rank, then by GVK, then by namespace and name.
#[derive(Clone, Debug)]
pub struct LegacySort {
    pub order_first: Vec<String>,
    pub order_last: Vec<String>,
}

impl Default for LegacySort {
    fn default() -> Self {
        LegacySort {
            order_first: DEFAULT_ORDER_FIRST.iter().map(|s| s.to_string()).collect(),
            order_last: DEFAULT_ORDER_LAST.iter().map(|s| s.to_string()).collect(),
        }
    }
}

struct Key {
    rank: i64,
    gvk: String,
    group_empty: bool,
    is_namespace_kind: bool,
    id: String,
}

impl LegacySort {
    fn rank(&self, kind: &str) -> i64 {
        if let Some(i) = self.order_first.iter().position(|k| k == kind) {
            return i as i64 - self.order_first.len() as i64;
        }
        if let Some(i) = self.order_last.iter().position(|k| k == kind) {
            return 1 + i as i64;
        }
        0
    }

    fn key(&self, r: &Resource) -> Key {
        let gvk = r.gvk();
        // kustomize's legacy sort strings: a missing part sorts after any text.
        let group = if gvk.group.is_empty() { "~G" } else { gvk.group.as_str() };
        let version = if gvk.version.is_empty() { "~V" } else { gvk.version.as_str() };
        let kind = if gvk.kind.is_empty() { "~K" } else { gvk.kind.as_str() };
        // a numeric namespace or name (kept as a number) sorts by its text
        let text = |field: &str| match r.obj.get("metadata").and_then(|m| m.get(field)) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) if n.is_f64() => crate::yaml::format_go_float(n.as_f64().unwrap_or_default(), false),
            Some(Value::Number(n)) => n.to_string(),
            Some(Value::Bool(b)) => b.to_string(),
            _ => String::new(),
        };
        let (ns, name) = (text("namespace"), text("name"));
        let ns = if ns.is_empty() { "~X" } else { ns.as_str() };
        let name = if name.is_empty() { "~N" } else { name.as_str() };
        Key {
            rank: self.rank(&gvk.kind),
            gvk: format!("{group}_{version}_{kind}"),
            group_empty: gvk.group.is_empty(),
            is_namespace_kind: gvk.kind == "Namespace",
            id: format!("{kind}.{version}.{group}|{ns}|{name}"),
        }
    }

    pub fn apply(&self, m: &mut ResMap) {
        use rayon::prelude::*;
        let keys: Vec<Key> = m.resources().par_iter().map(|r| self.key(r)).collect();
        let mut order: Vec<usize> = (0..keys.len()).collect();
        // stable, as `sort_by`: the same order
        order.par_sort_by(|&a, &b| compare(&keys[a], &keys[b]));
        // in place: a second vector of resources would touch as much memory again
        m.reorder(order);
    }
}

fn compare(a: &Key, b: &Key) -> Ordering {
    if a.rank != b.rank {
        return a.rank.cmp(&b.rank);
    }
    if a.gvk != b.gvk {
        // Two Namespaces of different GVK where one is in the core group compare in reverse.
        if a.is_namespace_kind && b.is_namespace_kind && (a.group_empty != b.group_empty) {
            return b.gvk.cmp(&a.gvk);
        }
        return a.gvk.cmp(&b.gvk);
    }
    a.id.cmp(&b.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    fn r(api: &str, kind: &str, name: &str, ns: &str) -> Resource {
        let mut meta = json!({"name": name});
        if !ns.is_empty() {
            meta["namespace"] = json!(ns);
        }
        Resource::new(json!({"apiVersion": api, "kind": kind, "metadata": meta}))
    }

    #[test]
    fn legacy_order() {
        let mut m: ResMap = vec![
            r("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "v", ""),
            r("apps/v1", "Deployment", "d", ""),
            r("example.com/v1", "Widget", "w", ""),
            r("batch/v1", "Job", "j", ""),
            r("v1", "ConfigMap", "b", ""),
            r("v1", "ConfigMap", "a", "ns"),
            r("v1", "ConfigMap", "a", ""),
            r("v1", "Namespace", "ns", ""),
        ]
        .into_iter()
        .collect();
        LegacySort::default().apply(&mut m);
        let got: Vec<String> = m.iter().map(|r| format!("{}/{}", r.kind(), r.name())).collect();
        assert_eq!(
            got,
            [
                "Namespace/ns",
                "ConfigMap/a",
                "ConfigMap/a",
                "ConfigMap/b",
                "Deployment/d",
                "Job/j",
                "Widget/w",
                "ValidatingWebhookConfiguration/v"
            ]
        );
        assert_eq!(m.at(1).namespace(), "ns");
    }
}
