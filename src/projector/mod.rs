//! What the projector shows the room when the trainer presents on two screens. The
//! trainer's window says what to show (`Showing`); the projector's window only ever receives
//! the resulting `Frame`, built here: a slide without its notes, a quiz question without who
//! answered what, a blank screen.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::bank::QuizView;
use crate::content::{Library, ModuleView};
use crate::quiz::attempts::{self, Distribution, Phase};
use crate::{sessions, settings, Error, Language, Result, Store};

/// What the trainer asks the projector to show.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Showing {
    /// Nothing yet, or presenting has stopped.
    Idle,
    Blank,
    /// Frame `frame` of a module: 0 is its title, `i` its slide `i - 1`.
    Module {
        module: String,
        lang: Language,
        frame: usize,
    },
    /// Question `index` of the session's quiz; with `reveal`, how the room answered, and
    /// with `facts`, which answers are right.
    Question {
        #[ts(type = "number")]
        session: i64,
        phase: Phase,
        index: usize,
        reveal: bool,
        facts: bool,
    },
}

/// One screenful for the room.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Frame {
    Idle,
    Blank,
    Title {
        lang: Language,
        title: String,
        summary: String,
    },
    Slide {
        lang: Language,
        module_title: String,
        title: String,
        html: String,
    },
    Question {
        lang: Language,
        number: u32,
        total: u32,
        prompt: String,
        options: Vec<ProjectedOption>,
        /// People who answered this question, and people in the session, once revealed.
        answered: Option<Answered>,
        /// The explanation, once the right answers are shown.
        fact: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProjectedOption {
    pub text: String,
    /// Share of those who answered who chose it, in whole percent, once revealed.
    pub share: Option<u32>,
    /// Marked only once the right answers are shown.
    pub right: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct Answered {
    pub answered: u32,
    pub people: u32,
}

impl Frame {
    /// Frame `index` of a presented module (past the last slide: the last slide).
    pub fn of_module(view: &ModuleView, index: usize) -> Frame {
        if index == 0 || view.slides.is_empty() {
            return Frame::Title {
                lang: view.lang,
                title: view.title.clone(),
                summary: view.summary.clone(),
            };
        }
        let slide = &view.slides[(index - 1).min(view.slides.len() - 1)];
        Frame::Slide {
            lang: view.lang,
            module_title: view.title.clone(),
            title: slide.title.clone(),
            html: slide.html.clone(),
        }
    }

    /// Question `index` of `quiz`, with the room's answers when `revealed` is given and the
    /// right answers when `facts` (agreement items have none to show).
    pub fn of_question(
        quiz: &QuizView,
        index: usize,
        revealed: Option<&Distribution>,
        facts: bool,
    ) -> Frame {
        let Some(item) = quiz.items.get(index.min(quiz.items.len().saturating_sub(1))) else {
            return Frame::Idle;
        };
        let share = |option: &str| {
            revealed.map(|d| {
                let count = d.counts.get(option).copied().unwrap_or(0);
                (100 * count + d.answered / 2).checked_div(d.answered).unwrap_or(0).min(100)
            })
        };
        Frame::Question {
            lang: quiz.lang,
            number: index.min(quiz.items.len() - 1) as u32 + 1,
            total: quiz.items.len() as u32,
            prompt: item.prompt.clone(),
            options: item
                .options
                .iter()
                .map(|o| ProjectedOption {
                    text: o.text.clone(),
                    share: share(&o.id),
                    right: facts && item.answer.contains(&o.id),
                })
                .collect(),
            answered: revealed.map(|d| Answered { answered: d.answered, people: d.people }),
            fact: if facts { item.explanation.clone() } else { None },
        }
    }
}

/// The frame for what the trainer asks to show.
pub fn frame(store: &Store, library: &Library, showing: &Showing) -> Result<Frame> {
    match showing {
        Showing::Idle => Ok(Frame::Idle),
        Showing::Blank => Ok(Frame::Blank),
        Showing::Module { module, lang, frame } => {
            Ok(Frame::of_module(&settings::module_view(store, library, module, *lang)?, *frame))
        }
        Showing::Question { session, phase, index, reveal, facts } => {
            let session = sessions::get(store, *session)?;
            let quiz =
                library.bank().view(&session.quiz_id, session.language).ok_or(Error::NotFound)?;
            let revealed = match quiz.items.get(*index) {
                Some(item) if *reveal => {
                    Some(attempts::distribution(store, session.id, *phase, &item.id)?)
                }
                _ => None,
            };
            Ok(Frame::of_question(&quiz, *index, revealed.as_ref(), *facts))
        }
    }
}
