//! Training sessions, the sites they happen at, and who takes part (the roster and
//! participant codes).

pub mod codes;
pub mod kits;
pub mod mentor;
pub mod roster;
pub mod run;

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{Audience, Library};
use crate::data::audit::{self, Action};
use crate::data::input::{check_date, clean_text, invalid, now, split_lines};
use crate::data::sql::{enum_from, enum_text};
use crate::i18n::Language;
use crate::{Error, Result, Store};

// Row ids (i64) are typed `number` for TypeScript: they stay far below 2^53.

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Site {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    pub country: Option<String>,
    pub local_services: Vec<String>,
}

/// What the trainer fills in to create or edit a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionInput {
    /// YYYY-MM-DD.
    pub date: String,
    pub site_name: String,
    pub country: Option<String>,
    pub trainers: String,
    pub audience: Audience,
    pub language: Language,
    pub quiz_id: String,
    pub modules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    #[ts(type = "number")]
    pub id: i64,
    pub date: String,
    pub site: Site,
    pub trainers: String,
    pub audience: Audience,
    pub language: Language,
    pub quiz_id: String,
    pub modules: Vec<String>,
    pub closed: bool,
    pub participants: u32,
}

impl SessionInput {
    fn checked(&self, library: &Library) -> Result<SessionInput> {
        check_date("date", &self.date)?;
        let site_name = clean_text("siteName", &self.site_name, true)?;
        let trainers = clean_text("trainers", &self.trainers, true)?;
        if let Some(country) = &self.country {
            if !library.countries().iter().any(|c| &c.code == country) {
                return Err(invalid("country", "unknown"));
            }
        }
        if library.bank().quiz_items(&self.quiz_id).is_none() {
            return Err(invalid("quizId", "unknown"));
        }
        if self.modules.is_empty() {
            return Err(invalid("modules", "required"));
        }
        if self.modules.iter().any(|m| library.module(m).is_none()) {
            return Err(invalid("modules", "unknown"));
        }
        Ok(SessionInput { site_name, trainers, ..self.clone() })
    }
}

/// The site named `name`, created if new; its country is updated when given.
fn site_id(store: &Store, name: &str, country: Option<&str>) -> Result<i64> {
    let conn = store.conn();
    if let Some(id) = conn
        .query_row("SELECT id FROM sites WHERE name = ?1", [name], |r| r.get::<_, i64>(0))
        .optional()?
    {
        if country.is_some() {
            conn.execute("UPDATE sites SET country = ?2 WHERE id = ?1", params![id, country])?;
        }
        return Ok(id);
    }
    conn.execute("INSERT INTO sites (name, country) VALUES (?1, ?2)", params![name, country])?;
    Ok(conn.last_insert_rowid())
}

pub fn list_sites(store: &Store) -> Result<Vec<Site>> {
    let mut stmt = store
        .conn()
        .prepare("SELECT id, name, country, local_services FROM sites ORDER BY name")?;
    let rows = stmt.query_map([], |r| {
        Ok(Site {
            id: r.get(0)?,
            name: r.get(1)?,
            country: r.get(2)?,
            local_services: split_lines(&r.get::<_, String>(3)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn set_site_services(store: &Store, site: i64, services: &[String]) -> Result<()> {
    let text: Vec<&str> = services.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    store.conn().execute(
        "UPDATE sites SET local_services = ?2 WHERE id = ?1",
        params![site, text.join("\n")],
    )?;
    Ok(())
}

pub fn create(store: &Store, library: &Library, input: &SessionInput) -> Result<Session> {
    save(store, library, None, input)
}

pub fn update(store: &Store, library: &Library, id: i64, input: &SessionInput) -> Result<Session> {
    save(store, library, Some(id), input)
}

fn save(
    store: &Store,
    library: &Library,
    id: Option<i64>,
    input: &SessionInput,
) -> Result<Session> {
    let input = input.checked(library)?;
    let site = site_id(store, &input.site_name, input.country.as_deref())?;
    let modules = serde_json::to_string(&input.modules).expect("strings");
    let (sql, last) = match id {
        None => (
            "INSERT INTO sessions (date, site_id, trainers, audience, language, quiz_id, modules, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::types::Value::Text(now()),
        ),
        Some(id) => (
            "UPDATE sessions SET date = ?1, site_id = ?2, trainers = ?3, audience = ?4, language = ?5, quiz_id = ?6, modules = ?7
             WHERE id = ?8",
            rusqlite::types::Value::Integer(id),
        ),
    };
    let changed = store.conn().execute(
        sql,
        params![
            input.date,
            site,
            input.trainers,
            enum_text(&input.audience),
            input.language.code(),
            input.quiz_id,
            modules,
            last
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFound);
    }
    let id = id.unwrap_or_else(|| store.conn().last_insert_rowid());
    let action =
        if last == rusqlite::types::Value::Integer(id) { Action::Edit } else { Action::Create };
    audit::record(store.conn(), action, "session", Some(id), "")?;
    get(store, id)
}

/// Closes (or reopens) a session: a closed session's people are due for follow-up.
pub fn set_closed(store: &Store, id: i64, closed: bool) -> Result<Session> {
    let at = closed.then(now);
    if store.conn().execute("UPDATE sessions SET closed_at = ?2 WHERE id = ?1", params![id, at])?
        == 0
    {
        return Err(Error::NotFound);
    }
    audit::record(
        store.conn(),
        Action::Edit,
        "session",
        Some(id),
        if closed { "closed" } else { "reopened" },
    )?;
    get(store, id)
}

/// Deletes a session with its participants and their answers.
pub fn delete(store: &Store, id: i64) -> Result<()> {
    if store.conn().execute("DELETE FROM sessions WHERE id = ?1", [id])? == 0 {
        return Err(Error::NotFound);
    }
    audit::record(store.conn(), Action::Delete, "session", Some(id), "")?;
    crate::data::names::compact(store.conn())
}

const SELECT: &str =
    "SELECT s.id, s.date, s.trainers, s.audience, s.language, s.quiz_id, s.modules, s.closed_at,
        t.id, t.name, t.country, t.local_services,
        (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id)
    FROM sessions s JOIN sites t ON t.id = s.site_id";

fn from_row(r: &Row) -> rusqlite::Result<Session> {
    let modules: String = r.get(6)?;
    Ok(Session {
        id: r.get(0)?,
        date: r.get(1)?,
        trainers: r.get(2)?,
        audience: enum_from(&r.get::<_, String>(3)?)?,
        language: enum_from(&r.get::<_, String>(4)?)?,
        quiz_id: r.get(5)?,
        modules: serde_json::from_str(&modules).unwrap_or_default(),
        closed: r.get::<_, Option<String>>(7)?.is_some(),
        site: Site {
            id: r.get(8)?,
            name: r.get(9)?,
            country: r.get(10)?,
            local_services: split_lines(&r.get::<_, String>(11)?),
        },
        participants: r.get(12)?,
    })
}

pub fn get(store: &Store, id: i64) -> Result<Session> {
    store
        .conn()
        .query_row(&format!("{SELECT} WHERE s.id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound)
}

/// Every session, newest first.
pub fn list(store: &Store) -> Result<Vec<Session>> {
    let mut stmt = store.conn().prepare(&format!("{SELECT} ORDER BY s.date DESC, s.id DESC"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}
