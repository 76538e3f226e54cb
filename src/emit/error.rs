//! Errors of writing output.

crate::error::subsystem_error! {
    $ emit::error;
    pub enum EmitError {}
    transparent {
        Io(#[from] std::io::Error),
    }
    boxed {}
}
