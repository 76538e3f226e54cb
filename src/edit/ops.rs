//! The `set`, `add` and `remove` edits.
use std::collections::BTreeMap;
use std::path::Path;

use crate::yaml::{json, Map, Value};

use super::kustfile::{list_mut, KustFile};
use super::{EditError, EditOp, GeneratorFlags, Outcome};

type R<T> = Result<T, EditError>;

fn err<T>(s: impl Into<String>) -> R<T> {
    Err(EditError::msg(s))
}

/// `edit add|remove patch` flags.
#[derive(Debug, Clone, Default)]
pub struct Patch {
    pub path: String,
    pub patch: String,
    pub group: String,
    pub version: String,
    pub kind: String,
    pub name: String,
    pub namespace: String,
    pub annotation_selector: String,
    pub label_selector: String,
}

impl Patch {
    /// The `patches:` entry these flags describe (no `target` when no target flag is set).
    fn entry(&self) -> Value {
        let mut m = Map::new();
        if !self.path.is_empty() {
            m.insert("path".into(), json!(self.path));
        }
        if !self.patch.is_empty() {
            m.insert("patch".into(), json!(self.patch));
        }
        let mut t = Map::new();
        for (k, v) in [
            ("group", &self.group),
            ("version", &self.version),
            ("kind", &self.kind),
            ("name", &self.name),
            ("namespace", &self.namespace),
            ("annotationSelector", &self.annotation_selector),
            ("labelSelector", &self.label_selector),
        ] {
            if !v.is_empty() {
                t.insert(k.into(), json!(v));
            }
        }
        if !t.is_empty() {
            m.insert("target".into(), Value::Object(t));
        }
        Value::Object(m)
    }
}

/// A patch entry as Go compares them (zero fields dropped).
fn patch_key(v: &Value) -> Value {
    let mut out = Map::new();
    if let Value::Object(m) = v {
        for k in ["path", "patch"] {
            if let Some(s) = m.get(k).and_then(Value::as_str).filter(|s| !s.is_empty()) {
                out.insert(k.into(), json!(s));
            }
        }
        if let Some(Value::Object(t)) = m.get("target") {
            let t: Map<String, Value> =
                t.iter().filter(|(_, x)| x.as_str() != Some("")).map(|(k, x)| (k.clone(), x.clone())).collect();
            out.insert("target".into(), Value::Object(t));
        }
        if let Some(Value::Object(o)) = m.get("options") {
            if !o.is_empty() {
                out.insert("options".into(), Value::Object(o.clone()));
            }
        }
    }
    Value::Object(out)
}

