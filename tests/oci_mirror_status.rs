//! `kforge mirror status` against real registries: a deleted tag, a
//! re-pushed mutable tag, a missing platform, a stopped or refusing mirror.
mod registry_support;

use registry_support::images::{
    client, head, push_image, push_index, put_manifest, random_bytes, Pushed, OCI_MANIFEST,
};
use registry_support::{kforge, Registry};

struct Setup {
    src: Registry,
    dst: Registry,
    list: tempfile::NamedTempFile,
    a: Pushed,
    b_amd: Pushed,
}

fn mirror_repo(src: &Registry, name: &str) -> String {
    format!("{}/{name}", src.host().replace(':', "_"))
}

fn setup(dst: Registry) -> Setup {
    let src = Registry::plain();
    let sc = client(None);
    let s = src.host();
    let a = push_image(&sc, &s, "app/a", Some("1.0"), vec![random_bytes(5000, 1)], "amd64");
    let b_amd = push_image(&sc, &s, "app/b", None, vec![random_bytes(4000, 2)], "amd64");
    let b_arm = push_image(&sc, &s, "app/b", None, vec![random_bytes(4000, 3)], "arm64");
    push_index(&sc, &s, "app/b", "2.0", &[(&b_amd, "amd64"), (&b_arm, "arm64")]);
    let list = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(list.path(), format!("{s}/app/a:1.0\n{s}/app/b:2.0\n")).unwrap();
    Setup { src, dst, list, a, b_amd }
}

fn run(s: &Setup, cmd: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec!["mirror", cmd, "-f", s.list.path().to_str().unwrap(), "--to", "PLACEHOLDER", "--plain-http"];
    let to = s.dst.host();
    args[5] = &to;
    args.extend_from_slice(extra);
    kforge(&args, None, &[])
}

fn mirrored() -> Setup {
    let s = setup(Registry::plain());
    let (code, out, err) = run(&s, "images", &[]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = run(&s, "status", &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("2 images: 2 current, 0 behind"), "{out}");
    let (total, heads) = {
        let i = out.find(" requests (").unwrap();
        let total: u64 = out[..i].split_whitespace().last().unwrap().parse().unwrap();
        let heads: u64 = out[i + 11..].split_whitespace().next().unwrap().parse().unwrap();
        (total, heads)
    };
    assert_eq!(total, heads, "a current mirror is checked with HEAD requests only: {out}");
    s
}

#[test]
fn deleted_tag_is_missing() {
    let s = mirrored();
    let dc = client(None);
    let repo = mirror_repo(&s.src, "app/a");
    kforge::oci::block_on_pub(dc.delete_manifest(&s.dst.host(), &repo, &s.a.digest)).unwrap().unwrap();
    assert_eq!(head(&dc, &s.dst.host(), &repo, "1.0"), None);
    let (code, out, err) = run(&s, "status", &[]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains(&format!("missing   {}/app/a:1.0", s.src.host())), "{out}");
    assert!(out.contains("1 current, 1 behind"), "{out}");
    // mirroring again brings it back
    let (code, out, err) = run(&s, "images", &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(run(&s, "status", &[]).0, 0);
}

#[test]
fn repushed_mutable_tag_is_stale() {
    let s = mirrored();
    let sc = client(None);
    let a2 = push_image(&sc, &s.src.host(), "app/a", Some("1.0"), vec![random_bytes(5000, 9)], "amd64");
    let (code, out, err) = run(&s, "status", &["--quiet"]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains(&format!("mirror has {}, upstream {}", s.a.digest, a2.digest)), "{out}");
    assert!(!out.contains("current   "), "--quiet prints only what is behind: {out}");
}

#[test]
fn missing_platform_is_reported() {
    let s = mirrored();
    let dc = client(None);
    // Another tool copied only linux/amd64 under the tag.
    put_manifest(&dc, &s.dst.host(), &mirror_repo(&s.src, "app/b"), "2.0", OCI_MANIFEST, &s.b_amd.bytes);
    let (code, out, err) = run(&s, "status", &[]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(
        out.contains(&format!("platforms {}/app/b:2.0", s.src.host())) && out.contains("missing linux/arm64"),
        "{out}"
    );
}

#[test]
fn stopped_or_refusing_mirror_is_reported() {
    let mut s = mirrored();
    s.dst.stop();
    let t = std::time::Instant::now();
    let (code, out, err) = run(&s, "status", &[]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("down      ") && out.contains("2 behind"), "{out}");
    assert!(t.elapsed().as_secs() < 10, "a dead mirror took {:?}", t.elapsed());

    let s = setup(Registry::with_auth("u", "p"));
    let (code, out, err) = run(&s, "status", &[]);
    assert_eq!(code, 3, "{out}{err}");
    assert!(out.contains("denied    ") && out.contains("answers 401"), "{out}");
}
