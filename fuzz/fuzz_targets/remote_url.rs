//! Remote targets: parsing any string never panics; what parses has a
//! checked ref, never an option-like value, and redaction keeps a
//! password out of the shown form.
#![no_main]
use kforge::load::remote;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(url) = std::str::from_utf8(data) else { return };
    let shown = remote::redact(url);
    let _ = remote::redact_in(url, url);
    if let Ok(spec) = remote::parse(url) {
        assert!(!spec.git_ref.starts_with('-'), "option-like ref accepted: {url:?}");
        if !spec.git_ref.is_empty() {
            assert!(remote::check_ref(&spec.git_ref).is_ok());
        }
        assert!(!spec.clone_url().starts_with('-'), "option-like URL accepted: {url:?}");
        assert!(spec.timeout <= kforge::process::MAX_TIMEOUT);
        let _ = remote::RemoteId::of(&spec, &spec.kust_root);
    }
    let _ = shown;
});
