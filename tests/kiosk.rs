//! The quiz kiosk as a participant would try it: only their own session's codes, no key
//! before the review, wrong PINs counted and locking out, every try audited.

use respond::content::{Audience, Library};
use respond::data::audit;
use respond::quiz::attempts::{AnswerInput, Phase};
use respond::quiz::kiosk::{self, Exit, MAX_TRIES};
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{Error, Language, Store};

const PASS: &str = "test passphrase";

fn session(store: &Store, library: &Library, site: &str) -> i64 {
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: site.into(),
        country: None,
        trainers: "Team".into(),
        audience: Audience::Custody,
        language: Language::De,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    };
    sessions::create(store, library, &input).unwrap().id
}

fn person(store: &Store, session: i64, lang: Language) -> roster::Participant {
    let input = ParticipantInput {
        name: Some("Jürgen Weiß".into()),
        language: lang,
        consent_followup: true,
        release_date: Some("2027-01-15".into()),
        sgic: None,
    };
    roster::add(store, session, &input).unwrap()
}

#[test]
fn a_participant_reaches_only_their_own_quiz() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    let library = Library::embedded();
    let here = session(&store, &library, "JVA A");
    let elsewhere = session(&store, &library, "JVA B");
    let me = person(&store, here, Language::Fr);
    let other = person(&store, elsewhere, Language::Nl);

    for pin in ["123", "123456789", "12a4", ""] {
        assert!(
            matches!(
                kiosk::start(&store, &library, here, Phase::Post, pin),
                Err(Error::InvalidInput { .. })
            ),
            "{pin:?}"
        );
    }
    assert!(!kiosk::is_active(&store).unwrap());
    let state = kiosk::start(&store, &library, here, Phase::Post, "4711").unwrap();
    assert!(kiosk::is_active(&store).unwrap());
    assert_eq!((state.language, state.phase), (Language::De, Phase::Post));
    assert!(state.taking.is_none());
    let stored: String =
        store.conn().query_row("SELECT pin_hash FROM kiosk", [], |r| r.get(0)).unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains("4711"), "the PIN is kept hashed");

    assert!(
        matches!(kiosk::begin(&store, &library, &other.code), Err(Error::NotFound)),
        "another session's code"
    );
    assert!(
        matches!(
            kiosk::answer(
                &store,
                &library,
                &AnswerInput { item_id: "signs-triad".into(), chosen: vec!["c".into()] }
            ),
            Err(Error::InvalidInput { .. })
        ),
        "nobody has begun"
    );
    let taking = kiosk::begin(&store, &library, &me.code.to_lowercase()).unwrap();
    assert_eq!((taking.code.as_str(), taking.language), (me.code.as_str(), Language::Fr));
    assert!(
        taking.quiz.items.iter().all(|i| i.answer.is_empty() && i.explanation.is_none()),
        "no key"
    );
    let json = serde_json::to_string(&kiosk::state(&store, &library).unwrap()).unwrap();
    assert!(
        !json.contains("Weiß") && !json.contains("2027-01-15"),
        "no name, no release date: {json}"
    );

    kiosk::answer(
        &store,
        &library,
        &AnswerInput { item_id: "signs-triad".into(), chosen: vec!["c".into()] },
    )
    .unwrap();
    let resumed = kiosk::state(&store, &library).unwrap().taking.unwrap();
    assert_eq!(
        resumed.answers["signs-triad"],
        vec!["c".to_string()],
        "a restart resumes the same person"
    );
    let review = kiosk::review(&store, &library).unwrap();
    assert!(review.iter().any(|r| r.item_id == "signs-triad" && r.right));
    kiosk::next(&store).unwrap();
    assert!(kiosk::state(&store, &library).unwrap().taking.is_none());
    assert!(kiosk::review(&store, &library).is_err(), "the next person sees no one's review");
}

#[test]
fn wrong_pins_are_counted_and_lock_out_and_every_try_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    let library = Library::embedded();
    let here = session(&store, &library, "JVA A");
    kiosk::start(&store, &library, here, Phase::Pre, "4711").unwrap();
    for left in (1..MAX_TRIES).rev() {
        assert_eq!(kiosk::exit(&store, "0000").unwrap(), Exit::Wrong { tries_left: left });
    }
    assert_eq!(kiosk::exit(&store, "0000").unwrap(), Exit::LockedOut);
    assert!(kiosk::is_active(&store).unwrap(), "a lock-out does not end the kiosk");
    assert_eq!(
        kiosk::exit(&store, "1234").unwrap(),
        Exit::Wrong { tries_left: MAX_TRIES - 1 },
        "counting starts again after the passphrase"
    );
    assert_eq!(kiosk::exit(&store, "4711").unwrap(), Exit::Left);
    assert!(!kiosk::is_active(&store).unwrap());

    kiosk::start(&store, &library, here, Phase::Pre, "4711").unwrap();
    assert_eq!(kiosk::exit(&store, PASS).unwrap(), Exit::Left, "the passphrase leaves it too");

    let log = audit::list(store.conn(), 100).unwrap();
    let details: Vec<&str> = log
        .entries
        .iter()
        .filter(|e| e.action == audit::Action::Kiosk.as_str())
        .map(|e| e.detail.as_str())
        .collect();
    assert_eq!(details.iter().filter(|d| **d == "wrong-pin").count(), (MAX_TRIES - 1) as usize + 1);
    assert_eq!(details.iter().filter(|d| **d == "locked-out").count(), 1);
    assert_eq!(details.iter().filter(|d| **d == "exit").count(), 2);
    assert_eq!(details.iter().filter(|d| d.starts_with("start")).count(), 2);
    assert!(
        matches!(kiosk::exit(&store, "4711"), Err(Error::NotFound)),
        "no kiosk, nothing to leave"
    );
}
