//! Exports for analysis elsewhere: a long CSV (a row per participant × phase × item), a
//! wide CSV (a row per participant), a codebook for both, and JSON. Exports are
//! pseudonymous: participant codes, never names. Text cells that a spreadsheet would run
//! as a formula are neutralised.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

use rusqlite::params_from_iter;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::bank::{Domain, Item, ItemKind};
use crate::content::roleplay::Timed;
use crate::content::Library;
use crate::data::spreadsheet::CsvOut;
use crate::data::sql::enum_text;
use crate::i18n::{Language, Localizer};
use crate::jobs::Job;
use crate::quiz::attempts::Phase;
use crate::quiz::is_correct;
use crate::results::evaluation::{self, Scope, PHASES};
use crate::results::{programme, workbook};
use crate::results::{roleplay, view};
use crate::{Error, Result, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    LongCsv,
    WideCsv,
    Codebook,
    Json,
    /// The quarterly return's figures (see [`crate::results::programme`]).
    ReturnCsv,
    /// One Excel workbook: Summary, Long, Wide and Codebook sheets.
    Xlsx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Xlsx => "xlsx",
            _ => "csv",
        }
    }

    pub fn file_stem(self) -> &'static str {
        match self {
            Format::LongCsv => "respond-long",
            Format::WideCsv => "respond-wide",
            Format::Codebook => "respond-codebook",
            Format::Json => "respond",
            Format::ReturnCsv => "respond-return",
            Format::Xlsx => "respond-results",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportOptions {
    pub format: Format,
    /// A UTF-8 byte order mark first, so that Excel reads accents rightly.
    pub bom: bool,
    /// Semicolons between cells and a decimal comma, as Excel reads a CSV where the comma
    /// is the decimal mark (set to French, German, Dutch or Portuguese, for instance).
    pub decimal_comma: bool,
    /// The codebook's language.
    pub lang: Language,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Writes the export of `scope` to `out`.
pub fn write(
    store: &Store,
    library: &Library,
    scope: &Scope,
    options: &ExportOptions,
    out: &mut dyn Write,
    job: &Job,
) -> Result<()> {
    let _watch = job.watch(store.conn());
    if options.bom && !matches!(options.format, Format::Json | Format::Xlsx) {
        out.write_all(BOM)?;
    }
    let delimiter = if options.decimal_comma { b';' } else { b',' };
    let csv = |out| CsvOut::with_delimiter(out, delimiter);
    let written = match options.format {
        Format::LongCsv => long_csv(store, library, scope, csv(out), job),
        Format::WideCsv => wide_csv(store, library, scope, options.decimal_comma, csv(out), job),
        Format::Codebook => codebook(store, library, scope, options.lang, csv(out)),
        Format::Json => json(store, library, scope, out),
        Format::Xlsx => Ok(out.write_all(&workbook::xlsx(store, library, scope, options.lang)?)?),
        Format::ReturnCsv => {
            let figures = programme::programme_return(store, library, scope, options.lang)?;
            let mut w = csv(out);
            w.row(programme::CSV_COLUMNS)?;
            for row in
                programme::csv_rows(&figures, &Localizer::new(options.lang), options.decimal_comma)
            {
                w.row(row)?;
            }
            w.flush()
        }
    };
    written?;
    // Recorded once it is written: a stopped export left nothing to record.
    crate::data::audit::record(
        store.conn(),
        crate::data::audit::Action::Export,
        "results",
        None,
        &format!("{} {scope:?}", enum_text(&options.format)),
    )
}

/// The export as bytes, for the save dialog.
pub fn to_bytes(
    store: &Store,
    library: &Library,
    scope: &Scope,
    options: &ExportOptions,
    job: &Job,
) -> Result<Vec<u8>> {
    let mut bytes = vec![];
    write(store, library, scope, options, &mut bytes, job)?;
    Ok(bytes)
}

pub(crate) const LONG_COLUMNS: [&str; 17] = [
    "session_id",
    "session_date",
    "site",
    "audience",
    "session_language",
    "quiz_id",
    "participant",
    "phase",
    "mode",
    "language",
    "recorded_at",
    "item_id",
    "domain",
    "myth",
    "chosen",
    "correct",
    "attempt_complete",
];

/// The rows of the long CSV, in the order sqlite3 would print them: also the bench's
/// reference query. The joins go from sessions down to answers (CROSS JOIN fixes that
/// order), so that SQLite walks its indexes in the order asked for instead of sorting
/// every answer in memory: 100,000 people are millions of rows. Whether a test is
/// complete is counted as its rows go by (`a.id` is last).
pub const LONG_SQL: &str = "SELECT s.id, s.date, t.name, s.audience, s.language, s.quiz_id, p.code, a.phase, a.mode, a.language, a.recorded_at,
        x.item_id, x.chosen, a.id
    FROM sessions s JOIN sites t ON t.id = s.site_id CROSS JOIN participants p ON p.session_id = s.id
    CROSS JOIN attempts a ON a.participant_id = p.id CROSS JOIN answers x ON x.attempt_id = a.id";

pub(crate) type Csv<'a> = CsvOut<&'a mut dyn Write>;

pub(crate) fn long_csv(
    store: &Store,
    library: &Library,
    scope: &Scope,
    mut w: Csv,
    job: &Job,
) -> Result<()> {
    let items: BTreeMap<&str, &Item> =
        library.bank().items().iter().map(|i| (i.id.as_str(), i)).collect();
    let (condition, args) = scope.condition()?;
    // Progress counts people: rows come person by person.
    let people = store.conn().query_row(
        &format!(
            "SELECT count(*) FROM participants p JOIN sessions s ON s.id = p.session_id JOIN sites t ON t.id = s.site_id WHERE {condition}"
        ),
        params_from_iter(&args),
        |r| r.get::<_, i64>(0),
    )? as u64;
    let mut stmt = store.conn().prepare(&format!(
        "{LONG_SQL} WHERE {condition} ORDER BY s.id, p.id, a.phase, x.item_id"
    ))?;
    let (mut person, mut done) = (String::new(), 0);
    job.step(0, people)?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    // An attempt is complete when every item of its quiz has an answer row: its rows wait
    // until the next attempt's first, then go out with that known.
    let lengths: BTreeMap<String, usize> = library
        .bank()
        .quizzes(Language::En)
        .into_iter()
        .map(|q| (q.id, q.items as usize))
        .collect();
    w.row(LONG_COLUMNS)?;
    let mut attempt: (i64, String, Vec<[String; 16]>) = (0, String::new(), vec![]);
    let flush = |w: &mut Csv, (_, quiz, rows): &mut (i64, String, Vec<[String; 16]>)| {
        let complete = lengths.get(quiz.as_str()).is_some_and(|n| rows.len() >= *n);
        for row in rows.drain(..) {
            let complete = if complete { "1" } else { "0" };
            w.row(row.iter().map(String::as_str).chain([complete]))?;
        }
        Ok::<(), Error>(())
    };
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(13)?;
        if id != attempt.0 {
            flush(&mut w, &mut attempt)?;
            attempt.0 = id;
            attempt.1 = r.get(5)?;
        }
        let item_id: String = r.get(11)?;
        let item = items.get(item_id.as_str());
        let chosen: Vec<String> =
            serde_json::from_str(&r.get::<_, String>(12)?).unwrap_or_default();
        let correct = match item.and_then(|i| is_correct(i, &chosen)) {
            Some(true) => "1",
            Some(false) => "0",
            None => "",
        };
        let code: String = r.get(6)?;
        if code != person {
            person.clone_from(&code);
            done += 1;
            job.step(done, people)?;
        }
        attempt.2.push([
            r.get::<_, i64>(0)?.to_string(),
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            code,
            r.get(7)?,
            r.get(8)?,
            r.get(9)?,
            r.get(10)?,
            item_id,
            item.map(|i| i.domain.code()).unwrap_or_default().to_string(),
            item.and_then(|i| i.myth.clone()).unwrap_or_default(),
            chosen.join(";"),
            correct.to_string(),
        ]);
    }
    flush(&mut w, &mut attempt)?;
    w.flush()?;
    Ok(())
}

/// A phase as the wide CSV's column names end: short, as Stata allows 32 characters.
fn phase_suffix(phase: Phase) -> &'static str {
    match phase {
        Phase::Pre => "pre",
        Phase::Post => "post",
        Phase::Followup => "fu",
    }
}

