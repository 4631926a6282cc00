//! Sheets marked as people mark them, scanned or photographed as trainers do, with what
//! each box was meant to say: the corpus the tests and `respond bench scan` read to count
//! how often the reader is right, and whether it ever is wrong without saying so.
//!
//! The printed sheets are rendered by poppler's `pdftoppm`; pens, pencils, a tilted
//! scanner, a phone held above the table, shadows, noise and JPEG are drawn here.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::Path;
use std::process::Command;

use image::{GrayImage, Luma};
use imageproc::filter::gaussian_blur_f32;
use imageproc::geometric_transformations::{warp_into, Border, Interpolation, Projection};
use rand::rngs::{SmallRng, StdRng};
use rand::{Rng, SeedableRng};

use super::{ScanFile, ScanResult};
use crate::content::bank::ItemKind;
use crate::content::Library;
use crate::pdf::{Paper, Rect};
use crate::print::sheets::{self, SheetBox, SheetPage};
use crate::quiz::attempts::Phase;
use crate::sessions::roster;
use crate::{Error, Result, Store};

/// How a person marks a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pen {
    Cross,
    Tick,
    Fill,
    Circle,
    /// A light pencil cross.
    Pencil,
    /// A pencil cross hardly pressed.
    Faint,
}

const PENS: [Pen; 5] = [Pen::Cross, Pen::Tick, Pen::Fill, Pen::Circle, Pen::Pencil];

/// What one box was meant to say.
#[derive(Debug, Clone, PartialEq)]
pub struct Truth {
    pub participant: i64,
    pub item_id: String,
    pub option_id: String,
    pub meant: bool,
}

/// How the page reached the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capture {
    /// A flatbed or a copier: a small tilt, even light.
    Scanner,
    /// A phone held roughly above the sheet: tilt, perspective, a shadow, more noise.
    Phone,
}

/// Every person's answer sheet of `session` at `phase` printed (A4), rendered at `dpi`,
/// marked and captured: the files, one per page, and what each box meant.
pub fn make(
    store: &Store,
    library: &Library,
    session: i64,
    phase: Phase,
    dpi: u32,
    how: Capture,
    seed: u64,
) -> Result<(Vec<ScanFile>, Vec<Truth>)> {
    let pdf = sheets::answer_sheets(store, library, session, phase, Paper::A4, 0)?;
    let mut rendered = render(&pdf, dpi)?.into_iter();
    let mut files = vec![];
    let mut truth = vec![];
    let mut marker = Marker::new(seed);
    for person in roster::list(store, session)? {
        let pages = sheets::layout(store, library, session, phase, Paper::A4, Some(person.id))?;
        let mut pictures: Vec<_> = rendered.by_ref().take(pages.len()).collect();
        if pictures.len() != pages.len() {
            return Err(Error::Pdf("fewer pages printed than laid out".into()));
        }
        truth.extend(marker.mark_sheet(library, person.id, &pages, &mut pictures, dpi));
        for (n, picture) in pictures.iter().enumerate() {
            let seed = seed * 100_000 + person.id as u64 * 10 + n as u64;
            let name = format!("{}-{}.jpg", person.code, n + 1);
            files.push(ScanFile { name, bytes: capture(picture, how, seed) });
        }
    }
    Ok((files, truth))
}

/// Renders `pdf`'s pages in grey at `dpi` with `pdftoppm`.
pub fn render(pdf: &[u8], dpi: u32) -> Result<Vec<GrayImage>> {
    let dir = tempfile::tempdir()?;
    let input = dir.path().join("sheets.pdf");
    std::fs::write(&input, pdf)?;
    let status = Command::new("pdftoppm")
        .args(["-gray", "-r", &dpi.to_string()])
        .arg(&input)
        .arg(dir.path().join("page"))
        .status()
        .map_err(|e| Error::Pdf(format!("pdftoppm (poppler-utils) is needed: {e}")))?;
    if !status.success() {
        return Err(Error::Pdf("pdftoppm failed".into()));
    }
    let mut names: Vec<_> = std::fs::read_dir(dir.path())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pgm"))
        .collect();
    names.sort();
    names.iter().map(|p| load(p)).collect()
}

