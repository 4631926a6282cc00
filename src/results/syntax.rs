//! Scripts saved beside an export, so that an analyst opens it in one step: SPSS syntax
//! (for SPSS or PSPP) that reads the wide CSV with variable and value labels, and an R
//! script that reads the long CSV with its column types and labels. Both read the file
//! by its name, with the delimiter and decimal mark it was written with.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::content::{Audience, Library};
use crate::data::spreadsheet::CsvOut;
use crate::data::sql::enum_text;
use crate::i18n::Localizer;
use crate::jobs::Job;
use crate::results::evaluation::{Scope, PHASES};
use crate::results::export::{self, ExportOptions, Format};
use crate::results::workbook::{is_number_column, rows_of};
use crate::sessions::kits::KitStatus;
use crate::{Result, Store};

/// The script to save beside an export written to the file named `file`: its extension
/// and text. Only the long CSV (R) and the wide CSV (SPSS) have one.
pub fn companion(
    store: &Store,
    library: &Library,
    scope: &Scope,
    options: &ExportOptions,
    file: &str,
) -> Result<Option<(&'static str, String)>> {
    let l10n = Localizer::new(options.lang);
    let labels = |table: &str| -> Result<BTreeMap<String, String>> {
        let mut bytes: Vec<u8> = vec![];
        export::codebook(store, library, scope, options.lang, CsvOut::new(&mut bytes))?;
        Ok(rows_of(&bytes)?
            .into_iter()
            .skip(1)
            .filter(|r| r.first().is_some_and(|f| f == table))
            .filter_map(|r| Some((r.get(1)?.clone(), r.get(2)?.clone())))
            .collect())
    };
    Ok(match options.format {
        Format::LongCsv => {
            Some(("R", r_script(&l10n, file, options.decimal_comma, &labels("long")?)))
        }
        Format::WideCsv => {
            let mut bytes: Vec<u8> = vec![];
            export::wide_csv(store, library, scope, false, CsvOut::new(&mut bytes), &Job::quiet())?;
            let rows = rows_of(&bytes)?;
            Some(("sps", spss_syntax(&l10n, file, options.decimal_comma, &rows, &labels("wide")?)))
        }
        _ => None,
    })
}

/// Writes the script for the export saved at `path` beside it, with the same name and its
/// own extension; returns where, or `None` when the format has no script.
pub fn save_beside(
    store: &Store,
    library: &Library,
    scope: &Scope,
    options: &ExportOptions,
    path: &Path,
) -> Result<Option<PathBuf>> {
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let Some((extension, text)) = companion(store, library, scope, options, &file)? else {
        return Ok(None);
    };
    let beside = path.with_extension(extension);
    crate::data::files::write_whole(&beside, text.as_bytes())?;
    Ok(Some(beside))
}

/// Text in single quotes for SPSS (a quote doubled), cut to `max` characters.
fn spss_text(text: &str, max: usize) -> String {
    let cut: String = text.chars().take(max).collect();
    format!("'{}'", cut.replace('\'', "''"))
}

