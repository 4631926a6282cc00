//! Two laptops exchange bundles by hand: laptop A trains a group, laptop B follows them up
//! and sends the follow-ups home, and A's Results show the pairs. Re-importing adds
//! nothing; a record changed on both sides is a conflict, never overwritten silently; a
//! changed byte, a wrong passphrase or a swapped key are refused with nothing written.

use respond::bundle::merge::{self, ImportOptions};
use respond::bundle::{self, Refusal, Selection};
use respond::content::bank::ItemKind;
use respond::content::{Audience, Library};
use respond::followup::{self, Method};
use respond::quiz::attempts::{self, AnswerInput, Phase};
use respond::results::evaluation::{evaluate, Scope};
use respond::sessions::kits::{self, Kit, KitStatus};
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{Error, Language, Store};

const PASS: &str = "bundle passphrase on the stick";

struct Laptop {
    _dir: tempfile::TempDir,
    store: Store,
}

fn laptop() -> Laptop {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "laptop passphrase").unwrap();
    Laptop { _dir: dir, store }
}

fn sheet(library: &Library, right: bool) -> Vec<AnswerInput> {
    library
        .bank()
        .quiz_items("core")
        .unwrap()
        .into_iter()
        .filter(|i| i.kind != ItemKind::Agree)
        .map(|item| {
            let chosen = if right {
                item.answer.clone()
            } else {
                item.option_ids().into_iter().filter(|o| !item.answer.contains(o)).take(1).collect()
            };
            AnswerInput { item_id: item.id.clone(), chosen }
        })
        .collect()
}

/// A session of `people` on `laptop`, each with a pre-test (wrong) and a post-test (right).
fn trained(laptop: &Laptop, library: &Library, site: &str, people: usize) -> (i64, Vec<String>) {
    let input = SessionInput {
        date: "2026-06-01".into(),
        site_name: site.into(),
        country: Some("PT".into()),
        trainers: "Health unit".into(),
        audience: Audience::Custody,
        language: Language::Pt,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    };
    let session = sessions::create(&laptop.store, library, &input).unwrap().id;
    let mut codes = vec![];
    for k in 0..people {
        let input = ParticipantInput {
            name: Some(format!("Pessoa Número {k}")),
            language: Language::Pt,
            consent_followup: true,
            release_date: None,
            sgic: None,
        };
        let p = roster::add(&laptop.store, session, &input).unwrap();
        attempts::record_sheet(&laptop.store, library, p.id, Phase::Pre, &sheet(library, false))
            .unwrap();
        attempts::record_sheet(&laptop.store, library, p.id, Phase::Post, &sheet(library, true))
            .unwrap();
        codes.push(p.code);
    }
    (session, codes)
}

fn export(laptop: &Laptop, selection: &Selection) -> Vec<u8> {
    bundle::export(&laptop.store, selection, PASS).unwrap().0
}

fn import(laptop: &Laptop, bytes: &[u8], options: ImportOptions) -> merge::BundlePreview {
    merge::import(&laptop.store, bytes, PASS, options, &respond::jobs::Job::quiet()).unwrap()
}

const TRUST: ImportOptions =
    ImportOptions { trust: true, take_theirs: false, theirs: Vec::new(), ours: Vec::new() };

