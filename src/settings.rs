//! Settings of this installation, kept in the database's `settings` table.

use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Language;
use crate::{Result, Store};

const UI_LANGUAGE: &str = "ui_language";
const TEXT_SIZE: &str = "text_size";

/// How large the UI's text is: larger sizes read better on a classroom projector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Larger,
}

impl TextSize {
    fn as_str(self) -> &'static str {
        match self {
            TextSize::Normal => "normal",
            TextSize::Large => "large",
            TextSize::Larger => "larger",
        }
    }

    fn parse(value: &str) -> Option<TextSize> {
        [TextSize::Normal, TextSize::Large, TextSize::Larger].into_iter().find(|t| t.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The UI language: the one chosen, or on first run the OS language if it is one of the five.
    pub language: Language,
    pub text_size: TextSize,
}

fn get(store: &Store, key: &str) -> Result<Option<String>> {
    Ok(store.conn().query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

fn put(store: &Store, key: &str, value: &str) -> Result<()> {
    store.conn().execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Reads the settings. A language not chosen yet falls back to `os_language`; a value this
/// version cannot read (written by a newer one, say) falls back to its default rather than
/// keeping the app from starting.
pub fn load(store: &Store, os_language: Language) -> Result<Settings> {
    let language = get(store, UI_LANGUAGE)?.and_then(|code| code.parse().ok()).unwrap_or(os_language);
    let text_size = get(store, TEXT_SIZE)?.and_then(|v| TextSize::parse(&v)).unwrap_or_default();
    Ok(Settings { language, text_size })
}

pub fn set_language(store: &Store, language: Language) -> Result<()> {
    put(store, UI_LANGUAGE, language.code())
}

pub fn set_text_size(store: &Store, size: TextSize) -> Result<()> {
    put(store, TEXT_SIZE, size.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_run_uses_the_os_language_then_the_choice_is_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(load(&store, Language::Nl).unwrap().language, Language::Nl);
        set_language(&store, Language::Pt).unwrap();
        drop(store);
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(load(&store, Language::Nl).unwrap(), Settings { language: Language::Pt, text_size: TextSize::Normal });
    }

    #[test]
    fn text_size_is_remembered_and_unreadable_values_fall_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        set_text_size(&store, TextSize::Larger).unwrap();
        assert_eq!(load(&store, Language::En).unwrap().text_size, TextSize::Larger);
        put(&store, TEXT_SIZE, "huge").unwrap();
        put(&store, UI_LANGUAGE, "xx").unwrap();
        assert_eq!(load(&store, Language::De).unwrap(), Settings { language: Language::De, text_size: TextSize::Normal });
    }
}