fn load(path: &Path) -> Result<GrayImage> {
    Ok(image::open(path).map_err(|e| Error::Pdf(format!("{}: {e}", path.display())))?.into_luma8())
}

/// A person's marks on their sheet's pages: mostly one pen; now and then two boxes on a
/// one-answer question, or a box scribbled out and another marked instead.
pub struct Marker {
    rng: StdRng,
}

impl Marker {
    pub fn new(seed: u64) -> Marker {
        Marker { rng: StdRng::seed_from_u64(seed) }
    }

    /// Marks the pages of one person's sheet (`pictures` rendered at `dpi` from `pages`),
    /// and says what each box meant.
    pub fn mark_sheet(
        &mut self,
        library: &Library,
        participant: i64,
        pages: &[SheetPage],
        pictures: &mut [GrayImage],
        dpi: u32,
    ) -> Vec<Truth> {
        let kinds: BTreeMap<&str, ItemKind> =
            library.bank().items().iter().map(|i| (i.id.as_str(), i.kind)).collect();
        let pen = PENS[self.rng.random_range(0..PENS.len())];
        let mut truth = vec![];
        for (page, picture) in pages.iter().zip(pictures.iter_mut()) {
            let scale = dpi as f32 / 72.0;
            for (item, boxes) in super::marks::by_item(&page.boxes) {
                let kind = kinds.get(item).copied().unwrap_or(ItemKind::Single);
                let n = boxes.len();
                let mut meant = vec![false; n];
                if kind == ItemKind::Multi {
                    for _ in 0..self.rng.random_range(1..=3) {
                        meant[self.rng.random_range(0..n)] = true;
                    }
                } else if self.rng.random_bool(0.92) {
                    meant[self.rng.random_range(0..n)] = true;
                }
                let roll: f32 = self.rng.random();
                let mut inked = meant.clone();
                if roll < 0.03 && kind != ItemKind::Multi && meant.contains(&true) {
                    // Two boxes on a one-answer question: both are on the paper.
                    let other = (meant.iter().position(|m| *m).unwrap() + 1) % n;
                    inked[other] = true;
                    meant[other] = true;
                } else if roll < 0.06 {
                    // A first choice scribbled out.
                    let wrong = (0..n).find(|&i| !meant[i]);
                    if let Some(i) = wrong {
                        self.draw(picture, boxes[i], Pen::Fill, scale, true);
                    }
                }
                // Now and then a mark barely there: a pencil hardly pressed.
                let pen = if (0.06..0.08).contains(&roll) { Pen::Faint } else { pen };
                for (i, b) in boxes.iter().enumerate() {
                    if inked[i] {
                        self.draw(picture, b, pen, scale, false);
                    }
                    truth.push(Truth {
                        participant,
                        item_id: item.to_string(),
                        option_id: b.option_id.clone(),
                        meant: meant[i],
                    });
                }
            }
        }
        truth
    }

    /// One more mark with `pen` in box `b` of a page rendered at `dpi`.
    pub fn mark_box(&mut self, picture: &mut GrayImage, b: &SheetBox, pen: Pen, dpi: u32) {
        self.draw(picture, b, pen, dpi as f32 / 72.0, false);
    }

