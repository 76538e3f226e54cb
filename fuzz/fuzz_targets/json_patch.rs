//! JSON 6902 patches: a resource and a list of operations (separated by a
//! NUL byte) apply or fail cleanly.
#![no_main]
use kforge::transform::Transformer;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    // As in kforge, the work runs on a thread with a large stack.
    let data = data.to_vec();
    common::on_big_stack(move || run(&data));
});

fn run(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Some((target, ops)) = text.split_once('\0') else { return };
    let Ok(resources) = kforge::model::parse_resources(target, "target.yaml") else { return };
    let mut m: kforge::model::ResMap = resources.into_iter().collect();
    let sel = kforge::types::Selector::default();
    let Ok(t) = kforge::transform::patch::PatchJson6902Transformer::new(ops, "", Some(sel)) else { return };
    if t.apply(&mut m).is_ok() {
        let _ = kforge::emit::to_stream(&m);
    }
}
