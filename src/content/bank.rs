//! The quiz item bank: language-neutral items (kind, domain, answer key) in
//! `content/quiz/items.toml`, named quizzes in `quizzes.toml`, and the words of each
//! language in `<lang>.toml`. Results are compared by item id across languages.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::content::validate::{line_of, Problem};
use crate::content::Files;
use crate::i18n::{Language, Localizer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum ItemKind {
    /// One right option.
    Single,
    /// Select all that apply: right only when exactly the right options are chosen.
    Multi,
    /// True / false / don't know; "don't know" counts as wrong.
    Truefalse,
    /// 1–5 agreement (confidence); never scored as knowledge.
    Agree,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Domain {
    Risks,
    Signs,
    Actions,
    Naloxone,
    Myths,
    Confidence,
}

impl Domain {
    pub const KNOWLEDGE: [Domain; 5] =
        [Domain::Risks, Domain::Signs, Domain::Actions, Domain::Naloxone, Domain::Myths];
    pub const ALL: [Domain; 6] = [
        Domain::Risks,
        Domain::Signs,
        Domain::Actions,
        Domain::Naloxone,
        Domain::Myths,
        Domain::Confidence,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Domain::Risks => "risks",
            Domain::Signs => "signs",
            Domain::Actions => "actions",
            Domain::Naloxone => "naloxone",
            Domain::Myths => "myths",
            Domain::Confidence => "confidence",
        }
    }
}

/// The fixed options of true/false items and of the agreement scale.
pub const TRUEFALSE_OPTIONS: [&str; 3] = ["true", "false", "dontknow"];
pub const AGREE_OPTIONS: [&str; 5] = ["1", "2", "3", "4", "5"];

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub domain: Domain,
    pub module: String,
    #[serde(default)]
    pub options: Vec<String>,
    #[serde(default)]
    pub answer: Vec<String>,
    #[serde(default)]
    pub myth: Option<String>,
}

