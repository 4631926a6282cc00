//! Files the user asked for (printouts, exports, calendars): where they go, safe names,
//! and writes that never leave half a file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::Result;

pub const PRINT_DIR_ENV: &str = "RESPOND_PRINT_DIR";

/// Creates `dir` (and its parents) if needed, readable by this user only.
pub fn private_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Makes the file at `path` readable and writable by this user only.
pub fn private_file(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Where printouts, exports and calendars are saved: `$RESPOND_PRINT_DIR`, else a folder
/// beside the database that only this user can read. Not the Documents folder, which is
/// often synced to a cloud and indexed; "Save as…" puts a file anywhere on purpose.
pub fn print_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(PRINT_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    Ok(super::store::data_dir()?.join("printouts"))
}

/// Deletes the files in the print folder older than `days` days; returns how many.
pub fn delete_printouts_older_than(days: u32) -> Result<usize> {
    let dir = print_dir()?;
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(0) };
    let limit = std::time::Duration::from_secs(u64::from(days) * 24 * 3600);
    let mut deleted = 0;
    for entry in entries.filter_map(|e| e.ok()) {
        let meta = entry.metadata()?;
        let old = meta.modified()?.elapsed().unwrap_or_default() > limit;
        if meta.is_file() && old {
            std::fs::remove_file(entry.path())?;
            deleted += 1;
        }
    }
    Ok(deleted)
}

/// Letters, digits, `-` and `_` only, so that any name is a safe file name everywhere.
fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() {
        "respond".to_string()
    } else {
        stem.chars().take(80).collect()
    }
}

/// The file name a printout called `name` is saved under.
pub fn file_name(name: &str) -> String {
    format!("{}.pdf", file_stem(name))
}

/// Saves `bytes` as `<name>.pdf` in the print folder.
pub fn save_pdf(name: &str, bytes: &[u8]) -> Result<PathBuf> {
    save_file(name, "pdf", bytes)
}

/// Saves `bytes` as `<name>.<extension>` in the print folder (exports, calendars too).
pub fn save_file(name: &str, extension: &str, bytes: &[u8]) -> Result<PathBuf> {
    save_with(name, extension, |out| Ok(out.write_all(bytes)?))
}

/// Saves what `write` writes as `<name>.<extension>` in the print folder ([`write_with`]).
pub fn save_with(
    name: &str,
    extension: &str,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<PathBuf> {
    let dir = print_dir()?;
    private_dir(&dir)?;
    let path = dir.join(format!("{}.{extension}", file_stem(name)));
    write_with(&path, write)?;
    Ok(path)
}

/// Whether `path` is a PDF in the print folder: the only files the app opens for the user
/// without them having chosen it in a dialog.
pub fn is_printout(path: &Path) -> Result<bool> {
    let dir = print_dir()?.canonicalize()?;
    Ok(path.extension().is_some_and(|e| e == "pdf")
        && path.canonicalize().is_ok_and(|p| p.starts_with(&dir)))
}

/// A new file that only this user can read, from its first byte.
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Writes `bytes` to `path` through a temporary file renamed into place: a full disk or a
/// crash leaves the old file, or none, never half a PDF.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with(path, |out| Ok(out.write_all(bytes)?))
}

/// Writes what `write` writes to `path`, as [`write_whole`] does, a piece at a time: a
/// large export never sits whole in memory. An error from `write` (a stopped job, say)
/// leaves no file.
pub fn write_with(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.part"));
    let written = (|| -> Result<()> {
        let mut out = std::io::BufWriter::new(create_private(&tmp)?);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(std::fs::rename(&tmp, path)?)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_that_fails_leaves_no_part_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("missing-folder").join("x.pdf");
        assert!(write_whole(&target, b"%PDF").is_err());
        let ok = dir.path().join("x.pdf");
        write_whole(&ok, b"%PDF-1.7").unwrap();
        assert_eq!(std::fs::read(&ok).unwrap(), b"%PDF-1.7");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no .part file left behind");
    }

    #[test]
    fn names_become_safe_file_names() {
        assert_eq!(
            file_stem("answer sheets/2026-11-20 JVA Münster"),
            "answer-sheets-2026-11-20-JVA-Münster"
        );
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("///"), "respond");
    }
}
