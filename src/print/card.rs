//! The release card: one sheet in four panels, folded along the dashed lines to pocket
//! size. It holds the emergency number of the site's country, the response in six steps,
//! why to stay with the person, and the site's local services, in the person's language.

use crate::content::{Library, SiteValues};
use crate::i18n::{Language, Localizer};
use crate::pdf::{palette, Align, Color, Document, Face, Paper, Rect, Span, Stroke, TextStyle};
use crate::{Error, Result};

/// What a panel holds, top to bottom.
enum Block {
    /// White on a coloured band.
    Banner(String),
    Heading(String),
    Text(String),
    Strong(String),
    /// The emergency number, as large as the panel allows.
    Number(String),
    Step(usize, String),
    Bullet(String),
}

/// Space around a panel's content.
const PADDING: f32 = 16.0;
/// The largest the emergency number is printed.
const NUMBER_SIZE: f32 = 46.0;

/// Lays `blocks` out in `rect` at `scale` (1 = full size); draws them when `draw`.
/// Returns the height they take.
fn lay(doc: &mut Document, rect: Rect, blocks: &[Block], scale: f32, draw: bool) -> f32 {
    let body = TextStyle::new(13.0 * scale).color(palette::INK);
    let mut y = rect.y;
    for (i, block) in blocks.iter().enumerate() {
        let follows_a_step = i > 0 && matches!(blocks[i - 1], Block::Step(..));
        y += match block {
            _ if i == 0 => 0.0,
            Block::Banner(_) | Block::Heading(_) => 12.0 * scale,
            Block::Text(_) | Block::Strong(_) => 7.0 * scale,
            Block::Number(_) => 2.0 * scale,
            Block::Step(..) if follows_a_step => 6.0 * scale,
            Block::Step(..) => 10.0 * scale,
            Block::Bullet(_) => 4.0 * scale,
        };
        // The text of the block, its style, and how far it is indented.
        let (text, style, indent) = match block {
            Block::Banner(text) => {
                let style = TextStyle::new(20.0 * scale)
                    .leading(24.0 * scale)
                    .color(Color::WHITE)
                    .hyphenate(false);
                let spans = [Span::new(text, Face::Bold)];
                let pad = 10.0 * scale;
                let height = doc.measure(&spans, &style, rect.width - 2.0 * pad) + 2.0 * pad;
                if draw {
                    doc.rect(
                        Rect { x: rect.x, y, width: rect.width, height },
                        Some(palette::ALERT),
                        None,
                        6.0,
                    );
                    doc.text_box(
                        Rect { x: rect.x + pad, y: y + pad, width: rect.width - 2.0 * pad, height },
                        &spans,
                        &style,
                    );
                }
                y += height;
                continue;
            }
            Block::Heading(text) => (
                Span::new(text, Face::Bold),
                TextStyle::new(17.0 * scale).color(palette::HEADING).hyphenate(false),
                0.0,
            ),
            Block::Text(text) => (Span::new(text, Face::Regular), body, 0.0),
            Block::Strong(text) => (Span::new(text, Face::Bold), body, 0.0),
            Block::Number(number) => {
                let size = NUMBER_SIZE
                    .min(NUMBER_SIZE * rect.width / Face::Bold.width(number, NUMBER_SIZE));
                let style = TextStyle::new(size)
                    .leading(size * 1.15)
                    .color(palette::ALERT)
                    .align(Align::Center)
                    .hyphenate(false);
                (Span::new(number, Face::Bold), style, 0.0)
            }
            Block::Step(n, text) => {
                let disc = 21.0 * scale;
                if draw {
                    let disc_rect = Rect {
                        x: rect.x,
                        y: y + (body.leading - disc) / 2.0,
                        width: disc,
                        height: disc,
                    };
                    doc.rect(disc_rect, Some(palette::HEADING), None, disc / 2.0);
                    let digit = TextStyle::new(13.0 * scale)
                        .leading(disc)
                        .color(Color::WHITE)
                        .align(Align::Center);
                    doc.text_box(disc_rect, &[Span::new(n.to_string(), Face::Bold)], &digit);
                }
                (Span::new(text, Face::Regular), body, disc + 8.0 * scale)
            }
            Block::Bullet(text) => {
                if draw {
                    let marker = Rect { x: rect.x, y, width: 10.0 * scale, height: body.leading };
                    doc.text_box(
                        marker,
                        &[Span::new("•", Face::Regular)],
                        &body.align(Align::Right),
                    );
                }
                (Span::new(text, Face::Regular), body, 16.0 * scale)
            }
        };
        let area = Rect { x: rect.x + indent, y, width: rect.width - indent, height: rect.height };
        y += if draw {
            doc.text_box(area, &[text], &style)
        } else {
            doc.measure(&[text], &style, area.width)
        };
    }
    y - rect.y
}

/// The inside of a panel.
fn inner(rect: Rect) -> Rect {
    Rect {
        x: rect.x + PADDING,
        y: rect.y + PADDING,
        width: rect.width - 2.0 * PADDING,
        height: rect.height - 2.0 * PADDING,
    }
}

