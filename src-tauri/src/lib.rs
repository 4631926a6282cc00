//! The desktop shell: opens the window and maps IPC commands onto the core.

mod commands;

use std::sync::{Arc, Mutex, OnceLock};

use respond::content::Library;
use respond::data::vault::Vault;
use tauri::Manager;

/// What the commands share: the database (locked or open) and the training content.
pub struct AppState {
    vault: Vault,
    /// Loaded once the window has painted (`ui_ready`), on a thread of its own: on a
    /// two-core laptop, parsing every module in five languages slowed the first paint.
    /// Nothing on the start screen needs it; a command that does waits for it.
    library: Arc<OnceLock<Library>>,
    /// Files the trainer saved through the save dialog in this run: the app may open them.
    saved_as: Mutex<Vec<std::path::PathBuf>>,
    /// What the projector shows, for a projector window that (re)loads.
    projected: Mutex<respond::projector::Frame>,
    jobs: commands::jobs::Jobs,
}

impl AppState {
    /// The training content, once loaded (commands wait for it the first time).
    fn library(&self) -> &Library {
        self.library.get_or_init(Library::load_default)
    }

    /// Starts loading the content in the background, once.
    fn load_library(&self) {
        if self.library.get().is_none() {
            let loading = Arc::clone(&self.library);
            std::thread::spawn(move || {
                loading.get_or_init(Library::load_default);
            });
        }
    }
}

/// Opens the main window at its last size (or 1280×800), fitted to the screen, and keeps
/// its size as it changes (a crash or a power cut keeps it too).
fn open_window(app: &tauri::App, data_dir: &std::path::Path) -> tauri::Result<()> {
    use respond::data::window::{self, Placement, Size};
    let config = app.config().app.windows.iter().find(|w| w.label == "main").cloned();
    let Some(config) = config else { return Ok(()) };
    let saved = window::load(data_dir);
    let wanted = saved.map_or(window::DEFAULT, |p| p.size);
    let screen = app.primary_monitor()?.map(|m| {
        let area = m.work_area().size.to_logical::<f64>(m.scale_factor());
        Size { width: area.width, height: area.height }
    });
    let size = screen.map_or(wanted, |screen| window::fit(wanted, screen));
    let main = tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?
        .inner_size(size.width, size.height)
        .maximized(saved.is_some_and(|p| p.maximized))
        .center()
        .build()?;
    let dir = data_dir.to_path_buf();
    let watched = main.clone();
    main.on_window_event(move |event| {
        if matches!(event, tauri::WindowEvent::Destroyed) {
            // The projector is part of the trainer's window: it never stays on its own.
            let app = watched.app_handle();
            commands::projector::close(app, &app.state::<AppState>());
            return;
        }
        if !matches!(event, tauri::WindowEvent::Resized(_)) {
            return;
        }
        // The kiosk's full screen is no size to come back to.
        if watched.is_fullscreen().unwrap_or(true) {
            return;
        }
        let (Ok(inner), Ok(scale)) = (watched.inner_size(), watched.scale_factor()) else {
            return;
        };
        let logical = inner.to_logical::<f64>(scale);
        let placement = Placement {
            size: Size { width: logical.width, height: logical.height },
            maximized: watched.is_maximized().unwrap_or(false),
        };
        let _ = window::save(&dir, &placement);
    });
    Ok(())
}

pub fn run() {
    let handler: fn(tauri::ipc::Invoke) -> bool = include!(concat!(env!("OUT_DIR"), "/handler.rs"));
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let data_dir = respond::data::store::data_dir().map_err(|e| e.to_string())?;
            open_window(app, &data_dir)?;
            app.manage(AppState {
                vault: Vault::new(data_dir),
                library: Arc::new(OnceLock::new()),
                saved_as: Mutex::default(),
                projected: Mutex::new(respond::projector::Frame::Idle),
                jobs: commands::jobs::Jobs::default(),
            });
            commands::data::start_daily_backups(app.handle().clone());
            Ok(())
        })
        .invoke_handler(move |invoke| {
            // Refused whatever the page asks (a console, a reloaded page, a crafted call):
            // the projector window reads its frame and nothing else; while the quiz kiosk
            // runs, only its own commands; in mentor mode, nothing that deletes, erases or
            // changes the set-up.
            let webview = invoke.message.webview();
            let command = invoke.message.command();
            if webview.label() == commands::projector::LABEL
                && command != commands::projector::COMMAND
            {
                invoke.resolver.reject(respond::IpcError::internal("not the projector's command"));
                return true;
            }
            // Stopping a job sets a flag and nothing else. It is answered before the checks
            // below, which wait for the database, and so for the very job to be stopped.
            if command == commands::jobs::CANCEL {
                return handler(invoke);
            }
            let state = webview.state::<AppState>();
            if !commands::kiosk::allows(&state, command) {
                invoke.resolver.reject(commands::kiosk::refusal());
                return true;
            }
            if !commands::mentor::allows(&state, command) {
                invoke.resolver.reject(commands::mentor::refusal());
                return true;
            }
            handler(invoke)
        })
        .run(tauri::generate_context!())
        .expect("error while running Respond");
}
