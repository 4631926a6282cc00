//! One way to grade: after an answer key is fixed, the session page, the Results page,
//! both CSV exports and the report all show the same scores for the same people.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use respond::content::{Audience, Files, Library};
use respond::pdf::Paper;
use respond::quiz::attempts::{self, AnswerInput, Phase};
use respond::results::evaluation::{self, Scope};
use respond::results::export::{self, ExportOptions, Format};
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{Language, Store};

const FIXED_ITEM: &str = "signs-triad";

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The bundled content with the key of [`FIXED_ITEM`] moved from its right option to `to`.
fn content_with_key(dir: &Path, to: &str) -> Library {
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"), dir);
    let path = dir.join("quiz/items.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find(&format!("id = \"{FIXED_ITEM}\"")).unwrap();
    let answer = start + text[start..].find("answer = ").unwrap();
    let end = answer + text[answer..].find('\n').unwrap();
    let fixed = format!("{}answer = [\"{to}\"]{}", &text[..answer], &text[end..]);
    std::fs::write(&path, fixed).unwrap();
    let library = Library::load(&Files::from_dir(dir).unwrap());
    assert!(library.problems().is_empty(), "{:?}", library.problems());
    library
}

fn export_csv(
    store: &Store,
    library: &Library,
    scope: &Scope,
    format: Format,
) -> Vec<BTreeMap<String, String>> {
    let mut out = vec![];
    let options = ExportOptions { format, bom: false, decimal_comma: false, lang: Language::En };
    export::write(store, library, scope, &options, &mut out, &respond::jobs::Job::quiet()).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            headers
                .iter()
                .zip(r.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn every_view_agrees_after_an_answer_key_is_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    let bundled = Library::embedded();
    let session = sessions::create(
        &store,
        &bundled,
        &SessionInput {
            date: "2026-11-20".into(),
            site_name: "Site".into(),
            country: None,
            trainers: "Team".into(),
            audience: Audience::Custody,
            language: Language::En,
            quiz_id: "core".into(),
            modules: vec!["overdose-basics".into()],
        },
    )
    .unwrap();
    let item = bundled.bank().items().iter().find(|i| i.id == FIXED_ITEM).unwrap();
    let old_key = item.answer[0].clone();
    let new_key = item.option_ids().into_iter().find(|o| *o != old_key).unwrap();
    // Six people: three chose the old key, three the option that the fix makes right;
    // every other item answered the same by everyone.
    let mut codes = vec![];
    for n in 0..6 {
        let input = ParticipantInput {
            name: None,
            language: Language::En,
            consent_followup: true,
            release_date: None,
            sgic: None,
        };
        let person = roster::add(&store, session.id, &input).unwrap();
        let choice = if n < 3 { old_key.clone() } else { new_key.clone() };
        let answers = vec![
            AnswerInput { item_id: FIXED_ITEM.into(), chosen: vec![choice] },
            AnswerInput { item_id: "signs-snoring".into(), chosen: vec!["b".into()] },
        ];
        attempts::record_sheet(&store, &bundled, person.id, Phase::Pre, &answers).unwrap();
        codes.push(person.code);
    }

    let content = tempfile::tempdir().unwrap();
    for library in [bundled.clone(), content_with_key(content.path(), &new_key)] {
        let key =
            library.bank().items().iter().find(|i| i.id == FIXED_ITEM).unwrap().answer[0].clone();
        let right_of = |code: &str| {
            let first_three = codes.iter().position(|c| c == code).unwrap() < 3;
            first_three == (key == old_key)
        };

        // The session page.
        let page = attempts::session_results(&store, &library, session.id).unwrap();
        let page_scores: BTreeMap<String, f64> = page
            .rows
            .iter()
            .map(|r| {
                let k = r.pre.as_ref().unwrap().knowledge;
                (r.participant.code.clone(), 100.0 * k.correct as f64 / k.total as f64)
            })
            .collect();
        let (low, high) = (
            page_scores.values().cloned().fold(f64::MAX, f64::min),
            page_scores.values().cloned().fold(0.0, f64::max),
        );
        assert!(high > low, "the fixed item separates the two halves: {page_scores:?}");
        for (code, score) in &page_scores {
            assert_eq!(*score == high, right_of(code), "{code}: {score} under key {key}");
        }

        // The Results page.
        let scope = Scope::Session { id: session.id };
        let figures = evaluation::evaluate(&store, &library, &scope, Language::En).unwrap();
        let pre = figures.phases[0].scores.as_ref().unwrap();
        let page_mean = page_scores.values().sum::<f64>() / page_scores.len() as f64;
        assert!(
            (pre.mean - page_mean).abs() < 1e-9,
            "Results {} vs session page {page_mean}",
            pre.mean
        );
        let change = figures.items.iter().find(|i| i.item_id == FIXED_ITEM).unwrap();
        assert_eq!(change.right[0], Some(50.0));

        // The long CSV: the fixed item's grade per person.
        for row in export_csv(&store, &library, &scope, Format::LongCsv)
            .iter()
            .filter(|r| r["item_id"] == FIXED_ITEM)
        {
            assert_eq!(row["correct"] == "1", right_of(&row["participant"]), "long CSV {row:?}");
        }

        // The wide CSV: each person's score.
        for row in export_csv(&store, &library, &scope, Format::WideCsv) {
            let score: f64 = row["score_pre"].parse().unwrap();
            let expected = page_scores[&row["participant"]];
            assert!((score - expected).abs() < 0.05, "wide CSV {score} vs session page {expected}");
        }

        // The report prints the same mean.
        let pdf = respond::print::report::report_pdf(
            &store,
            &library,
            &scope,
            Language::En,
            Paper::A4,
            &respond::jobs::Job::quiet(),
        )
        .unwrap();
        let text = common::poppler("pdftotext", &[], &pdf);
        // The same figure as Results, written by the same function (sums in another order
        // can differ in the last bit, which rounding at .x5 would show).
        let mean = respond::results::view::number(Language::En, pre.mean, 1);
        assert!(text.contains(&mean), "the report shows the mean {mean}");
    }
}

/// The kiosk gets questions without their key; after the post-test the core grades the
/// review, and before training there is none.
#[test]
fn the_kiosk_gets_no_key_and_the_review_is_graded_by_the_core() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    let library = Library::embedded();
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "Site".into(),
        country: None,
        trainers: "Team".into(),
        audience: Audience::Custody,
        language: Language::Fr,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    };
    let session = sessions::create(&store, &library, &input).unwrap();
    let person = ParticipantInput {
        name: None,
        language: Language::Fr,
        consent_followup: true,
        release_date: None,
        sgic: None,
    };
    let person = roster::add(&store, session.id, &person).unwrap();
    let taking = attempts::take(&store, &library, session.id, &person.code, Phase::Pre).unwrap();
    assert!(
        taking.quiz.items.iter().all(|i| i.answer.is_empty() && i.explanation.is_none()),
        "no key in the kiosk"
    );
    assert!(
        attempts::review(&store, &library, person.id, Phase::Pre).is_err(),
        "no review before training"
    );

    let item = library.bank().items().iter().find(|i| i.id == FIXED_ITEM).unwrap();
    let answer = AnswerInput { item_id: FIXED_ITEM.into(), chosen: item.answer.clone() };
    attempts::record_answer(&store, &library, person.id, Phase::Post, Language::Fr, &answer)
        .unwrap();
    let review = attempts::review(&store, &library, person.id, Phase::Post).unwrap();
    let knowledge =
        library.bank().quiz_items("core").unwrap().iter().filter(|i| !i.answer.is_empty()).count();
    assert_eq!(review.len(), knowledge, "every knowledge item, none of the confidence items");
    let fixed = review.iter().find(|r| r.item_id == FIXED_ITEM).unwrap();
    assert!(fixed.right && fixed.chosen == fixed.answer && fixed.explanation.is_some());
    assert!(
        review.iter().filter(|r| r.item_id != FIXED_ITEM).all(|r| !r.right && r.chosen.is_empty()),
        "unanswered is wrong"
    );
    let view = library.bank().view("core", Language::Fr).unwrap();
    assert_eq!(
        fixed.prompt,
        view.items.iter().find(|i| i.id == FIXED_ITEM).unwrap().prompt,
        "in the participant's language"
    );
}

