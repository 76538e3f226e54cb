//! `images:` (kustomize's ImageTagTransformer): rename and retag container
//! images.
//!
//! As kustomize does, one entry runs two passes over every resource except
//! CustomResourceDefinitions:
//! 1. the "legacy" pass: the `image` of every element of every `containers`
//!    or `initContainers` sequence, at any depth, in any kind;
//! 2. the field-spec pass: the scalars at the `images` field specs (never
//!    created).
//!
//! Both passes edit the same default fields, so a `tagSuffix` lands twice
//! there (`nginx:1.0-x-x`), exactly as kustomize prints it.
//!
//! An image matches when it is the entry's `name` (a regular expression, as
//! in kustomize) followed by an optional `:tag` and an optional
//! `@sha256:digest`.
use crate::transform::error::{bail, err, Result};
use crate::yaml::Value;
use regex::Regex;

use super::fieldspec::FieldSpec;
use super::fieldspec::{node_contents, node_kind, Leaf, PathSpec};
use super::fused::PerResource;
use super::Transformer;
use crate::model::{ResMap, Resource, ScalarNote};
use crate::types::Image;
use crate::yaml::resolve::{resolve_plain, Resolved, Schema};

#[derive(Clone, Debug, Default)]
pub struct ImageTagTransformer {
    pub image: Image,
    pub fields: Vec<FieldSpec>,
}

/// Split an image reference into name, tag and digest (kustomize's
/// `image.Split`): a `:` or `@` before the first `/` belongs to the registry
/// host (`host:5000/app:1` is `host:5000/app` + `1`).
pub fn split_image(image: &str) -> (&str, &str, &str) {
    let offset = match image.find('/') {
        Some(i) if i > 0 => i,
        _ => 0,
    };
    let search = &image[offset..];
    let at = search.find('@').map(|i| i + offset);
    let colon = search.find(':').map(|i| i + offset);
    match (colon, at) {
        (None, None) => (image, "", ""),
        (Some(c), Some(d)) if c < d => (&image[..c], &image[c + 1..d], &image[d + 1..]),
        (_, Some(d)) => (&image[..d], "", &image[d + 1..]),
        (Some(c), None) => (&image[..c], &image[c + 1..], ""),
    }
}

#[derive(Clone)]
struct Updater {
    image: Image,
    pattern: NamePattern,
}

/// kustomize's image pattern, `^NAME(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`
/// with `NAME` read as a regex. A name of letters, digits, `-_/:` and `.`
/// (nearly every image name) is matched without compiling it: each of its
/// characters matches itself, and `.` any character but a line break.
#[derive(Clone)]
enum NamePattern {
    Plain(String),
    Regex(Regex),
}

impl NamePattern {
    fn new(name: &str) -> Result<NamePattern> {
        if name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'/' | b':' | b'.')) {
            return Ok(NamePattern::Plain(name.to_string()));
        }
        Regex::new(&format!("^{name}(:[a-zA-Z0-9_.{{}}-]*)?(@sha256:[a-zA-Z0-9_.{{}}-]*)?$"))
            .map(NamePattern::Regex)
            .map_err(|e| err!("invalid image name {name:?} in images: {e}"))
    }

    fn is_match(&self, value: &str) -> bool {
        let name = match self {
            NamePattern::Regex(re) => return re.is_match(value),
            NamePattern::Plain(name) => name,
        };
        let mut chars = value.char_indices();
        for p in name.bytes() {
            match chars.next() {
                Some((_, c)) if (p == b'.' && c != '\n') || c == char::from(p) => {}
                _ => return false,
            }
        }
        let rest = chars.next().map_or("", |(i, _)| &value[i..]);
        tag_and_digest(rest)
    }
}