pub fn run(dir: &Path, op: &EditOp) -> R<Outcome> {
    let mut out = Outcome::default();
    // Arguments are checked before the file is looked for, as kustomize does.
    match op {
        EditOp::SetImage(args) => {
            let images = args.iter().map(|a| image_arg(a)).collect::<R<Vec<_>>>()?;
            if images.is_empty() {
                return err("no image specified");
            }
            let mut kf = KustFile::open(dir)?;
            set_images(&mut kf, images);
            kf.write()?;
        }
        EditOp::SetNamespace(args) => {
            if args.len() != 1 {
                return err("must specify exactly one namespace value");
            }
            let ns = &args[0];
            let errs = dns1123_label(ns);
            if !errs.is_empty() {
                return err(format!("{ns:?} is not a valid namespace name: {}", errs.join(";")));
            }
            set_string(dir, "namespace", ns)?;
        }
        EditOp::SetNamePrefix(args) => {
            if args.len() != 1 {
                return err("must specify exactly one prefix value");
            }
            set_string(dir, "namePrefix", &args[0])?;
        }
        EditOp::SetNameSuffix(args) => {
            if args.len() != 1 {
                return err("must specify exactly one suffix value");
            }
            set_string(dir, "nameSuffix", &args[0])?;
        }
        EditOp::SetLabel(args) | EditOp::SetAnnotation(args) => {
            let (kind, field) = if matches!(op, EditOp::SetLabel(_)) {
                ("label", "commonLabels")
            } else {
                ("annotation", "commonAnnotations")
            };
            if args.is_empty() {
                return err(format!("must specify {kind}"));
            }
            let pairs = slice_to_map(args, kind)?;
            validate_pairs(&pairs, kind == "label")?;
            let mut kf = KustFile::open(dir)?;
            let m = map_mut(&mut kf.doc, field);
            for (k, v) in pairs {
                m.insert(k, Value::String(v));
            }
            kf.write()?;
        }
        EditOp::SetReplicas(args) => {
            if args.is_empty() {
                return err("no replicas specified");
            }
            let mut want: BTreeMap<String, i64> = BTreeMap::new();
            for a in args {
                let parts: Vec<&str> = a.split('=').collect();
                let count = match parts.as_slice() {
                    [_, n] => n.parse::<i64>().ok(),
                    _ => None,
                };
                let Some(count) = count else {
                    return err("invalid format of replica, use the following format: <name>=<count>");
                };
                want.insert(parts[0].to_string(), count);
            }
            let mut kf = KustFile::open(dir)?;
            if let Some(Value::Array(existing)) = kf.doc.get("replicas") {
                for r in existing {
                    let name = r.get("name").and_then(Value::as_str).unwrap_or("").to_string();
                    let count = r.get("count").and_then(Value::as_i64).unwrap_or(0);
                    want.entry(name).or_insert(count);
                }
            }
            let list: Vec<Value> = want
                .into_iter()
                .map(|(name, count)| {
                    let mut m = Map::new();
                    if !name.is_empty() {
                        m.insert("name".into(), json!(name));
                    }
                    m.insert("count".into(), json!(count));
                    Value::Object(m)
                })
                .collect();
            kf.doc.insert("replicas".into(), Value::Array(list));
            kf.write()?;
        }
        EditOp::SetBuildMetadata(args) => {
            let opts = build_metadata_args(args)?;
            let mut kf = KustFile::open(dir)?;
            kf.set_strings("buildMetadata", opts);
            kf.write()?;
        }
        EditOp::AddResource { paths, no_verify } => {
            if paths.is_empty() {
                return err("must specify a resource file");
            }
            let found = glob_with_dirs(dir, paths, *no_verify)?;
            if found.is_empty() {
                return Ok(out);
            }
            let mut kf = KustFile::open(dir)?;
            let own = kf.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut list = kf.strings("resources");
            for r in found {
                if r == own {
                    continue;
                }
                if list.contains(&r) {
                    out.notes.push(format!("resource {r} already in kustomization file"));
                    continue;
                }
                list.push(r);
            }
            kf.set_strings("resources", list);
            kf.write()?;
        }
        EditOp::AddComponent(paths) => {
            if paths.is_empty() {
                return err("must specify a component file");
            }
            let found = glob_with_dirs(dir, paths, false)?;
            if found.is_empty() {
                return Ok(out);
            }
            let mut kf = KustFile::open(dir)?;
            let own = kf.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let mut list = kf.strings("components");
            for c in found {
                if c == own {
                    continue;
                }
                if list.contains(&c) {
                    out.notes.push(format!("component {c} already in kustomization file"));
                    continue;
                }
                list.push(c);
            }
            kf.set_strings("components", list);
            kf.write()?;
        }
        EditOp::AddBase(args) => {
            if args.len() != 1 {
                return err("must specify a base directory");
            }
            let mut kf = KustFile::open(dir)?;
            let mut list = kf.strings("resources");
            for p in args[0].split(',') {
                if !dir.join(p).exists() {
                    return err(format!("{p} does not exist"));
                }
                if list.iter().any(|x| x == p) {
                    return err(format!("base {p} already in kustomization file"));
                }
                list.push(p.to_string());
            }
            kf.set_strings("resources", list);
            kf.write()?;
        }
        EditOp::AddPatch(p) => {
            if !p.patch.is_empty() && !p.path.is_empty() {
                return err("patch and path can't be set at the same time");
            }
            if p.patch.is_empty() && p.path.is_empty() {
                return err("must provide either patch or path");
            }
            let mut kf = KustFile::open(dir)?;
            let entry = p.entry();
            let key = patch_key(&entry);
            let patches = list_mut(&mut kf.doc, "patches");
            if let Some(existing) = patches.iter().find(|x| patch_key(x) == key) {
                out.notes.push(format!("patch {} already in kustomization file", go_patch(existing)));
                return Ok(out);
            }
            patches.push(entry);
            kf.write()?;
        }
        EditOp::SetConfigMap(flags) => set_generator(dir, flags, false)?,
        EditOp::SetSecret(flags) => set_generator(dir, flags, true)?,
        EditOp::AddConfigMap(flags) => add_generator(dir, flags, false)?,
        EditOp::AddSecret(flags) => add_generator(dir, flags, true)?,
        EditOp::AddLabel { args, force, without_selector, include_templates } => {
            if args.is_empty() {
                return err("must specify label");
            }
            if !without_selector && *include_templates {
                return err("--without-selector flag must be specified for --include-templates to work");
            }
            let pairs = slice_to_map(args, "label")?;
            validate_pairs(&pairs, true)?;
            let mut kf = KustFile::open(dir)?;
            if *without_selector {
                add_labels_without_selector(&mut kf, &pairs, *force, *include_templates)?;
            } else {
                let m = map_mut(&mut kf.doc, "commonLabels");
                write_entries(m, &pairs, *force, "label")?;
            }
            kf.write()?;
        }
        EditOp::AddAnnotation { args, force } => {
            if args.is_empty() {
                return err("must specify annotation");
            }
            let pairs = slice_to_map(args, "annotation")?;
            validate_pairs(&pairs, false)?;
            let mut kf = KustFile::open(dir)?;
            let m = map_mut(&mut kf.doc, "commonAnnotations");
            write_entries(m, &pairs, *force, "annotation")?;
            kf.write()?;
        }
        EditOp::AddTransformer(args) | EditOp::AddGenerator(args) => {
            let (kind, field) = if matches!(op, EditOp::AddTransformer(_)) {
                ("transformer", "transformers")
            } else {
                ("generator", "generators")
            };
            if args.is_empty() {
                return err(format!("must specify a yaml file which contains a {kind} plugin resource"));
            }
            let found = glob_patterns(dir, args, &mut out.notes)?;
            if found.is_empty() {
                return Ok(out);
            }
            let mut kf = KustFile::open(dir)?;
            let mut list = kf.strings(field);
            for t in found {
                if list.contains(&t) {
                    out.notes.push(format!("{kind} {t} already in kustomization file"));
                    continue;
                }
                list.push(t);
            }
            kf.set_strings(field, list);
            kf.write()?;
        }
        EditOp::AddBuildMetadata(args) => {
            let opts = build_metadata_args(args)?;
            let mut kf = KustFile::open(dir)?;
            let mut list = kf.strings("buildMetadata");
            for o in opts {
                if list.contains(&o) {
                    return err(format!("buildMetadata option {o} already in kustomization file"));
                }
                list.push(o);
            }
            kf.set_strings("buildMetadata", list);
            kf.write()?;
        }
        EditOp::RemoveResource(args) | EditOp::RemoveComponent(args) | EditOp::RemoveTransformer(args) => {
            let (kind, field) = match op {
                EditOp::RemoveResource(_) => ("resource", "resources"),
                EditOp::RemoveComponent(_) => ("component", "components"),
                _ => ("transformer", "transformers"),
            };
            if args.is_empty() {
                return err(format!("must specify a {kind} file"));
            }
            let mut kf = KustFile::open(dir)?;
            let list = kf.strings(field);
            let mut remove = Vec::new();
            for pattern in args {
                for item in &list {
                    if go_match(pattern, item).map_err(|e| EditError::msg(e.to_string()))? {
                        remove.push(item.clone());
                    }
                }
            }
            if remove.is_empty() {
                return Ok(out);
            }
            let kept: Vec<String> = list.into_iter().filter(|x| !remove.contains(x)).collect();
            kf.set_strings(field, kept);
            kf.write()?;
        }
        EditOp::RemovePatch(p) => {
            if !p.patch.is_empty() && !p.path.is_empty() {
                return err("patch and path can't be set at the same time");
            }
            let mut kf = KustFile::open(dir)?;
            let key = patch_key(&p.entry());
            let patches = list_mut(&mut kf.doc, "patches");
            let before = patches.len();
            patches.retain(|x| patch_key(x) != key);
            if patches.len() == before {
                out.notes.push(format!("patch {} doesn't exist in kustomization file", p.patch));
                return Ok(out);
            }
            kf.write()?;
        }
        EditOp::RemoveLabel { args, ignore } | EditOp::RemoveAnnotation { args, ignore } => {
            let (kind, field) = if matches!(op, EditOp::RemoveLabel { .. }) {
                ("label", "commonLabels")
            } else {
                ("annotation", "commonAnnotations")
            };
            if args.is_empty() {
                return err(format!("must specify {kind}"));
            }
            if args.len() > 1 {
                return err(format!("{kind}s must be comma-separated, with no spaces"));
            }
            let mut keys = Vec::new();
            for k in args[0].split(',') {
                if k.is_empty() {
                    return err(format!("invalid {kind}: '' (name is empty)"));
                }
                keys.push(k.to_string());
            }
            let mut kf = KustFile::open(dir)?;
            let present = matches!(kf.doc.get(field), Some(Value::Object(_)));
            if !present && !ignore {
                return err(format!("{field} is not defined in kustomization file"));
            }
            if let Some(Value::Object(m)) = kf.doc.get_mut(field) {
                for k in &keys {
                    if m.remove(k).is_none() && !ignore {
                        return err(format!("{kind} {k} is not defined in kustomization file"));
                    }
                }
            }
            kf.write()?;
        }
        EditOp::RemoveConfigMap { args, namespace } | EditOp::RemoveSecret { args, namespace } => {
            let (kind, field) = if matches!(op, EditOp::RemoveConfigMap { .. }) {
                ("configmap", "configMapGenerator")
            } else {
                ("secret", "secretGenerator")
            };
            match args.len() {
                0 => return err(format!("at least one {kind} name must be specified")),
                1 => {}
                _ => {
                    return err(format!(
                        "too many arguments: [{}]; to provide multiple {kind}s to remove, please separate {kind} names by commas",
                        args.join(" ")
                    ))
                }
            }
            let names: Vec<&str> = args[0].split(',').collect();
            let mut kf =
                KustFile::open(dir).map_err(|e| EditError::msg(format!("could not read kustomization file: {e}")))?;
            let mut found = Vec::new();
            let list = list_mut(&mut kf.doc, field);
            list.retain(|g| {
                let name = g.get("name").and_then(Value::as_str).unwrap_or("");
                let ns = g.get("namespace").and_then(Value::as_str).unwrap_or("");
                if names.contains(&name) && namespace_equal(ns, namespace) {
                    found.push(name.to_string());
                    false
                } else {
                    true
                }
            });
            if found.is_empty() {
                return err(format!("no specified {kind}(s) were found in the kustomization.yaml file"));
            }
            for n in names {
                if !found.iter().any(|f| f == n) {
                    out.notes.push(format!("{kind} {n} doesn't exist in kustomization file"));
                }
            }
            kf.write().map_err(|e| EditError::msg(format!("failed to write kustomization file: {e}")))?;
        }
        EditOp::RemoveBuildMetadata(args) => {
            let opts = build_metadata_args(args)?;
            let mut kf = KustFile::open(dir)?;
            let kept: Vec<String> = kf.strings("buildMetadata").into_iter().filter(|o| !opts.contains(o)).collect();
            kf.set_strings("buildMetadata", kept);
            kf.write()?;
        }
        EditOp::Fix { .. } | EditOp::ListBuiltin => unreachable!("handled by edit()"),
    }
    Ok(out)
}