/// The wide CSV's score columns for one phase.
pub(crate) fn phase_columns(phase: Phase) -> Vec<String> {
    let suffix = phase_suffix(phase);
    let mut columns = vec![format!("mode_{suffix}"), format!("score_{suffix}")];
    columns.extend(Domain::KNOWLEDGE.iter().map(|d| format!("{}_{suffix}", d.code())));
    columns.push(format!("confidence_{suffix}"));
    columns.extend(ROLEPLAY_COLUMNS.iter().map(|c| format!("{c}_{suffix}")));
    columns
}

/// The role-play's columns of each phase: every critical step done, the critical errors,
/// the seconds to the call and to naloxone.
const ROLEPLAY_COLUMNS: [&str; 4] = ["rp_critical", "rp_errors", "rp_call_s", "rp_naloxone_s"];

/// Longest column name Stata reads (SPSS allows 64, R more).
const MAX_VARIABLE: usize = 32;

/// The wide CSV's column names for the knowledge items, one per item × phase, in that
/// order: letters, digits and `_` only, starting with a letter, at most 32 characters and
/// unique, so that SPSS, Stata and R read them as they are. Long item ids lose words from
/// their end.
fn item_columns(items: &[&Item]) -> Vec<String> {
    let mut taken = BTreeSet::new();
    let mut out = vec![];
    for item in items {
        let words: Vec<String> = item
            .id
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let room = MAX_VARIABLE - 1 - phase_suffix(Phase::Post).len();
        let mut stem = String::new();
        for word in &words {
            let next = if stem.is_empty() { word.clone() } else { format!("{stem}_{word}") };
            if next.len() > room {
                break;
            }
            stem = next;
        }
        if stem.is_empty() || !stem.starts_with(|c: char| c.is_ascii_alphabetic()) {
            stem = format!("q_{stem}").chars().take(room).collect();
        }
        let base = stem.trim_end_matches('_').to_string();
        let mut stem = base.clone();
        let mut n = 2;
        while !taken.insert(stem.clone()) {
            let tail = format!("_{n}");
            stem = format!("{}{tail}", &base[..base.len().min(room - tail.len())]);
            n += 1;
        }
        out.extend(PHASES.iter().map(|p| format!("{stem}_{}", phase_suffix(*p))));
    }
    out
}

