//! The layout layer: a document of pages with text that flows from page to page (a heading
//! stays with what follows it, no paragraph leaves a single line alone at a page's top or
//! bottom), and things placed at fixed positions for cards and certificates. Positions are
//! in points (1/72 inch) from the page's top-left corner.

use std::collections::BTreeSet;
use std::str::FromStr;

use printpdf::{ParsedFont, PdfDocument, PdfPage, PdfSaveOptions, Pt};
use serde::{Deserialize, Serialize};

use super::draw::{self, Color, Graphic, Modules, Path, Stroke, Subpath};
use super::fonts::Face;
use super::svg;
use super::text::{self, Hyphenation, Line, Span};
use crate::i18n::Language;
use crate::{Error, Result};

/// A sheet size.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

impl FromStr for Paper {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "a4" => Ok(Paper::A4),
            "letter" => Ok(Paper::Letter),
            _ => Err(Error::Pdf(format!("unknown paper size \"{s}\": use a4 or letter"))),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    /// This rectangle grown by `d` on every side.
    pub fn outset(self, d: f32) -> Rect {
        Rect {
            x: self.x - d,
            y: self.y - d,
            width: self.width + 2.0 * d,
            height: self.height + 2.0 * d,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    pub top: f32,
    pub right: f32,
    pub bottom: f32,
    pub left: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// How a block of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    pub size: f32,
    /// Distance from one baseline to the next.
    pub leading: f32,
    pub color: Color,
    pub align: Align,
    /// Space above the block in flowing text; none at the top of a page.
    pub space_before: f32,
    /// Left indent in flowing text (list items put their marker in it).
    pub indent: f32,
    /// Hyphenate a long word that would leave a very ragged line (running text), not only
    /// one wider than the whole column (headings, labels).
    pub hyphenate: bool,
}

impl TextStyle {
    pub fn new(size: f32) -> TextStyle {
        TextStyle {
            size,
            leading: size * 1.35,
            color: Color::BLACK,
            align: Align::Left,
            space_before: size * 0.6,
            indent: 0.0,
            hyphenate: true,
        }
    }

    pub fn leading(self, leading: f32) -> TextStyle {
        TextStyle { leading, ..self }
    }

    pub fn color(self, color: Color) -> TextStyle {
        TextStyle { color, ..self }
    }

    pub fn align(self, align: Align) -> TextStyle {
        TextStyle { align, ..self }
    }

    pub fn space_before(self, space_before: f32) -> TextStyle {
        TextStyle { space_before, ..self }
    }

    pub fn indent(self, indent: f32) -> TextStyle {
        TextStyle { indent, ..self }
    }

    pub fn hyphenate(self, hyphenate: bool) -> TextStyle {
        TextStyle { hyphenate, ..self }
    }

    /// Where the baseline sits below the top of a line.
    fn baseline(&self) -> f32 {
        let (ascent, descent) = (Face::Regular.ascent(self.size), Face::Regular.descent(self.size));
        (self.leading - ascent - descent) / 2.0 + ascent
    }
}

/// The words at the foot of one page.
#[derive(Debug, Clone, Default)]
pub struct Footer {
    pub left: String,
    pub right: String,
}

/// A line of flowing content: it goes whole onto one page.
#[derive(Debug, Clone)]
struct Row {
    /// Space above it, dropped at the top of a page.
    gap: f32,
    height: f32,
    /// Relative to the row's top-left corner at the left margin.
    graphics: Vec<Graphic>,
}

/// Height of `rows` placed one after the other, with or without the first one's gap.
fn height(rows: &[Row], first_gap: bool) -> f32 {
    rows.iter()
        .enumerate()
        .map(|(i, r)| r.height + if i > 0 || first_gap { r.gap } else { 0.0 })
        .sum()
}

/// A document being laid out.
pub struct Document {
    title: String,
    lang: Language,
    paper: Paper,
    margins: Margins,
    pages: Vec<Vec<Graphic>>,
    /// Where flowing content goes next on the last page.
    y: f32,
    /// Space asked for by `space`, added above the next row.
    gap: f32,
    /// Heading rows waiting to go onto a page with what follows them.
    pending: Vec<Row>,
    /// Chunks collected by `keep_together`.
    group: Option<Vec<Vec<Row>>>,
    missing: BTreeSet<char>,
}

/// What prints for a mathematical sign the fonts lack (formulas in the evaluation report).
fn stand_in(c: char) -> Option<&'static str> {
    match c {
        '−' => Some("-"),
        '√' => Some("sqrt "),
        '→' => Some("›"),
        _ => None,
    }
}

/// Space between a list marker and the item's text.
const MARKER_GAP: f32 = 5.0;

impl Document {
    /// An empty document with one page; `lang` chooses the hyphenation patterns.
    pub fn new(title: &str, paper: Paper, lang: Language) -> Document {
        let margins = Margins { top: 54.0, right: 54.0, bottom: 60.0, left: 54.0 };
        Document {
            title: title.to_string(),
            lang,
            paper,
            margins,
            pages: vec![vec![]],
            y: margins.top,
            gap: 0.0,
            pending: vec![],
            group: None,
            missing: BTreeSet::new(),
        }
    }

