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
            app.manage(AppState { store: Mutex::new(None), data_dir, backed_up: AtomicBool::new(false), library, saved_as: Mutex::default() });
            commands::data::start_daily_backups(app.handle().clone());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::settings::get_settings,
            commands::settings::set_language,
            commands::settings::set_text_size,
            commands::settings::set_site,
            commands::modules::list_modules,
            commands::modules::get_module,
            commands::modules::list_templates,
            commands::modules::list_countries,
            commands::modules::content_problems,
            commands::sessions::list_sessions,
            commands::sessions::list_sites,
            commands::sessions::get_session,
            commands::sessions::create_session,
            commands::sessions::update_session,
            commands::sessions::close_session,
            commands::sessions::delete_session,
            commands::roster::list_participants,
            commands::roster::add_participant,
            commands::roster::update_participant,
            commands::roster::remove_participant,
            commands::quiz::list_quizzes,
            commands::quiz::get_quiz,
            commands::quiz::take_quiz,
            commands::quiz::record_answer,
            commands::quiz::record_sheet,
            commands::quiz::clear_answers,
            commands::quiz::get_answers,
            commands::quiz::session_results,
            commands::quiz::answer_distribution,
            commands::print::preview_printout,
            commands::print::save_printout,
            commands::print::save_printout_as,
            commands::print::open_printout,
            commands::followup::followup_overview,
            commands::followup::set_followup_window,
            commands::followup::find_by_code,
            commands::followup::find_by_sgic,
            commands::followup::confirm_match,
            commands::followup::record_no_match,
            commands::followup::match_rate,
            commands::followup::record_booster,
            commands::followup::save_calendar,
            commands::results::results_view,
            commands::results::load_demo,
            commands::results::save_export,
            commands::results::save_export_as,
            commands::app::app_info,
            commands::app::ui_ready,
            commands::data::data_status,
            commands::data::passphrase_strength,
            commands::data::create_database,
            commands::data::unlock,
            commands::data::lock,
            commands::data::change_passphrase,
            commands::data::get_data_settings,
            commands::data::set_data_settings,
            commands::data::list_backups,
            commands::data::back_up_now,
            commands::data::preview_backup,
            commands::data::restore_backup,
            commands::data::audit_log,
            commands::data::export_audit,
            commands::data::erase_session_names,
            commands::data::erase_participant_name,
        ])
        .run(tauri::generate_context!())
        .expect("error while running Respond");
}
