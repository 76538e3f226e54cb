//! Chart archives (`.tgz`): safe reading and byte-deterministic writing.
//!
//! Reading refuses entries whose path is absolute or contains `..`, links
//! (symbolic and hard), devices and FIFOs, and stops past Helm's limits
//! (100 MiB decompressed in all, 5 MiB per file) so an archive bomb cannot
//! fill memory.
//!
//! Writing (`chart package`) produces the same bytes for the same files:
//! entries sorted by path, regular files with mode 0644 and directories
//! never stored (as Helm writes them), uid/gid 0 and empty owner names,
//! mtime from `SOURCE_DATE_EPOCH` or a fixed time, and a gzip header
//! without a timestamp or file name.
use std::io::{Read, Write};

use super::ChartError;

/// Upper bound on the decompressed size of a whole archive.
pub const MAX_ARCHIVE_SIZE: u64 = 100 * 1024 * 1024;
/// Upper bound on the decompressed size of one file.
pub const MAX_FILE_SIZE: u64 = 5 * 1024 * 1024;

/// One regular file of an archive, path relative to the archive root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub data: Vec<u8>,
}

/// Read every regular file of a gzip-compressed tar archive. `origin` names
/// the archive in errors.
pub fn read_tgz(bytes: &[u8], origin: &str) -> Result<Vec<Entry>, ChartError> {
    let err = |m: String| ChartError::Archive { path: origin.to_string(), message: m };
    let gz = flate2::read::GzDecoder::new(bytes);
    // Bound what the decoder may produce in total (tar headers included).
    let limited = gz.take(MAX_ARCHIVE_SIZE + 1024 * 1024);
    let mut ar = tar::Archive::new(limited);
    let mut out = Vec::new();
    let mut total: u64 = 0;
    let entries = ar.entries().map_err(|e| err(format!("not a gzip-compressed tar archive: {e}")))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| err(format!("reading the archive: {e}")))?;
        let header = entry.header();
        let kind = header.entry_type();
        let raw_path = entry.path_bytes();
        let path = String::from_utf8_lossy(&raw_path).into_owned();
        if kind.is_pax_global_extensions() || kind.is_pax_local_extensions() || kind.is_gnu_longname() {
            continue;
        }
        if kind.is_dir() {
            check_path(&path).map_err(|m| err(format!("entry {path:?}: {m}")))?;
            continue;
        }
        if kind.is_symlink() || kind.is_hard_link() {
            return Err(err(format!("entry {path:?} is a link; chart archives may only hold regular files")));
        }
        if !(kind.is_file() || kind == tar::EntryType::Continuous || kind == tar::EntryType::GNUSparse) {
            return Err(err(format!("entry {path:?} is not a regular file (type {:?})", kind.as_byte() as char)));
        }
        check_path(&path).map_err(|m| err(format!("entry {path:?}: {m}")))?;
        let size = header.size().map_err(|e| err(format!("entry {path:?}: {e}")))?;
        if size > MAX_FILE_SIZE {
            return Err(err(format!("entry {path:?} is {size} bytes, more than the limit of {MAX_FILE_SIZE}")));
        }
        total += size;
        if total > MAX_ARCHIVE_SIZE {
            return Err(err(format!("archive is larger than the limit of {MAX_ARCHIVE_SIZE} bytes decompressed")));
        }
        let mut data = Vec::with_capacity(size as usize);
        (&mut entry).take(MAX_FILE_SIZE + 1).read_to_end(&mut data).map_err(|e| err(format!("entry {path:?}: {e}")))?;
        if data.len() as u64 > MAX_FILE_SIZE {
            return Err(err(format!("entry {path:?} is larger than the limit of {MAX_FILE_SIZE} bytes")));
        }
        out.push(Entry { path: path.trim_start_matches("./").to_string(), data });
    }
    Ok(out)
}

