//! `kforge localize` (images half): rewrite every image to the mirror.
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};

use super::images::{offender_lines, pick_renderer, read_input};
use crate::images::localize::{self, LocalizeReport, TargetKind};
use crate::images::mirror_map::CollisionGuard;
use crate::images::MirrorMap;
use crate::pipeline::BuildOptions;

/// Everything the image half of `kforge localize` needs.
#[derive(Clone, Debug, Default)]
pub struct LocalizeImagesOptions {
    pub target: Option<PathBuf>,
    pub mirror: PathBuf,
    pub output: Option<PathBuf>,
    /// `-f FILE|-`: filter a stream to stdout.
    pub filename: Option<String>,
    pub verify: bool,
    /// `Some(helm command)` with `--enable-helm`.
    pub helm: Option<String>,
}

fn summary(report: &LocalizeReport, out: &Path) {
    super::ui::note(format_args!(
        "localized {} image reference(s) into {}",
        report.changes.len() + report.template_literals.len(),
        out.display()
    ));
    if !report.template_literals.is_empty() {
        super::ui::note(format_args!("hard-coded images rewritten in templates (no value moves them):"));
        for c in &report.template_literals {
            super::ui::note(format_args!("  {} -> {}  ({}: {})", c.from, c.to, c.file, c.path));
        }
    }
    for n in &report.notes {
        super::ui::note(format_args!("note: {n}"));
    }
    if !report.renders.is_empty() {
        super::ui::note(format_args!(
            "verified: {} image reference(s) in {} render(s) ({}), all under the mirror",
            report.verified_images,
            report.renders.len(),
            report.renders.join(", ")
        ));
    }
}

