//! Image references: any string parses or fails cleanly, and every form
//! kforge writes back (full, normalised, familiar) parses to the same image.
#![no_main]
use kforge::images::ImageRef;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(r) = ImageRef::parse(text) else { return };
    assert!(!r.registry.is_empty() && !r.repository.is_empty(), "{text:?} gave an empty name");
    let full = r.to_string();
    let again = ImageRef::parse(&full).unwrap_or_else(|e| panic!("{text:?} -> {full:?} does not parse: {e}"));
    assert_eq!(again, r, "{text:?} -> {full:?}");
    let familiar = r.familiar();
    let f = ImageRef::parse(&familiar).unwrap_or_else(|e| panic!("{text:?} -> {familiar:?} does not parse: {e}"));
    assert_eq!(f, r, "{text:?} -> familiar {familiar:?}");
    let normalized = r.normalized();
    let n = ImageRef::parse(&normalized).unwrap_or_else(|e| panic!("{text:?} -> {normalized:?} does not parse: {e}"));
    assert_eq!((&n.registry, &n.repository, &n.digest), (&r.registry, &r.repository, &r.digest));
});
