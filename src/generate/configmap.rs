//! `configMapGenerator` and `secretGenerator` entries → resources, as
//! kustomize's api/internal/generators builds them.
use std::collections::BTreeMap;

use crate::generate::error::{bail, Context};
use crate::yaml::{json, Map, Value};
use base64::Engine;

use super::kv::{load_pairs, Pair};
use super::FileSource;
use crate::model::{Behavior, Resource};
use crate::types::{GeneratorArgs, GeneratorOptions};

/// A generator's own `options` with the kustomization's `generatorOptions`:
/// labels and annotations from both (the generator's win on a clash);
/// `disableNameSuffixHash` and `immutable` set when either sets them.
pub fn merge_options(local: Option<&GeneratorOptions>, global: Option<&GeneratorOptions>) -> GeneratorOptions {
    let mut out = local.cloned().unwrap_or_default();
    if let Some(g) = global {
        for (k, v) in &g.labels {
            out.labels.entry(k.clone()).or_insert_with(|| v.clone());
        }
        for (k, v) in &g.annotations {
            out.annotations.entry(k.clone()).or_insert_with(|| v.clone());
        }
        let disable = g.disable_name_suffix_hash.unwrap_or(false) || out.disable_name_suffix_hash.unwrap_or(false);
        out.disable_name_suffix_hash = Some(disable);
        out.immutable |= g.immutable;
    }
    out
}

/// One `configMapGenerator` entry. Values that are valid UTF-8 go to `data`,
/// others base64-encoded to `binaryData`; neither field appears when empty.
pub fn config_map(
    args: &GeneratorArgs,
    global: Option<&GeneratorOptions>,
    files: &dyn FileSource,
) -> crate::generate::error::Result<Resource> {
    let mut obj = base_object("ConfigMap", args)?;
    let values = validated_map(args, files)?;
    let mut data = Map::new();
    let mut binary = Map::new();
    for (k, v) in values {
        match String::from_utf8(v) {
            Ok(s) => {
                data.insert(k, Value::String(s));
            }
            Err(e) => {
                binary.insert(k, Value::String(encode_base64(e.as_bytes())));
            }
        }
    }
    if !data.is_empty() {
        obj.insert("data".into(), Value::Object(data));
    }
    if !binary.is_empty() {
        obj.insert("binaryData".into(), Value::Object(binary));
    }
    Ok(finish(obj, args, global))
}

/// One `secretGenerator` entry: every value base64-encoded under `data`
/// (present even when empty), `type` defaulting to `Opaque`.
pub fn secret(
    args: &GeneratorArgs,
    global: Option<&GeneratorOptions>,
    files: &dyn FileSource,
) -> crate::generate::error::Result<Resource> {
    let mut obj = base_object("Secret", args)?;
    let ty = if args.kind.is_empty() { "Opaque" } else { args.kind.as_str() };
    obj.insert("type".into(), Value::String(ty.to_string()));
    let values = validated_map(args, files)?;
    let data: Map<String, Value> = values.into_iter().map(|(k, v)| (k, Value::String(encode_base64(&v)))).collect();
    obj.insert("data".into(), Value::Object(data));
    Ok(finish(obj, args, global))
}

/// Which generator a builtin plugin config (`generators:` entry) asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinGenerator {
    ConfigMap,
    Secret,
}

/// Read a builtin `ConfigMapGenerator` / `SecretGenerator` config object (an
/// entry of `generators:`, `apiVersion: builtin`) into generator args. `None`
/// for other kinds. Like kustomize's builtin plugins, unknown fields are
/// ignored and `name`/`namespace` default to the object's metadata. Such
/// configs carry their own `options`; the kustomization's `generatorOptions`
/// do not apply to them (call the generator with `global: None`).
pub fn args_from_plugin_config(
    obj: &Value,
) -> crate::generate::error::Result<Option<(BuiltinGenerator, GeneratorArgs)>> {
    let which = match obj.get("kind").and_then(Value::as_str) {
        Some("ConfigMapGenerator") => BuiltinGenerator::ConfigMap,
        Some("SecretGenerator") => BuiltinGenerator::Secret,
        _ => return Ok(None),
    };
    const FIELDS: &[&str] = &["name", "namespace", "behavior", "literals", "files", "envs", "env", "type", "options"];
    let mut known = Map::new();
    if let Some(m) = obj.as_object() {
        for (k, v) in m {
            if FIELDS.contains(&k.as_str()) && !v.is_null() {
                known.insert_key(k.clone(), v.clone());
            }
        }
    }
    let meta_name = obj.pointer("/metadata/name").and_then(Value::as_str).unwrap_or("").to_string();
    let mut args: GeneratorArgs = crate::yaml::from_value(Value::Object(known))
        .with_context(|| format!("invalid {which:?}Generator config {meta_name:?}"))?;
    if which == BuiltinGenerator::ConfigMap {
        args.kind.clear();
    }
    if args.name.is_empty() {
        args.name = meta_name;
    }
    if args.namespace.is_empty() {
        args.namespace = obj.pointer("/metadata/namespace").and_then(Value::as_str).unwrap_or("").to_string();
    }
    Ok(Some((which, args)))
}

