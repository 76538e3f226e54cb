//! One verb per file: each takes filled-in options and does the work.
pub mod build;
pub mod chart_oci;
pub mod docs;
pub mod mirror;
pub mod registry;