/// `(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?` matching all of `rest`
/// (the class holds neither `:` nor `@`, so there is one way to read it).
fn tag_and_digest(rest: &str) -> bool {
    let class = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'{' | b'}' | b'-');
    let mut r = rest.as_bytes();
    if let Some(tag) = r.strip_prefix(b":") {
        r = &tag[tag.iter().take_while(|b| class(b)).count()..];
    }
    match r.strip_prefix(b"@sha256:") {
        Some(digest) => digest.iter().all(class),
        None => r.is_empty(),
    }
}

impl Updater {
    fn new(image: &Image) -> Result<Updater> {
        Ok(Updater { image: image.clone(), pattern: NamePattern::new(&image.name)? })
    }

    /// The new reference for `value`, or `None` when it does not match.
    fn update(&self, value: &str) -> Option<String> {
        if !self.pattern.is_match(value) {
            return None;
        }
        let img = &self.image;
        let (name, tag, digest) = split_image(value);
        let name = if img.new_name.is_empty() { name } else { &img.new_name };
        // A new tag or digest replaces both; only without them does
        // tagSuffix extend the existing tag (kustomize's order of cases).
        let (tag, digest) = match (img.new_tag.is_empty(), img.digest.is_empty()) {
            (false, false) => (img.new_tag.clone(), img.digest.as_str()),
            (false, true) => (img.new_tag.clone(), ""),
            (true, false) => (String::new(), img.digest.as_str()),
            (true, true) => (format!("{tag}{}", img.tag_suffix), digest),
        };
        let mut out = name.to_string();
        if !tag.is_empty() {
            out.push(':');
            out.push_str(&tag);
        }
        if !digest.is_empty() {
            out.push('@');
            out.push_str(digest);
        }
        Some(out)
    }

    /// Rewrite `v` when it matches, noting where (see [`note_untagged`]).
    fn set(&self, v: &mut Value, set: &mut Vec<*const Value>) {
        if let Some(new) = v.as_str().and_then(|s| self.update(s)) {
            *v = Value::String(new);
            set.push(v as *const Value);
        }
    }

    /// The legacy pass: every `containers`/`initContainers` sequence.
    /// kustomize reads `image` from every item, so an item that is a list or
    /// a scalar is an error.
    fn legacy(&self, v: &mut Value, set: &mut Vec<*const Value>) -> Result<()> {
        match v {
            Value::Object(m) => {
                for (k, child) in m.iter_mut() {
                    self.legacy(child, set)?;
                    if k == "containers" || k == "initContainers" {
                        if let Value::Array(items) = child {
                            for item in items {
                                match item {
                                    Value::Object(o) => {
                                        if let Some(image) = o.get_mut("image") {
                                            self.set(image, set);
                                        }
                                    }
                                    Value::Null => {}
                                    other => bail!(
                                        "wrong node kind: expected MappingNode but got {}: node contents:\n{}",
                                        node_kind(other),
                                        node_contents(other)
                                    ),
                                }
                            }
                        }
                    }
                }
                Ok(())
            }
            Value::Array(items) => items.iter_mut().try_for_each(|i| self.legacy(i, set)),
            _ => Ok(()),
        }
    }
}

impl ImageTagTransformer {
    /// The per-resource form (see [`super::fused`]); fails on an invalid image name.
    pub fn step(&self) -> Result<ImageStep> {
        Ok(ImageStep {
            entries: vec![Updater::new(&self.image)?],
            fields: self.fields.clone(),
            specs: PathSpec::compile(&self.fields).into(),
        })
    }
}

/// One or more consecutive `images:` entries with the same field specs,
/// applied to each resource in turn.
pub struct ImageStep {
    entries: Vec<Updater>,
    fields: Vec<FieldSpec>,
    specs: super::fieldspec::SpecList,
}

impl ImageStep {
    /// Take in the entry (or entries) of `next`, the images step run right
    /// after this one, when both use the same field specs: the joined step
    /// gives each resource what the two in a row give it, walking it once.
    pub fn join(&mut self, next: &ImageStep) -> bool {
        if next.fields != self.fields {
            return false;
        }
        self.entries.extend(next.entries.iter().cloned());
        true
    }

