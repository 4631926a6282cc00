//! The desktop shell: opens the window and maps IPC commands onto the core.

mod commands;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, OnceLock};

use respond::content::Library;
use respond::Store;
use tauri::Manager;

/// What the commands share: the open database and the training content.
pub struct AppState {
    /// `None` while locked: the connection, and with it the key, is dropped.
    store: Mutex<Option<Store>>,
    /// The data folder, known before the database is unlocked.
    data_dir: PathBuf,
    /// Whether this run has made its backup at the first unlock.
    backed_up: AtomicBool,
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

    /// The store slot. A panic elsewhere while it was held does not leave the app unusable:
    /// the connection is still sound (SQLite rolled back what was unfinished).
    fn store(&self) -> std::sync::MutexGuard<'_, Option<Store>> {
        self.store.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

pub fn run() {
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
                store: Mutex::new(None),
                data_dir,
                backed_up: AtomicBool::new(false),
                library,
                saved_as: Mutex::default(),
            });
            commands::data::start_daily_backups(app.handle().clone());
            Ok(())
        })
        .invoke_handler(include!(concat!(env!("OUT_DIR"), "/handler.rs")))
        .run(tauri::generate_context!())
        .expect("error while running Respond");
}
