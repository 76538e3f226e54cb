//! Name references ("back references"): once prefixes, suffixes, namespaces
//! and generator hashes have renamed resources, every field that names one of
//! them (a Deployment's ConfigMap volume, an HPA's scale target, a binding's
//! subjects...) is rewritten to the new name.
//!
//! Behaviour follows kustomize's nameref filter:
//! - a referrer is any resource whose *original* kind is selected by a field
//!   spec of a back reference; the value at the spec's path is a name (string),
//!   a mapping with `name` (and maybe `namespace`), or a sequence of either;
//! - candidates are resources of the back reference's kind with a *previous*
//!   id (not the current one) carrying that name, which the referrer can see
//!   (same namespace, cluster-scoped, or a namespace listed in a RoleBinding's
//!   ServiceAccount subjects);
//! - one candidate, or several with the same current name, wins; ties are
//!   broken by equal name prefixes/suffixes; more than one different name is
//!   an error ("found multiple possible referrals"); none leaves the value.
//!
//! All candidate data is read once into an index keyed by (kind, previous
//! name) and namespace, so each lookup touches only plausible resources.
//!
//! Inputs this relies on (set by the other transformers):
//! - `Resource::prev_ids`: kustomize's namespace transformer records the
//!   previous id of *every* resource it visits, even when the namespace does
//!   not change, which makes those resources referral candidates;
//! - name prefixes/suffixes applied, innermost first, from
//!   `Resource::name_prefixes` / `name_suffixes` (only used to break ties
//!   between several candidates).
use crate::model::fasthash::{FastMap as HashMap, FastSet as HashSet};

use crate::transform::error::{err, Result};
use crate::yaml::Value;

use super::config::{NameBackRefs, TransformerConfig};
use super::fieldspec::split_path;
use super::fieldspec::walk;
use super::Transformer;
use crate::model::{Gvk, ResId, ResMap, Resource};

/// Rewrites name references after renames (kustomize's `FixBackReferences`).
#[derive(Debug, Clone, Default)]
pub struct NameReferenceTransformer {
    pub backrefs: Vec<NameBackRefs>,
}

impl NameReferenceTransformer {
    pub fn new(cfg: &TransformerConfig) -> NameReferenceTransformer {
        NameReferenceTransformer { backrefs: cfg.name_reference.clone() }
    }
}

/// True when the shorter list is the tail of the longer one; an empty list
/// only matches another empty list (kustomize's `SameEndingSubSlice`).
fn same_ending(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return long.is_empty();
    }
    long[long.len() - short.len()..] == *short
}

/// What the filter needs to know about a possible referral target: the
/// resource itself for what the pass does not change (previous ids,
/// original id, name prefixes and suffixes), borrowed while the objects are
/// moved out, and its current id, copied (objects change during the pass)
/// where it differs from its last previous id: usually only the name.
struct Candidate<'r> {
    res: &'r Resource,
    /// The current id's parts; `None`: as in the last previous id.
    gvk: Option<Gvk>,
    name: Option<String>,
    /// The raw `metadata.namespace`.
    namespace: Option<String>,
    /// The current kind is cluster-scoped.
    cluster: bool,
}

impl<'r> Candidate<'r> {
    /// A candidate for `r` (renamed: it has previous ids), whose object is `obj`.
    fn new(r: &'r Resource, obj: &Value) -> Option<Candidate<'r>> {
        let last = r.prev_ids.last()?;
        let [av, kind, name, namespace] = crate::model::id_parts(obj);
        let (group, version) = av.split_once('/').unwrap_or(("", av));
        let g = &last.gvk;
        Some(Candidate {
            res: r,
            gvk: (g.group != group || g.version != version || g.kind != kind).then(|| Gvk::from_api_version(av, kind)),
            name: (last.name != name).then(|| name.to_string()),
            namespace: (last.namespace != namespace).then(|| namespace.to_string()),
            cluster: Gvk::parts_cluster_scoped(group, version, kind),
        })
    }

    fn last(&self) -> &'r ResId {
        self.res.prev_ids.last().expect("a candidate has previous ids")
    }

    fn name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.last().name)
    }

    /// The raw current namespace.
    fn namespace(&self) -> &str {
        self.namespace.as_deref().unwrap_or(&self.last().namespace)
    }

    fn gvk(&self) -> &Gvk {
        self.gvk.as_ref().unwrap_or(&self.last().gvk)
    }

    /// The current id, for messages.
    fn cur_id(&self) -> ResId {
        ResId::new(self.gvk().clone(), self.name(), self.namespace())
    }

    /// Effective current namespace (`default` for unset); unused when cluster-scoped.
    fn cur_ns(&self) -> &str {
        if self.cluster {
            ""
        } else if self.namespace().is_empty() {
            "default"
        } else {
            self.namespace()
        }
    }

    /// Effective original namespace; `None` for cluster-scoped kinds.
    fn orig_ns(&self) -> Option<&str> {
        let o = &self.res.orig_id;
        (!o.gvk.is_cluster_scoped()).then(|| o.effective_namespace())
    }

    fn had_name(&self, name: &str) -> bool {
        self.res.prev_ids.iter().any(|p| p.name == name)
    }

    fn prev_gvks(&self) -> impl Iterator<Item = &Gvk> {
        self.res.prev_ids.iter().map(|p| &p.gvk)
    }
}

/// Key of a bucket: a hash of (previous kind, previous name), or of the
/// name alone for back references without a kind. Names are not stored in
/// the index; `lookup` compares them on the candidates, so a hash collision
/// only adds candidates it filters out.
fn bucket_key(kind: Option<&str>, name: &str) -> u64 {
    crate::model::fasthash::hash_of(&(kind, name))
}

