//! The resource model: ids, resources and the ordered resource map that every
//! loader, generator, transformer and emitter works on.
pub mod error;
pub use error::ModelError;
pub mod fasthash;
mod origin;
mod parse;
mod resid;
mod resmap;
mod resource;

pub use origin::origin_text;
pub use parse::parse_resources;
pub use resid::{Gvk, ResId};
pub use resmap::{DuplicateId, IdHashes, ResMap};
pub use resource::{get_path, id_of, id_parts, object_entry, set_path, Behavior, Origin, Resource, ScalarNote};
