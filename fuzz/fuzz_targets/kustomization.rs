//! The kustomization schema: any text that parses as YAML is either a
//! Kustomization or a clear error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(v) = kforge::yaml::parse_kustomization(text, "kustomization.yaml") {
        if let Ok(k) = kforge::load::kustomization::Kustomization::from_value(v) {
            let _ = k.all_resources().count();
        }
    }
});