    /// Draws `pen`'s mark in `b`; `scribble` spills over the edges, as a mark struck out.
    fn draw(
        &mut self,
        picture: &mut GrayImage,
        b: &SheetBox,
        pen: Pen,
        scale: f32,
        scribble: bool,
    ) {
        let Rect { x, y, width: w, height: h } = b.rect;
        let j = |rng: &mut StdRng, d: f32| rng.random_range(-d..=d);
        let (ink, width) = match pen {
            Pen::Pencil => (self.rng.random_range(140.0..185.0), 0.8),
            Pen::Faint => (self.rng.random_range(205.0..225.0), 0.7),
            _ => (self.rng.random_range(30.0..90.0), self.rng.random_range(1.1..1.7)),
        };
        let mut strokes: Vec<Vec<(f32, f32)>> = vec![];
        let r = &mut self.rng;
        match pen {
            Pen::Cross | Pen::Pencil | Pen::Faint => {
                let o = 1.2;
                strokes.push(vec![
                    (x - j(r, o) + 1.0, y + 1.0 - j(r, o)),
                    (x + w - 1.0 + j(r, o), y + h - 1.0 + j(r, o)),
                ]);
                strokes.push(vec![
                    (x + w - 1.0 + j(r, o), y + 1.0 - j(r, o)),
                    (x + 1.0 - j(r, o), y + h - 1.0 + j(r, o)),
                ]);
            }
            Pen::Tick => strokes.push(vec![
                (x + 0.2 * w + j(r, 0.8), y + 0.5 * h + j(r, 0.8)),
                (x + 0.42 * w + j(r, 0.6), y + 0.88 * h + j(r, 0.6)),
                (x + 0.95 * w + j(r, 1.0), y + 0.02 * h + j(r, 1.0)),
            ]),
            Pen::Fill => {
                let spill = if scribble { 1.0 } else { -0.8 };
                let mut line = vec![];
                let mut t = y - spill;
                let mut left = true;
                while t < y + h + spill {
                    let side = if left { x - spill } else { x + w + spill };
                    line.push((side + j(r, 0.4), t));
                    left = !left;
                    t += 0.8;
                }
                strokes.push(line);
            }
            Pen::Circle => {
                let (cx, cy) = (x + w / 2.0 + j(r, 0.6), y + h / 2.0 + j(r, 0.6));
                let radius = 0.36 * w + j(r, 0.4);
                strokes.push(
                    (0..=36)
                        .map(|k| {
                            let a = k as f32 / 36.0 * std::f32::consts::TAU;
                            (cx + radius * a.cos(), cy + radius * 1.05 * a.sin())
                        })
                        .collect(),
                );
            }
        }
        for stroke in strokes {
            for pair in stroke.windows(2) {
                line(picture, pair[0], pair[1], width, ink, scale);
            }
        }
    }
}

/// A pen stroke from `a` to `b` (points), `width` points wide, darkening to `ink`.
fn line(picture: &mut GrayImage, a: (f32, f32), b: (f32, f32), width: f32, ink: f32, scale: f32) {
    let (a, b) = ((a.0 * scale, a.1 * scale), (b.0 * scale, b.1 * scale));
    let radius = (width * scale / 2.0).max(0.7);
    let length = (b.0 - a.0).hypot(b.1 - a.1);
    let steps = (length / (radius * 0.5)).ceil().max(1.0) as usize;
    let (w, h) = picture.dimensions();
    for s in 0..=steps {
        let t = s as f32 / steps as f32;
        let (cx, cy) = (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1));
        let (x0, x1) =
            ((cx - radius).floor().max(0.0) as u32, ((cx + radius).ceil() as u32).min(w - 1));
        let (y0, y1) =
            ((cy - radius).floor().max(0.0) as u32, ((cy + radius).ceil() as u32).min(h - 1));
        for py in y0..=y1 {
            for px in x0..=x1 {
                let d = (px as f32 - cx).hypot(py as f32 - cy);
                // Soft edge of about a pixel, as ink on paper scans.
                let cover = (radius + 0.5 - d).clamp(0.0, 1.0);
                if cover > 0.0 {
                    let p = picture.get_pixel_mut(px, py);
                    let v = p.0[0] as f32;
                    let marked = v * (1.0 - cover) + v.min(ink) * cover;
                    p.0[0] = marked.round() as u8;
                }
            }
        }
    }
}

