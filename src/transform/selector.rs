//! Target selection for patches (kustomize's `types.Selector`).
//!
//! Group, version, kind, name and namespace are regular expressions anchored
//! at both ends (`^(?:…)$`); an empty field matches anything. Name and
//! namespace match when either the original or the current value matches
//! (kustomize `resWrangler.Select`); the namespace compared is the effective
//! one (`default` for an unset namespace of a namespaced kind).
//! `labelSelector`/`annotationSelector` use Kubernetes label-selector syntax.
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use crate::transform::error::{bail, Context, Result};
use crate::yaml::{Map, Value};
use regex::Regex;

use crate::model::{ResId, Resource};
pub use crate::types::Selector;

/// kustomize's effective namespace for cluster-scoped kinds.
const NOT_NAMESPACEABLE: &str = "_non_namespaceable_";

/// A selector with its regexes and label requirements compiled.
#[derive(Debug)]
pub struct CompiledSelector {
    group: Option<Pattern>,
    version: Option<Pattern>,
    kind: Option<Pattern>,
    name: Option<Pattern>,
    namespace: Option<Pattern>,
    labels: Vec<Requirement>,
    annotations: Vec<Requirement>,
}

/// One anchored field pattern: most are plain words (`Deployment`,
/// `my-app`), which match only themselves; compiling those as regexes
/// cost more than the rest of a small build's selection (the compiler's
/// tables alone touch dozens of fresh pages, on every thread).
#[derive(Debug)]
enum Pattern {
    Exact(String),
    /// Plain characters and `.` (any one character but a newline), as in
    /// API groups (`apps.example.com`).
    Dotted(String),
    Regex(Regex),
}

impl Pattern {
    fn is_match(&self, s: &str) -> bool {
        match self {
            Pattern::Exact(p) => p == s,
            Pattern::Dotted(p) => {
                let mut chars = s.chars();
                p.bytes().all(|b| match chars.next() {
                    Some(c) if b == b'.' => c != '\n',
                    Some(c) => c == char::from(b),
                    None => false,
                }) && chars.next().is_none()
            }
            Pattern::Regex(re) => re.is_match(s),
        }
    }
}

/// True when `pattern` has no regex syntax: ASCII letters, digits and
/// `-`, `_`, `/`, `:` only (each of them matches itself in a regex).
fn is_plain(pattern: &str) -> bool {
    pattern.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'/' | b':'))
}

fn anchored(field: &str, pattern: &str) -> Result<Option<Pattern>> {
    if pattern.is_empty() {
        return Ok(None);
    }
    if is_plain(pattern) {
        return Ok(Some(Pattern::Exact(pattern.to_string())));
    }
    if pattern.split('.').all(is_plain) {
        return Ok(Some(Pattern::Dotted(pattern.to_string())));
    }
    Regex::new(&format!("^(?:{pattern})$"))
        .map(|re| Some(Pattern::Regex(re)))
        .with_context(|| format!("invalid {field} regex {pattern:?} in patch target"))
}

fn effective_ns(id: &ResId) -> &str {
    if id.gvk.is_cluster_scoped() {
        NOT_NAMESPACEABLE
    } else if id.namespace.is_empty() {
        "default"
    } else {
        &id.namespace
    }
}

impl CompiledSelector {
    pub fn new(sel: &Selector) -> Result<CompiledSelector> {
        Ok(CompiledSelector {
            group: anchored("group", &sel.group)?,
            version: anchored("version", &sel.version)?,
            kind: anchored("kind", &sel.kind)?,
            name: anchored("name", &sel.name)?,
            namespace: anchored("namespace", &sel.namespace)?,
            labels: parse_label_selector(&sel.label_selector).context("invalid labelSelector")?,
            annotations: parse_label_selector(&sel.annotation_selector).context("invalid annotationSelector")?,
        })
    }

    pub fn matches(&self, r: &Resource) -> bool {
        self.id_matches(r)
            && requirements_match(&self.labels, r.labels())
            && requirements_match(&self.annotations, r.annotations())
    }