/// The smallest the card's type is set, as a share of its full size.
const MIN_SCALE: f32 = 0.6;

/// The largest scale at which `blocks` fit in the panel `rect`, if any does.
fn fitting_scale(doc: &mut Document, rect: Rect, blocks: &[Block]) -> Option<f32> {
    let mut scale = 1.0;
    while lay(doc, inner(rect), blocks, scale, false) > inner(rect).height {
        scale -= 0.025;
        if scale < MIN_SCALE {
            return None;
        }
    }
    Some(scale)
}

/// The release card in `lang`, for a site with `site`'s emergency number and services.
/// (`library` is taken for the same signature as the handouts; the card's words are in
/// `locales/<lang>/print.ftl`.)
pub fn release_card(
    _library: &Library,
    lang: Language,
    paper: Paper,
    site: &SiteValues,
) -> Result<Vec<u8>> {
    lay_out(lang, paper, site)?.finish()
}

fn lay_out(lang: Language, paper: Paper, site: &SiteValues) -> Result<Document> {
    let l10n = Localizer::new(lang);
    let tr = |id: &str| l10n.tr(id, &[]);
    let title = tr("print-card-title");
    let mut doc = Document::new(&title, paper, lang);
    let (width, height) = doc.page_size();
    let margin = 20.0;
    let (w, h) = ((width - 2.0 * margin) / 2.0, (height - 2.0 * margin) / 2.0);
    let at =
        |col: f32, row: f32| Rect { x: margin + col * w, y: margin + row * h, width: w, height: h };

    let fold = Stroke::dashed(palette::LINE, 0.8, 6.0, 4.0);
    doc.line((width / 2.0, margin / 2.0), (width / 2.0, height - margin / 2.0), fold);
    doc.line((margin / 2.0, height / 2.0), (width - margin / 2.0, height / 2.0), fold);

    let number = site.emergency_number.as_str();
    let mut steps = vec![Block::Heading(tr("print-card-steps"))];
    steps.extend((1..=6).map(|n| {
        Block::Step(n, l10n.tr(&format!("print-card-step-{n}"), &[("number", number.into())]))
    }));
    let mut services = vec![Block::Heading(tr("print-card-services"))];
    match site.local_services.as_slice() {
        [] => services.push(Block::Text(site.no_services.clone())),
        list => services.extend(list.iter().map(|s| Block::Bullet(s.clone()))),
    }
    let panels = [
        (
            at(0.0, 0.0),
            vec![
                Block::Banner(title.clone()),
                Block::Strong(tr("print-card-emergency")),
                Block::Number(number.to_string()),
                Block::Text(tr("print-card-carry")),
            ],
        ),
        (at(1.0, 0.0), steps),
        (
            at(0.0, 1.0),
            vec![
                Block::Heading(tr("print-card-stay")),
                Block::Strong(tr("print-card-wears-off")),
                Block::Text(tr("print-card-again")),
                Block::Text(tr("print-card-waking")),
                Block::Text(tr("print-card-tolerance")),
            ],
        ),
        (at(1.0, 1.0), services),
    ];
    // One type size on the whole card: the size at which the fullest panel fits.
    let mut scale = 1.0f32;
    for (rect, blocks) in &panels {
        let fits = fitting_scale(&mut doc, *rect, blocks).ok_or_else(|| {
            Error::Pdf("the local services do not fit on the card: shorten the list".into())
        })?;
        scale = scale.min(fits);
    }
    for (rect, blocks) in &panels {
        lay(&mut doc, inner(*rect), blocks, scale, true);
    }

    let hint = TextStyle::new(7.5).color(palette::MUTED);
    doc.text_box(
        Rect {
            x: margin + PADDING,
            y: height - margin + 7.0,
            width: w - 2.0 * PADDING,
            height: margin,
        },
        &[Span::new(tr("print-card-fold"), Face::Regular)],
        &hint,
    );
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_prints_every_character_and_fits_on_its_sheet() {
        let library = Library::embedded();
        let services = [
            "Accueil « Ça va » : 01 23 45 67 89".to_string(),
            "Drogenhilfe Köln, Mo–Fr 9–17 Uhr".to_string(),
        ];
        for lang in Language::ALL {
            for (country, services) in [(Some("CH"), &services[..]), (None, &[][..])] {
                for paper in [Paper::A4, Paper::Letter] {
                    let doc = lay_out(lang, paper, &library.site_values(country, services, lang))
                        .unwrap();
                    assert!(doc.missing_glyphs().is_empty(), "{lang}: {:?}", doc.missing_glyphs());
                    assert_eq!(doc.page_count(), 1, "{lang} {paper:?}");
                }
            }
        }
    }

    #[test]
    fn services_that_cannot_fit_are_a_clear_error() {
        let library = Library::embedded();
        let services: Vec<String> = (1..=60)
            .map(|i| format!("Service {i}: open every day from 9 to 17, phone 01 23 45 67 {i:02}"))
            .collect();
        let site = library.site_values(Some("FR"), &services, Language::Fr);
        assert!(
            matches!(release_card(&library, Language::Fr, Paper::A4, &site), Err(Error::Pdf(m)) if m.contains("local services"))
        );
    }
}
