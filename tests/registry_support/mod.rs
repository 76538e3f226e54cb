//! Test harness: real registries (Debian's `docker-registry`, CNCF
//! distribution) on loopback ports, with plain HTTP, htpasswd basic auth or
//! TLS from a CA made by the test. A missing binary fails the test.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const KFORGE: &str = env!("CARGO_BIN_EXE_kforge");

pub(crate) fn find_program(name: &str, env: &str) -> PathBuf {
    if let Some(p) = std::env::var_os(env).filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return p;
            }
        }
    }
    for dir in ["/usr/bin", "/usr/sbin", "/usr/local/bin"] {
        let p = Path::new(dir).join(name);
        if p.is_file() {
            return p;
        }
    }
    panic!("{name} is not installed (apt-get install -y docker-registry apache2-utils skopeo openssl); .ci/run installs it")
}

pub fn helm() -> PathBuf {
    if let Some(p) = std::env::var_os("KFORGE_TEST_HELM").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    if let Some(home) = std::env::var_os("HOME") {
        let p = Path::new(&home).join(".cache/kforge-oracles/bin/helm");
        if p.is_file() {
            return p;
        }
    }
    find_program("helm", "KFORGE_TEST_HELM")
}

pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    l.local_addr().expect("local addr").port()
}

#[derive(Default, Clone)]
pub struct RegistryConfig {
    pub auth: Option<(String, String)>,
    pub tls: bool,
}

pub struct Registry {
    pub port: u16,
    pub dir: tempfile::TempDir,
    pub config: RegistryConfig,
    /// The bearer-token server of a `with_token` registry.
    pub token: Option<token::TokenServer>,
    child: Option<Child>,
}

impl Registry {
    pub fn plain() -> Registry {
        Registry::start(RegistryConfig::default())
    }

    pub fn with_auth(user: &str, pass: &str) -> Registry {
        Registry::start(RegistryConfig { auth: Some((user.into(), pass.into())), tls: false })
    }

    /// A registry in `auth: token` mode with its own token server, which
    /// accepts `user`/`pass` as basic credentials.
    pub fn with_token(user: &str, pass: &str) -> Registry {
        let tdir = tempfile::tempdir().expect("tempdir");
        let server = token::TokenServer::start(tdir.path(), user, pass);
        let mut r = Registry::start_with(RegistryConfig::default(), Some(server.registry_auth()), false);
        std::fs::rename(tdir.path().join("token-cert.pem"), r.dir.path().join("token-cert.pem")).expect("move cert");
        let cfg = std::fs::read_to_string(r.dir.path().join("config.yml")).expect("config");
        std::fs::write(
            r.dir.path().join("config.yml"),
            cfg.replace(&server.cert.display().to_string(), &r.dir.path().join("token-cert.pem").display().to_string()),
        )
        .expect("config");
        r.token = Some(server);
        r.spawn();
        r
    }

    pub fn start(config: RegistryConfig) -> Registry {
        Registry::start_with(config, None, true)
    }

    fn start_with(config: RegistryConfig, auth_section: Option<String>, spawn: bool) -> Registry {
        let bin = find_program("docker-registry", "KFORGE_TEST_REGISTRY");
        let dir = tempfile::tempdir().expect("tempdir");
        let port = free_port();
        let root = dir.path();
        std::fs::create_dir_all(root.join("data")).expect("data dir");
        let mut extra = String::new();
        if config.tls {
            make_certs(root);
            extra.push_str(&format!(
                "  tls:\n    certificate: {}\n    key: {}\n",
                root.join("cert.pem").display(),
                root.join("key.pem").display()
            ));
        }
        if let Some((u, p)) = &config.auth {
            let htpasswd = find_program("htpasswd", "KFORGE_TEST_HTPASSWD");
            let out = Command::new(htpasswd).args(["-Bbn", u, p]).output().expect("run htpasswd");
            assert!(out.status.success(), "htpasswd failed");
            std::fs::write(root.join("htpasswd"), &out.stdout).expect("write htpasswd");
            extra.push_str(&format!(
                "auth:\n  htpasswd:\n    realm: test-realm\n    path: {}\n",
                root.join("htpasswd").display()
            ));
        }
        if let Some(a) = auth_section {
            extra.push_str(&a);
        }
        let cfg = format!(
            "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\n  maintenance:\n    uploadpurging:\n      enabled: false\nhttp:\n  addr: 127.0.0.1:{port}\n  secret: kforge-test-secret\n{extra}",
            root.join("data").display()
        );
        std::fs::write(root.join("config.yml"), cfg).expect("write config");
        let _ = bin;
        let mut r = Registry { port, dir, config, token: None, child: None };
        if spawn {
            r.spawn();
        }
        r
    }

    fn spawn(&mut self) {
        let bin = find_program("docker-registry", "KFORGE_TEST_REGISTRY");
        let log = std::fs::File::create(self.dir.path().join("registry.log")).expect("log");
        let child = Command::new(bin)
            .arg("serve")
            .arg(self.dir.path().join("config.yml"))
            .env_remove("REGISTRY_HTTP_ADDR")
            .env_remove("REGISTRY_AUTH")
            .env_remove("REGISTRY_STORAGE")
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start docker-registry");
        self.child = Some(child);
        self.wait_ready();
    }

    fn wait_ready(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(c) = self.child.as_mut() {
                if let Ok(Some(status)) = c.try_wait() {
                    let log = std::fs::read_to_string(self.dir.path().join("registry.log")).unwrap_or_default();
                    panic!("docker-registry exited ({status}): {log}");
                }
            }
            if let Ok(mut s) = TcpStream::connect(("127.0.0.1", self.port)) {
                if self.config.tls {
                    return;
                }
                let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
                let _ = s.write_all(b"GET /v2/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
                let mut buf = [0u8; 12];
                if s.read_exact(&mut buf).is_ok() && (buf.ends_with(b"200") || buf.ends_with(b"401")) {
                    return;
                }
            }
            assert!(Instant::now() < deadline, "registry on port {} did not start", self.port);
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// HOST:PORT
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn ca(&self) -> PathBuf {
        self.dir.path().join("ca.pem")
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A CA and a leaf certificate for 127.0.0.1 signed by it (rustls refuses
/// a self-signed CA certificate used as the server's own).
fn make_certs(root: &Path) {
    let openssl = find_program("openssl", "KFORGE_TEST_OPENSSL");
    let run = |args: &[&str]| {
        let out = Command::new(&openssl).args(args).current_dir(root).output().expect("run openssl");
        assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=kforge-test-ca",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-subj",
        "/CN=127.0.0.1",
        "-keyout",
        "key.pem",
        "-out",
        "server.csr",
    ]);
    std::fs::write(
        root.join("server.ext"),
        "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
    )
    .expect("ext");
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-days",
        "2",
        "-extfile",
        "server.ext",
        "-out",
        "cert.pem",
    ]);
}

/// Runs kforge; returns (status code, stdout, stderr).
pub fn kforge(args: &[&str], stdin: Option<&str>, env: &[(&str, &Path)]) -> (i32, String, String) {
    let mut cmd = Command::new(KFORGE);
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // Mirror state stays inside the test run unless a test names its own.
    cmd.env("KFORGE_STATE_DIR", state_dir());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("run kforge");
    if let Some(s) = stdin {
        child.stdin.take().expect("stdin").write_all(s.as_bytes()).expect("write stdin");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("kforge output");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// One state directory for the kforge runs of this test binary.
pub fn state_dir() -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().expect("tempdir").keep()).clone()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
pub mod http;
pub mod images;
pub mod proxy;
pub mod token;
