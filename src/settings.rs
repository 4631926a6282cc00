//! Settings of this installation, kept in the database's `settings` table.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{Library, ModuleView};
use crate::data::input::split_lines;
use crate::data::sql::{set_setting, setting};
use crate::i18n::Language;
use crate::{Error, Result, Store};

const UI_LANGUAGE: &str = "ui_language";
const TEXT_SIZE: &str = "text_size";
const SITE_COUNTRY: &str = "site_country";
const LOCAL_SERVICES: &str = "local_services";
const FOLLOWUP_WINDOW: &str = "followup_window";

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
        [TextSize::Normal, TextSize::Large, TextSize::Larger]
            .into_iter()
            .find(|t| t.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// The UI language: the one chosen, or on first run the OS language if it is one of the five.
    pub language: Language,
    pub text_size: TextSize,
    /// The country of the usual training site (ISO code), which sets the emergency number.
    pub country: Option<String>,
    /// The local services a release card and the modules list, one per entry.
    pub local_services: Vec<String>,
    /// When the follow-up window opens and closes, in months after the session.
    pub followup: FollowupWindow,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowupWindow {
    pub opens_months: u8,
    pub closes_months: u8,
}

impl Default for FollowupWindow {
    /// The programme's 3–6 months.
    fn default() -> Self {
        FollowupWindow { opens_months: 3, closes_months: 6 }
    }
}

impl FollowupWindow {
    fn parse(text: &str) -> Option<FollowupWindow> {
        let (opens, closes) = text.split_once('-')?;
        let window = FollowupWindow {
            opens_months: opens.parse().ok()?,
            closes_months: closes.parse().ok()?,
        };
        window.is_valid().then_some(window)
    }

    fn is_valid(self) -> bool {
        self.opens_months >= 1 && self.opens_months < self.closes_months && self.closes_months <= 24
    }
}

fn get(store: &Store, key: &str) -> Result<Option<String>> {
    setting(store, key)
}

fn put(store: &Store, key: &str, value: &str) -> Result<()> {
    set_setting(store, key, value)
}

/// Reads the settings. A language not chosen yet falls back to `os_language`; a value this
/// version cannot read (written by a newer one, say) falls back to its default rather than
/// keeping the app from starting.
pub fn load(store: &Store, os_language: Language) -> Result<Settings> {
    let language =
        get(store, UI_LANGUAGE)?.and_then(|code| code.parse().ok()).unwrap_or(os_language);
    let text_size = get(store, TEXT_SIZE)?.and_then(|v| TextSize::parse(&v)).unwrap_or_default();
    let country = get(store, SITE_COUNTRY)?.filter(|c| !c.is_empty());
    let local_services =
        get(store, LOCAL_SERVICES)?.map(|text| split_lines(&text)).unwrap_or_default();
    let followup =
        get(store, FOLLOWUP_WINDOW)?.and_then(|v| FollowupWindow::parse(&v)).unwrap_or_default();
    Ok(Settings { language, text_size, country, local_services, followup })
}

/// Sets the usual site: its country (`None`: not set, 112) and its local services.
/// Module `id` in `lang` with the usual site's emergency number and local services filled
/// in: as the trainer reads it and as the room sees it projected.
pub fn module_view(
    store: &Store,
    library: &Library,
    id: &str,
    lang: Language,
) -> Result<ModuleView> {
    let settings = load(store, Language::from_os())?;
    let site = library.site_values(settings.country.as_deref(), &settings.local_services, lang);
    library
        .view(id, lang, &site)
        .ok_or_else(|| Error::ModuleNotFound { id: id.to_string(), lang: lang.to_string() })
}

pub fn set_site(store: &Store, country: Option<&str>, local_services: &[String]) -> Result<()> {
    put(store, SITE_COUNTRY, country.unwrap_or(""))?;
    let services: Vec<&str> =
        local_services.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    put(store, LOCAL_SERVICES, &services.join("\n"))
}

pub fn set_language(store: &Store, language: Language) -> Result<()> {
    put(store, UI_LANGUAGE, language.code())
}

/// Sets the follow-up window: it opens `opens_months` and closes `closes_months` after the
/// session (1 ≤ opens < closes ≤ 24).
pub fn set_followup_window(store: &Store, window: FollowupWindow) -> Result<()> {
    if !window.is_valid() {
        return Err(crate::data::input::invalid("followupWindow", "range"));
    }
    put(store, FOLLOWUP_WINDOW, &format!("{}-{}", window.opens_months, window.closes_months))
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
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        assert_eq!(load(&store, Language::Nl).unwrap().language, Language::Nl);
        set_language(&store, Language::Pt).unwrap();
        drop(store);
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        let settings = load(&store, Language::Nl).unwrap();
        assert_eq!((settings.language, settings.text_size), (Language::Pt, TextSize::Normal));
    }

    #[test]
    fn the_site_country_and_local_services_are_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        assert_eq!(load(&store, Language::En).unwrap().country, None);
        let services = vec![
            "  Drop-in, Rue Haute 12 ".to_string(),
            String::new(),
            "Helpline 0800 00 000".to_string(),
        ];
        set_site(&store, Some("BE"), &services).unwrap();
        let settings = load(&store, Language::En).unwrap();
        assert_eq!(settings.country.as_deref(), Some("BE"));
        assert_eq!(settings.local_services, vec!["Drop-in, Rue Haute 12", "Helpline 0800 00 000"]);
        set_site(&store, None, &[]).unwrap();
        assert_eq!(load(&store, Language::En).unwrap().country, None);
    }

    #[test]
    fn the_followup_window_defaults_to_three_to_six_months_and_is_checked() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        assert_eq!(
            load(&store, Language::En).unwrap().followup,
            FollowupWindow { opens_months: 3, closes_months: 6 }
        );
        set_followup_window(&store, FollowupWindow { opens_months: 4, closes_months: 9 }).unwrap();
        assert_eq!(
            load(&store, Language::En).unwrap().followup,
            FollowupWindow { opens_months: 4, closes_months: 9 }
        );
        for (opens, closes) in [(6, 6), (0, 3), (7, 3), (3, 30)] {
            assert!(
                set_followup_window(
                    &store,
                    FollowupWindow { opens_months: opens, closes_months: closes }
                )
                .is_err(),
                "{opens}-{closes}"
            );
        }
        put(&store, FOLLOWUP_WINDOW, "x").unwrap();
        assert_eq!(load(&store, Language::En).unwrap().followup, FollowupWindow::default());
    }

    #[test]
    fn text_size_is_remembered_and_unreadable_values_fall_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        set_text_size(&store, TextSize::Larger).unwrap();
        assert_eq!(load(&store, Language::En).unwrap().text_size, TextSize::Larger);
        put(&store, TEXT_SIZE, "huge").unwrap();
        put(&store, UI_LANGUAGE, "xx").unwrap();
        let settings = load(&store, Language::De).unwrap();
        assert_eq!((settings.language, settings.text_size), (Language::De, TextSize::Normal));
    }
}