fn set_string(dir: &Path, field: &str, value: &str) -> R<()> {
    let mut kf = KustFile::open(dir)?;
    kf.doc.insert(field.to_string(), Value::String(value.to_string()));
    kf.write()
}

fn map_mut<'a>(d: &'a mut Map<String, Value>, key: &str) -> &'a mut Map<String, Value> {
    let slot = d.entry(key.to_string()).or_insert_with(|| Value::Object(Map::new()));
    if !slot.is_object() {
        *slot = Value::Object(Map::new());
    }
    match slot {
        Value::Object(m) => m,
        _ => unreachable!("just made a map"),
    }
}

fn namespace_equal(a: &str, b: &str) -> bool {
    let d = |s: &str| {
        if s.is_empty() {
            "default".to_string()
        } else {
            s.to_string()
        }
    };
    d(a) == d(b)
}

/// One `set image` argument as an `images:` entry (name, newName, newTag, digest).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImageArg {
    pub name: String,
    pub new_name: String,
    pub new_tag: String,
    pub digest: String,
}

const IMAGE_FORMS: &str = "invalid format of image, use one of the following options:
- <image>=<newimage>:<newtag>
- <image>=<newimage>@<digest>
- <image>=<newimage>:<newtag>@<digest>
- <image>=<newimage>
- <image>:<newtag>
- <image>:<newtag>@<digest>
- <image>@<digest>";

