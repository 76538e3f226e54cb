//! `kforge chart push` / `kforge chart pull`.
use crate::oci::chart::{PullOptions, PushOptions};

pub fn push(opts: &PushOptions) -> anyhow::Result<()> {
    let r = crate::oci::chart::push(opts)?;
    println!("Pushed: {}", r.reference);
    println!("Digest: {}", r.digest);
    Ok(())
}

pub fn pull(opts: &PullOptions) -> anyhow::Result<()> {
    let r = crate::oci::chart::pull(opts)?;
    if let Some(n) = &r.notice {
        super::ui::note(format_args!("Note: {n}"));
    }
    println!("Pulled: {} {} -> {}", r.name, r.version, r.path.display());
    if !r.digest.is_empty() {
        println!("Digest: {}", r.digest);
    }
    Ok(())
}
