//! Paper answer sheets for a whole roster in one PDF: each person's sheet in their own
//! language, with their code, every question, and a lettered box per answer. The letters
//! are the keys the entry grid takes, so a sheet is typed in as it reads.
//!
//! Each page is also made to be read back from a scan (by the reader in src/scan/): a black square in
//! each corner, and a QR code naming the session, the person, the phase, the bank's
//! version and the page. The reader finds every box by laying the same sheet out again
//! with this code ([`layout`]); a hash of the page's boxes in the QR code tells it when the
//! sheet printed is no longer the sheet it would print.

use sha2::{Digest, Sha256};

use crate::content::bank::{ItemKind, ItemView};
use crate::content::Library;
use crate::data::sql::enum_text;
use crate::i18n::{Language, Localizer};
use crate::pdf::{
    palette, Align, Color, Document, Face, Margins, Paper, Rect, Span, Stroke, TextStyle,
};
use crate::quiz::attempts::Phase;
use crate::sessions::{self, Session};
use crate::{sessions::roster, Error, Result, Store};

const BOX: f32 = 11.0;
const GAP: f32 = 6.0;
/// The side of the corner squares, and how far their centres are from the page's edges.
pub const MARKER: f32 = 16.0;
const MARKER_INSET: f32 = 30.0;
/// The side of the QR code, in the bottom margin at the right: 25 modules of over 2 points,
/// each 4 pixels or more in a 150 dpi scan.
pub const QR: f32 = 56.0;
const BOTTOM: f32 = 86.0;
/// Blank sheets in one printout, at most: a room's late arrivals, not a print run.
pub const MAX_BLANK: usize = 100;

/// One box on a printed page: which answer it is and where, in points from the page's
/// top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetBox {
    pub item_id: String,
    pub option_id: String,
    /// The letter printed beside the box.
    pub key: String,
    pub rect: Rect,
}

/// What identifies a printed page, as its QR code holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageId {
    pub session: i64,
    /// `None` on a blank sheet, whose owner writes their code by hand.
    pub participant: Option<i64>,
    pub phase: Phase,
    /// The first characters of the bank's version (see [`PageId::same_bank`]).
    pub bank: String,
    /// 1-based, within one person's sheet.
    pub page: usize,
    pub paper: Paper,
    /// A hash of the page's boxes: the same sheet laid out again must give the same.
    pub layout: String,
}

/// One page of one person's sheet.
#[derive(Debug, Clone)]
pub struct SheetPage {
    pub id: PageId,
    pub boxes: Vec<SheetBox>,
}

impl PageId {
    /// Whether the page was printed from the bank of `version`.
    pub fn same_bank(&self, version: &str) -> bool {
        version.starts_with(&self.bank)
    }

    /// The QR code's text: upper case, digits and `/` only, the QR's compact alphanumeric
    /// mode, and short, so the code stays large enough to read from a 150 dpi scan.
    pub fn payload(&self) -> String {
        let body = format!(
            "R1/S{}/P{}/{}/{}/{}/{}/{}",
            self.session,
            self.participant.unwrap_or(0),
            enum_text(&self.phase).to_uppercase(),
            self.bank.to_uppercase(),
            self.page,
            enum_text(&self.paper).to_uppercase(),
            self.layout.to_uppercase(),
        );
        format!("{body}/{}", short_hash(body.as_bytes()))
    }

    /// Reads a QR code's text; `None` when it is not a sheet's or its checksum is wrong.
    pub fn parse(payload: &str) -> Option<PageId> {
        let (body, check) = payload.trim().rsplit_once('/')?;
        if short_hash(body.as_bytes()) != check {
            return None;
        }
        let parts: Vec<&str> = body.split('/').collect();
        let [version, session, participant, phase, bank, page, paper, layout] = parts[..] else {
            return None;
        };
        if version != "R1" {
            return None;
        }
        let participant: i64 = participant.strip_prefix('P')?.parse().ok()?;
        Some(PageId {
            session: session.strip_prefix('S')?.parse().ok()?,
            participant: (participant > 0).then_some(participant),
            phase: from_text(phase)?,
            bank: bank.to_lowercase(),
            page: page.parse().ok()?,
            paper: from_text(paper)?,
            layout: layout.to_lowercase(),
        })
    }
}

fn from_text<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(text.to_lowercase().into()).ok()
}

fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().take(2).map(|b| format!("{b:02X}")).collect()
}

fn layout_hash(boxes: &[SheetBox]) -> String {
    let mut hasher = Sha256::new();
    for b in boxes {
        let r = b.rect;
        let line = format!(
            "{} {} {:.0} {:.0} {:.0} {:.0}\n",
            b.item_id,
            b.option_id,
            r.x * 10.0,
            r.y * 10.0,
            r.width * 10.0,
            r.height * 10.0
        );
        hasher.update(line.as_bytes());
    }
    hasher.finalize().iter().take(2).map(|b| format!("{b:02x}")).collect()
}

/// The centres of the four corner squares: top left, top right, bottom right, bottom left.
pub fn marker_centres(paper: Paper) -> [(f32, f32); 4] {
    let (w, h) = paper.size();
    let i = MARKER_INSET;
    [(i, i), (w - i, i), (w - i, h - i), (i, h - i)]
}

/// Where the QR code is printed on every page.
pub fn qr_rect(paper: Paper) -> Rect {
    let (w, h) = paper.size();
    Rect { x: w - 54.0 - QR, y: h - BOTTOM + 6.0, width: QR, height: QR }
}

/// Who a sheet is for.
#[derive(Debug, Clone, Copy)]
enum Owner<'a> {
    Person(&'a roster::Participant),
    /// A blank sheet in the session's language, for someone added at the last minute.
    Blank,
}

/// One sheet per participant of `session` for `phase`, then `blank` sheets without a code,
/// in one PDF.
pub fn answer_sheets(
    store: &Store,
    library: &Library,
    session: i64,
    phase: Phase,
    paper: Paper,
    blank: usize,
) -> Result<Vec<u8>> {
    let info = sessions::get(store, session)?;
    let people = roster::list(store, session)?;
    if blank > MAX_BLANK {
        return Err(Error::InvalidInput { field: "blank".into(), reason: "too-many".into() });
    }
    if people.is_empty() && blank == 0 {
        return Err(Error::InvalidInput {
            field: "participants".into(),
            reason: "required".into(),
        });
    }
    let title = Localizer::new(info.language).tr("sheet-document-title", &[]);
    let mut doc = sheet_document(&title, paper, info.language);
    let owners = people.iter().map(Owner::Person).chain((0..blank).map(|_| Owner::Blank));
    for (n, owner) in owners.enumerate() {
        if n > 0 {
            doc.new_page();
        }
        sheet(&mut doc, library, &info, phase, owner)?;
    }
    doc.finish()
}

/// Where every box of one person's sheet is, page by page, as [`answer_sheets`] prints it;
/// `participant` `None` for a blank sheet.
pub fn layout(
    store: &Store,
    library: &Library,
    session: i64,
    phase: Phase,
    paper: Paper,
    participant: Option<i64>,
) -> Result<Vec<SheetPage>> {
    let info = sessions::get(store, session)?;
    let person = participant.map(|id| roster::get(store, id)).transpose()?;
    if person.as_ref().is_some_and(|p| p.session_id != session) {
        return Err(Error::NotFound);
    }
    let mut doc = sheet_document("", paper, info.language);
    let owner = person.as_ref().map_or(Owner::Blank, Owner::Person);
    sheet(&mut doc, library, &info, phase, owner)
}

fn sheet_document(title: &str, paper: Paper, lang: Language) -> Document {
    let mut doc = Document::new(title, paper, lang);
    // Room at the foot for the QR code, clear of the corner squares.
    let m = doc.margins();
    doc.set_margins(Margins { bottom: BOTTOM, ..m });
    doc
}

