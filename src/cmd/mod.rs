//! One verb per file: each takes filled-in options and does the work.
pub mod build;
pub mod chart;
pub mod chart_oci;
pub mod docs;
pub mod images;
pub mod localize;
pub mod mirror;
pub mod mirror_oci;
pub mod registry;
pub mod template;
