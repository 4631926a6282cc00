//! Paper answer sheets for a whole roster in one PDF: each person's sheet in their own
//! language, with their code, every question, and a lettered box per answer. The letters
//! are the keys the entry grid takes, so a sheet is typed in as it reads.

use crate::content::bank::{ItemKind, ItemView};
use crate::content::Library;
use crate::data::sql::enum_text;
use crate::i18n::{Language, Localizer};
use crate::pdf::{palette, Align, Document, Face, Footer, Paper, Rect, Span, Stroke, TextStyle};
use crate::quiz::attempts::Phase;
use crate::sessions;
use crate::{sessions::roster, Error, Result, Store};

const BOX: f32 = 11.0;
const GAP: f32 = 6.0;

/// One sheet per participant of `session` for `phase`, in one PDF.
pub fn answer_sheets(
    store: &Store,
    library: &Library,
    session: i64,
    phase: Phase,
    paper: Paper,
) -> Result<Vec<u8>> {
    let info = sessions::get(store, session)?;
    let people = roster::list(store, session)?;
    if people.is_empty() {
        return Err(Error::InvalidInput {
            field: "participants".into(),
            reason: "required".into(),
        });
    }
    let title = Localizer::new(info.language).tr("sheet-document-title", &[]);
    let mut doc = Document::new(&title, paper, info.language);
    // The code of the person each page belongs to, for its footer.
    let mut page_codes: Vec<(String, Language)> = vec![];
    for (n, person) in people.iter().enumerate() {
        if n > 0 {
            doc.new_page();
        }
        let quiz = library.bank().view(&info.quiz_id, person.language).ok_or(Error::NotFound)?;
        let l10n = Localizer::new(person.language);
        let first_page = doc.page_count();
        let mut y = header(
            &mut doc,
            &l10n,
            &quiz.title,
            &person.code,
            &format!(
                "{} · {} · {}",
                l10n.tr(&format!("phase-{}", enum_text(&phase)), &[]),
                l10n.date(&info.date),
                info.site.name
            ),
        );
        for (i, item) in quiz.items.iter().enumerate() {
            y = question(&mut doc, &l10n, &person.code, i + 1, item, y);
        }
        for _ in first_page..=doc.page_count() {
            page_codes.push((person.code.clone(), person.language));
        }
    }
    doc.footers(&TextStyle::new(8.0).color(palette::MUTED), |page, _| {
        let (code, lang) =
            page_codes.get(page - 1).cloned().unwrap_or((String::new(), Language::En));
        Footer {
            left: Localizer::new(lang).tr("sheet-footer", &[("code", code.into())]),
            right: page.to_string(),
        }
    });
    doc.finish()
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
        &[Span::new(l10n.tr("sheet-code", &[]), Face::Regular)],
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
    l10n: &Localizer,
    code: &str,
    number: usize,
    item: &ItemView,
    y: f32,
) -> f32 {
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
        doc.new_page();
        let small = TextStyle::new(9.0).color(palette::MUTED).align(Align::Right);
        doc.text_box(
            Rect { x: m.left, y: m.top - 22.0, width, height: 12.0 },
            &[Span::new(l10n.tr("sheet-footer", &[("code", code.into())]), Face::Regular)],
            &small,
        );
        y = m.top;
    }
    y += doc.text_box(Rect { x: m.left, y, width, height: prompt_height }, &prompt, &prompt_style)
        + 4.0;
    let stroke = Stroke::solid(palette::INK, 0.9);
    if agree {
        for (i, option) in item.options.iter().enumerate() {
            let x = m.left + indent + i as f32 * column;
            let box_x = x + column / 2.0 - BOX / 2.0 - 8.0;
            doc.rect(Rect { x: box_x, y, width: BOX, height: BOX }, None, Some(stroke), 1.0);
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
            doc.rect(Rect { x, y: y + 1.0, width: BOX, height: BOX }, None, Some(stroke), 1.0);
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
    y + 10.0
}
