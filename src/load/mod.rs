//! Loading kustomizations: the schema, the filesystem with its load
//! restrictor, and parsing resource files into the resource map.
pub mod deprecated;
pub mod http;
pub mod kustomization;
pub mod loader;
pub mod remote;

pub use loader::{LoadRestrictor, Loader};