    /// One entry on its own, as kustomize runs it: the legacy pass, the
    /// field-spec pass, then the notes for the nodes it rewrote.
    fn apply_entry(&self, u: &Updater, r: &mut Resource, chosen: &[&PathSpec]) -> Result<()> {
        let mut set = Vec::new();
        u.legacy(&mut r.obj, &mut set)?;
        for s in chosen {
            s.visit_resource(r, Leaf::Never, &mut |v| match v {
                Value::Object(_) | Value::Array(_) => bail!(
                    "wrong node kind: expected ScalarNode but got {}: node contents:\n{}",
                    node_kind(v),
                    node_contents(v)
                ),
                _ => {
                    u.set(v, &mut set);
                    Ok(())
                }
            })?;
        }
        if !set.is_empty() {
            note_untagged(r, &set);
        }
        Ok(())
    }

    /// Every entry at once: the nodes both passes reach are found in one
    /// read-only walk, then each gets every entry in order, as many times
    /// as the passes reach it. `None` (nothing changed) when the walk meets
    /// what the passes would report as an error or would change otherwise
    /// (a null sequence becomes empty): the entries then run one by one.
    fn apply_joined(&self, r: &mut Resource, chosen: &[&PathSpec]) -> Option<()> {
        let mut found = Targets::default();
        let mut path: Vec<u32> = Vec::new();
        legacy_targets(&r.obj, &mut path, &mut found)?;
        for s in chosen {
            if s.segs.len() > crate::yaml::MAX_DEPTH {
                return None;
            }
            spec_targets(&r.obj, &s.segs, &mut path, &mut found)?;
        }
        if found.targets.is_empty() {
            return Some(());
        }
        // A node reached twice (by both passes) gets each entry twice.
        let steps = &found.steps;
        let at = |t: &Target| &steps[t.start as usize..(t.start + t.len) as usize];
        let mut targets = found.targets;
        targets.sort_unstable_by(|a, b| at(a).cmp(at(b)));
        targets.dedup_by(|b, a| {
            let same = at(a) == at(b);
            if same {
                a.times += b.times;
            }
            same
        });
        let mut changed: Vec<(String, Value)> = Vec::new();
        for t in &targets {
            let Some(v) = follow_mut(&mut r.obj, at(t)) else { continue };
            let mut set = false;
            for u in &self.entries {
                for _ in 0..t.times {
                    if let Some(new) = v.as_str().and_then(|s| u.update(s)) {
                        *v = Value::String(new);
                        set = true;
                    }
                }
            }
            if set {
                // (the node holds the string just set: no second lookup)
                let value = v.clone();
                changed.push((pointer_to(&r.obj, at(t)), value));
            }
        }
        // noted in the order of their pointers
        changed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (pointer, value) in changed {
            note_untagged_value(r, pointer, value);
        }
        Some(())
    }
}

/// The nodes the image passes reach in one resource: each the positions
/// on the way down to it (a mapping entry's place in its mapping, or a
/// sequence index), all kept in one buffer.
#[derive(Default)]
struct Targets {
    steps: Vec<u32>,
    targets: Vec<Target>,
}

/// One node reached: `steps[start..start + len]`, reached `times` times.
struct Target {
    start: u32,
    len: u32,
    times: u32,
}

impl Targets {
    /// Note the node at `path`, then `last` (a position) below it.
    fn push(&mut self, path: &[u32], last: Option<u32>) -> Option<()> {
        let start = u32::try_from(self.steps.len()).ok()?;
        self.steps.extend_from_slice(path);
        self.steps.extend(last);
        let len = u32::try_from(self.steps.len()).ok()? - start;
        self.targets.push(Target { start, len, times: 1 });
        Some(())
    }
}

/// The node at `steps` below `v` (see [`Targets`]).
fn follow_mut<'v>(mut v: &'v mut Value, steps: &[u32]) -> Option<&'v mut Value> {
    for &i in steps {
        v = match v {
            Value::Object(m) => m.values_mut().nth(i as usize)?,
            Value::Array(items) => items.get_mut(i as usize)?,
            _ => return None,
        };
    }
    Some(v)
}

