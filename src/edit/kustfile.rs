//! Reading and rewriting a kustomization file the way `kustomize edit` does.
//!
//! kustomize does not edit the text: it decodes the file, changes the
//! decoded value, and writes every top-level field again in go-yaml v2's
//! style. What it keeps is the order of the top-level fields and the comment
//! and blank lines in front of each of them (comment lines inside a field's
//! value move up in front of that field). Fields the file did not have are
//! appended in kustomize's field order. kforge writes the same bytes.
use std::path::{Path, PathBuf};

use crate::yaml::{Map, Value};

use super::EditError;
use crate::load::kustomization::Kustomization;

/// The names kustomize recognizes, in the order it looks for them.
pub const FILE_NAMES: [&str; 3] = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

/// kustomize's field order: (Go struct field, JSON key).
pub const FIELD_ORDER: &[(&str, &str)] = &[
    ("APIVersion", "apiVersion"),
    ("Kind", "kind"),
    ("MetaData", "metadata"),
    ("SortOptions", "sortOptions"),
    ("Resources", "resources"),
    ("Bases", "bases"),
    ("NamePrefix", "namePrefix"),
    ("NameSuffix", "nameSuffix"),
    ("Namespace", "namespace"),
    ("Crds", "crds"),
    ("CommonLabels", "commonLabels"),
    ("Labels", "labels"),
    ("CommonAnnotations", "commonAnnotations"),
    ("PatchesStrategicMerge", "patchesStrategicMerge"),
    ("PatchesJson6902", "patchesJson6902"),
    ("Patches", "patches"),
    ("ConfigMapGenerator", "configMapGenerator"),
    ("SecretGenerator", "secretGenerator"),
    ("HelmCharts", "helmCharts"),
    ("HelmChartInflationGenerator", "helmChartInflationGenerator"),
    ("HelmGlobals", "helmGlobals"),
    ("GeneratorOptions", "generatorOptions"),
    ("Vars", "vars"),
    ("Images", "images"),
    ("Replacements", "replacements"),
    ("Replicas", "replicas"),
    ("Configurations", "configurations"),
    ("Generators", "generators"),
    ("Transformers", "transformers"),
    ("Validators", "validators"),
    ("Components", "components"),
    ("OpenAPI", "openapi"),
    ("BuildMetadata", "buildMetadata"),
];

/// Every top-level key of the schema (the above plus `imageTags`).
const ALL_KEYS: &[&str] = &["imageTags"];

/// A kustomization file opened for editing.
#[derive(Debug, Clone)]
pub struct KustFile {
    /// The file (in the directory it was opened in).
    pub path: PathBuf,
    /// Top-level fields in file order with the lines in front of each.
    original: Vec<(usize, String)>,
    /// The decoded content, keyed by kustomize's JSON field names.
    pub doc: Map<String, Value>,
}

