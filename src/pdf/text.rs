//! Line breaking: break opportunities by Unicode's rules (UAX #14), widths from the
//! embedded fonts' glyph advances, and hyphenation of a long word where it would otherwise
//! overflow the column or leave a very ragged line.

use std::ops::Range;
use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language as HyphLanguage, Load, Standard};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use super::fonts::Face;
use crate::i18n::Language;

/// The hyphen printed at a break inside a word. It is a soft hyphen, so text extracted
/// from the PDF still tells a break inside a word ("Herz\u{ad}\ndruckmassage") from a
/// real hyphen ("Take-Home-").
pub const SOFT_HYPHEN: char = '\u{ad}';

/// A line that would leave more than this share of the column empty tries to hyphenate
/// the next word instead.
const RAGGED: f32 = 0.2;

/// A piece of text in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub text: String,
    pub face: Face,
}

impl Span {
    pub fn new(text: impl Into<String>, face: Face) -> Span {
        Span { text: text.into(), face }
    }
}

/// Text in one face placed at `x` (points from the start of the line).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub x: f32,
    pub face: Face,
    pub text: String,
}

/// One laid-out line, `width` points wide.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

/// When to hyphenate.
#[derive(Clone, Copy)]
pub enum Hyphenation {
    Never,
    /// Only a word wider than the whole column (headings, short labels).
    Overflow(&'static Standard),
    /// Also a word that would leave a very ragged line (running text).
    Ragged(&'static Standard),
}

impl Hyphenation {
    fn dictionary(self) -> Option<&'static Standard> {
        match self {
            Hyphenation::Never => None,
            Hyphenation::Overflow(d) | Hyphenation::Ragged(d) => Some(d),
        }
    }
}

/// The hyphenation patterns of `lang` (TeX patterns compiled into the binary).
pub fn dictionary(lang: Language) -> Option<&'static Standard> {
    static DICTIONARIES: OnceLock<Vec<Option<Standard>>> = OnceLock::new();
    let all = DICTIONARIES.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|l| {
                let patterns = match l {
                    Language::En => HyphLanguage::EnglishGB,
                    Language::Fr => HyphLanguage::French,
                    Language::De => HyphLanguage::German1996,
                    Language::Nl => HyphLanguage::Dutch,
                    Language::Pt => HyphLanguage::Portuguese,
                };
                Standard::from_embedded(patterns).ok()
            })
            .collect()
    });
    let index = Language::ALL.iter().position(|l| *l == lang)?;
    all[index].as_ref()
}

/// The text of `spans` as one string, and the face of each byte range.
struct Styled {
    text: String,
    faces: Vec<(Range<usize>, Face)>,
}

impl Styled {
    fn new(spans: &[Span]) -> Styled {
        let mut text = String::new();
        let mut faces = vec![];
        for span in spans {
            let start = text.len();
            text.push_str(&span.text.replace('\t', " "));
            faces.push((start..text.len(), span.face));
        }
        Styled { text, faces }
    }

    /// The face of the byte at `at`.
    fn face_at(&self, at: usize) -> Face {
        self.faces.iter().find(|(r, _)| r.contains(&at)).map_or(Face::Regular, |(_, f)| *f)
    }

    /// `range` cut where the face changes, soft hyphens dropped unless `keep_soft_hyphen`
    /// and the hyphen ends the range.
    fn pieces(&self, range: Range<usize>, keep_soft_hyphen: bool) -> Vec<(Face, String)> {
        let mut out: Vec<(Face, String)> = vec![];
        for (r, face) in &self.faces {
            let (start, end) = (r.start.max(range.start), r.end.min(range.end));
            if start >= end {
                continue;
            }
            let text: String = self.text[start..end]
                .char_indices()
                .filter(|(i, c)| {
                    *c != SOFT_HYPHEN || (keep_soft_hyphen && start + i + c.len_utf8() == range.end)
                })
                .map(|(_, c)| c)
                .filter(|c| !c.is_control())
                .collect();
            match out.last_mut() {
                Some((f, t)) if f == face => t.push_str(&text),
                _ if text.is_empty() => {}
                _ => out.push((*face, text)),
            }
        }
        out
    }

