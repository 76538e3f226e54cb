//! Helm's built-in objects: `.Capabilities` and `.Files`.
use std::collections::BTreeMap;

use super::value::Map;
use std::rc::Rc;

use base64::Engine as _;

use super::value::{Object, Value};
use crate::chart::FileData;

/// The API group/versions `helm template` knows without a cluster (Helm
/// v4.1.4, client-go v1.35).
pub const DEFAULT_API_VERSIONS: &[&str] = &[
    "v1",
    "admissionregistration.k8s.io/v1",
    "admissionregistration.k8s.io/v1alpha1",
    "admissionregistration.k8s.io/v1beta1",
    "internal.apiserver.k8s.io/v1alpha1",
    "apps/v1",
    "apps/v1beta1",
    "apps/v1beta2",
    "authentication.k8s.io/v1",
    "authentication.k8s.io/v1alpha1",
    "authentication.k8s.io/v1beta1",
    "authorization.k8s.io/v1",
    "authorization.k8s.io/v1beta1",
    "autoscaling/v1",
    "autoscaling/v2",
    "autoscaling/v2beta1",
    "autoscaling/v2beta2",
    "batch/v1",
    "batch/v1beta1",
    "certificates.k8s.io/v1",
    "certificates.k8s.io/v1beta1",
    "certificates.k8s.io/v1alpha1",
    "coordination.k8s.io/v1alpha2",
    "coordination.k8s.io/v1beta1",
    "coordination.k8s.io/v1",
    "discovery.k8s.io/v1",
    "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1",
    "events.k8s.io/v1beta1",
    "extensions/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1",
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1beta2",
    "flowcontrol.apiserver.k8s.io/v1beta3",
    "networking.k8s.io/v1",
    "networking.k8s.io/v1beta1",
    "node.k8s.io/v1",
    "node.k8s.io/v1alpha1",
    "node.k8s.io/v1beta1",
    "policy/v1",
    "policy/v1beta1",
    "rbac.authorization.k8s.io/v1",
    "rbac.authorization.k8s.io/v1beta1",
    "rbac.authorization.k8s.io/v1alpha1",
    "resource.k8s.io/v1",
    "resource.k8s.io/v1beta2",
    "resource.k8s.io/v1beta1",
    "resource.k8s.io/v1alpha3",
    "scheduling.k8s.io/v1alpha1",
    "scheduling.k8s.io/v1beta1",
    "scheduling.k8s.io/v1",
    "storage.k8s.io/v1beta1",
    "storage.k8s.io/v1",
    "storage.k8s.io/v1alpha1",
    "storagemigration.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1",
];

pub const DEFAULT_KUBE_VERSION: &str = "v1.35.0";

struct KubeVersion {
    version: String,
    major: String,
    minor: String,
}

impl Object for KubeVersion {
    fn type_name(&self) -> &str {
        "common.KubeVersion"
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "Version" | "GitVersion" => Some(Value::str(&self.version)),
            "Major" => Some(Value::str(&self.major)),
            "Minor" => Some(Value::str(&self.minor)),
            _ => None,
        }
    }
    fn display(&self) -> Option<String> {
        Some(self.version.clone())
    }
    fn to_value(&self) -> Value {
        let mut m = Map::new();
        m.insert("Version".into(), Value::str(&self.version));
        m.insert("Major".into(), Value::str(&self.major));
        m.insert("Minor".into(), Value::str(&self.minor));
        Value::from_map(m)
    }
}

struct ApiVersions(Vec<String>);

impl Object for ApiVersions {
    fn type_name(&self) -> &str {
        "common.VersionSet"
    }
    fn field(&self, _name: &str) -> Option<Value> {
        None
    }
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        match name {
            "Has" => Some(match args {
                [Value::Str(s)] => Ok(Value::Bool(self.0.iter().any(|v| v == &**s))),
                [other] => Err(format!("wrong type for value; expected string; got {}", other.type_name())),
                _ => Err(format!("wrong number of args for Has: want 1 got {}", args.len())),
            }),
            _ => None,
        }
    }
    fn to_value(&self) -> Value {
        Value::list(self.0.iter().map(|s| Value::str(s)).collect())
    }
}

struct HelmVersion;

impl Object for HelmVersion {
    fn type_name(&self) -> &str {
        "version.BuildInfo"
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "Version" => Some(Value::str("v4.1.4")),
            "GitCommit" => Some(Value::str("05fa37973dc9e42b76e1d2883494c87174b6074f")),
            "GitTreeState" => Some(Value::str("clean")),
            "GoVersion" => Some(Value::str("go1.25.9")),
            "KubeClientVersion" => Some(Value::str("v1.35")),
            _ => None,
        }
    }
    fn display(&self) -> Option<String> {
        Some("{v4.1.4 05fa37973dc9e42b76e1d2883494c87174b6074f clean go1.25.9 v1.35}".into())
    }
}

