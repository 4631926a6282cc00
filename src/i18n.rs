//! The five languages and the Fluent messages of `locales/`, shared with the UI.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

use crate::{Error, Result};

use crate::embedded::LOCALE_FILES;

/// A language Respond is written in. The code is the folder name in `locales/` and `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    En,
    Fr,
    De,
    Nl,
    Pt,
}

impl Language {
    pub const ALL: [Language; 5] =
        [Language::En, Language::Fr, Language::De, Language::Nl, Language::Pt];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Nl => "nl",
            Language::Pt => "pt",
        }
    }

    /// The language's name in itself, as the language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::De => "Deutsch",
            Language::Nl => "Nederlands",
            Language::Pt => "Português",
        }
    }

    /// Picks one of the five from a locale tag such as `fr-BE`, `pt_PT.UTF-8` or `de`.
    pub fn from_locale_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The operating system's language if it is one of the five, else English.
    pub fn from_os() -> Language {
        sys_locale::get_locales()
            .find_map(|tag| Language::from_locale_tag(&tag))
            .unwrap_or(Language::En)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Language::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| Error::UnknownLanguage(s.to_string()))
    }
}

/// The embedded Fluent files of one language, as `(file name, source)`.
pub fn embedded_files(lang: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    LOCALE_FILES
        .iter()
        .filter(move |(code, _, _)| *code == lang.code())
        .map(|(_, name, src)| (*name, *src))
}

fn bundle(lang: Language) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.code().parse().expect("language codes are valid tags");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) are for bidi-aware screens; they would show
    // as stray glyphs in PDFs and terminals.
    bundle.set_use_isolating(false);
    for (_, source) in embedded_files(lang) {
        // Syntax errors are reported by `respond validate`; the parser keeps the good entries.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(res, _)| res);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// Formats Respond's messages in one language for the command line and printed documents.
pub struct Localizer {
    lang: Language,
    bundle: &'static FluentBundle<FluentResource>,
}

impl Localizer {
    /// Cheap: each language's messages are parsed once per process, on first use (a
    /// certificate batch makes one per person).
    pub fn new(lang: Language) -> Self {
        static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        let index =
            Language::ALL.iter().position(|l| *l == lang).expect("every language is in ALL");
        Localizer { lang, bundle: BUNDLES[index].get_or_init(|| bundle(lang)) }
    }

    pub fn language(&self) -> Language {
        self.lang
    }

    /// An ISO date (`2026-11-20`) in words, as this language writes it ("20 November
    /// 2026"); anything else as it is.
    pub fn date(&self, iso: &str) -> String {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        match time::Date::parse(iso, format) {
            Ok(d) => self.tr(
                "date-long",
                &[
                    ("day", d.day().into()),
                    ("month", u8::from(d.month()).into()),
                    ("year", d.year().to_string().into()),
                ],
            ),
            Err(_) => iso.to_string(),
        }
    }

    /// The message `id` with `args`. A missing message shows its id, never another language.
    pub fn tr(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = vec![];
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_tags_map_to_the_five_languages() {
        assert_eq!(Language::from_locale_tag("fr-BE"), Some(Language::Fr));
        assert_eq!(Language::from_locale_tag("pt_PT.UTF-8"), Some(Language::Pt));
        assert_eq!(Language::from_locale_tag("nl"), Some(Language::Nl));
        assert_eq!(Language::from_locale_tag("DE-at"), Some(Language::De));
        assert_eq!(Language::from_locale_tag("es-ES"), None);
        assert_eq!(Language::from_locale_tag(""), None);
    }

    #[test]
    fn every_language_has_embedded_messages() {
        for lang in Language::ALL {
            assert!(embedded_files(lang).count() > 0, "{lang} has no .ftl files");
        }
    }

    #[test]
    fn localizer_formats_without_isolation_marks() {
        let de = Localizer::new(Language::De);
        let text = de
            .tr("problem-missing-message", &[("id", "nav-modules".into()), ("lang", "fr".into())]);
        assert!(text.contains("nav-modules"), "{text}");
        assert!(!text.contains('\u{2068}'), "{text:?}");
        assert_ne!(
            text,
            Localizer::new(Language::En).tr(
                "problem-missing-message",
                &[("id", "nav-modules".into()), ("lang", "fr".into())]
            )
        );
    }
}
