//! Mirror status.
