//! Role-plays through the core as the app uses them: the checklists as content, scoring
//! one person or a pair, the draft kept while one is under way, and what Results show.

use respond::content::roleplay::Timed;
use respond::content::{Audience, Files, Library};
use respond::i18n::Localizer;
use respond::quiz::attempts::Phase;
use respond::results::evaluation::Scope;
use respond::results::roleplay::summary;
use respond::roleplay::{self, Draft, Mark, RolePlayInput};
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{Error, Language, Store};

fn setup(people: usize) -> (tempfile::TempDir, Store, Library, i64, Vec<i64>) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    let library = Library::embedded();
    let session = sessions::create(
        &store,
        &library,
        &SessionInput {
            date: "2026-11-20".into(),
            site_name: "HMP Northfield".into(),
            country: Some("GB".into()),
            trainers: "Health care".into(),
            audience: Audience::Custody,
            language: Language::En,
            quiz_id: "core".into(),
            modules: vec!["responding".into()],
        },
    )
    .unwrap();
    let ids = (0..people)
        .map(|_| {
            let input = ParticipantInput {
                name: None,
                language: Language::En,
                consent_followup: false,
                release_date: None,
                sgic: None,
            };
            roster::add(&store, session.id, &input).unwrap().id
        })
        .collect();
    (dir, store, library, session.id, ids)
}

fn mark(id: &str, seconds: u64) -> Mark {
    Mark { id: id.into(), at_ms: seconds * 1000 }
}

fn input(participant: i64, phase: Phase, marks: Vec<Mark>) -> RolePlayInput {
    RolePlayInput { participant, partner: None, phase, seconds: 300, marks, note: String::new() }
}

fn refused(result: respond::Result<()>, field: &str) {
    match result {
        Err(Error::InvalidInput { field: f, .. }) => assert_eq!(f, field),
        other => panic!("expected a refusal of {field}, got {other:?}"),
    }
}

#[test]
fn every_audience_has_a_checklist_in_every_language_with_the_sites_number() {
    let library = Library::embedded();
    let (_dir, store, _, session, _) = setup(0);
    for audience in Audience::ALL {
        let list = library.roleplay().for_audience(audience).expect("a checklist");
        assert!(list.steps.iter().any(|s| s.timed == Some(Timed::Call)));
        assert!(list.steps.iter().any(|s| s.timed == Some(Timed::Naloxone)));
        assert!(list.steps.iter().filter(|s| s.critical).count() >= 5);
    }
    for lang in Language::ALL {
        let view = roleplay::checklist_for_session(&store, &library, session, lang).unwrap();
        assert!(!view.title.is_empty() && !view.scenario.is_empty(), "{lang}");
        let call = view.steps.iter().find(|s| s.timed == Some(Timed::Call)).unwrap();
        // The United Kingdom's numbers, in the reader's words.
        assert!(call.label.contains("999") && call.label.contains("112"), "{lang}: {}", call.label);
        assert!(view
            .steps
            .iter()
            .chain(&view.errors)
            .all(|m| !m.label.contains("{{") && !m.hint.contains("{{")));
    }
}

#[test]
fn a_checklist_with_missing_words_or_an_audience_twice_is_reported_at_its_file() {
    let embedded = Files::embedded();
    let mut pairs: Vec<(String, String)> =
        ["checklists.toml", "en.toml", "fr.toml", "de.toml", "nl.toml", "pt.toml"]
            .iter()
            .map(|f| {
                let rel = format!("roleplay/{f}");
                let text = embedded.get(&rel).unwrap().to_string();
                (rel, text)
            })
            .collect();
    // German loses the words of one error; the officers' checklist claims people in custody.
    pairs[3].1 = pairs[3].1.replace("[errors.street-remedy]", "[errors.other]");
    pairs[0].1 =
        pairs[0].1.replace("audiences = [\"officers\"]", "audiences = [\"officers\", \"custody\"]");
    let files = Files::from_pairs("content", pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let en = Localizer::new(Language::En);
    let problems: Vec<String> = Library::load(&files)
        .problems()
        .iter()
        .map(|p| p.render(&en))
        .filter(|p| p.starts_with("content/roleplay/"))
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("content/roleplay/de.toml") && p.contains("street-remedy")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("content/roleplay/checklists.toml") && p.contains("officers")),
        "{problems:#?}"
    );
}