pub struct Capabilities {
    kube: Rc<KubeVersion>,
    apis: Rc<ApiVersions>,
}

impl Capabilities {
    /// `kube_version` like `v1.35.0` (a missing `v` is added);
    /// `extra_apis` are added to the default API versions (`--api-versions`).
    pub fn new(kube_version: Option<&str>, extra_apis: &[String]) -> Capabilities {
        let v = kube_version.unwrap_or(DEFAULT_KUBE_VERSION);
        let v = if v.starts_with('v') { v.to_string() } else { format!("v{v}") };
        let mut parts = v.trim_start_matches('v').split('.');
        let major = parts.next().unwrap_or("1").to_string();
        let minor = parts.next().unwrap_or("0").to_string();
        let mut apis: Vec<String> = DEFAULT_API_VERSIONS.iter().map(|s| s.to_string()).collect();
        apis.extend(extra_apis.iter().cloned());
        Capabilities { kube: Rc::new(KubeVersion { version: v, major, minor }), apis: Rc::new(ApiVersions(apis)) }
    }
}

impl Object for Capabilities {
    fn type_name(&self) -> &str {
        "*common.Capabilities"
    }
    fn field(&self, name: &str) -> Option<Value> {
        match name {
            "KubeVersion" => Some(Value::Object(self.kube.clone())),
            "APIVersions" => Some(Value::Object(self.apis.clone())),
            "HelmVersion" => Some(Value::Object(Rc::new(HelmVersion))),
            _ => None,
        }
    }
    fn to_value(&self) -> Value {
        let mut m = Map::new();
        m.insert("KubeVersion".into(), self.kube.to_value());
        m.insert("APIVersions".into(), self.apis.to_value());
        Value::from_map(m)
    }
}

/// `.Files`: the chart's non-template files (shared: `Glob` copies no
/// data; a chart directory's files are read from disk when first used).
pub struct Files(pub Rc<BTreeMap<String, FileData>>);

/// A file's bytes; an error (the file changed on disk since the chart was
/// loaded) becomes the template function's error.
fn bytes(f: &FileData) -> Result<&[u8], String> {
    f.bytes().map_err(|e| e.to_string())
}

impl Files {
    pub fn new(files: BTreeMap<String, FileData>) -> Files {
        Files(Rc::new(files))
    }
}

fn text(b: &[u8]) -> String {
    match std::str::from_utf8(b) {
        Ok(s) => s.to_string(),
        Err(_) => String::from_utf8_lossy(b).into_owned(),
    }
}

/// A file's text as a template string: valid UTF-8 (nearly every file) is
/// checked by the fast validator and copied once; anything else gets
/// U+FFFD for its invalid bytes, as Go prints them, and its raw bytes are
/// remembered for the functions that read a string as bytes ([`raw_bytes`]).
fn text_value(b: &[u8]) -> Value {
    match std::str::from_utf8(b) {
        Ok(s) => Value::str(s),
        Err(_) => {
            let text: Rc<str> = Rc::from(String::from_utf8_lossy(b));
            remember_raw(&text, b);
            Value::Str(text)
        }
    }
}

