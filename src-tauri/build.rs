fn main() {
    // Declaring the app's commands makes Tauri permission-check them against capabilities/.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&[
                "get_settings",
                "set_language",
                "set_text_size",
                "set_site",
                "app_info",
                "ui_ready",
                "list_modules",
                "get_module",
                "list_templates",
                "list_countries",
                "content_problems",
            ])),
    )
    .expect("tauri build script");
}