    /// Sets the margins; flowing content starts again at the top margin of an empty page.
    pub fn set_margins(&mut self, margins: Margins) {
        if self.at_top() {
            self.y = margins.top;
        }
        self.margins = margins;
    }

    pub fn paper(&self) -> Paper {
        self.paper
    }

    pub fn margins(&self) -> Margins {
        self.margins
    }

    /// Width and height of a page, in points.
    pub fn page_size(&self) -> (f32, f32) {
        self.paper.size()
    }

    pub fn content_width(&self) -> f32 {
        self.page_size().0 - self.margins.left - self.margins.right
    }

    /// The height flowing content fills on each page.
    pub fn content_height(&self) -> f32 {
        self.page_size().1 - self.margins.top - self.margins.bottom
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Characters no embedded font can print; they were left out.
    pub fn missing_glyphs(&self) -> &BTreeSet<char> {
        &self.missing
    }

    fn bottom(&self) -> f32 {
        self.page_size().1 - self.margins.bottom
    }

    fn at_top(&self) -> bool {
        self.y <= self.margins.top + 0.01
    }

    /// `spans` without the characters the fonts lack, which are noted.
    fn printable(&mut self, spans: &[Span]) -> Vec<Span> {
        let mut out = Vec::with_capacity(spans.len());
        for span in spans {
            let mut text = String::with_capacity(span.text.len());
            for c in span.text.chars() {
                if c.is_control() || span.face.has_glyph(c) {
                    text.push(c);
                } else if let Some(stand_in) =
                    stand_in(c).filter(|s| s.chars().all(|c| span.face.has_glyph(c)))
                {
                    text.push_str(stand_in);
                } else {
                    self.missing.insert(c);
                }
            }
            out.push(Span { text, face: span.face });
        }
        out
    }

    fn wrap(&mut self, spans: &[Span], style: &TextStyle, width: f32) -> Vec<Line> {
        let spans = self.printable(spans);
        text::wrap(&spans, style.size, width, self.hyphenation(style))
    }

    fn hyphenation(&self, style: &TextStyle) -> Hyphenation {
        match (text::dictionary(self.lang), style.hyphenate) {
            (None, _) => Hyphenation::Never,
            (Some(d), true) => Hyphenation::Ragged(d),
            (Some(d), false) => Hyphenation::Overflow(d),
        }
    }

    /// The text of `line` with its baseline at `baseline`, aligned in `width` from `x`.
    fn line_graphics(
        line: &Line,
        style: &TextStyle,
        x: f32,
        width: f32,
        baseline: f32,
    ) -> Vec<Graphic> {
        let offset = match style.align {
            Align::Left => 0.0,
            Align::Center => (width - line.width) / 2.0,
            Align::Right => width - line.width,
        };
        line.runs
            .iter()
            .map(|run| Graphic::Text {
                x: x + offset + run.x,
                y: baseline,
                face: run.face,
                size: style.size,
                color: style.color,
                text: run.text.clone(),
            })
            .collect()
    }

    fn text_rows(&mut self, spans: &[Span], style: &TextStyle) -> Vec<Row> {
        let width = self.content_width() - style.indent;
        let lines = self.wrap(spans, style, width);
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| Row {
                gap: if i == 0 { style.space_before } else { 0.0 },
                height: style.leading,
                graphics: Document::line_graphics(
                    line,
                    style,
                    style.indent,
                    width,
                    style.baseline(),
                ),
            })
            .collect()
    }

