//! The quiz kiosk: started by the trainer, then the only thing the window can do until the
//! trainer leaves it with the PIN (or the passphrase).

use respond::quiz::attempts::{AnswerInput, Phase, Reviewed};
use respond::quiz::kiosk::{self, Exit, KioskState, KioskTaking};
use respond::{Error, IpcError};
use tauri::{State, Window};

use super::with_store;
use crate::AppState;

/// The kiosk fills the screen; a window manager that refuses is no reason to fail.
fn fill_screen(window: &Window, on: bool) {
    let _ = window.set_fullscreen(on);
}

#[tauri::command]
pub async fn kiosk_start(
    window: Window,
    state: State<'_, AppState>,
    session: i64,
    phase: Phase,
    pin: String,
) -> Result<KioskState, IpcError> {
    let started =
        with_store(&state, |store| kiosk::start(store, state.library(), session, phase, &pin))?;
    fill_screen(&window, true);
    Ok(started)
}

/// What the kiosk shows; `not-found` when none runs (the trainer's view is shown).
#[tauri::command]
pub async fn kiosk_state(
    window: Window,
    state: State<'_, AppState>,
) -> Result<KioskState, IpcError> {
    let running = with_store(&state, |store| kiosk::state(store, state.library()))?;
    fill_screen(&window, true);
    Ok(running)
}

#[tauri::command]
pub async fn kiosk_begin(
    state: State<'_, AppState>,
    code: String,
) -> Result<KioskTaking, IpcError> {
    with_store(&state, |store| kiosk::begin(store, state.library(), &code))
}

/// Stores one answer; the kiosk moves on only once this has returned.
#[tauri::command]
pub async fn kiosk_answer(state: State<'_, AppState>, answer: AnswerInput) -> Result<(), IpcError> {
    with_store(&state, |store| kiosk::answer(store, state.library(), &answer))
}

#[tauri::command]
pub async fn kiosk_review(state: State<'_, AppState>) -> Result<Vec<Reviewed>, IpcError> {
    with_store(&state, |store| kiosk::review(store, state.library()))
}

#[tauri::command]
pub async fn kiosk_next(state: State<'_, AppState>) -> Result<(), IpcError> {
    with_store(&state, kiosk::next)
}

/// Leaves the kiosk. A wrong PIN answers how many tries are left; too many lock Respond,
/// which the passphrase opens again.
#[tauri::command]
pub async fn kiosk_exit(
    window: Window,
    state: State<'_, AppState>,
    secret: zeroize::Zeroizing<String>,
) -> Result<Exit, IpcError> {
    match with_store(&state, |store| kiosk::exit(store, &secret))? {
        Exit::LockedOut => {
            state.vault.lock();
            Err(Error::Locked.into())
        }
        Exit::Left => {
            fill_screen(&window, false);
            Ok(Exit::Left)
        }
        wrong => Ok(wrong),
    }
}

/// Whether `command` may run now: everything when no kiosk runs (or while locked, when
/// only the unlock screen's commands work anyway), the kiosk's own commands when one does.
pub fn allows(state: &AppState, command: &str) -> bool {
    kiosk::ALLOWED.contains(&command) || !state.vault.with_store(kiosk::is_active).unwrap_or(false)
}

/// The answer of a refused command.
pub fn refusal() -> IpcError {
    Error::KioskActive.into()
}
