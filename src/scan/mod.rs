//! Paper answer sheets read back from scans or photos: each page found by its corner
//! squares and named by its QR code, every box measured, and every question decided as
//! read or as needing a person's eyes. Nothing here is saved: the entry grid shows what was
//! read, the trainer confirms what is uncertain, and only then are the answers stored
//! (`quiz::attempts::record_scanned`), each marked as scanned, with the files' hashes in the audit log.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;

use base64::Engine;
use image::GrayImage;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::content::bank::ItemKind;
use crate::content::Library;
use crate::pdf::{Paper, Rect};
use crate::print::sheets::{self, PageId, SheetPage};
use crate::quiz::attempts::{AnswerInput, Phase};
use crate::sessions::roster;
use crate::{Error, Result, Store};

pub mod corpus;
mod input;
pub mod marks;
mod page;

pub use input::is_scan;

/// The folder a scanner can save into, beside the printouts; made if missing.
pub fn folder() -> Result<std::path::PathBuf> {
    let dir = crate::data::files::print_dir()?.join("scans");
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// The scans in `dir`, by name.
pub fn files_in(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>> {
    let mut found: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && is_scan(p))
        .collect();
    found.sort();
    Ok(found)
}

/// The scan folder and the scans in it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanFolder {
    pub path: String,
    pub files: Vec<String>,
}

/// A file to read: its name as the trainer knows it, and its bytes.
pub struct ScanFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Everything read from a batch of files.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanResult {
    /// One per person whose pages were found, in the roster's order.
    pub sheets: Vec<SheetReading>,
    /// Pages to give to a person by hand: blank sheets, and pages whose QR code was not read.
    pub loose: Vec<LoosePage>,
    /// Pages or files that could not be used, and why.
    pub problems: Vec<ScanProblem>,
    /// Every file read, by its SHA-256.
    pub files: Vec<ScannedFile>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScannedFile {
    pub name: String,
    pub sha256: String,
}

/// One person's answers as read from their pages.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetReading {
    #[ts(type = "number")]
    pub participant: i64,
    pub code: String,
    /// In the sheet's order.
    pub items: Vec<ItemReading>,
    /// Pages of the sheet read.
    pub pages: u32,
    /// Pages of the sheet that were not among the files: their questions are uncertain.
    pub missing_pages: Vec<u32>,
    /// The SHA-256 of each file the pages came from.
    pub files: Vec<String>,
}

/// One question as read.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemReading {
    pub item_id: String,
    /// The letters of the boxes read as marked, as printed on the sheet.
    pub keys: String,
    /// The option ids read as chosen (the best guess when uncertain).
    pub chosen: Vec<String>,
    /// A person must look before this is saved.
    pub uncertain: bool,
    /// 0 to 1.
    pub confidence: f32,
    /// The question's boxes as scanned (a PNG data URL), when uncertain.
    pub crop: Option<String>,
    /// Each box's ink, 0 to 1, in the sheet's order.
    pub ink: Vec<f32>,
}

/// A page whose owner the trainer chooses.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LoosePage {
    /// The file's index in the batch, and the page's within the file.
    pub file: u32,
    pub index: u32,
    /// A blank sheet (no code printed); otherwise its QR code could not be read.
    pub blank: bool,
    /// The page of the sheet, when the QR code says.
    pub page: Option<u32>,
    /// The page as scanned, small (a JPEG data URL).
    pub picture: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScanProblem {
    pub file: String,
    /// 1-based within the file, when the problem is one page's.
    pub page: Option<u32>,
    /// `format`, `pdf-image`, `file`, `no-page` (corner squares not found),
    /// `other-session`, `other-phase`, `bank-changed`, `sheet-changed`, `not-in-session`,
    /// `duplicate`.
    pub reason: String,
}

/// The questions read on one page of a person's sheet, and the file it came from.
type PageRead = (usize, Vec<ItemReading>);

/// One page of one file, found in its picture.
struct Found {
    file: usize,
    index: usize,
    picture: GrayImage,
    frame: Option<page::Frame>,
    id: Option<PageId>,
}

