//! The layout engine of every printed document: a small layer over printpdf
//! ([`Document`]: flowing text with real line breaking, diagrams, fixed positions, page
//! numbers) and the modules' Markdown on paper. What is printed lives in `print/`.
//! Every PDF embeds (a subset of) Noto Sans, so its text can be searched and copied.

mod draw;
mod fonts;
mod layout;
mod markdown;
mod svg;
mod text;

pub use draw::{Cap, Color, Join, Stroke};
pub use fonts::Face;
pub use layout::{Align, Document, Footer, Margins, Paper, Rect, TextStyle};
pub use markdown::{render as render_markdown, Styles};
pub use text::{Span, SOFT_HYPHEN};

/// Colours shared by the printed documents.
pub(crate) mod palette {
    use super::Color;

    pub const INK: Color = Color::hex(0x1a1a1a);
    pub const HEADING: Color = Color::hex(0x1f3a5f);
    pub const MUTED: Color = Color::hex(0x55606b);
    pub const ALERT: Color = Color::hex(0xb3261e);
    pub const LINE: Color = Color::hex(0xb8c2cc);
}
