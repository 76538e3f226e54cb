//! YAML in and out: parsing KRM documents into `serde_json::Value` trees and
//! writing them back exactly as kustomize (go-yaml v2 over JSON) does.
mod emit;
mod parse;
mod resolve;
mod sort;

pub use emit::{to_yaml, to_yaml_into};
pub use parse::{parse_documents, parse_kustomization, YamlError};
pub use resolve::format_go_float;
