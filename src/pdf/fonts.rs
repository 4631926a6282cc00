//! The embedded Noto Sans family (SIL OFL 1.1, see `assets/fonts/OFL.txt`) and the glyph
//! metrics line breaking measures with. printpdf embeds the same bytes, so what is measured
//! is what is printed.

use std::sync::OnceLock;

/// One face of the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Face {
    pub const ALL: [Face; 4] = [Face::Regular, Face::Bold, Face::Italic, Face::BoldItalic];

    pub fn new(bold: bool, italic: bool) -> Face {
        match (bold, italic) {
            (false, false) => Face::Regular,
            (true, false) => Face::Bold,
            (false, true) => Face::Italic,
            (true, true) => Face::BoldItalic,
        }
    }

    pub fn is_bold(self) -> bool {
        matches!(self, Face::Bold | Face::BoldItalic)
    }

    pub fn is_italic(self) -> bool {
        matches!(self, Face::Italic | Face::BoldItalic)
    }

    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
            Face::Bold => include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
            Face::Italic => include_bytes!("../../assets/fonts/NotoSans-Italic.ttf"),
            Face::BoldItalic => include_bytes!("../../assets/fonts/NotoSans-BoldItalic.ttf"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn metrics(self) -> &'static Metrics {
        static METRICS: OnceLock<Vec<Metrics>> = OnceLock::new();
        &METRICS.get_or_init(|| Face::ALL.iter().map(|f| Metrics::new(f.bytes())).collect())
            [self.index()]
    }

    /// Whether the face has a glyph for `c`.
    pub fn has_glyph(self, c: char) -> bool {
        self.metrics().advance(c).is_some()
    }

    /// The advance width of `text` at `size` points, without kerning (printpdf applies none).
    pub fn width(self, text: &str, size: f32) -> f32 {
        let m = self.metrics();
        let units: u32 = text.chars().filter_map(|c| m.advance(c)).map(u32::from).sum();
        units as f32 * size / m.units_per_em
    }

    /// Height above the baseline of the tallest glyphs, at `size` points.
    pub fn ascent(self, size: f32) -> f32 {
        self.metrics().ascender * size
    }

    /// Depth below the baseline (positive), at `size` points.
    pub fn descent(self, size: f32) -> f32 {
        self.metrics().descender * size
    }
}

/// Characters below this have their advance looked up once, when the face is first used:
/// the five languages' letters and punctuation, measured again and again by line breaking.
const TABLED: u32 = 0x250;

struct Metrics {
    face: ttf_parser::Face<'static>,
    /// The advance of each character below [`TABLED`]; `None` where the face has no glyph.
    tabled: Vec<Option<u16>>,
    units_per_em: f32,
    /// In ems.
    ascender: f32,
    descender: f32,
}

impl Metrics {
    fn new(bytes: &'static [u8]) -> Metrics {
        // The fonts are compiled in: a parse failure is a broken build, caught by every PDF test.
        let face = ttf_parser::Face::parse(bytes, 0).expect("embedded font parses");
        let units_per_em = f32::from(face.units_per_em());
        let ascender = f32::from(face.ascender()) / units_per_em;
        let descender = -f32::from(face.descender()) / units_per_em;
        let tabled =
            (0..TABLED).map(|c| char::from_u32(c).and_then(|c| lookup(&face, c))).collect();
        Metrics { face, tabled, units_per_em, ascender, descender }
    }

    fn advance(&self, c: char) -> Option<u16> {
        match self.tabled.get(c as usize) {
            Some(advance) => *advance,
            None => lookup(&self.face, c),
        }
    }
}

fn lookup(face: &ttf_parser::Face, c: char) -> Option<u16> {
    face.glyph_index(c).map(|g| face.glyph_hor_advance(g).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_covers_the_five_languages_and_print_punctuation() {
        let sample = "Grüße ação garçon stabiele zijligging ÀÉÈÊËÎÏÔÙÛÜŸÇŒÆ œæ ß ÄÖÜ äöü ãõâêôáéíóúàç ĳ “”‘’„‚«» – — … · • € № \u{a0}\u{202f}\u{ad}";
        for face in Face::ALL {
            for c in sample.chars().filter(|c| *c != ' ') {
                assert!(face.has_glyph(c), "{face:?} has no glyph for {c:?} (U+{:04X})", c as u32);
            }
        }
    }

    #[test]
    fn bold_text_is_wider_and_width_scales_with_size() {
        let regular = Face::Regular.width("Überdosis", 10.0);
        assert!(regular > 30.0 && regular < 60.0, "{regular}");
        assert!(Face::Bold.width("Überdosis", 10.0) > regular);
        assert!((Face::Regular.width("Überdosis", 20.0) - 2.0 * regular).abs() < 0.01);
    }
}
