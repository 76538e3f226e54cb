use std::fmt;

use crate::yaml::Key;

/// Group, version and kind of an object. The core group is the empty
/// string. The parts are [`Key`]s (short or common texts without a heap
/// block; they deref to `str`): every id of every resource holds one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gvk {
    pub group: Key,
    pub version: Key,
    pub kind: Key,
}

/// Kinds that live outside any namespace, by (apiVersion, kind): exactly
/// the pairs kustomize's built-in schema (Kubernetes v1.21) knows as
/// cluster-scoped, found by running kustomize v5.7.1. Any other pair is
/// namespaced, as in kustomize: custom kinds, but also versions the schema
/// does not know (`flowcontrol.apiserver.k8s.io/v1` FlowSchema) and kinds it
/// does not list with a cluster path (`TokenReview`).
const CLUSTER_SCOPED: &[(&str, &str)] = &[
    ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1beta1", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1beta1", "ValidatingWebhookConfiguration"),
    ("apiextensions.k8s.io/v1", "CustomResourceDefinition"),
    ("apiextensions.k8s.io/v1beta1", "CustomResourceDefinition"),
    ("apiregistration.k8s.io/v1", "APIService"),
    ("apiregistration.k8s.io/v1beta1", "APIService"),
    ("certificates.k8s.io/v1", "CertificateSigningRequest"),
    ("certificates.k8s.io/v1beta1", "CertificateSigningRequest"),
    ("flowcontrol.apiserver.k8s.io/v1beta1", "FlowSchema"),
    ("flowcontrol.apiserver.k8s.io/v1beta1", "PriorityLevelConfiguration"),
    ("networking.k8s.io/v1", "IngressClass"),
    ("networking.k8s.io/v1beta1", "IngressClass"),
    ("node.k8s.io/v1", "RuntimeClass"),
    ("node.k8s.io/v1beta1", "RuntimeClass"),
    ("policy/v1beta1", "PodSecurityPolicy"),
    ("rbac.authorization.k8s.io/v1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
    ("rbac.authorization.k8s.io/v1beta1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding"),
    ("scheduling.k8s.io/v1", "PriorityClass"),
    ("scheduling.k8s.io/v1beta1", "PriorityClass"),
    ("storage.k8s.io/v1", "CSIDriver"),
    ("storage.k8s.io/v1", "CSINode"),
    ("storage.k8s.io/v1", "StorageClass"),
    ("storage.k8s.io/v1", "VolumeAttachment"),
    ("storage.k8s.io/v1beta1", "CSIDriver"),
    ("storage.k8s.io/v1beta1", "CSINode"),
    ("storage.k8s.io/v1beta1", "StorageClass"),
    ("storage.k8s.io/v1beta1", "VolumeAttachment"),
    ("v1", "ComponentStatus"),
    ("v1", "Namespace"),
    ("v1", "Node"),
    ("v1", "PersistentVolume"),
];

/// [`Gvk::is_cluster_scoped`] for an `apiVersion` and kind, without building a `Gvk`.
pub(crate) fn is_cluster_scoped(api_version: &str, kind: &str) -> bool {
    CLUSTER_SCOPED.iter().any(|(av, k)| *k == kind && *av == api_version)
}

impl Gvk {
    pub fn new(group: &str, version: &str, kind: &str) -> Gvk {
        Gvk { group: Key::new(group), version: Key::new(version), kind: Key::new(kind) }
    }

    /// From an `apiVersion` (`v1`, `apps/v1`) and a kind.
    pub fn from_api_version(api_version: &str, kind: &str) -> Gvk {
        match api_version.split_once('/') {
            Some((g, v)) => Gvk::new(g, v, kind),
            None => Gvk::new("", api_version, kind),
        }
    }

    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    pub fn is_cluster_scoped(&self) -> bool {
        Gvk::parts_cluster_scoped(&self.group, &self.version, &self.kind)
    }

