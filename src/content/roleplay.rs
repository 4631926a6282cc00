//! The role-play checklists (`content/roleplay/`): which steps and critical errors a
//! trainer watches for, per audience, and their words in each language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::validate::line_of;
use crate::content::validate::Problem;
use crate::content::Files;
use crate::content::SiteValues;
use crate::content::{read_toml, Audience};
use crate::i18n::Language;

/// The two step times Results report as medians.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Timed {
    Call,
    Naloxone,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    #[serde(default)]
    pub critical: bool,
    #[serde(default)]
    pub timed: Option<Timed>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    pub id: String,
    pub audiences: Vec<Audience>,
    pub steps: Vec<Step>,
    pub errors: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChecklistsFile {
    checklist: Vec<Checklist>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    label: String,
    #[serde(default)]
    hint: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Titles {
    title: String,
    scenario: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Texts {
    #[serde(default)]
    checklists: BTreeMap<String, Titles>,
    #[serde(default)]
    steps: BTreeMap<String, Words>,
    #[serde(default)]
    errors: BTreeMap<String, Words>,
}

/// Every checklist, with its words in every language.
#[derive(Debug, Clone, Default)]
pub struct Checklists {
    checklists: Vec<Checklist>,
    texts: BTreeMap<Language, Texts>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MarkView {
    pub id: String,
    pub label: String,
    pub hint: String,
    pub critical: bool,
    pub timed: Option<Timed>,
}

/// A checklist in one language, with the site's emergency number in its words.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistView {
    pub id: String,
    pub title: String,
    pub scenario: String,
    pub steps: Vec<MarkView>,
    /// Every error listed is critical.
    pub errors: Vec<MarkView>,
}

const FOLDER: &str = "roleplay";

impl Checklists {
    pub(crate) fn load(files: &Files, problems: &mut Vec<Problem>) -> Checklists {
        let rel = format!("{FOLDER}/checklists.toml");
        let Some(file) = read_toml::<ChecklistsFile>(files, &rel, problems) else {
            return Checklists::default();
        };
        let text = files.get(&rel).unwrap_or_default();
        let at = |needle: &str| text.find(needle).map_or(1, |i| line_of(text, i));
        let path = files.display_path(&rel);
        let mut seen_audiences = BTreeMap::new();
        for list in &file.checklist {
            for audience in &list.audiences {
                if seen_audiences.insert(*audience, list.id.clone()).is_some() {
                    problems.push(Problem::new(
                        &path,
                        at(&format!("id = \"{}\"", list.id)),
                        "problem-roleplay-audience-twice",
                        &[("id", &list.id)],
                    ));
                }
            }
            let mut ids: Vec<&str> = list
                .steps
                .iter()
                .map(|s| s.id.as_str())
                .chain(list.errors.iter().map(String::as_str))
                .collect();
            ids.sort_unstable();
            if let Some(twice) = ids.windows(2).find(|w| w[0] == w[1]) {
                problems.push(Problem::new(
                    &path,
                    at(&format!("\"{}\"", twice[0])),
                    "problem-roleplay-duplicate",
                    &[("id", twice[0])],
                ));
            }
        }
        for audience in Audience::ALL {
            if !seen_audiences.contains_key(&audience) {
                problems.push(Problem::new(
                    &path,
                    1,
                    "problem-roleplay-no-checklist",
                    &[("audience", &crate::data::sql::enum_text(&audience))],
                ));
            }
        }
        let mut texts = BTreeMap::new();
        for lang in Language::ALL {
            let rel = format!("{FOLDER}/{}.toml", lang.code());
            let Some(words) = read_toml::<Texts>(files, &rel, problems) else { continue };
            let path = files.display_path(&rel);
            for list in &file.checklist {
                let words_for = |id: &str, map: &BTreeMap<String, Words>| {
                    map.get(id).is_some_and(|w| !w.label.trim().is_empty())
                };
                let missing = words
                    .checklists
                    .get(&list.id)
                    .is_none_or(|t| t.title.trim().is_empty() || t.scenario.trim().is_empty())
                    .then_some(list.id.as_str())
                    .into_iter()
                    .chain(
                        list.steps
                            .iter()
                            .map(|s| s.id.as_str())
                            .filter(|id| !words_for(id, &words.steps)),
                    )
                    .chain(
                        list.errors
                            .iter()
                            .map(String::as_str)
                            .filter(|id| !words_for(id, &words.errors)),
                    );
                for id in missing {
                    problems.push(Problem::new(
                        &path,
                        1,
                        "problem-roleplay-missing-text",
                        &[("id", id), ("lang", lang.code())],
                    ));
                }
            }
            texts.insert(lang, words);
        }
        Checklists { checklists: file.checklist, texts }
    }

    /// The checklist a session for `audience` is scored with.
    pub fn for_audience(&self, audience: Audience) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.audiences.contains(&audience))
    }

    pub fn get(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    pub fn all(&self) -> &[Checklist] {
        &self.checklists
    }

    /// The label of a step or an error in `lang` (English if missing, else the id), with
    /// the site's emergency number.
    pub fn label(&self, id: &str, lang: Language, site: &SiteValues) -> String {
        [lang, Language::En]
            .iter()
            .filter_map(|l| self.texts.get(l))
            .find_map(|t| t.steps.get(id).or_else(|| t.errors.get(id)))
            .map_or_else(
                || id.to_string(),
                |w| w.label.replace("{{emergency_number}}", &site.emergency_number),
            )
    }

    pub fn view(&self, list: &Checklist, lang: Language, site: &SiteValues) -> ChecklistView {
        let texts = self.texts.get(&lang).or_else(|| self.texts.get(&Language::En));
        let fill = |s: &str| s.replace("{{emergency_number}}", &site.emergency_number);
        let words = |id: &str, map: fn(&Texts) -> &BTreeMap<String, Words>| {
            texts
                .and_then(|t| map(t).get(id))
                .cloned()
                .unwrap_or_else(|| Words { label: id.to_string(), hint: String::new() })
        };
        let titles = texts.and_then(|t| t.checklists.get(&list.id)).cloned().unwrap_or_default();
        ChecklistView {
            id: list.id.clone(),
            title: titles.title,
            scenario: fill(&titles.scenario),
            steps: list
                .steps
                .iter()
                .map(|s| {
                    let w = words(&s.id, |t| &t.steps);
                    MarkView {
                        id: s.id.clone(),
                        label: fill(&w.label),
                        hint: fill(&w.hint),
                        critical: s.critical,
                        timed: s.timed,
                    }
                })
                .collect(),
            errors: list
                .errors
                .iter()
                .map(|id| {
                    let w = words(id, |t| &t.errors);
                    MarkView {
                        id: id.clone(),
                        label: fill(&w.label),
                        hint: fill(&w.hint),
                        critical: true,
                        timed: None,
                    }
                })
                .collect(),
        }
    }
}
