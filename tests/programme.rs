//! The quarterly return, as a programme lead makes it from the command line: its CSV and
//! its PDF agree with `respond stats --json` for the same period; counts of one to four
//! people are hidden; a period that ends before it starts is refused.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::poppler;
use respond::content::Library;
use respond::results::evaluation::Scope;
use respond::results::programme::programme_return;
use respond::sessions::kits::{self, Kit, KitStatus};
use respond::{Error, Language, Store};
use serde_json::Value;

const PASS: &str = "test passphrase";

fn run(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_respond"))
        .env("RESPOND_DATA_DIR", dir)
        .env("RESPOND_PASSPHRASE", PASS)
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The session dates of the demo database, oldest first.
fn dates(store: &Store) -> Vec<String> {
    let mut stmt =
        store.conn().prepare("SELECT DISTINCT date FROM sessions ORDER BY date").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(|d| d.unwrap()).collect()
}

/// The return's CSV as (section, label, measure) → value, with hidden cells as `None`.
fn read_csv(bytes: &[u8]) -> BTreeMap<(String, String, String), Option<String>> {
    let mut reader = csv::Reader::from_reader(bytes);
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["section", "label", "measure", "value", "suppressed"]
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let hidden = &r[4] == "1";
            assert_eq!(hidden, r[3].is_empty(), "{r:?}");
            ((r[0].into(), r[1].into(), r[2].into()), (!hidden).then(|| r[3].to_string()))
        })
        .collect()
}

/// The same 240 sample people in every test.
fn sample(store: &Store, library: &Library) {
    respond::results::demo::fill(
        store,
        library,
        240,
        Language::En,
        7,
        &respond::jobs::Job::quiet(),
    )
    .unwrap();
}

