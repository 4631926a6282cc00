//! The training content: modules in five languages, audience templates, myths, diagrams.
//! Loading is validation: every problem is collected, and a module with problems is still
//! listed (flagged) so that the app starts whatever a trainer's edit broke.

pub mod bank;
mod diagram;
mod files;
mod render;
pub mod roleplay;
mod text;
pub mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use diagram::Diagram;
pub use files::Files;
pub use render::{fill_placeholders, to_html, SiteValues};
pub use text::{ModuleText, SlideText, PLACEHOLDERS};

use crate::content::bank::Bank;
use crate::content::roleplay::Checklists;
use crate::content::validate::{line_of, Problem};
use crate::i18n::{Language, Localizer};

/// Who a module or template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Custody,
    Peers,
    Clinical,
    Officers,
}

impl Audience {
    pub const ALL: [Audience; 4] =
        [Audience::Custody, Audience::Peers, Audience::Clinical, Audience::Officers];
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub text: String,
    #[serde(default)]
    #[ts(optional)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleMeta {
    id: String,
    version: u32,
    order: u32,
    minutes: u32,
    audiences: Vec<Audience>,
    #[serde(default)]
    sources: Vec<Source>,
}

#[derive(Debug, Clone)]
pub struct Module {
    meta: ModuleMeta,
    texts: BTreeMap<Language, ModuleText>,
    has_problems: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub id: Audience,
    /// The quiz a session for this audience takes, before, after and at follow-up.
    pub quiz: String,
    pub modules: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Myth {
    pub id: String,
    pub audiences: Vec<Audience>,
}

/// A module as the library lists it, in one language.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleSummary {
    pub id: String,
    pub version: u32,
    pub order: u32,
    pub minutes: u32,
    pub audiences: Vec<Audience>,
    /// The language `title` and `summary` are in: the one asked for, when the module has it.
    pub lang: Language,
    pub title: String,
    pub summary: String,
    pub languages: Vec<Language>,
    pub slide_count: u32,
    pub has_problems: bool,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SlideView {
    pub id: String,
    pub title: String,
    pub html: String,
    pub notes_html: String,
    /// The hard questions people ask, with the notes' answers, for the trainer to find
    /// in one tap during a session.
    pub questions: Vec<HardQuestion>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HardQuestion {
    pub question: String,
    pub answer_html: String,
}

/// A module ready to read or present: Markdown rendered, placeholders filled.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleView {
    pub id: String,
    pub version: u32,
    pub lang: Language,
    pub minutes: u32,
    pub audiences: Vec<Audience>,
    pub title: String,
    pub summary: String,
    pub objectives: Vec<String>,
    pub slides: Vec<SlideView>,
    pub sources: Vec<Source>,
}

/// A country a site can be in, and its emergency number(s), best known first.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: String,
    pub emergency: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    modules: Vec<Module>,
    templates: Vec<Template>,
    myths: Vec<Myth>,
    countries: Vec<Country>,
    bank: Bank,
    diagrams: BTreeMap<String, Diagram>,
    roleplay: Checklists,
    problems: Vec<Problem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TemplatesFile {
    template: Vec<Template>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountriesFile {
    country: Vec<Country>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MythsFile {
    myth: Vec<Myth>,
}

/// Reads the TOML file `rel`, reporting a missing file or a syntax error at its line.
pub(crate) fn read_toml<T: serde::de::DeserializeOwned>(
    files: &Files,
    rel: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let path = files.display_path(rel);
    let Some(text) = files.get(rel) else {
        problems.push(Problem::new(&path, 1, "problem-content-missing-file", &[]));
        return None;
    };
    toml::from_str(text)
        .map_err(|err| {
            let line = err.span().map_or(1, |s| line_of(text, s.start));
            problems.push(Problem::new(
                &path,
                line,
                "problem-content-toml",
                &[("error", err.message())],
            ));
        })
        .ok()
}

/// Points the app at a content folder being edited instead of the bundled content.
pub const CONTENT_DIR_ENV: &str = "RESPOND_CONTENT_DIR";

impl Library {
    /// The content in `$RESPOND_CONTENT_DIR` if set, else the bundled content. A folder
    /// that cannot be read is reported as a problem, and the bundled content is used.
    pub fn load_default() -> Library {
        let Some(dir) = std::env::var_os(CONTENT_DIR_ENV)
            .filter(|d| !d.is_empty())
            .map(std::path::PathBuf::from)
        else {
            return Library::embedded();
        };
        match Files::from_dir(&dir) {
            Ok(files) => Library::load(&files),
            Err(err) => {
                let mut library = Library::embedded();
                library.problems.push(Problem::new(
                    &dir,
                    1,
                    "problem-unreadable",
                    &[("error", &err.to_string())],
                ));
                library
            }
        }
    }

    /// The content shipped with the app.
    pub fn embedded() -> Library {
        Library::load(&Files::embedded())
    }

    pub fn load(files: &Files) -> Library {
        let mut problems: Vec<Problem> = files
            .refused()
            .iter()
            .map(|(rel, message)| Problem::new(&files.display_path(rel), 1, message, &[]))
            .collect();
        let mut diagrams = BTreeMap::new();
        for (name, rel) in files.files_in("diagrams", "svg") {
            let labels_rel = format!("diagrams/{name}.toml");
            let diagram = Diagram::load(
                files.get(&rel).unwrap_or_default(),
                &files.display_path(&rel),
                files.get(&labels_rel),
                &files.display_path(&labels_rel),
                &mut problems,
            );
            diagrams.insert(format!("{name}.svg"), diagram);
        }

        let mut modules = vec![];
        for id in files.folders("modules") {
            if let Some(module) = load_module(files, &id, &diagrams, &mut problems) {
                modules.push(module);
            }
        }
        modules.sort_by_key(|m| (m.meta.order, m.meta.id.clone()));

        let templates = read_toml::<TemplatesFile>(files, "templates.toml", &mut problems)
            .map_or_else(Vec::new, |t| t.template);
        for template in &templates {
            for module in &template.modules {
                if !modules.iter().any(|m| &m.meta.id == module) {
                    let path = files.display_path("templates.toml");
                    let line = files
                        .get("templates.toml")
                        .and_then(|t| t.find(&format!("\"{module}\"")))
                        .map_or(1, |at| {
                            line_of(files.get("templates.toml").unwrap_or_default(), at)
                        });
                    problems.push(Problem::new(
                        &path,
                        line,
                        "problem-content-unknown-module",
                        &[("id", module)],
                    ));
                }
            }
        }

        let myths = read_toml::<MythsFile>(files, "myths.toml", &mut problems)
            .map_or_else(Vec::new, |m| m.myth);
        if let Some(myths_module) = modules.iter().find(|m| m.meta.id == "myths") {
            if let Some(en) = myths_module.texts.get(&Language::En) {
                for myth in &myths {
                    let slide = format!("myth-{}", myth.id);
                    if !en.slides.iter().any(|s| s.id == slide) {
                        problems.push(Problem::new(
                            &files.display_path("modules/myths/en.md"),
                            1,
                            "problem-content-myth-without-slide",
                            &[("id", &myth.id), ("slide", &slide)],
                        ));
                    }
                }
            }
        }

        let countries = read_toml::<CountriesFile>(files, "countries.toml", &mut problems)
            .map_or_else(Vec::new, |c| c.country);
        for country in countries
            .iter()
            .filter(|c| c.emergency.is_empty() || c.emergency.iter().any(|n| n.trim().is_empty()))
        {
            problems.push(Problem::new(
                &files.display_path("countries.toml"),
                1,
                "problem-content-no-emergency-number",
                &[("code", &country.code)],
            ));
        }

        let module_ids = modules.iter().map(|m| m.meta.id.clone()).collect();
        let myth_ids = myths.iter().map(|m| m.id.clone()).collect();
        let bank = Bank::load(files, &module_ids, &myth_ids, &mut problems);
        // Without any quiz, the bank's own problems say why; each template is not blamed too.
        let has_quizzes = !bank.quizzes(Language::En).is_empty();
        for template in
            templates.iter().filter(|t| has_quizzes && bank.quiz_items(&t.quiz).is_none())
        {
            let text = files.get("templates.toml").unwrap_or_default();
            let line =
                text.find(&format!("\"{}\"", template.quiz)).map_or(1, |at| line_of(text, at));
            problems.push(Problem::new(
                &files.display_path("templates.toml"),
                line,
                "problem-content-unknown-quiz",
                &[("id", &template.quiz)],
            ));
        }

        let roleplay = Checklists::load(files, &mut problems);
        Library { modules, templates, myths, countries, bank, diagrams, roleplay, problems }
    }

    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    pub fn templates(&self) -> &[Template] {
        &self.templates
    }

    pub fn myths(&self) -> &[Myth] {
        &self.myths
    }

    /// The quiz item bank.
    pub fn bank(&self) -> &Bank {
        &self.bank
    }

    /// The role-play checklists.
    pub fn roleplay(&self) -> &Checklists {
        &self.roleplay
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The placeholder values of a site in `country` (112 when unknown), in `lang`.
    pub fn site_values(
        &self,
        country: Option<&str>,
        local_services: &[String],
        lang: Language,
    ) -> SiteValues {
        let l10n = Localizer::new(lang);
        let numbers = self
            .countries
            .iter()
            .find(|c| Some(c.code.as_str()) == country)
            .map_or(&[][..], |c| &c.emergency[..]);
        let emergency_number = match numbers {
            [] => "112".to_string(),
            [one] => one.clone(),
            [first, second, ..] => l10n.tr(
                "emergency-number-or",
                &[("first", first.as_str().into()), ("second", second.as_str().into())],
            ),
        };
        SiteValues {
            emergency_number,
            local_services: local_services.to_vec(),
            no_services: l10n.tr("local-services-none", &[]),
        }
    }

    pub fn module(&self, id: &str) -> Option<&Module> {
        self.modules.iter().find(|m| m.meta.id == id)
    }

    /// Where module `id` comes in teaching order (unknown ids last).
    pub fn teaching_order(&self, id: &str) -> usize {
        self.modules.iter().position(|m| m.meta.id == id).unwrap_or(usize::MAX)
    }

    /// Every module in teaching order, in `lang` where the module has it.
    pub fn summaries(&self, lang: Language) -> Vec<ModuleSummary> {
        self.modules
            .iter()
            .filter_map(|m| {
                let (text_lang, text) =
                    m.texts.get_key_value(&lang).or_else(|| m.texts.iter().next())?;
                Some(ModuleSummary {
                    id: m.meta.id.clone(),
                    version: m.meta.version,
                    order: m.meta.order,
                    minutes: m.meta.minutes,
                    audiences: m.meta.audiences.clone(),
                    lang: *text_lang,
                    title: text.title.clone(),
                    summary: text.summary.clone(),
                    languages: m.texts.keys().copied().collect(),
                    slide_count: text.slides.len() as u32,
                    has_problems: m.has_problems,
                })
            })
            .collect()
    }

    /// Module `id` in `lang`, rendered for `site`; `None` if it does not exist in `lang`.
    pub fn view(&self, id: &str, lang: Language, site: &SiteValues) -> Option<ModuleView> {
        let module = self.module(id)?;
        let text = module.texts.get(&lang)?;
        let image = |name: &str| self.diagrams.get(name).map(|d| d.data_uri(lang));
        let render = |md: &str| to_html(&fill_placeholders(md, site), &image);
        Some(ModuleView {
            id: module.meta.id.clone(),
            version: module.meta.version,
            lang,
            minutes: module.meta.minutes,
            audiences: module.meta.audiences.clone(),
            title: text.title.clone(),
            summary: text.summary.clone(),
            objectives: text.objectives.clone(),
            slides: text
                .slides
                .iter()
                .map(|s| SlideView {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    html: render(&s.body),
                    notes_html: render(&s.notes),
                    questions: render::hard_questions(&s.notes)
                        .into_iter()
                        .map(|(question, answer)| HardQuestion {
                            question,
                            answer_html: render(&answer),
                        })
                        .collect(),
                })
                .collect(),
            sources: module.meta.sources.clone(),
        })
    }
}

impl Module {
    pub fn id(&self) -> &str {
        &self.meta.id
    }

    pub fn text(&self, lang: Language) -> Option<&ModuleText> {
        self.texts.get(&lang)
    }
}

fn load_module(
    files: &Files,
    id: &str,
    diagrams: &BTreeMap<String, Diagram>,
    problems: &mut Vec<Problem>,
) -> Option<Module> {
    let before = problems.len();
    let meta_rel = format!("modules/{id}/module.toml");
    let meta: ModuleMeta = read_toml(files, &meta_rel, problems)?;
    let meta_path = files.display_path(&meta_rel);
    if meta.id != id {
        problems.push(Problem::new(
            &meta_path,
            1,
            "problem-content-id-mismatch",
            &[("id", &meta.id), ("folder", id)],
        ));
    }
    if meta.version == 0 || meta.minutes == 0 {
        problems.push(Problem::new(
            &meta_path,
            1,
            "problem-content-empty-field",
            &[("field", if meta.version == 0 { "version" } else { "minutes" })],
        ));
    }
    if meta.audiences.is_empty() {
        problems.push(Problem::new(
            &meta_path,
            1,
            "problem-content-empty-field",
            &[("field", "audiences")],
        ));
    }
    if meta.sources.is_empty() || meta.sources.iter().any(|s| s.text.trim().is_empty()) {
        problems.push(Problem::new(&meta_path, 1, "problem-content-no-sources", &[]));
    }

    let mut texts = BTreeMap::new();
    for lang in Language::ALL {
        let rel = format!("modules/{id}/{}.md", lang.code());
        let path = files.display_path(&rel);
        let Some(source) = files.get(&rel) else {
            problems.push(Problem::new(
                &path,
                1,
                "problem-content-missing-language",
                &[("id", id), ("lang", lang.code())],
            ));
            continue;
        };
        text::check_markdown(source, &path, &|name| diagrams.contains_key(name), problems);
        if let Some(parsed) = text::parse(source, &path, problems) {
            texts.insert(lang, parsed);
        }
    }

    // Every language has the slides English has, in the same order.
    if let Some(english) = texts.get(&Language::En) {
        let expected: Vec<&str> = english.slides.iter().map(|s| s.id.as_str()).collect();
        for (lang, text) in texts.iter().filter(|(l, _)| **l != Language::En) {
            let path = files.display_path(&format!("modules/{id}/{}.md", lang.code()));
            for i in 0..expected.len().max(text.slides.len()) {
                match (text.slides.get(i), expected.get(i)) {
                    (Some(found), Some(want)) if found.id != *want => {
                        problems.push(Problem::new(
                            &path,
                            found.line,
                            "problem-content-slide-order",
                            &[("found", &found.id), ("expected", want)],
                        ));
                        break;
                    }
                    (None, Some(want)) => {
                        let line = text.slides.last().map_or(1, |s| s.line);
                        problems.push(Problem::new(
                            &path,
                            line,
                            "problem-content-slide-missing",
                            &[("id", want)],
                        ));
                        break;
                    }
                    (Some(found), None) => {
                        problems.push(Problem::new(
                            &path,
                            found.line,
                            "problem-content-slide-extra",
                            &[("id", &found.id)],
                        ));
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
    Some(Module { meta, texts, has_problems: problems.len() > before })
}
