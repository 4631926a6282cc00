//! What the Print page makes, and where printed documents are saved: a "Respond" folder
//! in the user's documents (or `$RESPOND_PRINT_DIR`), written whole or not at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::attempts::{self, Phase};
use crate::content::{Audience, Library};
use crate::i18n::Language;
use crate::pdf::{self, Paper};
use crate::sessions::enum_text;
use crate::evaluation::Scope;
use crate::{certificates, followup, report, roster, sessions, settings, sheets, Error, Result, Store};

/// One document the Print page can make.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum PrintRequest {
    Handout { audience: Audience, lang: Language, paper: Paper },
    ReleaseCard { lang: Language, paper: Paper },
    PersonalHandout {
        #[ts(type = "number")]
        participant: i64,
        paper: Paper,
    },
    AnswerSheets {
        #[ts(type = "number")]
        session: i64,
        phase: Phase,
        paper: Paper,
    },
    /// A session's certificates, or one person's; in `lang`, or else each person's own.
    Certificates {
        #[ts(type = "number")]
        session: i64,
        #[ts(type = "number | null")]
        participant: Option<i64>,
        lang: Option<Language>,
        paper: Paper,
    },
    /// The evaluation report of the Results page's scope.
    Report { scope: Scope, lang: Language, paper: Paper },
    /// A site's follow-up recall list.
    RecallList {
        #[ts(type = "number")]
        site: i64,
        lang: Language,
        paper: Paper,
    },
}

/// A document made for the Print page: a file name and the PDF.
pub struct Printout {
    pub name: String,
    pub pdf: Vec<u8>,
}

/// Makes the document `request` asks for. Handouts and the release card carry the usual
/// site's emergency number and local services (Settings).
pub fn make(store: &Store, library: &Library, request: &PrintRequest) -> Result<Printout> {
    let site = settings::load(store, Language::En)?;
    let site_values = |lang| library.site_values(site.country.as_deref(), &site.local_services, lang);
    let (name, pdf) = match request {
        PrintRequest::Handout { audience, lang, paper } => {
            (format!("handout-{}-{lang}", enum_text(audience)), pdf::handout(library, *audience, *lang, *paper, &site_values(*lang))?)
        }
        PrintRequest::ReleaseCard { lang, paper } => (format!("release-card-{lang}"), pdf::release_card(library, *lang, *paper, &site_values(*lang))?),
        PrintRequest::PersonalHandout { participant, paper } => {
            let person = roster::get(store, *participant)?;
            let myths = attempts::missed_myths(store, library, *participant, Phase::Post)?.ok_or(Error::InvalidInput { field: "phase".into(), reason: "no-post-test".into() })?;
            if myths.is_empty() {
                return Err(Error::InvalidInput { field: "myths".into(), reason: "none-missed".into() });
            }
            let country = sessions::get(store, person.session_id)?.site.country;
            let values = library.site_values(country.as_deref().or(site.country.as_deref()), &site.local_services, person.language);
            (format!("handout-{}", person.code), pdf::personal_handout(library, &myths, person.language, *paper, &values)?)
        }
        PrintRequest::AnswerSheets { session, phase, paper } => {
            (format!("answer-sheets-{session}-{}", enum_text(phase)), sheets::answer_sheets(store, library, *session, *phase, *paper)?)
        }
        PrintRequest::Certificates { session, participant, lang, paper } => {
            let name = match participant {
                Some(p) => format!("certificate-{}", roster::get(store, *p)?.code),
                None => format!("certificates-{session}"),
            };
            (name, certificates::certificates_pdf(store, library, *session, *participant, *lang, *paper)?)
        }
        PrintRequest::Report { scope, lang, paper } => {
            let name = match scope {
                Scope::Session { id } => format!("report-session-{id}-{lang}"),
                Scope::Site { id } => format!("report-site-{id}-{lang}"),
                Scope::Audience { audience } => format!("report-{}-{lang}", enum_text(audience)),
                Scope::All => format!("report-all-{lang}"),
            };
            (name, report::report_pdf(store, library, *scope, *lang, *paper)?)
        }
        PrintRequest::RecallList { site, lang, paper } => {
            (format!("recall-list-{site}-{lang}"), followup::recall_pdf(store, *site, *lang, *paper, followup::today())?)
        }
    };
    Ok(Printout { name, pdf })
}

/// Records in the audit log that a printout left the app as a file.
pub fn record_saved(store: &Store, printout: &Printout) -> Result<()> {
    crate::audit::record(store.conn(), crate::audit::Action::Print, "printout", None, &printout.name)
}

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
    let dir = print_dir()?;
    std::fs::create_dir_all(&dir)?;
    let path = dir.join(format!("{}.{extension}", file_stem(name)));
    write_whole(&path, bytes)?;
    Ok(path)
}

/// Whether `path` is a PDF in the print folder: the only files the app opens for the user
/// without them having chosen it in a dialog.
pub fn is_printout(path: &Path) -> Result<bool> {
    let dir = print_dir()?.canonicalize()?;
    Ok(path.extension().is_some_and(|e| e == "pdf") && path.canonicalize().is_ok_and(|p| p.starts_with(&dir)))
}

/// Writes `bytes` to `path` through a temporary file renamed into place: a full disk or a
/// crash leaves the old file, or none, never half a PDF.
pub fn write_whole(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.part"));
    let written = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(err) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(err.into());
    }
    Ok(())
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
        assert_eq!(file_stem("answer sheets/2026-11-20 JVA Münster"), "answer-sheets-2026-11-20-JVA-Münster");
        assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
        assert_eq!(file_stem("///"), "respond");
    }
}
