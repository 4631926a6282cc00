//! The smallest Tauri app built the same way as Respond: one window, one page, one command.

#[tauri::command]
fn ui_ready() {
    respond::bench::report_ready();
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ui_ready])
        .run(tauri::generate_context!())
        .expect("error while running hello-tauri");
}