pub(crate) const WIDE_COLUMNS: [&str; 10] = [
    "session_id",
    "session_date",
    "site",
    "audience",
    "quiz_id",
    "participant",
    "language",
    "consent_followup",
    "kit",
    "kit_date",
];

pub(crate) fn wide_csv(
    store: &Store,
    library: &Library,
    scope: &Scope,
    decimal_comma: bool,
    mut w: Csv,
    job: &Job,
) -> Result<()> {
    let data = evaluation::load(store, library, scope)?;
    let roleplays = roleplay::load(store, library, scope)?;
    let (condition, args) = scope.condition()?;
    let mut stmt = store.conn().prepare(&format!(
        "SELECT s.id, s.date, t.name, s.audience, s.quiz_id, p.code, p.language, p.consent_followup,
            (SELECT mode FROM attempts a WHERE a.participant_id = p.id AND a.phase = 'pre'),
            (SELECT mode FROM attempts a WHERE a.participant_id = p.id AND a.phase = 'post'),
            (SELECT mode FROM attempts a WHERE a.participant_id = p.id AND a.phase = 'followup'),
            k.status, k.date, p.id
         FROM participants p LEFT JOIN kits k ON k.participant_id = p.id JOIN sessions s ON s.id = p.session_id JOIN sites t ON t.id = s.site_id WHERE {condition} ORDER BY p.id"
    ))?;
    let knowledge: Vec<(usize, &&Item)> =
        data.items.iter().enumerate().filter(|(_, i)| i.kind != ItemKind::Agree).collect();
    let mut header: Vec<String> = WIDE_COLUMNS.map(String::from).to_vec();
    for phase in PHASES {
        header.extend(phase_columns(phase));
    }
    header.extend(item_columns(&knowledge.iter().map(|(_, i)| **i).collect::<Vec<_>>()));
    w.row(&header)?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    let mut person = 0;
    let number =
        |v: Option<f64>| v.map(|v| view::plain_number(v, 2, decimal_comma)).unwrap_or_default();
    while let Some(r) = rows.next()? {
        let (indexes, attempts) = &data.people[person];
        person += 1;
        job.step(person as u64, data.people.len() as u64)?;
        let site: String = r.get(2)?;
        let mut record: Vec<String> = vec![
            r.get::<_, i64>(0)?.to_string(),
            r.get(1)?,
            site,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
            r.get(6)?,
            if r.get::<_, bool>(7)? { "1" } else { "0" }.to_string(),
            r.get::<_, Option<String>>(11)?.unwrap_or_default(),
            r.get::<_, Option<String>>(12)?.unwrap_or_default(),
        ];
        let observed = roleplays.get(&r.get::<_, i64>(13)?);
        for (k, attempt) in attempts.iter().enumerate() {
            record.push(r.get::<_, Option<String>>(8 + k)?.unwrap_or_default());
            if let Some(a) = attempt {
                record.push(number(data.percent(indexes, a, None)));
                record.extend(
                    Domain::KNOWLEDGE.iter().map(|d| number(data.percent(indexes, a, Some(*d)))),
                );
                record.push(number(a.confidence()));
            } else {
                record.extend(std::iter::repeat_n(String::new(), 2 + Domain::KNOWLEDGE.len()));
            }
            let seconds =
                |s: Option<f64>| s.map(|s| (s.round() as i64).to_string()).unwrap_or_default();
            match observed.and_then(|o| o[k].as_ref()) {
                Some(o) => record.extend([
                    if o.all_critical() { "1" } else { "0" }.to_string(),
                    o.errors().to_string(),
                    seconds(o.seconds_to(Timed::Call)),
                    seconds(o.seconds_to(Timed::Naloxone)),
                ]),
                None => record.extend(std::iter::repeat_n(String::new(), ROLEPLAY_COLUMNS.len())),
            }
        }
        for (index, _) in &knowledge {
            for attempt in attempts {
                let cell = match attempt {
                    Some(a) if indexes.contains(index) => {
                        if a.is_right(*index) { "1" } else { "0" }.to_string()
                    }
                    _ => String::new(),
                };
                record.push(cell);
            }
        }
        w.row(&record)?;
    }
    w.flush()?;
    Ok(())
}