#[test]
fn a_pair_is_kept_for_both_a_later_one_replaces_it_and_removing_one_keeps_the_partners() {
    let (_dir, store, library, session, people) = setup(3);
    let pair = RolePlayInput {
        partner: Some(people[1]),
        note: "Fetched the kit first".into(),
        ..input(people[0], Phase::Pre, vec![mark("wake", 5), mark("call", 40), mark("leaves", 60)])
    };
    roleplay::save(&store, &library, &pair).unwrap();
    let all = roleplay::list(&store, session).unwrap();
    assert_eq!(all.len(), 2);
    for rp in &all {
        assert_eq!(rp.steps.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["wake", "call"]);
        assert_eq!(rp.errors, [mark("leaves", 60)]);
        assert_eq!(rp.checklist, "response");
    }
    assert_eq!(all[0].partner, Some(people[1]));
    assert_eq!(all[1].partner, Some(people[0]));

    // Scored again: the new one replaces the old, for both.
    roleplay::save(
        &store,
        &library,
        &RolePlayInput {
            partner: Some(people[1]),
            ..input(people[0], Phase::Pre, vec![mark("call", 10)])
        },
    )
    .unwrap();
    let all = roleplay::list(&store, session).unwrap();
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|rp| rp.steps == [mark("call", 10)] && rp.errors.is_empty()));

    roleplay::remove(&store, people[0], Phase::Pre).unwrap();
    let all = roleplay::list(&store, session).unwrap();
    assert_eq!(
        all.iter().map(|rp| rp.participant).collect::<Vec<_>>(),
        [people[1]],
        "the partner keeps theirs"
    );
}

#[test]
fn erasing_names_empties_the_trainers_notes_too() {
    let (_dir, store, library, session, people) = setup(2);
    for &person in &people {
        let note = RolePlayInput {
            note: "Asked for Zoë, her sister".into(),
            ..input(person, Phase::Pre, vec![mark("call", 3)])
        };
        roleplay::save(&store, &library, &note).unwrap();
    }
    respond::data::names::erase_participant(&store, people[0]).unwrap();
    let notes = |store: &Store| {
        roleplay::list(store, session).unwrap().into_iter().map(|r| r.note).collect::<Vec<_>>()
    };
    assert_eq!(notes(&store), ["", "Asked for Zoë, her sister"]);
    respond::data::names::erase_session(&store, session).unwrap();
    assert_eq!(notes(&store), ["", ""]);
    assert_eq!(
        roleplay::list(&store, session).unwrap()[1].steps,
        [mark("call", 3)],
        "the results stay"
    );
}

#[test]
fn what_cannot_be_a_role_play_is_refused_and_nothing_is_kept() {
    let (_dir, store, library, session, people) = setup(2);
    refused(
        roleplay::save(
            &store,
            &library,
            &RolePlayInput { partner: Some(people[0]), ..input(people[0], Phase::Pre, vec![]) },
        ),
        "partner",
    );
    refused(
        roleplay::save(
            &store,
            &library,
            &input(people[0], Phase::Pre, vec![mark("waits-for-gear", 1)]),
        ),
        "marks",
    );
    refused(
        roleplay::save(
            &store,
            &library,
            &input(people[0], Phase::Pre, vec![mark("call", 1), mark("call", 2)]),
        ),
        "marks",
    );
    refused(
        roleplay::save(&store, &library, &input(people[0], Phase::Pre, vec![mark("call", 301)])),
        "marks",
    );
    refused(
        roleplay::save(
            &store,
            &library,
            &RolePlayInput { seconds: 3601, ..input(people[0], Phase::Pre, vec![]) },
        ),
        "seconds",
    );
    refused(
        roleplay::save(
            &store,
            &library,
            &RolePlayInput { note: "a\u{7}b".into(), ..input(people[0], Phase::Pre, vec![]) },
        ),
        "note",
    );
    assert!(matches!(
        roleplay::save(&store, &library, &input(9999, Phase::Pre, vec![])),
        Err(Error::NotFound)
    ));
    assert!(roleplay::list(&store, session).unwrap().is_empty());
}

