//! Sessions, rosters and quiz answers, through the core as the app uses it.

use std::collections::BTreeSet;

use respond::content::bank::{Domain, ItemKind};
use respond::content::{Audience, Library};
use respond::quiz::attempts::{self, AnswerInput, Phase};
use respond::sessions::codes::SgicParts;
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{Error, Language, Store};

fn setup() -> (tempfile::TempDir, Store, Library) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    (dir, store, Library::embedded())
}

fn input() -> SessionInput {
    SessionInput {
        date: "2026-11-20".into(),
        site_name: "JVA Tegel".into(),
        country: Some("DE".into()),
        trainers: "Gesundheitsdienst".into(),
        audience: Audience::Custody,
        language: Language::De,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into(), "responding".into()],
    }
}

fn person(name: Option<&str>, lang: Language) -> ParticipantInput {
    ParticipantInput {
        name: name.map(String::from),
        language: lang,
        consent_followup: true,
        release_date: None,
        sgic: None,
    }
}

fn answer(item: &str, chosen: &[&str]) -> AnswerInput {
    AnswerInput { item_id: item.into(), chosen: chosen.iter().map(|s| s.to_string()).collect() }
}

#[test]
fn a_session_is_created_listed_edited_and_closed() {
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap();
    assert_eq!(session.site.name, "JVA Tegel");
    assert_eq!(session.site.country.as_deref(), Some("DE"));
    assert!(!session.closed);
    let mut edited = input();
    edited.trainers = "Gesundheitsdienst, Peer-Team".into();
    edited.modules.push("naloxone-naltrexone".into());
    let session = sessions::update(&store, &library, session.id, &edited).unwrap();
    assert_eq!(session.modules.len(), 3);
    let session = sessions::set_closed(&store, session.id, true).unwrap();
    assert!(session.closed);
    assert_eq!(sessions::list(&store).unwrap().len(), 1);
    assert_eq!(sessions::list_sites(&store).unwrap().len(), 1, "the same site is reused by name");
    sessions::create(&store, &library, &input()).unwrap();
    assert_eq!(sessions::list_sites(&store).unwrap().len(), 1);
}