/// Add `v` to the set under `k`, allocating only for new entries.
fn add_to_set(m: &mut HashMap<String, HashSet<String>>, k: &str, v: &str) {
    match m.get_mut(k) {
        Some(set) => {
            if !set.contains(v) {
                set.insert(v.to_string());
            }
        }
        None => {
            m.insert(k.to_string(), std::iter::once(v.to_string()).collect());
        }
    }
}

/// What one resource adds to the index: its original effective namespace
/// (namespaced kinds) and whether the current kind is namespaced too, and
/// the resource as a candidate when it was renamed.
struct Part<'r> {
    orig_ns: Option<(&'r str, bool)>,
    cand: Option<Candidate<'r>>,
    /// The candidate's bucket keys, in the order they are added (worked
    /// out with the part, on the pool); `None` when there are more than
    /// fit here (then worked out when added).
    keys: Option<([u64; Part::KEYS], u8)>,
}

impl Part<'_> {
    const KEYS: usize = 2;
}

/// Call `add` with each bucket key of a candidate whose resource had the
/// previous ids `prev`, in index order.
fn candidate_keys(prev: &[ResId], with_by_name: bool, mut add: impl FnMut(u64)) {
    for (j, n) in prev.iter().enumerate() {
        if prev[..j].iter().any(|p| p.name == n.name) {
            continue;
        }
        if with_by_name {
            add(bucket_key(None, &n.name));
        }
        for (l, k) in prev.iter().enumerate() {
            if !prev[..l].iter().any(|p| p.gvk.kind == k.gvk.kind) {
                add(bucket_key(Some(&k.gvk.kind), &n.name));
            }
        }
    }
}

/// Snapshot of the resources as referral targets. Only renamed resources
/// (with previous ids) can be referrals; candidates are numbered by their
/// resource's position.
#[derive(Default)]
struct Index<'r> {
    /// One per resource, in map order (kept whole: moving the candidates
    /// out into a vector of their own copied them again).
    parts: Vec<Part<'r>>,
    /// (previous kind, previous name) → candidates, in candidate order; also
    /// previous name alone → candidates (for back references without a
    /// kind; built only when the configuration has one). See [`bucket_key`].
    buckets: HashMap<u64, Vec<u32>>,
    /// Original namespaces of every namespaced resource, by its current effective namespace.
    orig_ns_by_cur_ns: HashMap<String, HashSet<String>>,
    /// Original namespaces of every namespaced resource, by its raw current namespace.
    orig_ns_by_raw_ns: HashMap<String, HashSet<String>>,
    all_orig_ns: HashSet<String>,
}

impl<'r> Index<'r> {
    /// The candidate at resource position `i` (one the buckets name).
    fn cand(&self, i: usize) -> &Candidate<'r> {
        self.parts[i].cand.as_ref().expect("buckets hold candidates only")
    }

    /// `res[i]`'s object is `objs[i]` (moved out for the pass).
    fn build(res: &'r [Resource], objs: &[Value], with_by_name: bool) -> Index<'r> {
        use rayon::prelude::*;
        // What each resource adds, worked out on the rayon pool; then added
        // in map order.
        let part = |r: &'r Resource, obj: &Value| -> Part<'r> {
            let orig_ns = (!r.orig_id.gvk.is_cluster_scoped()).then(|| r.orig_id.effective_namespace());
            let cand = Candidate::new(r, obj);
            let cluster = match &cand {
                Some(c) => c.cluster,
                None => {
                    let s = |path: &[&str]| crate::model::get_path(obj, path).and_then(Value::as_str).unwrap_or("");
                    let av = s(&["apiVersion"]);
                    let (group, version) = av.split_once('/').unwrap_or(("", av));
                    Gvk::parts_cluster_scoped(group, version, s(&["kind"]))
                }
            };
            let keys = cand.as_ref().and_then(|c| {
                let mut keys = [0u64; Part::KEYS];
                let mut n = 0usize;
                candidate_keys(&c.res.prev_ids, with_by_name, |k| {
                    if n < Part::KEYS {
                        keys[n] = k;
                    }
                    n += 1;
                });
                (n <= Part::KEYS).then_some((keys, n as u8))
            });
            Part { orig_ns: orig_ns.map(|o| (o, !cluster)), cand, keys }
        };
        let parts: Vec<Part<'r>> = if crate::process::parallel_threads(res.len(), PARALLEL_MIN).is_some() {
            res.par_iter().zip(objs.par_iter()).with_min_len(PARALLEL_MIN / 4).map(|(r, o)| part(r, o)).collect()
        } else {
            res.iter().zip(objs).map(|(r, o)| part(r, o)).collect()
        };
        let mut idx = Index::default();
        // about one bucket per candidate (its kind and name; one more by
        // name alone): sized once instead of regrown while filled
        let cands = parts.iter().filter(|p| p.cand.is_some()).count();
        idx.buckets.reserve(if with_by_name { 2 * cands } else { cands });
        // The (raw namespace, original namespace) pair and the original
        // namespace added last: most resources repeat them, and adding
        // them again changes nothing.
        let mut last_pair: Option<(&str, &str)> = None;
        let mut last_orig: Option<&str> = None;
        for (i, p) in parts.iter().enumerate() {
            if let Some((o, namespaced)) = p.orig_ns {
                if namespaced {
                    let raw = crate::model::get_path(&objs[i], &["metadata", "namespace"]).and_then(Value::as_str);
                    let raw = raw.unwrap_or("");
                    if last_pair != Some((raw, o)) {
                        let eff = if raw.is_empty() { "default" } else { raw };
                        add_to_set(&mut idx.orig_ns_by_cur_ns, eff, o);
                        add_to_set(&mut idx.orig_ns_by_raw_ns, raw, o);
                        last_pair = Some((raw, o));
                    }
                }
                if last_orig != Some(o) {
                    if !idx.all_orig_ns.contains(o) {
                        idx.all_orig_ns.insert(o.to_string());
                    }
                    last_orig = Some(o);
                }
            }
            let Some(c) = &p.cand else { continue };
            let i = i as u32;
            let mut add = |key: u64| {
                let b = idx.buckets.entry(key).or_default();
                // a repeated name or kind (or a colliding key) may repeat
                // a candidate: keep each once
                if b.last() != Some(&i) {
                    b.push(i);
                }
            };
            match &p.keys {
                Some((keys, n)) => keys[..usize::from(*n)].iter().for_each(|&k| add(k)),
                None => candidate_keys(&c.res.prev_ids, with_by_name, add),
            }
        }
        idx.parts = parts;
        idx
    }
}