    // ---- Flowing content ----

    /// A heading: it goes onto the page of at least the first two lines of what follows.
    pub fn heading(&mut self, spans: &[Span], style: &TextStyle) {
        let rows = self.text_rows(spans, &style.hyphenate(false));
        self.flow(rows, true);
    }

    pub fn paragraph(&mut self, spans: &[Span], style: &TextStyle) {
        let rows = self.text_rows(spans, style);
        self.flow(rows, false);
    }

    /// A list item: `marker` ("•", "3.") right-aligned in the indent, the text beside it.
    pub fn list_item(&mut self, marker: &str, spans: &[Span], style: &TextStyle) {
        let mut rows = self.text_rows(spans, style);
        let marker = self.printable(&[Span::new(marker, Face::Regular)]).remove(0).text;
        let x = style.indent - MARKER_GAP - Face::Regular.width(&marker, style.size);
        if let Some(first) = rows.first_mut() {
            first.graphics.push(Graphic::Text {
                x,
                y: style.baseline(),
                face: Face::Regular,
                size: style.size,
                color: style.color,
                text: marker,
            });
        }
        self.flow(rows, false);
    }

    /// An SVG diagram centred in the column, at most `max_width` by `max_height` points.
    pub fn diagram(
        &mut self,
        svg: &str,
        max_width: f32,
        max_height: f32,
        space_before: f32,
    ) -> Result<()> {
        let ratio = svg::aspect_ratio(svg)?;
        let width = max_width.min(self.content_width()).min(max_height * ratio);
        let height = width / ratio;
        let graphics = self.printable_graphics(svg::graphics(
            svg,
            (self.content_width() - width) / 2.0,
            0.0,
            width,
            height,
        )?);
        self.flow(vec![Row { gap: space_before, height, graphics }], false);
        Ok(())
    }

    /// A table across the column: `widths` are shares of the column's width; the first row
    /// is the header, in bold, repeated on no other page (tables here are short). Each row
    /// stays whole and is ruled below.
    pub fn table(
        &mut self,
        widths: &[f32],
        rows: &[Vec<String>],
        style: &TextStyle,
        space_before: f32,
    ) {
        const PAD: f32 = 3.0;
        let total: f32 = widths.iter().sum();
        let width = self.content_width();
        let mut out = vec![];
        for (r, cells) in rows.iter().enumerate() {
            let face = if r == 0 { Face::Bold } else { Face::Regular };
            // Headings wrap between words, never inside one ("Vor der Schu-lung").
            let style = if r == 0 { style.hyphenate(false) } else { *style };
            let (mut x, mut graphics, mut height) = (0.0, vec![], 0.0f32);
            for (cell, share) in cells.iter().zip(widths) {
                let w = width * share / total;
                let rect = Rect { x: x + PAD, y: PAD, width: w - 2.0 * PAD, height: 0.0 };
                let (g, h) = self.boxed_text(rect, &[Span::new(cell, face)], &style);
                graphics.extend(g);
                height = height.max(h + 2.0 * PAD);
                x += w;
            }
            let stroke = Stroke::solid(super::palette::LINE, if r == 0 { 1.0 } else { 0.5 });
            graphics.push(Graphic::Path(Path {
                subpaths: vec![Subpath::polyline(&[(0.0, height), (width, height)], false)],
                fill: None,
                stroke: Some(stroke),
            }));
            out.push(Row { gap: if r == 0 { space_before } else { 0.0 }, height, graphics });
        }
        for (i, row) in out.into_iter().enumerate() {
            self.flow(vec![row], i == 0);
        }
    }

    /// A horizontal line across the column.
    pub fn rule(&mut self, stroke: Stroke, space_before: f32) {
        let y = stroke.width / 2.0;
        let path = Path {
            subpaths: vec![Subpath::polyline(&[(0.0, y), (self.content_width(), y)], false)],
            fill: None,
            stroke: Some(stroke),
        };
        self.flow(
            vec![Row {
                gap: space_before,
                height: stroke.width,
                graphics: vec![Graphic::Path(path)],
            }],
            false,
        );
    }

