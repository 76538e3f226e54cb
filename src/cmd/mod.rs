//! One verb per file: each takes filled-in options and does the work.
pub mod build;
pub mod chart;
pub mod docs;
pub mod template;