/// Reads `files` as sheets of `session` at `phase`. With `crops`, uncertain questions and
/// loose pages carry their pictures (for the app; the command line does without).
pub fn read(
    store: &Store,
    library: &Library,
    session: i64,
    phase: Phase,
    files: &[ScanFile],
    crops: bool,
) -> Result<ScanResult> {
    crate::sessions::get(store, session)?;
    let roster = roster::list(store, session)?;
    let kinds: BTreeMap<String, ItemKind> =
        library.bank().items().iter().map(|i| (i.id.clone(), i.kind)).collect();
    let hashes =
        files.iter().map(|f| ScannedFile { name: f.name.clone(), sha256: sha256(&f.bytes) });
    let mut out =
        ScanResult { sheets: vec![], loose: vec![], problems: vec![], files: hashes.collect() };
    // Files are decoded and read a few at a time, so that only a few pictures are in
    // memory at once, each batch spread over the cores.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut layouts: BTreeMap<(Option<i64>, Paper), Vec<SheetPage>> = BTreeMap::new();
    let mut read: BTreeMap<(i64, usize), PageRead> = BTreeMap::new();
    let numbers: Vec<usize> = (0..files.len()).collect();
    for chunk in numbers.chunks(workers * 2) {
        let decoded = in_parallel(chunk.to_vec(), workers, |n| (n, input::pages(&files[n].bytes)));
        let mut batch = vec![];
        for (n, pages) in decoded {
            match pages {
                Err(why) => out.problems.push(problem(&files[n], None, why.code())),
                Ok(pages) => {
                    for (i, page) in pages.into_iter().enumerate() {
                        match page {
                            Ok(picture) => batch.push((n, i, picture)),
                            Err(why) => out.problems.push(problem(&files[n], Some(i), why.code())),
                        }
                    }
                }
            }
        }
        let found = in_parallel(batch, workers, |(file, index, picture)| {
            let located = page::locate(&picture);
            let (frame, id) = located.map_or((None, None), |(f, id)| (Some(f), id));
            Found { file, index, picture, frame, id }
        });
        let mut jobs = vec![];
        for mut f in found {
            let file = &files[f.file];
            let Some(frame) = f.frame.take() else {
                out.problems.push(problem(file, Some(f.index), "no-page"));
                continue;
            };
            let Some(id) = f.id.clone() else {
                out.loose.push(loose(&f, false, None, crops));
                continue;
            };
            let refused = if id.session != session {
                Some("other-session")
            } else if id.phase != phase {
                Some("other-phase")
            } else if !id.same_bank(library.bank().version()) {
                Some("bank-changed")
            } else if id.participant.is_some_and(|p| !roster.iter().any(|r| r.id == p)) {
                Some("not-in-session")
            } else {
                None
            };
            if let Some(reason) = refused {
                out.problems.push(problem(file, Some(f.index), reason));
                continue;
            }
            if id.participant.is_none() {
                out.loose.push(loose(&f, true, Some(id.page as u32), crops));
                continue;
            }
            let key = (id.participant, id.paper);
            if let std::collections::btree_map::Entry::Vacant(e) = layouts.entry(key) {
                e.insert(sheets::layout(store, library, session, phase, id.paper, id.participant)?);
            }
            let printed = layouts[&key].iter().find(|p| p.id.page == id.page);
            let Some(printed) = printed.filter(|p| p.id.layout == id.layout) else {
                out.problems.push(problem(file, Some(f.index), "sheet-changed"));
                continue;
            };
            jobs.push((f, frame, printed.clone()));
        }
        let measured = in_parallel(jobs, workers, |(f, frame, printed)| {
            let items = read_page(&f.picture, &frame, &printed, &kinds, crops);
            (f.file, f.index, printed.id, items)
        });
        for (file, index, id, items) in measured {
            let participant = id.participant.expect("a person's page");
            if read.contains_key(&(participant, id.page)) {
                out.problems.push(problem(&files[file], Some(index), "duplicate"));
                continue;
            }
            read.insert((participant, id.page), (file, items));
        }
    }
    for person in &roster {
        let pages: Vec<_> = read.range((person.id, 0)..=(person.id, usize::MAX)).collect();
        if pages.is_empty() {
            continue;
        }
        let paper = layouts.keys().find(|(p, _)| *p == Some(person.id)).map(|k| k.1);
        let printed = &layouts[&(Some(person.id), paper.expect("read pages were laid out"))];
        out.sheets.push(assemble(person, printed, &pages, &out.files));
    }
    Ok(out)
}

