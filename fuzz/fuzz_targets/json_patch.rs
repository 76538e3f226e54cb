//! JSON 6902 patches: a resource and a list of operations (separated by a
//! NUL byte) apply or fail cleanly.
#![no_main]
use kforge::transform::Transformer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Some((target, ops)) = text.split_once('\0') else { return };
    let Ok(resources) = kforge::load::loader::parse_resources(target, "target.yaml") else { return };
    let mut m: kforge::model::ResMap = resources.into_iter().collect();
    let sel = kforge::load::kustomization::Selector::default();
    let Ok(t) = kforge::transform::patch::PatchJson6902Transformer::new(ops, "", Some(sel)) else { return };
    if t.apply(&mut m).is_ok() {
        let _ = kforge::emit::to_stream(&m);
    }
});