/// The page as it reaches the reader, encoded as the device saves it (PNG from a
/// scanner now and then, JPEG otherwise).
pub fn capture(page: &GrayImage, how: Capture, seed: u64) -> Vec<u8> {
    let mut rng = StdRng::seed_from_u64(seed);
    let (w, h) = (page.width() as f32, page.height() as f32);
    let (tilt, wander, margin) = match how {
        Capture::Scanner => (2.0f32, 0.004, 0.02),
        Capture::Phone => (5.0f32, 0.03, 0.08),
    };
    let angle = rng.random_range(-tilt..=tilt).to_radians();
    let (cw, ch) = (w * (1.0 + 2.0 * margin), h * (1.0 + 2.0 * margin));
    let centre = (cw / 2.0, ch / 2.0);
    let corners = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
    let placed = corners.map(|(x, y)| {
        let (dx, dy) = (x - w / 2.0, y - h / 2.0);
        let (rx, ry) = (dx * angle.cos() - dy * angle.sin(), dx * angle.sin() + dy * angle.cos());
        (
            centre.0 + rx + rng.random_range(-wander..=wander) * w,
            centre.1 + ry + rng.random_range(-wander..=wander) * h,
        )
    });
    let to_canvas = Projection::from_control_points(corners, placed).expect("a page's corners");
    let background = match how {
        Capture::Scanner => 235u8,
        Capture::Phone => rng.random_range(60..150),
    };
    let mut picture = GrayImage::new(cw as u32, ch as u32);
    warp_into(
        page,
        to_canvas,
        Interpolation::Bilinear,
        Border::Constant(Luma([background])),
        &mut picture,
    );
    if how == Capture::Phone {
        // Light falling off across the sheet (a hand, a window).
        let (gx, gy) = (rng.random_range(-1.0f32..1.0), rng.random_range(-1.0f32..1.0));
        let depth = rng.random_range(0.15..0.4);
        for (x, y, p) in picture.enumerate_pixels_mut() {
            let t = ((x as f32 / cw - 0.5) * gx + (y as f32 / ch - 0.5) * gy + 0.7) / 1.4;
            let light = 1.0 - depth * t.clamp(0.0, 1.0);
            p.0[0] = (p.0[0] as f32 * light) as u8;
        }
        picture = gaussian_blur_f32(&picture, rng.random_range(0.5..1.1));
    }
    let noise = match how {
        Capture::Scanner => rng.random_range(1.0..4.0),
        Capture::Phone => rng.random_range(3.0..8.0),
    };
    // Sensor noise: a triangular spread of standard deviation `noise`, cheap to draw.
    let mut fast = SmallRng::seed_from_u64(rng.random());
    let spread = noise * 6f32.sqrt();
    for p in picture.pixels_mut() {
        let n = (fast.random::<f32>() + fast.random::<f32>() - 1.0) * spread;
        p.0[0] = (p.0[0] as f32 + n).clamp(0.0, 255.0) as u8;
    }
    let mut bytes = vec![];
    if how == Capture::Scanner && rng.random_bool(0.3) {
        picture.write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Png).expect("PNG");
    } else {
        let quality = rng.random_range(55..90);
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, quality)
            .encode_image(&picture)
            .expect("JPEG");
    }
    bytes
}

/// How well a reading matched the truth, box by box.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Accuracy {
    pub boxes: usize,
    pub right: usize,
    /// Boxes read wrong on a question flagged for a person to look at.
    pub wrong_flagged: usize,
    /// Boxes read wrong on a question not flagged: the reader's silent errors.
    pub wrong_silent: usize,
    pub questions: usize,
    pub flagged: usize,
}

impl std::ops::AddAssign for Accuracy {
    fn add_assign(&mut self, other: Accuracy) {
        self.boxes += other.boxes;
        self.right += other.right;
        self.wrong_flagged += other.wrong_flagged;
        self.wrong_silent += other.wrong_silent;
        self.questions += other.questions;
        self.flagged += other.flagged;
    }
}

impl Accuracy {
    pub fn share_right(&self) -> f64 {
        self.right as f64 / self.boxes.max(1) as f64
    }
}

/// Compares `result` with `truth`; a box of a person or question not read counts as wrong
/// and flagged (a person sees the page is missing).
pub fn compare(result: &ScanResult, truth: &[Truth]) -> Accuracy {
    let mut acc = Accuracy::default();
    let mut items = BTreeMap::new();
    for sheet in &result.sheets {
        for item in &sheet.items {
            items.insert((sheet.participant, item.item_id.as_str()), item);
        }
    }
    acc.questions = items.len();
    acc.flagged = items.values().filter(|i| i.uncertain).count();
    for t in truth {
        acc.boxes += 1;
        match items.get(&(t.participant, t.item_id.as_str())) {
            Some(item) if item.chosen.contains(&t.option_id) == t.meant => acc.right += 1,
            Some(item) if !item.uncertain => acc.wrong_silent += 1,
            _ => acc.wrong_flagged += 1,
        }
    }
    acc
}