/// Reads one page of `participant`'s sheet (or a blank sheet's page) given by hand, for a
/// loose page: the file is read again and its boxes measured as that page's.
#[allow(clippy::too_many_arguments)]
pub fn read_as(
    store: &Store,
    library: &Library,
    session: i64,
    phase: Phase,
    file: &ScanFile,
    index: usize,
    participant: i64,
    page_number: usize,
) -> Result<SheetReading> {
    let person = roster::get(store, participant)?;
    let picture = input::pages(&file.bytes)
        .ok()
        .and_then(|mut pages| (index < pages.len()).then(|| pages.swap_remove(index)))
        .and_then(|p| p.ok())
        .ok_or_else(|| scan_refusal("page"))?;
    let (frame, id) = page::locate(&picture).ok_or_else(|| scan_refusal("page"))?;
    if id.as_ref().is_some_and(|id| id.session != session || id.phase != phase) {
        return Err(scan_refusal("page"));
    }
    // A blank sheet is laid out in the session's language; a sheet whose code was not read
    // is the person's own.
    let owner = if id.as_ref().is_some_and(|id| id.participant.is_none()) {
        None
    } else {
        Some(participant)
    };
    let pages = sheets::layout(store, library, session, phase, frame.paper, owner)?;
    let printed = pages
        .iter()
        .find(|p| p.id.page == id.as_ref().map_or(page_number, |id| id.page))
        .ok_or_else(|| scan_refusal("page"))?;
    let kinds: BTreeMap<String, ItemKind> =
        library.bank().items().iter().map(|i| (i.id.clone(), i.kind)).collect();
    let items = read_page(&picture, &frame, printed, &kinds, true);
    Ok(SheetReading {
        participant: person.id,
        code: person.code,
        items,
        pages: 1,
        missing_pages: vec![],
        files: vec![sha256(&file.bytes)],
    })
}

fn scan_refusal(reason: &str) -> Error {
    Error::InvalidInput { field: "scan".into(), reason: reason.into() }
}

fn problem(file: &ScanFile, page: Option<usize>, reason: &str) -> ScanProblem {
    ScanProblem {
        file: file.name.clone(),
        page: page.map(|p| p as u32 + 1),
        reason: reason.to_string(),
    }
}

fn loose(found: &Found, blank: bool, page: Option<u32>, pictures: bool) -> LoosePage {
    let picture = if pictures { small_jpeg(&found.picture) } else { String::new() };
    LoosePage { file: found.file as u32, index: found.index as u32, blank, page, picture }
}

/// Measures and decides every question printed on one page.
fn read_page(
    picture: &GrayImage,
    frame: &page::Frame,
    printed: &SheetPage,
    kinds: &BTreeMap<String, ItemKind>,
    crops: bool,
) -> Vec<ItemReading> {
    let all: Vec<marks::Measured> =
        printed.boxes.iter().map(|b| marks::measure(picture, frame, b.rect)).collect();
    let fills = marks::fills_usual(&all);
    let mut measured_boxes = all.iter().copied();
    marks::by_item(&printed.boxes)
        .into_iter()
        .map(|(item, boxes)| {
            let measured: Vec<marks::Measured> =
                measured_boxes.by_ref().take(boxes.len()).collect();
            let ink: Vec<f32> = measured.iter().map(|m| m.ink).collect();
            let kind = kinds.get(item).copied().unwrap_or(ItemKind::Single);
            let decision = marks::decide(kind, &measured, fills);
            let picked = || boxes.iter().zip(&decision.chosen).filter(|(_, c)| **c).map(|(b, _)| b);
            let crop = (crops && decision.uncertain).then(|| {
                let rects: Vec<Rect> = measured.iter().map(|m| m.rect).collect();
                png_data_url(&frame.crop(picture, around(&rects), 3.0))
            });
            ItemReading {
                item_id: item.to_string(),
                keys: picked().map(|b| b.key.as_str()).collect(),
                chosen: picked().map(|b| b.option_id.clone()).collect(),
                uncertain: decision.uncertain,
                confidence: (decision.confidence * 100.0).round() / 100.0,
                crop,
                ink: ink.iter().map(|i| (i * 100.0).round() / 100.0).collect(),
            }
        })
        .collect()
}