#[test]
fn the_return_agrees_with_stats_for_the_same_period() {
    let dir = tempfile::tempdir().unwrap();
    let (from, to, trained, first_site) = {
        let store = Store::open(dir.path(), PASS).unwrap();
        let library = Library::embedded();
        sample(&store, &library);
        let dates = dates(&store);
        let (from, to) = (dates[4].clone(), dates[10].clone());
        // Two trainers on one session, written loosely; kits for some people in the period.
        store
            .conn()
            .execute(
                "UPDATE sessions SET trainers = 'Ana Silva; rui costa ' WHERE date = ?1",
                [&from],
            )
            .unwrap();
        let people: Vec<i64> = {
            let mut stmt = store
                .conn()
                .prepare("SELECT p.id FROM participants p JOIN sessions s ON s.id = p.session_id WHERE s.date BETWEEN ?1 AND ?2 ORDER BY p.id")
                .unwrap();
            stmt.query_map([&from, &to], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
        };
        for (k, id) in people.iter().take(9).enumerate() {
            let status = if k < 6 { KitStatus::AtTraining } else { KitStatus::Declined };
            kits::set(&store, *id, Some(&Kit { status, date: Some(from.clone()) })).unwrap();
        }
        let site: String = store
            .conn()
            .query_row(
                "SELECT t.name FROM sessions s JOIN sites t ON t.id = s.site_id WHERE s.date = ?1",
                [&from],
                |r| r.get(0),
            )
            .unwrap();
        (from, to, people.len(), site)
    };
    let period = ["--from", from.as_str(), "--to", to.as_str()];

    let stats: Value =
        serde_json::from_str(&run(dir.path(), &[&["stats", "--json"][..], &period].concat()))
            .unwrap();
    let csv_path = dir.path().join("return.csv");
    run(
        dir.path(),
        &[&["export", "--format", "return-csv", "--out", csv_path.to_str().unwrap()][..], &period]
            .concat(),
    );
    let csv = read_csv(&std::fs::read(&csv_path).unwrap());
    let cell = |section: &str, label: &str, measure: &str| {
        csv.get(&(section.into(), label.into(), measure.into()))
            .unwrap_or_else(|| panic!("no {section}/{label}/{measure}"))
            .clone()
    };

    let a = &stats["attrition"];
    assert_eq!(a["trained"], trained);
    for (measure, key) in [
        ("trained", "trained"),
        ("pre", "pre"),
        ("post", "post"),
        ("followup", "followup"),
        ("pre_post", "prePost"),
        ("all_three", "allThree"),
    ] {
        assert_eq!(cell("total", "", measure), Some(a[key].to_string()), "{measure}");
    }
    let people_by = |section: &str| -> u64 {
        csv.iter()
            .filter(|((s, _, m), _)| s == section && m == "people")
            .map(|(_, v)| v.as_ref().unwrap().parse::<u64>().unwrap())
            .sum()
    };
    assert_eq!(people_by("site"), trained as u64);
    assert_eq!(people_by("audience"), trained as u64);
    assert_eq!(cell("trainer", "Ana Silva", "sessions"), Some("1".into()));
    assert_eq!(cell("trainer", "rui costa", "people"), Some("12".into()));
    assert_eq!(cell("total", "", "sessions"), Some("7".into()));

    assert_eq!(stats["kits"]["atTraining"], 6);
    assert_eq!(cell("kits", "Given at the training", "at-training"), Some("6".into()));
    // Three people declined: too few to show.
    assert_eq!(stats["kits"]["declined"], 3);
    assert_eq!(cell("kits", "Not wanted", "declined"), None);
    assert_eq!(cell("site", &first_site, "kits"), Some("6".into()));

    let round1 = |v: &Value| format!("{:.1}", (v.as_f64().unwrap() * 10.0).round() / 10.0);
    for (k, phase) in ["pre", "post", "followup"].iter().enumerate() {
        let by_domain = &stats["phases"][k]["byDomain"];
        for (domain, label) in [("risks", "Risks"), ("signs", "Signs"), ("naloxone", "Naloxone")] {
            assert_eq!(
                cell("domain", label, &format!("percent_right_{phase}")),
                Some(round1(&by_domain[domain])),
                "{domain} {phase}"
            );
        }
    }
    for myth in stats["myths"].as_array().unwrap() {
        let title = myth["title"].as_str().unwrap();
        assert_eq!(
            cell("myth", title, "percent_believing_post"),
            Some(round1(&myth["believing"][1])),
            "{title}"
        );
    }
    let share = |part: &str| {
        format!("{:.1}", a[part].as_f64().unwrap() / a["trained"].as_f64().unwrap() * 100.0)
    };
    assert_eq!(cell("rate", "", "pre_post"), Some(share("prePost")));
    assert_eq!(cell("rate", "", "followup"), Some(share("followup")));

    // The PDF, in German, prints the same figures.
    let pdf_path = dir.path().join("return.pdf");
    run(
        dir.path(),
        &[&["--lang", "de", "print", "return", "--out", pdf_path.to_str().unwrap()][..], &period]
            .concat(),
    );
    let text = poppler("pdftotext", &["-layout"], &std::fs::read(&pdf_path).unwrap());
    assert!(text.contains("Quartalsbericht"), "{text}");
    assert!(text.contains(&format!("{trained} Personen geschult")), "{text}");
    assert!(text.contains("Ana Silva") && text.contains("rui costa"), "{text}");
    let pre = stats["phases"][0]["byDomain"]["risks"].as_f64().unwrap();
    let percent = format!("{} %", (pre).round() as i64);
    let risks = text.lines().find(|l| l.trim_start().starts_with("Risiken")).expect("risks row");
    assert!(risks.contains(&percent), "{risks} lacks {percent}");
}

#[test]
fn a_small_period_hides_its_counts_and_a_reversed_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    let library = Library::embedded();
    sample(&store, &library);
    let first = dates(&store)[0].clone();
    // Three of the first session's twelve stay.
    store
        .conn()
        .execute(
            "DELETE FROM participants WHERE id IN (SELECT p.id FROM participants p JOIN sessions s ON s.id = p.session_id WHERE s.date = ?1 ORDER BY p.id LIMIT 9)",
            [&first],
        )
        .unwrap();
    let scope = Scope::Period { from: first.clone(), to: first.clone() };
    let r = programme_return(&store, &library, &scope, Language::Fr).unwrap();
    assert_eq!(r.sessions, 1);
    assert_eq!(r.evaluation.attrition.trained, None);
    assert!(r.by_site.iter().all(|g| g.people.is_none()));
    assert!(r.domains.iter().all(|d| d.mean.iter().all(Option::is_none)));
    assert!(r.title.contains("Séances du"), "{}", r.title);

    let reversed = Scope::Period { from: "2026-09-30".into(), to: "2026-07-01".into() };
    match programme_return(&store, &library, &reversed, Language::En) {
        Err(Error::InvalidInput { field, reason }) => {
            assert_eq!((field.as_str(), reason.as_str()), ("to", "before-from"))
        }
        other => panic!("{other:?}"),
    }
    let garbled = Scope::Period { from: "2026-13-01".into(), to: "2026-12-31".into() };
    assert!(matches!(
        programme_return(&store, &library, &garbled, Language::En),
        Err(Error::InvalidInput { .. })
    ));
}