#[test]
fn bad_session_input_is_refused_with_the_field() {
    let (_dir, store, library) = setup();
    type Edit = Box<dyn Fn(&mut SessionInput)>;
    let cases: [(&str, Edit); 6] = [
        ("date", Box::new(|i| i.date = "20/11/2026".into())),
        ("siteName", Box::new(|i| i.site_name = "   ".into())),
        ("siteName", Box::new(|i| i.site_name = "x".repeat(500))),
        ("quizId", Box::new(|i| i.quiz_id = "nope".into())),
        ("modules", Box::new(|i| i.modules.clear())),
        ("country", Box::new(|i| i.country = Some("XX".into()))),
    ];
    for (field, change) in cases {
        let mut bad = input();
        change(&mut bad);
        match sessions::create(&store, &library, &bad) {
            Err(Error::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    assert!(sessions::list(&store).unwrap().is_empty(), "nothing half-saved");
}

#[test]
fn participants_get_unique_codes_and_names_are_kept_apart() {
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap();
    let mut codes = BTreeSet::new();
    for i in 0..40 {
        let name = (i == 0).then_some("Zoë Ñúñez-Çelik");
        let p = roster::add(&store, session.id, &person(name, Language::Pt)).unwrap();
        assert!(codes.insert(p.code.clone()), "duplicate code {}", p.code);
    }
    let roster = roster::list(&store, session.id).unwrap();
    assert_eq!(roster.len(), 40);
    assert_eq!(roster[0].name.as_deref(), Some("Zoë Ñúñez-Çelik"));
    assert!(roster[1].name.is_none());
    let in_participants: i64 = store
        .conn()
        .query_row(
            "SELECT COUNT(*) FROM participants WHERE code LIKE '%Zo%' OR sgic LIKE '%Zo%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(in_participants, 0);
    let named: i64 =
        store.conn().query_row("SELECT COUNT(*) FROM participant_names", [], |r| r.get(0)).unwrap();
    assert_eq!(named, 1, "only the one name given is stored, in its own table");
    let found =
        roster::find_by_code(&store, &roster[5].code.to_lowercase().replace('-', " ")).unwrap();
    assert_eq!(found.id, roster[5].id);
}

#[test]
fn a_self_generated_code_and_a_long_right_to_left_name_are_stored() {
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap();
    let mut input = person(Some("محمد عبد الرحمن بن عبد العزيز آل سعود"), Language::Fr);
    input.sgic = Some(SgicParts {
        parent_letters: "Fatima".into(),
        birth_month: 3,
        older_siblings: 1,
        birthplace_letter: "Oran".into(),
    });
    input.release_date = Some("2027-01-15".into());
    let p = roster::add(&store, session.id, &input).unwrap();
    assert_eq!(p.sgic.as_deref(), Some("FA-03-1-O"));
    assert_eq!(p.name.as_deref(), Some("محمد عبد الرحمن بن عبد العزيز آل سعود"));
    input.release_date = Some("soon".into());
    assert!(
        matches!(roster::update(&store, p.id, &input), Err(Error::InvalidInput { field, .. }) if field == "releaseDate")
    );
    input.name = Some("a\u{0007}b".into());
    input.release_date = None;
    assert!(
        matches!(roster::update(&store, p.id, &input), Err(Error::InvalidInput { field, .. }) if field == "name")
    );
}

#[test]
fn kiosk_answers_and_paper_sheets_give_per_domain_scores() {
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap();
    let kiosk = roster::add(&store, session.id, &person(Some("Anaïs"), Language::Fr)).unwrap();
    let paper = roster::add(&store, session.id, &person(None, Language::Nl)).unwrap();

    let taking = attempts::take(&store, &library, session.id, &kiosk.code, Phase::Pre).unwrap();
    assert_eq!(taking.quiz.lang, Language::Fr, "the quiz comes in the participant's language");
    assert!(taking.answers.is_empty());
    // The kiosk's view has no key; the trainer's view of the same quiz has.
    let items = library.bank().view(&taking.quiz.id, Language::Fr).unwrap().items;
    // Kiosk: every knowledge item right, one answer at a time.
    for item in &items {
        let chosen: Vec<&str> = match item.kind {
            ItemKind::Agree => vec!["4"],
            _ => item.answer.iter().map(String::as_str).collect(),
        };
        attempts::record_answer(
            &store,
            &library,
            kiosk.id,
            Phase::Pre,
            Language::Fr,
            &answer(&item.id, &chosen),
        )
        .unwrap();
    }
    let resumed = attempts::take(&store, &library, session.id, &kiosk.code, Phase::Pre).unwrap();
    assert_eq!(resumed.answers.len(), items.len(), "a kiosk quiz resumes where it was");

    // Paper: everything "don't know" or the first option, confidence 2.
    let sheet: Vec<AnswerInput> = items
        .iter()
        .map(|item| match item.kind {
            ItemKind::Truefalse => answer(&item.id, &["dontknow"]),
            ItemKind::Agree => answer(&item.id, &["2"]),
            _ => answer(&item.id, &[item.options[0].id.as_str()]),
        })
        .collect();
    attempts::record_sheet(&store, &library, paper.id, Phase::Pre, &sheet).unwrap();

    let results = attempts::session_results(&store, &library, session.id).unwrap();
    let best = results.rows[0].pre.as_ref().unwrap();
    assert_eq!(best.knowledge.correct, best.knowledge.total);
    assert_eq!(best.confidence, Some(4.0));
    let low = results.rows[1].pre.as_ref().unwrap();
    assert!(low.knowledge.correct < low.knowledge.total / 2);
    assert_eq!(low.by_domain[&Domain::Myths].correct, 0, "don't know is wrong");
    assert!(results.rows[0].post.is_none());
    assert_eq!(results.pre.people, 2);
    assert!(results.pre.by_domain.contains_key(&Domain::Naloxone));
    assert!(!results.pre.by_domain.contains_key(&Domain::Confidence));
    assert_eq!(results.pre.confidence, Some(3.0));

    let first_myth = items.iter().find(|i| i.domain == Domain::Myths).unwrap();
    let dist = attempts::distribution(&store, session.id, Phase::Pre, &first_myth.id).unwrap();
    assert_eq!(dist.answered, 2);
    assert_eq!(dist.counts.get("dontknow"), Some(&1));
    assert_eq!(dist.people, 2);
}

#[test]
fn answers_are_checked_against_the_item() {
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap();
    let p = roster::add(&store, session.id, &person(None, Language::En)).unwrap();
    let quiz = attempts::take(&store, &library, session.id, &p.code, Phase::Post).unwrap().quiz;
    let single = quiz.items.iter().find(|i| i.kind == ItemKind::Single).unwrap();
    let bad = [
        answer("no-such-item", &["a"]),
        answer(&single.id, &["z"]),
        answer(&single.id, &["a", "b"]),
    ];
    for a in bad {
        assert!(
            matches!(
                attempts::record_answer(&store, &library, p.id, Phase::Post, Language::En, &a),
                Err(Error::InvalidInput { .. })
            ),
            "{a:?}"
        );
    }
    let other = sessions::create(&store, &library, &input()).unwrap();
    assert!(
        matches!(
            attempts::take(&store, &library, other.id, &p.code, Phase::Pre),
            Err(Error::NotFound)
        ),
        "a code only opens its own session"
    );
}

#[test]
fn the_myths_still_believed_after_training_make_a_personal_handout() {
    use respond::pdf::Paper;
    use respond::print::{self, PrintRequest};
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap();
    let p = roster::add(&store, session.id, &person(None, Language::Pt)).unwrap();
    let request = PrintRequest::PersonalHandout { participant: p.id, paper: Paper::A4 };
    assert!(
        matches!(
            print::make(&store, &library, &request, &respond::jobs::Job::quiet()),
            Err(Error::InvalidInput { .. })
        ),
        "no post-test yet: no handout"
    );
    assert_eq!(attempts::missed_myths(&store, &library, p.id, Phase::Post).unwrap(), None);

    let quiz = attempts::take(&store, &library, session.id, &p.code, Phase::Post).unwrap().quiz;
    let quiz = library.bank().view(&quiz.id, quiz.lang).unwrap();
    let myth_items: Vec<_> = quiz.items.iter().filter(|i| i.myth.is_some()).collect();
    // Right on every myth but the first, which is believed ("true").
    let sheet: Vec<AnswerInput> = myth_items
        .iter()
        .enumerate()
        .map(|(n, i)| answer(&i.id, &[if n == 0 { "true" } else { i.answer[0].as_str() }]))
        .collect();
    attempts::record_sheet(&store, &library, p.id, Phase::Post, &sheet).unwrap();
    let missed = attempts::missed_myths(&store, &library, p.id, Phase::Post).unwrap().unwrap();
    assert_eq!(missed, vec![myth_items[0].myth.clone().unwrap()]);
    let printout = print::make(&store, &library, &request, &respond::jobs::Job::quiet()).unwrap();
    assert_eq!(printout.name, format!("handout-{}", p.code));
    assert!(printout.pdf.starts_with(b"%PDF"));
}

#[test]
fn undo_takes_out_a_person_just_added_only_while_nothing_is_recorded_for_them() {
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap().id;
    let mistake = roster::add(&store, session, &person(None, Language::En)).unwrap();
    roster::undo_add(&store, mistake.id).unwrap();
    assert!(roster::list(&store, session).unwrap().is_empty());

    let tested = roster::add(&store, session, &person(Some("Ana"), Language::Pt)).unwrap();
    attempts::record_sheet(&store, &library, tested.id, Phase::Pre, &[answer("signs-triad", &[])])
        .unwrap();
    match roster::undo_add(&store, tested.id) {
        Err(Error::InvalidInput { reason, .. }) => assert_eq!(reason, "has-answers"),
        other => panic!("undo after answers must be refused: {other:?}"),
    }
    assert_eq!(roster::list(&store, session).unwrap().len(), 1, "nothing lost");
}

#[test]
fn a_kit_is_recorded_with_its_date_and_counted() {
    use respond::results::evaluation::{kit_counts, Scope};
    use respond::sessions::kits::{self, Kit, KitStatus};
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap().id;
    let a = roster::add(&store, session, &person(None, Language::En)).unwrap();
    let b = roster::add(&store, session, &person(None, Language::Fr)).unwrap();
    roster::add(&store, session, &person(None, Language::De)).unwrap();
    let kit = Kit { status: KitStatus::InProperty, date: Some("2026-11-20".into()) };
    kits::set(&store, a.id, Some(&kit)).unwrap();
    kits::set(&store, b.id, Some(&Kit { status: KitStatus::Declined, date: None })).unwrap();
    assert_eq!(roster::get(&store, a.id).unwrap().kit, Some(kit.clone()));
    let bad = Kit { status: KitStatus::OnRelease, date: Some("20/11/2026".into()) };
    assert!(kits::set(&store, a.id, Some(&bad)).is_err(), "a date that is not a date");
    assert_eq!(kits::get(&store, a.id).unwrap(), Some(kit), "and the kit stays as it was");
    let counts = kit_counts(&store, &Scope::Session { id: session }).unwrap();
    assert_eq!((counts.people, counts.in_property, counts.declined, counts.unknown), (3, 1, 1, 1));
    kits::set(&store, b.id, None).unwrap();
    assert_eq!(kit_counts(&store, &Scope::All).unwrap().unknown, 2);
}

/// The projector gets what the room may see: a slide without the trainer's notes, a
/// question with totals only once revealed, the right answers only once asked for.
#[test]
fn the_projector_shows_slides_without_notes_and_questions_without_people() {
    use respond::projector::{self, Frame, Showing};
    let (_dir, store, library) = setup();
    let session = sessions::create(&store, &library, &input()).unwrap();

    let module =
        respond::settings::module_view(&store, &library, "responding", Language::Pt).unwrap();
    let title = projector::frame(
        &store,
        &library,
        &Showing::Module { module: "responding".into(), lang: Language::Pt, frame: 0 },
    )
    .unwrap();
    assert_eq!(
        title,
        Frame::Title {
            lang: Language::Pt,
            title: module.title.clone(),
            summary: module.summary.clone()
        }
    );
    for (i, slide) in module.slides.iter().enumerate() {
        let showing =
            Showing::Module { module: "responding".into(), lang: Language::Pt, frame: i + 1 };
        let frame = projector::frame(&store, &library, &showing).unwrap();
        let json = serde_json::to_string(&frame).unwrap();
        assert!(json.contains(&serde_json::to_string(&slide.title).unwrap()));
        assert!(!slide.notes_html.is_empty());
        assert!(
            !json.contains(&slide.notes_html[..slide.notes_html.len().min(60)]),
            "no notes: {json}"
        );
    }
    let missing = Showing::Module { module: "no-such".into(), lang: Language::Pt, frame: 1 };
    assert!(matches!(
        projector::frame(&store, &library, &missing),
        Err(Error::ModuleNotFound { .. })
    ));

    let people: Vec<_> = ["Anaïs", "Bram", "Carla"]
        .iter()
        .map(|n| roster::add(&store, session.id, &person(Some(n), Language::De)).unwrap())
        .collect();
    let items = library.bank().view("core", Language::De).unwrap().items;
    let (index, first) = items.iter().enumerate().find(|(_, i)| !i.answer.is_empty()).unwrap();
    let wrong = first.options.iter().find(|o| !first.answer.contains(&o.id)).unwrap();
    for (p, chosen) in people.iter().take(2).zip([&first.answer[0], &wrong.id]) {
        attempts::record_sheet(
            &store,
            &library,
            p.id,
            Phase::Post,
            &[answer(&first.id, &[chosen])],
        )
        .unwrap();
    }
    // The trainer's own screen learns who has not answered yet; the projector never does.
    let counted = attempts::distribution(&store, session.id, Phase::Post, &first.id).unwrap();
    assert_eq!(counted.waiting, vec![people[2].code.clone()]);
    let ask = |reveal, facts| Showing::Question {
        session: session.id,
        phase: Phase::Post,
        index,
        reveal,
        facts,
    };
    let Frame::Question { lang, number, total, options, answered, fact, prompt } =
        projector::frame(&store, &library, &ask(false, false)).unwrap()
    else {
        panic!("a question frame")
    };
    assert_eq!(
        (lang, number, total as usize, prompt.as_str()),
        (Language::De, index as u32 + 1, items.len(), first.prompt.as_str())
    );
    assert!(
        options.iter().all(|o| o.share.is_none() && !o.right),
        "nothing shown before the reveal"
    );
    assert_eq!((answered, fact), (None, None));

    let Frame::Question { options, answered, fact, .. } =
        projector::frame(&store, &library, &ask(true, false)).unwrap()
    else {
        panic!("a question frame")
    };
    assert_eq!(answered, Some(projector::Answered { answered: 2, people: 3 }));
    let shares: u32 = options.iter().map(|o| o.share.unwrap()).sum();
    assert_eq!(shares, 100, "two people, one each on two options: {options:?}");
    assert!(options.iter().all(|o| !o.right) && fact.is_none(), "right answers wait for the facts");

    let Frame::Question { options, fact, .. } =
        projector::frame(&store, &library, &ask(true, true)).unwrap()
    else {
        panic!("a question frame")
    };
    let right: Vec<_> = first
        .options
        .iter()
        .zip(&options)
        .filter(|(_, shown)| shown.right)
        .map(|(o, _)| o.id.clone())
        .collect();
    assert_eq!(right, first.answer);
    assert_eq!(fact, first.explanation);
    let json =
        serde_json::to_string(&projector::frame(&store, &library, &ask(true, true)).unwrap())
            .unwrap();
    for p in &people {
        assert!(!json.contains(&p.code), "no codes on the projector");
    }
    assert!(!json.contains("Anaïs"), "no names on the projector");
}

/// A guided session resumes at the step it was left, across a restart, and ends with its
/// session (deleted, or finished).
#[test]
fn a_guided_session_resumes_at_its_step_after_a_restart() {
    use respond::sessions::run::{self, Run, Step};
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let session = {
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        assert_eq!(run::current(&store).unwrap(), None);
        let session = sessions::create(&store, &library, &input()).unwrap();
        run::save(&store, &Run { session: session.id, step: Step::Pre }).unwrap();
        run::save(&store, &Run { session: session.id, step: Step::Present }).unwrap();
        assert!(matches!(
            run::save(&store, &Run { session: 999, step: Step::Pre }),
            Err(Error::NotFound)
        ));
        session
    };
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    assert_eq!(
        run::current(&store).unwrap(),
        Some(Run { session: session.id, step: Step::Present })
    );
    run::finish(&store).unwrap();
    assert_eq!(run::current(&store).unwrap(), None);
    assert!(sessions::get(&store, session.id).is_ok(), "finishing keeps the session");

    run::save(&store, &Run { session: session.id, step: Step::Post }).unwrap();
    sessions::delete(&store, session.id).unwrap();
    assert_eq!(run::current(&store).unwrap(), None, "a deleted session ends its run");
}

/// Mentor mode is left with its PIN or the passphrase only, and names commands that exist.
#[test]
fn mentor_mode_is_left_with_its_pin_or_the_passphrase() {
    use respond::sessions::mentor;
    let (_dir, store, _library) = setup();
    assert!(!mentor::is_on(&store).unwrap());
    for bad in ["123", "123456789", "12a4", ""] {
        assert!(matches!(mentor::turn_on(&store, bad), Err(Error::InvalidInput { .. })), "{bad}");
    }
    mentor::turn_on(&store, "2468").unwrap();
    assert!(mentor::is_on(&store).unwrap());
    assert!(!mentor::leave(&store, "1357").unwrap());
    assert!(mentor::is_on(&store).unwrap(), "a wrong PIN leaves it on");
    assert!(mentor::leave(&store, "2468").unwrap());
    assert!(!mentor::is_on(&store).unwrap());
    mentor::turn_on(&store, "2468").unwrap();
    assert!(mentor::leave(&store, "test passphrase").unwrap(), "the passphrase works too");
    assert!(!mentor::is_on(&store).unwrap());

    let list =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src-tauri/commands.list"))
            .unwrap();
    let commands: Vec<&str> =
        list.lines().filter_map(|l| l.split_once("::")).map(|(_, n)| n.trim()).collect();
    for refused in mentor::REFUSED {
        assert!(commands.contains(refused), "{refused} is a command");
    }
    for kept in [
        "add_participant",
        "undo_add_participant",
        "record_sheet",
        "kiosk_start",
        "save_printout",
        "run_save",
    ] {
        assert!(!mentor::REFUSED.contains(&kept), "the guided session needs {kept}");
    }
}