#[test]
fn a_role_play_under_way_is_kept_for_its_session_until_saved_or_thrown_away() {
    let (_dir, store, _library, session, people) = setup(1);
    let draft = Draft {
        session,
        participant: Some(people[0]),
        partner: None,
        phase: Phase::Post,
        started_at: Some(1_765_000_000_000.0),
        marks: vec![mark("call", 12)],
        note: "Zoë".into(),
    };
    let chosen = Draft { started_at: None, marks: vec![], ..draft.clone() };
    roleplay::keep_draft(&store, session, Some(&chosen)).unwrap();
    assert_eq!(
        roleplay::under_way(&store).unwrap(),
        None,
        "a person chosen is not a role-play under way"
    );
    roleplay::keep_draft(&store, session, Some(&draft)).unwrap();
    assert_eq!(roleplay::under_way(&store).unwrap(), Some(session), "the app opens there again");
    assert_eq!(roleplay::draft(&store, session).unwrap(), Some(draft.clone()));
    assert_eq!(roleplay::draft(&store, session + 1).unwrap(), None, "another session has none");
    assert!(
        roleplay::keep_draft(&store, session + 1, Some(&draft)).is_err(),
        "a draft is kept under its own session"
    );
    roleplay::keep_draft(&store, session + 1, None).unwrap();
    assert!(
        roleplay::draft(&store, session).unwrap().is_some(),
        "forgetting another session's leaves this one"
    );
    roleplay::keep_draft(&store, session, None).unwrap();
    assert_eq!(roleplay::draft(&store, session).unwrap(), None);

    roleplay::keep_draft(&store, session, Some(&draft)).unwrap();
    sessions::delete(&store, session).unwrap();
    assert_eq!(
        roleplay::draft(&store, session).unwrap(),
        None,
        "a deleted session's draft is gone"
    );
}

#[test]
fn results_show_shares_medians_and_pairs_and_hide_small_groups_beyond_a_session() {
    let (_dir, store, library, session, people) = setup(6);
    let everything =
        ["danger", "wake", "call", "airway", "naloxone", "breathing", "stay", "second-dose"];
    for (k, &person) in people.iter().enumerate() {
        // Before: only the call, at 30 + 10k s. After: everything, the call at 10 s.
        roleplay::save(
            &store,
            &library,
            &input(person, Phase::Pre, vec![mark("call", 30 + 10 * k as u64)]),
        )
        .unwrap();
        if k < 5 {
            let marks =
                everything.iter().enumerate().map(|(i, id)| mark(id, 5 * i as u64 + 5)).collect();
            roleplay::save(&store, &library, &input(person, Phase::Post, marks)).unwrap();
        }
    }
    let s = summary(&store, &library, &Scope::Session { id: session }, Language::En).unwrap();
    assert!(!s.suppressing);
    let [pre, post] = [&s.phases[0], &s.phases[1]];
    assert_eq!((pre.phase, pre.people, post.people), (Phase::Pre, Some(6), Some(5)));
    assert_eq!((pre.all_critical, post.all_critical), (Some(0.0), Some(100.0)));
    assert_eq!(pre.median_call, Some(55.0), "30, 40, 50, 60, 70, 80 s");
    assert_eq!(pre.median_naloxone, None, "nobody gave naloxone before");
    assert_eq!(post.median_naloxone, Some(25.0));
    let call = s.marks.iter().find(|m| m.id == "call").unwrap();
    assert_eq!(call.shares, [Some(100.0), Some(100.0), None]);
    assert!(call.label.contains("999"), "the site's number: {}", call.label);
    let change = &s.changes[0];
    assert_eq!((change.pairs, change.share_from, change.share_to), (5, Some(0.0), Some(100.0)));
    let mcnemar = change.mcnemar.as_ref().unwrap();
    assert_eq!((mcnemar.b, mcnemar.c), (0, 5));

    // Beyond one session, the five after the training still show; a group of four would not.
    roleplay::remove(&store, people[4], Phase::Post).unwrap();
    let s = summary(&store, &library, &Scope::All, Language::En).unwrap();
    assert!(s.suppressing);
    assert_eq!(s.phases[0].people, Some(6));
    assert_eq!((s.phases[1].people, s.phases[1].all_critical), (None, None));
    assert!(s.changes[0].suppressed && s.changes[0].mcnemar.is_none());
}
