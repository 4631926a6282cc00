//! The exports as an analyst opens them, with the real programs (installed by
//! scripts/setup.sh): the Excel workbook in LibreOffice holds the long CSV row for row; the
//! SPSS syntax beside the wide CSV runs in PSPP with its labels; the R script beside the
//! long CSV reads every row. With the decimal comma too, as Excel writes it in Europe.

use std::path::Path;
use std::process::Command;

use respond::content::Library;
use respond::{Language, Store};

const PASS: &str = "test passphrase";

fn respond(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_respond"))
        .env("RESPOND_DATA_DIR", dir)
        .env("RESPOND_PASSPHRASE", PASS)
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `program` in `dir`; its standard output.
fn tool(program: &str, args: &[&str], dir: &Path) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{program} is needed (scripts/setup.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn csv_rows(path: &Path, delimiter: u8) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    respond::results::demo::fill(
        &store,
        &Library::embedded(),
        120,
        Language::En,
        5,
        &respond::jobs::Job::quiet(),
    )
    .unwrap();
    dir
}

#[test]
fn the_workbook_opens_in_libreoffice_with_the_long_csv_row_for_row() {
    let dir = demo();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    respond(
        dir.path(),
        &["--lang", "pt", "export", "--format", "xlsx", "--out", "out/results.xlsx"],
    );
    respond(dir.path(), &["export", "--format", "long-csv", "--out", "out/long.csv"]);
    respond(dir.path(), &["export", "--format", "wide-csv", "--out", "out/wide.csv"]);
    // Every sheet to its own CSV (UTF-8, cells as shown).
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("lo").display());
    tool(
        "soffice",
        &[
            &profile,
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
            "results.xlsx",
        ],
        &out,
    );
    let long = csv_rows(&out.join("long.csv"), b',');
    assert!(long.len() > 1000, "{} rows", long.len());
    assert_eq!(csv_rows(&out.join("results-Long.csv"), b','), long);
    let wide = csv_rows(&out.join("wide.csv"), b',');
    let sheet = csv_rows(&out.join("results-Wide.csv"), b',');
    assert_eq!(sheet.len(), wide.len());
    assert_eq!(sheet[0], wide[0]);
    let summary = std::fs::read_to_string(out.join("results-Summary.csv")).unwrap();
    assert!(summary.starts_with("Resultados do Respond"), "{summary}");
    assert!(summary.contains("Pontuação média (% de respostas certas)"), "{summary}");
    let codebook = csv_rows(&out.join("results-Codebook.csv"), b',');
    assert!(codebook.iter().any(|r| r[1] == "score_pre" && r[2].contains("Antes")), "{codebook:?}");
}

#[test]
fn the_spss_syntax_reads_the_wide_csv_in_pspp_with_its_labels() {
    let dir = demo();
    let out = respond(
        dir.path(),
        &["--lang", "de", "export", "--format", "wide-csv", "--decimal-comma", "--out", "wide.csv"],
    );
    assert!(out.contains("wide.sps"), "{out}");
    let wide = csv_rows(&dir.path().join("wide.csv"), b';');
    let score = wide[0].iter().position(|c| c == "score_pre").unwrap();
    let scores: Vec<f64> = wide[1..]
        .iter()
        .filter(|r| !r[score].is_empty())
        .map(|r| r[score].replace(',', ".").parse().unwrap())
        .collect();
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    std::fs::write(
        dir.path().join("check.sps"),
        "INCLUDE FILE='wide.sps'.\nSET DECIMAL=DOT.\nDESCRIPTIVES score_pre.\nFREQUENCIES consent_followup.\nDISPLAY LABELS.\n",
    )
    .unwrap();
    tool("pspp", &["-O", "format=csv", "-o", "pspp.csv", "check.sps"], dir.path());
    let report = std::fs::read_to_string(dir.path().join("pspp.csv")).unwrap();
    // PSPP says "file:line: error: ..."; a variable may well be named rp_errors.
    assert!(!report.contains("error:"), "{report}");
    let line = report
        .lines()
        .find(|l| l.starts_with("Prozent richtige Antworten über alle Wissensfragen"))
        .unwrap_or_else(|| panic!("no score_pre line in {report}"));
    let cells: Vec<&str> = line.split(',').collect();
    assert_eq!(cells[1], scores.len().to_string(), "{line}");
    assert_eq!(cells[2], format!("{mean:.2}"), "{line}");
    assert!(report.contains(",ja") && report.contains(",nein"), "value labels: {report}");
}

#[test]
fn the_r_script_reads_every_row_of_the_long_csv() {
    let dir = demo();
    let out = respond(
        dir.path(),
        &["--lang", "fr", "export", "--format", "long-csv", "--decimal-comma", "--out", "long.csv"],
    );
    assert!(out.contains("long.R"), "{out}");
    let rows = csv_rows(&dir.path().join("long.csv"), b';').len() - 1;
    let printed = tool(
        "Rscript",
        &[
            "-e",
            "source('long.R'); cat(nrow(long), class(long$session_date), levels(long$phase), \
             sum(long$correct, na.rm = TRUE) > 0, attr(long$participant, 'label'), sep = '|')",
        ],
        dir.path(),
    );
    let parts: Vec<&str> = printed.split('|').collect();
    assert_eq!(parts[0], rows.to_string(), "{printed}");
    assert_eq!(parts[1], "Date");
    assert_eq!(&parts[2..5], ["pre", "post", "followup"]);
    assert_eq!(parts[5], "TRUE");
    assert!(parts[6].contains("Code"), "{printed}");
}