    fn width(&self, range: Range<usize>, size: f32, keep_soft_hyphen: bool) -> f32 {
        self.pieces(range, keep_soft_hyphen).iter().map(|(face, text)| face.width(text, size)).sum()
    }
}

/// A stretch between two break opportunities: a word with its trailing spaces.
#[derive(Debug, Clone)]
struct Segment {
    start: usize,
    /// Where the trailing whitespace starts.
    content_end: usize,
    end: usize,
    mandatory: bool,
}

/// Whether a break at `end` falls inside words joined by no-break spaces, as after the |
/// of "r = |z| / √N" (UAX #14 allows a break there): such a formula stays on one line.
fn glued(text: &str, end: usize) -> bool {
    let regular = |c: char| c.is_whitespace() && c != '\u{a0}';
    if text[..end].ends_with(regular) {
        return false;
    }
    let start = text[..end]
        .rfind(regular)
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let stop = text[end..].find(regular).map_or(text.len(), |i| end + i);
    text[start..stop].contains('\u{a0}')
}

fn segments(text: &str) -> Vec<Segment> {
    let mut out = vec![];
    let mut start = 0;
    for (end, opportunity) in linebreaks(text) {
        if opportunity == BreakOpportunity::Allowed && glued(text, end) {
            continue;
        }
        let content_end = start + text[start..end].trim_end().len();
        out.push(Segment {
            start,
            content_end,
            end,
            mandatory: opportunity == BreakOpportunity::Mandatory && end < text.len(),
        });
        start = end;
    }
    out
}

/// A line being filled: byte ranges of the text, and whether it ends with an added hyphen.
#[derive(Default)]
struct Filling {
    ranges: Vec<Range<usize>>,
    hyphen: bool,
}

/// Breaks `spans` into lines no wider than `width` at `size` points.
pub fn wrap(spans: &[Span], size: f32, width: f32, hyphenation: Hyphenation) -> Vec<Line> {
    let styled = Styled::new(spans);
    let mut queue: std::collections::VecDeque<Segment> = segments(&styled.text).into();
    let mut lines = vec![];
    let mut line = Filling::default();
    // Width of the line so far with and without its trailing spaces.
    let (mut filled, mut filled_content) = (0.0f32, 0.0f32);

    while let Some(seg) = queue.pop_front() {
        // A soft hyphen ending the word shows if the line breaks there: count it.
        let content = styled.width(seg.start..seg.content_end, size, true);
        let fits = filled + content <= width + 0.01;
        if fits {
            filled_content = filled + content;
            filled += styled.width(seg.start..seg.end, size, false);
            line.ranges.push(seg.start..seg.end);
        } else {
            let empty = line.ranges.is_empty();
            let ragged = width - filled_content > RAGGED * width;
            let may_hyphenate = empty || (ragged && matches!(hyphenation, Hyphenation::Ragged(_)));
            let split = hyphenation
                .dictionary()
                .filter(|_| may_hyphenate)
                .and_then(|d| hyphen_split(&styled, &seg, d, size, width - filled))
                .map(|at| (at, true))
                .or_else(|| empty.then(|| (char_split(&styled, &seg, size, width), false)));
            match split {
                Some((at, hyphen)) => {
                    line.ranges.push(seg.start..at);
                    line.hyphen = hyphen;
                    queue.push_front(Segment { start: at, ..seg });
                }
                // The word goes whole to the next line.
                None => queue.push_front(seg),
            }
            lines.push(finish(&styled, std::mem::take(&mut line), size));
            (filled, filled_content) = (0.0, 0.0);
            continue;
        }
        if seg.mandatory {
            lines.push(finish(&styled, std::mem::take(&mut line), size));
            (filled, filled_content) = (0.0, 0.0);
        }
    }
    if !line.ranges.is_empty() || lines.is_empty() {
        lines.push(finish(&styled, line, size));
    }
    lines
}

