//! Finding image references in KRM objects, and rewriting them.
//!
//! Looked at, in every object (any kind, so pod templates nested in custom
//! resources count too):
//! - `image` of every item of `containers`, `initContainers` and
//!   `ephemeralContainers` lists (an invalid one is an error naming where);
//! - custom-resource fields named `image` or `<something>Image` holding a
//!   string that parses as a reference;
//! - references embedded in container `args`, `command` and env values, and
//!   in ConfigMap `data` (`--reloader=quay.io/org/reloader:v0.1`,
//!   `docker run redis:7`): a token counts when it names a registry host and
//!   a tag or digest (or is on a well-known registry), or is a Docker Hub
//!   short name by the rule of [`scan_embedded`]; an env var whose name
//!   contains `IMAGE` counts whole.
use crate::yaml::Value;

use super::mirror_map::{CollisionGuard, Decision, MirrorMap};
use super::reference::ImageRef;
use super::ImagesError;
use crate::model::{ResMap, Resource};

/// How a reference was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Site {
    /// A container, initContainer or ephemeralContainer `image`.
    Container,
    /// An image-valued field of a custom resource (`spec.image`, `*Image`).
    Field,
    /// The whole value of an env var whose name says IMAGE.
    Env,
    /// Inside a longer string (args, command, env value, ConfigMap data).
    Embedded,
    /// A chart values file.
    Values,
    /// A Chart.yaml annotation listing images.
    Annotation,
    /// An Images.lock file.
    Lock,
    /// A literal in a chart template file.
    Template,
}

impl Site {
    pub fn as_str(self) -> &'static str {
        match self {
            Site::Container => "container",
            Site::Field => "field",
            Site::Env => "env",
            Site::Embedded => "embedded",
            Site::Values => "values",
            Site::Annotation => "annotation",
            Site::Lock => "lock",
            Site::Template => "template",
        }
    }
}

/// One image reference and where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The reference as written.
    pub text: String,
    pub image: ImageRef,
    /// `group/version/Kind/namespace/name` (empty for non-resource files).
    pub resource: String,
    /// Source file (origin path, chart file), if known.
    pub file: String,
    /// JSON path inside the object or file (`spec.template.spec.containers[0].image`).
    pub path: String,
    pub site: Site,
    /// Extra remark (`disabled by default`, `hard-coded in template`).
    pub note: String,
    /// JSON pointer to the string holding it (for rewriting).
    pub(crate) pointer: String,
    /// Byte range of the reference inside that string.
    pub(crate) range: (usize, usize),
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

fn dotted(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if k.contains(['.', '[', ']', '/']) || k.is_empty() => {
                s.push_str(&format!("[{k:?}]"));
            }
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Seg::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

fn pointer(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => crate::yaml::push_pointer_key(&mut s, k),
            Seg::Index(i) => {
                s.push('/');
                s.push_str(&i.to_string());
            }
        }
    }
    s
}

/// `group/version/Kind/namespace/name` of a resource.
pub fn resource_id(r: &Resource) -> String {
    let ns = r.namespace();
    let gvk = r.api_version();
    if ns.is_empty() {
        format!("{gvk}/{}/{}", r.kind(), r.name())
    } else {
        format!("{gvk}/{}/{ns}/{}", r.kind(), r.name())
    }
}

/// The origin file of a resource, if the build recorded one.
pub fn resource_file(r: &Resource) -> String {
    r.origin.as_ref().and_then(|o| o.get("path")).and_then(Value::as_str).unwrap_or("").to_string()
}

const CONTAINER_LISTS: &[&str] = &["containers", "initContainers", "ephemeralContainers"];

/// Is this key an image-valued field name (`image`, `sidecarImage`)?
pub fn is_image_key(k: &str) -> bool {
    k == "image" || (k.len() > 5 && k.ends_with("Image") && k.as_bytes()[k.len() - 6].is_ascii_lowercase())
}

/// Registries whose references count in embedded text even without a tag.
const WELL_KNOWN: &[&str] = &[
    "docker.io",
    "gcr.io",
    "ghcr.io",
    "quay.io",
    "registry.k8s.io",
    "k8s.gcr.io",
    "mcr.microsoft.com",
    "public.ecr.aws",
    "registry.gitlab.com",
    "nvcr.io",
];

