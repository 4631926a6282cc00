//! Where printed documents are saved: a "Respond" folder in the user's documents (or
//! `$RESPOND_PRINT_DIR`), written whole or not at all.

use std::io::Write;
use std::path::PathBuf;

use crate::Result;

pub const PRINT_DIR_ENV: &str = "RESPOND_PRINT_DIR";

pub fn print_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(PRINT_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    match directories::UserDirs::new().and_then(|u| u.document_dir().map(|d| d.join("Respond"))) {
        Some(dir) => Ok(dir),
        None => Ok(crate::store::data_dir()?.join("prints")),
    }
}

/// Letters, digits, `-` and `_` only, so that any name is a safe file name everywhere.
fn file_stem(name: &str) -> String {
    let stem: String = name.chars().map(|c| if c.is_alphanumeric() || c == '-' || c == '_' { c } else { '-' }).collect();
    let stem = stem.trim_matches('-');
    if stem.is_empty() { "respond".to_string() } else { stem.chars().take(80).collect() }
}

/// Saves `bytes` as `<name>.pdf` in the print folder, through a temporary file renamed into
/// place: a full disk leaves no half-written PDF behind.
pub fn save_pdf(name: &str, bytes: &[u8]) -> Result<PathBuf> {
    let dir = print_dir()?;
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{}.pdf", file_stem(name)));
    let tmp = dir.join(format!(".{}.pdf.part", file_stem(name)));
    let written = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, &path)
    })();
    if let Err(err) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(err.into());
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_safe_file_names() {
        assert_eq!(file_stem("answer sheets/2026-11-20 JVA Münster"), "answer-sheets-2026-11-20-JVA-Münster");
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("///"), "respond");
    }
}