/// Text in double quotes for R.
fn r_text(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn spss_syntax(
    l10n: &Localizer,
    file: &str,
    decimal_comma: bool,
    rows: &[Vec<String>],
    labels: &BTreeMap<String, String>,
) -> String {
    let header = rows.first().cloned().unwrap_or_default();
    let mut out = String::new();
    out.push_str(&format!(
        "* {}\n* Encoding: UTF-8.\n\n",
        l10n.tr("syntax-spss-header", &[("file", file.into())])
    ));
    out.push_str(if decimal_comma { "SET DECIMAL=COMMA.\n" } else { "SET DECIMAL=DOT.\n" });
    out.push_str(&format!(
        "GET DATA\n  /TYPE=TXT\n  /FILE={}\n  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\"{}\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n",
        spss_text(file, 1000),
        if decimal_comma { ";" } else { "," }
    ));
    for (c, name) in header.iter().enumerate() {
        let cells = || rows.iter().skip(1).filter_map(|r| r.get(c)).filter(|v| !v.is_empty());
        let format = if is_number_column(rows, c) {
            let whole = cells().all(|v| !v.contains('.'));
            if whole { "F8.0" } else { "F8.2" }.to_string()
        } else {
            // Wide enough for every value a label names, even when none is in the data yet.
            let least = match name.as_str() {
                "kit" => KitStatus::ALL.iter().map(|k| enum_text(k).len()).max().unwrap_or(1),
                "kit_date" | "session_date" => 10,
                _ => 1,
            };
            let widest = cells().map(String::len).max().unwrap_or(1);
            format!("A{}", widest.max(least).min(32767))
        };
        out.push_str(&format!("    {name} {format}\n"));
    }
    out.push_str(".\n\nVARIABLE LABELS\n");
    for name in &header {
        if let Some(label) = labels.get(name) {
            out.push_str(&format!("  {name} {}\n", spss_text(label, 250)));
        }
    }
    out.push_str(".\n\nVALUE LABELS\n");
    let t = |id: &str| spss_text(&l10n.tr(id, &[]), 120);
    out.push_str(&format!("  consent_followup 1 {} 0 {}\n", t("syntax-yes"), t("syntax-no")));
    for name in header.iter().filter(|n| n.starts_with("rp_critical_")) {
        out.push_str(&format!("  /{name} 1 {} 0 {}\n", t("syntax-yes"), t("syntax-no")));
    }
    // The items come last, after the fixed columns and each phase's scores.
    let fixed = export::WIDE_COLUMNS.len()
        + PHASES.iter().map(|p| export::phase_columns(*p).len()).sum::<usize>();
    let items = &header[fixed.min(header.len())..];
    let right_wrong = format!("1 {} 0 {}", t("syntax-right"), t("syntax-wrong"));
    for item in items {
        out.push_str(&format!("  /{item} {right_wrong}\n"));
    }
    let kits: Vec<String> = KitStatus::ALL
        .iter()
        .map(|k| {
            let code = enum_text(k);
            format!("{} {}", spss_text(&code, 20), t(&format!("kit-status-{code}")))
        })
        .collect();
    out.push_str(&format!("  /kit {}\n", kits.join(" ")));
    let audiences: Vec<String> = Audience::ALL
        .iter()
        .map(|a| {
            let code = enum_text(a);
            format!("{} {}", spss_text(&code, 20), t(&format!("audience-{code}")))
        })
        .collect();
    out.push_str(&format!("  /audience {}\n.\nEXECUTE.\n", audiences.join(" ")));
    out
}

fn r_script(
    l10n: &Localizer,
    file: &str,
    decimal_comma: bool,
    labels: &BTreeMap<String, String>,
) -> String {
    let classes: Vec<String> = export::LONG_COLUMNS
        .iter()
        .map(|c| {
            let class = match *c {
                "session_id" | "correct" | "attempt_complete" => "integer",
                "session_date" => "Date",
                _ => "character",
            };
            format!("  {c} = \"{class}\"")
        })
        .collect();
    let levels =
        |codes: Vec<String>| codes.iter().map(|c| r_text(c)).collect::<Vec<_>>().join(", ");
    let mut out = format!(
        "# {}\n\nlong <- read.csv(\n  {},\n  sep = \"{}\", dec = \"{}\", fileEncoding = \"UTF-8-BOM\", na.strings = \"\",\n  colClasses = c(\n{}\n  )\n)\n",
        l10n.tr("syntax-r-header", &[("file", file.into())]),
        r_text(file),
        if decimal_comma { ";" } else { "," },
        if decimal_comma { "," } else { "." },
        classes.join(",\n")
    );
    out.push_str(&format!(
        "long$phase <- factor(long$phase, levels = c({}))\n",
        levels(PHASES.iter().map(enum_text).collect())
    ));
    out.push_str(&format!(
        "long$audience <- factor(long$audience, levels = c({}))\n",
        levels(Audience::ALL.iter().map(enum_text).collect())
    ));
    for column in export::LONG_COLUMNS {
        if let Some(label) = labels.get(column) {
            out.push_str(&format!("attr(long${column}, \"label\") <- {}\n", r_text(label)));
        }
    }
    let t = |id: &str| r_text(&l10n.tr(id, &[]));
    out.push_str(&format!(
        "attr(long$correct, \"labels\") <- c({} = 1L, {} = 0L)\n",
        t("syntax-right"),
        t("syntax-wrong")
    ));
    out.push_str(&format!(
        "attr(long$attempt_complete, \"labels\") <- c({} = 1L, {} = 0L)\n",
        t("syntax-finished"),
        t("syntax-partial")
    ));
    out
}