/// Lays out one owner's sheet from a fresh page; returns its pages' boxes.
fn sheet(
    doc: &mut Document,
    library: &Library,
    info: &Session,
    phase: Phase,
    owner: Owner,
) -> Result<Vec<SheetPage>> {
    let (lang, code, participant) = match owner {
        Owner::Person(p) => (p.language, p.code.as_str(), Some(p.id)),
        Owner::Blank => (info.language, "", None),
    };
    let quiz = library.bank().view(&info.quiz_id, lang).ok_or(Error::NotFound)?;
    let l10n = Localizer::new(lang);
    let mut page = Page {
        id: PageId {
            session: info.id,
            participant,
            phase,
            bank: library.bank().version().chars().take(6).collect(),
            page: 1,
            paper: doc.paper(),
            layout: String::new(),
        },
        boxes: vec![],
        footer: if code.is_empty() {
            l10n.tr("sheet-footer-blank", &[])
        } else {
            l10n.tr("sheet-footer", &[("code", code.into())])
        },
        done: vec![],
    };
    let mut y = header(
        doc,
        &l10n,
        &quiz.title,
        code,
        &format!(
            "{} · {} · {}",
            l10n.tr(&format!("phase-{}", enum_text(&phase)), &[]),
            l10n.date(&info.date),
            info.site.name
        ),
    );
    for (i, item) in quiz.items.iter().enumerate() {
        y = question(doc, &mut page, &l10n, i + 1, item, y)?;
    }
    page.seal(doc, &l10n)?;
    Ok(page.done)
}

/// The page being laid out, and those done.
struct Page {
    id: PageId,
    boxes: Vec<SheetBox>,
    footer: String,
    done: Vec<SheetPage>,
}

impl Page {
    /// Prints what lets a scan be read: the corner squares, the QR code, and the owner and
    /// page number beside it.
    fn seal(&mut self, doc: &mut Document, l10n: &Localizer) -> Result<()> {
        let paper = doc.paper();
        for (x, y) in marker_centres(paper) {
            let half = MARKER / 2.0;
            let rect = Rect { x: x - half, y: y - half, width: MARKER, height: MARKER };
            doc.rect(rect, Some(Color::BLACK), None, 0.0);
        }
        let mut id = self.id.clone();
        id.layout = layout_hash(&self.boxes);
        let qr = qr_rect(paper);
        doc.qr_code(&id.payload(), qr)?;
        let m = doc.margins();
        let style = TextStyle::new(8.0).color(palette::MUTED).hyphenate(false);
        let text = format!(
            "{} · {}",
            self.footer,
            l10n.tr("sheet-page", &[("page", (id.page as i64).into())])
        );
        doc.text_box(
            Rect { x: m.left, y: qr.y + QR - 12.0, width: qr.x - m.left - 12.0, height: 12.0 },
            &[Span::new(text, Face::Regular)],
            &style,
        );
        let next = PageId { page: id.page + 1, ..id.clone() };
        self.done.push(SheetPage { id, boxes: std::mem::take(&mut self.boxes) });
        self.id = next;
        Ok(())
    }
}

/// The top of a person's first page: quiz title, their code in a box, what and when.
fn header(doc: &mut Document, l10n: &Localizer, title: &str, code: &str, line: &str) -> f32 {
    let m = doc.margins();
    let width = doc.content_width();
    let code_width = 150.0;
    let top = m.top;
    doc.rect(
        Rect { x: m.left + width - code_width, y: top, width: code_width, height: 46.0 },
        None,
        Some(Stroke::solid(palette::INK, 1.5)),
        4.0,
    );
    let label = TextStyle::new(8.0).color(palette::MUTED).align(Align::Center);
    doc.text_box(
        Rect { x: m.left + width - code_width, y: top + 4.0, width: code_width, height: 10.0 },
        &[Span::new(
            l10n.tr(if code.is_empty() { "sheet-code-write" } else { "sheet-code" }, &[]),
            Face::Regular,
        )],
        &label,
    );
    let big = TextStyle::new(20.0).align(Align::Center).hyphenate(false);
    doc.text_box(
        Rect { x: m.left + width - code_width, y: top + 16.0, width: code_width, height: 26.0 },
        &[Span::new(code, Face::Bold)],
        &big,
    );
    let title_style = TextStyle::new(15.0).color(palette::HEADING);
    let text_width = width - code_width - 12.0;
    let mut y = top
        + doc.text_box(
            Rect { x: m.left, y: top, width: text_width, height: 40.0 },
            &[Span::new(title, Face::Bold)],
            &title_style,
        );
    y += doc.text_box(
        Rect { x: m.left, y, width: text_width, height: 14.0 },
        &[Span::new(line, Face::Regular)],
        &TextStyle::new(10.0).color(palette::MUTED),
    );
    let y = y.max(top + 50.0) + 8.0;
    let hint = TextStyle::new(10.0);
    y + doc.text_box(
        Rect { x: m.left, y, width, height: 30.0 },
        &[Span::new(l10n.tr("sheet-instruction", &[]), Face::Italic)],
        &hint,
    ) + 6.0
}