/// What the filter needs to know about the resource holding the reference.
struct Referrer<'a> {
    id: ResId,
    cluster: bool,
    ns: String,
    /// Namespaces of a RoleBinding's ServiceAccount subjects (raw values).
    rb_namespaces: HashSet<String>,
    /// `roleRef`'s group and kind, when both are present.
    role_ref: Option<Gvk>,
    prefixes: &'a [String],
    suffixes: &'a [String],
}

impl<'a> Referrer<'a> {
    /// `obj` is `r`'s object (moved out for the pass).
    fn new(r: &'a Resource, obj: &Value) -> Result<Referrer<'a>> {
        let id = crate::model::id_of(obj);
        Ok(Referrer {
            cluster: id.gvk.is_cluster_scoped(),
            ns: id.effective_namespace().to_string(),
            rb_namespaces: role_binding_namespaces(obj, &id)?,
            role_ref: role_ref_gvk(obj),
            prefixes: &r.name_prefixes,
            suffixes: &r.name_suffixes,
            id,
        })
    }

    /// kustomize's `SubsetThatCouldBeReferencedByResource`.
    fn can_see(&self, c: &Candidate) -> bool {
        self.cluster || c.cluster || c.cur_ns() == self.ns || self.rb_namespaces.contains(c.namespace())
    }
}

/// For a RoleBinding, the namespaces named by its ServiceAccount subjects.
fn role_binding_namespaces(obj: &Value, id: &ResId) -> Result<HashSet<String>> {
    let mut out = HashSet::default();
    if id.gvk.kind != "RoleBinding" {
        return Ok(out);
    }
    let Some(subjects) = obj.get("subjects").and_then(Value::as_array) else {
        return Ok(out);
    };
    for s in subjects.iter().filter_map(Value::as_object) {
        let (Some(ns), Some(kind)) = (s.get("namespace"), s.get("kind")) else {
            continue;
        };
        if kind.as_str() != Some("ServiceAccount") {
            continue;
        }
        match ns.as_str() {
            Some(n) => {
                out.insert(n.to_string());
            }
            None => return Err(err!("Invalid Input: namespace is blank for resource \"{id}\"")),
        }
    }
    Ok(out)
}

fn role_ref_gvk(obj: &Value) -> Option<Gvk> {
    let rr = obj.get("roleRef")?;
    let group = scalar_string(rr.get("apiGroup")?)?;
    let kind = scalar_string(rr.get("kind")?)?;
    Some(Gvk::new(&group, "", &kind))
}

/// A scalar's text as YAML would hold it; `None` for mappings and sequences.
fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

/// The node kustomize writes for a new name: one without a tag, in the old
/// node's style. Written plain, its type follows from its text (a target a
/// patch renamed to `"1"` is referred to as `name: 1`); quoted, it stays a
/// string. A string old value that YAML reads as a string is taken as
/// plain (the tree does not keep quoting).
fn renamed(old: &Value, name: &str) -> Value {
    let was_plain = match old {
        Value::String(s) => crate::yaml::plain_annotation_value(s).is_none(),
        _ => true,
    };
    match was_plain.then(|| crate::yaml::plain_annotation_value(name)).flatten() {
        Some(v) => v,
        None => Value::String(name.to_string()),
    }
}

/// One back-reference field spec applied to one referrer.
struct Update<'a> {
    idx: &'a Index<'a>,
    referrer: &'a Referrer<'a>,
    target: &'a Gvk,
    path: &'a str,
    is_role_ref: bool,
}

