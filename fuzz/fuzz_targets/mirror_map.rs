//! Mirror maps: any text reads as a map or fails cleanly (naming the file
//! and field); a map that reads decides every image without panicking, and
//! mapping an image twice changes nothing the second time.
#![no_main]
use kforge::images::{Decision, ImageRef, MirrorMap};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

const IMAGES: &[&str] = &[
    "nginx",
    "nginx:1.25",
    "bitnami/redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "quay.io/prometheus/node-exporter:v1.8.0",
    "registry.k8s.io/pause:3.9",
    "localhost:5000/team/app:dev",
    "ghcr.io/a/b/c/d:1",
];

fuzz_target!(|data: &[u8]| {
    let data = data.to_vec();
    common::on_big_stack(move || run(&data));
});

fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Images named in the input are decided too (after a `#` line per image).
    let extra: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("#img ")).collect();
    let map = match MirrorMap::parse(text, "map.yaml") {
        Ok(m) => m,
        Err(e) => {
            assert!(e.to_string().contains("map.yaml"), "error without the file name: {e}");
            return;
        }
    };
    for img in IMAGES.iter().copied().chain(extra) {
        let Ok(r) = ImageRef::parse(img) else { continue };
        if let Decision::Mirror(m) = map.decide(&r) {
            let twice = map.decide(&m);
            assert!(
                !matches!(twice, Decision::Mirror(ref x) if x != &m),
                "{img} -> {m} -> {twice:?}: a second run changes the image"
            );
        }
        let _ = map.map_chart_url(&format!("oci://{}/{}", r.registry, r.repository));
    }
}