/// One question with its boxes, starting at `y` or on a new page if it does not fit;
/// returns where the next one starts.
fn question(
    doc: &mut Document,
    page: &mut Page,
    l10n: &Localizer,
    number: usize,
    item: &ItemView,
    y: f32,
) -> Result<f32> {
    let m = doc.margins();
    let width = doc.content_width();
    let prompt_style = TextStyle::new(10.5);
    let option_style = TextStyle::new(10.0);
    let indent = 22.0;
    // Agreement labels sit in narrow columns: break them between words only.
    let scale_style = option_style.align(Align::Center).hyphenate(false);
    // Select-all-that-apply prompts say so themselves.
    let prompt =
        [Span::new(format!("{number}. "), Face::Bold), Span::new(item.prompt.clone(), Face::Bold)];
    let prompt_height = doc.measure(&prompt, &prompt_style, width);
    let agree = item.kind == ItemKind::Agree;
    let column = (width - indent) / item.options.len() as f32;
    let option_heights: Vec<f32> = item
        .options
        .iter()
        .map(|o| {
            if agree {
                doc.measure(&[Span::new(o.text.clone(), Face::Regular)], &scale_style, column - 4.0)
            } else {
                doc.measure(
                    &[Span::new(o.text.clone(), Face::Regular)],
                    &option_style,
                    width - indent - BOX - 22.0,
                )
                .max(BOX)
            }
        })
        .collect();
    let options_height = if agree {
        BOX + 4.0 + option_heights.iter().cloned().fold(0.0, f32::max)
    } else {
        option_heights.iter().map(|h| h + 3.0).sum()
    };
    let total = prompt_height + 4.0 + options_height + 10.0;

    let bottom = doc.page_size().1 - m.bottom;
    let mut y = y;
    if y + total > bottom {
        page.seal(doc, l10n)?;
        doc.new_page();
        let small = TextStyle::new(9.0).color(palette::MUTED).align(Align::Right);
        doc.text_box(
            Rect { x: m.left, y: m.top - 22.0, width, height: 12.0 },
            &[Span::new(page.footer.clone(), Face::Regular)],
            &small,
        );
        y = m.top;
    }
    let mut put = |doc: &mut Document, rect: Rect, option: &crate::content::bank::OptionView| {
        doc.rect(rect, None, Some(Stroke::solid(palette::INK, 0.9)), 1.0);
        page.boxes.push(SheetBox {
            item_id: item.id.clone(),
            option_id: option.id.clone(),
            key: option.key.clone(),
            rect,
        });
    };
    y += doc.text_box(Rect { x: m.left, y, width, height: prompt_height }, &prompt, &prompt_style)
        + 4.0;
    if agree {
        for (i, option) in item.options.iter().enumerate() {
            let x = m.left + indent + i as f32 * column;
            let box_x = x + column / 2.0 - BOX / 2.0 - 8.0;
            put(doc, Rect { x: box_x, y, width: BOX, height: BOX }, option);
            doc.text_box(
                Rect { x: box_x + BOX + 3.0, y: y - 1.0, width: 12.0, height: BOX },
                &[Span::new(option.key.clone(), Face::Bold)],
                &option_style.hyphenate(false),
            );
            doc.text_box(
                Rect {
                    x: x + 2.0,
                    y: y + BOX + 4.0,
                    width: column - 4.0,
                    height: option_heights[i],
                },
                &[Span::new(option.text.clone(), Face::Regular)],
                &scale_style,
            );
        }
        y += options_height;
    } else {
        for (i, option) in item.options.iter().enumerate() {
            let x = m.left + indent;
            put(doc, Rect { x, y: y + 1.0, width: BOX, height: BOX }, option);
            doc.text_box(
                Rect { x: x + BOX + GAP, y, width: 14.0, height: BOX },
                &[Span::new(option.key.clone(), Face::Bold)],
                &option_style.hyphenate(false),
            );
            doc.text_box(
                Rect {
                    x: x + BOX + GAP + 16.0,
                    y,
                    width: width - indent - BOX - 22.0,
                    height: option_heights[i],
                },
                &[Span::new(option.text.clone(), Face::Regular)],
                &option_style,
            );
            y += option_heights[i] + 3.0;
        }
    }
    Ok(y + 10.0)
}