pub fn run(opts: &LocalizeImagesOptions) -> Result<()> {
    let map = MirrorMap::load(&opts.mirror)?;
    if let Some(f) = &opts.filename {
        let (text, origin) = read_input(f)?;
        let (out, _changes) = localize::localize_stream(&text, &origin, &map, &mut CollisionGuard::default())?;
        if opts.verify {
            let found = localize::find_in_stream(&out, &origin)?;
            let bad = localize::offenders(&found, &map);
            if !bad.is_empty() {
                bail!("{} image reference(s) still outside the mirror:{}", bad.len(), offender_lines(bad.into_iter()));
            }
        }
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush())?;
        return Ok(());
    }
    let target =
        opts.target.as_deref().ok_or_else(|| anyhow!("localize: give a TARGET (chart or directory) or -f FILE|-"))?;
    if !target.exists() {
        bail!("{}: no such file or directory", target.display());
    }
    let kind = localize::target_kind(target);
    match kind {
        TargetKind::RepoIndex | TargetKind::ManifestFile => {
            let (text, changes) = if kind == TargetKind::RepoIndex {
                localize::localize_index_file(target, &map)?
            } else {
                let (text, origin) = read_input(&target.display().to_string())?;
                localize::localize_stream(&text, &origin, &map, &mut CollisionGuard::default())?
            };
            match &opts.output {
                Some(o) => {
                    crate::emit::write_atomic(o, text.as_bytes())?;
                    super::ui::note(format_args!("localized {} reference(s) into {}", changes.len(), o.display()));
                }
                None => {
                    let mut stdout = std::io::stdout().lock();
                    stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush())?;
                }
            }
            Ok(())
        }
        TargetKind::Chart => {
            let out =
                opts.output.as_deref().ok_or_else(|| anyhow!("localize: -o/--output OUT is required for a chart"))?;
            let renderer = if opts.verify { pick_renderer(target, opts.helm.as_deref(), &[])? } else { None };
            let (report, offenders) = localize::localize_chart_path(target, out, &map, renderer.as_deref())?;
            if !offenders.is_empty() {
                let mut s = String::new();
                for o in &offenders {
                    s.push_str(&offender_lines(std::iter::once(&o.finding)));
                    s.push_str(&format!("  [render: {}]", o.render));
                }
                bail!("verify: {} image reference(s) still outside the mirror (nothing written):{s}", offenders.len());
            }
            summary(&report, out);
            if opts.verify && renderer.is_none() {
                bail!(
                    "--verify needs to render the chart: pass --enable-helm (runs helm; --helm-command names one). \
                     The values-based localization was written to {}, unverified",
                    out.display()
                );
            }
            Ok(())
        }
        TargetKind::Kustomization | TargetKind::ManifestDir => {
            let out = opts
                .output
                .as_deref()
                .ok_or_else(|| anyhow!("localize: -o/--output OUT is required for a directory"))?;
            let report = localize::localize_manifest_dir(target, out, &map)?;
            summary(&report, out);
            if opts.verify {
                let check = || -> Result<Vec<crate::images::Finding>> {
                    if kind == TargetKind::Kustomization {
                        let bo = BuildOptions {
                            dir: out.to_path_buf(),
                            enable_helm: opts.helm.is_some(),
                            helm_command: opts.helm.clone(),
                            ..BuildOptions::default()
                        };
                        let m = crate::pipeline::build(&bo)
                            .with_context(|| format!("verify: building {}", out.display()))?;
                        Ok(crate::images::find::find_in_resmap(&m)?)
                    } else {
                        Ok(localize::find_in_dir(out)?)
                    }
                };
                let mut found = check()?;
                let first: Vec<crate::images::Finding> =
                    localize::offenders(&found, &map).into_iter().cloned().collect();
                if !first.is_empty() && kind == TargetKind::Kustomization {
                    // Images no file names (generators, helmCharts, remote
                    // bases): rewrite them in the build output.
                    let map_text = std::fs::read_to_string(&opts.mirror)
                        .with_context(|| format!("reading {}", opts.mirror.display()))?;
                    let kfile = localize::add_mirror_transformer(out, &map_text)?;
                    found = check()?;
                    if localize::offenders(&found, &map).is_empty() {
                        eprintln!(
                            "{} image reference(s) no file names are rewritten in the build output by the ImageMirror transformer added to {} (building it needs kforge):{}",
                            first.len(),
                            kfile.display(),
                            offender_lines(first.iter())
                        );
                    }
                }
                let bad = localize::offenders(&found, &map);
                if !bad.is_empty() {
                    bail!(
                        "verify: {} image reference(s) still outside the mirror:{}",
                        bad.len(),
                        offender_lines(bad.into_iter())
                    );
                }
                super::ui::note(format_args!("verified: {} image reference(s), all under the mirror", found.len()));
            }
            Ok(())
        }
    }
}

/// `kforge template --mirror MAP`: render the chart, then rewrite every
/// image of each rendered document by the map (text kept as rendered).
pub fn template_mirrored(
    chart: &Path,
    mut opts: crate::chart::RenderOptions,
    values: &crate::chart::values::ValueOptions,
    output_dir: Option<&PathBuf>,
    mirror: &Path,
) -> Result<()> {
    let map = MirrorMap::load(mirror)?;
    let c = crate::chart::load_chart(chart)?;
    opts.values = values.merge()?;
    let engine = crate::engines::for_chart(&c)?;
    let mut warnings = Vec::new();
    let mut rendered = crate::chart::render_chart(&c, &opts, engine.as_ref(), &mut |w| warnings.push(w))?;
    for w in warnings {
        super::ui::warning(w);
    }
    let mut guard = CollisionGuard::default();
    for d in rendered.documents.iter_mut() {
        let (text, _) = localize::localize_stream(&d.content, &d.source, &map, &mut guard)?;
        d.content = text;
    }
    match output_dir {
        Some(dir) => {
            for p in rendered.write_output_dir(dir)? {
                println!("wrote {}", p.display());
            }
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(rendered.to_text().as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

/// `kforge localize` without `--mirror`: vendor a kustomization and what it
/// references, as kustomize does; kustomize's log lines go to stderr.
pub fn vendor(opts: &crate::vendor::VendorOptions) -> Result<()> {
    let report = crate::vendor::localize(opts)?;
    for n in &report.notes {
        super::ui::note(n);
    }
    Ok(())
}
