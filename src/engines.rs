//! Template engines by name: the one place that knows every engine a chart
//! can ask for. It stands above the chart model (`crate::chart`, which has
//! the engine trait and its own minijinja engine) and the Go-template engine
//! (`crate::gotmpl`, which implements that trait), so neither imports the
//! other's side.
use crate::chart::{Chart, ChartError, TemplateEngine};

/// The engine for a chart (`Chart::engine_name`): `minijinja` for kforge
/// charts, `gotmpl` for Helm charts. `KFORGE_SEED` makes the Go-template
/// engine's random functions reproducible.
pub fn for_chart(chart: &Chart) -> Result<Box<dyn TemplateEngine>, ChartError> {
    match chart.engine_name() {
        "gotmpl" => Ok(Box::new(crate::gotmpl::chart::GotmplEngine::new(
            std::env::var("KFORGE_SEED").ok().and_then(|s| s.parse().ok()),
        ))),
        _ => crate::chart::render::engine_for(chart),
    }
}
