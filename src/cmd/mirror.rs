//! mirror verbs
