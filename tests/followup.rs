//! Follow-up and evaluation through the core as the app uses them: windows and statuses,
//! finding people again, the Results figures, the exports, the report and sample data.

mod common;

use respond::content::bank::{Item, ItemKind};
use respond::content::{Audience, Library};
use respond::followup::{self, Method, Status};
use respond::pdf::Paper;
use respond::print::report;
use respond::quiz::attempts::{self, AnswerInput, Phase};
use respond::results::evaluation::{evaluate, Scope};
use respond::results::export::{self, ExportOptions, Format};
use respond::results::view;
use respond::sessions::codes::SgicParts;
use respond::sessions::kits::{Kit, KitStatus};
use respond::sessions::roster::{self, Participant, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{results::demo, results::stats, Error, Language, Store};
use time::macros::date;

fn setup() -> (tempfile::TempDir, Store, Library) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    (dir, store, Library::embedded())
}

fn session(store: &Store, library: &Library, site: &str, date: &str) -> i64 {
    let input = SessionInput {
        date: date.into(),
        site_name: site.into(),
        country: None,
        trainers: "Health unit".into(),
        audience: Audience::Custody,
        language: Language::En,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into(), "myths".into()],
    };
    sessions::create(store, library, &input).unwrap().id
}

fn person(
    store: &Store,
    session: i64,
    name: Option<&str>,
    consent: bool,
    sgic: Option<SgicParts>,
) -> Participant {
    let input = ParticipantInput {
        name: name.map(String::from),
        language: Language::Pt,
        consent_followup: consent,
        release_date: None,
        sgic,
    };
    roster::add(store, session, &input).unwrap()
}

fn sgic(parent: &str, month: u8, siblings: u8, place: &str) -> SgicParts {
    SgicParts {
        parent_letters: parent.into(),
        birth_month: month,
        older_siblings: siblings,
        birthplace_letter: place.into(),
    }
}

fn knowledge(library: &Library) -> Vec<&Item> {
    library
        .bank()
        .quiz_items("core")
        .unwrap()
        .into_iter()
        .filter(|i| i.kind != ItemKind::Agree)
        .collect()
}

/// A sheet with the first `right` knowledge items answered rightly and the others wrongly.
fn sheet(library: &Library, right: usize) -> Vec<AnswerInput> {
    knowledge(library)
        .iter()
        .enumerate()
        .map(|(k, item)| {
            let chosen = if k < right {
                item.answer.clone()
            } else {
                item.option_ids().into_iter().filter(|o| !item.answer.contains(o)).take(1).collect()
            };
            AnswerInput { item_id: item.id.clone(), chosen }
        })
        .collect()
}

