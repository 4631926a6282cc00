//! The content files, from the binary or from a folder a trainer is editing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::embedded::CONTENT_FILES;

/// Content files by path relative to the content folder, with `/` separators.
#[derive(Debug, Clone)]
pub struct Files {
    root: PathBuf,
    files: BTreeMap<String, String>,
    /// Entries of a content folder that were not read, with the message id that says why.
    refused: Vec<(String, &'static str)>,
}

/// A content file is text a person wrote: anything bigger is not one.
const MAX_FILE_BYTES: u64 = 1 << 20;
/// Folders below the content folder deeper than this are not read.
const MAX_FOLDER_DEPTH: usize = 6;

impl Files {
    /// The content shipped inside the binary (checked by `cargo test`).
    pub fn embedded() -> Files {
        let files =
            CONTENT_FILES.iter().map(|(rel, text)| (rel.to_string(), text.to_string())).collect();
        Files { root: PathBuf::from("content"), files, refused: vec![] }
    }

    /// Every .md, .toml and .svg file below `dir` (its README excepted). Links, pipes,
    /// devices, files over 1 MB and folders nested too deeply are not read, and say so.
    pub fn from_dir(dir: &Path) -> std::io::Result<Files> {
        let mut files = BTreeMap::new();
        let mut refused = vec![];
        let mut stack = vec![(dir.to_path_buf(), 0)];
        while let Some((current, depth)) = stack.pop() {
            for entry in std::fs::read_dir(&current)? {
                let entry = entry?;
                let path = entry.path();
                let rel =
                    path.strip_prefix(dir).expect("below dir").to_string_lossy().replace('\\', "/");
                // The entry itself, never what a link points to.
                let kind = entry.file_type()?;
                if kind.is_dir() {
                    if depth < MAX_FOLDER_DEPTH {
                        stack.push((path, depth + 1));
                    } else {
                        refused.push((rel, "problem-content-too-deep"));
                    }
                    continue;
                }
                let wanted =
                    path.extension().is_some_and(|x| x == "md" || x == "toml" || x == "svg");
                if !wanted || path == dir.join("README.md") {
                    continue;
                }
                if !kind.is_file() {
                    refused.push((rel, "problem-content-not-a-file"));
                } else if entry.metadata()?.len() > MAX_FILE_BYTES {
                    refused.push((rel, "problem-content-too-large"));
                } else {
                    // A file that is not UTF-8 is kept as an empty one so that its problem
                    // is reported.
                    files.insert(rel, std::fs::read_to_string(&path).unwrap_or_default());
                }
            }
        }
        Ok(Files { root: dir.to_path_buf(), files, refused })
    }

    /// What a content folder held that was not read, as (relative path, message id).
    pub fn refused(&self) -> &[(String, &'static str)] {
        &self.refused
    }

    /// Builds a set in memory (tests).
    pub fn from_pairs<'a>(
        root: &str,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Files {
        Files {
            root: PathBuf::from(root),
            files: pairs.into_iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            refused: vec![],
        }
    }

    pub fn get(&self, rel: &str) -> Option<&str> {
        self.files.get(rel).map(String::as_str)
    }

    /// The path to show in a problem report.
    pub fn display_path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Names of the sub-folders of `dir` (relative), e.g. the module ids below `modules`.
    pub fn folders(&self, dir: &str) -> Vec<String> {
        let prefix = format!("{dir}/");
        let mut names: Vec<String> = self
            .files
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .filter_map(|rest| rest.split_once('/').map(|(folder, _)| folder.to_string()))
            .collect();
        names.dedup();
        names
    }

    /// Files directly in `dir` with the extension `ext`, as (stem, relative path).
    pub fn files_in(&self, dir: &str, ext: &str) -> Vec<(String, String)> {
        let prefix = format!("{dir}/");
        self.files
            .keys()
            .filter_map(|k| {
                let name = k.strip_prefix(&prefix)?;
                let stem = name.strip_suffix(&format!(".{ext}"))?;
                (!stem.contains('/')).then(|| (stem.to_string(), k.clone()))
            })
            .collect()
    }
}
