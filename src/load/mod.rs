//! Loading kustomizations: the schema, the filesystem with its load
//! restrictor, and parsing resource files into the resource map.
pub mod error;
pub use error::LoadError;
pub mod deprecated;
pub mod fs;
pub mod http;
pub mod kustomization;
pub mod loader;
pub mod remote;

pub use fs::{FileSystem, MemFs, RealFs};
pub use loader::{LoadRestrictor, Loader};