#[test]
fn statuses_follow_the_window_and_only_people_who_agreed_are_listed() {
    let (_dir, store, library) = setup();
    let s = session(&store, &library, "Lisboa EP", "2026-01-10");
    let due = person(&store, s, Some("Zélie Ozturk"), true, None);
    let done = person(&store, s, None, true, None);
    person(&store, s, None, false, None);
    let open = session(&store, &library, "Lisboa EP", "2026-02-01");
    person(&store, open, None, true, None);
    attempts::record_sheet(&store, &library, done.id, Phase::Followup, &sheet(&library, 3))
        .unwrap();
    assert!(
        followup::overview(&store, date!(2026 - 04 - 20)).unwrap().is_empty(),
        "open sessions are not followed up yet"
    );

    sessions::set_closed(&store, s, true).unwrap();
    let sites = followup::overview(&store, date!(2026 - 04 - 20)).unwrap();
    assert_eq!(sites.len(), 1);
    let site = &sites[0];
    assert_eq!(
        (site.counts.due, site.counts.done, site.counts.no_consent, site.counts.upcoming),
        (1, 1, 1, 0)
    );
    let entry = site.entries.iter().find(|e| e.participant.id == due.id).unwrap();
    assert_eq!(
        (entry.opens.as_str(), entry.closes.as_str(), entry.status),
        ("2026-04-10", "2026-07-09", Status::Due)
    );
    let later = followup::overview(&store, date!(2026 - 05 - 20)).unwrap();
    assert_eq!(later[0].counts.overdue, 1);
    let after = followup::overview(&store, date!(2026 - 07 - 10)).unwrap();
    assert_eq!(after[0].counts.closed, 1);

    let recall = followup::recall(&store, site.site.id, date!(2026 - 04 - 20)).unwrap();
    assert_eq!(
        recall.entries.iter().map(|e| e.participant.id).collect::<Vec<_>>(),
        vec![due.id],
        "only people still to see"
    );
    let recall_text = |names: bool| {
        let pdf = respond::print::recall::recall_pdf(
            &store,
            site.site.id,
            Language::Fr,
            Paper::A4,
            date!(2026 - 04 - 20),
            names,
        )
        .unwrap();
        common::poppler("pdftotext", &[], &pdf)
    };
    let text = recall_text(true);
    assert!(
        text.contains(&due.code) && text.contains("Zélie Ozturk") && text.contains("10 avril 2026"),
        "{text}"
    );
    let codes_only = recall_text(false);
    assert!(codes_only.contains(&due.code), "{codes_only}");
    assert!(!codes_only.contains("Zélie"), "no names unless asked for: {codes_only}");
    assert!(text.contains("Liste de rappel"), "the recall list is in French: {text}");

    let ics =
        followup::calendar(&store, site.site.id, Language::De, date!(2026 - 04 - 20)).unwrap();
    assert!(ics.contains("BEGIN:VEVENT") && ics.contains(&due.code), "{ics}");
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20260410") && ics.contains("DTEND;VALUE=DATE:20260710"),
        "{ics}"
    );
    assert!(!ics.contains("Zélie"), "calendars carry codes, never names");
}