/// The boxes of a question with their letters beside them, and a little paper around.
fn around(rects: &[Rect]) -> Rect {
    let left = rects.iter().map(|r| r.x).fold(f32::MAX, f32::min) - 6.0;
    let top = rects.iter().map(|r| r.y).fold(f32::MAX, f32::min) - 5.0;
    let right = rects.iter().map(|r| r.x + r.width).fold(f32::MIN, f32::max) + 22.0;
    let bottom = rects.iter().map(|r| r.y + r.height).fold(f32::MIN, f32::max) + 5.0;
    Rect { x: left, y: top, width: right - left, height: bottom - top }
}

/// One person's sheet from the pages read: questions on pages not read are uncertain.
fn assemble(
    person: &roster::Participant,
    printed: &[SheetPage],
    pages: &[(&(i64, usize), &PageRead)],
    files: &[ScannedFile],
) -> SheetReading {
    let mut items = vec![];
    let mut missing_pages = vec![];
    let mut used = BTreeSet::new();
    for sheet_page in printed {
        match pages.iter().find(|((_, n), _)| *n == sheet_page.id.page) {
            Some((_, (file, read))) => {
                used.insert(files[*file].sha256.clone());
                items.extend(read.iter().cloned());
            }
            None => {
                missing_pages.push(sheet_page.id.page as u32);
                for (item, boxes) in marks::by_item(&sheet_page.boxes) {
                    items.push(ItemReading {
                        item_id: item.to_string(),
                        keys: String::new(),
                        chosen: vec![],
                        uncertain: true,
                        confidence: 0.0,
                        crop: None,
                        ink: vec![0.0; boxes.len()],
                    });
                }
            }
        }
    }
    SheetReading {
        participant: person.id,
        code: person.code.clone(),
        items,
        pages: pages.len() as u32,
        missing_pages,
        files: used.into_iter().collect(),
    }
}

/// Runs `job` over `inputs` on `workers` threads; the outputs in the inputs' order.
fn in_parallel<I: Send, O: Send>(
    inputs: Vec<I>,
    workers: usize,
    job: impl Fn(I) -> O + Sync,
) -> Vec<O> {
    let n = inputs.len();
    let queue = std::sync::Mutex::new(inputs.into_iter().enumerate().collect::<Vec<_>>());
    let results = std::sync::Mutex::new(Vec::with_capacity(n));
    std::thread::scope(|scope| {
        for _ in 0..workers.min(n) {
            scope.spawn(|| loop {
                let next = queue.lock().expect("queue").pop();
                let Some((i, input)) = next else { break };
                let output = job(input);
                results.lock().expect("results").push((i, output));
            });
        }
    });
    let mut results = results.into_inner().expect("results");
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, o)| o).collect()
}

pub fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

fn png_data_url(picture: &GrayImage) -> String {
    let mut bytes = vec![];
    picture
        .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png)
        .expect("a PNG in memory");
    format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

fn small_jpeg(picture: &GrayImage) -> String {
    let (w, h) = picture.dimensions();
    let width = 640.min(w);
    let height = (h as f32 * width as f32 / w as f32).round().max(1.0) as u32;
    let small =
        image::imageops::resize(picture, width, height, image::imageops::FilterType::Triangle);
    let mut bytes = vec![];
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 75)
        .encode_image(&small)
        .expect("a JPEG in memory");
    format!("data:image/jpeg;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConfirmedSheet {
    #[ts(type = "number")]
    pub participant: i64,
    pub answers: Vec<AnswerInput>,
    pub scanned: Vec<String>,
    pub files: Vec<String>,
}
