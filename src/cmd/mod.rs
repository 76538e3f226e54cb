//! One verb per file: each takes filled-in options and does the work.
pub mod build;
pub mod docs;
pub mod edit;
pub mod localize;
pub mod version;