#[test]
fn people_are_found_by_code_or_by_a_changed_own_code_and_the_match_rate_counts() {
    let (_dir, store, library) = setup();
    let s = session(&store, &library, "JVA Tegel", "2026-01-10");
    let anna = person(&store, s, None, true, Some(sgic("Ma", 4, 2, "Lisboa")));
    person(&store, s, None, true, Some(sgic("Jo", 11, 0, "Porto")));
    assert_eq!(
        followup::find_by_code(&store, &anna.code.to_lowercase()).unwrap().participant.id,
        anna.id
    );
    assert!(matches!(followup::find_by_code(&store, "XXX-XXX"), Err(Error::NotFound)));

    // One part changed (a sibling more), then two (month and place): still found, less alike.
    let one = followup::find_by_sgic(&store, &sgic("ma", 4, 3, "L"), None).unwrap();
    assert_eq!((one.len(), one[0].participant.id, one[0].similarity), (1, anna.id, 0.875));
    let two = followup::find_by_sgic(&store, &sgic("MA", 5, 2, "P"), None).unwrap();
    assert_eq!(two[0].participant.id, anna.id);
    assert_eq!(two[0].similarity, 0.5);
    assert!(followup::find_by_sgic(&store, &sgic("ZZ", 1, 9, "Q"), None).unwrap().is_empty());

    followup::confirm(&store, anna.id, Method::Sgic, one[0].similarity).unwrap();
    followup::not_found(&store, None).unwrap();
    let rate = followup::match_rate(&store, None).unwrap();
    assert_eq!((rate.by_sgic_fuzzy, rate.by_sgic, rate.not_found, rate.rate), (1, 0, 1, Some(0.5)));

    followup::record_booster(&store, &library, anna.id, "myths").unwrap();
    let given: String = store
        .conn()
        .query_row("SELECT module_id FROM boosters WHERE participant_id = ?1", [anna.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(given, "myths");
    assert!(followup::record_booster(&store, &library, anna.id, "no-such-module").is_err());
}

/// Six people whose scores are known: pre 2..7 right, post 3 more each, follow-up 1 less.
fn known_group(store: &Store, library: &Library) -> (i64, Vec<Participant>) {
    let s = session(store, library, "Porto EP", "2025-10-01");
    let people: Vec<Participant> = (0..6).map(|_| person(store, s, None, true, None)).collect();
    for (k, p) in people.iter().enumerate() {
        attempts::record_sheet(store, library, p.id, Phase::Pre, &sheet(library, 2 + k)).unwrap();
        attempts::record_sheet(store, library, p.id, Phase::Post, &sheet(library, 5 + k)).unwrap();
        if k < 4 {
            attempts::record_sheet(store, library, p.id, Phase::Followup, &sheet(library, 4 + k))
                .unwrap();
        }
    }
    (s, people)
}

#[test]
fn results_hold_attrition_scores_tests_and_item_changes_of_the_recorded_answers() {
    let (_dir, store, library) = setup();
    let (s, _) = known_group(&store, &library);
    let n = knowledge(&library).len() as f64;
    let pct = |right: usize| 100.0 * right as f64 / n;
    let e = evaluate(&store, &library, &Scope::Session { id: s }, Language::En).unwrap();
    let a = &e.attrition;
    assert_eq!(
        (a.trained, a.pre, a.post, a.followup, a.pre_post, a.all_three),
        (Some(6), Some(6), Some(6), Some(4), Some(6), Some(4))
    );
    let pre: Vec<f64> = (0..6).map(|k| pct(2 + k)).collect();
    let post: Vec<f64> = (0..6).map(|k| pct(5 + k)).collect();
    let scores = e.phases[0].scores.as_ref().unwrap();
    assert!((scores.mean - pre.iter().sum::<f64>() / 6.0).abs() < 1e-9);
    let prepost = &e.comparisons[0];
    assert_eq!((prepost.pairs, prepost.too_few), (6, false));
    assert_eq!(prepost.wilcoxon, stats::wilcoxon(&pre, &post));
    // Everyone gained exactly three items: a t-test has no spread to work with.
    assert!(prepost.t_test.as_ref().unwrap().degenerate);
    let w = prepost.wilcoxon.as_ref().unwrap();
    assert_eq!((w.n_used, w.w_plus, w.ties), (6, 21.0, true), "six equal gains tie");
    let postfu = &e.comparisons[1];
    assert_eq!(
        (postfu.pairs, postfu.too_few, postfu.wilcoxon.is_none()),
        (4, true, true),
        "four pairs are too few for a test"
    );
    let retention = e.retention.unwrap();
    assert!((retention - 2.0 / 3.0).abs() < 1e-9, "kept two of three items gained: {retention}");

    // The fifth knowledge item: right before training for people 3–5 only, after it for everyone.
    let item = &e.items[4];
    let m = item.pre_post.as_ref().unwrap();
    assert_eq!((m.b, m.c), (0, 3));
    assert_eq!(item.right[0], Some(50.0));
    let charts = respond::results::charts::draw(&respond::i18n::Localizer::new(Language::En), &e);
    assert!(charts.distribution.starts_with("<svg") && charts.myths.contains("<rect"));

    let en = respond::i18n::Localizer::new(Language::En);
    let lines = view::comparison_lines(&e.comparisons[1], &en, view::Medium::Screen);
    assert!(lines.iter().any(|l| l.contains("Too few pairs (4)")), "{lines:?}");
}

#[test]
fn site_figures_hide_cells_under_five_people() {
    let (_dir, store, library) = setup();
    let s = session(&store, &library, "Small site", "2025-10-01");
    for k in 0..3 {
        let p = person(&store, s, None, true, None);
        attempts::record_sheet(&store, &library, p.id, Phase::Pre, &sheet(&library, k)).unwrap();
    }
    let site = sessions::get(&store, s).unwrap().site.id;
    let e = evaluate(&store, &library, &Scope::Site { id: site }, Language::En).unwrap();
    assert!(e.suppressing);
    assert_eq!((e.attrition.trained, e.attrition.pre), (None, None));
    assert!(e.phases[0].scores.is_none() && e.items.iter().all(|i| i.right[0].is_none()));
    let own = evaluate(&store, &library, &Scope::Session { id: s }, Language::En).unwrap();
    assert_eq!(own.attrition.trained, Some(3), "the trainer's own session shows everyone");
}

#[test]
fn exports_have_their_columns_neutralise_formulas_and_carry_no_names() {
    let (_dir, store, library) = setup();
    let s = session(&store, &library, "=HYPERLINK(\"http://x\")", "2025-10-01");
    let p = person(&store, s, Some("Zélie Ozturk"), true, None);
    attempts::record_sheet(&store, &library, p.id, Phase::Pre, &sheet(&library, 4)).unwrap();
    attempts::record_sheet(&store, &library, p.id, Phase::Post, &sheet(&library, 8)).unwrap();
    let kit = Kit { status: KitStatus::OnRelease, date: Some("2025-12-01".into()) };
    respond::sessions::kits::set(&store, p.id, Some(&kit)).unwrap();
    let bytes = |format, bom| {
        export::to_bytes(
            &store,
            &library,
            &Scope::All,
            &ExportOptions { format, bom, decimal_comma: false, lang: Language::Fr },
            &respond::jobs::Job::quiet(),
        )
        .unwrap()
    };

    let long = String::from_utf8(bytes(Format::LongCsv, true)).unwrap();
    assert!(long.starts_with('\u{feff}'), "a byte order mark for Excel");
    let mut reader = csv::Reader::from_reader(long.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..8],
        &[
            "session_id",
            "session_date",
            "site",
            "audience",
            "session_language",
            "quiz_id",
            "participant",
            "phase"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let all_items = library.bank().quiz_items("core").unwrap().len();
    assert_eq!(rows.len(), 2 * all_items, "a row per item of each sheet, confidence items too");
    assert!(rows.iter().all(|r| r[2].starts_with("'=")), "the site cell is neutralised");
    assert_eq!(rows.iter().filter(|r| &r[7] == "post" && &r[15] == "1").count(), 8);
    assert!(!long.contains("Zélie"));

    let wide = String::from_utf8(bytes(Format::WideCsv, false)).unwrap();
    assert!(!wide.starts_with('\u{feff}'));
    let mut reader = csv::Reader::from_reader(wide.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    for column in
        ["participant", "score_pre", "score_post", "score_fu", "myths_post", "signs_triad_post"]
    {
        assert!(header.iter().any(|h| h == column), "{column} in {header:?}");
    }
    let unique: std::collections::BTreeSet<&String> = header.iter().collect();
    assert_eq!(unique.len(), header.len(), "column names are unique");
    for column in &header {
        let mut chars = column.chars();
        assert!(
            column.len() <= 32
                && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
                && !column.ends_with('_'),
            "{column} is a valid name in SPSS, Stata and R"
        );
    }
    let row = reader.records().next().unwrap().unwrap();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let expected = format!("{:.2}", 800.0 / knowledge(&library).len() as f64);
    assert_eq!(
        (&row[at("participant")], &row[at("score_post")], &row[at("score_fu")]),
        (p.code.as_str(), expected.as_str(), "")
    );
    assert_eq!((&row[at("kit")], &row[at("kit_date")]), ("on-release", "2025-12-01"));

    let excel = export::to_bytes(
        &store,
        &library,
        &Scope::All,
        &ExportOptions {
            format: Format::WideCsv,
            bom: true,
            decimal_comma: true,
            lang: Language::De,
        },
        &respond::jobs::Job::quiet(),
    )
    .unwrap();
    let excel = String::from_utf8(excel).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(excel.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(reader.headers().unwrap().len(), header.len(), "semicolons between cells");
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[at("score_post")], expected.replace('.', ","), "a decimal comma");

    let codebook = String::from_utf8(bytes(Format::Codebook, false)).unwrap();
    let rows: Vec<csv::StringRecord> =
        csv::Reader::from_reader(codebook.as_bytes()).records().map(Result::unwrap).collect();
    let described: Vec<&str> = rows.iter().filter(|r| &r[0] == "wide").map(|r| &r[1]).collect();
    assert_eq!(described, header, "the codebook lists exactly the wide file's columns, in order");
    let view = library.bank().view("core", Language::Fr).unwrap();
    let triad = view.items.iter().find(|i| i.id == "signs-triad").unwrap();
    let question = rows.iter().find(|r| &r[0] == "Question" && &r[1] == "signs-triad").unwrap();
    assert_eq!(&question[2], triad.prompt, "each question's text, in French");
    for option in &triad.options {
        assert!(question[3].contains(&format!("{} = {}", option.id, option.text)));
    }
    assert!(question[3].contains("(bonne réponse)"));
    let column = rows.iter().find(|r| &r[1] == "signs_triad_post").unwrap();
    assert!(column[2].contains(&triad.prompt), "an item column names its question");
    assert!(
        codebook.contains("Code de participant") || codebook.contains("code de participant"),
        "the codebook is in French"
    );

    let json: serde_json::Value = serde_json::from_slice(&bytes(Format::Json, true)).unwrap();
    let attempts = &json["sessions"][0]["participants"][0]["attempts"];
    assert_eq!(attempts["pre"]["answers"].as_object().unwrap().len(), all_items);
    assert!(!json.to_string().contains("Zélie"));
}

#[test]
fn the_report_prints_in_every_language_with_its_tests() {
    let (_dir, store, library) = setup();
    let (s, _) = known_group(&store, &library);
    for (lang, word) in [
        (Language::En, "Wilcoxon"),
        (Language::Fr, "Wilcoxon"),
        (Language::De, "Wilcoxon"),
        (Language::Nl, "Wilcoxon"),
        (Language::Pt, "Wilcoxon"),
    ] {
        let pdf = report::report_pdf(
            &store,
            &library,
            &Scope::Session { id: s },
            lang,
            Paper::A4,
            &respond::jobs::Job::quiet(),
        )
        .unwrap();
        let text = common::poppler("pdftotext", &[], &pdf);
        assert!(text.contains(word) && text.contains("McNemar"), "{lang}: {text}");
        let title = respond::i18n::Localizer::new(lang).tr("report-title", &[]);
        assert!(text.contains(&title), "{lang}: the title {title}");
        assert!(!text.contains("sqrt"), "{lang}: no stand-in for the missing √");
        let formula = respond::i18n::Localizer::new(lang)
            .tr("results-r-formula", &[("medium", "print".into())]);
        let one_line = text.lines().any(|l| l.replace('\u{a0}', " ").contains(&formula));
        assert!(one_line, "{lang}: {formula} on one line in {text}");
    }
}

#[test]
fn sample_data_fills_only_an_empty_database_and_gives_every_phase() {
    let (_dir, store, library) = setup();
    let summary =
        demo::fill(&store, &library, 120, Language::Nl, 7, &respond::jobs::Job::quiet()).unwrap();
    assert_eq!((summary.participants, summary.sessions, summary.sites), (120, 10, 5));
    let e = evaluate(&store, &library, &Scope::All, Language::Nl).unwrap();
    let a = &e.attrition;
    assert_eq!(a.trained, Some(120));
    assert!(a.post.unwrap() < 120 && a.post.unwrap() > 90, "some leave before the post-test");
    assert!(
        a.followup.unwrap() > 10 && a.followup.unwrap() < a.post.unwrap(),
        "some are followed up"
    );
    let gain = e.comparisons[0].mean_to.unwrap() - e.comparisons[0].mean_from.unwrap();
    assert!(gain > 10.0, "training helps in the model: {gain}");
    assert!(e.comparisons[0].wilcoxon.as_ref().unwrap().p < 0.001);
    assert!(!followup::overview(&store, respond::data::input::today()).unwrap().is_empty());
    assert!(
        demo::fill(&store, &library, 12, Language::Nl, 7, &respond::jobs::Job::quiet()).is_err(),
        "only into an empty database"
    );
}