impl Update<'_> {
    fn set(&self, v: &mut Value) -> Result<()> {
        match v {
            Value::Null => Ok(()),
            Value::Object(_) => self.set_mapping(v),
            Value::Array(items) => {
                for item in items.iter_mut() {
                    match item {
                        Value::Object(_) => self.set_mapping(item)?,
                        Value::Array(_) | Value::Null => {}
                        _ => self.set_scalar(item)?,
                    }
                }
                Ok(())
            }
            _ => self.set_scalar(v),
        }
    }

    fn set_scalar(&self, v: &mut Value) -> Result<()> {
        let Some(old) = scalar_string(v) else {
            return Ok(());
        };
        let cands = self.lookup(&old, None);
        if let Some(i) = self.select(cands, false)? {
            let c = self.idx.cand(i);
            if c.name() != old {
                *v = renamed(v, c.name());
            }
        }
        Ok(())
    }

    fn set_mapping(&self, v: &mut Value) -> Result<()> {
        let Value::Object(m) = v else { return Ok(()) };
        let Some(name_node) = m.get("name") else {
            return Err(err!("path config error; no 'name' field in node"));
        };
        let old = scalar_string(name_node).unwrap_or_default();
        let ns = m.get("namespace").map(|n| scalar_string(n).unwrap_or_default());
        let cands = self.lookup(&old, ns.as_deref());
        let Some(i) = self.select(cands, true)? else {
            return Ok(());
        };
        let c = self.idx.cand(i);
        if c.name() == old && c.namespace().is_empty() {
            return Ok(());
        }
        let name = renamed(m.get("name").unwrap_or(&Value::Null), c.name());
        m.insert("name".to_string(), name);
        if !c.namespace().is_empty() {
            m.insert("namespace".to_string(), Value::String(c.namespace().to_string()));
        }
        Ok(())
    }

    /// Candidates visible to the referrer that once had `name` and were of the
    /// target kind (plus, for mappings with a namespace, in that namespace),
    /// in resource order.
    fn lookup(&self, name: &str, map_ns: Option<&str>) -> Vec<usize> {
        let idx = self.idx;
        let rf = self.referrer;
        let kind = (!self.target.kind.is_empty()).then_some(self.target.kind.as_str());
        let Some(bucket) = idx.buckets.get(&bucket_key(kind, name)) else {
            return Vec::new();
        };
        let wide = rf.cluster || !rf.rb_namespaces.is_empty();
        let mut out: Vec<usize> = bucket
            .iter()
            .map(|&i| i as usize)
            .filter(|&i| {
                let c = idx.cand(i);
                c.had_name(name)
                    && kind.is_none_or(|k| c.prev_gvks().any(|g| g.kind == k))
                    && if wide { rf.can_see(c) } else { c.cluster || c.cur_ns() == rf.ns }
            })
            .collect();
        if let Some(ns) = map_ns {
            // kustomize groups the visible set by original namespace first and
            // falls back to current namespace when no visible resource started there.
            let by_orig = if rf.cluster {
                idx.all_orig_ns.contains(ns)
            } else {
                idx.orig_ns_by_cur_ns.get(&rf.ns).is_some_and(|s| s.contains(ns))
                    || rf.rb_namespaces.iter().any(|raw| idx.orig_ns_by_raw_ns.get(raw).is_some_and(|s| s.contains(ns)))
            };
            out.retain(|&i| {
                let c = idx.cand(i);
                if by_orig {
                    c.orig_ns() == Some(ns)
                } else {
                    !c.cluster && c.cur_ns() == ns
                }
            });
        }
        out
    }

    /// kustomize's `selectReferral` over already name-matched candidates.
    fn select(&self, cands: Vec<usize>, with_namespace: bool) -> Result<Option<usize>> {
        let idx = self.idx;
        let rf = self.referrer;
        let mut cands: Vec<usize> = cands
            .into_iter()
            .filter(|&i| {
                let c = idx.cand(i);
                c.prev_gvks().any(|g| g.is_selected_by(self.target))
                    && (!self.is_role_ref
                        || rf.role_ref.as_ref().is_none_or(|rr| c.prev_gvks().any(|g| g.is_selected_by(rr))))
                    && (rf.cluster || c.cluster || c.gvk().kind == "ServiceAccount" || c.cur_ns() == rf.ns)
            })
            .collect();
        if cands.len() == 1 {
            return Ok(Some(cands[0]));
        }
        cands.retain(|&i| {
            let c = idx.cand(i);
            same_ending(&c.res.name_prefixes, rf.prefixes) && same_ending(&c.res.name_suffixes, rf.suffixes)
        });
        match cands.len() {
            0 => return Ok(None),
            1 => return Ok(Some(cands[0])),
            _ => {}
        }
        let first = idx.cand(cands[0]);
        let identical = cands.iter().all(|&i| {
            let c = idx.cand(i);
            c.name() == first.name() && (!with_namespace || c.namespace() == first.namespace())
        });
        if identical {
            return Ok(Some(cands[0]));
        }
        let ids: Vec<String> = cands.iter().map(|&i| idx.cand(i).cur_id().to_string()).collect();
        Err(err!(
            "updating name reference in '{}' field of '{}': found multiple possible referrals: {}",
            self.path,
            rf.id,
            ids.join(", ")
        ))
    }
}

/// A back-reference field spec, prepared once per apply.
struct Spec<'a> {
    target: &'a Gvk,
    selector: Gvk,
    path: &'a str,
    segments: Vec<String>,
    is_role_ref: bool,
}

