//! The modules' Markdown on paper: headings, paragraphs with bold and italic, bullet and
//! numbered lists (nested too), the content's diagrams, quotes, code and rules. Raw HTML
//! is printed as text, as the app shows it.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Parser, Tag, TagEnd};

use super::draw::Stroke;
use super::fonts::Face;
use super::layout::{Document, TextStyle};
use super::palette;
use super::text::Span;
use crate::Result;

/// How each kind of block looks.
#[derive(Debug, Clone)]
pub struct Styles {
    pub body: TextStyle,
    /// Levels 1, 2 and 3 (and deeper).
    pub headings: [TextStyle; 3],
    /// Space above each list item after the first.
    pub item_spacing: f32,
    /// How far each list or quote level is indented.
    pub indent: f32,
    pub diagram_height: f32,
    pub rule: Stroke,
}

impl Default for Styles {
    fn default() -> Self {
        let dark = palette::HEADING;
        Styles {
            body: TextStyle::new(10.5).space_before(6.0),
            headings: [
                TextStyle::new(20.0).leading(25.0).color(dark).space_before(14.0),
                TextStyle::new(14.0).leading(18.0).color(dark).space_before(14.0),
                TextStyle::new(12.0).leading(15.5).color(dark).space_before(10.0),
            ],
            item_spacing: 2.5,
            indent: 16.0,
            diagram_height: 260.0,
            rule: Stroke::solid(palette::LINE, 0.75),
        }
    }
}

/// What is being collected from the events.
struct State<'a> {
    styles: &'a Styles,
    spans: Vec<Span>,
    bold: u32,
    italic: u32,
    heading: Option<usize>,
    /// Open lists, innermost last: the next number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    /// The marker of the item whose first block has not been written yet.
    marker: Option<String>,
    first_item: bool,
    quotes: usize,
    /// An image's description, collected while inside it.
    image: Option<(String, String)>,
}

impl State<'_> {
    fn push(&mut self, text: &str) {
        let face = Face::new(self.bold > 0, self.italic > 0);
        match self.spans.last_mut() {
            Some(span) if span.face == face => span.text.push_str(text),
            _ => self.spans.push(Span::new(text, face)),
        }
    }

    /// Writes the text collected so far as a heading, list item or paragraph.
    fn flush(&mut self, doc: &mut Document) {
        let mut spans = std::mem::take(&mut self.spans);
        if let Some(last) = spans.last_mut() {
            last.text.truncate(last.text.trim_end().len());
        }
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return;
        }
        if let Some(level) = self.heading {
            let bold: Vec<Span> = spans
                .into_iter()
                .map(|s| Span { face: Face::new(true, s.face.is_italic()), ..s })
                .collect();
            doc.heading(&bold, &self.styles.headings[level.min(3) - 1]);
            return;
        }
        let body = self.styles.body;
        let style =
            body.indent(body.indent + (self.lists.len() + self.quotes) as f32 * self.styles.indent);
        match self.marker.take() {
            Some(marker) => {
                let spacing = if std::mem::take(&mut self.first_item) {
                    body.space_before
                } else {
                    self.styles.item_spacing
                };
                doc.list_item(&marker, &spans, &style.space_before(spacing));
            }
            None if !self.lists.is_empty() => {
                doc.paragraph(&spans, &style.space_before(self.styles.item_spacing))
            }
            None => doc.paragraph(&spans, &style),
        }
    }
}

/// Lays `markdown` out in `doc`. `diagram` gives the SVG of an image the Markdown names;
/// an image it does not know prints as its description.
pub fn render(
    doc: &mut Document,
    markdown: &str,
    styles: &Styles,
    diagram: &dyn Fn(&str) -> Option<String>,
) -> Result<()> {
    let mut state = State {
        styles,
        spans: vec![],
        bold: 0,
        italic: 0,
        heading: None,
        lists: vec![],
        marker: None,
        first_item: false,
        quotes: 0,
        image: None,
    };
    for event in Parser::new(markdown) {
        if let Some((_, alt)) = state.image.as_mut() {
            match event {
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                Event::End(TagEnd::Image) => {
                    let (name, alt) = state.image.take().unwrap_or_default();
                    match diagram(&name) {
                        Some(svg) => {
                            state.flush(doc);
                            doc.diagram(
                                &svg,
                                doc.content_width(),
                                styles.diagram_height,
                                styles.body.space_before * 2.0,
                            )?;
                        }
                        None => state.push(&alt),
                    }
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                state.flush(doc);
                state.heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    _ => 3,
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                state.flush(doc);
                state.heading = None;
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock) => state.flush(doc),
            Event::Start(Tag::List(start)) => {
                state.flush(doc);
                state.lists.push(start);
                state.first_item = true;
            }
            Event::End(TagEnd::List(_)) => {
                state.flush(doc);
                state.lists.pop();
            }
            Event::Start(Tag::Item) => {
                state.flush(doc);
                state.marker = Some(match state.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}.", *n - 1)
                    }
                    _ => "•".to_string(),
                });
            }
            Event::Start(Tag::BlockQuote(_)) => {
                state.flush(doc);
                state.quotes += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                state.flush(doc);
                state.quotes -= 1;
            }
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_) | CodeBlockKind::Indented)) => {
                state.flush(doc)
            }
            Event::Start(Tag::Emphasis) => state.italic += 1,
            Event::End(TagEnd::Emphasis) => state.italic -= 1,
            Event::Start(Tag::Strong) => state.bold += 1,
            Event::End(TagEnd::Strong) => state.bold -= 1,
            Event::Start(Tag::Image { dest_url, .. }) => {
                state.image = Some((dest_url.to_string(), String::new()))
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                state.push(&t)
            }
            Event::SoftBreak => state.push(" "),
            Event::HardBreak => state.push("\n"),
            Event::Rule => {
                state.flush(doc);
                doc.rule(styles.rule, styles.body.space_before * 1.5);
                doc.space(styles.body.space_before * 1.5);
            }
            _ => {}
        }
    }
    state.flush(doc);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::pdf::layout::Paper;

    /// The lines of text the document holds, page by page.
    fn lay_out(markdown: &str) -> Document {
        let mut doc = Document::new("t", Paper::A4, Language::En);
        render(&mut doc, markdown, &Styles::default(), &|name| {
            (name == "known.svg").then(|| {
                r#"<svg viewBox="0 0 100 50"><text x="1" y="20">Label</text></svg>"#.to_string()
            })
        })
        .unwrap();
        doc
    }

    #[test]
    fn blocks_lists_and_emphasis_become_text_in_the_right_faces() {
        let doc = lay_out("# Title\n\nSome **bold** and *italic* and ***both***.\n\n- one\n- two\n  1. nested\n\n3. three\n4. four\n\n![A diagram](known.svg)\n\n![Lost](lost.svg)\n");
        let texts = doc.texts();
        for (text, face) in [
            ("Title", Face::Bold),
            ("bold", Face::Bold),
            ("italic", Face::Italic),
            ("both", Face::BoldItalic),
            ("•", Face::Regular),
            ("1.", Face::Regular),
            ("3.", Face::Regular),
            ("4.", Face::Regular),
            ("Label", Face::Regular),
            ("Lost", Face::Regular),
        ] {
            assert!(
                texts.iter().any(|(t, f)| t.trim() == text && *f == face),
                "{text} {face:?} in {texts:?}"
            );
        }
        assert!(!texts.iter().any(|(t, _)| t.contains("A diagram")), "{texts:?}");
    }
}
