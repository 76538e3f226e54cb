//! A small HTTP file server on loopback for chart repositories: serves a
//! directory, logs every request path, and can require basic auth.
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub struct FileServer {
    pub port: u16,
    /// Request lines seen (`GET /path?query`).
    pub log: Arc<Mutex<Vec<String>>>,
}

impl FileServer {
    /// Serves `dir`; with `auth`, every request needs `Authorization: Basic <auth>`
    /// (base64 of user:password) or gets a 401 challenge.
    pub fn start(dir: PathBuf, auth: Option<String>) -> FileServer {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = l.local_addr().expect("addr").port();
        let log: Arc<Mutex<Vec<String>>> = Arc::default();
        let log2 = log.clone();
        std::thread::spawn(move || {
            for conn in l.incoming() {
                let Ok(mut s) = conn else { continue };
                let dir = dir.clone();
                let auth = auth.clone();
                let log = log2.clone();
                std::thread::spawn(move || {
                    let mut r = BufReader::new(s.try_clone().expect("clone"));
                    let mut line = String::new();
                    if r.read_line(&mut line).is_err() {
                        return;
                    }
                    let mut authorized = auth.is_none();
                    loop {
                        let mut h = String::new();
                        if r.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
                            break;
                        }
                        if let (Some(a), Some((k, v))) = (&auth, h.split_once(':')) {
                            if k.eq_ignore_ascii_case("authorization") && v.trim() == format!("Basic {a}") {
                                authorized = true;
                            }
                        }
                    }
                    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
                    log.lock().expect("log").push(format!("GET {target}"));
                    if !authorized {
                        let _ = s.write_all(b"HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"charts\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        return;
                    }
                    let path = target.split('?').next().unwrap_or("").trim_start_matches('/').to_string();
                    let file = dir.join(&path);
                    match std::fs::read(&file) {
                        Ok(body) if !path.contains("..") => {
                            let _ = write!(
                                s,
                                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                                body.len()
                            );
                            let _ = s.write_all(&body);
                        }
                        _ => {
                            let _ = s
                                .write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        }
                    }
                });
            }
        });
        FileServer { port, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}/{}", self.port, path.trim_start_matches('/'))
    }

    pub fn requests(&self) -> Vec<String> {
        self.log.lock().expect("log").clone()
    }
}