/// The JSON pointer of the node at `steps` below `v`.
fn pointer_to(mut v: &Value, steps: &[u32]) -> String {
    let mut p = String::new();
    for &i in steps {
        v = match v {
            Value::Object(m) => match m.iter().nth(i as usize) {
                Some((k, child)) => {
                    crate::yaml::push_pointer_key(&mut p, k);
                    child
                }
                None => break,
            },
            Value::Array(items) => match items.get(i as usize) {
                Some(child) => {
                    use std::fmt::Write;
                    let _ = write!(p, "/{i}");
                    child
                }
                None => break,
            },
            _ => break,
        };
    }
    p
}

/// The `image` nodes the legacy pass reaches (see [`Updater::legacy`]),
/// each once; `None` where that pass fails.
fn legacy_targets(v: &Value, path: &mut Vec<u32>, out: &mut Targets) -> Option<()> {
    match v {
        Value::Object(m) => {
            for (at, (k, child)) in m.iter().enumerate() {
                if !matches!(child, Value::Object(_) | Value::Array(_)) {
                    continue;
                }
                path.push(u32::try_from(at).ok()?);
                legacy_targets(child, path, out)?;
                if let (Value::Array(items), "containers" | "initContainers") = (child, k.as_str()) {
                    for (i, item) in items.iter().enumerate() {
                        match item {
                            Value::Object(o) => {
                                if let Some((key, _)) = o.get_key_value("image") {
                                    path.push(u32::try_from(i).ok()?);
                                    let image = o.keys().position(|k| std::ptr::eq(k, key))?;
                                    out.push(path, Some(u32::try_from(image).ok()?))?;
                                    path.pop();
                                }
                            }
                            Value::Null => {}
                            _ => return None,
                        }
                    }
                }
                path.pop();
            }
            Some(())
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if matches!(item, Value::Object(_) | Value::Array(_)) {
                    path.push(u32::try_from(i).ok()?);
                    legacy_targets(item, path, out)?;
                    path.pop();
                }
            }
            Some(())
        }
        _ => Some(()),
    }
}

/// The scalars a field spec's path reaches, as [`PathSpec::visit`] walks
/// it without creating anything; `None` where that walk fails or would turn
/// a null sequence into an empty one.
fn spec_targets(v: &Value, segs: &[String], path: &mut Vec<u32>, out: &mut Targets) -> Option<()> {
    let Some((head, rest)) = segs.split_first() else {
        return match v {
            Value::Object(_) | Value::Array(_) => None,
            Value::String(_) => out.push(path, None),
            _ => Some(()),
        };
    };
    match v {
        Value::Null => Some(()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(u32::try_from(i).ok()?);
                spec_targets(item, segs, path, out)?;
                path.pop();
            }
            Some(())
        }
        Value::Object(m) => {
            let (key, is_seq) = match head.strip_suffix("[]") {
                Some(k) => (k, true),
                None => (head.as_str(), false),
            };
            let Some((k, child)) = m.get_key_value(key) else { return Some(()) };
            if child.is_null() && is_seq {
                return None;
            }
            let at = m.keys().position(|other| std::ptr::eq(other, k))?;
            path.push(u32::try_from(at).ok()?);
            spec_targets(child, rest, path, out)?;
            path.pop();
            Some(())
        }
        _ => None,
    }
}

impl PerResource for ImageStep {
    fn apply_one(&self, r: &mut Resource) -> Result<()> {
        if r.kind() == "CustomResourceDefinition" {
            return Ok(());
        }
        let chosen = super::fieldspec::selecting(&self.specs, r);
        if self.apply_joined(r, &chosen).is_some() {
            return Ok(());
        }
        self.entries.iter().try_for_each(|u| self.apply_entry(u, r, &chosen))
    }

    fn images_mut(&mut self) -> Option<&mut ImageStep> {
        Some(self)
    }
}