/// The latest modification time among the archive's entries (seconds
/// since the epoch), as `chart index` uses for `created`.
pub fn latest_mtime(bytes: &[u8]) -> Option<u64> {
    let gz = flate2::read::GzDecoder::new(bytes);
    let mut ar = tar::Archive::new(gz.take(MAX_ARCHIVE_SIZE + 1024 * 1024));
    let mut best: Option<u64> = None;
    for e in ar.entries().ok()? {
        let e = e.ok()?;
        if let Ok(t) = e.header().mtime() {
            best = Some(best.map_or(t, |b| b.max(t)));
        }
    }
    best
}

fn check_path(path: &str) -> Result<(), String> {
    if path.starts_with('/') || path.starts_with('\\') || (path.len() > 1 && path.as_bytes()[1] == b':') {
        return Err("absolute paths are refused".into());
    }
    if path.split(['/', '\\']).any(|c| c == "..") {
        return Err("paths with '..' are refused".into());
    }
    Ok(())
}

/// The modification time stored in packages: `SOURCE_DATE_EPOCH` when set
/// to a number, else 2000-01-01T00:00:00Z.
pub fn package_mtime() -> u64 {
    std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<u64>().ok()).unwrap_or(946_684_800)
}

/// Write `entries` (paths relative to the archive root, e.g.
/// `demo/Chart.yaml`) as a deterministic `.tgz`.
pub fn write_tgz(entries: &[Entry], mtime: u64) -> Result<Vec<u8>, std::io::Error> {
    let mut sorted: Vec<&Entry> = entries.iter().collect();
    sorted.sort_by(|a, b| a.path.cmp(&b.path));
    let gz = flate2::GzBuilder::new().mtime(0).operating_system(255).write(Vec::new(), flate2::Compression::default());
    let mut b = tar::Builder::new(gz);
    b.mode(tar::HeaderMode::Deterministic);
    for e in sorted {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(tar::EntryType::Regular);
        h.set_size(e.data.len() as u64);
        h.set_mode(0o644);
        h.set_uid(0);
        h.set_gid(0);
        h.set_mtime(mtime);
        b.append_data(&mut h, &e.path, e.data.as_slice())?;
    }
    let gz = b.into_inner()?;
    let mut bytes = gz.finish()?;
    bytes.flush()?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw_tar(path: &str, kind: tar::EntryType, data: &[u8]) -> Vec<u8> {
        let gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let mut b = tar::Builder::new(gz);
        let mut h = tar::Header::new_old();
        // Write the name bytes directly so that hostile paths survive.
        h.as_old_mut().name[..path.len()].copy_from_slice(path.as_bytes());
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        if kind.is_symlink() {
            h.set_link_name("/etc/passwd").unwrap();
        }
        h.set_cksum();
        b.append(&h, data).unwrap();
        b.into_inner().unwrap().finish().unwrap()
    }

    #[test]
    fn refuses_hostile_entries() {
        for (p, k) in [
            ("../evil", tar::EntryType::Regular),
            ("/etc/evil", tar::EntryType::Regular),
            ("demo/../../x", tar::EntryType::Regular),
            ("demo/link", tar::EntryType::Symlink),
            ("demo/dev", tar::EntryType::Char),
        ] {
            let bytes = raw_tar(p, k, b"x");
            let e = read_tgz(&bytes, "bad.tgz").unwrap_err().to_string();
            assert!(e.starts_with("bad.tgz: entry"), "{p}: {e}");
        }
        assert!(read_tgz(b"not gzip", "x.tgz").is_err());
    }

    #[test]
    fn roundtrip_and_deterministic() {
        let entries = vec![
            Entry { path: "demo/values.yaml".into(), data: b"a: 1\n".to_vec() },
            Entry { path: "demo/Chart.yaml".into(), data: b"name: demo\n".to_vec() },
        ];
        let a = write_tgz(&entries, 0).unwrap();
        let b = write_tgz(&entries.iter().rev().cloned().collect::<Vec<_>>(), 0).unwrap();
        assert_eq!(a, b);
        let back = read_tgz(&a, "x").unwrap();
        assert_eq!(back[0].path, "demo/Chart.yaml");
        assert_eq!(back[1].data, b"a: 1\n");
    }
}
