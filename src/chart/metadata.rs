//! `Chart.yaml` (apiVersion v2): parsing, validation, and the `.Chart`
//! object templates see (Helm's capitalised field names).
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::ChartError;

/// A `dependencies:` entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dependency {
    pub name: String,
    pub version: String,
    pub repository: String,
    pub condition: String,
    pub tags: Vec<String>,
    pub alias: String,
    /// Each item a string (`exports.<x>`) or a map `{child, parent}`.
    pub import_values: Vec<Value>,
    pub enabled: bool,
}

/// A maintainer entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Maintainer {
    pub name: String,
    pub email: String,
    pub url: String,
}

/// Chart.yaml.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub api_version: String,
    pub name: String,
    pub version: String,
    pub app_version: String,
    pub description: String,
    pub kind: String,
    pub keywords: Vec<String>,
    pub home: String,
    pub sources: Vec<String>,
    pub icon: String,
    pub deprecated: bool,
    pub kube_version: String,
    pub maintainers: Vec<Maintainer>,
    pub annotations: BTreeMap<String, String>,
    pub dependencies: Vec<Dependency>,
}

fn scalar_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(match n.as_f64() {
            Some(f) if !(n.is_i64() || n.is_u64()) => crate::yaml::format_go_float(f, true),
            _ => n.to_string(),
        }),
        Value::Null => Some(String::new()),
        _ => None,
    }
}

struct Fields<'a> {
    file: &'a str,
    map: &'a Map<String, Value>,
    prefix: String,
}

impl Fields<'_> {
    fn string(&self, key: &str) -> Result<String, ChartError> {
        match self.map.get(key) {
            None => Ok(String::new()),
            Some(v) => scalar_string(v)
                .ok_or_else(|| ChartError::invalid(self.file, format!("field {}{key} must be a string", self.prefix))),
        }
    }
    fn strings(&self, key: &str) -> Result<Vec<String>, ChartError> {
        match self.map.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(a)) => a
                .iter()
                .map(|v| {
                    scalar_string(v).ok_or_else(|| {
                        ChartError::invalid(self.file, format!("field {}{key} must be a list of strings", self.prefix))
                    })
                })
                .collect(),
            Some(_) => Err(ChartError::invalid(self.file, format!("field {}{key} must be a list", self.prefix))),
        }
    }
}

