//! Printing the resource map: one YAML stream, or one file per resource.
pub mod error;
pub use error::EmitError;
use std::path::Path;

use crate::emit::error::{Context, Result};

use crate::model::{ResMap, Resource};

/// Below this many resources the stream is written on one thread.
const PARALLEL_EMIT_MIN: usize = 4;

/// The threads `items` are emitted on (`None`: this one alone): four
/// resources or more, and a pool already running or enough input read to
/// make starting one pay (see [`crate::process::WORK_WORTH_A_THREAD`]).
fn parallel(items: &[Resource]) -> Option<usize> {
    let worth = crate::process::workers_started() || crate::process::work() >= crate::process::WORK_WORTH_A_THREAD;
    if !worth {
        return None;
    }
    crate::process::parallel_threads(items.len(), PARALLEL_EMIT_MIN)
}

/// All resources as one stream, documents separated by `---`.
pub fn to_stream(m: &ResMap) -> String {
    let parts = to_stream_parts(m);
    if parts.len() == 1 {
        return parts.into_iter().next().unwrap_or_default();
    }
    parts.concat()
}

/// [`to_stream`] in consecutive pieces (to be written one after the
/// other). Maps of more than a few resources are written in chunks on the
/// rayon pool (sized by `-j/--jobs`), several per thread so that large
/// and small resources even out, and the pieces come back in order.
pub fn to_stream_parts(m: &ResMap) -> Vec<String> {
    use rayon::prelude::*;
    let items = m.resources();
    // (the pool's threads start only for a map worth splitting)
    let Some(threads) = parallel(items) else {
        return vec![emit_chunk(items, true)];
    };
    let chunk = items.len().div_ceil(threads * 8).max(1);
    items.par_chunks(chunk).enumerate().map(|(i, part)| emit_chunk(part, i == 0)).collect()
}