fn count(store: &Store, table: &str) -> i64 {
    store.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

fn refusal(result: respond::Result<merge::BundlePreview>) -> Refusal {
    match result {
        Err(Error::Bundle(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_follow_up_made_on_another_laptop_comes_home_and_pairs_in_the_results() {
    let library = Library::embedded();
    let (a, b) = (laptop(), laptop());
    let (session, codes) = trained(&a, &library, "EP Lisboa", 6);

    // A kit put in property for release travels with its person.
    let kit = Kit { status: KitStatus::InProperty, date: Some("2026-06-01".into()) };
    let first_person = roster::find_by_code(&a.store, &codes[0]).unwrap().id;
    kits::set(&a.store, first_person, Some(&kit)).unwrap();

    // A → B, codes only: B learns the people, their tests and nothing of their names.
    let bytes = export(&a, &Selection::default());
    let first = merge::preview(&b.store, &bytes, PASS).unwrap();
    assert!(!first.known, "a first bundle asks for its key to be confirmed");
    assert_eq!((first.participants.new, first.attempts.new), (6, 12));
    assert_eq!(
        refusal(merge::import(
            &b.store,
            &bytes,
            PASS,
            ImportOptions::default(),
            &respond::jobs::Job::quiet()
        )),
        Refusal::Untrusted
    );
    assert_eq!(count(&b.store, "participants"), 0, "nothing written before the key is trusted");
    let done = import(&b, &bytes, TRUST);
    assert_eq!((done.sessions.new, done.participants.new, done.attempts.new), (1, 6, 12));
    assert_eq!(count(&b.store, "participant_names"), 0, "names travel only when asked for");
    let again = import(&b, &bytes, ImportOptions::default());
    assert_eq!(
        (again.participants.new, again.participants.updated, again.participants.unchanged),
        (0, 0, 6),
        "the same bundle twice adds nothing"
    );
    assert_eq!((count(&b.store, "participants"), count(&b.store, "attempts")), (6, 12));
    let on_b = roster::find_by_code(&b.store, &codes[0]).unwrap();
    assert_eq!(on_b.kit, Some(kit), "the kit came with the person");

    // B finds two people by the code on their card and records their follow-up.
    for code in &codes[..2] {
        let found = followup::find_by_code(&b.store, code).unwrap();
        followup::confirm(&b.store, found.participant.id, Method::Code, 1.0).unwrap();
        attempts::record_sheet(
            &b.store,
            &library,
            found.participant.id,
            Phase::Followup,
            &sheet(&library, true),
        )
        .unwrap();
    }

    // B → A: the follow-ups come home; A's own records are unchanged.
    let back = export(&b, &Selection::default());
    let home = import(&a, &back, TRUST);
    assert_eq!((home.attempts.new, home.participants.updated), (2, 2));
    assert_eq!(home.attempts.unchanged, 12);
    assert!(home.conflicts.is_empty(), "{:?}", home.conflicts);
    let e = evaluate(&a.store, &library, &Scope::Session { id: session }, Language::En).unwrap();
    assert_eq!(e.attrition.followup, Some(2), "A's Results count the follow-ups made on B");
    assert_eq!(
        roster::find_by_code(&a.store, &codes[0]).unwrap().name.as_deref(),
        Some("Pessoa Número 0")
    );
}

#[test]
fn names_travel_only_with_names_and_never_overwrite() {
    let library = Library::embedded();
    let (a, b) = (laptop(), laptop());
    trained(&a, &library, "EP Porto", 2);
    let with = Selection { with_names: true, ..Selection::default() };
    let done = import(&b, &export(&a, &with), TRUST);
    assert_eq!(done.contents.names, 2);
    let people = roster::list(&b.store, sessions::list(&b.store).unwrap()[0].id).unwrap();
    assert!(people.iter().all(|p| p.name.as_deref().is_some_and(|n| n.starts_with("Pessoa"))));
}

#[test]
fn a_record_changed_on_both_laptops_is_a_conflict_kept_until_chosen() {
    let library = Library::embedded();
    let (a, b) = (laptop(), laptop());
    trained(&a, &library, "EP Faro", 1);
    import(&b, &export(&a, &Selection::default()), TRUST);
    let edit = |laptop: &Laptop, release: &str| {
        let s = sessions::list(&laptop.store).unwrap()[0].id;
        let p = &roster::list(&laptop.store, s).unwrap()[0];
        let input = ParticipantInput {
            name: p.name.clone(),
            language: p.language,
            consent_followup: true,
            release_date: Some(release.into()),
            sgic: None,
        };
        roster::update(&laptop.store, p.id, &input).unwrap();
        p.id
    };
    let on_a = edit(&a, "2026-09-01");
    edit(&b, "2026-10-15");

    let from_b = export(&b, &Selection::default());
    let seen = merge::preview(&a.store, &from_b, PASS).unwrap();
    assert_eq!(seen.conflicts.len(), 1, "{seen:?}");
    assert_eq!(seen.conflicts[0].kind, "participant");
    import(&a, &from_b, TRUST);
    let release = |id| roster::get(&a.store, id).unwrap().release_date;
    assert_eq!(release(on_a).as_deref(), Some("2026-09-01"), "a conflict is never overwritten");
    let chosen = import(&a, &from_b, ImportOptions { take_theirs: true, ..TRUST });
    assert_eq!(chosen.conflicts.len(), 1);
    assert_eq!(release(on_a).as_deref(), Some("2026-10-15"), "the trainer chose the bundle's");
    let settled = merge::preview(&a.store, &from_b, PASS).unwrap();
    assert!(settled.conflicts.is_empty());

    // Changed on one side only: taken without a question.
    edit(&b, "2026-11-30");
    let later = import(&a, &export(&b, &Selection::default()), TRUST);
    assert_eq!((later.participants.updated, later.conflicts.len()), (1, 0));
    assert_eq!(release(on_a).as_deref(), Some("2026-11-30"));
}

#[test]
fn each_conflict_shows_what_differs_and_is_settled_as_the_trainer_chose() {
    let library = Library::embedded();
    let (a, b) = (laptop(), laptop());
    trained(&a, &library, "EP Setúbal", 2);
    import(&b, &export(&a, &Selection::default()), TRUST);
    let edit = |laptop: &Laptop, k: usize, release: &str| {
        let s = sessions::list(&laptop.store).unwrap()[0].id;
        let p = &roster::list(&laptop.store, s).unwrap()[k];
        let input = ParticipantInput {
            name: p.name.clone(),
            language: p.language,
            consent_followup: p.consent_followup,
            release_date: Some(release.into()),
            sgic: None,
        };
        roster::update(&laptop.store, p.id, &input).unwrap();
        p.id
    };
    let (first, second) = (edit(&a, 0, "2026-09-01"), edit(&a, 1, "2026-09-02"));
    edit(&b, 0, "2026-10-15");
    edit(&b, 1, "2026-10-16");

    let from_b = export(&b, &Selection::default());
    let seen = merge::preview(&a.store, &from_b, PASS).unwrap();
    assert_eq!(seen.conflicts.len(), 2, "{seen:?}");
    let differs = &seen.conflicts[0].differences;
    assert_eq!(differs.len(), 1, "only the release date differs: {differs:?}");
    assert_eq!(differs[0].field, "release_date");
    assert_eq!(
        (differs[0].ours.as_str(), differs[0].theirs.as_str()),
        ("2026-09-01", "2026-10-15")
    );

    let uid = |k: usize| seen.conflicts[k].uid.clone();
    let options = ImportOptions { theirs: vec![uid(0)], ours: vec![uid(1)], ..TRUST };
    import(&a, &from_b, options);
    let release = |id| roster::get(&a.store, id).unwrap().release_date;
    assert_eq!(release(first).as_deref(), Some("2026-10-15"), "taken from the bundle");
    assert_eq!(release(second).as_deref(), Some("2026-09-02"), "kept as it is here");
    let again = merge::preview(&a.store, &from_b, PASS).unwrap();
    assert!(again.conflicts.is_empty(), "both were chosen for: {again:?}");
    let audit: String = a
        .store
        .conn()
        .query_row("SELECT detail FROM audit ORDER BY id DESC LIMIT 1", [], |r| r.get(0))
        .unwrap();
    assert!(audit.contains("2 conflicts, 1 taken from the bundle, 1 kept"), "{audit}");
}

#[test]
fn equal_codes_from_two_laptops_stay_two_people() {
    let library = Library::embedded();
    let (a, b) = (laptop(), laptop());
    let (_, codes) = trained(&a, &library, "EP Coimbra", 1);
    let (_, _) = trained(&b, &library, "EP Braga", 1);
    // The same code drawn on both laptops, the chance of it made certain.
    b.store.conn().execute("UPDATE participants SET code = ?1", [&codes[0]]).unwrap();
    import(&a, &export(&b, &Selection::default()), TRUST);
    let same: i64 = a
        .store
        .conn()
        .query_row("SELECT count(*) FROM participants WHERE code = ?1", [&codes[0]], |r| r.get(0))
        .unwrap();
    assert_eq!(same, 2);
    let own = roster::find_by_code(&a.store, &codes[0]).unwrap();
    assert_eq!(own.name.as_deref(), Some("Pessoa Número 0"), "this laptop's own person first");
}

#[test]
fn a_changed_byte_a_wrong_passphrase_and_a_swapped_key_are_refused_with_nothing_written() {
    let library = Library::embedded();
    let (a, b) = (laptop(), laptop());
    trained(&a, &library, "EP Setúbal", 2);
    let bytes = export(&a, &Selection::default());

    assert_eq!(
        refusal(merge::import(
            &b.store,
            &bytes,
            "another passphrase",
            TRUST,
            &respond::jobs::Job::quiet()
        )),
        Refusal::Passphrase
    );
    for at in [bytes.len() / 2, bytes.len() - 3] {
        let mut changed = bytes.clone();
        changed[at] ^= 0x01;
        assert_eq!(
            refusal(merge::import(&b.store, &changed, PASS, TRUST, &respond::jobs::Job::quiet())),
            Refusal::Damaged
        );
    }
    assert_eq!(
        refusal(merge::import(
            &b.store,
            b"not a bundle",
            PASS,
            TRUST,
            &respond::jobs::Job::quiet()
        )),
        Refusal::Damaged
    );
    assert_eq!(count(&b.store, "sessions"), 0, "nothing written");

    import(&b, &bytes, TRUST);
    // Another installation claiming A's id: its key is not the one B accepted.
    let c = laptop();
    let a_uid: String =
        a.store.conn().query_row("SELECT uid FROM installation", [], |r| r.get(0)).unwrap();
    c.store.conn().execute("UPDATE installation SET uid = ?1", [&a_uid]).unwrap();
    trained(&c, &library, "EP Évora", 1);
    let forged = export(&c, &Selection::default());
    assert_eq!(
        refusal(merge::import(&b.store, &forged, PASS, TRUST, &respond::jobs::Job::quiet())),
        Refusal::KeyChanged
    );
    assert_eq!(count(&b.store, "sessions"), 1, "nothing of it written");

    let log: i64 = b
        .store
        .conn()
        .query_row("SELECT count(*) FROM audit WHERE action = 'import'", [], |r| r.get(0))
        .unwrap();
    assert_eq!(log, 1, "the import is audited, the refusals wrote nothing");
}

#[test]
fn a_bundle_of_one_session_or_since_a_date_holds_only_those() {
    let library = Library::embedded();
    let a = laptop();
    let (first, _) = trained(&a, &library, "EP Leiria", 2);
    let input = SessionInput {
        date: "2026-09-10".into(),
        site_name: "EP Leiria".into(),
        country: None,
        trainers: "Peers".into(),
        audience: Audience::Peers,
        language: Language::Pt,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    };
    sessions::create(&a.store, &library, &input).unwrap();
    let only = |selection: Selection| {
        let b = laptop();
        import(&b, &export(&a, &selection), TRUST).contents.sessions
    };
    assert_eq!(only(Selection { session: Some(first), ..Selection::default() }), 1);
    assert_eq!(only(Selection { since: Some("2026-09-01".into()), ..Selection::default() }), 1);
    assert_eq!(only(Selection::default()), 2);
}

#[test]
fn every_refusal_has_its_message_in_every_language() {
    for refusal in [
        Refusal::Passphrase,
        Refusal::Damaged,
        Refusal::NewerFormat,
        Refusal::KeyChanged,
        Refusal::Untrusted,
    ] {
        let id = format!("error-bundle-{}", refusal.code());
        for lang in Language::ALL {
            let text = respond::i18n::Localizer::new(lang).tr(&id, &[]);
            assert_ne!(text, id, "{lang}: {id}");
        }
    }
}