/// Parse one `set image` argument, kustomize's way.
pub fn image_arg(arg: &str) -> R<ImageArg> {
    let (key, value) = match arg.split_once('=') {
        Some((k, v)) => (k, v),
        None => ("", arg),
    };
    let (name, tag, digest) = split_image(value);
    if name == arg {
        return err(IMAGE_FORMS);
    }
    let mut img = ImageArg { new_tag: tag.to_string(), digest: digest.to_string(), ..ImageArg::default() };
    if key.is_empty() {
        img.name = name.to_string();
    } else {
        img.name = key.to_string();
        img.new_name = name.to_string();
    }
    Ok(img)
}

/// name, tag, digest of an image reference (kustomize's `image.Split`).
fn split_image(s: &str) -> (&str, &str, &str) {
    let slash = match s.find('/') {
        Some(i) if i > 0 => i,
        _ => 0,
    };
    let search = &s[slash..];
    let at = search.find('@');
    let colon = search.find(':');
    match (at, colon) {
        (None, None) => (s, "", ""),
        (Some(a), c) if c.is_none() || Some(a) < c => (&s[..slash + a], "", &s[slash + a + 1..]),
        (Some(a), Some(c)) => (&s[..slash + c], &s[slash + c + 1..slash + a], &s[slash + a + 1..]),
        (None, Some(c)) => (&s[..slash + c], &s[slash + c + 1..], ""),
        (Some(_), None) => unreachable!("covered above"),
    }
}

fn set_images(kf: &mut KustFile, args: Vec<ImageArg>) {
    let mut want: BTreeMap<String, ImageArg> = BTreeMap::new();
    let mut suffixes: BTreeMap<String, String> = BTreeMap::new();
    for a in args {
        want.insert(a.name.clone(), a);
    }
    if let Some(Value::Array(existing)) = kf.doc.get("images") {
        for im in existing {
            let s = |k: &str| im.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            let cur = ImageArg { name: s("name"), new_name: s("newName"), new_tag: s("newTag"), digest: s("digest") };
            match want.get_mut(&cur.name) {
                Some(arg) => {
                    // `*` keeps what the file has.
                    if arg.new_name == "*" {
                        arg.new_name = cur.new_name.clone();
                    }
                    if arg.new_tag == "*" {
                        arg.new_tag = cur.new_tag.clone();
                    }
                    if arg.digest == "*" {
                        arg.digest = cur.digest.clone();
                    }
                }
                None => {
                    if !s("tagSuffix").is_empty() {
                        suffixes.insert(cur.name.clone(), s("tagSuffix"));
                    }
                    want.insert(cur.name.clone(), cur);
                }
            }
        }
    }
    let list: Vec<Value> = want
        .into_values()
        .map(|mut a| {
            for f in [&mut a.new_name, &mut a.new_tag, &mut a.digest] {
                if f == "*" {
                    f.clear();
                }
            }
            let mut m = Map::new();
            for (k, v) in [("name", &a.name), ("newName", &a.new_name), ("newTag", &a.new_tag), ("digest", &a.digest)] {
                if !v.is_empty() {
                    m.insert(k.into(), json!(v));
                }
            }
            if let Some(s) = suffixes.get(&a.name) {
                m.insert("tagSuffix".into(), json!(s));
            }
            Value::Object(m)
        })
        .collect();
    kf.doc.insert("images".into(), Value::Array(list));
}

