//! A session run through the guided flow ("Run a session", for peer mentors): which
//! session and which step, kept in the database so that a closed laptop or a lockdown
//! resumes at exactly that step. The session itself is an ordinary one.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::data::sql::{set_setting, setting};
use crate::{Error, Result, Store};

const KEY: &str = "guided_run";

/// The steps after the group is chosen (choosing it creates the session).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    People,
    Pre,
    Present,
    Post,
    Print,
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    #[ts(type = "number")]
    pub session: i64,
    pub step: Step,
}

/// The guided session under way, if any; one whose session was deleted meanwhile is over.
pub fn current(store: &Store) -> Result<Option<Run>> {
    let Some(text) = setting(store, KEY)? else { return Ok(None) };
    let Ok(run) = serde_json::from_str::<Run>(&text) else { return Ok(None) };
    match super::get(store, run.session) {
        Ok(_) => Ok(Some(run)),
        Err(Error::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Remembers that the guided session stands at `run`.
pub fn save(store: &Store, run: &Run) -> Result<()> {
    super::get(store, run.session)?;
    let text = serde_json::to_string(run).map_err(|e| Error::Internal(e.to_string()))?;
    set_setting(store, KEY, &text)
}

/// Ends the guided session (its data stays, as any session's).
pub fn finish(store: &Store) -> Result<()> {
    store.conn().execute("DELETE FROM settings WHERE key = ?1", [KEY])?;
    Ok(())
}