pub(crate) fn is_ref_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':' | '/' | '@' | '[' | ']')
}

/// Docker Hub official images (the only one-component names Docker Hub
/// serves, under `library/`): a short name in free text such as `redis:7`
/// counts only when it is one of these.
const OFFICIAL: &[&str] = &[
    "adminer",
    "aerospike",
    "almalinux",
    "alpine",
    "amazoncorretto",
    "amazonlinux",
    "arangodb",
    "archlinux",
    "bash",
    "bonita",
    "buildpack-deps",
    "busybox",
    "caddy",
    "cassandra",
    "centos",
    "chronograf",
    "cirros",
    "clickhouse",
    "clojure",
    "composer",
    "consul",
    "couchbase",
    "couchdb",
    "crate",
    "dart",
    "debian",
    "docker",
    "drupal",
    "eclipse-mosquitto",
    "eclipse-temurin",
    "elasticsearch",
    "elixir",
    "emqx",
    "erlang",
    "fedora",
    "flink",
    "fluentd",
    "gcc",
    "ghost",
    "golang",
    "gradle",
    "groovy",
    "haproxy",
    "haskell",
    "hello-world",
    "httpd",
    "influxdb",
    "jenkins",
    "jetty",
    "joomla",
    "julia",
    "kapacitor",
    "kibana",
    "kong",
    "liquibase",
    "logstash",
    "mariadb",
    "matomo",
    "maven",
    "mediawiki",
    "memcached",
    "mongo",
    "mongo-express",
    "mono",
    "mysql",
    "nats",
    "neo4j",
    "nextcloud",
    "nginx",
    "node",
    "odoo",
    "open-liberty",
    "openjdk",
    "oraclelinux",
    "percona",
    "perl",
    "photon",
    "php",
    "php-zendserver",
    "phpmyadmin",
    "postgres",
    "pypy",
    "python",
    "rabbitmq",
    "redis",
    "redmine",
    "registry",
    "rethinkdb",
    "rockylinux",
    "ruby",
    "rust",
    "sapmachine",
    "solr",
    "sonarqube",
    "spark",
    "storm",
    "swift",
    "telegraf",
    "tomcat",
    "tomee",
    "traefik",
    "ubuntu",
    "varnish",
    "wordpress",
    "xwiki",
    "zookeeper",
];

/// Tags that move and carry no digit, accepted on `namespace/name` short names.
const MOVING_TAGS: &[&str] = &["latest", "stable", "edge", "nightly", "main", "master", "lts", "alpine", "slim"];

/// Well-known service ports below 100 (`nginx:80` is an address, not an image).
const LOW_PORTS: &[u32] = &[20, 21, 22, 23, 25, 53, 80, 88];

/// A purely numeric tag that reads as a port (`redis:6379`, `nginx:80`).
fn port_like(tag: &str) -> bool {
    if tag.is_empty() || !tag.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    match tag.parse::<u64>() {
        Ok(n) => (100..=65535).contains(&n) || LOW_PORTS.contains(&(n as u32)),
        Err(_) => false,
    }
}

/// Is a token in free text that names no registry host (`redis:7`,
/// `bitnami/redis:7.2`, `nginx@sha256:…`) a Docker Hub image? It must
/// carry a tag or a digest, and:
/// - one component (`redis:7`): an official image's name; a tag that reads as a
///   port (`redis:6379`) does not count;
/// - two components (`bitnami/redis:7.2`): the tag holds a digit (and does not
///   read as a port) or is a moving tag (`latest`, `stable`...), and the last
///   component does not end like a file name (`conf/app.yaml:12`);
/// - more components: never (Docker Hub names have at most two).
///
/// A digest counts on its own.
fn short_name_counts(r: &ImageRef, tok: &str) -> bool {
    let name = tok.split(['@', ':']).next().unwrap_or("");
    let comps: Vec<&str> = name.split('/').collect();
    if r.digest.is_some() {
        return comps.len() <= 2;
    }
    let Some(tag) = r.tag.as_deref() else {
        return false;
    };
    match comps.as_slice() {
        [one] => OFFICIAL.contains(one) && !port_like(tag),
        [_, last] => {
            let file_like = last
                .rsplit_once('.')
                .is_some_and(|(_, ext)| !ext.is_empty() && ext.bytes().all(|c| c.is_ascii_alphabetic()));
            let versioned = (tag.bytes().any(|c| c.is_ascii_digit()) && !port_like(tag)) || MOVING_TAGS.contains(&tag);
            versioned && !file_like
        }
        _ => false,
    }
}