thread_local! {
    /// Go strings are bytes, ours are UTF-8: a file that is not UTF-8 (a
    /// compressed file, Latin-1 text) reads as text with U+FFFD for its
    /// invalid bytes, and its bytes are kept here, keyed by that text's
    /// allocation, so `.Files.Get "crds.bz2" | b64enc` (and `sha256sum`,
    /// `len`, ...) see the file itself, as in Helm. The text travels through
    /// a pipeline or a variable as the same `Rc`; a string made from it (by
    /// `printf`, `cat`, ...) is a new allocation and reads as its text.
    /// Entries whose text is gone are dropped on the next insert.
    static RAW_FILES: std::cell::RefCell<Vec<RawFile>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A non-UTF-8 file's text (weakly: the entry must not keep it alive) and bytes.
type RawFile = (std::rc::Weak<str>, Rc<[u8]>);

fn remember_raw(text: &Rc<str>, raw: &[u8]) {
    RAW_FILES.with(|r| {
        let mut r = r.borrow_mut();
        r.retain(|(w, _)| w.strong_count() > 0);
        r.push((Rc::downgrade(text), Rc::from(raw)));
    });
}

/// The bytes of a file read by `.Files.Get` whose text is `s`, when they
/// are not UTF-8 (see `RAW_FILES`).
pub(crate) fn raw_bytes(s: &Rc<str>) -> Option<Rc<[u8]>> {
    RAW_FILES.with(|r| {
        let r = r.borrow();
        if r.is_empty() {
            return None;
        }
        let p = Rc::as_ptr(s) as *const u8;
        r.iter().find(|(w, _)| w.strong_count() > 0 && std::ptr::eq(w.as_ptr() as *const u8, p)).map(|(_, b)| b.clone())
    })
}

impl Object for Files {
    fn type_name(&self) -> &str {
        "engine.files"
    }
    fn truthy(&self) -> bool {
        !self.0.is_empty()
    }
    fn field(&self, _name: &str) -> Option<Value> {
        None
    }
    fn call(&self, name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        let one = || -> Result<String, String> {
            match args {
                [Value::Str(s)] => Ok(String::from(&**s)),
                [o] => Err(format!("wrong type for value; expected string; got {}", o.type_name())),
                _ => Err(format!("wrong number of args for {name}: want 1 got {}", args.len())),
            }
        };
        Some(match name {
            "Get" | "GetBytes" => one().and_then(|p| match self.0.get(&p) {
                Some(b) => Ok(text_value(bytes(b)?)),
                None => Ok(Value::str("")),
            }),
            "Lines" => one().and_then(|p| match self.0.get(&p) {
                None => Ok(Value::list(vec![])),
                Some(b) => {
                    let mut s = text(bytes(b)?);
                    if s.ends_with('\n') {
                        s.pop();
                    }
                    Ok(Value::list(s.split('\n').map(Value::str).collect()))
                }
            }),
            "Glob" => one().map(|pat| {
                let m: BTreeMap<String, FileData> =
                    self.0.iter().filter(|(k, _)| glob_match(&pat, k)).map(|(k, v)| (k.clone(), v.clone())).collect();
                Value::Object(Rc::new(Files::new(m)))
            }),
            "AsConfig" => self.as_map(false).map(Value::from),
            "AsSecrets" => self.as_map(true).map(Value::from),
            _ => return None,
        })
    }
    fn to_value(&self) -> Value {
        // (an unreadable file prints as empty: this has no error to return)
        let m: Map = self.0.iter().map(|(k, v)| (k.clone(), text_value(v.bytes().unwrap_or_default()))).collect();
        Value::from_map(m)
    }
}

impl Files {
    fn as_map(&self, b64: bool) -> Result<String, String> {
        let mut m: Map = Map::new();
        for (k, v) in self.0.iter() {
            let base = k.rsplit('/').next().unwrap_or(k).to_string();
            let v = bytes(v)?;
            let val = if b64 { base64::engine::general_purpose::STANDARD.encode(v) } else { text(v) };
            m.insert(base, Value::from(val));
        }
        Ok(super::funcs::to_yaml(&Value::from_map(m)))
    }
}

/// gobwas/glob with `/` as separator: `*`, `**`, `?`, `[...]`, `{a,b}`.
pub fn glob_match(pat: &str, name: &str) -> bool {
    fn m(p: &[char], s: &[char]) -> bool {
        if p.is_empty() {
            return s.is_empty();
        }
        match p[0] {
            '*' => {
                let super_ = p.get(1) == Some(&'*');
                let rest = if super_ { &p[2..] } else { &p[1..] };
                for i in 0..=s.len() {
                    if m(rest, &s[i..]) {
                        return true;
                    }
                    if i < s.len() && !super_ && s[i] == '/' {
                        return false;
                    }
                }
                false
            }
            '?' => !s.is_empty() && s[0] != '/' && m(&p[1..], &s[1..]),
            '[' => {
                let Some(end) = p.iter().position(|&c| c == ']') else {
                    return !s.is_empty() && s[0] == '[' && m(&p[1..], &s[1..]);
                };
                if s.is_empty() {
                    return false;
                }
                let mut set = &p[1..end];
                let neg = set.first() == Some(&'!');
                if neg {
                    set = &set[1..];
                }
                let mut hit = false;
                let mut i = 0;
                while i < set.len() {
                    if i + 2 < set.len() && set[i + 1] == '-' {
                        if set[i] <= s[0] && s[0] <= set[i + 2] {
                            hit = true;
                        }
                        i += 3;
                    } else {
                        if set[i] == s[0] {
                            hit = true;
                        }
                        i += 1;
                    }
                }
                hit != neg && m(&p[end + 1..], &s[1..])
            }
            '{' => {
                let Some(end) = p.iter().position(|&c| c == '}') else {
                    return !s.is_empty() && s[0] == '{' && m(&p[1..], &s[1..]);
                };
                let inner: String = p[1..end].iter().collect();
                inner.split(',').any(|alt| {
                    let mut np: Vec<char> = alt.chars().collect();
                    np.extend_from_slice(&p[end + 1..]);
                    m(&np, s)
                })
            }
            '\\' if p.len() > 1 => !s.is_empty() && s[0] == p[1] && m(&p[2..], &s[1..]),
            c => !s.is_empty() && s[0] == c && m(&p[1..], &s[1..]),
        }
    }
    let p: Vec<char> = pat.chars().collect();
    let s: Vec<char> = name.chars().collect();
    m(&p, &s)
}