/// The latest hyphenation point of the word in `seg` whose first part, with its hyphen,
/// fits in `room` points.
fn hyphen_split(
    styled: &Styled,
    seg: &Segment,
    dictionary: &Standard,
    size: f32,
    room: f32,
) -> Option<usize> {
    let word = &styled.text[seg.start..seg.content_end];
    // Hyphenate the letters only: not the quotes, brackets or punctuation around them.
    let lead = word.len() - word.trim_start_matches(|c: char| !c.is_alphabetic()).len();
    let core = word[lead..].trim_end_matches(|c: char| !c.is_alphabetic());
    if core.chars().any(|c| !c.is_alphabetic() && c != SOFT_HYPHEN) {
        return None;
    }
    let core_start = seg.start + lead;
    dictionary.hyphenate(core).breaks.iter().rev().map(|b| core_start + b).find(|&at| {
        let hyphen = styled.face_at(at.saturating_sub(1)).width(&SOFT_HYPHEN.to_string(), size);
        styled.width(seg.start..at, size, false) + hyphen <= room
    })
}

/// The longest start of an unbreakable word that fits a whole line (at least one character).
fn char_split(styled: &Styled, seg: &Segment, size: f32, width: f32) -> usize {
    let word = &styled.text[seg.start..seg.content_end];
    let mut at = seg.start + word.chars().next().map_or(0, char::len_utf8);
    for (i, c) in word.char_indices().skip(1) {
        let end = seg.start + i + c.len_utf8();
        if styled.width(seg.start..end, size, false) > width {
            break;
        }
        at = end;
    }
    at
}

