//! `kforge mirror images|status`: progress drawing and the summary.
use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::{Arc, Mutex};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::oci::mirror::{MirrorOptions, MirrorReport, Outcome};
use crate::oci::Progress;

/// indicatif bars on a terminal (one per image and an overall one).
struct Bars {
    mp: MultiProgress,
    overall: ProgressBar,
    bars: Mutex<HashMap<String, ProgressBar>>,
}

impl Progress for Bars {
    fn start(&self, item: &str, _total: u64) {
        let pb = self.mp.add(ProgressBar::new_spinner());
        pb.set_style(
            ProgressStyle::with_template("{spinner} {msg:40!} {bytes:>10} {bytes_per_sec:>12}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        pb.set_message(item.to_string());
        if let Ok(mut b) = self.bars.lock() {
            b.insert(item.to_string(), pb);
        }
    }
    fn bytes(&self, item: &str, n: u64) {
        self.overall.inc(n);
        if let Ok(b) = self.bars.lock() {
            if let Some((_, pb)) = b.iter().find(|(k, _)| k.starts_with(item)) {
                pb.inc(n);
            }
        }
    }
    fn finish(&self, item: &str, message: &str) {
        if let Ok(mut b) = self.bars.lock() {
            if let Some(pb) = b.remove(item) {
                pb.finish_and_clear();
                self.mp.remove(&pb);
            }
        }
        let _ = self.mp.println(format!("{item}: {message}"));
    }
    fn note(&self, message: &str) {
        let _ = self.mp.println(message);
    }
}

/// Plain lines (not a terminal).
struct Lines {
    quiet: bool,
}

impl Progress for Lines {
    fn finish(&self, item: &str, message: &str) {
        if !self.quiet || message.starts_with("FAILED") {
            eprintln!("{item}: {message}");
        }
    }
    fn note(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }
}

fn progress(quiet: bool) -> (Arc<dyn Progress>, Option<ProgressBar>) {
    if !quiet && std::io::stderr().is_terminal() {
        let mp = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
        let overall = mp.add(ProgressBar::new_spinner());
        overall.set_style(
            ProgressStyle::with_template("total {bytes:>10} {bytes_per_sec:>12} {elapsed}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        let o = overall.clone();
        (Arc::new(Bars { mp, overall, bars: Mutex::default() }), Some(o))
    } else {
        (Arc::new(Lines { quiet }), None)
    }
}

fn mb(b: u64) -> String {
    format!("{:.1} MB", b as f64 / 1e6)
}

pub fn summary(r: &MirrorReport) -> String {
    let copied = r.images.iter().filter(|i| i.outcome == Outcome::Copied).count();
    let same = r.images.iter().filter(|i| i.outcome == Outcome::UpToDate).count();
    let planned = r.images.iter().filter(|i| matches!(i.outcome, Outcome::Planned(_))).count();
    let mut s = format!("{} images: {copied} copied, {same} up to date, {} failed", r.images.len(), r.failed());
    if planned > 0 {
        s.push_str(&format!(", {planned} planned (dry run)"));
    }
    s.push_str(&format!(
        "; blobs: {} copied, {} skipped, {} mounted",
        r.blobs_copied, r.blobs_skipped, r.blobs_mounted
    ));
    if r.uploads_resumed > 0 {
        s.push_str(&format!(", {} uploads resumed", r.uploads_resumed));
    }
    s.push_str(&format!(
        "; {} in {:.2} s; {} requests ({} HEAD), {} retries",
        mb(r.bytes),
        r.elapsed.as_secs_f64(),
        r.requests,
        r.head_requests,
        r.retries
    ));
    s
}

pub fn images(opts: &MirrorOptions, quiet: bool) -> anyhow::Result<()> {
    let (p, overall) = progress(quiet);
    let report = crate::oci::mirror::mirror_images(opts, p)?;
    if let Some(o) = overall {
        o.finish_and_clear();
    }
    if opts.dry_run {
        for i in &report.images {
            if let Outcome::Planned(what) = &i.outcome {
                println!("{what}");
            }
        }
    }
    println!("{}", summary(&report));
    let failed = report.failed();
    if failed > 0 {
        anyhow::bail!("{failed} of {} images failed", report.images.len());
    }
    Ok(())
}

pub fn chart(
    opts: &crate::oci::mirror_chart::MirrorChartOptions,
    helm: Option<&str>,
    quiet: bool,
) -> anyhow::Result<()> {
    let (p, overall) = progress(quiet);
    // The chart is rendered to find images: in process for kforge charts,
    // with helm only when asked (--enable-helm). Local charts are checked here;
    // pulled ones are scanned from their files unless helm is allowed.
    let local = std::path::Path::new(&opts.source);
    let renderer = if local.exists() {
        crate::cmd::images::pick_renderer(local, helm, &[])?
    } else {
        match helm {
            Some(cmd) => Some(Box::new(crate::cmd::images::HelmRenderer::new(Some(cmd), &[])?)
                as Box<dyn crate::images::localize::Renderer>),
            None => None,
        }
    };
    let r = crate::oci::mirror_chart::mirror_chart(opts, p, renderer.as_deref())?;
    if let Some(o) = overall {
        o.finish_and_clear();
    }
    for n in &r.notes {
        if !quiet {
            eprintln!("note: {n}");
        }
    }
    for (image, why) in &r.skipped {
        eprintln!("left alone: {image} ({why})");
    }
    if opts.dry_run {
        for i in &r.images.images {
            if let Outcome::Planned(what) = &i.outcome {
                println!("{what}");
            }
        }
        println!("would push {} {} to {}", r.chart, r.version, opts.to);
    }
    println!("{}", summary(&r.images));
    if let Some(p) = &r.pushed {
        println!("Pushed: {}", p.reference);
        println!("Digest: {}", p.digest);
    }
    if let Some(l) = &r.lock_file {
        println!("Lock file: {}", l.display());
    }
    Ok(())
}

pub fn status(opts: &crate::oci::status::StatusOptions, quiet: bool) -> anyhow::Result<()> {
    use crate::oci::status::State;
    let r = crate::oci::status::status(opts)?;
    for i in &r.images {
        let line = match &i.state {
            State::Current => format!("current   {} -> {}", i.source, i.mirror),
            State::MissingTag => format!("missing   {} -> {}: the mirror has no such tag", i.source, i.mirror),
            State::Stale { mirror } => format!(
                "stale     {} -> {}: mirror has {mirror}, upstream {}",
                i.source,
                i.mirror,
                i.upstream_digest.as_deref().unwrap_or("?")
            ),
            State::MissingPlatforms { platforms } => {
                format!("platforms {} -> {}: missing {}", i.source, i.mirror, platforms.join(", "))
            }
            State::MirrorDown(e) => format!("down      {} -> {}: {e}", i.source, i.mirror),
            State::MirrorDenied(code) => format!("denied    {} -> {}: the mirror answers {code}", i.source, i.mirror),
            State::UpstreamError(e) => format!("error     {}: {e}", i.source),
        };
        if !quiet || i.state != State::Current {
            println!("{line}");
        }
    }
    println!(
        "{} images: {} current, {} behind, {} upstream errors; {} requests ({} HEAD)",
        r.images.len(),
        r.images.len() - r.behind() - r.errors(),
        r.behind(),
        r.errors(),
        r.requests,
        r.head_requests
    );
    if r.behind() > 0 {
        // 3: the mirror is behind (CI alarms on it), distinct from errors (1).
        std::process::exit(3);
    }
    if r.errors() > 0 {
        anyhow::bail!("{} upstream images could not be checked", r.errors());
    }
    Ok(())
}
