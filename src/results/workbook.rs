//! The results as one Excel workbook, for programme leads who live in spreadsheets: a
//! Summary sheet with the evaluation's main figures, then the Long, Wide and Codebook files
//! as sheets, each with its header frozen and filtered. Numbers are number cells and dates
//! date cells, so a sum or a pivot table works at once.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use crate::content::bank::Domain;
use crate::content::Library;
use crate::data::input::invalid;
use crate::data::spreadsheet::{neutralise, CsvOut};
use crate::i18n::{Language, Localizer};
use crate::jobs::Job;
use crate::results::evaluation::{self, Scope};
use crate::results::export;
use crate::results::view::phase_name;
use crate::{Error, Result, Store};

/// The most data rows a sheet holds (Excel's limit, less the header).
const MAX_ROWS: usize = 1_048_575;

fn xlsx_error(e: XlsxError) -> Error {
    Error::Io(std::io::Error::other(e.to_string()))
}

/// The workbook for `scope`, with the Summary and the codebook in `lang`.
pub fn xlsx(store: &Store, library: &Library, scope: &Scope, lang: Language) -> Result<Vec<u8>> {
    let table = |write: &dyn Fn(export::Csv) -> Result<()>| -> Result<Vec<Vec<String>>> {
        let mut bytes: Vec<u8> = vec![];
        write(CsvOut::new(&mut bytes))?;
        rows_of(&bytes)
    };
    let tables = [
        ("Long", table(&|w| export::long_csv(store, library, scope, w, &Job::quiet()))?),
        ("Wide", table(&|w| export::wide_csv(store, library, scope, false, w, &Job::quiet()))?),
        ("Codebook", table(&|w| export::codebook(store, library, scope, lang, w))?),
    ];
    if tables.iter().any(|(_, rows)| rows.len() > MAX_ROWS + 1) {
        return Err(invalid("format", "too-many-rows"));
    }
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    summary(store, library, scope, lang, book.add_worksheet(), &bold)?;
    for (name, rows) in &tables {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).map_err(xlsx_error)?;
        write_table(sheet, rows, &bold, &date).map_err(xlsx_error)?;
    }
    book.save_to_buffer().map_err(xlsx_error)
}

/// How a column's cells are written: as numbers, as dates, or as text.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Number,
    Date,
    Text,
}

/// Whether column `column` of `rows` (a header, then data) holds only numbers.
pub(crate) fn is_number_column(rows: &[Vec<String>], column: usize) -> bool {
    kind_of(rows, column) == Kind::Number
}

fn is_date(cell: &str) -> bool {
    cell.len() == 10 && crate::data::input::parse_date(cell).is_ok()
}

/// A column is numbers (or dates) when every cell that is not empty is one.
fn kind_of(rows: &[Vec<String>], column: usize) -> Kind {
    let cells = || rows.iter().skip(1).filter_map(|r| r.get(column)).filter(|c| !c.is_empty());
    if cells().next().is_none() {
        Kind::Text
    } else if cells().all(|c| c.parse::<f64>().is_ok_and(f64::is_finite)) {
        Kind::Number
    } else if cells().all(|c| is_date(c)) {
        Kind::Date
    } else {
        Kind::Text
    }
}

fn write_table(
    sheet: &mut Worksheet,
    rows: &[Vec<String>],
    bold: &Format,
    date: &Format,
) -> std::result::Result<(), XlsxError> {
    let Some(header) = rows.first() else { return Ok(()) };
    let kinds: Vec<Kind> = (0..header.len()).map(|c| kind_of(rows, c)).collect();
    for (c, name) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, name, bold)?;
    }
    for (r, row) in rows.iter().enumerate().skip(1) {
        for (c, cell) in row.iter().enumerate().filter(|(_, cell)| !cell.is_empty()) {
            let (r, c) = (r as u32, c as u16);
            match kinds[c as usize] {
                Kind::Number => sheet.write_number(r, c, cell.parse::<f64>().unwrap_or_default()),
                Kind::Date => sheet.write_datetime_with_format(
                    r,
                    c,
                    ExcelDateTime::parse_from_str(cell)?,
                    date,
                ),
                Kind::Text => sheet.write_string(r, c, cell),
            }?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, (rows.len() - 1) as u32, (header.len().max(1) - 1) as u16)?;
    for (c, name) in header.iter().enumerate() {
        let widest = rows.iter().take(200).filter_map(|r| r.get(c)).map(|s| s.chars().count());
        let width = widest.max().unwrap_or(name.len()).clamp(6, 60);
        sheet.set_column_width(c as u16, width as f64 + 2.0)?;
    }
    Ok(())
}

