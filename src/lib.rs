//! kforge: build kustomizations, render charts, relocate images.
//!
//! Imports point one way (see docs/architecture.md):
//! `cli` → `cmd` → `pipeline` → `load`, `generate`, `transform`, `plugin`,
//! `emit` → `model`, `yaml`, `types`.
//!
//! The library prints nothing and declares no global allocator: the
//! binaries (`src/main.rs`, `src/bin/`) choose one.
pub mod allocator;
pub mod cfg;
pub mod chart;
pub mod cli;
pub mod cmd;
pub mod diff;
pub mod edit;
pub mod emit;
pub mod engines;
pub mod error;
pub mod fleet;
pub mod fsutil;
pub mod generate;
pub mod goquote;
pub mod gotmpl;
pub mod images;
pub mod load;
pub mod model;
pub mod oci;
pub mod pipeline;
pub mod plugin;
pub mod process;
pub mod transform;
pub mod types;
pub mod vendor;
pub mod warnings;
pub mod yaml;