/// One free-text token as an image reference, if it reads as one (see
/// [`scan_embedded`]).
pub fn free_text_ref(tok: &str) -> Option<ImageRef> {
    let r = ImageRef::parse(tok).ok()?;
    let (first, _) = match tok.split_once('/') {
        Some(x) => x,
        None => return short_name_counts(&r, tok).then_some(r),
    };
    if !(first.contains('.') || first.contains(':') || first == "localhost") {
        return short_name_counts(&r, tok).then_some(r);
    }
    // A TLD-like last label (letters), an IP with a port, or localhost.
    let host = first.rsplit_once(':').map_or(first, |(h, _)| h);
    let tld_ok = host == "localhost"
        || host.rsplit('.').next().is_some_and(|l| l.len() >= 2 && l.bytes().all(|c| c.is_ascii_alphabetic()))
        || (first.contains(':') && host.bytes().all(|c| c.is_ascii_digit() || c == b'.'));
    let versioned = r.tag.is_some() || r.digest.is_some();
    (tld_ok && (versioned || WELL_KNOWN.contains(&r.registry.as_str()))).then_some(r)
}

/// References embedded in free text: `(start, end, ref)`.
///
/// Text is cut into tokens of reference characters; a token counts when
/// [`free_text_ref`] accepts it and it is not part of a URL or an absolute
/// path:
/// - with a registry host (a `.` or `:` in the first component, or
///   `localhost`): the host ends in a letters-only label, is an IP with a
///   port, or is localhost; and the reference has a tag or digest, or is
///   on a well-known public registry (`quay.io/org/x`);
/// - without one (Docker Hub short names): see `short_name_counts`
///   (`redis:7` and `bitnami/redis:7.2` count; `redis:6379`, `10:30`,
///   `level:info` and `conf/app.yaml:3` do not).
pub fn scan_embedded(s: &str) -> Vec<(usize, usize, ImageRef)> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        if !is_ref_char(b[i] as char) {
            i += 1;
            continue;
        }
        let start = i;
        while i < s.len() && is_ref_char(b[i] as char) {
            i += 1;
        }
        let mut end = i;
        while end > start && matches!(b[end - 1], b'.' | b':' | b'/' | b'-' | b'_') {
            end -= 1;
        }
        let tok = &s[start..end];
        // Not part of a URL (`https://host/...`, `//host`) or a path.
        if tok.is_empty() || tok.contains("://") || tok.starts_with('/') || s[..start].ends_with("://") {
            continue;
        }
        // Glued to something that is not text: `$VAR:1`, `%s/x:1`, `~/x:1`.
        if start > 0 && matches!(b[start - 1], b'$' | b'%' | b'~' | b'\\' | b'{' | b'}') {
            continue;
        }
        if let Some(r) = free_text_ref(tok) {
            out.push((start, end, r));
        }
    }
    out
}

/// What a walk is looking at.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Plain,
    /// An item of a container list.
    Container,
    /// Under a container's args/command, or free-text data.
    Text,
}

struct Walker<'a> {
    resource: &'a str,
    file: &'a str,
    kind: &'a str,
    out: &'a mut Vec<Finding>,
    errors: Vec<ImagesError>,
}

