//! http(s) file resources in `kforge build`, served by a loopback HTTP
//! server the test starts (testdata/http, see its README.md).
mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};

use common::{kforge, root};

/// Serve `dir` on 127.0.0.1; returns the base URL and the request paths seen.
fn serve(dir: &Path) -> (String, Arc<Mutex<Vec<String>>>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", l.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s2 = seen.clone();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        for conn in l.incoming() {
            let Ok(mut c) = conn else { continue };
            let mut buf = [0u8; 8192];
            let n = c.read(&mut buf).unwrap_or(0);
            let req = String::from_utf8_lossy(&buf[..n]).to_string();
            let path = req.split_whitespace().nth(1).unwrap_or("/").to_string();
            s2.lock().unwrap().push(path.clone());
            let file = dir.join(path.trim_start_matches('/'));
            let resp = match std::fs::read(&file) {
                Ok(body) if file.is_file() => {
                    let mut r =
                        format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len())
                            .into_bytes();
                    r.extend(body);
                    r
                }
                _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
            };
            let _ = c.write_all(&resp);
        }
    });
    (base, seen)
}

fn tree(base: &str, replace: Option<(&str, &str)>) -> tempfile::TempDir {
    let src = root().join("testdata/http");
    let tmp = tempfile::tempdir().unwrap();
    let mut k = std::fs::read_to_string(src.join("kustomization.yaml.in")).unwrap().replace("BASE", base);
    if let Some((a, b)) = replace {
        k = k.replace(a, b);
    }
    std::fs::write(tmp.path().join("kustomization.yaml"), k).unwrap();
    std::fs::copy(src.join("local.yaml"), tmp.path().join("local.yaml")).unwrap();
    tmp
}

#[test]
fn http_resources_build_like_kustomize() {
    let src = root().join("testdata/http");
    let (base, seen) = serve(&src.join("site"));
    let t = tree(&base, None);
    let want = std::fs::read_to_string(src.join("expected.yaml")).unwrap();
    kforge().arg("build").arg(t.path()).assert().success().stdout(want);
    let mut paths = seen.lock().unwrap().clone();
    paths.sort();
    assert_eq!(paths, ["/cm.yaml", "/deploy.yaml"], "each file fetched once");
}

#[test]
fn same_url_twice_is_fetched_once_and_is_a_duplicate() {
    let src = root().join("testdata/http");
    let (base, seen) = serve(&src.join("site"));
    let t = tree(&base, Some(("- local.yaml", &format!("- {base}/cm.yaml"))));
    let out = kforge().arg("build").arg(t.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("remote-config"), "{err}");
    assert_eq!(seen.lock().unwrap().iter().filter(|p| *p == "/cm.yaml").count(), 1);
}

#[test]
fn http_404_names_the_url_and_status() {
    let src = root().join("testdata/http");
    let (base, _) = serve(&src.join("site"));
    let t = tree(&base, Some(("/cm.yaml", "/missing.yaml")));
    let out = kforge().arg("build").arg(t.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("accumulating resources from '{base}/missing.yaml'"))
            && err.contains("HTTP Error: status code 404 (Not Found)"),
        "{err}"
    );
}

#[test]
fn refused_connection_is_reported_as_such() {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let base = format!("http://127.0.0.1:{port}");
    let t = tree(&base, None);
    let out = kforge().arg("build").arg(t.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("GET {base}/deploy.yaml: cannot connect")), "{err}");
    assert!(!err.contains("ref not found"), "{err}");
}

#[test]
fn a_page_that_is_not_yaml_is_an_error_naming_the_url() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("page.yaml"), "<html>\n  <body>not yaml: [</body>\n</html>\n").unwrap();
    let (base, _) = serve(dir.path());
    let t = tempfile::tempdir().unwrap();
    std::fs::write(t.path().join("kustomization.yaml"), format!("resources:\n- {base}/page.yaml\n")).unwrap();
    let out = kforge().arg("build").arg(t.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{base}/page.yaml")), "{err}");
}

#[test]
fn patch_files_and_generator_files_load_over_http_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("patch.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  patched: \"yes\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("app.properties"), "color=blue\n").unwrap();
    let (base, _) = serve(dir.path());
    let t = tempfile::tempdir().unwrap();
    std::fs::write(t.path().join("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n").unwrap();
    std::fs::write(
        t.path().join("kustomization.yaml"),
        format!(
            "resources:\n- cm.yaml\npatches:\n- path: {base}/patch.yaml\nconfigMapGenerator:\n- name: g\n  options:\n    disableNameSuffixHash: true\n  files:\n  - {base}/app.properties\n"
        ),
    )
    .unwrap();
    kforge().arg("build").arg(t.path()).assert().success().stdout(
        "apiVersion: v1\ndata:\n  patched: \"yes\"\nkind: ConfigMap\nmetadata:\n  name: c\n---\napiVersion: v1\ndata:\n  app.properties: |\n    color=blue\nkind: ConfigMap\nmetadata:\n  name: g\n",
    );
}
