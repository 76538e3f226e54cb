//! A fault-injecting HTTP/1.1 proxy for loopback registries: answers 500,
//! then 429 with Retry-After, for the first requests, and cuts the first
//! large blob download in the middle.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

#[derive(Default)]
pub struct Faults {
    /// Answer 500 to this many requests first.
    pub errors_500: usize,
    /// Then 429 (Retry-After: 1) to this many.
    pub errors_429: usize,
    /// Cut the first blob GET response whose body is larger than this (0 = never).
    pub cut_blob_over: usize,
    /// Slow blob downloads down: a pause after every 64 KiB of a blob GET.
    pub blob_delay_per_64k: std::time::Duration,
}

pub struct Proxy {
    pub port: u16,
    pub requests: Arc<AtomicUsize>,
    pub cuts: Arc<AtomicUsize>,
}

fn read_head(r: &mut BufReader<TcpStream>) -> Option<(String, Vec<(String, String)>)> {
    let mut first = String::new();
    if r.read_line(&mut first).ok()? == 0 {
        return None;
    }
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if r.read_line(&mut h).ok()? == 0 {
            return None;
        }
        let h = h.trim_end().to_string();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':')?;
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    Some((first.trim_end().to_string(), headers))
}

fn header<'a>(h: &'a [(String, String)], name: &str) -> Option<&'a str> {
    h.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

impl Proxy {
    pub fn start(upstream: u16, faults: Faults) -> Proxy {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        let requests = Arc::new(AtomicUsize::new(0));
        let cuts = Arc::new(AtomicUsize::new(0));
        let faults = Arc::new(faults);
        let (rq, ct) = (requests.clone(), cuts.clone());
        std::thread::spawn(move || {
            for conn in l.incoming() {
                let Ok(client) = conn else { continue };
                let (rq, ct, faults) = (rq.clone(), ct.clone(), faults.clone());
                std::thread::spawn(move || serve(client, upstream, &rq, &ct, &faults));
            }
        });
        Proxy { port, requests, cuts }
    }
}

fn serve(client: TcpStream, upstream: u16, rq: &AtomicUsize, cuts: &AtomicUsize, f: &Faults) {
    let mut out = client.try_clone().unwrap();
    let mut r = BufReader::new(client);
    while let Some((line, headers)) = read_head(&mut r) {
        let len: usize = header(&headers, "content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
        let mut body = vec![0u8; len];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        let n = rq.fetch_add(1, Ordering::SeqCst);
        if n < f.errors_500 {
            let _ = out.write_all(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
            continue;
        }
        if n < f.errors_500 + f.errors_429 {
            let _ = out.write_all(b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n");
            continue;
        }
        // Forward on a fresh upstream connection.
        let Ok(mut up) = TcpStream::connect(("127.0.0.1", upstream)) else {
            return;
        };
        let mut req = format!("{line}\r\n");
        for (k, v) in &headers {
            if k.eq_ignore_ascii_case("connection") {
                continue;
            }
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("Connection: close\r\n\r\n");
        if up.write_all(req.as_bytes()).is_err() || up.write_all(&body).is_err() {
            return;
        }
        let mut resp = Vec::new();
        if up.read_to_end(&mut resp).is_err() {
            return;
        }
        let is_blob_get = line.starts_with("GET ") && line.contains("/blobs/sha256:");
        if f.cut_blob_over > 0 && is_blob_get && resp.len() > f.cut_blob_over && cuts.load(Ordering::SeqCst) == 0 {
            cuts.fetch_add(1, Ordering::SeqCst);
            let _ = out.write_all(&resp[..resp.len() / 2]);
            let _ = out.shutdown(std::net::Shutdown::Both);
            return;
        }
        // Keep the client connection open: rewrite "Connection: close" away.
        let text_end = resp.windows(4).position(|w| w == b"\r\n\r\n").map(|p| p + 4).unwrap_or(resp.len());
        let head = String::from_utf8_lossy(&resp[..text_end]).replace("Connection: close\r\n", "");
        if out.write_all(head.as_bytes()).is_err() {
            return;
        }
        if is_blob_get && !f.blob_delay_per_64k.is_zero() {
            for piece in resp[text_end..].chunks(64 * 1024) {
                if out.write_all(piece).is_err() {
                    return;
                }
                std::thread::sleep(f.blob_delay_per_64k);
            }
        } else if out.write_all(&resp[text_end..]).is_err() {
            return;
        }
    }
}