/// Every column of both CSVs with its meaning, in `lang`, the wide file's item columns
/// as `scope` has them, then each of those questions with its text and options.
pub(crate) fn codebook(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
    mut w: Csv,
) -> Result<()> {
    let l10n = Localizer::new(lang);
    let t = |id: &str| l10n.tr(id, &[]);
    w.row([t("codebook-file"), t("codebook-column"), t("codebook-meaning"), t("codebook-values")])?;
    for column in LONG_COLUMNS {
        let key = format!("codebook-{}", column.replace('_', "-"));
        w.row(["long", column, &t(&key), &t(&format!("{key}-values"))])?;
    }
    for column in WIDE_COLUMNS {
        let key = format!("codebook-{}", column.replace('_', "-"));
        w.row(["wide", column, &t(&key), &t(&format!("{key}-values"))])?;
    }
    let phase_name = |phase: Phase| l10n.tr(&format!("phase-{}", enum_text(&phase)), &[]);
    for phase in PHASES {
        let name = phase_name(phase);
        for column in phase_columns(phase) {
            let part = column.rsplit_once('_').map(|(part, _)| part).unwrap_or_default();
            let meaning = match part {
                "rp_critical" | "rp_errors" | "rp_call_s" | "rp_naloxone_s" => {
                    let key =
                        format!("codebook-phase-{}", part.trim_end_matches("_s").replace('_', "-"));
                    l10n.tr(&key, &[("phase", name.clone().into())])
                }
                "mode" => l10n.tr("codebook-phase-mode", &[("phase", name.clone().into())]),
                "score" => l10n.tr("codebook-phase-score", &[("phase", name.clone().into())]),
                "confidence" => {
                    l10n.tr("codebook-phase-confidence", &[("phase", name.clone().into())])
                }
                domain => l10n.tr(
                    "codebook-phase-domain",
                    &[
                        ("phase", name.clone().into()),
                        ("domain", l10n.tr(&format!("domain-{domain}"), &[]).into()),
                    ],
                ),
            };
            let values = match part {
                "rp_critical" => t("codebook-rp-critical-values"),
                "rp_errors" => t("codebook-rp-errors-values"),
                "rp_call_s" | "rp_naloxone_s" => t("codebook-rp-seconds-values"),
                "mode" => t("codebook-mode-values"),
                "confidence" => t("codebook-confidence-values"),
                _ => t("codebook-percent-values"),
            };
            w.row(["wide", &column, &meaning, &values])?;
        }
    }
    let data = evaluation::load(store, library, scope)?;
    let views = evaluation::item_views(library, lang);
    let knowledge: Vec<&Item> =
        data.items.iter().copied().filter(|i| i.kind != ItemKind::Agree).collect();
    let columns = item_columns(&knowledge);
    for (item, names) in knowledge.iter().zip(columns.chunks(PHASES.len())) {
        let question = views.get(&item.id).map_or(item.id.as_str(), |v| v.prompt.as_str());
        for (phase, column) in PHASES.iter().zip(names) {
            let meaning = l10n.tr(
                "codebook-item",
                &[("phase", phase_name(*phase).into()), ("question", question.into())],
            );
            w.row(["wide", column, &meaning, &t("codebook-item-values")])?;
        }
    }
    let file = t("codebook-questions");
    for item in &data.items {
        let Some(view) = views.get(&item.id) else { continue };
        let options: Vec<String> = view
            .options
            .iter()
            .map(|o| {
                let right =
                    if view.answer.contains(&o.id) { t("codebook-right") } else { String::new() };
                format!("{} = {}{right}", o.id, o.text)
            })
            .collect();
        w.row([file.as_str(), &item.id, &view.prompt, &options.join("; ")])?;
    }
    w.flush()?;
    Ok(())
}