    /// Extra space above what comes next (none at the top of a page).
    pub fn space(&mut self, points: f32) {
        self.gap += points;
    }

    /// Goes on at the top of a new page.
    pub fn page_break(&mut self) {
        self.flush_pending();
        self.new_page();
    }

    /// Puts what `content` adds on one page when it fits on a page at all.
    pub fn keep_together(
        &mut self,
        content: impl FnOnce(&mut Document) -> Result<()>,
    ) -> Result<()> {
        if self.group.is_some() {
            return content(self);
        }
        self.group = Some(vec![]);
        let result = content(self);
        let chunks = self.group.take().unwrap_or_default();
        result?;
        let rows = chunks.concat();
        if height(&rows, false) <= self.content_height() + 0.01 {
            self.put(rows);
        } else {
            for chunk in chunks {
                self.put(chunk);
            }
        }
        Ok(())
    }

    fn flow(&mut self, mut rows: Vec<Row>, keep_with_next: bool) {
        if let Some(first) = rows.first_mut() {
            first.gap += std::mem::take(&mut self.gap);
        }
        if keep_with_next {
            self.pending.extend(rows);
            return;
        }
        // The first two and the last two lines stay together.
        let n = rows.len();
        let mut chunks: Vec<Vec<Row>> = vec![];
        for (i, row) in rows.into_iter().enumerate() {
            // Three lines or fewer stay whole.
            let joins_previous = i == 1 || i == n - 1 || n <= 3;
            match chunks.last_mut() {
                Some(chunk) if i > 0 && joins_previous => chunk.push(row),
                _ => chunks.push(vec![row]),
            }
        }
        for (i, mut chunk) in chunks.into_iter().enumerate() {
            if i == 0 && !self.pending.is_empty() {
                chunk.splice(0..0, std::mem::take(&mut self.pending));
            }
            match &mut self.group {
                Some(group) => group.push(chunk),
                None => self.put(chunk),
            }
        }
    }

    fn flush_pending(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        if !pending.is_empty() {
            self.put(pending);
        }
    }

    /// Places `rows` on the current page if they fit, else on a new one.
    fn put(&mut self, rows: Vec<Row>) {
        if !self.at_top() && self.y + height(&rows, true) > self.bottom() + 0.01 {
            self.new_page();
        }
        for row in rows {
            if !self.at_top() {
                // A chunk taller than a page breaks between its rows.
                if self.y + row.gap + row.height > self.bottom() + 0.01 {
                    self.new_page();
                } else {
                    self.y += row.gap;
                }
            }
            let (x, y) = (self.margins.left, self.y);
            self.current_page().extend(row.graphics.into_iter().map(|g| g.translated(x, y)));
            self.y += row.height;
        }
    }

    fn current_page(&mut self) -> &mut Vec<Graphic> {
        self.pages.last_mut().expect("a document has a page")
    }

    fn printable_graphics(&mut self, graphics: Vec<Graphic>) -> Vec<Graphic> {
        graphics
            .into_iter()
            .map(|g| match g {
                Graphic::Text { x, y, face, size, color, text } => {
                    let text = self.printable(&[Span { text, face }]).remove(0).text;
                    Graphic::Text { x, y, face, size, color, text }
                }
                path => path,
            })
            .collect()
    }

    // ---- Content at fixed positions, on the current page ----

    /// Starts a new page; flowing content goes on at its top.
    pub fn new_page(&mut self) {
        self.pages.push(vec![]);
        self.y = self.margins.top;
    }

    /// The height `spans` take in `style` when wrapped to `width`.
    pub fn measure(&self, spans: &[Span], style: &TextStyle, width: f32) -> f32 {
        text::wrap(spans, style.size, width, self.hyphenation(style)).len() as f32 * style.leading
    }

    /// `spans` wrapped to `rect`'s width and aligned in it, from its top; returns the
    /// height used, which may be more than `rect`'s (use `measure` to fit first).
    pub fn text_box(&mut self, rect: Rect, spans: &[Span], style: &TextStyle) -> f32 {
        let (graphics, height) = self.boxed_text(rect, spans, style);
        self.current_page().extend(graphics);
        height
    }

