fn main() {
    // Declaring the app's commands makes Tauri permission-check them against capabilities/.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&["get_settings", "set_language", "set_text_size", "app_info", "ui_ready"])),
    )
    .expect("tauri build script");
}
