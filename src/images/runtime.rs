//! Runtime fallback from the mirror map: containerd `hosts.toml` files and a
//! CRI-O `registries.conf`, so nodes pull through the mirror even for images
//! no manifest names.
//!
//! containerd configures mirrors per registry: a rule whose `from` has a path
//! (`docker.io/library`) cannot be expressed there and is listed in a
//! comment; CRI-O matches prefixes with paths and takes every rule. `*` rules
//! apply to the registries the map names plus well-known public ones (and
//! any given with `--registry`).
use std::collections::BTreeSet;

use super::mirror_map::MirrorMap;

/// Registries `*` rules are written out for.
pub const PUBLIC_REGISTRIES: &[&str] = &[
    "docker.io",
    "gcr.io",
    "ghcr.io",
    "quay.io",
    "registry.k8s.io",
    "k8s.gcr.io",
    "mcr.microsoft.com",
    "public.ecr.aws",
    "nvcr.io",
];

/// One output file: relative path and content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigFile {
    pub path: String,
    pub content: String,
}

fn upstream_server(registry: &str) -> String {
    if registry == "docker.io" {
        "https://registry-1.docker.io".into()
    } else {
        format!("https://{registry}")
    }
}

fn registries(map: &MirrorMap, extra: &[String]) -> BTreeSet<String> {
    let mut set: BTreeSet<String> =
        map.rules.iter().filter_map(|r| r.from.as_ref().map(|f| f.registry.clone())).collect();
    if map.rules.iter().any(|r| r.from.is_none()) {
        set.extend(PUBLIC_REGISTRIES.iter().map(|s| s.to_string()));
    }
    set.extend(extra.iter().cloned());
    set.retain(|r| !map.is_excluded(r, "x") && !map.is_mirrored(r, "x"));
    set
}

fn toml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// containerd `certs.d`-style files: `<registry>/hosts.toml`.
pub fn containerd(map: &MirrorMap, extra: &[String]) -> Vec<ConfigFile> {
    let mut out = Vec::new();
    for reg in registries(map, extra) {
        // The rule for the whole registry: from == registry (no path), else `*`.
        let whole = map
            .rules
            .iter()
            .find(|r| r.from.as_ref().is_some_and(|f| f.registry == reg && f.path.is_empty()))
            .or_else(|| map.rules.iter().find(|r| r.from.is_none()));
        let partial: Vec<&str> = map
            .rules
            .iter()
            .filter(|r| r.from.as_ref().is_some_and(|f| f.registry == reg && !f.path.is_empty()))
            .map(|r| r.from_text.as_str())
            .collect();
        let mut s = format!("# kforge mirror config for {reg} (from {})\n", map.origin);
        if !partial.is_empty() {
            s.push_str(&format!(
                "# not expressible per registry in containerd (path-prefixed rules; use kforge localize): {}\n",
                partial.join(", ")
            ));
        }
        s.push_str(&format!("server = {}\n", toml_str(&upstream_server(&reg))));
        if whole.is_none() {
            continue;
        }
        // Where `<reg>/x` goes: the mirror for repository "x".
        let Ok(Some((host, path))) = map.map_name(&reg, "x") else {
            continue;
        };
        let prefix = path.strip_suffix('x').unwrap_or("").trim_end_matches('/');
        let scheme = if host.starts_with("localhost") || host.starts_with("127.") { "http" } else { "https" };
        s.push('\n');
        if prefix.is_empty() {
            s.push_str(&format!("[host.{}]\n", toml_str(&format!("{scheme}://{host}"))));
            s.push_str("  capabilities = [\"pull\", \"resolve\"]\n");
        } else {
            // containerd appends /v2/<repo> unless override_path: give the
            // full API root including the mirror's path prefix.
            s.push_str(&format!("[host.{}]\n", toml_str(&format!("{scheme}://{host}/v2/{prefix}"))));
            s.push_str("  capabilities = [\"pull\", \"resolve\"]\n");
            s.push_str("  override_path = true\n");
        }
        out.push(ConfigFile { path: format!("{}/hosts.toml", reg.replace(':', "_")), content: s });
    }
    out
}