    /// The namespace, name and GVK part of [`CompiledSelector::matches`]
    /// (kustomize reads labels and annotations only for these resources).
    pub fn id_matches(&self, r: &Resource) -> bool {
        // The current id's parts, borrowed from the resource.
        let av = r.api_version();
        let (group, version) = av.split_once('/').unwrap_or(("", av));
        let kind = r.kind();
        if let Some(re) = &self.namespace {
            let cur_ns = if crate::model::Gvk::parts_cluster_scoped(group, version, kind) {
                NOT_NAMESPACEABLE
            } else if r.namespace().is_empty() {
                "default"
            } else {
                r.namespace()
            };
            if !re.is_match(effective_ns(&r.orig_id)) && !re.is_match(cur_ns) {
                return false;
            }
        }
        if let Some(re) = &self.name {
            if !re.is_match(&r.orig_id.name) && !re.is_match(r.name()) {
                return false;
            }
        }
        let ok = |re: &Option<Pattern>, s: &str| re.as_ref().is_none_or(|re| re.is_match(s));
        ok(&self.group, group) && ok(&self.version, version) && ok(&self.kind, kind)
    }
}

thread_local! {
    static CACHE: RefCell<HashMap<String, Arc<CompiledSelector>>> = RefCell::new(HashMap::new());
}

fn cache_key(s: &Selector) -> String {
    [&s.group, &s.version, &s.kind, &s.name, &s.namespace, &s.label_selector, &s.annotation_selector]
        .iter()
        .map(|x| x.as_str())
        .collect::<Vec<_>>()
        .join("\u{0}")
}

/// Compile (or fetch from a per-thread cache) a selector.
pub fn compiled(sel: &Selector) -> Result<Arc<CompiledSelector>> {
    let key = cache_key(sel);
    if let Some(c) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(c);
    }
    let c = Arc::new(CompiledSelector::new(sel)?);
    CACHE.with(|m| m.borrow_mut().insert(key, c.clone()));
    Ok(c)
}

/// Whether `r` is selected by `sel`.
pub fn matches(sel: &Selector, r: &Resource) -> Result<bool> {
    Ok(compiled(sel)?.matches(r))
}

