//! Printed documents: a small layout layer over printpdf ([`Document`]: flowing text with
//! real line breaking, diagrams, fixed positions, page numbers), the modules' Markdown on
//! paper, and what Respond prints with them: myth-busting handouts and the release card.
//! Every PDF embeds (a subset of) Noto Sans, so its text can be searched and copied.

mod card;
mod draw;
mod fonts;
mod handout;
mod layout;
mod markdown;
mod svg;
mod text;

pub use card::release_card;
pub use draw::{Cap, Color, Join, Stroke};
pub use fonts::Face;
pub use handout::{handout, personal_handout};
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