    fn boxed_text(&mut self, rect: Rect, spans: &[Span], style: &TextStyle) -> (Vec<Graphic>, f32) {
        let lines = self.wrap(spans, style, rect.width);
        let graphics = lines
            .iter()
            .enumerate()
            .flat_map(|(i, line)| {
                Document::line_graphics(
                    line,
                    style,
                    rect.x,
                    rect.width,
                    rect.y + i as f32 * style.leading + style.baseline(),
                )
            })
            .collect();
        (graphics, lines.len() as f32 * style.leading)
    }

    /// An SVG drawing fitted and centred in `rect`.
    pub fn diagram_at(&mut self, svg: &str, rect: Rect) -> Result<()> {
        let graphics = svg::graphics(svg, rect.x, rect.y, rect.width, rect.height)?;
        let graphics = self.printable_graphics(graphics);
        self.current_page().extend(graphics);
        Ok(())
    }

    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), stroke: Stroke) {
        let path = Path {
            subpaths: vec![Subpath::polyline(&[from, to], false)],
            fill: None,
            stroke: Some(stroke),
        };
        self.current_page().push(Graphic::Path(path));
    }

    /// A rectangle with corners rounded by `radius`, filled and/or outlined.
    pub fn rect(&mut self, rect: Rect, fill: Option<Color>, stroke: Option<Stroke>, radius: f32) {
        let shape = Subpath::rect(rect.x, rect.y, rect.width, rect.height, radius, radius);
        self.current_page().push(Graphic::Path(Path { subpaths: vec![shape], fill, stroke }));
    }

    /// The QR code of `payload` filling the square `rect`, drawn as one filled path of
    /// rectangles: one per run of dark modules in a row, so it stays sharp at any zoom and
    /// small in the file.
    pub fn qr_code(&mut self, payload: &str, rect: Rect) -> Result<()> {
        let (n, dark) = qr_modules(payload)?;
        let mut runs = vec![];
        for row in 0..n {
            let mut col = 0;
            while col < n {
                if dark[row * n + col] != qrcode::Color::Dark {
                    col += 1;
                    continue;
                }
                let start = col;
                while col < n && dark[row * n + col] == qrcode::Color::Dark {
                    col += 1;
                }
                runs.push((row as u16, start as u16, (col - start) as u16));
            }
        }
        let module = rect.width / n as f32;
        self.current_page().push(Graphic::Modules(Modules { x: rect.x, y: rect.y, module, runs }));
        Ok(())
    }

    /// Writes `footer(page, pages)` at the foot of every page, in the bottom margin.
    pub fn footers(&mut self, style: &TextStyle, footer: impl Fn(usize, usize) -> Footer) {
        self.flush_pending();
        let (width, height) = self.page_size();
        let top = height - self.margins.bottom + (self.margins.bottom - style.leading) / 2.0;
        let pages = self.pages.len();
        for page in 0..pages {
            let Footer { left, right } = footer(page + 1, pages);
            let right = [Span::new(right, Face::Regular)];
            let right_width = Face::Regular.width(&right[0].text, style.size);
            let right_rect = Rect {
                x: width - self.margins.right - right_width,
                y: top,
                width: right_width,
                height: style.leading,
            };
            let (right, _) =
                self.boxed_text(right_rect, &right, &style.align(Align::Right).hyphenate(false));
            // The left text gets what the page number leaves, on more lines if need be.
            let left_rect = Rect {
                x: self.margins.left,
                y: top,
                width: self.content_width() - right_width - 12.0,
                height: style.leading,
            };
            let (left, _) = self.boxed_text(
                left_rect,
                &[Span::new(left, Face::Regular)],
                &style.align(Align::Left).hyphenate(false),
            );
            self.pages[page].extend(left.into_iter().chain(right));
        }
    }

    /// The PDF file. Fails if printpdf reports any problem. Streams are compressed fast,
    /// not best: the best level took most of a certificate batch's time for files a few
    /// percent smaller.
    pub fn finish(mut self) -> Result<Vec<u8>> {
        self.flush_pending();
        let mut pdf = PdfDocument::new(&self.title);
        pdf.metadata.info.creator = "Respond".to_string();
        let mut fonts = Vec::with_capacity(Face::ALL.len());
        for face in Face::ALL {
            let parsed = ParsedFont::from_bytes(face.bytes(), 0, &mut vec![])
                .ok_or_else(|| Error::Pdf(format!("the {face:?} font cannot be read")))?;
            fonts.push(pdf.add_font(&parsed));
        }
        let (width, height) = self.page_size();
        let sheet = || printpdf::Rect::from_wh(Pt(width), Pt(height));
        let pages = self
            .pages
            .iter()
            .map(|g| PdfPage {
                media_box: sheet(),
                trim_box: sheet(),
                crop_box: sheet(),
                ops: draw::ops(g, &fonts, height),
            })
            .collect();
        let mut warnings = vec![];
        // Not `secure`: that drops the operators printpdf has no name for, which the QR
        // codes are drawn with (`draw::Modules`); every operation here is Respond's own.
        let options =
            PdfSaveOptions { optimize: false, secure: false, ..PdfSaveOptions::default() };
        let mut doc = pdf.with_pages(pages).to_lopdf_document(&options, &mut warnings);
        for object in doc.objects.values_mut() {
            if let lopdf::Object::Stream(stream) = object {
                if stream.allows_compression {
                    compress(stream)?;
                }
            }
        }
        let mut bytes = vec![];
        doc.save_to(&mut bytes).map_err(|e| Error::Pdf(e.to_string()))?;
        if !warnings.is_empty() {
            let messages: Vec<String> =
                warnings.iter().map(|w| format!("page {}: {}", w.page, w.msg)).collect();
            return Err(Error::Pdf(format!("the PDF library reported: {}", messages.join("; "))));
        }
        Ok(bytes)
    }
}