/// CRI-O / containers-registries.conf(5) v2.
pub fn crio(map: &MirrorMap, extra: &[String]) -> ConfigFile {
    let mut s = format!("# kforge mirror config (from {})\n", map.origin);
    let mut prefixes: Vec<(String, String)> = Vec::new();
    for r in &map.rules {
        if let Some(f) = &r.from {
            if map.is_excluded(&f.registry, if f.path.is_empty() { "x" } else { &f.path }) {
                continue;
            }
            let probe = if f.path.is_empty() { "x".to_string() } else { format!("{}/x", f.path) };
            if let Ok(Some((h, p))) = map.map_name(&f.registry, &probe) {
                let loc = format!("{h}/{p}");
                prefixes.push((f.text(), loc.strip_suffix("/x").unwrap_or(&loc).to_string()));
            }
        }
    }
    for reg in registries(map, extra) {
        if prefixes.iter().any(|(p, _)| *p == reg) {
            continue;
        }
        if let Ok(Some((h, p))) = map.map_name(&reg, "x") {
            let loc = format!("{h}/{p}");
            prefixes.push((reg.clone(), loc.strip_suffix("/x").unwrap_or(&loc).to_string()));
        }
    }
    prefixes.sort();
    for (prefix, loc) in prefixes {
        s.push_str(&format!(
            "\n[[registry]]\nprefix = {p}\nlocation = {p}\n\n[[registry.mirror]]\nlocation = {l}\n",
            p = toml_str(&prefix),
            l = toml_str(&loc)
        ));
    }
    ConfigFile { path: "registries.conf".into(), content: s }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAP: &str = "mirrors:\n- {from: gcr.io, to: registry.cn-hangzhou.example.com/gcr}\n- {from: docker.io/library, to: mirror.example.cn/library}\n- {from: quay.io, to: quay.example.cn}\n- {from: '*', to: 'mirror.example.cn/{host}/{path}'}\nexclude: [registry.k8s.io]\n";

    #[test]
    fn containerd_hosts_with_override_path() {
        let m = MirrorMap::parse(MAP, "map.yaml").unwrap();
        let files = containerd(&m, &[]);
        let get = |p: &str| files.iter().find(|f| f.path == p).map(|f| f.content.clone()).unwrap_or_default();
        let gcr = get("gcr.io/hosts.toml");
        assert!(gcr.contains("server = \"https://gcr.io\""), "{gcr}");
        assert!(gcr.contains("[host.\"https://registry.cn-hangzhou.example.com/v2/gcr\"]\n  capabilities = [\"pull\", \"resolve\"]\n  override_path = true\n"), "{gcr}");
        let quay = get("quay.io/hosts.toml");
        assert!(quay.contains("[host.\"https://quay.example.cn\"]") && !quay.contains("override_path"), "{quay}");
        let hub = get("docker.io/hosts.toml");
        assert!(hub.contains("server = \"https://registry-1.docker.io\""), "{hub}");
        assert!(hub.contains("https://mirror.example.cn/v2/docker.io") && hub.contains("docker.io/library"), "{hub}");
        assert!(files.iter().all(|f| !f.path.starts_with("registry.k8s.io")));
    }

    #[test]
    fn crio_registries_conf() {
        let m = MirrorMap::parse(MAP, "map.yaml").unwrap();
        let c = crio(&m, &[]).content;
        assert!(c.contains("[[registry]]\nprefix = \"docker.io/library\"\nlocation = \"docker.io/library\"\n\n[[registry.mirror]]\nlocation = \"mirror.example.cn/library\"\n"), "{c}");
        assert!(
            c.contains("prefix = \"gcr.io\"") && c.contains("location = \"registry.cn-hangzhou.example.com/gcr\""),
            "{c}"
        );
        assert!(c.contains("location = \"mirror.example.cn/ghcr.io\""), "{c}");
        assert!(!c.contains("registry.k8s.io"), "{c}");
    }
}
