//! Progress events from long operations. The library reports; the CLI
//! draws (indicatif bars on a terminal, plain lines otherwise).

/// Receives progress events. Implementations must be cheap and thread-safe.
pub trait Progress: Send + Sync {
    /// An image (or chart) copy starts: `total` bytes expected when known.
    fn start(&self, _item: &str, _total: u64) {}
    /// `n` more bytes moved for `item`.
    fn bytes(&self, _item: &str, _n: u64) {}
    /// `item` is done; `message` says what happened.
    fn finish(&self, _item: &str, _message: &str) {}
    /// A line of information (plan entries in dry runs, warnings).
    fn note(&self, _message: &str) {}
}

/// Discards everything.
pub struct NoProgress;
impl Progress for NoProgress {}