/// kustomize's `ConvertSliceToMap`: `k:v` pairs (v may be quoted), `k` alone means "".
fn slice_to_map(inputs: &[String], kind: &str) -> R<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for input in inputs {
        match input.find(':') {
            Some(0) => return err(format!("invalid {kind}: '{input}' (need k:v pair where v may be quoted)")),
            None => {
                out.insert(input.clone(), String::new());
            }
            Some(c) => {
                let v = &input[c + 1..];
                let v = if v.len() >= 2 && v.starts_with('"') && v.ends_with('"') { &v[1..v.len() - 1] } else { v };
                out.insert(input[..c].to_string(), v.to_string());
            }
        }
    }
    Ok(out)
}

fn write_entries(m: &mut Map<String, Value>, pairs: &BTreeMap<String, String>, force: bool, kind: &str) -> R<()> {
    for (k, v) in pairs {
        if m.contains_key(k) && !force {
            return err(format!("{kind} {k} already in kustomization file. Use --force to override."));
        }
        m.insert(k.clone(), json!(v));
    }
    Ok(())
}

/// `add label --without-selector`: into the first `labels:` entry with the
/// same settings, else a new entry. (kustomize v5.7.1 then refuses the
/// second of several new keys as "already in kustomization file"; kforge
/// adds them all.)
fn add_labels_without_selector(
    kf: &mut KustFile,
    pairs: &BTreeMap<String, String>,
    force: bool,
    include_templates: bool,
) -> R<()> {
    let labels = list_mut(&mut kf.doc, "labels");
    let mut added: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    let matches = |l: &Value| {
        let b = |k: &str| l.get(k).and_then(Value::as_bool).unwrap_or(false);
        !b("includeSelectors") && b("includeTemplates") == include_templates
    };
    for (k, v) in pairs {
        match labels.iter_mut().find(|l| matches(l)) {
            Some(l) => {
                let p = match l {
                    Value::Object(o) => map_mut(o, "pairs"),
                    _ => continue,
                };
                if p.contains_key(k) && !force && !added.contains(k) {
                    return err(format!("label {k} already in kustomization file. Use --force to override."));
                }
                p.insert(k.clone(), json!(v));
            }
            None => {
                added.extend(pairs.keys().cloned());
                let all: Map<String, Value> = pairs.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
                let mut l = Map::new();
                l.insert("pairs".into(), Value::Object(all));
                if include_templates {
                    l.insert("includeTemplates".into(), json!(true));
                }
                labels.push(Value::Object(l));
            }
        }
    }
    Ok(())
}

fn build_metadata_args(args: &[String]) -> R<Vec<String>> {
    match args.len() {
        0 => return err("must specify a buildMetadata option"),
        1 => {}
        _ => {
            return err(format!(
                "too many arguments: [{}]; to provide multiple buildMetadata options, please separate options by comma",
                args.join(" ")
            ))
        }
    }
    let opts: Vec<String> = args[0].split(',').map(str::to_string).collect();
    for o in &opts {
        if !["originAnnotations", "transformerAnnotations", "managedByLabel"].contains(&o.as_str()) {
            return err(format!("invalid buildMetadata option: {o}"));
        }
    }
    Ok(opts)
}

/// Kubernetes' RFC 1123 label check, with its messages.
fn dns1123_label(s: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if s.len() > 63 {
        errs.push("must be no more than 63 characters".to_string());
    }
    let b = s.as_bytes();
    let ok = !b.is_empty()
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-')
        && b[0] != b'-'
        && b[b.len() - 1] != b'-';
    if !ok {
        errs.push("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')".to_string());
    }
    errs
}

/// Label keys must be qualified names and values label values; annotation keys qualified names.
fn validate_pairs(pairs: &BTreeMap<String, String>, labels: bool) -> R<()> {
    for (k, v) in pairs {
        let name = k.rsplit_once('/').map(|(_, n)| n).unwrap_or(k);
        let ok_name = !name.is_empty()
            && name.len() <= 63
            && name.bytes().all(|c| c.is_ascii_alphanumeric() || b"-_.".contains(&c))
            && name.as_bytes()[0].is_ascii_alphanumeric()
            && name.as_bytes()[name.len() - 1].is_ascii_alphanumeric();
        if !ok_name {
            return err(format!("metadata.{}: Invalid value: {k:?}: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')", if labels { "labels" } else { "annotations" }));
        }
        if labels
            && !v.is_empty()
            && !(v.len() <= 63
                && v.bytes().all(|c| c.is_ascii_alphanumeric() || b"-_.".contains(&c))
                && v.as_bytes()[0].is_ascii_alphanumeric()
                && v.as_bytes()[v.len() - 1].is_ascii_alphanumeric())
        {
            return err(format!("metadata.labels: Invalid value: {v:?}: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"));
        }
    }
    Ok(())
}

/// Go's `%#v` of a patch, as kustomize logs it.
fn go_patch(p: &Value) -> String {
    let s = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let target = match p.get("target") {
        Some(Value::Object(_)) => "(*types.Selector)(...)".to_string(),
        _ => "(*types.Selector)(nil)".to_string(),
    };
    format!(
        "types.Patch{{Path:{:?}, Patch:{:?}, Target:{target}, Options:map[string]bool(nil)}}",
        s("path"),
        s("patch")
    )
}