/// The note [`note_untagged`] leaves on the string at `pointer`.
fn note_untagged_at(r: &mut Resource, pointer: String) {
    let Some(value) = r.obj.pointer(&pointer).filter(|v| v.is_string()).cloned() else {
        return;
    };
    note_untagged_value(r, pointer, value);
}

/// [`note_untagged_at`] with the string now at `pointer` given.
fn note_untagged_value(r: &mut Resource, pointer: String, value: Value) {
    if !value.is_string() {
        return;
    }
    let text = value.as_str().unwrap_or_default().to_string();
    let plain = matches!(resolve_plain(&text, Schema::V2), Resolved::Str);
    let note = plain.then(|| ScalarNote { pointer: pointer.clone(), value, text, untagged: true });
    r.set_scalar_note(&pointer, note);
}

/// kustomize writes a new image as a node without a tag, quoted only when
/// YAML 1.1 would not read its text as a string. A replacement writing into
/// such a plain node later types it from the new text (`image: 1`), so the
/// nodes set (found by address: nothing moved since) get an untagged note.
fn note_untagged(r: &mut Resource, set: &[*const Value]) {
    // Walks until every node set is found; pointers are built only along
    // the way down (a key needs escaping only when it holds `~` or `/`).
    fn find(v: &Value, set: &[*const Value], ptr: &mut String, out: &mut Vec<String>) {
        if set.iter().any(|p| std::ptr::eq(*p, v)) {
            out.push(ptr.clone());
            return;
        }
        let len = ptr.len();
        match v {
            Value::Object(m) => {
                for (k, c) in m {
                    if out.len() == set.len() {
                        return;
                    }
                    if !matches!(c, Value::Object(_) | Value::Array(_) | Value::String(_)) {
                        continue;
                    }
                    crate::yaml::push_pointer_key(ptr, k);
                    find(c, set, ptr, out);
                    ptr.truncate(len);
                }
            }
            Value::Array(a) => {
                for (i, c) in a.iter().enumerate() {
                    if out.len() == set.len() {
                        return;
                    }
                    if !matches!(c, Value::Object(_) | Value::Array(_) | Value::String(_)) {
                        continue;
                    }
                    ptr.push('/');
                    ptr.push_str(&i.to_string());
                    find(c, set, ptr, out);
                    ptr.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut pointers = Vec::new();
    find(&r.obj, set, &mut String::new(), &mut pointers);
    for p in pointers {
        note_untagged_at(r, p);
    }
}

impl Transformer for ImageTagTransformer {
    fn per_resource(&self) -> Result<Option<Box<dyn super::PerResource + '_>>> {
        Ok(Some(Box::new(Self::step(self)?)))
    }

    fn apply(&self, m: &mut ResMap) -> Result<()> {
        super::fused::run_one(&self.step()?, m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Resource;
    use crate::yaml::json;

    #[test]
    fn plain_names_match_as_the_regex_does() {
        let names = ["nginx", "gcr.io/example/web", "localhost:5000/app", "a.b", "my_img-1", "", "x"];
        let values = [
            "nginx",
            "nginx:1.2",
            "nginx:1.2@sha256:abc",
            "nginx@sha256:abc",
            "nginx:",
            "nginx@sha256:",
            "nginx:a:b",
            "nginx@sha256:a@b",
            "nginx:{{.Tag}}",
            "nginxx",
            "ngin",
            "nginx/x",
            "gcr.io/example/web:2",
            "gcrxio/example/web",
            "gcr\nio/example/web",
            "gcr.io/example/web@sha256:0f",
            "localhost:5000/app:v1",
            "localhost:5000/app",
            "aéb",
            "a\nb",
            "a.b:1",
            "my_img-1:t",
            ":tag",
            "@sha256:x",
            "",
            "x:é",
            "x@sha256",
            "x:1@sha255:2",
            "é:1",
        ];
        for name in names {
            let NamePattern::Plain(_) = NamePattern::new(name).unwrap() else { panic!("{name} not plain") };
            let fast = NamePattern::new(name).unwrap();
            let re = Regex::new(&format!("^{name}(:[a-zA-Z0-9_.{{}}-]*)?(@sha256:[a-zA-Z0-9_.{{}}-]*)?$")).unwrap();
            for v in values {
                assert_eq!(fast.is_match(v), re.is_match(v), "name {name:?} on {v:?}");
            }
        }
        // other regex syntax is compiled
        let NamePattern::Regex(_) = NamePattern::new("nginx|web").unwrap() else { panic!("not compiled") };
        assert!(NamePattern::new("web(").is_err());
    }

    fn img(name: &str, new_name: &str, new_tag: &str, digest: &str, tag_suffix: &str) -> Image {
        Image {
            name: name.into(),
            new_name: new_name.into(),
            new_tag: new_tag.into(),
            digest: digest.into(),
            tag_suffix: tag_suffix.into(),
        }
    }

    fn default_specs() -> Vec<FieldSpec> {
        ["spec/containers[]/image", "spec/initContainers[]/image", "spec/template/spec/containers[]/image"]
            .iter()
            .map(|p| FieldSpec::new("", "", "", p, true))
            .collect()
    }

    const D: &str = "sha256:24a0c4b4a4c0eb97a1aabb8e29f18e917d05abfe1b7a7c07857230879ce7d3d3";

    fn images_after(image: Image, images: &[&str]) -> Vec<String> {
        let containers: Vec<Value> = images.iter().map(|i| json!({"name":"c","image":i})).collect();
        let mut m: ResMap = vec![Resource::new(json!({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},
            "spec":{"containers":containers,"initContainers":[{"name":"i"}]}}))]
        .into_iter()
        .collect();
        ImageTagTransformer { image, fields: default_specs() }.apply(&mut m).unwrap();
        assert_eq!(m.at(0).obj["spec"]["initContainers"][0], json!({"name":"i"}));
        m.at(0).obj["spec"]["containers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["image"].as_str().unwrap().to_string())
            .collect()
    }

    #[test]
    fn split() {
        assert_eq!(split_image("nginx"), ("nginx", "", ""));
        assert_eq!(split_image("nginx:1.0"), ("nginx", "1.0", ""));
        assert_eq!(split_image("host:5000/app:1"), ("host:5000/app", "1", ""));
        assert_eq!(split_image("host:5000/app"), ("host:5000/app", "", ""));
        assert_eq!(split_image("localhost:5000"), ("localhost", "5000", ""));
        assert_eq!(split_image("a/b@sha256:x"), ("a/b", "", "sha256:x"));
        assert_eq!(split_image("a:1@sha256:x"), ("a", "1", "sha256:x"));
    }

    #[test]
    fn matching_and_rewriting() {
        let refs = [
            "nginx",
            "nginx:1.0",
            &format!("nginx:1.2@{D}"),
            &format!("nginx@{D}"),
            "my.registry:5000/nginx:1.0",
            "nginx-extra:1.0",
            "docker.io/nginx:1",
            "nginx@sha512:abc",
            "nginx:a:b",
            "nginx@sha256",
        ];
        let untouched = &refs[4..];
        let got = images_after(img("nginx", "", "v2", "", ""), &refs);
        assert_eq!(&got[..4], ["nginx:v2"; 4]);
        assert_eq!(&got[4..], untouched);

        let got = images_after(img("nginx", "foo/bar", "", "", ""), &refs);
        assert_eq!(
            &got[..4],
            ["foo/bar".to_string(), "foo/bar:1.0".into(), format!("foo/bar:1.2@{D}"), format!("foo/bar@{D}")]
        );

        let got = images_after(img("nginx", "", "", "sha256:abc", ""), &refs[..2]);
        assert_eq!(got, ["nginx@sha256:abc"; 2]);
        let got = images_after(img("nginx", "", "v2", "sha256:abc", ""), &refs[..2]);
        assert_eq!(got, ["nginx:v2@sha256:abc"; 2]);

        let got = images_after(img("my.registry:5000/nginx", "q", "", "", ""), &refs[4..5]);
        assert_eq!(got, ["q:1.0"]);
        // The name is a regular expression, as in kustomize.
        let got = images_after(img("ngin.*", "", "v2", "", ""), &["nginx-extra:1.0", "docker.io/nginx"]);
        assert_eq!(got, ["nginx-extra:v2", "docker.io/nginx"]);
    }

    #[test]
    fn legacy_pass_any_kind_and_double_suffix() {
        let mut m: ResMap = vec![
            Resource::new(json!({"apiVersion":"x/v1","kind":"Foo","metadata":{"name":"f"},
                "spec":{"containers":[{"image":"nginx:1"}],"deep":{"initContainers":[{"image":"nginx:2"}],"other":[{"image":"nginx:3"}]},
                        "image":"nginx:4"}})),
            Resource::new(json!({"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"c"},
                "spec":{"containers":[{"image":"nginx:5"}]}})),
        ]
        .into_iter()
        .collect();
        let mut fields = default_specs();
        fields.push(FieldSpec::new("", "", "CustomResourceDefinition", "spec/containers/image", false));
        ImageTagTransformer { image: img("nginx", "", "", "", "-x"), fields }.apply(&mut m).unwrap();
        let spec = &m.at(0).obj["spec"];
        assert_eq!(spec["containers"][0]["image"], "nginx:1-x-x");
        assert_eq!(spec["deep"]["initContainers"][0]["image"], "nginx:2-x");
        assert_eq!(spec["deep"]["other"][0]["image"], "nginx:3");
        assert_eq!(spec["image"], "nginx:4");
        assert_eq!(m.at(1).obj["spec"]["containers"][0]["image"], "nginx:5");
    }

    #[test]
    fn notes_point_at_the_images_set_in_pointer_order() {
        // keys sorted after the image's, an escaped key on the way, a
        // container without an image, and two entries joined in one step
        let mut m: ResMap = vec![Resource::new(json!({"apiVersion":"x/v1","kind":"Foo","metadata":{"name":"f"},
            "spec":{"a/b~c":{"containers":[{"name":"n"},{"image":"nginx","zz":[1]}]},
                    "z":{"initContainers":[{"image":"redis:1"}]}}}))]
        .into_iter()
        .collect();
        let first = ImageTagTransformer { image: img("nginx", "", "2", "", ""), fields: vec![] };
        let second = ImageTagTransformer { image: img("redis", "mirror/redis", "", "", ""), fields: vec![] };
        let mut step = first.step().unwrap();
        assert!(step.join(&second.step().unwrap()));
        step.apply_one(m.at_mut(0)).unwrap();
        let r = m.at(0);
        assert_eq!(r.obj["spec"]["a/b~c"]["containers"][1]["image"], "nginx:2");
        assert_eq!(r.obj["spec"]["z"]["initContainers"][0]["image"], "mirror/redis:1");
        let notes: Vec<(&str, &Value)> = r.scalar_notes.iter().map(|n| (n.pointer.as_str(), &n.value)).collect();
        assert_eq!(
            notes,
            [
                ("/spec/a~1b~0c/containers/1/image", &json!("nginx:2")),
                ("/spec/z/initContainers/0/image", &json!("mirror/redis:1"))
            ]
        );
    }

    #[test]
    fn tag_suffix_only_without_new_tag_or_digest() {
        assert_eq!(images_after(img("nginx", "", "my-cm", "", "web"), &["nginx:1"]), ["nginx:my-cm"]);
        assert_eq!(images_after(img("nginx", "", "", "sha256:abc", "web"), &["nginx:1"]), ["nginx@sha256:abc"]);
    }

    /// Consecutive entries joined into one step change resources (and note
    /// the nodes they set) exactly as the entries one by one do, errors
    /// included: random resources, entries and field specs.
    #[test]
    fn joined_entries_equal_entries_one_by_one() {
        use crate::transform::TestRng as Rng;
        const REFS: &[&str] = &["nginx", "nginx:1", "nginx:1@sha256:ab", "other/app:2", "nginx-x", "true", "1"];
        fn container(r: &mut Rng) -> Value {
            match r.below(12) {
                0 => Value::Null,
                1 => json!("scalar"),
                2 => json!({"name": "n"}),
                3 => json!({"image": 1}),
                _ => json!({"image": r.pick(REFS)}),
            }
        }
        fn list(r: &mut Rng) -> Value {
            match r.below(8) {
                0 => Value::Null,
                _ => Value::Array((0..r.below(3)).map(|_| container(r)).collect()),
            }
        }
        let specs = [
            "spec/containers[]/image",
            "spec/initContainers[]/image",
            "spec/template/spec/containers[]/image",
            "spec/template/spec/containers/image",
            "spec/image",
            "spec/deep/x~y\\/z",
            "spec",
        ];
        let mut r = Rng(0x2545_F491_4F6C_DD1D);
        for round in 0..3000 {
            let kind = r.pick(&["Pod", "Foo", "CustomResourceDefinition"]);
            let obj = json!({"apiVersion": "v1", "kind": kind,
                "metadata": {"name": "p"},
                "spec": {"containers": list(&mut r), "initContainers": list(&mut r), "image": r.pick(REFS),
                    "template": {"spec": {"containers": list(&mut r)}},
                    "deep": {"x~y/z": r.pick(REFS), "more": [{"containers": list(&mut r)}]}}});
            let fields: Vec<FieldSpec> = (0..1 + r.below(3))
                .map(|_| {
                    FieldSpec::new(
                        "",
                        "",
                        ["", "Pod"][r.below(2) as usize],
                        specs[r.below(6) as usize + (round % 50 == 0) as usize],
                        false,
                    )
                })
                .collect();
            let entries: Vec<Image> = (0..1 + r.below(3))
                .map(|_| {
                    let name = r.pick(&["nginx", "nginx.*", "other/app"]);
                    match r.below(4) {
                        0 => img(name, "", "", "", "-s"),
                        1 => img(name, "new/name", "", "", ""),
                        2 => img(name, "", "v2", "sha256:cd", ""),
                        _ => img(name, "", "1", "", ""),
                    }
                })
                .collect();
            let mut joined = ImageTagTransformer { image: entries[0].clone(), fields: fields.clone() }.step().unwrap();
            for e in &entries[1..] {
                assert!(joined.join(&ImageTagTransformer { image: e.clone(), fields: fields.clone() }.step().unwrap()));
            }
            let mut a = Resource::new(obj.clone());
            let mut b = Resource::new(obj.clone());
            let got_a = joined.apply_one(&mut a).map_err(|e| e.to_string());
            let gvk = b.gvk();
            let chosen: Vec<&PathSpec> = joined.specs.iter().filter(|s| s.selects(&gvk)).collect();
            let got_b = if b.kind() == "CustomResourceDefinition" {
                Ok(())
            } else {
                joined
                    .entries
                    .iter()
                    .try_for_each(|u| joined.apply_entry(u, &mut b, &chosen))
                    .map_err(|e| e.to_string())
            };
            assert_eq!(got_a, got_b, "{obj}");
            if got_a.is_ok() {
                assert_eq!(a.obj, b.obj, "{obj}");
                let notes = |r: &Resource| {
                    let mut n: Vec<String> = r.scalar_notes.iter().map(|n| format!("{n:?}")).collect();
                    n.sort();
                    n
                };
                assert_eq!(notes(&a), notes(&b), "{obj}");
            }
        }
    }

    #[test]
    fn invalid_name_is_an_error() {
        let mut m = ResMap::new();
        let t = ImageTagTransformer { image: img("[", "", "v2", "", ""), fields: vec![] };
        assert!(t.apply(&mut m).unwrap_err().to_string().contains("invalid image name"));
    }
}
