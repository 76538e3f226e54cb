//! `kforge mirror chart`: a chart in one registry, its images mirrored by a
//! MirrorMap, the localized chart pushed to the mirror, a lock file written.
mod registry_support;

use std::path::Path;
use std::process::Command;

use registry_support::images::{client, head, push_image, push_index, random_bytes};
use registry_support::{helm, kforge, Registry};

fn helm_ok(args: &[&str], cwd: &Path) -> String {
    let out = Command::new(helm()).args(args).current_dir(cwd).output().unwrap();
    assert!(out.status.success(), "helm {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn chart_and_its_images_go_to_the_mirror_with_a_lock_file() {
    let src = Registry::plain();
    let dst = Registry::plain();
    let (s, d) = (src.host(), dst.host());
    let sc = client(None);
    let amd = push_image(&sc, &s, "apps/web", None, vec![random_bytes(20_000, 1)], "amd64");
    let arm = push_image(&sc, &s, "apps/web", None, vec![random_bytes(20_000, 2)], "arm64");
    let web = push_index(&sc, &s, "apps/web", "1.0", &[(&amd, "amd64"), (&arm, "arm64")]);

    let tmp = tempfile::tempdir().unwrap();
    helm_ok(&["create", "web"], tmp.path());
    let values = tmp.path().join("web/values.yaml");
    let text = std::fs::read_to_string(&values).unwrap();
    let text = text.replacen("repository: nginx", &format!("repository: {s}/apps/web"), 1).replacen(
        "tag: \"\"",
        "tag: \"1.0\"",
        1,
    );
    std::fs::write(&values, text).unwrap();
    helm_ok(&["package", "web"], tmp.path());
    let (code, out, err) = kforge(
        &[
            "chart",
            "push",
            tmp.path().join("web-0.1.0.tgz").to_str().unwrap(),
            &format!("oci://{s}/charts"),
            "--plain-http",
        ],
        None,
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");

    let map = tmp.path().join("map.yaml");
    std::fs::write(
        &map,
        format!("apiVersion: kforge.dev/v1alpha1\nkind: MirrorMap\nmirrors:\n- from: \"{s}\"\n  to: \"{d}/m\"\n"),
    )
    .unwrap();
    let lock = tmp.path().join("lock.yaml");
    let args = [
        "mirror",
        "chart",
        &format!("oci://{s}/charts/web"),
        "--version",
        "0.1.0",
        "--to",
        &format!("oci://{d}/charts"),
        "--mirror",
        map.to_str().unwrap(),
        "--lock",
        lock.to_str().unwrap(),
        "--plain-http",
    ];
    let (code, out, err) = kforge(&args, None, &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("1 images: 1 copied"), "{out}{err}");
    let dc = client(None);
    assert_eq!(head(&dc, &d, "m/apps/web", "1.0").as_deref(), Some(web.digest.as_str()));
    assert_eq!(head(&dc, &d, "m/apps/web", &arm.digest).as_deref(), Some(arm.digest.as_str()));

    // the localized chart on the mirror renders with the mirror's image
    let pulled = tmp.path().join("pulled");
    let (code, out, err) = kforge(
        &[
            "chart",
            "pull",
            &format!("oci://{d}/charts/web"),
            "--version",
            "0.1.0",
            "--untar",
            "-d",
            pulled.to_str().unwrap(),
            "--plain-http",
        ],
        None,
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    let rendered = helm_ok(&["template", "web", pulled.join("web").to_str().unwrap()], tmp.path());
    assert!(rendered.contains(&format!("image: \"{d}/m/apps/web:1.0\"")), "{rendered}");
    assert!(!rendered.contains(&format!("{s}/apps/web")), "{rendered}");

    // the lock file says what went where
    let l = std::fs::read_to_string(&lock).unwrap();
    assert!(l.contains("kind: MirrorLock"), "{l}");
    assert!(l.contains(&format!("source: {s}/apps/web:1.0")), "{l}");
    assert!(l.contains(&format!("destination: {d}/m/apps/web:1.0")), "{l}");
    assert!(
        l.contains(&format!("digest: {}", web.digest)) && l.contains(&arm.digest) && l.contains("linux/arm64"),
        "{l}"
    );
    assert!(l.contains("values.yaml"), "{l}");

    // a rerun is a no-op for the images; status from the lock file is current
    let (code, out, err) = kforge(&args, None, &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 copied, 1 up to date"), "{out}");
    // ...and HEAD requests only: the chart upstream and on the mirror, the
    // image upstream and on the mirror (nothing pulled, rendered or pushed)
    assert!(out.contains("; 4 requests (4 HEAD)"), "{out}");
    assert_eq!(std::fs::read_to_string(&lock).unwrap(), l, "the lock file is unchanged");
    let (code, out, err) = kforge(
        &["mirror", "status", "-f", lock.to_str().unwrap(), "--mirror", &format!("{s}={d}/m"), "--plain-http"],
        None,
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("1 current"), "{out}");
}
