//! YAML in and out: parsing KRM documents into [`Value`] trees and
//! writing them back exactly as kustomize (go-yaml v2 over JSON) does.
//!
//! * [`parse_documents`]: resource files, go-yaml v3 / kyaml semantics.
//! * [`parse_kustomization`]: kustomization files, sigs.k8s.io/yaml (go-yaml v2,
//!   YAML 1.1) semantics.
//! * [`to_yaml`] / [`to_yaml_into`]: one document in kustomize's output style;
//!   callers join documents with `"---\n"`.
//!
//! Choices where JSON cannot follow YAML are listed in `parse.rs`: plain `.inf`
//! / `.nan` stay strings in resources (error in kustomizations), resource map
//! keys are their source text, duplicate keys are an error in resources only.
//! Mapping key order is not kept (maps are sorted); the emitter sorts
//! keys itself.
mod direct;
mod emit;
mod fast;
mod folded;
mod input;
mod key;
mod parse;
pub(crate) mod resolve;
mod sort;
mod value;

pub use emit::{to_yaml, to_yaml_flushing, to_yaml_into, to_yaml_pretty, Node, YamlNode};
pub use parse::{
    parse_documents, parse_documents_as, parse_kustomization, parse_kustomization_as, parse_patch_documents,
    parse_resource_documents, parse_values_documents, plain_annotation_value, reset_alias_budget, ResourceDoc,
    YamlError,
};
pub use resolve::format_go_float;
pub use value::{from_value, json, push_pointer_key, to_value, Entry, Key, Map, Number, Value, ValueIndex};

/// The deepest nesting of collections kforge reads or creates (go-yaml v3's
/// limit, which kustomize inherits): the parser refuses deeper documents,
/// aliases included, and field paths with `create` stop here too.
pub const MAX_DEPTH: usize = 10_000;