/// The first sheet: what the workbook covers, who took part, the scores per phase and
/// the kits given.
fn summary(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
    sheet: &mut Worksheet,
    bold: &Format,
) -> Result<()> {
    let l10n = Localizer::new(lang);
    let e = evaluation::evaluate(store, library, scope, lang)?;
    let kits = evaluation::kit_counts(store, scope)?;
    let t = |id: &str| l10n.tr(id, &[]);
    let today = crate::data::input::format_date(crate::data::input::today());
    let mut lines: Vec<(String, Vec<Option<f64>>)> = vec![];
    let a = &e.attrition;
    for (id, n) in [
        ("results-trained", a.trained),
        ("results-pre-post", a.pre_post),
        ("results-all-three", a.all_three),
    ] {
        lines.push((t(id), vec![n.map(f64::from)]));
    }
    let kit_lines: Vec<(String, Vec<Option<f64>>)> = [
        ("kit-status-at-training", kits.at_training),
        ("kit-status-in-property", kits.in_property),
        ("kit-status-on-release", kits.on_release),
        ("kit-status-declined", kits.declined),
    ]
    .into_iter()
    .map(|(id, n)| (t(id), vec![(!(e.suppressing && n > 0 && n < 5)).then_some(f64::from(n))]))
    .collect();
    let per_phase = |f: &dyn Fn(&evaluation::PhaseStats) -> Option<f64>| {
        e.phases.iter().map(f).collect::<Vec<_>>()
    };
    let mut scores = vec![
        (t("workbook-people"), per_phase(&|p| p.scores.as_ref().map(|d| d.n as f64))),
        (t("workbook-mean"), per_phase(&|p| p.scores.as_ref().map(|d| d.mean))),
        (t("workbook-sd"), per_phase(&|p| p.scores.as_ref().and_then(|d| d.sd))),
    ];
    for domain in Domain::KNOWLEDGE {
        let name = l10n
            .tr("workbook-domain", &[("domain", t(&format!("domain-{}", domain.code())).into())]);
        scores.push((name, per_phase(&|p| p.by_domain.get(&domain).copied())));
    }
    scores.push((t("workbook-confidence"), per_phase(&|p| p.confidence)));
    let covers = evaluation::scope_title(store, &l10n, scope)?;

    let title = Format::new().set_bold().set_font_size(14);
    let mut write = || -> std::result::Result<(), XlsxError> {
        sheet.set_name("Summary")?;
        sheet.write_string_with_format(0, 0, t("workbook-title"), &title)?;
        sheet.write_string(1, 0, &covers)?;
        sheet.write_string(2, 0, l10n.tr("report-made", &[("date", l10n.date(&today).into())]))?;
        if e.suppressing {
            sheet.write_string(3, 0, l10n.tr("results-suppression-note", &[("min", 5.into())]))?;
        }
        let r = block(sheet, 5, &lines)?;
        let r = block(sheet, r, &kit_lines)?;
        sheet.write_string_with_format(r, 0, t("results-phase"), bold)?;
        for (c, p) in e.phases.iter().enumerate() {
            sheet.write_string_with_format(r, c as u16 + 1, phase_name(&l10n, p.phase), bold)?;
        }
        block(sheet, r + 1, &scores)?;
        sheet.set_column_width(0, 48)?;
        for c in 1..=3 {
            sheet.set_column_width(c, 16)?;
        }
        Ok(())
    };
    write().map_err(xlsx_error)
}

/// Writes `lines` (a label, then numbers; a dash where there is none) from row `r`; returns
/// the row after the blank one that ends the block.
fn block(
    sheet: &mut Worksheet,
    mut r: u32,
    lines: &[(String, Vec<Option<f64>>)],
) -> std::result::Result<u32, XlsxError> {
    for (label, values) in lines {
        sheet.write_string(r, 0, label)?;
        for (c, v) in values.iter().enumerate() {
            match v {
                // Counts as they are; means and shares with one decimal.
                Some(v) if v.fract() == 0.0 => sheet.write_number(r, c as u16 + 1, *v)?,
                Some(v) => sheet.write_number_with_format(
                    r,
                    c as u16 + 1,
                    *v,
                    &Format::new().set_num_format("0.0"),
                )?,
                None => sheet.write_string(r, c as u16 + 1, "–")?,
            };
        }
        r += 1;
    }
    Ok(r + 1)
}

/// Reads back CSV bytes written by [`CsvOut`] as rows of cells, undoing the mark that keeps
/// a spreadsheet from running a text cell (a workbook's text cells never run).
pub(crate) fn rows_of(bytes: &[u8]) -> Result<Vec<Vec<String>>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes);
    let mut rows = vec![];
    for record in reader.records() {
        let record = record.map_err(|e| Error::Io(std::io::Error::other(e.to_string())))?;
        rows.push(
            record
                .iter()
                .map(|cell| match cell.strip_prefix('\'') {
                    Some(rest) if neutralise(rest).len() != rest.len() => rest.to_string(),
                    _ => cell.to_string(),
                })
                .collect(),
        );
    }
    Ok(rows)
}