/// A test left after two questions is partial: shown as such on the session page, and
/// left out of every score, with the count said.
#[test]
fn a_half_done_test_is_partial_and_counts_nowhere() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    let library = Library::embedded();
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "Site".into(),
        country: None,
        trainers: "Team".into(),
        audience: Audience::Custody,
        language: Language::Pt,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    };
    let session = sessions::create(&store, &library, &input).unwrap();
    let add = || {
        let p = ParticipantInput {
            name: None,
            language: Language::Pt,
            consent_followup: true,
            release_date: None,
            sgic: None,
        };
        roster::add(&store, session.id, &p).unwrap()
    };
    let (finished, halfway) = (add(), add());
    attempts::record_sheet(&store, &library, finished.id, Phase::Pre, &[]).unwrap();
    for item in ["confidence-recognise", "confidence-give-naloxone"] {
        let answer = AnswerInput { item_id: item.into(), chosen: vec!["4".into()] };
        attempts::record_answer(&store, &library, halfway.id, Phase::Pre, Language::Pt, &answer)
            .unwrap();
    }

    let page = attempts::session_results(&store, &library, session.id).unwrap();
    let row = |id: i64| page.rows.iter().find(|r| r.participant.id == id).unwrap();
    assert!(row(finished.id).pre.as_ref().unwrap().complete);
    assert!(!row(halfway.id).pre.as_ref().unwrap().complete, "shown as partial, not as 0 %");
    assert_eq!((page.pre.people, page.pre.partial), (1, 1));
    assert_eq!(page.pre.knowledge, Some(0.0), "the finished blank sheet alone");

    let scope = Scope::Session { id: session.id };
    let figures = evaluation::evaluate(&store, &library, &scope, Language::Pt).unwrap();
    assert_eq!(figures.attrition.pre, Some(1));
    assert_eq!(figures.partial, [Some(1), Some(0), Some(0)]);
    for row in export_csv(&store, &library, &scope, Format::WideCsv) {
        let empty = row["score_pre"].is_empty();
        assert_eq!(empty, row["participant"] == halfway.code, "{row:?}");
    }
    let long = export_csv(&store, &library, &scope, Format::LongCsv);
    assert!(long
        .iter()
        .all(|r| (r["attempt_complete"] == "1") == (r["participant"] == finished.code)));
}
