//! Strategic merge: a resource and a patch (two YAML documents separated by
//! a NUL byte) merge or fail cleanly.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Some((target, patch)) = text.split_once('\0') else { return };
    let Ok(mut targets) = kforge::yaml::parse_documents(target, "target.yaml") else { return };
    let Ok(patches) = kforge::yaml::parse_documents(patch, "patch.yaml") else { return };
    let (Some(t), Some(p)) = (targets.first_mut(), patches.first()) else { return };
    let gvk = kforge::transform::smp::gvk_of(t);
    if kforge::transform::smp::merge_patch(t, p, &gvk).is_ok() {
        let _ = kforge::yaml::to_yaml(t);
    }
});