/// Find the one kustomization file of `dir`, with `kustomize edit`'s errors.
pub fn find(dir: &Path) -> Result<PathBuf, EditError> {
    let found: Vec<PathBuf> = FILE_NAMES.iter().map(|n| dir.join(n)).filter(|p| p.exists()).collect();
    match found.len() {
        0 => Err(EditError::msg("Missing kustomization file 'kustomization.yaml'.\n")),
        1 => {
            let p = found.into_iter().next().unwrap_or_default();
            if p.is_dir() {
                return Err(EditError::msg(format!("{} should be a file", file_name(&p))));
            }
            Ok(p)
        }
        _ => {
            let names: Vec<String> = found.iter().map(|p| file_name(p)).collect();
            Err(EditError::msg(format!("Found multiple kustomization file: [{}]\n", names.join(" "))))
        }
    }
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

impl KustFile {
    /// Open the kustomization file of `dir`.
    pub fn open(dir: &Path) -> Result<KustFile, EditError> {
        let path = find(dir)?;
        let bytes = std::fs::read(&path).map_err(|e| EditError::io(&path, e))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| EditError::msg(format!("invalid Kustomization: {}: not UTF-8 text", path.display())))?;
        KustFile::from_text(path, &text)
    }

    /// Decode `text` (the content of `path`) as `kustomize edit` reads it:
    /// the schema is checked, kind and apiVersion get their defaults, and
    /// the deprecated fields that kustomize moves on every read (`bases`,
    /// `imageTags`, `env`, `helmChartInflationGenerator`) are moved.
    pub fn from_text(path: PathBuf, text: &str) -> Result<KustFile, EditError> {
        let origin = path.display().to_string();
        let value = crate::yaml::parse_kustomization(text, &origin)
            .map_err(|e| EditError::msg(format!("invalid Kustomization: {e}")))?;
        let value = if value.is_null() { Value::Object(Map::new()) } else { value };
        Kustomization::from_value(value.clone()).map_err(|e| EditError::msg(format!("{}: {e}", path.display())))?;
        let mut doc = Map::new();
        if let Value::Object(m) = value {
            for (k, v) in m {
                if v.is_null() {
                    continue;
                }
                doc.insert(canonical_key(&k), v);
            }
        }
        let mut kf = KustFile { path, original: commented_fields(text), doc };
        kf.fix_on_read();
        Ok(kf)
    }

    /// kustomize's `FixKustomization`, run on every read.
    fn fix_on_read(&mut self) {
        let d = &mut self.doc;
        let kind = d.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
        if kind.is_empty() {
            d.insert("kind".into(), Value::String("Kustomization".into()));
        }
        if d.get("apiVersion").and_then(Value::as_str).unwrap_or("").is_empty() {
            let v = if kind == "Component" {
                "kustomize.config.k8s.io/v1alpha1"
            } else {
                "kustomize.config.k8s.io/v1beta1"
            };
            d.insert("apiVersion".into(), Value::String(v.into()));
        }
        if let Some(Value::Array(bases)) = d.remove("bases") {
            list_mut(d, "resources").extend(bases);
        }
        if let Some(Value::Array(tags)) = d.remove("imageTags") {
            list_mut(d, "images").extend(tags);
        }
        for g in ["configMapGenerator", "secretGenerator"] {
            if let Some(Value::Array(items)) = d.get_mut(g) {
                for item in items.iter_mut().filter_map(Value::as_object_mut) {
                    match item.remove("env") {
                        Some(Value::String(env)) if !env.is_empty() => {
                            list_mut(item, "envs").push(Value::String(env));
                        }
                        _ => {}
                    }
                }
            }
        }
        if let Some(Value::Array(legacy)) = d.remove("helmChartInflationGenerator") {
            let mut charts = Vec::new();
            let mut home = (String::new(), String::new());
            for l in legacy {
                let Value::Object(l) = l else { continue };
                let s = |k: &str| l.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                if !s("chartHome").is_empty() {
                    home.0 = s("chartHome");
                }
                if !s("helmHome").is_empty() {
                    home.1 = s("helmHome");
                }
                let mut c = Map::new();
                for (from, to) in [
                    ("chartName", "name"),
                    ("chartVersion", "version"),
                    ("chartRepoUrl", "repo"),
                    ("values", "valuesFile"),
                    ("valuesLocal", "valuesInline"),
                    ("valuesMerge", "valuesMerge"),
                    ("releaseName", "releaseName"),
                ] {
                    if let Some(v) = l.get(from) {
                        if !is_empty(v) {
                            c.insert(to.to_string(), v.clone());
                        }
                    }
                }
                charts.push(Value::Object(c));
            }
            if !d.contains_key("helmGlobals") && (!home.0.is_empty() || !home.1.is_empty()) {
                let mut g = Map::new();
                if !home.0.is_empty() {
                    g.insert("chartHome".into(), Value::String(home.0));
                }
                if !home.1.is_empty() {
                    g.insert("configHome".into(), Value::String(home.1));
                }
                d.insert("helmGlobals".into(), Value::Object(g));
            }
            list_mut(d, "helmCharts").extend(charts);
        }
    }

    /// The string list `field` (created empty when absent).
    pub fn strings(&self, field: &str) -> Vec<String> {
        match self.doc.get(field) {
            Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            _ => Vec::new(),
        }
    }

    /// Replace the string list `field`.
    pub fn set_strings(&mut self, field: &str, items: Vec<String>) {
        self.doc.insert(field.to_string(), Value::Array(items.into_iter().map(Value::String).collect()));
    }

    /// The string value of `field` ("" when absent).
    pub fn string(&self, field: &str) -> &str {
        self.doc.get(field).and_then(Value::as_str).unwrap_or("")
    }

    /// The file's new content, as kustomize writes it.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for (idx, comment) in &self.original {
            out.push_str(comment);
            out.push_str(&self.field_text(FIELD_ORDER[*idx].1));
        }
        for (i, (_, json)) in FIELD_ORDER.iter().enumerate() {
            if self.original.iter().any(|(o, _)| *o == i) {
                continue;
            }
            out.push_str(&self.field_text(json));
        }
        out
    }

    /// One top-level field in go-yaml v2's style; nothing when empty.
    fn field_text(&self, json: &str) -> String {
        let Some(v) = self.doc.get(json) else {
            return String::new();
        };
        let v = normalize(json, v);
        if v.is_null()
            || (is_empty(&v) && !matches!(json, "metadata" | "sortOptions" | "helmGlobals" | "generatorOptions"))
        {
            return String::new();
        }
        let mut one = Map::new();
        one.insert(json.to_string(), v);
        crate::yaml::to_yaml(&Value::Object(one))
    }

    /// Write the file back atomically.
    pub fn write(&self) -> Result<(), EditError> {
        crate::fsutil::write_atomic(&self.path, self.render().as_bytes()).map_err(|e| EditError::io(&self.path, e))
    }
}