fn finish(styled: &Styled, line: Filling, size: f32) -> Line {
    let mut runs: Vec<Run> = vec![];
    let mut x = 0.0;
    let last = line.ranges.len().saturating_sub(1);
    for (i, range) in line.ranges.iter().enumerate() {
        let range = if i == last {
            range.start..range.start + styled.text[range.clone()].trim_end().len()
        } else {
            range.clone()
        };
        for (face, text) in styled.pieces(range, i == last) {
            let w = face.width(&text, size);
            match runs.last_mut() {
                Some(run) if run.face == face => run.text.push_str(&text),
                _ => runs.push(Run { x, face, text }),
            }
            x += w;
        }
    }
    if let (true, Some(run)) = (line.hyphen, runs.last_mut()) {
        run.text.push(SOFT_HYPHEN);
        x += run.face.width(&SOFT_HYPHEN.to_string(), size);
    }
    Line { runs, width: x }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<Span> {
        vec![Span::new(text, Face::Regular)]
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.runs.iter().map(|r| r.text.as_str()).collect()).collect()
    }

    #[test]
    fn words_joined_by_no_break_spaces_stay_on_one_line() {
        let formula = "r = |z| / √N".replace(' ', "\u{a0}");
        let text = format!("effect size {formula} = 0.62, and/or more");
        for width in [60.0, 80.0, 100.0, 140.0] {
            let lines = texts(&wrap(&plain(&text), 10.0, width, Hyphenation::Never));
            assert!(lines.iter().any(|l| l.contains(&formula)), "{width}: {lines:?}");
        }
        let lines = texts(&wrap(&plain("and/or and/or"), 10.0, 30.0, Hyphenation::Never));
        assert!(lines.len() > 2, "a slash without a no-break space still breaks: {lines:?}");
    }

    #[test]
    fn words_fill_lines_and_no_line_is_wider_than_the_column() {
        let text =
            "Wählen Sie sofort den Notruf. Schalten Sie den Lautsprecher ein, so haben Sie die Hände frei. Zu zweit? Eine Person ruft an, die andere hilft.";
        for width in [60.0, 90.0, 150.0, 300.0] {
            let lines = wrap(
                &plain(text),
                11.0,
                width,
                Hyphenation::Ragged(dictionary(Language::De).unwrap()),
            );
            for line in &lines {
                assert!(line.width <= width + 0.01, "{width}: {:?}", texts(&lines));
            }
            let joined = texts(&lines).join("\n").replace("\u{ad}\n", "").replace('\n', " ");
            assert_eq!(joined, text, "{width}");
        }
    }

    #[test]
    fn a_long_german_compound_never_overflows_and_breaks_at_syllables() {
        let word = "Betäubungsmittelverschreibungsverordnung";
        let de = dictionary(Language::De).unwrap();
        let lines = wrap(&plain(word), 12.0, 80.0, Hyphenation::Overflow(de));
        assert!(lines.len() > 1, "{:?}", texts(&lines));
        for line in &lines {
            assert!(line.width <= 80.01, "{:?}", texts(&lines));
        }
        let texts = texts(&lines);
        assert!(texts[..texts.len() - 1].iter().all(|t| t.ends_with(SOFT_HYPHEN)), "{texts:?}");
        assert_eq!(texts.concat().replace(SOFT_HYPHEN, ""), word);
    }

    #[test]
    fn without_patterns_an_overlong_word_is_cut_to_fit() {
        let lines = wrap(&plain("Herzdruckmassage"), 12.0, 30.0, Hyphenation::Never);
        assert!(lines.iter().all(|l| l.width <= 30.01), "{:?}", texts(&lines));
        assert_eq!(texts(&lines).concat(), "Herzdruckmassage");
    }

    #[test]
    fn a_ragged_line_hyphenates_the_next_word_only_when_allowed() {
        let nl = dictionary(Language::Nl).unwrap();
        let text = "Ga in stabiele zijligging liggen";
        // "zijligging" leaves a third of the line empty.
        let width = Face::Regular.width("Ga in stabiele zijlig-", 11.0) + 1.0;
        let ragged = texts(&wrap(&plain(text), 11.0, width, Hyphenation::Ragged(nl)));
        assert_eq!(ragged[0], "Ga in stabiele zijlig\u{ad}", "{ragged:?}");
        assert_eq!(ragged.join("\n").replace("\u{ad}\n", "").replace('\n', " "), text);
        let whole = texts(&wrap(&plain(text), 11.0, width, Hyphenation::Overflow(nl)));
        assert_eq!(whole[0], "Ga in stabiele", "{whole:?}");
    }

    #[test]
    fn faces_and_hard_breaks_are_kept() {
        let spans = vec![
            Span::new("Fakt: ", Face::Bold),
            Span::new("kurzer Hautkontakt\nreicht nicht.", Face::Regular),
        ];
        let lines = wrap(&spans, 10.0, 500.0, Hyphenation::Never);
        assert_eq!(texts(&lines), vec!["Fakt: kurzer Hautkontakt", "reicht nicht."]);
        assert_eq!(lines[0].runs[0], Run { x: 0.0, face: Face::Bold, text: "Fakt: ".into() });
        assert!((lines[0].runs[1].x - Face::Bold.width("Fakt: ", 10.0)).abs() < 0.01);
    }

    #[test]
    fn soft_hyphens_in_the_text_show_only_at_a_break() {
        let text = "Naloxon\u{ad}nasenspray";
        assert_eq!(
            texts(&wrap(&plain(text), 10.0, 500.0, Hyphenation::Never)),
            vec!["Naloxonnasenspray"]
        );
        let narrow = Face::Regular.width("nasenspray", 10.0) + 1.0;
        assert_eq!(
            texts(&wrap(&plain(text), 10.0, narrow, Hyphenation::Never)),
            vec!["Naloxon\u{ad}", "nasenspray"]
        );
    }
}
