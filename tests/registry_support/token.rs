//! A bearer-token server for docker-registry's `auth: token` mode, on
//! loopback: checks basic credentials, signs RS256 JWTs with a key and
//! self-signed certificate made by openssl (the registry trusts the
//! certificate), and grants what each request's scopes ask for. It records
//! every token it issues, so tests can check none is ever printed.
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use base64::Engine;
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

pub const SERVICE: &str = "kforge-test-registry";
pub const ISSUER: &str = "kforge-test-issuer";

pub struct TokenServer {
    pub port: u16,
    /// The certificate the registry trusts (`rootcertbundle`).
    pub cert: PathBuf,
    /// Every token issued.
    pub issued: Arc<Mutex<Vec<String>>>,
    /// Request lines seen, with the scopes asked for.
    pub requests: Arc<Mutex<Vec<String>>>,
}

fn pem_body(pem: &str) -> Vec<u8> {
    let b64: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    base64::engine::general_purpose::STANDARD.decode(b64).expect("PEM base64")
}

fn b64url(b: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl TokenServer {
    pub fn start(dir: &Path, user: &str, pass: &str) -> TokenServer {
        let openssl = super::find_program("openssl", "KFORGE_TEST_OPENSSL");
        let cert = dir.join("token-cert.pem");
        let key = dir.join("token-key.pem");
        let out = Command::new(openssl)
            .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=kforge-token-signer"])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert)
            .output()
            .expect("run openssl");
        assert!(out.status.success(), "openssl: {}", String::from_utf8_lossy(&out.stderr));
        let key_pem = std::fs::read_to_string(&key).expect("key");
        assert!(key_pem.contains("BEGIN PRIVATE KEY"), "openssl wrote no PKCS#8 key");
        let key_der = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(pem_body(&key_pem)));
        let signing = rustls::crypto::ring::sign::any_supported_type(&key_der).expect("signing key");
        let x5c = base64::engine::general_purpose::STANDARD.encode(pem_body(&std::fs::read_to_string(&cert).unwrap()));
        let header = b64url(serde_json::json!({"typ": "JWT", "alg": "RS256", "x5c": [x5c]}).to_string().as_bytes());
        let want = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{pass}")));
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = l.local_addr().expect("addr").port();
        let issued: Arc<Mutex<Vec<String>>> = Arc::default();
        let requests: Arc<Mutex<Vec<String>>> = Arc::default();
        let (issued2, requests2) = (issued.clone(), requests.clone());
        let user = user.to_string();
        std::thread::spawn(move || {
            let mut n = 0u64;
            for conn in l.incoming() {
                let Ok(mut s) = conn else { continue };
                n += 1;
                let mut r = BufReader::new(s.try_clone().expect("clone"));
                let mut line = String::new();
                if r.read_line(&mut line).is_err() {
                    continue;
                }
                let mut authorized = false;
                loop {
                    let mut h = String::new();
                    if r.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
                        break;
                    }
                    if let Some((k, v)) = h.split_once(':') {
                        if k.eq_ignore_ascii_case("authorization") && v.trim() == want {
                            authorized = true;
                        }
                    }
                }
                let target = line.split_whitespace().nth(1).unwrap_or("").to_string();
                let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
                let mut scopes = Vec::new();
                let mut service = String::new();
                for kv in query.split('&') {
                    let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                    match k {
                        "scope" => scopes.push(percent_decode(v)),
                        "service" => service = percent_decode(v),
                        _ => {}
                    }
                }
                requests2
                    .lock()
                    .unwrap()
                    .push(format!("{} scopes={scopes:?} auth={authorized}", target.split('?').next().unwrap_or("")));
                if !authorized || service != SERVICE {
                    let _ = s.write_all(b"HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
                    continue;
                }
                let access: Vec<serde_json::Value> = scopes
                    .iter()
                    .flat_map(|sc| sc.split(' ').map(str::to_string).collect::<Vec<_>>())
                    .filter_map(|sc| {
                        let (typ, rest) = sc.split_once(':')?;
                        let (name, actions) = rest.rsplit_once(':')?;
                        Some(serde_json::json!({"type": typ, "name": name, "actions": actions.split(',').collect::<Vec<_>>()}))
                    })
                    .collect();
                let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
                let claims = serde_json::json!({
                    "iss": ISSUER, "sub": user, "aud": SERVICE, "exp": now + 600, "nbf": now - 60, "iat": now - 60,
                    "jti": format!("t{n}"), "access": access,
                });
                let signing_input = format!("{header}.{}", b64url(claims.to_string().as_bytes()));
                let signer = signing.choose_scheme(&[rustls::SignatureScheme::RSA_PKCS1_SHA256]).expect("RS256");
                let sig = signer.sign(signing_input.as_bytes()).expect("sign");
                let token = format!("{signing_input}.{}", b64url(&sig));
                issued2.lock().unwrap().push(token.clone());
                let body = serde_json::json!({"token": token, "access_token": token, "expires_in": 600}).to_string();
                let _ = write!(
                    s,
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        TokenServer { port, cert, issued, requests }
    }

    /// The registry's `auth:` section for this server.
    pub fn registry_auth(&self) -> String {
        format!(
            "auth:\n  token:\n    realm: http://127.0.0.1:{}/token\n    service: {SERVICE}\n    issuer: {ISSUER}\n    rootcertbundle: {}\n",
            self.port,
            self.cert.display()
        )
    }

    pub fn tokens(&self) -> Vec<String> {
        self.issued.lock().unwrap().clone()
    }
}