impl Transformer for NameReferenceTransformer {
    fn apply(&self, m: &mut ResMap) -> Result<()> {
        let targets: Vec<Gvk> = self.backrefs.iter().map(|b| Gvk::new(&b.group, &b.version, &b.kind)).collect();
        let with_by_name = self.backrefs.iter().any(|b| b.kind.is_empty() && !b.field_specs.is_empty());
        // Only specs for referrer kinds the map has (or for every kind) can
        // apply: the others are not prepared (most of the defaults' specs
        // name kinds a build does not have).
        let kinds: crate::model::fasthash::FastSet<&str> = m.iter().map(|r| r.orig_id.gvk.kind.as_str()).collect();
        let mut specs: Vec<Spec> = Vec::new();
        for (b, target) in self.backrefs.iter().zip(&targets) {
            for fs in &b.field_specs {
                if !fs.kind.is_empty() && !kinds.contains(fs.kind.as_str()) {
                    continue;
                }
                specs.push(Spec {
                    target,
                    selector: Gvk::new(&fs.group, &fs.version, &fs.kind),
                    path: &fs.path,
                    segments: split_path(&fs.path),
                    is_role_ref: fs.path.ends_with("roleRef/name"),
                });
            }
        }
        drop(kinds);
        if specs.is_empty() || m.is_empty() {
            return Ok(());
        }
        // Specs by the referrer kind they select (empty kind: every kind),
        // positions kept so each referrer sees them in configuration order.
        let mut by_kind: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut any_kind: Vec<usize> = Vec::new();
        for (i, s) in specs.iter().enumerate() {
            if s.selector.kind.is_empty() {
                any_kind.push(i);
            } else {
                by_kind.entry(s.selector.kind.as_str()).or_default().push(i);
            }
        }

        // The objects are moved out for the pass, so the index can borrow
        // from the resources what the pass does not change (previous ids,
        // name prefixes and suffixes) instead of copying it.
        let items = m.resources_mut();
        let mut objs: Vec<Value> = items.iter_mut().map(|r| std::mem::take(&mut r.obj)).collect();
        let res: &[Resource] = items;
        let result = {
            let idx = Index::build(res, &objs, with_by_name);
            // Each referrer is updated on its own from the index: on the rayon
            // pool for large maps; the first error in map order is reported.
            let update = |r: &Resource, obj: &mut Value| -> Result<()> {
                let orig_gvk = &r.orig_id.gvk;
                let mut mine: Vec<usize> = by_kind.get(orig_gvk.kind.as_str()).cloned().unwrap_or_default();
                mine.extend_from_slice(&any_kind);
                mine.retain(|&i| orig_gvk.is_selected_by(&specs[i].selector));
                if mine.is_empty() {
                    return Ok(());
                }
                mine.sort_unstable();
                let referrer = Referrer::new(r, obj)?;
                for i in mine {
                    let s = &specs[i];
                    let up = Update {
                        idx: &idx,
                        referrer: &referrer,
                        target: s.target,
                        path: s.path,
                        is_role_ref: s.is_role_ref,
                    };
                    walk(obj, &s.segments, false, &mut |v| up.set(v)).map_err(|e| {
                        if e.to_string().starts_with("updating name reference") {
                            e
                        } else {
                            err!("updating name reference in '{}' field of '{}': {e}", s.path, referrer.id)
                        }
                    })?;
                }
                Ok(())
            };
            if crate::process::parallel_threads(res.len(), PARALLEL_MIN).is_some() {
                use rayon::prelude::*;
                res.par_iter()
                    .zip(objs.par_iter_mut())
                    .with_min_len(PARALLEL_MIN / 4)
                    .enumerate()
                    .filter_map(|(i, (r, o))| update(r, o).err().map(|e| (i, e)))
                    .min_by_key(|(i, _)| *i)
                    .map_or(Ok(()), |(_, e)| Err(e))
            } else {
                res.iter().zip(objs.iter_mut()).try_for_each(|(r, o)| update(r, o))
            }
        };
        for (r, o) in m.resources_mut().iter_mut().zip(objs) {
            r.obj = o;
        }
        result
    }
}

