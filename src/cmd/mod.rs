//! One verb per file: each takes filled-in options and does the work.
pub mod build;
pub mod cfg;
pub mod chart;
pub mod chart_oci;
pub mod diff;
pub mod docs;
pub mod edit;
pub mod fleet;
pub mod localize;
pub mod ui;
pub mod version;

/// The CLI's warning sink: each warning on its own line of stderr, as
/// kustomize prints them (with the target's name when it has one);
/// nothing with `-q/--quiet`, yellow with `--color`.
pub struct StderrWarnings;

impl crate::warnings::WarningSink for StderrWarnings {
    fn warn(&self, w: crate::warnings::Warning) {
        use std::io::Write;
        if ui::quiet() {
            return;
        }
        let mut err = std::io::stderr().lock();
        let _ = writeln!(err, "{}", ui::paint(&w.to_string(), "33"));
    }
}

/// Warnings printed on stderr.
pub fn stderr_warnings() -> crate::warnings::Warnings {
    crate::warnings::Warnings::to_sink(std::sync::Arc::new(StderrWarnings))
}

/// Size the one thread pool every parallel step runs on (`-j/--jobs`;
/// default: one thread per core). Builds of several targets share it, so
/// threads never multiply. Nothing starts here: the pool's threads start
/// when a step has parallel work ([`crate::process::threads`]).
pub fn set_jobs(jobs: Option<usize>) {
    crate::process::set_jobs(jobs);
}
pub mod images;
pub mod mirror;
pub mod mirror_oci;
pub mod registry;
pub mod template;