/// A top-level key as kustomize's schema spells it (keys match without
/// regard to case); unknown keys unchanged.
pub fn canonical_key(k: &str) -> String {
    FIELD_ORDER
        .iter()
        .map(|(_, j)| *j)
        .chain(ALL_KEYS.iter().copied())
        .find(|f| f.eq_ignore_ascii_case(k))
        .map(str::to_string)
        .unwrap_or_else(|| k.to_string())
}

/// The whole document as `yaml.Marshal` of kustomize's typed value writes
/// it: empty fields left out, keys in alphabetical order.
pub fn render_sorted(doc: &Map<String, Value>) -> String {
    let mut out = Map::new();
    for (k, v) in doc {
        let v = normalize(k, v);
        if v.is_null() || (is_empty(&v) && !POINTER_FIELDS.contains(&k.as_str())) {
            continue;
        }
        out.insert_key(k.clone(), v);
    }
    crate::yaml::to_yaml(&Value::Object(out))
}

/// Fields Go holds as pointers: written even when empty (`{}`).
const POINTER_FIELDS: &[&str] = &["metadata", "sortOptions", "helmGlobals", "generatorOptions"];

/// `d[key]` as a list, created when absent or not a list.
pub fn list_mut<'a>(d: &'a mut Map<String, Value>, key: &str) -> &'a mut Vec<Value> {
    let slot = d.entry(key.to_string()).or_insert_with(|| Value::Array(Vec::new()));
    if !slot.is_array() {
        *slot = Value::Array(Vec::new());
    }
    match slot {
        Value::Array(a) => a,
        _ => unreachable!("just made a list"),
    }
}

/// Empty as Go's `omitempty` sees it: "", false, 0, empty list or map, null.
pub fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
    }
}