// ---------------------------------------------------------------------------
// Label selectors
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Eq)]
enum Op {
    Equals(String),
    NotEquals(String),
    In(Vec<String>),
    NotIn(Vec<String>),
    Exists,
    DoesNotExist,
    Gt(i64),
    Lt(i64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Requirement {
    key: String,
    op: Op,
}

fn requirements_match(reqs: &[Requirement], labels: Option<&Map<String, Value>>) -> bool {
    reqs.iter().all(|req| {
        let v = labels.and_then(|m| m.get(&req.key)).map(|v| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        match (&req.op, v) {
            (Op::Exists, v) => v.is_some(),
            (Op::DoesNotExist, v) => v.is_none(),
            (Op::Equals(x), Some(v)) => &v == x,
            (Op::Equals(_), None) => false,
            (Op::NotEquals(x), Some(v)) => &v != x,
            (Op::NotEquals(_), None) => true,
            (Op::In(xs), Some(v)) => xs.contains(&v),
            (Op::In(_), None) => false,
            (Op::NotIn(xs), Some(v)) => !xs.contains(&v),
            (Op::NotIn(_), None) => true,
            (Op::Gt(n), Some(v)) => v.parse::<i64>().is_ok_and(|x| x > *n),
            (Op::Lt(n), Some(v)) => v.parse::<i64>().is_ok_and(|x| x < *n),
            (Op::Gt(_) | Op::Lt(_), None) => false,
        }
    })
}

/// Split on commas that are not inside parentheses.
fn split_requirements(s: &str) -> Result<Vec<&str>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth < 0 {
                    bail!("unbalanced ')' in {s:?}");
                }
            }
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if depth != 0 {
        bail!("unbalanced '(' in {s:?}");
    }
    out.push(&s[start..]);
    Ok(out)
}

fn parse_set(rest: &str, whole: &str) -> Result<Vec<String>> {
    let rest = rest.trim();
    let inner = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .with_context(|| format!("expected '(values)' in {whole:?}"))?;
    let vals: Vec<String> = inner.split(',').map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
    if vals.is_empty() && !inner.trim().is_empty() {
        bail!("invalid value set in {whole:?}");
    }
    Ok(vals)
}

fn parse_label_selector(s: &str) -> Result<Vec<Requirement>> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(Vec::new());
    }
    let mut reqs = Vec::new();
    for part in split_requirements(s)? {
        let p = part.trim();
        if p.is_empty() {
            bail!("empty requirement in {s:?}");
        }
        let req = if let Some(k) = p.strip_prefix('!') {
            Requirement { key: k.trim().to_string(), op: Op::DoesNotExist }
        } else if let Some((k, v)) = p.split_once("!=") {
            Requirement { key: k.trim().to_string(), op: Op::NotEquals(v.trim().to_string()) }
        } else if let Some((k, v)) = p.split_once("==") {
            Requirement { key: k.trim().to_string(), op: Op::Equals(v.trim().to_string()) }
        } else if let Some((k, v)) = p.split_once('=') {
            Requirement { key: k.trim().to_string(), op: Op::Equals(v.trim().to_string()) }
        } else if let Some((k, v)) = p.split_once('>') {
            let n = v.trim().parse().with_context(|| format!("invalid number in {p:?}"))?;
            Requirement { key: k.trim().to_string(), op: Op::Gt(n) }
        } else if let Some((k, v)) = p.split_once('<') {
            let n = v.trim().parse().with_context(|| format!("invalid number in {p:?}"))?;
            Requirement { key: k.trim().to_string(), op: Op::Lt(n) }
        } else {
            let mut words = p.splitn(2, char::is_whitespace);
            let key = words.next().unwrap_or("").trim().to_string();
            let rest = words.next().unwrap_or("").trim();
            if rest.is_empty() {
                Requirement { key, op: Op::Exists }
            } else if let Some(set) = rest.strip_prefix("notin") {
                Requirement { key, op: Op::NotIn(parse_set(set, p)?) }
            } else if let Some(set) = rest.strip_prefix("in") {
                Requirement { key, op: Op::In(parse_set(set, p)?) }
            } else {
                bail!("unable to parse requirement {p:?}");
            }
        };
        if req.key.is_empty() || req.key.contains(char::is_whitespace) {
            bail!("invalid label key in requirement {p:?}");
        }
        reqs.push(req);
    }
    Ok(reqs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    #[test]
    fn plain_patterns_match_as_their_regexes_do() {
        let patterns = ["Deployment", "my-app", "apps", "v1", "a_b", "x/y", "host:5000", "A1", "app00001-cfg"];
        let subjects = [
            "Deployment",
            "deployment",
            "Deployments",
            "xDeployment",
            "my-app",
            "my-ap",
            "my-app\n",
            "apps",
            "v1",
            "v1beta1",
            "a_b",
            "x/y",
            "host:5000",
            "A1",
            "a1",
            "",
            "app00001-cfg",
            "Deploymen",
        ];
        for p in patterns {
            assert!(is_plain(p), "{p}");
            let Some(Pattern::Exact(_)) = anchored("name", p).unwrap() else { panic!("{p} not plain") };
            let re = Regex::new(&format!("^(?:{p})$")).unwrap();
            let fast = anchored("name", p).unwrap().unwrap();
            for s in subjects {
                assert_eq!(fast.is_match(s), re.is_match(s), "pattern {p:?} on {s:?}");
            }
        }
        // regex syntax still goes to the regex engine
        for p in ["app.*", "a|b", "v1.", "(x)", "[ab]", "a+", "a?", "^a", "a$", "\\w", "é"] {
            assert!(!is_plain(p), "{p}");
        }
        // dots alone match as the regex does
        let dotted_subjects = [
            "apps.example.com",
            "appsXexample.com",
            "apps.example.co",
            "apps.example.comm",
            "apps\nexample.com",
            "appséexample.com",
            "apps..example.com",
            "a.c",
            "abc",
            "a\nc",
            "aéc",
            "ac",
            ".",
            "",
            "\n",
            "é",
            "..",
        ];
        for p in ["apps.example.com", "a.c", ".", "..", ".a", "a.", "admissionregistration.k8s.io"] {
            let Some(Pattern::Dotted(_)) = anchored("group", p).unwrap() else { panic!("{p} not dotted") };
            let re = Regex::new(&format!("^(?:{p})$")).unwrap();
            let fast = anchored("group", p).unwrap().unwrap();
            for s in dotted_subjects.iter().chain(&subjects) {
                assert_eq!(fast.is_match(s), re.is_match(s), "pattern {p:?} on {s:?}");
            }
        }
        for p in ["app.*", "a.|b", "v1.+"] {
            assert!(matches!(anchored("group", p).unwrap(), Some(Pattern::Regex(_))), "{p}");
        }
        let dotted = anchored("name", "a.c").unwrap().unwrap();
        assert!(dotted.is_match("abc") && dotted.is_match("a.c") && !dotted.is_match("ac"));
        let alt = anchored("kind", "Service|Deployment").unwrap().unwrap();
        assert!(alt.is_match("Service") && alt.is_match("Deployment") && !alt.is_match("ServiceDeployment"));
        assert!(anchored("name", "(").is_err());
        assert!(anchored("name", "").unwrap().is_none());
    }

    fn res(api: &str, kind: &str, name: &str, ns: &str, labels: Value) -> Resource {
        let mut meta = json!({"name": name, "labels": labels});
        if !ns.is_empty() {
            meta["namespace"] = json!(ns);
        }
        Resource::new(json!({"apiVersion": api, "kind": kind, "metadata": meta}))
    }

    fn sel(f: impl FnOnce(&mut Selector)) -> Selector {
        let mut s = Selector::default();
        f(&mut s);
        s
    }

    #[test]
    fn regexes_are_anchored() {
        let r = res("apps/v1", "Deployment", "my-app", "", json!({}));
        assert!(matches(&sel(|s| s.name = "my-.*".into()), &r).unwrap());
        assert!(!matches(&sel(|s| s.name = "app".into()), &r).unwrap());
        assert!(matches(&sel(|s| s.name = "my-app|other".into()), &r).unwrap());
        assert!(matches(&sel(|s| s.kind = "Deploy.*".into()), &r).unwrap());
        assert!(!matches(&sel(|s| s.kind = "Deploy".into()), &r).unwrap());
        assert!(matches(&sel(|s| s.group = "apps".into()), &r).unwrap());
        assert!(!matches(&sel(|s| s.version = "v1beta1".into()), &r).unwrap());
        assert!(matches(&sel(|_| {}), &r).unwrap());
        assert!(matches(&Selector::default(), &r).unwrap());
        assert!(matches(&sel(|s| s.name = "(".into()), &r).is_err());
    }

    #[test]
    fn original_and_current_name_and_namespace() {
        let mut r = res("v1", "ConfigMap", "cm", "", json!({}));
        r.set_name("p-cm");
        r.set_namespace("prod");
        assert!(matches(&sel(|s| s.name = "cm".into()), &r).unwrap());
        assert!(matches(&sel(|s| s.name = "p-cm".into()), &r).unwrap());
        assert!(matches(&sel(|s| s.namespace = "default".into()), &r).unwrap());
        assert!(matches(&sel(|s| s.namespace = "prod".into()), &r).unwrap());
        assert!(!matches(&sel(|s| s.namespace = "dev".into()), &r).unwrap());
    }

    #[test]
    fn label_selectors() {
        let r = res("v1", "Service", "s", "", json!({"app": "web", "tier": "fe", "n": "5"}));
        let yes = |ls: &str| matches(&sel(|s| s.label_selector = ls.into()), &r).unwrap();
        assert!(yes("app=web"));
        assert!(yes("app==web,tier=fe"));
        assert!(!yes("app=web,tier=be"));
        assert!(yes("app!=db"));
        assert!(yes("missing!=x"));
        assert!(yes("app in (web, db)"));
        assert!(!yes("app notin (web,db)"));
        assert!(yes("missing notin (a)"));
        assert!(yes("app"));
        assert!(!yes("!app"));
        assert!(yes("!missing"));
        assert!(yes("n>3,n<6"));
        assert!(yes("app in (web),tier"));
        assert!(matches(&sel(|s| s.label_selector = "app in web".into()), &r).is_err());
    }

    #[test]
    fn annotation_selector() {
        let mut r = res("v1", "Service", "s", "", json!({}));
        r.meta_map_mut("annotations").insert("team".into(), json!("a"));
        assert!(matches(&sel(|s| s.annotation_selector = "team=a".into()), &r).unwrap());
        assert!(!matches(&sel(|s| s.annotation_selector = "team=b".into()), &r).unwrap());
    }
}
