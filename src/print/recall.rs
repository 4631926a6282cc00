//! The recall list: who at a site is due for follow-up, on paper for the trainer.

use time::Date;

use crate::data::input::format_date;
use crate::data::sql::enum_text;
use crate::followup;
use crate::i18n::Language;
use crate::pdf::{palette, Document, Face, Footer, Paper, Span, TextStyle};
use crate::{Result, Store};

/// The recall list of `site` as a PDF: code, name (when stored), language, window, release
/// date and status, soonest first.
pub fn recall_pdf(
    store: &Store,
    site: i64,
    lang: Language,
    paper: Paper,
    today: Date,
    names: bool,
) -> Result<Vec<u8>> {
    let list = followup::recall(store, site, today)?;
    let l10n = crate::i18n::Localizer::new(lang);
    let title = l10n.tr("followup-recall-title", &[("site", list.site.name.clone().into())]);
    let mut doc = Document::new(&title, paper, lang);
    doc.paragraph(
        &[Span::new(&title, Face::Bold)],
        &TextStyle::new(18.0).leading(23.0).color(palette::HEADING).hyphenate(false),
    );
    let note = l10n.tr(
        "followup-recall-note",
        &[("date", l10n.date(&format_date(today)).into()), ("count", list.entries.len().into())],
    );
    doc.paragraph(
        &[Span::new(note, Face::Regular)],
        &TextStyle::new(9.5).color(palette::MUTED).space_before(4.0),
    );
    // Without names the list is codes, windows and status: what a trainer needs to call
    // people back, and less to lose if the paper goes astray.
    let mut header = vec!["followup-code"];
    if names {
        header.extend(["followup-name", "followup-release"]);
    }
    header.extend(["followup-language", "followup-window", "followup-status"]);
    let mut rows = vec![header.iter().map(|id| l10n.tr(id, &[])).collect::<Vec<_>>()];
    for e in &list.entries {
        let mut row = vec![e.participant.code.clone()];
        if names {
            row.push(e.participant.name.clone().unwrap_or_default());
            row.push(
                e.participant.release_date.as_deref().map(|d| l10n.date(d)).unwrap_or_default(),
            );
        }
        row.extend([
            e.participant.language.native_name().to_string(),
            format!("{} – {}", l10n.date(&e.opens), l10n.date(&e.closes)),
            l10n.tr(&format!("followup-status-{}", enum_text(&e.status)), &[]),
        ]);
        rows.push(row);
    }
    let widths: &[f32] =
        if names { &[1.1, 1.8, 1.1, 1.0, 1.9, 1.0] } else { &[1.1, 1.0, 1.9, 1.0] };
    doc.table(widths, &rows, &TextStyle::new(9.5).leading(12.0).color(palette::INK), 12.0);
    let footer = l10n.tr("followup-recall-footer", &[]);
    doc.footers(&TextStyle::new(8.0).color(palette::MUTED), |page, pages| Footer {
        left: footer.clone(),
        right: l10n.tr("print-page-of", &[("page", page.into()), ("pages", pages.into())]),
    });
    doc.finish()
}