/// Drop the keys Go would leave out of a struct (`omitempty`), except `keep`.
fn struct_fields(v: &Value, keep: &[&str], nested: &dyn Fn(&str, &Value) -> Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m {
                if x.is_null() || (is_empty(x) && !keep.contains(&k.as_str())) {
                    continue;
                }
                out.insert_key(k.clone(), nested(k, x));
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn list_of(v: &Value, f: &dyn Fn(&Value) -> Value) -> Value {
    match v {
        Value::Array(a) => Value::Array(a.iter().map(f).collect()),
        other => other.clone(),
    }
}

fn plain(_: &str, x: &Value) -> Value {
    x.clone()
}

fn options(x: &Value) -> Value {
    struct_fields(x, &[], &plain)
}

fn generator(field: &str) -> impl Fn(&Value) -> Value + '_ {
    move |item: &Value| {
        struct_fields(item, &[], &|k, x| match k {
            "options" => options(x),
            "type" if field == "configMapGenerator" => x.clone(),
            _ => x.clone(),
        })
    }
}

/// A field's value as Go's typed round trip leaves it: struct fields with
/// zero values are dropped where the schema says `omitempty`.
fn normalize(field: &str, v: &Value) -> Value {
    match field {
        "images" => list_of(v, &|i| struct_fields(i, &[], &plain)),
        "replicas" => list_of(v, &|i| {
            let mut out = struct_fields(i, &["count"], &plain);
            if let Value::Object(m) = &mut out {
                m.entry("count").or_insert(Value::from(0));
            }
            out
        }),
        "patches" | "patchesJson6902" => list_of(v, &|p| {
            struct_fields(p, &["target"], &|k, x| match k {
                "target" => struct_fields(x, &[], &plain),
                _ => x.clone(),
            })
        }),
        "labels" => list_of(v, &|l| {
            struct_fields(l, &[], &|k, x| match k {
                "fields" => list_of(x, &|f| struct_fields(f, &[], &plain)),
                _ => x.clone(),
            })
        }),
        "configMapGenerator" | "secretGenerator" => list_of(v, &generator(field)),
        "generatorOptions" => options(v),
        _ => v.clone(),
    }
}

/// kustomize's reading of the text: each line that starts with a known
/// top-level field name (any case) followed by `:` opens a field; the
/// comment and blank lines before it belong to it. Comment lines met inside
/// a field's value are moved in front of that field. Only complete lines
/// count (a last line without a newline is not looked at).
fn commented_fields(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut pending = String::new();
    let mut rest = text;
    while let Some(nl) = rest.find('\n') {
        let line = &rest[..=nl];
        rest = &rest[nl + 1..];
        let body = line.trim_start_matches(' ').trim_end_matches('\n');
        if body.is_empty() || body.starts_with('#') {
            pending.push_str(line);
            continue;
        }
        match matched_field(line) {
            Some(i) => out.push((i, std::mem::take(&mut pending))),
            None => {
                if !pending.is_empty() {
                    if let Some(last) = out.last_mut() {
                        last.1.push_str(&std::mem::take(&mut pending));
                    }
                }
            }
        }
    }
    out
}

fn matched_field(line: &str) -> Option<usize> {
    FIELD_ORDER.iter().position(|(go, _)| {
        line.len() > go.len()
            && line.is_char_boundary(go.len())
            && line[..go.len()].eq_ignore_ascii_case(go)
            && line.as_bytes()[go.len()] == b':'
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(text: &str) -> String {
        KustFile::from_text(PathBuf::from("kustomization.yaml"), text).unwrap().render()
    }

    #[test]
    fn comments_and_order_survive_a_rewrite() {
        let text = "# a comment\n# more\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../namespaces\n- pod.yaml\n# keep this\nvars:\n- fieldref:\n    fieldPath: metadata.name\n  name: MY_SERVICE_NAME\n  objref:\n    apiVersion: v1\n    kind: Service\n    name: my-service\n# patches\npatchesStrategicMerge:\n- service.yaml\n";
        assert_eq!(roundtrip(text), text);
    }

    #[test]
    fn inner_comments_move_up_and_keys_are_recased() {
        let text = "\n# top\nRESOURCES:\n- a.yaml\n  # inner\n- b.yaml\n\nkind: kustomization\n# gen\ngeneratorOptions:\n  disableNameSuffixHash: true\n";
        let want = "\n# top\n  # inner\nresources:\n- a.yaml\n- b.yaml\n\nkind: kustomization\n# gen\ngeneratorOptions:\n  disableNameSuffixHash: true\napiVersion: kustomize.config.k8s.io/v1beta1\n";
        assert_eq!(roundtrip(text), want);
    }

    #[test]
    fn missing_type_fields_are_appended() {
        let text = "\npatches:\n- path: p1.yaml\n  target:\n    kind: Deployment\n";
        assert_eq!(
            roundtrip(text),
            "\npatches:\n- path: p1.yaml\n  target:\n    kind: Deployment\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
        );
    }

    #[test]
    fn document_separator_is_dropped() {
        let text = "\n# c\n---\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\nnamespace: ns\n";
        assert_eq!(
            roundtrip(text),
            "\n# c\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\nnamespace: ns\n"
        );
    }

    #[test]
    fn bases_and_image_tags_move_on_read() {
        let text = "bases:\n- ../base\nresources:\n- a.yaml\nimageTags:\n- name: nginx\n  newTag: \"1.2\"\n";
        assert_eq!(
            roundtrip(text),
            "resources:\n- a.yaml\n- ../base\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nimages:\n- name: nginx\n  newTag: \"1.2\"\n"
        );
    }

    #[test]
    fn unknown_field_is_an_error() {
        let e = KustFile::from_text(PathBuf::from("kustomization.yaml"), "foo:\n  bar\n").unwrap_err();
        assert!(e.to_string().contains("foo"), "{e}");
    }
}