/// Deflates a stream not compressed yet, when that makes it smaller.
fn compress(stream: &mut lopdf::Stream) -> Result<()> {
    use std::io::Write;
    if stream.dict.get(b"Filter").is_ok() {
        return Ok(());
    }
    let mut encoder = flate2::write::ZlibEncoder::new(vec![], flate2::Compression::fast());
    encoder.write_all(&stream.content)?;
    let compressed = encoder.finish()?;
    if compressed.len() < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
    Ok(())
}

/// The QR code of `payload` at error correction level M: its width in modules, and its
/// modules row by row. The mask is the first the standard lists, not the one of the eight
/// scoring best: scoring all eight took most of a certificate's time, and readers decode
/// any mask.
fn qr_modules(payload: &str) -> Result<(usize, Vec<qrcode::Color>)> {
    use qrcode::optimize::{Optimizer, Parser, Segment};
    use qrcode::{bits::Bits, canvas::Canvas, canvas::MaskPattern, EcLevel, Version};
    let failed = |e: qrcode::types::QrError| Error::Pdf(format!("QR code: {e}"));
    let level = EcLevel::M;
    let data = payload.as_bytes();
    // Split into runs of digits, letters and bytes once; each version only regroups them.
    let parsed: Vec<Segment> = Parser::new(data).collect();
    let fit = |version: i16| {
        let version = Version::Normal(version);
        let mut bits = Bits::new(version);
        let segments = Optimizer::new(parsed.iter().copied(), version);
        (bits.push_segments(data, segments).is_ok() && bits.push_terminator(level).is_ok())
            .then_some(bits)
    };
    // The smallest version it fits: a larger one always fits what a smaller one does.
    let versions: Vec<i16> = (1..=40).collect();
    let smallest = versions.partition_point(|v| fit(*v).is_none());
    let bits = versions
        .get(smallest)
        .and_then(|v| fit(*v))
        .ok_or_else(|| failed(qrcode::types::QrError::DataTooLong))?;
    let version = bits.version();
    let (data, ec) =
        qrcode::ec::construct_codewords(&bits.into_bytes(), version, level).map_err(failed)?;
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    canvas.apply_mask(MaskPattern::Checkerboard);
    Ok((usize::try_from(version.width()).unwrap_or(0), canvas.into_colors()))
}

#[cfg(test)]
impl Document {
    /// Every piece of text placed so far, with its face.
    pub(crate) fn texts(&self) -> Vec<(String, Face)> {
        self.pages
            .iter()
            .flatten()
            .filter_map(|g| match g {
                Graphic::Text { text, face, .. } => Some((text.clone(), *face)),
                Graphic::Path(_) | Graphic::Modules(_) => None,
            })
            .collect()
    }
}