fn add_generator(dir: &Path, flags: &GeneratorFlags, secret: bool) -> R<()> {
    let kind = if secret { "secret" } else { "configmap" };
    // --from-file entries: globs expanded, `key=pattern` must match one file.
    let mut files = Vec::new();
    let mut notes = Vec::new();
    for source in &flags.from_file {
        let parts: Vec<&str> = source.split('=').collect();
        let (key, pattern) = if parts.len() == 2 { (parts[0], parts[1]) } else { ("", parts[0]) };
        let found = glob_patterns(dir, &[pattern.to_string()], &mut notes)?;
        if !key.is_empty() {
            if found.len() != 1 {
                return err(format!(
                    "failed to expand file source: 'pattern '{source}' catches files [{}], should catch only one",
                    found.join(" ")
                ));
            }
            files.push(format!("{key}={}", found[0]));
        } else {
            files.extend(found);
        }
    }
    let fail = |m: &str| EditError::msg(format!("failed to validate flags: {m}"));
    if flags.name.len() != 1 {
        return Err(fail("name must be specified once"));
    }
    if flags.from_env_file.is_empty() && files.is_empty() && flags.from_literal.is_empty() {
        return Err(fail("at least from-env-file, or from-file or from-literal must be set"));
    }
    if !flags.from_env_file.is_empty() && (!files.is_empty() || !flags.from_literal.is_empty()) {
        return Err(fail("from-env-file cannot be combined with from-file or from-literal"));
    }
    if !flags.behavior.is_empty() && !["create", "merge", "replace"].contains(&flags.behavior.as_str()) {
        return Err(fail(r#"invalid behavior: must be one of "create", "merge", or "replace""#));
    }
    let name = &flags.name[0];
    let mut kf = KustFile::open(dir).map_err(|e| EditError::msg(format!("failed to load kustomization file: {e}")))?;
    let global = kf.doc.get("generatorOptions").cloned();
    let field = if secret { "secretGenerator" } else { "configMapGenerator" };
    let list = list_mut(&mut kf.doc, field);
    let idx = list.iter().position(|g| {
        g.get("name").and_then(Value::as_str).unwrap_or("") == name
            && namespace_equal(g.get("namespace").and_then(Value::as_str).unwrap_or(""), &flags.namespace)
    });
    let idx = match idx {
        Some(i) => i,
        None => {
            let mut g = Map::new();
            g.insert("name".into(), json!(name));
            if !flags.namespace.is_empty() {
                g.insert("namespace".into(), json!(flags.namespace));
            }
            if secret && !flags.secret_type.is_empty() {
                g.insert("type".into(), json!(flags.secret_type));
            }
            list.push(Value::Object(g));
            list.len() - 1
        }
    };
    let Value::Object(g) = &mut list[idx] else {
        return err(format!("{field}[{idx}] is not a mapping"));
    };
    if !flags.from_literal.is_empty() {
        list_mut(g, "literals").extend(flags.from_literal.iter().map(|s| json!(s)));
    }
    if !files.is_empty() {
        list_mut(g, "files").extend(files.iter().map(|s| json!(s)));
    }
    if !flags.from_env_file.is_empty() {
        list_mut(g, "envs").push(json!(flags.from_env_file));
    }
    if flags.disable_name_suffix_hash {
        g.insert("options".into(), json!({"disableNameSuffixHash": true}));
    }
    if !flags.behavior.is_empty() {
        g.insert("behavior".into(), json!(flags.behavior));
    }
    merge_global_options(g, global.as_ref());
    // Generate it once, as kustomize does, so bad sources fail now.
    let entry = Value::Object(g.clone());
    let args: crate::load::kustomization::GeneratorArgs =
        crate::yaml::from_value(entry).map_err(|e| EditError::msg(format!("failed to create {kind}: {e}")))?;
    let files_src = DirFiles(dir.to_path_buf());
    let made = if secret {
        crate::generate::secret(&args, None, &files_src)
    } else {
        crate::generate::config_map(&args, None, &files_src)
    };
    made.map_err(|e| EditError::msg(format!("failed to create {kind}: {}", crate::error::chain_text(&e))))?;
    kf.write().map_err(|e| EditError::msg(format!("failed to write kustomization file: {e}")))
}

/// `edit set configmap|secret NAME`: new values for existing literal keys,
/// and/or a new namespace, for an entry that must exist.
fn set_generator(dir: &Path, flags: &GeneratorFlags, secret: bool) -> R<()> {
    let (kind, title, field) =
        if secret { ("secret", "Secret", "secretGenerator") } else { ("configmap", "ConfigMap", "configMapGenerator") };
    let fail = |m: &str| EditError::msg(format!("failed to validate flags: {m}"));
    if flags.name.len() != 1 {
        return Err(fail("name must be specified once"));
    }
    if flags.from_literal.is_empty() && flags.new_namespace.is_empty() {
        return Err(fail("at least one of [--from-literal, --new-namespace] must be specified"));
    }
    let name = &flags.name[0];
    let mut kf = KustFile::open(dir).map_err(|e| EditError::msg(format!("failed to load kustomization file: {e}")))?;
    let global = kf.doc.get("generatorOptions").cloned();
    let list = list_mut(&mut kf.doc, field);
    let Some(idx) = list.iter().position(|g| {
        g.get("name").and_then(Value::as_str).unwrap_or("") == name
            && namespace_equal(&flags.namespace, g.get("namespace").and_then(Value::as_str).unwrap_or(""))
    }) else {
        return err(format!(
            "failed to create {kind}: could not set new {title} value: unable to find {title} with name {name:?}"
        ));
    };
    let Value::Object(g) = &mut list[idx] else { return err(format!("{field}[{idx}] is not a mapping")) };
    let bad_literal = || {
        EditError::msg(format!(
            "failed to create {kind}: failed to update literal sources: failed to update resource: invalid format: literal values must be specified in the key=value format"
        ))
    };
    if !flags.from_literal.is_empty() {
        let mut literals: Vec<(String, String)> = Vec::new();
        if let Some(Value::Array(items)) = g.get("literals") {
            for it in items {
                let s = it.as_str().unwrap_or("");
                match s.split_once('=') {
                    Some((k, v)) if s.matches('=').count() == 1 => literals.push((k.to_string(), v.to_string())),
                    _ => return Err(bad_literal()),
                }
            }
        }
        for s in &flags.from_literal {
            let Some((k, v)) = s.split_once('=').filter(|_| s.matches('=').count() == 1) else {
                return Err(bad_literal());
            };
            match literals.iter_mut().find(|(key, _)| key == k) {
                Some(slot) => slot.1 = v.to_string(),
                None => {
                    return err(format!(
                        "failed to create {kind}: failed to update literal sources: key '{k}' not found in resource"
                    ))
                }
            }
        }
        g.insert(
            "literals".into(),
            Value::Array(literals.into_iter().map(|(k, v)| json!(format!("{k}={v}"))).collect()),
        );
    }
    if !flags.new_namespace.is_empty() {
        g.insert("namespace".into(), json!(flags.new_namespace));
    }
    merge_global_options(g, global.as_ref());
    let entry = Value::Object(g.clone());
    let args: crate::load::kustomization::GeneratorArgs = crate::yaml::from_value(entry)
        .map_err(|e| EditError::msg(format!("failed to create {kind}: failed to validate {title} structure: {e}")))?;
    let files_src = DirFiles(dir.to_path_buf());
    let made = if secret {
        crate::generate::secret(&args, None, &files_src)
    } else {
        crate::generate::config_map(&args, None, &files_src)
    };
    made.map_err(|e| {
        EditError::msg(format!(
            "failed to create {kind}: failed to validate {title} structure: {}",
            crate::error::chain_text(&e)
        ))
    })?;
    kf.write().map_err(|e| EditError::msg(format!("failed to write kustomization file: {e}")))
}

/// kustomize merges the global `generatorOptions` into an entry's own
/// `options` when it edits a generator.
fn merge_global_options(g: &mut Map<String, Value>, global: Option<&Value>) {
    let Some(Value::Object(global)) = global else { return };
    let opts = map_mut(g, "options");
    for key in ["labels", "annotations"] {
        if let Some(Value::Object(gm)) = global.get(key) {
            let local = map_mut(opts, key);
            for (k, v) in gm {
                local.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
    }
    for key in ["disableNameSuffixHash", "immutable"] {
        if global.get(key).and_then(Value::as_bool) == Some(true) {
            opts.insert(key.into(), json!(true));
        }
    }
}

/// Generator sources read relative to the kustomization directory.
struct DirFiles(std::path::PathBuf);

impl crate::generate::FileSource for DirFiles {
    fn read(&self, path: &str) -> Result<Vec<u8>, crate::generate::GenerateError> {
        let p = self.0.join(path);
        std::fs::read(&p).map_err(|e| crate::generate::GenerateError::with_cause(p.display(), e))
    }
}

/// kustomize's `GlobPatterns`: matches of each pattern; a pattern without
/// any is logged and skipped.
fn glob_patterns(dir: &Path, patterns: &[String], notes: &mut Vec<String>) -> R<Vec<String>> {
    let mut out = Vec::new();
    for p in patterns {
        let found = glob(dir, p)?;
        if found.is_empty() {
            notes.push(format!("{p} has no match"));
            continue;
        }
        out.extend(found);
    }
    Ok(out)
}

/// kustomize's `GlobPatternsWithLoader`: a pattern without a file match is
/// kept when it names a directory or a remote target.
pub(crate) fn glob_with_dirs(dir: &Path, patterns: &[String], no_verify: bool) -> R<Vec<String>> {
    let mut out = Vec::new();
    for p in patterns {
        if no_verify {
            out.push(p.clone());
            continue;
        }
        let found = glob(dir, p)?;
        if !found.is_empty() {
            out.extend(found);
            continue;
        }
        if crate::load::loader::is_remote(p) || dir.join(p).is_dir() {
            out.push(p.clone());
            continue;
        }
        return err(format!("{p} has no match: must build at directory: not a valid directory: '{p}' doesn't exist"));
    }
    Ok(out)
}

/// Go's `filepath.Glob` relative to `dir`: matches in lexical order; a
/// pattern without wildcards matches itself when it exists.
pub fn glob(dir: &Path, pattern: &str) -> R<Vec<String>> {
    let has_meta = |s: &str| s.contains(['*', '?', '[', '\\']);
    if !has_meta(pattern) {
        return Ok(if std::fs::symlink_metadata(dir.join(pattern)).is_ok() {
            vec![pattern.to_string()]
        } else {
            Vec::new()
        });
    }
    // Walk component by component.
    let absolute = pattern.starts_with('/');
    let comps: Vec<&str> = pattern.split('/').filter(|c| !c.is_empty()).collect();
    let mut current: Vec<String> = vec![if absolute { "/".to_string() } else { String::new() }];
    for comp in comps {
        let mut next = Vec::new();
        for base in &current {
            let join = |name: &str| {
                if base.is_empty() {
                    name.to_string()
                } else if base.ends_with('/') {
                    format!("{base}{name}")
                } else {
                    format!("{base}/{name}")
                }
            };
            if !has_meta(comp) {
                let cand = join(comp);
                if std::fs::symlink_metadata(dir.join(&cand)).is_ok() {
                    next.push(cand);
                }
                continue;
            }
            let listing = dir.join(if base.is_empty() { "." } else { base.as_str() });
            let Ok(rd) = std::fs::read_dir(&listing) else {
                continue;
            };
            let mut names: Vec<String> =
                rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
            names.sort();
            for n in names {
                if go_match(comp, &n).map_err(|e| EditError::msg(e.to_string()))? {
                    next.push(join(&n));
                }
            }
        }
        current = next;
    }
    Ok(current)
}

/// Go's `filepath.Match` (`*`, `?`, `[...]`, `\` escapes; `*` stops at `/`).
pub fn go_match(pattern: &str, name: &str) -> Result<bool, &'static str> {
    fn m(p: &[char], n: &[char]) -> Result<bool, &'static str> {
        if p.is_empty() {
            return Ok(n.is_empty());
        }
        match p[0] {
            '*' => {
                for i in 0..=n.len() {
                    if i > 0 && n[i - 1] == '/' {
                        break;
                    }
                    if m(&p[1..], &n[i..])? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            '?' => Ok(!n.is_empty() && n[0] != '/' && m(&p[1..], &n[1..])?),
            '[' => {
                let mut i = 1;
                let negate = p.get(1) == Some(&'^');
                if negate {
                    i += 1;
                }
                let mut matched = false;
                let c = n.first().copied();
                let mut first = true;
                loop {
                    let Some(&ch) = p.get(i) else {
                        return Err("syntax error in pattern");
                    };
                    if ch == ']' && !first {
                        break;
                    }
                    first = false;
                    let mut lo = ch;
                    if ch == '\\' {
                        i += 1;
                        lo = *p.get(i).ok_or("syntax error in pattern")?;
                    }
                    let mut hi = lo;
                    if p.get(i + 1) == Some(&'-') && p.get(i + 2).is_some_and(|x| *x != ']') {
                        i += 2;
                        hi = p[i];
                        if hi == '\\' {
                            i += 1;
                            hi = *p.get(i).ok_or("syntax error in pattern")?;
                        }
                    }
                    if let Some(c) = c {
                        if lo <= c && c <= hi {
                            matched = true;
                        }
                    }
                    i += 1;
                }
                match c {
                    Some(c) if c != '/' && matched != negate => m(&p[i + 1..], &n[1..]),
                    _ => Ok(false),
                }
            }
            '\\' => {
                let Some(&lit) = p.get(1) else {
                    return Err("syntax error in pattern");
                };
                Ok(n.first() == Some(&lit) && m(&p[2..], &n[1..])?)
            }
            c => Ok(n.first() == Some(&c) && m(&p[1..], &n[1..])?),
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    m(&p, &n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_forms() {
        let i = image_arg("postgres=eu.gcr.io/my-project/postgres:latest").unwrap();
        assert_eq!(
            (i.name.as_str(), i.new_name.as_str(), i.new_tag.as_str()),
            ("postgres", "eu.gcr.io/my-project/postgres", "latest")
        );
        let i = image_arg("node:8.15.0").unwrap();
        assert_eq!((i.name.as_str(), i.new_tag.as_str()), ("node", "8.15.0"));
        let i = image_arg("alpine@sha256:abc").unwrap();
        assert_eq!((i.name.as_str(), i.digest.as_str()), ("alpine", "sha256:abc"));
        let i = image_arg("a=b:t@sha256:d").unwrap();
        assert_eq!((i.new_name.as_str(), i.new_tag.as_str(), i.digest.as_str()), ("b", "t", "sha256:d"));
        let i = image_arg("localhost:5000/app=reg:5000/app:1").unwrap();
        assert_eq!(
            (i.name.as_str(), i.new_name.as_str(), i.new_tag.as_str()),
            ("localhost:5000/app", "reg:5000/app", "1")
        );
        assert!(image_arg("nginx").unwrap_err().to_string().starts_with("invalid format of image"));
    }

    #[test]
    fn go_match_semantics() {
        assert!(go_match("*.yaml", "a.yaml").unwrap());
        assert!(!go_match("*.yaml", "d/a.yaml").unwrap());
        assert!(go_match("a?c", "abc").unwrap());
        assert!(go_match("[a-c]x", "bx").unwrap());
        assert!(!go_match("[^a-c]x", "bx").unwrap());
        assert!(go_match("\\*", "*").unwrap());
        assert!(go_match("[", "a").is_err());
    }
}
