//! Loading kustomizations: the schema, the filesystem with its load
//! restrictor, and the recursive accumulation of resources.
pub mod kustomization;