/// `apiVersion`, `kind` and `metadata.name`/`namespace`.
fn base_object(kind: &str, args: &GeneratorArgs) -> crate::generate::error::Result<Map<String, Value>> {
    if args.name.is_empty() {
        // kustomize says "configmap" for Secrets too.
        bail!("a configmap must have a name");
    }
    let mut meta = Map::new();
    meta.insert("name".into(), Value::String(args.name.clone()));
    if !args.namespace.is_empty() {
        meta.insert("namespace".into(), Value::String(args.namespace.clone()));
    }
    let mut obj = Map::new();
    obj.insert("apiVersion".into(), json!("v1"));
    obj.insert("kind".into(), Value::String(kind.to_string()));
    obj.insert("metadata".into(), Value::Object(meta));
    Ok(obj)
}

/// The pairs as a map, refusing a key given twice.
fn validated_map(
    args: &GeneratorArgs,
    files: &dyn FileSource,
) -> crate::generate::error::Result<BTreeMap<String, Vec<u8>>> {
    let mut out = BTreeMap::new();
    for Pair { key, value } in load_pairs(args, files)? {
        if out.contains_key(&key) {
            bail!("configmap {} illegally repeats the key `{}`", args.name, key);
        }
        out.insert(key, value);
    }
    Ok(out)
}

/// Labels, annotations and `immutable` from the merged options; behavior and
/// the hash mark on the resource.
fn finish(mut obj: Map<String, Value>, args: &GeneratorArgs, global: Option<&GeneratorOptions>) -> Resource {
    let opts = merge_options(args.options.as_ref(), global);
    if let Some(Value::Object(meta)) = obj.get_mut("metadata") {
        for (field, m) in [("labels", &opts.labels), ("annotations", &opts.annotations)] {
            if !m.is_empty() {
                let vals = m.iter().map(|(k, v)| (k.clone(), Value::String(v.clone()))).collect();
                meta.insert(field.to_string(), Value::Object(vals));
            }
        }
    }
    if opts.immutable {
        obj.insert("immutable".into(), Value::Bool(true));
    }
    let mut r = Resource::new(Value::Object(obj));
    // kustomize treats an unknown behavior string as unspecified (create).
    r.behavior = Behavior::parse(&args.behavior).unwrap_or(Behavior::Unspecified);
    r.needs_hash = !opts.disable_name_suffix_hash.unwrap_or(false);
    r
}

