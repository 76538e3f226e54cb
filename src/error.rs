//! What every subsystem's error enum shares (a leaf module).
//!
//! Each subsystem (`load`, `transform`, `generate`, `plugin`, `pipeline`,
//! `model`, `emit`, ...) has its own `thiserror` enum. Besides its specific
//! variants, each has `Msg` (a message of its own) and `Context` (what it was
//! doing when an error from below happened, that error kept as the
//! `source`), so the CLI prints the same chain `anyhow` would: the outer
//! message, then each cause. [`subsystem_error!`] gives a subsystem its
//! `Result` alias and a `Context` trait (`.context(..)` and
//! `.with_context(..)` on results and options) that build those variants.

/// An error from another subsystem or library, kept as a `source`.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// The messages of an error and its sources, joined by `": "` (for the few
/// messages that embed their cause in one line).
pub fn chain_text(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cur = c.source();
    }
    out
}

/// A subsystem's error enum, in its `error` module, with what every
/// subsystem shares:
///
/// - the variants `Msg(String)` (a message of its own), `Context { context,
///   source }` (what was being done when an error from below happened) and
///   `WithCause { context, cause }` (a message ending with its cause's whole
///   chain on one line), before the subsystem's own variants;
/// - the subsystem's own variants with a message, then its `transparent`
///   ones (an error from below shown as it is; `#[from]` for a `From` impl);
/// - one boxed variant and its `From` impl for each `boxed` entry (errors
///   too large to travel in every `Result`);
/// - `Result<T>`, the `Context` trait (`.context(..)`, `.with_context(..)`
///   on results and options), and the `bail!`/`err!` macros that make a
///   `Msg` from a format string (`$` is passed in so the macros can be
///   declared here).
///
/// ```text
/// subsystem_error! {
///     $ transform::error;
///     /// Errors of the transformers.
///     pub enum TransformError {}
///     transparent { Io(#[from] std::io::Error) }
///     boxed { Duplicate(DuplicateId) }
/// }
/// ```
macro_rules! subsystem_error {
    (
        $d:tt $($module:ident)::+;
        $(#[$meta:meta])*
        pub enum $Err:ident {
            $($variants:tt)*
        }
        transparent { $($(#[doc = $doc:literal])* $V:ident($(#[$from:ident])? $T:ty)),* $(,)? }
        boxed { $($Boxed:ident($Ty:ty)),* $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, thiserror::Error)]
        pub enum $Err {
            /// A message of this subsystem.
            #[error("{0}")]
            Msg(String),
            /// What was being done when an error from below happened.
            #[error("{context}")]
            Context {
                context: String,
                #[source]
                source: $crate::error::BoxError,
            },
            /// A message ending with its cause's whole chain, on one line (the
            /// cause is kept, typed, but not printed again as a source).
            #[error("{context}: {}", $crate::error::chain_text(&**cause))]
            WithCause { context: String, cause: $crate::error::BoxError },
            $($variants)*
            $(
                $(#[doc = $doc])*
                #[error(transparent)]
                $V($(#[$from])? $T),
            )*
            $(
                #[error(transparent)]
                $Boxed(Box<$Ty>),
            )*
        }

        $(
            impl From<$Ty> for $Err {
                fn from(e: $Ty) -> Self {
                    $Err::$Boxed(Box::new(e))
                }
            }
        )*

        /// This subsystem's result.
        pub type Result<T, E = $Err> = std::result::Result<T, E>;

        /// Say what was being done when an error happened; the error stays
        /// the source of the new one.
        pub trait Context<T> {
            fn context<C: std::fmt::Display>(self, context: C) -> Result<T>;
            fn with_context<C: std::fmt::Display, F: FnOnce() -> C>(self, f: F) -> Result<T>;
        }

        impl<T, E: std::error::Error + Send + Sync + 'static> Context<T> for std::result::Result<T, E> {
            fn context<C: std::fmt::Display>(self, context: C) -> Result<T> {
                self.map_err(|e| $Err::Context { context: context.to_string(), source: Box::new(e) })
            }
            fn with_context<C: std::fmt::Display, F: FnOnce() -> C>(self, f: F) -> Result<T> {
                self.map_err(|e| $Err::Context { context: f().to_string(), source: Box::new(e) })
            }
        }

        impl<T> Context<T> for Option<T> {
            fn context<C: std::fmt::Display>(self, context: C) -> Result<T> {
                self.ok_or_else(|| $Err::Msg(context.to_string()))
            }
            fn with_context<C: std::fmt::Display, F: FnOnce() -> C>(self, f: F) -> Result<T> {
                self.ok_or_else(|| $Err::Msg(f().to_string()))
            }
        }

        impl $Err {
            /// This error as the source of one saying what was being done.
            pub fn context(self, context: impl std::fmt::Display) -> $Err {
                $Err::Context { context: context.to_string(), source: Box::new(self) }
            }

            /// The innermost error of the chain.
            pub fn root_cause(&self) -> &(dyn std::error::Error + 'static) {
                let mut cur: &(dyn std::error::Error + 'static) = self;
                while let Some(next) = cur.source() {
                    cur = next;
                }
                cur
            }

            /// `context: cause: its causes...` on one line, the cause kept.
            pub fn with_cause(context: impl std::fmt::Display, cause: impl Into<$crate::error::BoxError>) -> $Err {
                $Err::WithCause { context: context.to_string(), cause: cause.into() }
            }
        }

        /// `return Err(..)` with a formatted message.
        macro_rules! bail {
            ($d($d arg:tt)*) => {
                return Err($crate::$($module)::+::$Err::Msg(format!($d($d arg)*)))
            };
        }
        /// A formatted message as this subsystem's error.
        macro_rules! err {
            ($d($d arg:tt)*) => {
                $crate::$($module)::+::$Err::Msg(format!($d($d arg)*))
            };
        }
        pub(crate) use {bail, err};
    };
}
pub(crate) use subsystem_error;