impl Item {
    /// The option ids a person can choose, whatever the kind.
    pub fn option_ids(&self) -> Vec<String> {
        match self.kind {
            ItemKind::Single | ItemKind::Multi => self.options.clone(),
            ItemKind::Truefalse => TRUEFALSE_OPTIONS.iter().map(|s| s.to_string()).collect(),
            ItemKind::Agree => AGREE_OPTIONS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizDef {
    id: String,
    items: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemText {
    prompt: String,
    #[serde(default)]
    explanation: Option<String>,
    #[serde(default)]
    options: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizText {
    title: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LangFile {
    #[serde(default)]
    quizzes: BTreeMap<String, QuizText>,
    #[serde(default)]
    items: BTreeMap<String, ItemText>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemsFile {
    item: Vec<Item>,
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizzesFile {
    quiz: Vec<QuizDef>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct OptionView {
    pub id: String,
    pub text: String,
    /// The letter or number printed beside its box on the answer sheet, and typed for it
    /// in the entry grid.
    pub key: String,
}

/// The key of option `index` of an item of `kind`: A, B, C… in order (true / false /
/// don't know are A / B / C), 1–5 for agreement. Sheets and the entry grid both use it.
pub fn option_key(kind: ItemKind, index: usize) -> String {
    match kind {
        ItemKind::Agree => (index + 1).to_string(),
        _ => char::from(b'A' + index as u8).to_string(),
    }
}

/// One item in one language, as a participant sees it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ItemView {
    pub id: String,
    pub kind: ItemKind,
    pub domain: Domain,
    pub prompt: String,
    pub options: Vec<OptionView>,
    /// The right option ids (empty for agreement items).
    pub answer: Vec<String>,
    pub explanation: Option<String>,
    pub myth: Option<String>,
}

/// A named quiz in one language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct QuizView {
    pub id: String,
    pub lang: Language,
    pub title: String,
    pub version: String,
    pub items: Vec<ItemView>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct QuizInfo {
    pub id: String,
    pub title: String,
    pub items: u32,
}

#[derive(Debug, Clone, Default)]
pub struct Bank {
    items: Vec<Item>,
    quizzes: Vec<QuizDef>,
    texts: BTreeMap<Language, LangFile>,
    version: String,
    warnings: Vec<Problem>,
}

/// Share of true keys among a quiz's true/false items that reads as balanced, checked
/// from this many items on (content/quiz/DESIGN.md).
const BALANCE: (f64, f64) = (0.35, 0.65);
const MIN_BALANCED: usize = 4;
/// How much longer than the mean of its distractors a right option may be.
const MAX_RIGHT_RATIO: f64 = 1.5;

fn read_toml<T: serde::de::DeserializeOwned + Default>(
    files: &Files,
    rel: &str,
    problems: &mut Vec<Problem>,
) -> T {
    let path = files.display_path(rel);
    let Some(text) = files.get(rel) else {
        problems.push(Problem::new(&path, 1, "problem-content-missing-file", &[]));
        return T::default();
    };
    toml::from_str(text).unwrap_or_else(|err| {
        let line = err.span().map_or(1, |s| line_of(text, s.start));
        problems.push(Problem::new(
            &path,
            line,
            "problem-content-toml",
            &[("error", err.message())],
        ));
        T::default()
    })
}

/// The line of `needle` in `text`, or 1.
fn line_with(text: Option<&str>, needle: &str) -> usize {
    text.and_then(|t| t.find(needle).map(|at| line_of(t, at))).unwrap_or(1)
}

impl Bank {
    /// Loads and checks the bank. `modules` and `myths` are the ids items may refer to.
    pub fn load(
        files: &Files,
        modules: &BTreeSet<String>,
        myths: &BTreeSet<String>,
        problems: &mut Vec<Problem>,
    ) -> Bank {
        let items_rel = "quiz/items.toml";
        let items_text = files.get(items_rel);
        let items_path = files.display_path(items_rel);
        let items = read_toml::<ItemsFile>(files, items_rel, problems).item;
        let quizzes = read_toml::<QuizzesFile>(files, "quiz/quizzes.toml", problems).quiz;

        let mut seen = BTreeSet::new();
        for item in &items {
            let line = line_with(items_text, &format!("id = \"{}\"", item.id));
            let problem = |message, args: &[(&'static str, &str)]| {
                Problem::new(&items_path, line, message, args)
            };
            if !seen.insert(item.id.clone()) {
                problems.push(problem("problem-quiz-duplicate-item", &[("id", &item.id)]));
            }
            if !modules.contains(&item.module) {
                problems.push(problem(
                    "problem-quiz-unknown-module",
                    &[("id", &item.id), ("module", &item.module)],
                ));
            }
            if let Some(myth) = item.myth.as_deref().filter(|m| !myths.contains(*m)) {
                problems.push(problem(
                    "problem-quiz-unknown-myth",
                    &[("id", &item.id), ("myth", myth)],
                ));
            }
            if !answer_key_is_valid(item) {
                problems.push(problem("problem-quiz-bad-answer", &[("id", &item.id)]));
            }
        }

        let quizzes_text = files.get("quiz/quizzes.toml");
        for quiz in &quizzes {
            for id in quiz.items.iter().filter(|id| !seen.contains(*id)) {
                let line = line_with(quizzes_text, &format!("\"{id}\""));
                problems.push(Problem::new(
                    &files.display_path("quiz/quizzes.toml"),
                    line,
                    "problem-quiz-unknown-item",
                    &[("id", id)],
                ));
            }
        }

        let mut texts = BTreeMap::new();
        for lang in Language::ALL {
            let rel = format!("quiz/{}.toml", lang.code());
            let path = files.display_path(&rel);
            let source = files.get(&rel);
            let text: LangFile = read_toml(files, &rel, problems);
            for quiz in &quizzes {
                if text.quizzes.get(&quiz.id).is_none_or(|q| q.title.trim().is_empty()) {
                    problems.push(Problem::new(
                        &path,
                        1,
                        "problem-quiz-missing-title",
                        &[("quiz", &quiz.id), ("lang", lang.code())],
                    ));
                }
            }
            for item in &items {
                let line = line_with(source, &format!("[items.{}]", item.id));
                let Some(words) = text.items.get(&item.id).filter(|w| !w.prompt.trim().is_empty())
                else {
                    problems.push(Problem::new(
                        &path,
                        line,
                        "problem-quiz-missing-text",
                        &[("id", &item.id), ("lang", lang.code())],
                    ));
                    continue;
                };
                let expected: BTreeSet<&String> = item.options.iter().collect();
                let found: BTreeSet<&String> = words.options.keys().collect();
                if expected != found || words.options.values().any(|v| v.trim().is_empty()) {
                    problems.push(Problem::new(
                        &path,
                        line,
                        "problem-quiz-option-mismatch",
                        &[("id", &item.id)],
                    ));
                }
                if item.kind != ItemKind::Agree
                    && words.explanation.as_deref().is_none_or(|e| e.trim().is_empty())
                {
                    problems.push(Problem::new(
                        &path,
                        line,
                        "problem-quiz-no-explanation",
                        &[("id", &item.id), ("lang", lang.code())],
                    ));
                }
            }
            for id in text.items.keys().filter(|id| !seen.contains(*id)) {
                let line = line_with(source, &format!("[items.{id}]"));
                problems.push(Problem::new(
                    &path,
                    line,
                    "problem-quiz-unknown-item",
                    &[("id", id)],
                ));
            }
            texts.insert(lang, text);
        }

        let version = bank_version(&items);
        let mut bank = Bank { items, quizzes, texts, version, warnings: vec![] };
        bank.warnings = bank.fairness_warnings(files);
        bank
    }

    /// What content/quiz/DESIGN.md asks of a fair quiz, checked: true/false keys balanced
    /// within each quiz, and no right option much longer than the others (in English).
    /// Warnings: the content still loads and validates.
    fn fairness_warnings(&self, files: &Files) -> Vec<Problem> {
        let mut warnings = vec![];
        let quizzes_text = files.get("quiz/quizzes.toml");
        for quiz in &self.quizzes {
            let keys: Vec<bool> = self
                .quiz_items(&quiz.id)
                .unwrap_or_default()
                .iter()
                .filter(|i| i.kind == ItemKind::Truefalse)
                .map(|i| i.answer.iter().any(|a| a == "true"))
                .collect();
            let keyed = keys.iter().filter(|k| **k).count();
            let share = keyed as f64 / keys.len().max(1) as f64;
            if keys.len() >= MIN_BALANCED && !(BALANCE.0..=BALANCE.1).contains(&share) {
                let line = line_with(quizzes_text, &format!("id = \"{}\"", quiz.id));
                let args = [
                    ("quiz", quiz.id.clone()),
                    ("keyed", keyed.to_string()),
                    ("total", keys.len().to_string()),
                    ("percent", format!("{:.0}", share * 100.0)),
                ];
                let args: Vec<(&'static str, &str)> =
                    args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                warnings.push(Problem::new(
                    &files.display_path("quiz/quizzes.toml"),
                    line,
                    "problem-quiz-truefalse-unbalanced",
                    &args,
                ));
            }
        }
        let Some(english) = self.texts.get(&Language::En) else { return warnings };
        let source = files.get("quiz/en.toml");
        for item in self.items.iter().filter(|i| i.kind == ItemKind::Single) {
            let Some(words) = english.items.get(&item.id) else { continue };
            let length =
                |id: &String| words.options.get(id).map_or(0, |t| t.trim().chars().count()) as f64;
            let others: Vec<f64> =
                item.options.iter().filter(|o| !item.answer.contains(o)).map(length).collect();
            let mean = others.iter().sum::<f64>() / others.len().max(1) as f64;
            let right = item.answer.first().map_or(0.0, length);
            if mean > 0.0 && right / mean > MAX_RIGHT_RATIO {
                let line = line_with(source, &format!("[items.{}]", item.id));
                let ratio = format!("{:.1}", right / mean);
                warnings.push(Problem::new(
                    &files.display_path("quiz/en.toml"),
                    line,
                    "problem-quiz-right-option-long",
                    &[("id", &item.id), ("ratio", &ratio)],
                ));
            }
        }
        warnings
    }

    /// Problems that do not stop the content from being used (see DESIGN.md).
    pub fn warnings(&self) -> &[Problem] {
        &self.warnings
    }

    /// A short hash of what results depend on (ids, kinds, domains, options, keys):
    /// a new version means answers recorded before may not compare item by item.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Every item, in the order of items.toml.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn quiz_items(&self, quiz: &str) -> Option<Vec<&Item>> {
        let def = self.quizzes.iter().find(|q| q.id == quiz)?;
        Some(def.items.iter().filter_map(|id| self.item(id)).collect())
    }

    pub fn quizzes(&self, lang: Language) -> Vec<QuizInfo> {
        self.quizzes
            .iter()
            .map(|q| QuizInfo {
                id: q.id.clone(),
                title: self
                    .texts
                    .get(&lang)
                    .and_then(|t| t.quizzes.get(&q.id))
                    .map_or_else(|| q.id.clone(), |t| t.title.clone()),
                items: q.items.len() as u32,
            })
            .collect()
    }

    /// Quiz `id` in `lang`, with the fixed true/false and agreement options in that language.
    pub fn view(&self, id: &str, lang: Language) -> Option<QuizView> {
        let items = self.quiz_items(id)?;
        let text = self.texts.get(&lang)?;
        let l10n = Localizer::new(lang);
        let items = items
            .into_iter()
            .map(|item| {
                let words = text.items.get(&item.id).cloned().unwrap_or_default();
                let options = item
                    .option_ids()
                    .into_iter()
                    .enumerate()
                    .map(|(index, oid)| {
                        let text = match item.kind {
                            ItemKind::Single | ItemKind::Multi => {
                                words.options.get(&oid).cloned().unwrap_or_default()
                            }
                            ItemKind::Truefalse | ItemKind::Agree => {
                                l10n.tr(&format!("quiz-option-{oid}"), &[])
                            }
                        };
                        OptionView { key: option_key(item.kind, index), id: oid, text }
                    })
                    .collect();
                ItemView {
                    id: item.id.clone(),
                    kind: item.kind,
                    domain: item.domain,
                    prompt: words.prompt,
                    options,
                    answer: item.answer.clone(),
                    explanation: words.explanation,
                    myth: item.myth.clone(),
                }
            })
            .collect();
        Some(QuizView {
            id: id.to_string(),
            lang,
            title: text.quizzes.get(id).map_or_else(|| id.to_string(), |q| q.title.clone()),
            version: self.version.clone(),
            items,
        })
    }

    /// One line per quiz: items per domain and the languages it is complete in.
    pub fn summary(&self, l10n: &Localizer) -> Vec<String> {
        self.quizzes
            .iter()
            .map(|quiz| {
                let items: Vec<&Item> = quiz.items.iter().filter_map(|id| self.item(id)).collect();
                let domains: Vec<String> = Domain::ALL
                    .iter()
                    .map(|d| (d, items.iter().filter(|i| i.domain == *d).count()))
                    .filter(|(_, n)| *n > 0)
                    .map(|(d, n)| format!("{} {n}", d.code()))
                    .collect();
                let languages: Vec<&str> = Language::ALL
                    .iter()
                    .filter(|l| {
                        self.texts
                            .get(l)
                            .is_some_and(|t| items.iter().all(|i| t.items.contains_key(&i.id)))
                    })
                    .map(|l| l.code())
                    .collect();
                l10n.tr(
                    "cli-quiz-summary",
                    &[
                        ("quiz", quiz.id.as_str().into()),
                        ("count", items.len().into()),
                        ("domains", domains.join(", ").into()),
                        ("languages", languages.join(" ").into()),
                    ],
                )
            })
            .collect()
    }
}

fn answer_key_is_valid(item: &Item) -> bool {
    let options: BTreeSet<&String> = item.options.iter().collect();
    let unique = options.len() == item.options.len();
    let in_options = item.answer.iter().all(|a| options.contains(a));
    match item.kind {
        ItemKind::Single => {
            unique && item.options.len() >= 2 && item.answer.len() == 1 && in_options
        }
        ItemKind::Multi => {
            unique && item.options.len() >= 2 && !item.answer.is_empty() && in_options
        }
        ItemKind::Truefalse => {
            item.options.is_empty()
                && matches!(item.answer.as_slice(), [a] if a == "true" || a == "false")
        }
        ItemKind::Agree => {
            item.options.is_empty() && item.answer.is_empty() && item.domain == Domain::Confidence
        }
    }
}

fn bank_version(items: &[Item]) -> String {
    let mut hasher = Sha256::new();
    for item in items {
        let line =
            serde_json::to_string(&(&item.id, item.kind, item.domain, &item.options, &item.answer))
                .expect("plain data");
        hasher.update(line.as_bytes());
        hasher.update(b"\n");
    }
    hasher.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect()
}
