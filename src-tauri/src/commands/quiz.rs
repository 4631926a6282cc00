use std::collections::BTreeMap;

use respond::content::bank::{QuizInfo, QuizView};
use respond::quiz::attempts::{self, AnswerInput, Distribution, Phase, SessionResults};
use respond::{Error, IpcError, Language};
use tauri::State;

use super::with_store;
use crate::AppState;

#[tauri::command]
pub async fn list_quizzes(
    state: State<'_, AppState>,
    lang: Language,
) -> Result<Vec<QuizInfo>, IpcError> {
    Ok(state.library().bank().quizzes(lang))
}

#[tauri::command]
pub async fn get_quiz(
    state: State<'_, AppState>,
    id: String,
    lang: Language,
) -> Result<QuizView, IpcError> {
    state.library().bank().view(&id, lang).ok_or_else(|| Error::NotFound.into())
}
#[tauri::command]
pub async fn record_sheet(
    state: State<'_, AppState>,
    participant: i64,
    phase: Phase,
    answers: Vec<AnswerInput>,
) -> Result<(), IpcError> {
    with_store(&state, |store| {
        attempts::record_sheet(store, state.library(), participant, phase, &answers)
    })
}

#[tauri::command]
pub async fn clear_answers(
    state: State<'_, AppState>,
    participant: i64,
    phase: Phase,
) -> Result<(), IpcError> {
    with_store(&state, |store| attempts::clear(store, participant, phase))
}

#[tauri::command]
pub async fn get_answers(
    state: State<'_, AppState>,
    participant: i64,
    phase: Phase,
) -> Result<BTreeMap<String, Vec<String>>, IpcError> {
    with_store(&state, |store| attempts::answers(store, participant, phase))
}

#[tauri::command]
pub async fn session_results(
    state: State<'_, AppState>,
    session: i64,
) -> Result<SessionResults, IpcError> {
    with_store(&state, |store| attempts::session_results(store, state.library(), session))
}

#[tauri::command]
pub async fn answer_distribution(
    state: State<'_, AppState>,
    session: i64,
    phase: Phase,
    item: String,
) -> Result<Distribution, IpcError> {
    with_store(&state, |store| attempts::distribution(store, session, phase, &item))
}
