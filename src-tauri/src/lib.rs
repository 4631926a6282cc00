//! The desktop shell: opens the window and maps IPC commands onto the core.

mod commands;

use std::sync::Mutex;

use respond::Store;
use tauri::Manager;

/// The open database, shared by the commands.
pub struct AppState {
    store: Mutex<Store>,
}

pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let store = Store::open_default().map_err(|e| e.to_string())?;
            app.manage(AppState { store: Mutex::new(store) });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::settings::get_settings,
            commands::settings::set_language,
            commands::settings::set_text_size,
            commands::app::app_info,
            commands::app::ui_ready,
        ])
        .run(tauri::generate_context!())
        .expect("error while running Respond");
}