impl Walker<'_> {
    fn push(&mut self, path: &[Seg], text: &str, range: (usize, usize), image: ImageRef, site: Site) {
        self.out.push(Finding {
            text: text[range.0..range.1].to_string(),
            image,
            resource: self.resource.to_string(),
            file: self.file.to_string(),
            path: dotted(path),
            site,
            note: String::new(),
            pointer: pointer(path),
            range,
        });
    }

    fn embedded(&mut self, path: &[Seg], s: &str) {
        for (a, b, r) in scan_embedded(s) {
            self.push(path, s, (a, b), r, Site::Embedded);
        }
    }

    fn walk(&mut self, v: &Value, path: &mut Vec<Seg>, ctx: Ctx) {
        match v {
            Value::Object(m) => {
                for (k, child) in m {
                    path.push(Seg::Key(k.to_string()));
                    match child {
                        Value::Array(items) if CONTAINER_LISTS.contains(&k.as_str()) => {
                            for (i, item) in items.iter().enumerate() {
                                path.push(Seg::Index(i));
                                self.walk(item, path, Ctx::Container);
                                path.pop();
                            }
                        }
                        Value::String(s) if ctx == Ctx::Container && k == "image" => match ImageRef::parse(s) {
                            Ok(r) => self.push(path, s, (0, s.len()), r, Site::Container),
                            Err(e) => self.errors.push(ImagesError::Ref {
                                location: format!("{} in {}: {}", self.where_(), self.resource, dotted(path)),
                                source: e,
                            }),
                        },
                        Value::String(s) if is_image_key(k) && ctx != Ctx::Text => {
                            if let Ok(r) = ImageRef::parse(s.trim()) {
                                let lead = s.len() - s.trim_start().len();
                                self.push(path, s, (lead, lead + s.trim().len()), r, Site::Field);
                            } else {
                                self.embedded(path, s);
                            }
                        }
                        Value::Array(_) if ctx == Ctx::Container && (k == "args" || k == "command") => {
                            self.walk(child, path, Ctx::Text)
                        }
                        Value::Array(items) if ctx == Ctx::Container && k == "env" => {
                            for (i, item) in items.iter().enumerate() {
                                path.push(Seg::Index(i));
                                self.env(item, path);
                                path.pop();
                            }
                        }
                        Value::Object(_) if self.kind == "ConfigMap" && path.len() == 1 && k == "data" => {
                            self.walk(child, path, Ctx::Text)
                        }
                        Value::String(s) if ctx == Ctx::Text => self.embedded(path, s),
                        _ => self.walk(child, path, if ctx == Ctx::Container { Ctx::Plain } else { ctx }),
                    }
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Seg::Index(i));
                    self.walk(item, path, ctx);
                    path.pop();
                }
            }
            Value::String(s) if ctx == Ctx::Text => self.embedded(path, s),
            _ => {}
        }
    }

    fn env(&mut self, item: &Value, path: &mut Vec<Seg>) {
        let Some(Value::String(s)) = item.get("value") else {
            self.walk(item, path, Ctx::Plain);
            return;
        };
        let name = item.get("name").and_then(Value::as_str).unwrap_or("");
        path.push(Seg::Key("value".into()));
        let whole = name.to_ascii_uppercase().contains("IMAGE");
        match ImageRef::parse(s.trim()) {
            Ok(r) if whole && !s.trim().is_empty() => {
                let lead = s.len() - s.trim_start().len();
                self.push(path, s, (lead, lead + s.trim().len()), r, Site::Env)
            }
            _ => self.embedded(path, s),
        }
        path.pop();
    }

    fn where_(&self) -> &str {
        if self.file.is_empty() {
            "(input)"
        } else {
            self.file
        }
    }
}

/// Every image reference in one object. Invalid container images are errors.
pub fn find_in_object(obj: &Value, resource: &str, file: &str, out: &mut Vec<Finding>) -> Result<(), ImagesError> {
    let kind = obj.get("kind").and_then(Value::as_str).unwrap_or("");
    let mut w = Walker { resource, file, kind, out, errors: Vec::new() };
    w.walk(obj, &mut Vec::new(), Ctx::Plain);
    match w.errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Every image reference in a resource map, in order.
pub fn find_in_resmap(m: &ResMap) -> Result<Vec<Finding>, ImagesError> {
    let mut out = Vec::new();
    for r in m.iter() {
        find_in_object(&r.obj, &resource_id(r), &resource_file(r), &mut out)?;
    }
    Ok(out)
}

/// One rewrite made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub from: String,
    pub to: String,
    pub resource: String,
    pub file: String,
    pub path: String,
}

