//! Mirror status.
use super::mapping::MirrorRules;
use super::mirror::SourceSpec;
use super::TransportOptions;

#[derive(Debug, Clone)]
pub struct StatusOptions {
    pub sources: Vec<SourceSpec>,
    pub rules: MirrorRules,
    pub transport: TransportOptions,
}