#[derive(Serialize)]
struct JsonAttempt {
    mode: String,
    language: String,
    recorded_at: String,
    answers: BTreeMap<String, Vec<String>>,
}

#[derive(Serialize)]
struct JsonParticipant {
    code: String,
    language: String,
    consent_followup: bool,
    attempts: BTreeMap<String, JsonAttempt>,
    /// Phase → the role-play: each step done and error seen, with milliseconds from the start.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    roleplays: BTreeMap<String, JsonRolePlay>,
}

#[derive(Serialize)]
struct JsonRolePlay {
    checklist: String,
    seconds: i64,
    marks: BTreeMap<String, i64>,
}

#[derive(Serialize)]
struct JsonSession {
    id: i64,
    date: String,
    site: String,
    audience: String,
    language: String,
    quiz_id: String,
    participants: Vec<JsonParticipant>,
}

#[derive(Serialize)]
struct JsonExport {
    format: &'static str,
    bank_version: String,
    sessions: Vec<JsonSession>,
}

fn json(store: &Store, library: &Library, scope: &Scope, out: &mut dyn Write) -> Result<()> {
    let (condition, args) = scope.condition()?;
    let conn = store.conn();
    let mut sessions: Vec<JsonSession> = vec![];
    let mut stmt = conn.prepare(&format!(
        "SELECT s.id, s.date, t.name, s.audience, s.language, s.quiz_id FROM sessions s JOIN sites t ON t.id = s.site_id WHERE {condition} ORDER BY s.id"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    while let Some(r) = rows.next()? {
        sessions.push(JsonSession {
            id: r.get(0)?,
            date: r.get(1)?,
            site: r.get(2)?,
            audience: r.get(3)?,
            language: r.get(4)?,
            quiz_id: r.get(5)?,
            participants: vec![],
        });
    }
    let mut people: BTreeMap<i64, (usize, JsonParticipant)> = BTreeMap::new();
    let mut stmt = conn.prepare(&format!(
        "SELECT p.id, p.session_id, p.code, p.language, p.consent_followup FROM participants p JOIN sessions s ON s.id = p.session_id WHERE {condition} ORDER BY p.id"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    while let Some(r) = rows.next()? {
        let session: i64 = r.get(1)?;
        let at = sessions.iter().position(|s| s.id == session).unwrap_or_default();
        people.insert(
            r.get(0)?,
            (
                at,
                JsonParticipant {
                    code: r.get(2)?,
                    language: r.get(3)?,
                    consent_followup: r.get(4)?,
                    attempts: BTreeMap::new(),
                    roleplays: BTreeMap::new(),
                },
            ),
        );
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT a.participant_id, a.phase, a.mode, a.language, a.recorded_at, x.item_id, x.chosen FROM attempts a
         JOIN participants p ON p.id = a.participant_id JOIN sessions s ON s.id = p.session_id
         LEFT JOIN answers x ON x.attempt_id = a.id WHERE {condition}"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    while let Some(r) = rows.next()? {
        let Some((_, person)) = people.get_mut(&r.get::<_, i64>(0)?) else { continue };
        let attempt = person.attempts.entry(r.get(1)?).or_insert(JsonAttempt {
            mode: r.get(2)?,
            language: r.get(3)?,
            recorded_at: r.get(4)?,
            answers: BTreeMap::new(),
        });
        if let Some(item) = r.get::<_, Option<String>>(5)? {
            let chosen = serde_json::from_str(&r.get::<_, String>(6)?).unwrap_or_default();
            attempt.answers.insert(item, chosen);
        }
    }
    let mut stmt = conn.prepare(&format!(
        "SELECT r.participant_id, r.phase, r.checklist_id, r.seconds, m.mark, m.at_ms FROM roleplays r
         JOIN participants p ON p.id = r.participant_id JOIN sessions s ON s.id = p.session_id
         LEFT JOIN roleplay_marks m ON m.roleplay_id = r.id WHERE {condition}"
    ))?;
    let mut rows = stmt.query(params_from_iter(&args))?;
    while let Some(r) = rows.next()? {
        let Some((_, person)) = people.get_mut(&r.get::<_, i64>(0)?) else { continue };
        let roleplay = person.roleplays.entry(r.get(1)?).or_insert(JsonRolePlay {
            checklist: r.get(2)?,
            seconds: r.get(3)?,
            marks: BTreeMap::new(),
        });
        if let Some(mark) = r.get::<_, Option<String>>(4)? {
            roleplay.marks.insert(mark, r.get(5)?);
        }
    }
    for (at, person) in people.into_values() {
        if let Some(session) = sessions.get_mut(at) {
            session.participants.push(person);
        }
    }
    let export = JsonExport {
        format: "respond-export-1",
        bank_version: library.bank().version().to_string(),
        sessions,
    };
    serde_json::to_writer_pretty(&mut *out, &export).map_err(|e| crate::Error::Io(e.into()))?;
    out.write_all(b"\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_column_of_the_bank_is_a_valid_unique_variable_name() {
        let library = Library::load_default();
        let items: Vec<&Item> = library.bank().items().iter().collect();
        let columns = item_columns(&items);
        assert_eq!(columns.len(), items.len() * PHASES.len());
        assert_eq!(columns.iter().collect::<BTreeSet<_>>().len(), columns.len());
        for column in &columns {
            assert!(column.len() <= MAX_VARIABLE, "{column}");
            assert!(column.starts_with(|c: char| c.is_ascii_lowercase()), "{column}");
            assert!(column.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "{column}");
        }
        assert!(columns.contains(&"myth_naloxone_withdrawal_fu".to_string()), "{columns:?}");
    }
}
