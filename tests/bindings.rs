//! The UI's TypeScript types must match the Rust types they mirror.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ts"))
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().to_string(), fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/ipc/bindings");
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        fs::create_dir_all(&committed).unwrap();
        for old in read_dir(&committed).keys() {
            fs::remove_file(committed.join(old)).unwrap();
        }
        respond::bindings::export_all(&committed).unwrap();
    }
    let fresh = tempfile::tempdir().unwrap();
    respond::bindings::export_all(fresh.path()).unwrap();
    let expected = read_dir(fresh.path());
    assert!(
        expected.contains_key("IpcError.ts") && expected.contains_key("Language.ts"),
        "{:?}",
        expected.keys()
    );
    let committed = read_dir(&committed);
    let names: std::collections::BTreeSet<&String> =
        committed.keys().chain(expected.keys()).collect();
    let drifted: Vec<&String> =
        names.into_iter().filter(|n| committed.get(*n) != expected.get(*n)).collect();
    assert!(drifted.is_empty(), "ui/src/ipc/bindings is out of date ({drifted:?}): run `UPDATE_BINDINGS=1 cargo test --test bindings`");
}