/// Below this many resources name references are updated on one thread.
const PARALLEL_MIN: usize = 64;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    /// The parts of kustomize's default configuration these tests exercise.
    fn transformer() -> NameReferenceTransformer {
        let cfg: TransformerConfig = crate::yaml::from_value(json!({
            "nameReference": [
                {"kind": "Deployment", "fieldSpecs": [
                    {"path": "spec/scaleTargetRef/name", "kind": "HorizontalPodAutoscaler"}]},
                {"kind": "ConfigMap", "version": "v1", "fieldSpecs": [
                    {"path": "spec/template/spec/volumes/configMap/name", "kind": "Deployment"},
                    {"path": "spec/template/spec/containers/env/valueFrom/configMapKeyRef/name", "kind": "Deployment"},
                    {"path": "spec/template/spec/containers/envFrom/configMapRef/name", "kind": "Deployment"},
                    {"path": "spec/volumes/configMap/name", "version": "v1", "kind": "Pod"},
                    {"path": "rules/resourceNames", "kind": "Role"},
                    {"path": "rules/resourceNames", "kind": "ClusterRole"}]},
                {"kind": "Secret", "version": "v1", "fieldSpecs": [
                    {"path": "spec/template/spec/volumes/secret/secretName", "kind": "Deployment"},
                    {"path": "spec/template/spec/containers/envFrom/secretRef/name", "kind": "Deployment"},
                    {"path": "spec/tls/secretName", "kind": "Ingress"},
                    {"path": "rules/resourceNames", "kind": "Role"}]},
                {"kind": "Service", "version": "v1", "fieldSpecs": [
                    {"path": "spec/rules/http/paths/backend/serviceName", "kind": "Ingress"},
                    {"path": "spec/rules/http/paths/backend/service/name", "kind": "Ingress"},
                    {"path": "spec/defaultBackend/service/name", "kind": "Ingress"},
                    {"path": "webhooks/clientConfig/service", "kind": "ValidatingWebhookConfiguration",
                     "group": "admissionregistration.k8s.io"}]},
                {"kind": "Role", "group": "rbac.authorization.k8s.io", "fieldSpecs": [
                    {"path": "roleRef/name", "kind": "RoleBinding", "group": "rbac.authorization.k8s.io"}]},
                {"kind": "ClusterRole", "group": "rbac.authorization.k8s.io", "fieldSpecs": [
                    {"path": "roleRef/name", "kind": "RoleBinding", "group": "rbac.authorization.k8s.io"},
                    {"path": "roleRef/name", "kind": "ClusterRoleBinding", "group": "rbac.authorization.k8s.io"}]},
                {"kind": "ServiceAccount", "version": "v1", "fieldSpecs": [
                    {"path": "subjects", "kind": "RoleBinding", "group": "rbac.authorization.k8s.io"},
                    {"path": "subjects", "kind": "ClusterRoleBinding", "group": "rbac.authorization.k8s.io"},
                    {"path": "spec/template/spec/serviceAccountName", "kind": "Deployment"}]}
            ]
        }))
        .unwrap();
        NameReferenceTransformer::new(&cfg)
    }

    fn res(v: Value) -> Resource {
        Resource::new(v)
    }

    fn obj(api: &str, kind: &str, name: &str, ns: &str) -> Resource {
        let mut meta = json!({"name": name});
        if !ns.is_empty() {
            meta["namespace"] = json!(ns);
        }
        res(json!({"apiVersion": api, "kind": kind, "metadata": meta}))
    }

    /// Rename as a prefix transformer would, recording the prefix.
    fn prefixed(mut r: Resource, prefix: &str) -> Resource {
        let name = format!("{prefix}{}", r.name());
        r.set_name(&name);
        r.name_prefixes.push(prefix.to_string());
        r
    }

    fn moved(mut r: Resource, ns: &str) -> Resource {
        r.set_namespace(ns);
        r
    }

    fn run(items: Vec<Resource>) -> Result<ResMap> {
        let mut m: ResMap = items.into_iter().collect();
        transformer().apply(&mut m)?;
        Ok(m)
    }

    fn find<'a>(m: &'a ResMap, kind: &str, name: &str) -> &'a Value {
        &m.iter().find(|r| r.kind() == kind && r.name() == name).expect("resource present").obj
    }

    fn deployment(name: &str) -> Resource {
        res(json!({
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name},
            "spec": {"template": {"spec": {
                "volumes": [{"name": "v", "configMap": {"name": "cm"}}, {"name": "s", "secret": {"secretName": "sec"}}],
                "containers": [{
                    "name": "c",
                    "env": [{"name": "E", "valueFrom": {"configMapKeyRef": {"name": "cm", "key": "k"}}},
                            {"name": "F", "valueFrom": {"configMapKeyRef": {"name": "other", "key": "k"}}}],
                    "envFrom": [{"configMapRef": {"name": "cm"}}, {"secretRef": {"name": "sec"}}]
                }]
            }}}
        }))
    }

    #[test]
    fn prefix_updates_volume_and_env_refs() {
        let m = run(vec![
            prefixed(obj("v1", "ConfigMap", "cm", ""), "p-"),
            prefixed(obj("v1", "Secret", "sec", ""), "p-"),
            prefixed(deployment("web"), "p-"),
        ])
        .unwrap();
        let d = find(&m, "Deployment", "p-web");
        let spec = &d["spec"]["template"]["spec"];
        assert_eq!(spec["volumes"][0]["configMap"]["name"], "p-cm");
        assert_eq!(spec["volumes"][1]["secret"]["secretName"], "p-sec");
        let c = &spec["containers"][0];
        assert_eq!(c["env"][0]["valueFrom"]["configMapKeyRef"]["name"], "p-cm");
        // No resource was ever called "other": left alone.
        assert_eq!(c["env"][1]["valueFrom"]["configMapKeyRef"]["name"], "other");
        assert_eq!(c["envFrom"][0]["configMapRef"]["name"], "p-cm");
        assert_eq!(c["envFrom"][1]["secretRef"]["name"], "p-sec");
    }

    #[test]
    fn generated_hash_name_is_followed() {
        let mut cm = obj("v1", "ConfigMap", "cm", "");
        cm.set_name("cm-5g2hkkbm7d");
        let m = run(vec![cm, deployment("web")]).unwrap();
        let d = find(&m, "Deployment", "web");
        assert_eq!(d["spec"]["template"]["spec"]["volumes"][0]["configMap"]["name"], "cm-5g2hkkbm7d");
        // The Secret was not renamed: nothing to follow.
        assert_eq!(d["spec"]["template"]["spec"]["volumes"][1]["secret"]["secretName"], "sec");
    }

    #[test]
    fn never_renamed_resources_are_not_candidates() {
        // kustomize matches previous names only: an unrenamed ConfigMap "a"
        // does not compete with one renamed from "a".
        let pod = res(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
            "spec": {"volumes": [{"configMap": {"name": "a"}}]}}));
        let m =
            run(vec![prefixed(obj("v1", "ConfigMap", "a", ""), "b1-"), obj("v1", "ConfigMap", "a", ""), pod]).unwrap();
        assert_eq!(find(&m, "Pod", "p")["spec"]["volumes"][0]["configMap"]["name"], "b1-a");
    }

    #[test]
    fn other_namespace_is_invisible() {
        let pod = res(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "one"},
            "spec": {"volumes": [{"configMap": {"name": "a"}}]}}));
        let m = run(vec![prefixed(obj("v1", "ConfigMap", "a", "two"), "x-"), pod]).unwrap();
        assert_eq!(find(&m, "Pod", "p")["spec"]["volumes"][0]["configMap"]["name"], "a");
    }

    #[test]
    fn same_name_in_each_namespace_resolves_locally() {
        let pod = |ns: &str| {
            res(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": ns},
                "spec": {"volumes": [{"configMap": {"name": "a"}}]}}))
        };
        let mut a1 = obj("v1", "ConfigMap", "a", "one");
        a1.set_name("a-one");
        let mut a2 = obj("v1", "ConfigMap", "a", "two");
        a2.set_name("a-two");
        let m = run(vec![a1, a2, pod("one"), pod("two")]).unwrap();
        let pods: Vec<&Resource> = m.iter().filter(|r| r.kind() == "Pod").collect();
        assert_eq!(pods[0].obj["spec"]["volumes"][0]["configMap"]["name"], "a-one");
        assert_eq!(pods[1].obj["spec"]["volumes"][0]["configMap"]["name"], "a-two");
    }

    #[test]
    fn cluster_scoped_referrer_accepts_identical_names() {
        // A ClusterRole sees ConfigMaps in every namespace; both became "p-a".
        let cr = res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
            "metadata": {"name": "cr"}, "rules": [{"resourceNames": ["a", "b"]}]}));
        let m = run(vec![
            prefixed(obj("v1", "ConfigMap", "a", "one"), "p-"),
            prefixed(obj("v1", "ConfigMap", "a", "two"), "p-"),
            prefixed(cr.clone(), "p-"),
        ])
        .unwrap();
        assert_eq!(find(&m, "ClusterRole", "p-cr")["rules"][0]["resourceNames"], json!(["p-a", "b"]));
        // Two candidates whose prefixes differ from the referrer's: no choice, no change.
        let m = run(vec![
            prefixed(obj("v1", "ConfigMap", "a", "one"), "p-"),
            prefixed(obj("v1", "ConfigMap", "a", "two"), "p-"),
            cr,
        ])
        .unwrap();
        assert_eq!(find(&m, "ClusterRole", "cr")["rules"][0]["resourceNames"], json!(["a", "b"]));
    }

    #[test]
    fn ambiguous_service_accounts_are_an_error() {
        // kustomize's TestNamedspacedServiceAccountsWithOverlap.
        let crb = |name: &str| {
            res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                "metadata": {"name": name},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cr"},
                "subjects": [{"kind": "ServiceAccount", "name": "sa"}]}))
        };
        let err = run(vec![
            moved(obj("v1", "ServiceAccount", "sa", ""), "a"),
            crb("crb-a"),
            moved(obj("v1", "ServiceAccount", "sa", ""), "b"),
            crb("crb-b"),
        ])
        .unwrap_err()
        .to_string();
        assert!(
            err.contains(
                "found multiple possible referrals: ServiceAccount.v1.[noGrp]/sa.a, ServiceAccount.v1.[noGrp]/sa.b"
            ),
            "{err}"
        );
        assert!(
            err.contains("'subjects' field of 'ClusterRoleBinding.v1.rbac.authorization.k8s.io/crb-a.[noNs]'"),
            "{err}"
        );
    }

    #[test]
    fn prefixes_break_ties() {
        let pod = prefixed(
            res(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
                "spec": {"volumes": [{"configMap": {"name": "a"}}]}})),
            "y-",
        );
        let m = run(vec![
            prefixed(obj("v1", "ConfigMap", "a", ""), "x-"),
            prefixed(obj("v1", "ConfigMap", "a", "default"), "y-"),
            pod,
        ])
        .unwrap();
        assert_eq!(find(&m, "Pod", "y-p")["spec"]["volumes"][0]["configMap"]["name"], "y-a");
    }

    #[test]
    fn role_ref_follows_its_kind() {
        let rb = res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
            "metadata": {"name": "rb"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "r"},
            "subjects": []}));
        let mut role = obj("rbac.authorization.k8s.io/v1", "Role", "r", "");
        role.set_name("role-r");
        let mut cr = obj("rbac.authorization.k8s.io/v1", "ClusterRole", "r", "");
        cr.set_name("cluster-r");
        let m = run(vec![role, cr, rb]).unwrap();
        assert_eq!(find(&m, "RoleBinding", "rb")["roleRef"]["name"], "cluster-r");
    }

    #[test]
    fn subjects_get_new_name_and_namespace() {
        // The ServiceAccount started in "default" and moved to "prod" with a prefix.
        let sa = moved(prefixed(obj("v1", "ServiceAccount", "sa", ""), "p-"), "prod");
        let rb = res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
            "metadata": {"name": "crb"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cr"},
            "subjects": [
                {"kind": "ServiceAccount", "name": "sa", "namespace": "default"},
                {"kind": "ServiceAccount", "name": "sa"},
                {"kind": "ServiceAccount", "name": "sa", "namespace": "elsewhere"},
                {"kind": "Group", "name": "devs"}]}));
        let m = run(vec![sa, rb]).unwrap();
        let subjects = &find(&m, "ClusterRoleBinding", "crb")["subjects"];
        assert_eq!(subjects[0], json!({"kind": "ServiceAccount", "name": "p-sa", "namespace": "prod"}));
        assert_eq!(subjects[1], json!({"kind": "ServiceAccount", "name": "p-sa", "namespace": "prod"}));
        assert_eq!(subjects[2], json!({"kind": "ServiceAccount", "name": "sa", "namespace": "elsewhere"}));
        assert_eq!(subjects[3], json!({"kind": "Group", "name": "devs"}));
    }

    #[test]
    fn role_binding_sees_subject_namespaces() {
        let mut sa = obj("v1", "ServiceAccount", "sa", "other");
        sa.set_name("p-sa");
        let rb = res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
            "metadata": {"name": "rb", "namespace": "mine"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "r"},
            "subjects": [{"kind": "ServiceAccount", "name": "sa", "namespace": "other"}]}));
        let m = run(vec![sa, rb]).unwrap();
        assert_eq!(
            find(&m, "RoleBinding", "rb")["subjects"][0],
            json!({"kind": "ServiceAccount", "name": "p-sa", "namespace": "other"})
        );
    }

    #[test]
    fn role_ref_ignores_roles_in_subject_namespaces() {
        // kustomize's TestRoleBindingWhenSubjectsAcrossNamespace: the binding
        // can see namespace-2 through its subject, but only for ServiceAccounts.
        let rb = |ns: &str, other: &str| {
            res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
                "metadata": {"name": "rb", "namespace": ns},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "r"},
                "subjects": [{"kind": "ServiceAccount", "name": "sa", "namespace": other}]}))
        };
        let role = |ns: &str| moved(obj("rbac.authorization.k8s.io/v1", "Role", "r", ""), ns);
        let m = run(vec![role("one"), moved(rb("", "two"), "one"), role("two"), moved(rb("", "one"), "two")]).unwrap();
        for r in m.iter().filter(|r| r.kind() == "RoleBinding") {
            assert_eq!(r.obj["roleRef"]["name"], "r");
            assert_eq!(r.obj["subjects"][0]["name"], "sa");
        }
        // With prefixes on one side only, each binding still finds its own Role.
        let m = run(vec![
            prefixed(role("one"), "a-"),
            prefixed(moved(rb("", "two"), "one"), "a-"),
            prefixed(role("two"), "b-"),
            prefixed(moved(rb("", "one"), "two"), "b-"),
        ])
        .unwrap();
        assert_eq!(find(&m, "RoleBinding", "a-rb")["roleRef"]["name"], "a-r");
        assert_eq!(find(&m, "RoleBinding", "b-rb")["roleRef"]["name"], "b-r");
    }

    #[test]
    fn role_binding_subject_namespace_must_be_a_string() {
        let rb = res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
            "metadata": {"name": "rb"},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "r"},
            "subjects": [{"kind": "ServiceAccount", "name": "sa", "namespace": null}]}));
        let err = run(vec![rb]).unwrap_err().to_string();
        assert!(err.contains("namespace is blank"), "{err}");
    }

    #[test]
    fn hpa_scale_target() {
        let hpa = res(json!({"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": "h"},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}}}));
        let m = run(vec![prefixed(deployment("web"), "p-"), hpa]).unwrap();
        assert_eq!(find(&m, "HorizontalPodAutoscaler", "h")["spec"]["scaleTargetRef"]["name"], "p-web");
    }

    #[test]
    fn ingress_backends_and_tls() {
        let v1 = res(json!({"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "i"},
            "spec": {
                "defaultBackend": {"service": {"name": "svc", "port": {"number": 80}}},
                "tls": [{"secretName": "sec"}],
                "rules": [{"http": {"paths": [
                    {"path": "/", "backend": {"service": {"name": "svc"}}},
                    {"path": "/x", "backend": {"service": {"name": "unknown"}}}]}}]}}));
        let beta = res(json!({"apiVersion": "extensions/v1beta1", "kind": "Ingress", "metadata": {"name": "old"},
            "spec": {"rules": [{"http": {"paths": [{"backend": {"serviceName": "svc", "servicePort": 80}}]}}]}}));
        let m = run(vec![
            prefixed(obj("v1", "Service", "svc", ""), "p-"),
            prefixed(obj("v1", "Secret", "sec", ""), "p-"),
            v1,
            beta,
        ])
        .unwrap();
        let i = find(&m, "Ingress", "i");
        assert_eq!(i["spec"]["defaultBackend"]["service"]["name"], "p-svc");
        assert_eq!(i["spec"]["tls"][0]["secretName"], "p-sec");
        assert_eq!(i["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]["name"], "p-svc");
        assert_eq!(i["spec"]["rules"][0]["http"]["paths"][1]["backend"]["service"]["name"], "unknown");
        let old = find(&m, "Ingress", "old");
        assert_eq!(old["spec"]["rules"][0]["http"]["paths"][0]["backend"]["serviceName"], "p-svc");
    }

    #[test]
    fn webhook_service_mapping_gets_namespace() {
        let svc = moved(prefixed(obj("v1", "Service", "hook", ""), "p-"), "sys");
        let vwc = res(
            json!({"apiVersion": "admissionregistration.k8s.io/v1", "kind": "ValidatingWebhookConfiguration",
            "metadata": {"name": "w"},
            "webhooks": [{"name": "w.example.com", "clientConfig": {"service": {"name": "hook", "namespace": "default", "path": "/v"}}}]}),
        );
        let m = run(vec![svc, vwc]).unwrap();
        assert_eq!(
            find(&m, "ValidatingWebhookConfiguration", "w")["webhooks"][0]["clientConfig"]["service"],
            json!({"name": "p-hook", "namespace": "sys", "path": "/v"})
        );
    }

    #[test]
    fn role_resource_names_cover_configmaps_and_secrets() {
        let role = res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "r"},
            "rules": [{"resources": ["configmaps", "secrets"], "resourceNames": ["cm", "sec", "x"]}]}));
        let m = run(vec![
            prefixed(obj("v1", "ConfigMap", "cm", ""), "p-"),
            prefixed(obj("v1", "Secret", "sec", ""), "p-"),
            role,
        ])
        .unwrap();
        assert_eq!(find(&m, "Role", "r")["rules"][0]["resourceNames"], json!(["p-cm", "p-sec", "x"]));
    }

    #[test]
    fn mapping_without_name_is_a_config_error() {
        let crb = res(json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
            "metadata": {"name": "crb"}, "subjects": [{"kind": "ServiceAccount"}]}));
        let err = run(vec![crb]).unwrap_err().to_string();
        assert!(err.contains("no 'name' field"), "{err}");
        assert!(err.contains("ClusterRoleBinding.v1.rbac.authorization.k8s.io/crb.[noNs]"), "{err}");
    }

    #[test]
    fn same_ending_matches_kustomize() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert!(same_ending(&s(&[]), &s(&[])));
        assert!(!same_ending(&s(&[]), &s(&["a"])));
        assert!(same_ending(&s(&["b"]), &s(&["a", "b"])));
        assert!(!same_ending(&s(&["a"]), &s(&["a", "b"])));
    }

    #[test]
    fn defaults_file_lists_every_referral_kind() {
        let text = include_str!("defaults/namereference.yaml");
        for kind in [
            "Deployment",
            "ReplicationController",
            "ReplicaSet",
            "StatefulSet",
            "ConfigMap",
            "Secret",
            "Service",
            "Role",
            "ClusterRole",
            "ServiceAccount",
            "PersistentVolumeClaim",
            "PersistentVolume",
            "StorageClass",
            "PriorityClass",
            "IngressClass",
        ] {
            assert!(text.contains(&format!("\n- kind: {kind}\n")), "{kind}");
        }
        assert_eq!(text.matches("  - path: ").count(), 166);
    }
}
