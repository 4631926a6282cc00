//! The projector on a second screen: a window of its own, full screen on the other display,
//! that shows only the frames the trainer's window asks for. Its capability allows one
//! command, `projector_frame`; `lib.rs` refuses it every other.

use respond::projector::{self, Frame, Showing};
use respond::IpcError;
use tauri::{AppHandle, Emitter, Manager, State, WebviewUrl, WebviewWindow, WindowEvent};

use super::with_store;
use crate::AppState;

/// The projector window's label, as its capability names it.
pub const LABEL: &str = "projector";
/// The one command the projector window may call.
pub const COMMAND: &str = "projector_frame";
const FRAME_EVENT: &str = "projector-frame";
const CLOSED_EVENT: &str = "projector-closed";

fn shell_error(e: tauri::Error) -> IpcError {
    IpcError::internal(e.to_string())
}

/// Opens the projector full screen on a display other than the trainer's window's. False
/// when there is only one display: the trainer's window then presents as it always has.
#[tauri::command]
pub async fn projector_open(app: AppHandle, window: WebviewWindow) -> Result<bool, IpcError> {
    if app.get_webview_window(LABEL).is_some() {
        return Ok(true);
    }
    let monitors = app.available_monitors().map_err(shell_error)?;
    let here = match window.current_monitor().map_err(shell_error)? {
        Some(monitor) => Some(monitor),
        None => app.primary_monitor().map_err(shell_error)?,
    };
    let here = here.map(|m| *m.position());
    let Some(other) = monitors.iter().find(|m| Some(*m.position()) != here) else {
        return Ok(false);
    };
    let scale = other.scale_factor();
    let at = other.position().to_logical::<f64>(scale);
    let size = other.size().to_logical::<f64>(scale);
    let projector =
        tauri::WebviewWindowBuilder::new(&app, LABEL, WebviewUrl::App("projector.html".into()))
            .title("Respond")
            .position(at.x, at.y)
            .inner_size(size.width, size.height)
            .decorations(false)
            .focused(false)
            .build()
            .map_err(shell_error)?;
    projector.set_fullscreen(true).map_err(shell_error)?;
    // Keys (a clicker's too) must keep reaching the trainer's window: a click on the
    // projected picture hands the focus straight back.
    let trainer = window.clone();
    projector.on_window_event(move |event| match event {
        WindowEvent::Focused(true) => {
            let _ = trainer.set_focus();
        }
        // Closed on its own: the trainer's window goes back to presenting on one screen.
        WindowEvent::Destroyed => {
            let _ = trainer.emit_to(trainer.label(), CLOSED_EVENT, ());
        }
        _ => {}
    });
    Ok(true)
}

/// Shows `showing` on the projector (if it is open), keeps it for a reloaded projector, and
/// returns the frame so that the trainer's window draws exactly what the room sees.
#[tauri::command]
pub async fn projector_show(
    app: AppHandle,
    state: State<'_, AppState>,
    showing: Showing,
) -> Result<Frame, IpcError> {
    let frame = with_store(&state, |store| projector::frame(store, state.library(), &showing))?;
    *state.projected.lock().expect("projected frame") = frame.clone();
    if app.get_webview_window(LABEL).is_some() {
        app.emit_to(LABEL, FRAME_EVENT, &frame).map_err(shell_error)?;
    }
    Ok(frame)
}

/// Whether the projector is still up. A display unplugged mid-talk would leave its window
/// full screen over the trainer's own: with one display left, it is closed.
#[tauri::command]
pub async fn projector_check(app: AppHandle, state: State<'_, AppState>) -> Result<bool, IpcError> {
    if app.get_webview_window(LABEL).is_none() {
        return Ok(false);
    }
    if app.available_monitors().map_err(shell_error)?.len() < 2 {
        close(&app, &state);
        return Ok(false);
    }
    Ok(true)
}

/// Closes the projector, if open.
#[tauri::command]
pub async fn projector_close(app: AppHandle, state: State<'_, AppState>) -> Result<(), IpcError> {
    close(&app, &state);
    Ok(())
}

/// What the projector shows now: the projector window asks once it has loaded.
#[tauri::command]
pub async fn projector_frame(state: State<'_, AppState>) -> Result<Frame, IpcError> {
    Ok(state.projected.lock().expect("projected frame").clone())
}

/// Closes the projector window and forgets its frame (the trainer's window closed, or
/// presenting stopped).
pub fn close(app: &AppHandle, state: &AppState) {
    *state.projected.lock().expect("projected frame") = Frame::Idle;
    if let Some(projector) = app.get_webview_window(LABEL) {
        let _ = projector.destroy();
    }
}
