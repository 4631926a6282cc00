//! Embeds the Fluent files, the bundled content and the numbered SQL migrations. `include_str!` makes Cargo
//! rebuild when one of them changes; `rerun-if-changed` on the folders catches new files.
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn sorted_files(dir: &Path, ext: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    files.sort();
    files
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=content");

    let mut out = String::from("pub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir(root.join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for lang in langs {
        let code = lang.file_name().unwrap().to_string_lossy().to_string();
        for file in sorted_files(&lang, "ftl") {
            let name = file.file_name().unwrap().to_string_lossy();
            writeln!(
                out,
                "    ({code:?}, {name:?}, include_str!({:?})),",
                file.display().to_string()
            )
            .unwrap();
        }
    }
    out.push_str("];\n\npub static MIGRATIONS: &[(&str, &str)] = &[\n");
    for file in sorted_files(&root.join("migrations"), "sql") {
        let name = file.file_name().unwrap().to_string_lossy();
        writeln!(out, "    ({name:?}, include_str!({:?})),", file.display().to_string()).unwrap();
    }
    out.push_str("];\n\npub static CONTENT_FILES: &[(&str, &str)] = &[\n");
    let content = root.join("content");
    let mut stack = vec![content.clone()];
    let mut files = vec![];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "md" || x == "toml" || x == "svg")
                && path != content.join("README.md")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    for file in files {
        let rel = file.strip_prefix(&content).unwrap().to_string_lossy().replace('\\', "/");
        writeln!(out, "    ({rel:?}, include_str!({:?})),", file.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    fs::write(Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs"), out).unwrap();
}
