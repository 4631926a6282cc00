//! The desktop shell: opens the window and maps IPC commands onto the core.

mod commands;

use std::sync::{Arc, Mutex, OnceLock};

use respond::content::Library;
use respond::data::vault::Vault;
use tauri::Manager;

/// What the commands share: the database (locked or open) and the training content.
pub struct AppState {
    vault: Vault,
    /// Loaded on a thread of its own so that the window paints without waiting for it.
    library: Arc<OnceLock<Library>>,
    /// Files the trainer saved through the save dialog in this run: the app may open them.
    saved_as: Mutex<Vec<std::path::PathBuf>>,
}

impl AppState {
    /// The training content, once loaded (commands wait for it the first time).
    fn library(&self) -> &Library {
        self.library.wait()
    }
}

pub fn run() {
    let handler: fn(tauri::ipc::Invoke) -> bool = include!(concat!(env!("OUT_DIR"), "/handler.rs"));
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let data_dir = respond::data::store::data_dir().map_err(|e| e.to_string())?;
            let library = Arc::new(OnceLock::new());
            let loading = Arc::clone(&library);
            std::thread::spawn(move || {
                loading.get_or_init(Library::load_default);
            });
            app.manage(AppState {
                vault: Vault::new(data_dir),
                library,
                saved_as: Mutex::default(),
            });
            commands::data::start_daily_backups(app.handle().clone());
            Ok(())
        })
        .invoke_handler(move |invoke| {
            // While the quiz kiosk runs, the window gets only the kiosk's own commands,
            // whatever the page asks (a console, a reloaded page, a crafted call).
            let webview = invoke.message.webview();
            let allowed =
                commands::kiosk::allows(&webview.state::<AppState>(), invoke.message.command());
            if !allowed {
                invoke.resolver.reject(commands::kiosk::refusal());
                return true;
            }
            handler(invoke)
        })
        .run(tauri::generate_context!())
        .expect("error while running Respond");
}