/// Rewrite the references of one object by the map (findings from
/// [`find_in_object`] on the same object).
pub fn rewrite_object(
    obj: &mut Value,
    findings: &[Finding],
    map: &MirrorMap,
    guard: &mut CollisionGuard,
    changes: &mut Vec<Change>,
) -> Result<(), ImagesError> {
    // Later ranges first, so earlier ones stay valid.
    let mut order: Vec<&Finding> = findings.iter().collect();
    order.sort_by(|a, b| a.pointer.cmp(&b.pointer).then(b.range.0.cmp(&a.range.0)));
    for f in order {
        let Decision::Mirror(new) = map.decide(&f.image) else {
            continue;
        };
        guard.check(&f.image, &new)?;
        let Some(Value::String(s)) = obj.pointer_mut(&f.pointer) else {
            continue;
        };
        if s.get(f.range.0..f.range.1) != Some(f.text.as_str()) {
            continue;
        }
        let to = new.to_string();
        s.replace_range(f.range.0..f.range.1, &to);
        changes.push(Change {
            from: f.text.clone(),
            to,
            resource: f.resource.clone(),
            file: f.file.clone(),
            path: f.path.clone(),
        });
    }
    Ok(())
}

/// Rewrite every reference in a resource map.
pub fn rewrite_resmap(m: &mut ResMap, map: &MirrorMap) -> Result<Vec<Change>, ImagesError> {
    let mut guard = CollisionGuard::default();
    let mut changes = Vec::new();
    for r in m.iter_mut() {
        let mut found = Vec::new();
        find_in_object(&r.obj, &resource_id(r), &resource_file(r), &mut found)?;
        if !found.is_empty() {
            rewrite_object(&mut r.obj, &found, map, &mut guard, &mut changes)?;
        }
    }
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    fn find(v: Value) -> Vec<(String, String, Site)> {
        let mut out = Vec::new();
        find_in_object(&v, "r", "f.yaml", &mut out).unwrap();
        out.into_iter().map(|f| (f.image.to_string(), f.path, f.site)).collect()
    }

    #[test]
    fn containers_of_every_kind_and_nested_templates() {
        let v = json!({"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {
            "initContainers": [{"name": "i", "image": "busybox:1.36"}],
            "containers": [{"name": "c", "image": "registry.k8s.io/pause:3.9"}],
            "ephemeralContainers": [{"name": "e", "image": "gcr.io/x/debug"}]}}}}}});
        assert_eq!(
            find(v),
            vec![
                (
                    "registry.k8s.io/pause:3.9".into(),
                    "spec.jobTemplate.spec.template.spec.containers[0].image".into(),
                    Site::Container
                ),
                (
                    "gcr.io/x/debug".into(),
                    "spec.jobTemplate.spec.template.spec.ephemeralContainers[0].image".into(),
                    Site::Container
                ),
                (
                    "docker.io/library/busybox:1.36".into(),
                    "spec.jobTemplate.spec.template.spec.initContainers[0].image".into(),
                    Site::Container
                ),
            ]
        );
    }

    #[test]
    fn custom_resource_fields_args_env_and_configmaps() {
        let v = json!({"kind": "Prometheus", "spec": {
            "image": "quay.io/prometheus/prometheus:v2.54.1",
            "thanos": {"baseImage": "quay.io/thanos/thanos", "version": "v0.36"},
            "containers": [{"name": "op", "image": "quay.io/po/op:v1",
                "args": ["--prometheus-config-reloader=quay.io/prometheus-operator/prometheus-config-reloader:v0.76.0",
                         "--log-level=info", "--web.external-url=https://example.com/x:1"],
                "env": [{"name": "SIDECAR_IMAGE", "value": "busybox:1.36"},
                        {"name": "OPTS", "value": "-img ghcr.io/o/tool:2 -v"},
                        {"name": "ADDR", "value": "redis:6379"}]}]}});
        let got = find(v);
        let texts: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(
            texts,
            vec![
                ("quay.io/prometheus-operator/prometheus-config-reloader:v0.76.0", Site::Embedded),
                ("docker.io/library/busybox:1.36", Site::Env),
                ("ghcr.io/o/tool:2", Site::Embedded),
                ("quay.io/po/op:v1", Site::Container),
                ("quay.io/prometheus/prometheus:v2.54.1", Site::Field),
                ("quay.io/thanos/thanos", Site::Field),
            ]
        );
        let cm = json!({"kind": "ConfigMap", "data": {"a.yaml": "image: docker.io/bitnami/redis:7.2\nurl: http://quay.io/x:1\n"}});
        assert_eq!(find(cm), vec![("docker.io/bitnami/redis:7.2".into(), "data[\"a.yaml\"]".into(), Site::Embedded)]);
    }

    #[test]
    fn invalid_container_image_names_the_place() {
        let v = json!({"kind": "Pod", "spec": {"containers": [{"image": "Bad Image"}]}});
        let e = find_in_object(&v, "v1/Pod/p", "pod.yaml", &mut Vec::new()).unwrap_err().to_string();
        assert!(e.contains("pod.yaml") && e.contains("v1/Pod/p") && e.contains("spec.containers[0].image"), "{e}");
    }

    #[test]
    fn rewrite_keeps_surroundings() {
        let map = MirrorMap::parse("mirrors: [{from: '*', to: 'm.example.cn/{host}/{path}'}]", "m").unwrap();
        let mut v = json!({"kind": "Pod", "spec": {"containers": [{"image": "nginx",
            "args": ["--a=quay.io/x/y:1 --b=quay.io/x/z:2"]}]}});
        let mut found = Vec::new();
        find_in_object(&v, "", "", &mut found).unwrap();
        let mut ch = Vec::new();
        rewrite_object(&mut v, &found, &map, &mut CollisionGuard::default(), &mut ch).unwrap();
        assert_eq!(v["spec"]["containers"][0]["image"], "m.example.cn/docker.io/library/nginx");
        assert_eq!(
            v["spec"]["containers"][0]["args"][0],
            "--a=m.example.cn/quay.io/x/y:1 --b=m.example.cn/quay.io/x/z:2"
        );
        assert_eq!(ch.len(), 3);
    }

    #[test]
    fn docker_hub_short_names_in_free_text() {
        let toks =
            |s: &str| -> Vec<String> { scan_embedded(s).into_iter().map(|(a, b, _)| s[a..b].to_string()).collect() };
        // Found: official images with a tag, namespace/name with a version, digests.
        assert_eq!(toks("docker run redis:7 && docker run nginx:1.25-alpine"), ["redis:7", "nginx:1.25-alpine"]);
        assert_eq!(
            toks("--sidecar=bitnami/redis:7.2,grafana/grafana:latest"),
            ["bitnami/redis:7.2", "grafana/grafana:latest"]
        );
        assert_eq!(toks("image: postgres:16\n  pull: \"busybox:1.36\""), ["postgres:16", "busybox:1.36"]);
        let d = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        assert_eq!(toks(&format!("use alpine@{d} now")), [format!("alpine@{d}")]);
        assert_eq!(scan_embedded("x redis:7")[0].2.to_string(), "docker.io/library/redis:7");
        // Not found: host:port, times, ratios, key:value prose, paths, URLs,
        // names without a tag, unknown one-component names, deep paths.
        for s in [
            "redis:6379",
            "ENDPOINT=postgres:5432 nginx:80 mongo:27017",
            "at 10:30 or 12:30:45, ratio 1:1, chown 1001:1001",
            "level:info mode:readonly app:web replicas:3 timeout:30",
            "read/write:true and/or:maybe",
            "see conf/app.yaml:12 and lib/main.rs:42 and a/b/c:1",
            "https://example.com/redis:7 //cdn/x:1 /etc/redis:7",
            "redis nginx bitnami/redis",
            "myapp:1.2 tool:v3",
            "kube-system/kubelet:10250 monitoring/prometheus:9090",
            "$IMAGE:1 %s/redis:7 ~/x/y:1",
        ] {
            assert_eq!(toks(s), Vec::<String>::new(), "{s}");
        }
        // In a ConfigMap and container args, with where they were.
        let cm = json!({"kind": "ConfigMap", "data": {"run.sh": "docker pull redis:7\nredis-cli -h redis:6379\n"}});
        assert_eq!(find(cm), vec![("docker.io/library/redis:7".into(), "data[\"run.sh\"]".into(), Site::Embedded)]);
        let pod = json!({"kind": "Pod", "spec": {"containers": [{"name": "c", "image": "x/y:1",
            "args": ["--cache-image=bitnami/redis:7.2"], "env": [{"name": "OPTS", "value": "--with postgres:16"}]}]}});
        assert_eq!(
            find(pod),
            vec![
                ("docker.io/bitnami/redis:7.2".into(), "spec.containers[0].args[0]".into(), Site::Embedded),
                ("docker.io/library/postgres:16".into(), "spec.containers[0].env[0].value".into(), Site::Embedded),
                ("docker.io/x/y:1".into(), "spec.containers[0].image".into(), Site::Container),
            ]
        );
    }
}