    /// [`Gvk::is_cluster_scoped`] for borrowed parts (no `Gvk` built).
    pub fn parts_cluster_scoped(group: &str, version: &str, kind: &str) -> bool {
        CLUSTER_SCOPED.iter().any(|(av, k)| {
            *k == kind
                && match av.split_once('/') {
                    Some((g, v)) => g == group && v == version,
                    None => group.is_empty() && *av == version,
                }
        })
    }

    /// True when every non-empty field of `selector` equals ours (kustomize's
    /// `IsSelected`: an empty selector field matches anything).
    pub fn is_selected_by(&self, selector: &Gvk) -> bool {
        (selector.group.is_empty() || selector.group == self.group)
            && (selector.version.is_empty() || selector.version == self.version)
            && (selector.kind.is_empty() || selector.kind == self.kind)
    }
}

impl fmt::Display for Gvk {
    /// kustomize's `Kind.version.group` form (`Deployment.v1.apps`, `Service.v1.[noGrp]`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let g = if self.group.is_empty() { "[noGrp]" } else { &self.group };
        let v = if self.version.is_empty() { "[noVer]" } else { &self.version };
        let k = if self.kind.is_empty() { "[noKind]" } else { &self.kind };
        write!(f, "{k}.{v}.{g}")
    }
}

/// The identity of a resource: its kind, name and namespace.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResId {
    pub gvk: Gvk,
    pub name: String,
    pub namespace: String,
}

impl ResId {
    pub fn new(gvk: Gvk, name: &str, namespace: &str) -> ResId {
        ResId { gvk, name: name.to_string(), namespace: namespace.to_string() }
    }

    /// The namespace as the cluster sees it: `default` for an unset
    /// namespace of a namespaced kind, empty for cluster-scoped kinds.
    pub fn effective_namespace(&self) -> &str {
        if self.gvk.is_cluster_scoped() {
            ""
        } else if self.namespace.is_empty() {
            "default"
        } else {
            &self.namespace
        }
    }

    /// Same object as the cluster would see it (namespace `""` equals `default`).
    pub fn same_as(&self, other: &ResId) -> bool {
        self.gvk == other.gvk && self.name == other.name && self.effective_namespace() == other.effective_namespace()
    }

    /// A key that is equal exactly when `same_as` holds.
    pub fn key(&self) -> (Gvk, String, String) {
        (self.gvk.clone(), self.name.clone(), self.effective_namespace().to_string())
    }
}

impl fmt::Display for ResId {
    /// kustomize's form: `Deployment.v1.apps/name.namespace` (`[noNs]` when unset).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ns = if self.namespace.is_empty() { "[noNs]" } else { &self.namespace };
        let name = if self.name.is_empty() { "[noName]" } else { &self.name };
        write!(f, "{}/{}.{}", self.gvk, name, ns)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_version_round_trip() {
        let g = Gvk::from_api_version("apps/v1", "Deployment");
        assert_eq!(g.group, "apps");
        assert_eq!(g.api_version(), "apps/v1");
        assert_eq!(Gvk::from_api_version("v1", "Pod").api_version(), "v1");
    }

    #[test]
    fn default_namespace_equals_unset() {
        let a = ResId::new(Gvk::from_api_version("v1", "ConfigMap"), "x", "");
        let b = ResId::new(Gvk::from_api_version("v1", "ConfigMap"), "x", "default");
        assert!(a.same_as(&b));
        assert_eq!(a.key(), b.key());
        let c = ResId::new(Gvk::from_api_version("v1", "ConfigMap"), "x", "other");
        assert!(!a.same_as(&c));
    }

    #[test]
    fn display_matches_kustomize() {
        let id = ResId::new(Gvk::from_api_version("rbac.authorization.k8s.io/v1", "RoleBinding"), "test", "");
        assert_eq!(id.to_string(), "RoleBinding.v1.rbac.authorization.k8s.io/test.[noNs]");
    }
}
