//! What the Print page makes, and where printed documents are saved: a "Respond" folder
//! in the user's documents (or `$RESPOND_PRINT_DIR`), written whole or not at all.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{Audience, Library};
use crate::data::sql::enum_text;
use crate::i18n::Language;
use crate::jobs::Job;
use crate::pdf::Paper;
use crate::quiz::attempts::{self, Phase};
use crate::results::evaluation::Scope;
use crate::{sessions, sessions::roster, settings, Error, Result, Store};

pub mod card;
pub mod certificates;
pub mod handout;
pub mod programme;
pub mod recall;
pub mod report;
pub mod sheets;

/// One document the Print page can make.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum PrintRequest {
    Handout {
        audience: Audience,
        lang: Language,
        paper: Paper,
    },
    ReleaseCard {
        lang: Language,
        paper: Paper,
    },
    PersonalHandout {
        #[ts(type = "number")]
        participant: i64,
        paper: Paper,
    },
    /// A session's answer sheets, and `blank` more without a code for late arrivals.
    AnswerSheets {
        #[ts(type = "number")]
        session: i64,
        phase: Phase,
        paper: Paper,
        #[serde(default)]
        blank: u32,
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
    Report {
        scope: Scope,
        lang: Language,
        paper: Paper,
    },
    /// The quarterly return of the sessions dated from `from` to `to` (YYYY-MM-DD).
    Return {
        from: String,
        to: String,
        lang: Language,
        paper: Paper,
    },
    /// A site's follow-up recall list.
    RecallList {
        #[ts(type = "number")]
        site: i64,
        lang: Language,
        paper: Paper,
        /// Names only when the trainer asks for them: by default the list has codes only.
        names: bool,
    },
}

/// A document made for the Print page: a file name and the PDF.
pub struct Printout {
    pub name: String,
    pub pdf: Vec<u8>,
}

/// Makes the document `request` asks for. Handouts and the release card carry the usual
/// site's emergency number and local services (Settings).
/// Only the report takes long enough to show `job`'s progress.
pub fn make(
    store: &Store,
    library: &Library,
    request: &PrintRequest,
    job: &Job,
) -> Result<Printout> {
    let site = settings::load(store, Language::En)?;
    let site_values =
        |lang| library.site_values(site.country.as_deref(), &site.local_services, lang);
    let (name, pdf) = match request {
        PrintRequest::Handout { audience, lang, paper } => (
            format!("handout-{}-{lang}", enum_text(audience)),
            handout::handout(library, *audience, *lang, *paper, &site_values(*lang))?,
        ),
        PrintRequest::ReleaseCard { lang, paper } => (
            format!("release-card-{lang}"),
            card::release_card(library, *lang, *paper, &site_values(*lang))?,
        ),
        PrintRequest::PersonalHandout { participant, paper } => {
            let person = roster::get(store, *participant)?;
            let myths = attempts::missed_myths(store, library, *participant, Phase::Post)?.ok_or(
                Error::InvalidInput { field: "phase".into(), reason: "no-post-test".into() },
            )?;
            if myths.is_empty() {
                return Err(Error::InvalidInput {
                    field: "myths".into(),
                    reason: "none-missed".into(),
                });
            }
            let country = sessions::get(store, person.session_id)?.site.country;
            let values = library.site_values(
                country.as_deref().or(site.country.as_deref()),
                &site.local_services,
                person.language,
            );
            (
                format!("handout-{}", person.code),
                handout::personal_handout(library, &myths, person.language, *paper, &values)?,
            )
        }
        PrintRequest::AnswerSheets { session, phase, paper, blank } => (
            format!("answer-sheets-{session}-{}", enum_text(phase)),
            sheets::answer_sheets(store, library, *session, *phase, *paper, *blank as usize)?,
        ),
        PrintRequest::Certificates { session, participant, lang, paper } => {
            let name = match participant {
                Some(p) => format!("certificate-{}", roster::get(store, *p)?.code),
                None => format!("certificates-{session}"),
            };
            (
                name,
                certificates::certificates_pdf(
                    store,
                    library,
                    *session,
                    *participant,
                    *lang,
                    *paper,
                )?,
            )
        }
        PrintRequest::Report { scope, lang, paper } => {
            let name = match scope {
                Scope::Session { id } => format!("report-session-{id}-{lang}"),
                Scope::Site { id } => format!("report-site-{id}-{lang}"),
                Scope::Audience { audience } => format!("report-{}-{lang}", enum_text(audience)),
                Scope::Period { from, to } => format!("report-{from}-{to}-{lang}"),
                Scope::All => format!("report-all-{lang}"),
            };
            (name, report::report_pdf(store, library, scope, *lang, *paper, job)?)
        }
        PrintRequest::Return { from, to, lang, paper } => (
            format!("return-{from}-{to}-{lang}"),
            programme::return_pdf(
                store,
                library,
                &Scope::Period { from: from.clone(), to: to.clone() },
                *lang,
                *paper,
            )?,
        ),
        PrintRequest::RecallList { site, lang, paper, names } => (
            format!("recall-list-{site}-{lang}"),
            recall::recall_pdf(store, *site, *lang, *paper, crate::data::input::today(), *names)?,
        ),
    };
    Ok(Printout { name, pdf })
}

/// Records in the audit log that a printout left the app as a file.
pub fn record_saved(store: &Store, printout: &Printout) -> Result<()> {
    crate::data::audit::record(
        store.conn(),
        crate::data::audit::Action::Print,
        "printout",
        None,
        &printout.name,
    )
}