/// Write [`to_stream`] to `out` as it is made, in order, without holding
/// the whole stream: the map is cut into chunks of resources taken in
/// order by this thread and by helpers on the rayon pool; this thread
/// writes each chunk once those before it are written, and emits chunks
/// itself while the next one to write is not ready (so it never waits on
/// a helper that has not started).
///
/// A chunk emitted ahead is kept as pieces of about [`WRITE_AT`] bytes in
/// buffers that go back to a shared list once written: the output then
/// touches about as many fresh pages as the pieces in flight hold, not as
/// the whole stream or its largest chunk (every first touch of a page
/// costs, and a buffer grown to a large document's size would be new
/// memory each time it doubles).
pub fn write_stream(m: &ResMap, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let items = m.resources();
    let Some(threads) = parallel(items) else {
        let mut buf = String::new();
        return write_chunk(items, true, &mut buf, out);
    };
    // This thread emits too: a pool thread has one helper fewer.
    let helpers = if rayon::current_thread_index().is_some() { threads - 1 } else { threads };
    let chunk = (items.len() / (threads * 16)).clamp(1, STREAM_CHUNK_MAX);
    let chunks: Vec<&[Resource]> = items.chunks(chunk).collect();
    let n = chunks.len();
    let next = AtomicUsize::new(0);
    let spare = Spare::default();
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Vec<String>)>();
    rayon::in_place_scope(|scope| {
        let (chunks, next, spare) = (&chunks, &next, &spare);
        for _ in 0..helpers {
            let tx = tx.clone();
            scope.spawn(move |_| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(part) = chunks.get(i) else { break };
                let pieces = emit_pieces(part, i == 0, spare);
                // The receiver only goes away on a write error.
                if tx.send((i, pieces)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut waiting: std::collections::BTreeMap<usize, Vec<String>> = std::collections::BTreeMap::new();
        let mut want = 0;
        while want < n {
            if let Some(pieces) = waiting.remove(&want) {
                for piece in pieces {
                    if let Err(e) = out.write_all(piece.as_bytes()) {
                        // Stop the helpers: no chunk is left to take.
                        next.store(n, Ordering::Relaxed);
                        return Err(e);
                    }
                    spare.put(piece);
                }
                want += 1;
                continue;
            }
            if let Ok((i, pieces)) = rx.try_recv() {
                waiting.insert(i, pieces);
                continue;
            }
            let i = next.fetch_add(1, Ordering::Relaxed);
            if let (Some(part), true) = (chunks.get(i), i == want) {
                // Every chunk before it is written: this one is written as
                // it is made, through one buffer.
                let mut buf = spare.take();
                if let Err(e) = write_chunk(part, i == 0, &mut buf, out) {
                    next.store(n, Ordering::Relaxed);
                    return Err(e);
                }
                spare.put(buf);
                want += 1;
                continue;
            }
            if let Some(part) = chunks.get(i) {
                waiting.insert(i, emit_pieces(part, i == 0, spare));
                continue;
            }
            // Every chunk is taken: the missing ones are being emitted.
            match rx.recv() {
                Ok((i, pieces)) => {
                    waiting.insert(i, pieces);
                }
                Err(_) => return Err(std::io::Error::other("a chunk of the output was not emitted")),
            }
        }
        Ok(())
    })
}

/// Output buffers written out and ready to be filled again (see [`write_stream`]).
#[derive(Default)]
struct Spare(std::sync::Mutex<Vec<String>>);

impl Spare {
    /// An empty buffer: one written out before, else a new one with room for a piece.
    fn take(&self) -> String {
        self.0.lock().ok().and_then(|mut v| v.pop()).unwrap_or_else(|| String::with_capacity(PIECE_ROOM))
    }

    fn put(&self, mut buf: String) {
        buf.clear();
        if let Ok(mut v) = self.0.lock() {
            v.push(buf);
        }
    }
}

/// What a new output buffer holds before it grows: a piece is cut once it
/// reaches [`WRITE_AT`] bytes, between entries, so it usually ends a little
/// beyond.
const PIECE_ROOM: usize = WRITE_AT + WRITE_AT / 4;

/// The text of [`emit_chunk`] as pieces of about [`WRITE_AT`] bytes, in
/// buffers from `spare`.
fn emit_pieces(items: &[Resource], first: bool, spare: &Spare) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut buf = spare.take();
    let mut cut = |b: &mut String| {
        let n = line_end(b);
        if n > 0 {
            // (the partial line starts the next piece)
            let mut next = spare.take();
            next.push_str(&b[n..]);
            b.truncate(n);
            pieces.push(std::mem::replace(b, next));
        }
    };
    for (i, r) in items.iter().enumerate() {
        if i > 0 || !first {
            buf.push_str("---\n");
        }
        crate::yaml::to_yaml_flushing(&r.obj, &mut buf, WRITE_AT, &mut cut);
        if buf.len() >= WRITE_AT {
            cut(&mut buf);
        }
    }
    if buf.is_empty() {
        spare.put(buf);
    } else {
        pieces.push(buf);
    }
    pieces
}

/// Where text handed out of `b` ends: after its last complete line (the
/// whole text when it holds no line end). Standard output is line-buffered:
/// text ending in a partial line is written in two calls, the partial line
/// held back and written alone before the next text (twice the write calls).
fn line_end(b: &str) -> usize {
    memchr::memrchr(b'\n', b.as_bytes()).map_or(b.len(), |i| i + 1)
}

/// At most this many resources per chunk of a streamed output.
const STREAM_CHUNK_MAX: usize = 64;

/// Documents of `items`, each preceded by `---` except the very first of the stream.
fn emit_chunk(items: &[Resource], first: bool) -> String {
    let mut out = String::new();
    emit_chunk_into(items, first, &mut out);
    out
}

/// Text of a chunk written out through `buf` (left empty) once it holds this many bytes.
const WRITE_AT: usize = 32 << 10;

/// The text of [`emit_chunk`] written to `out` as it is made, through
/// `buf` (about [`WRITE_AT`] bytes at a time): a large resource is never
/// held whole. After a write error nothing more is written.
fn write_chunk(items: &[Resource], first: bool, buf: &mut String, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut failed = None;
    let mut flush = |b: &mut String| {
        // complete lines only (see `line_end`): the rest stays for the next
        let n = line_end(b);
        if failed.is_none() {
            if let Err(e) = out.write_all(&b.as_bytes()[..n]) {
                failed = Some(e);
            }
        }
        b.drain(..n);
    };
    buf.clear();
    for (i, r) in items.iter().enumerate() {
        if i > 0 || !first {
            buf.push_str("---\n");
        }
        crate::yaml::to_yaml_flushing(&r.obj, buf, WRITE_AT, &mut flush);
        if buf.len() >= WRITE_AT {
            flush(buf);
        }
    }
    // (documents end with a line end: this is the rest, whole)
    flush(buf);
    if failed.is_none() && !buf.is_empty() {
        if let Err(e) = out.write_all(buf.as_bytes()) {
            failed = Some(e);
        }
    }
    buf.clear();
    match failed {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// [`emit_chunk`] appended to `out`.
fn emit_chunk_into(items: &[Resource], first: bool, out: &mut String) {
    out.reserve(items.len() * 768);
    for (i, r) in items.iter().enumerate() {
        if i > 0 || !first {
            out.push_str("---\n");
        }
        crate::yaml::to_yaml_into(&r.obj, out);
    }
}

/// The file name kustomize gives a resource in `-o DIR`:
/// `<group>_<version>_<kind>_<name>.yaml`, lower case, empty parts left out.
pub fn file_name(r: &Resource) -> String {
    let gvk = r.gvk();
    let parts: Vec<&str> =
        [gvk.group.as_str(), gvk.version.as_str(), gvk.kind.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
    format!("{}_{}.yaml", parts.join("_"), r.name()).to_lowercase()
}

/// Write `content` to `path` through a temporary file in the same directory,
/// so a failed or interrupted run never leaves a half-written file. The file
/// gets the mode a plain create gives (0666 minus the umask, as kustomize's)
/// or keeps the one it had, and a symbolic link is written through to its
/// target.
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    crate::fsutil::write_atomic(path, content).with_context(|| format!("cannot write '{}'", path.display()))
}

/// `content` staged beside `path` (see [`crate::fsutil::stage`]).
fn stage(path: &Path, content: &[u8]) -> Result<crate::fsutil::Staged> {
    crate::fsutil::stage(path, content).with_context(|| format!("cannot write '{}'", path.display()))
}

/// The file names of `m` in `-o DIR`, in order. Like kustomize, namespaced
/// resources get a `<namespace>_` prefix (`default` when unset) when they
/// span more than one namespace. A name that is not a plain file name (a
/// `/` in the resource name) is an error naming the resource.
pub fn file_names(m: &ResMap) -> Result<Vec<String>> {
    let effective_ns = |r: &Resource| -> Option<String> {
        if r.gvk().is_cluster_scoped() {
            return None;
        }
        Some(match r.namespace() {
            "" => "default".to_string(),
            ns => ns.to_string(),
        })
    };
    let namespaces: std::collections::BTreeSet<String> = m.iter().filter_map(effective_ns).collect();
    m.iter()
        .map(|r| {
            let base = file_name(r);
            let name = match effective_ns(r) {
                Some(ns) if namespaces.len() > 1 => format!("{}_{base}", ns.to_lowercase()),
                _ => base,
            };
            if name.contains(['/', '\0']) {
                crate::emit::error::bail!(
                    "cannot write {} to its own file: {name:?} is not a file name (metadata.name or metadata.namespace holds a '/')",
                    r.cur_id()
                );
            }
            Ok(name)
        })
        .collect()
}

/// Write the build result to `output`: a directory gets one file per
/// resource, anything else gets the whole stream.
pub fn write_output(m: &ResMap, output: &Path) -> Result<()> {
    if output.is_dir() {
        // Name and stage everything first: a bad name or a failed write
        // leaves the directory as it was.
        let names = file_names(m)?;
        let mut staged = Vec::with_capacity(m.len());
        for (r, name) in m.iter().zip(names) {
            let mut text = String::new();
            crate::yaml::to_yaml_into(&r.obj, &mut text);
            staged.push(stage(&output.join(name), text.as_bytes())?);
        }
        // Persist all or nothing: on a failure (or SIGINT/SIGTERM), files
        // this run created are removed and files it replaced are put back.
        crate::fsutil::commit_all(staged)
            .map_err(|(path, e)| crate::emit::error::err!("cannot write '{}': {}", path.display(), e))
    } else {
        write_atomic(output, to_stream(m).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::json;

    fn cms(n: usize) -> ResMap {
        (0..n)
            .map(|i| {
                Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("c{i}")}}))
            })
            .collect()
    }

    #[test]
    fn stream_separates_documents() {
        assert_eq!(to_stream(&cms(0)), "");
        let two = to_stream(&cms(2));
        assert_eq!(two, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c0\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c1\n");
    }

    #[test]
    fn parallel_stream_equals_sequential() {
        for n in [PARALLEL_EMIT_MIN, PARALLEL_EMIT_MIN + 7, 1000] {
            let m = cms(n);
            assert_eq!(to_stream(&m), emit_chunk(m.resources(), true));
            assert_eq!(to_stream_parts(&m).concat(), emit_chunk(m.resources(), true));
        }
    }

    #[test]
    fn streamed_output_equals_the_stream() {
        for n in [0, 1, PARALLEL_EMIT_MIN, 100, 3000] {
            let m = cms(n);
            let mut out = Vec::new();
            write_stream(&m, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), emit_chunk(m.resources(), true), "{n} resources");
        }
    }

    /// Resources of several times [`WRITE_AT`] bytes, written out in pieces.
    #[test]
    fn large_resources_stream_in_pieces() {
        let big = |i: usize, n: usize| {
            let data: crate::yaml::Map =
                (0..n).map(|k| (format!("k{k:05}"), json!(format!("{i}-{k} {}", "x".repeat(90))))).collect();
            Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("c{i}")},
                "data": data, "list": (0..n).map(|k| json!([k, {"a": k}])).collect::<Vec<_>>()}))
        };
        for sizes in [vec![3000], vec![10, 3000, 5, 4000, 1, 2, 7000, 3], vec![1; 40]] {
            let map = || -> ResMap { sizes.iter().enumerate().map(|(i, &n)| big(i, n)).collect() };
            let m = map();
            let expected = emit_chunk(m.resources(), true);
            for threads in [1, 2, 3] {
                let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
                let out = pool.install(|| {
                    let mut out = Vec::new();
                    write_stream(&map(), &mut out).map(|()| out)
                });
                assert_eq!(String::from_utf8(out.unwrap()).unwrap(), expected, "{threads} threads, {sizes:?}");
            }
            let mut out = Vec::new();
            write_chunk(m.resources(), true, &mut String::new(), &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
    }

    /// A chunk emitted ahead comes back in pieces of about `WRITE_AT`
    /// bytes, in buffers that are reused once given back.
    #[test]
    fn chunks_emitted_ahead_come_in_reused_pieces() {
        let big = |i: usize| {
            let data: crate::yaml::Map = (0..2000).map(|k| (format!("k{k:05}"), json!("x".repeat(90)))).collect();
            Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("c{i}")},
                "data": data}))
        };
        let m: ResMap = (0..3).map(big).collect();
        let spare = Spare::default();
        for first in [true, false] {
            let pieces = emit_pieces(m.resources(), first, &spare);
            let mut expected = emit_chunk(m.resources(), true);
            if !first {
                expected.insert_str(0, "---\n");
            }
            assert_eq!(pieces.concat(), expected);
            assert!(pieces.len() >= expected.len() / (2 * WRITE_AT), "{} pieces", pieces.len());
            // (an entry of this map is about 100 bytes)
            assert!(pieces.iter().all(|p| !p.is_empty() && p.len() < WRITE_AT + 200 && p.ends_with('\n')));
            let held: Vec<*const u8> = pieces.iter().map(|p| p.as_ptr()).collect();
            for p in pieces {
                spare.put(p);
            }
            let again = spare.take();
            assert!(again.is_empty() && held.contains(&again.as_ptr()));
            spare.put(again);
        }
        assert!(emit_pieces(&[], false, &spare).is_empty());
    }

    /// Through a line-buffered writer (standard output) every write of
    /// the stream is of whole lines: none is split in two calls.
    #[test]
    fn streamed_writes_end_at_line_ends() {
        #[derive(Default)]
        struct Calls(Vec<usize>, Vec<u8>);
        impl std::io::Write for Calls {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.push(b.len());
                self.1.extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let big = |i: usize| {
            let data: crate::yaml::Map = (0..3000).map(|k| (format!("k{k:05}"), json!("x".repeat(90)))).collect();
            Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("c{i}")},
                "data": data}))
        };
        let make = || -> ResMap { (0..6).map(big).collect() };
        let expected = emit_chunk(make().resources(), true);
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let calls = pool.install(|| {
                let mut out = std::io::LineWriter::new(Calls::default());
                write_stream(&make(), &mut out).unwrap();
                std::io::Write::flush(&mut out).unwrap();
                out.into_inner().map_err(|_| "into_inner").unwrap()
            });
            assert_eq!(String::from_utf8(calls.1).unwrap(), expected, "{threads} threads");
            // one call per piece of about WRITE_AT bytes
            assert!(calls.0.len() <= expected.len() / WRITE_AT + 6, "{threads} threads: {} calls", calls.0.len());
        }
    }

    #[test]
    fn streaming_from_inside_a_pool() {
        let expected = emit_chunk(cms(1000).resources(), true);
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let out = pool.install(|| {
                let mut out = Vec::new();
                write_stream(&cms(1000), &mut out).map(|()| out)
            });
            assert_eq!(String::from_utf8(out.unwrap()).unwrap(), expected, "{threads} threads");
        }
    }

    #[test]
    fn streaming_stops_at_a_write_error() {
        struct Fails(usize);
        impl std::io::Write for Fails {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                if self.0 == 0 {
                    return Err(std::io::Error::other("disk full"));
                }
                self.0 -= 1;
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let e = write_stream(&cms(3000), &mut Fails(2)).unwrap_err();
        assert_eq!(e.to_string(), "disk full");
    }

    #[test]
    fn file_names_follow_kustomize() {
        let r = Resource::new(json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "Web"}}));
        assert_eq!(file_name(&r), "apps_v1_deployment_web.yaml");
        let r = Resource::new(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}));
        assert_eq!(file_name(&r), "v1_configmap_x.yaml");
    }

    fn res(kind: &str, name: &str, ns: &str) -> Resource {
        let mut meta = json!({"name": name});
        if !ns.is_empty() {
            meta["namespace"] = json!(ns);
        }
        Resource::new(json!({"apiVersion": "v1", "kind": kind, "metadata": meta}))
    }

    #[test]
    fn namespace_prefix_only_when_namespaces_differ() {
        let one: ResMap = [res("ConfigMap", "a", "ns1"), res("Namespace", "ns1", "")].into_iter().collect();
        assert_eq!(file_names(&one).unwrap(), ["v1_configmap_a.yaml", "v1_namespace_ns1.yaml"]);
        let two: ResMap = [res("ConfigMap", "a", "NS1"), res("ConfigMap", "b", ""), res("Namespace", "ns1", "")]
            .into_iter()
            .collect();
        assert_eq!(
            file_names(&two).unwrap(),
            ["ns1_v1_configmap_a.yaml", "default_v1_configmap_b.yaml", "v1_namespace_ns1.yaml"]
        );
    }

    #[test]
    fn slash_in_name_fails_before_writing_anything() {
        let dir = tempfile::tempdir().unwrap();
        let m: ResMap = [res("ConfigMap", "good", ""), res("ConfigMap", "d2/spec/0", "")].into_iter().collect();
        let e = write_output(&m, dir.path()).unwrap_err().to_string();
        assert!(e.contains("d2/spec/0") && e.contains("not a file name"), "{e}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn directory_output_is_all_or_nothing() {
        let dir = tempfile::tempdir().unwrap();
        // The third file's name is taken by a directory: persisting it fails.
        std::fs::create_dir(dir.path().join("v1_configmap_c2.yaml")).unwrap();
        std::fs::write(dir.path().join("v1_configmap_c2.yaml/keep"), "x").unwrap();
        let e = write_output(&cms(4), dir.path()).unwrap_err().to_string();
        assert!(e.contains("v1_configmap_c2.yaml"), "{e}");
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["v1_configmap_c2.yaml"], "earlier files or temporary files left behind");
    }

    #[test]
    #[cfg(unix)]
    fn directory_output_puts_replaced_files_back_on_failure() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let p = |n: &str| dir.path().join(format!("v1_configmap_{n}.yaml"));
        std::fs::write(p("c0"), "old c0\n").unwrap();
        std::fs::set_permissions(p("c0"), std::fs::Permissions::from_mode(0o600)).unwrap();
        let inode = std::fs::metadata(p("c0")).unwrap().ino();
        std::fs::write(p("c3"), "old c3\n").unwrap();
        // c0 is replaced, c1 created, then c2 fails (a directory holds its name).
        std::fs::create_dir(p("c2")).unwrap();
        let e = write_output(&cms(4), dir.path()).unwrap_err().to_string();
        assert!(e.contains("v1_configmap_c2.yaml"), "{e}");
        assert_eq!(std::fs::read_to_string(p("c0")).unwrap(), "old c0\n", "a replaced file was not put back");
        let md = std::fs::metadata(p("c0")).unwrap();
        assert_eq!((md.ino(), md.mode() & 0o777), (inode, 0o600), "the original file is back, mode and all");
        assert_eq!(std::fs::read_to_string(p("c3")).unwrap(), "old c3\n");
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["v1_configmap_c0.yaml", "v1_configmap_c2.yaml", "v1_configmap_c3.yaml"]);
        // Without the obstacle, every file is replaced and no saved copy stays.
        std::fs::remove_dir(p("c2")).unwrap();
        write_output(&cms(4), dir.path()).unwrap();
        assert_eq!(
            std::fs::read_to_string(p("c0")).unwrap(),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c0\n"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 4, "saved copies left behind");
    }

    #[test]
    fn the_same_file_twice_is_undone_in_order() {
        // Two resources whose names differ only in case share a file.
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("v1_configmap_a.yaml");
        std::fs::write(&target, "original\n").unwrap();
        std::fs::create_dir(dir.path().join("v1_configmap_b.yaml")).unwrap();
        let m: ResMap =
            [res("ConfigMap", "a", ""), res("ConfigMap", "A", ""), res("ConfigMap", "b", "")].into_iter().collect();
        assert!(write_output(&m, dir.path()).is_err());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "original\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn directory_output_writes_every_file() {
        let dir = tempfile::tempdir().unwrap();
        write_output(&cms(3), dir.path()).unwrap();
        let mut names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["v1_configmap_c0.yaml", "v1_configmap_c1.yaml", "v1_configmap_c2.yaml"]);
        let c1 = std::fs::read_to_string(dir.path().join("v1_configmap_c1.yaml")).unwrap();
        assert_eq!(c1, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c1\n");
    }
}