impl Metadata {
    /// Parse and validate Chart.yaml. `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<(Metadata, Value), ChartError> {
        let (md, raw) = Metadata::parse_fields(text, file)?;
        md.validate(file)?;
        Ok((md, raw))
    }

    /// Parse Chart.yaml's fields without Helm's checks on the whole chart
    /// (`requirements.yaml` has only `dependencies`).
    pub fn parse_fields(text: &str, file: &str) -> Result<(Metadata, Value), ChartError> {
        let docs = crate::yaml::parse_values_documents(text, file)?;
        let raw = docs.into_iter().next().unwrap_or(Value::Object(Map::new()));
        let Value::Object(map) = &raw else {
            return Err(ChartError::invalid(file, "must be a mapping"));
        };
        let f = Fields { file, map, prefix: String::new() };
        let mut md = Metadata {
            api_version: f.string("apiVersion")?,
            name: f.string("name")?,
            version: f.string("version")?,
            app_version: f.string("appVersion")?,
            description: f.string("description")?,
            kind: f.string("type")?,
            keywords: f.strings("keywords")?,
            home: f.string("home")?,
            sources: f.strings("sources")?,
            icon: f.string("icon")?,
            deprecated: matches!(map.get("deprecated"), Some(Value::Bool(true))),
            kube_version: f.string("kubeVersion")?,
            ..Metadata::default()
        };
        match map.get("maintainers") {
            None | Some(Value::Null) => {}
            Some(Value::Array(a)) => {
                for (i, m) in a.iter().enumerate() {
                    let Value::Object(mm) = m else {
                        return Err(ChartError::invalid(file, format!("field maintainers[{i}] must be a mapping")));
                    };
                    let f = Fields { file, map: mm, prefix: format!("maintainers[{i}].") };
                    md.maintainers.push(Maintainer {
                        name: f.string("name")?,
                        email: f.string("email")?,
                        url: f.string("url")?,
                    });
                }
            }
            Some(_) => return Err(ChartError::invalid(file, "field maintainers must be a list")),
        }
        match map.get("annotations") {
            None | Some(Value::Null) => {}
            Some(Value::Object(a)) => {
                for (k, v) in a {
                    let s = scalar_string(v)
                        .ok_or_else(|| ChartError::invalid(file, format!("field annotations.{k} must be a string")))?;
                    md.annotations.insert(k.clone(), s);
                }
            }
            Some(_) => return Err(ChartError::invalid(file, "field annotations must be a mapping")),
        }
        match map.get("dependencies") {
            None | Some(Value::Null) => {}
            Some(Value::Array(a)) => {
                for (i, d) in a.iter().enumerate() {
                    let Value::Object(dm) = d else {
                        return Err(ChartError::invalid(file, format!("field dependencies[{i}] must be a mapping")));
                    };
                    let f = Fields { file, map: dm, prefix: format!("dependencies[{i}].") };
                    let import_values = match dm.get("import-values") {
                        None | Some(Value::Null) => Vec::new(),
                        Some(Value::Array(iv)) => {
                            for (j, item) in iv.iter().enumerate() {
                                let ok = match item {
                                    Value::String(_) => true,
                                    Value::Object(o) => {
                                        o.get("child").is_some_and(Value::is_string)
                                            && o.get("parent").is_some_and(Value::is_string)
                                    }
                                    _ => false,
                                };
                                if !ok {
                                    return Err(ChartError::invalid(
                                        file,
                                        format!(
                                            "field dependencies[{i}].import-values[{j}] must be a string or a mapping with child and parent"
                                        ),
                                    ));
                                }
                            }
                            iv.clone()
                        }
                        Some(_) => {
                            return Err(ChartError::invalid(
                                file,
                                format!("field dependencies[{i}].import-values must be a list"),
                            ))
                        }
                    };
                    md.dependencies.push(Dependency {
                        name: f.string("name")?,
                        version: f.string("version")?,
                        repository: f.string("repository")?,
                        condition: f.string("condition")?,
                        tags: f.strings("tags")?,
                        alias: f.string("alias")?,
                        import_values,
                        enabled: true,
                    });
                }
            }
            Some(_) => return Err(ChartError::invalid(file, "field dependencies must be a list")),
        }
        Ok((md, raw))
    }

    /// Helm's checks on Chart.yaml.
    pub fn validate(&self, file: &str) -> Result<(), ChartError> {
        if self.api_version.is_empty() {
            return Err(ChartError::invalid(file, "field apiVersion is required"));
        }
        if self.api_version != "v2" && self.api_version != "v1" {
            return Err(ChartError::invalid(
                file,
                format!(
                    "field apiVersion: {:?} is not supported (kforge reads apiVersion v2 charts)",
                    self.api_version
                ),
            ));
        }
        if self.name.is_empty() {
            return Err(ChartError::invalid(file, "field name is required"));
        }
        if self.name.contains('/') || self.name.contains('\\') || self.name == "." || self.name == ".." {
            return Err(ChartError::invalid(file, format!("field name: {:?} is not a valid chart name", self.name)));
        }
        if self.version.is_empty() {
            return Err(ChartError::invalid(file, "field version is required"));
        }
        if !helm_version_ok(&self.version) {
            return Err(ChartError::invalid(
                file,
                format!("field version: {:?} is not a valid semantic version (MAJOR[.MINOR[.PATCH]])", self.version),
            ));
        }
        if !self.kind.is_empty() && self.kind != "application" && self.kind != "library" {
            return Err(ChartError::invalid(
                file,
                format!("field type: {:?} is not valid (application or library)", self.kind),
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, d) in self.dependencies.iter().enumerate() {
            if d.name.is_empty() {
                return Err(ChartError::invalid(file, format!("field dependencies[{i}].name is required")));
            }
            let key = if d.alias.is_empty() { &d.name } else { &d.alias };
            if !seen.insert(key.clone()) {
                return Err(ChartError::invalid(
                    file,
                    format!("field dependencies[{i}]: more than one dependency with name or alias {key:?}"),
                ));
            }
        }
        if !self.kube_version.is_empty() {
            super::values::semver_constraint(&self.kube_version)
                .map_err(|e| ChartError::invalid(file, format!("field kubeVersion: {e}")))?;
        }
        Ok(())
    }

    /// `type: library`.
    pub fn is_library(&self) -> bool {
        self.kind == "library"
    }

    /// The `.Chart` object: Helm's field names (omitempty fields are absent
    /// when empty, as Go's templates see them through the struct: empty).
    pub fn to_object(&self, is_root: bool) -> Value {
        let s = |v: &str| Value::String(v.to_string());
        let list = |v: &[String]| Value::Array(v.iter().map(|x| s(x)).collect());
        let mut m = Map::new();
        m.insert("Name".into(), s(&self.name));
        m.insert("Home".into(), s(&self.home));
        m.insert("Sources".into(), list(&self.sources));
        m.insert("Version".into(), s(&self.version));
        m.insert("Description".into(), s(&self.description));
        m.insert("Keywords".into(), list(&self.keywords));
        m.insert(
            "Maintainers".into(),
            Value::Array(
                self.maintainers
                    .iter()
                    .map(|x| {
                        let mut mm = Map::new();
                        mm.insert("Name".into(), s(&x.name));
                        mm.insert("Email".into(), s(&x.email));
                        mm.insert("URL".into(), s(&x.url));
                        Value::Object(mm)
                    })
                    .collect(),
            ),
        );
        m.insert("Icon".into(), s(&self.icon));
        m.insert("APIVersion".into(), s(&self.api_version));
        m.insert("Condition".into(), s(""));
        m.insert("Tags".into(), s(""));
        m.insert("AppVersion".into(), s(&self.app_version));
        m.insert("Deprecated".into(), Value::Bool(self.deprecated));
        m.insert(
            "Annotations".into(),
            Value::Object(self.annotations.iter().map(|(k, v)| (k.clone(), s(v))).collect()),
        );
        m.insert("KubeVersion".into(), s(&self.kube_version));
        m.insert(
            "Dependencies".into(),
            Value::Array(
                self.dependencies
                    .iter()
                    .map(|d| {
                        let mut mm = Map::new();
                        mm.insert("Name".into(), s(&d.name));
                        mm.insert("Version".into(), s(&d.version));
                        mm.insert("Repository".into(), s(&d.repository));
                        mm.insert("Condition".into(), s(&d.condition));
                        mm.insert("Tags".into(), list(&d.tags));
                        mm.insert("Enabled".into(), Value::Bool(d.enabled));
                        mm.insert("ImportValues".into(), Value::Array(d.import_values.clone()));
                        mm.insert("Alias".into(), s(&d.alias));
                        Value::Object(mm)
                    })
                    .collect(),
            ),
        );
        m.insert("Type".into(), s(&self.kind));
        m.insert("IsRoot".into(), Value::Bool(is_root));
        Value::Object(m)
    }
}

/// Whether helm accepts `v` as a chart version (Masterminds semver's lenient
/// form, as helm v4.1.4 validates Chart.yaml): an optional `v`, one to three
/// numbers (leading zeros allowed, each within u64), then an optional
/// `-prerelease` whose numeric identifiers have no leading zero and an
/// optional `+metadata`, both dot-separated `[0-9A-Za-z-]+` identifiers.
pub fn helm_version_ok(v: &str) -> bool {
    let t = v.strip_prefix('v').unwrap_or(v);
    let (rest, meta) = match t.split_once('+') {
        Some((a, b)) => (a, Some(b)),
        None => (t, None),
    };
    let (core, pre) = match rest.split_once('-') {
        Some((a, b)) => (a, Some(b)),
        None => (rest, None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() > 3
        || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|c| c.is_ascii_digit()) || p.parse::<u64>().is_err())
    {
        return false;
    }
    let idents =
        |s: &str| s.split('.').all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'));
    if let Some(pre) = pre {
        if !idents(pre)
            || pre.split('.').any(|p| p.len() > 1 && p.starts_with('0') && p.bytes().all(|c| c.is_ascii_digit()))
        {
            return false;
        }
    }
    meta.is_none_or(idents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_as_helm_accepts_them() {
        // Each verdict checked with helm v4.1.4 (`helm template` on a chart with that version).
        for v in [
            "v0.0.0",
            "1.0",
            "1",
            "v1",
            "v1.2",
            "0",
            "00",
            "01.2.3",
            "1.02.3",
            "1.2.3-rc.1",
            "1.2.3-0",
            "1.2.3-01a",
            "1.2.3-a-.b",
            "1.2.3-rc-1",
            "1.2.3-a+b-c",
            "1.2.3+build.01",
            "1.2.3+0001",
            "18446744073709551615.0.0",
        ] {
            assert!(helm_version_ok(v), "{v}");
        }
        for v in [
            "1.2.3-01",
            "1.2.3-rc.01",
            "1.2.3-00",
            "1.2.3-a..b",
            "1.2.3.4",
            "V1.2.3",
            "1.2.3-",
            "1.2.3+",
            " 1.2.3",
            "1.2.3-alpha_1",
            "1.2.3+a+b",
            "v",
            "1..2",
            "18446744073709551616",
            "",
        ] {
            assert!(!helm_version_ok(v), "{v}");
        }
        let (md, _) = Metadata::parse("apiVersion: v2\nname: p\nversion: v0.0.0\n", "Chart.yaml").unwrap();
        assert_eq!(md.version, "v0.0.0");
    }

    #[test]
    fn parses_and_validates() {
        let (md, _) = Metadata::parse(
            "apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: 1.16\ndependencies:\n- name: sub\n  version: ^1.0\n  alias: s\n  tags: [a]\n  import-values: [data, {child: x, parent: z}]\n",
            "Chart.yaml",
        )
        .unwrap();
        assert_eq!(md.app_version, "1.16");
        assert_eq!(md.dependencies[0].alias, "s");
        assert_eq!(md.dependencies[0].import_values.len(), 2);
        let e =
            Metadata::parse("apiVersion: v2\nname: demo\nversion: 1.2.3-01\n", "c/Chart.yaml").unwrap_err().to_string();
        assert!(e.contains("c/Chart.yaml: field version"), "{e}");
        let e = Metadata::parse("apiVersion: v2\nversion: 1.0.0\n", "c/Chart.yaml").unwrap_err().to_string();
        assert!(e.contains("field name is required"), "{e}");
        let e = Metadata::parse("apiVersion: v2\nname: x\nversion: 1.0.0\ntype: app\n", "Chart.yaml").unwrap_err();
        assert!(e.to_string().contains("field type"));
    }
}