/// Standard base64 broken into 70-character lines, each ending in `\n`, once
/// the encoding reaches 70 characters (kyaml's `encodeBase64`).
pub fn encode_base64(bytes: &[u8]) -> String {
    const LINE: usize = 70;
    let enc = base64::engine::general_purpose::STANDARD.encode(bytes);
    if enc.len() < LINE {
        return enc;
    }
    let mut out = String::with_capacity(enc.len() + enc.len() / LINE + 1);
    for chunk in enc.as_bytes().chunks(LINE) {
        // base64 output is ASCII, so any byte boundary is a char boundary.
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::hash::suffix;
    use crate::generate::MemFiles;

    fn args(name: &str) -> GeneratorArgs {
        GeneratorArgs { name: name.into(), ..Default::default() }
    }

    fn lits(name: &str, l: &[&str]) -> GeneratorArgs {
        GeneratorArgs { literals: l.iter().map(|s| s.to_string()).collect(), ..args(name) }
    }

    #[test]
    fn configmap_from_all_sources() {
        // TestGeneratorBasics (kustomize v5.7.1 output: blah-bob-g9df72cd5b after a prefix).
        let files = MemFiles::new()
            .with("foo.env", "\nMOUNTAIN=everest\nOCEAN=pacific\n")
            .with("bar.env", "\nBIRD=falcon\n")
            .with("phrase.dat", "\nLife is short.\nBut the years are long.\nNot while the evil days come not.\n")
            .with("forces.txt", "\ngravitational\nelectromagnetic\nstrong nuclear\nweak nuclear\n");
        let a = GeneratorArgs {
            literals: vec!["fruit=apple".into(), "vegetable=broccoli".into()],
            envs: vec!["foo.env".into()],
            env: "bar.env".into(),
            files: vec!["passphrase=phrase.dat".into(), "forces.txt".into()],
            ..args("bob")
        };
        let cm = config_map(&a, None, &files).unwrap();
        assert_eq!(cm.name(), "bob");
        assert!(cm.needs_hash);
        assert_eq!(cm.behavior, Behavior::Unspecified);
        assert_eq!(cm.obj["data"]["BIRD"], "falcon");
        assert_eq!(cm.obj["data"]["forces.txt"], "\ngravitational\nelectromagnetic\nstrong nuclear\nweak nuclear\n");
        assert_eq!(cm.obj.as_object().unwrap().len(), 4, "{}", cm.obj);
        assert_eq!(suffix(&cm.obj), "g9df72cd5b");

        let s = secret(&a, None, &files).unwrap();
        assert_eq!(s.obj["type"], "Opaque");
        assert_eq!(s.obj["data"]["fruit"], "YXBwbGU=");
        assert_eq!(
            s.obj["data"]["forces.txt"],
            "CmdyYXZpdGF0aW9uYWwKZWxlY3Ryb21hZ25ldGljCnN0cm9uZyBudWNsZWFyCndlYWsgbn\nVjbGVhcgo=\n"
        );
        assert_eq!(suffix(&s.obj), "58g62h555c");
    }

    #[test]
    fn empty_generators() {
        let cm = config_map(&args("empty"), None, &MemFiles::new()).unwrap();
        assert_eq!(cm.obj, json!({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"empty"}}));
        assert_eq!(suffix(&cm.obj), "6ct58987ht");
        let s = secret(&args("s"), None, &MemFiles::new()).unwrap();
        assert_eq!(s.obj, json!({"apiVersion":"v1","kind":"Secret","metadata":{"name":"s"},"type":"Opaque","data":{}}));
    }

    #[test]
    fn binary_files() {
        let files = MemFiles::new().with("bin.dat", b"\xff\xfe\x00bin".to_vec());
        let a = GeneratorArgs { files: vec!["bin.dat".into()], ..args("c") };
        let cm = config_map(&a, None, &files).unwrap();
        assert_eq!(cm.obj["binaryData"], json!({"bin.dat": "//4AYmlu"}));
        assert!(cm.obj.get("data").is_none());
        let s = secret(&GeneratorArgs { kind: "kubernetes.io/tls".into(), ..a }, None, &files).unwrap();
        assert_eq!(s.obj["data"], json!({"bin.dat": "//4AYmlu"}));
        assert_eq!(s.obj["type"], "kubernetes.io/tls");
        // TestGeneratorOverlaysBinaryData: 30 × "\xffhello", wrapped at 70.
        let big: Vec<u8> = b"\xffhello".repeat(30);
        let files = MemFiles::new().with("data.bin", big);
        let a = GeneratorArgs { files: vec!["data.bin".into()], ..args("com1") };
        let cm = config_map(&a, None, &files).unwrap();
        let b = cm.obj["binaryData"]["data.bin"].as_str().unwrap();
        assert!(b.starts_with("/2hlbGxv/2hlbGxv/2hlbGxv/2hlbGxv/2hlbGxv/2hlbGxv/2hlbGxv/2hlbGxv/2hlbG\nxv/2hl"));
        assert!(b.ends_with("hlbGxv/2hlbGxv/2hlbGxv/2hlbGxv\n"));
        assert_eq!(suffix(&cm.obj), "96gmmt6gt5");
    }

    #[test]
    fn base64_wrapping_boundary() {
        assert_eq!(encode_base64(&[0u8; 51]).len(), 68); // below 70: one unbroken line
        let exactly = encode_base64(&[0u8; 52]); // 72 chars → 70 + 2
        assert_eq!(exactly.matches('\n').count(), 2);
        let seventy = encode_base64(b"0123456789012345678901234567890123456789012345678901"); // 72 too
        assert!(seventy.ends_with('\n'));
    }

    #[test]
    fn duplicate_keys_and_missing_name() {
        let e = config_map(&lits("c", &["a=1", "a=2"]), None, &MemFiles::new()).unwrap_err();
        assert_eq!(e.to_string(), "configmap c illegally repeats the key `a`");
        let e = secret(&lits("s", &["a=1", "a=2"]), None, &MemFiles::new()).unwrap_err();
        assert_eq!(e.to_string(), "configmap s illegally repeats the key `a`");
        let files = MemFiles::new().with("d/f.txt", "hi").with("e/f.txt", "ho");
        let a = GeneratorArgs { files: vec!["d/f.txt".into(), "e/f.txt".into()], ..args("s") };
        assert_eq!(
            config_map(&a, None, &files).unwrap_err().to_string(),
            "configmap s illegally repeats the key `f.txt`"
        );
        let e = secret(&lits("", &["a=1"]), None, &MemFiles::new()).unwrap_err();
        assert_eq!(e.to_string(), "a configmap must have a name");
    }

    #[test]
    fn keys_are_not_validated() {
        // kustomize v5.7.1's field validator accepts any key.
        let cm = config_map(&lits("c", &["a b=1", "$x=2"]), None, &MemFiles::new()).unwrap();
        assert_eq!(cm.obj["data"], json!({"a b": "1", "$x": "2"}));
    }

    #[test]
    fn options_merge_with_global() {
        let global = GeneratorOptions {
            labels: [("g".into(), "global".into()), ("both".into(), "global".into())].into(),
            annotations: [("ga".into(), "global".into())].into(),
            disable_name_suffix_hash: Some(true),
            immutable: true,
        };
        let local = GeneratorOptions {
            labels: [("both".into(), "local".into())].into(),
            disable_name_suffix_hash: Some(false),
            ..Default::default()
        };
        let a = GeneratorArgs { options: Some(local), namespace: "ns".into(), ..lits("c", &["a=1"]) };
        let cm = config_map(&a, Some(&global), &MemFiles::new()).unwrap();
        assert_eq!(
            cm.obj,
            json!({"apiVersion":"v1","kind":"ConfigMap","immutable":true,"data":{"a":"1"},
                "metadata":{"name":"c","namespace":"ns","labels":{"both":"local","g":"global"},
                "annotations":{"ga":"global"}}})
        );
        assert!(!cm.needs_hash, "global disable wins over a local false");

        // Local disable with global false (TestDisableNameSuffixHashPerObject).
        let g2 = GeneratorOptions { disable_name_suffix_hash: Some(false), ..Default::default() };
        let l2 = GeneratorOptions { disable_name_suffix_hash: Some(true), ..Default::default() };
        let a = GeneratorArgs { options: Some(l2), ..lits("nohash", &["a=1"]) };
        assert!(!secret(&a, Some(&g2), &MemFiles::new()).unwrap().needs_hash);
        assert!(secret(&lits("yes", &["a=1"]), Some(&g2), &MemFiles::new()).unwrap().needs_hash);
    }

    #[test]
    fn plugin_config_args() {
        // TestNamespacePropagationDoesNotBreakGeneratorMerge's generator config.
        let cfg = json!({"apiVersion":"builtin","kind":"ConfigMapGenerator",
            "metadata":{"name":"general-environment"},"behavior":"merge","envs":["configuration/general"]});
        let (which, a) = args_from_plugin_config(&cfg).unwrap().unwrap();
        assert_eq!(which, BuiltinGenerator::ConfigMap);
        assert_eq!(a.name, "general-environment");
        assert_eq!(a.behavior, "merge");
        assert_eq!(a.envs, ["configuration/general"]);
        let files = MemFiles::new().with("configuration/general", "COMMON_ENV=common\n");
        let cm = config_map(&a, None, &files).unwrap();
        assert_eq!(cm.behavior, Behavior::Merge);
        assert_eq!(cm.obj["data"], json!({"COMMON_ENV":"common"}));

        let cfg = json!({"apiVersion":"builtin","kind":"SecretGenerator",
            "metadata":{"name":"m","namespace":"ns"},"name":"own","type":"kubernetes.io/tls","literals":["a=b"]});
        let (which, a) = args_from_plugin_config(&cfg).unwrap().unwrap();
        assert_eq!(
            (which, a.name.as_str(), a.namespace.as_str(), a.kind.as_str()),
            (BuiltinGenerator::Secret, "own", "ns", "kubernetes.io/tls")
        );
        assert!(args_from_plugin_config(&json!({"kind":"Deployment"})).unwrap().is_none());
        assert!(args_from_plugin_config(&json!({"kind":"SecretGenerator","literals":"notalist"})).is_err());
    }

    #[test]
    fn behavior_parsed() {
        let mut a = lits("c", &["a=1"]);
        for (s, b) in [
            ("merge", Behavior::Merge),
            ("replace", Behavior::Replace),
            ("create", Behavior::Create),
            ("bogus", Behavior::Unspecified),
        ] {
            a.behavior = s.into();
            assert_eq!(config_map(&a, None, &MemFiles::new()).unwrap().behavior, b);
        }
    }
}
