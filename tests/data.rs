//! Protecting the data: encryption at rest, passphrases, sealed names and their erasure,
//! backups and restore, the audit chain, a damaged database.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use respond::content::bank::ItemKind;
use respond::content::{Audience, Library};
use respond::data::audit;
use respond::data::backup::{self, BackupKind};
use respond::data::store::{self, DatabaseState, DATABASE_FILE};
use respond::quiz::attempts::{self, AnswerInput, Phase};
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{data::names, Error, Language, Store};

const PASS: &str = "kettle river lamp 42";
const NAME: &str = "Zélie Ozturk-Vandermeer";

fn session_input() -> SessionInput {
    SessionInput {
        date: "2026-11-20".into(),
        site_name: "HMP Brixton".into(),
        country: Some("GB".into()),
        trainers: "Healthcare team".into(),
        audience: Audience::Custody,
        language: Language::En,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    }
}

fn person(name: Option<&str>) -> ParticipantInput {
    ParticipantInput {
        name: name.map(String::from),
        language: Language::Fr,
        consent_followup: true,
        release_date: None,
        sgic: None,
    }
}

/// A session with one named participant who answered the whole pre-test on the kiosk.
fn recorded(store: &Store, library: &Library) -> (i64, roster::Participant) {
    let session = sessions::create(store, library, &session_input()).unwrap();
    let p = roster::add(store, session.id, &person(Some(NAME))).unwrap();
    let taking = attempts::take(store, library, session.id, &p.code, Phase::Pre).unwrap();
    for item in &taking.quiz.items {
        let chosen = match item.kind {
            ItemKind::Agree => vec!["4".to_string()],
            _ => item.answer.clone(),
        };
        attempts::record_answer(
            store,
            library,
            p.id,
            Phase::Pre,
            Language::Fr,
            &AnswerInput { item_id: item.id.clone(), chosen },
        )
        .unwrap();
    }
    (session.id, p)
}

/// Every file in `dir` and below, with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.insert(path.clone(), std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn no_name_or_code_in_the_database_its_wal_or_its_backups() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let store = Store::open(dir.path(), PASS).unwrap();
    let (_, p) = recorded(&store, &library);
    backup::back_up(&store, backup::MANUAL, 10, &respond::jobs::Job::quiet()).unwrap();
    // While open: the WAL holds the latest pages.
    let open_files = snapshot(dir.path());
    drop(store);
    let closed_files = snapshot(dir.path());
    assert!(
        open_files.keys().any(|p| p.to_string_lossy().ends_with("-wal")),
        "{:?}",
        open_files.keys()
    );
    assert!(closed_files.keys().any(|p| p.to_string_lossy().contains("backups")));
    for (path, bytes) in open_files.iter().chain(&closed_files) {
        for secret in [NAME, "Zélie", "Vandermeer", &p.code, "HMP Brixton", "SQLite format 3"] {
            assert!(!contains(bytes, secret), "{secret:?} readable in {}", path.display());
        }
    }
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(
        roster::get(&store, p.id).unwrap().name.as_deref(),
        Some(NAME),
        "the name reads back through the roster"
    );
}

#[test]
fn a_wrong_passphrase_is_refused_and_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    {
        let store = Store::open(dir.path(), PASS).unwrap();
        recorded(&store, &library);
        store.backup("before-v9", &respond::jobs::Job::quiet()).unwrap();
    }
    let before = snapshot(dir.path());
    let err = Store::open(dir.path(), "kettle river lamp 43").err().expect("refused");
    assert!(matches!(err, Error::WrongPassphrase), "{err}");
    assert_eq!(err.code(), respond::ErrorCode::WrongPassphrase);
    assert!(snapshot(dir.path()) == before, "no file written, no migration, no backup");
    assert!(matches!(Store::open(dir.path(), ""), Err(Error::InvalidInput { .. })));
    Store::open(dir.path(), PASS).unwrap();
}

#[test]
fn the_start_screen_can_tell_first_run_from_unlock() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(store::database_state(dir.path()), DatabaseState::Missing);
    drop(Store::open(dir.path(), PASS).unwrap());
    assert_eq!(store::database_state(dir.path()), DatabaseState::Encrypted);
}

#[test]
fn after_a_passphrase_change_only_the_new_one_opens() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let (session, p) = {
        let mut store = Store::open(dir.path(), PASS).unwrap();
        let done = recorded(&store, &library);
        store.change_passphrase("a whole new passphrase").unwrap();
        assert_eq!(roster::get(&store, done.1.id).unwrap().name.as_deref(), Some(NAME));
        done
    };
    assert!(matches!(Store::open(dir.path(), PASS), Err(Error::WrongPassphrase)));
    let store = Store::open(dir.path(), "a whole new passphrase").unwrap();
    assert_eq!(roster::list(&store, session).unwrap()[0].code, p.code);
    let log = audit::list(store.conn(), 100).unwrap();
    assert!(log.entries.iter().any(|e| e.action == "passphrase-change"));
}

#[test]
fn erasing_a_sessions_names_keeps_its_results() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let store = Store::open(dir.path(), PASS).unwrap();
    let (session, p) = recorded(&store, &library);
    let other_session = sessions::create(&store, &library, &session_input()).unwrap();
    let other =
        roster::add(&store, other_session.id, &person(Some("Bram Okonkwo-Lindqvist"))).unwrap();
    let before = attempts::session_results(&store, &library, session).unwrap();

    assert_eq!(names::erase_session(&store, session).unwrap(), 1);
    let after = roster::get(&store, p.id).unwrap();
    assert_eq!(after.name, None);
    assert_eq!(after.code, p.code, "the code stays");
    assert_eq!(
        attempts::answers(&store, p.id, Phase::Pre).unwrap().len(),
        before_answers(&store, &library, session)
    );
    let results = attempts::session_results(&store, &library, session).unwrap();
    assert_eq!(results.rows[0].pre, before.rows[0].pre, "the scores stay");
    assert_eq!(format!("{:?}", results.pre), format!("{:?}", before.pre));
    assert_eq!(
        roster::get(&store, other.id).unwrap().name.as_deref(),
        Some("Bram Okonkwo-Lindqvist"),
        "other sessions keep theirs"
    );
    let key_rows: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM session_keys WHERE session_id = ?1", [session], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(key_rows, 0, "the key is gone: nothing sealed with it can be read");
    // A name added afterwards gets a new key.
    let again = roster::update(&store, p.id, &person(Some("Zélie"))).unwrap();
    assert_eq!(again.name.as_deref(), Some("Zélie"));
    assert!(audit::list(store.conn(), 100)
        .unwrap()
        .entries
        .iter()
        .any(|e| e.action == "erase" && e.object == "session-names"));
}

fn before_answers(store: &Store, library: &Library, session: i64) -> usize {
    let quiz = sessions::get(store, session).unwrap().quiz_id;
    library.bank().quiz_items(&quiz).unwrap().len()
}

#[test]
fn a_participant_can_lose_their_name_or_be_erased_entirely() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let store = Store::open(dir.path(), PASS).unwrap();
    let (session, p) = recorded(&store, &library);
    names::erase_participant(&store, p.id).unwrap();
    assert_eq!(roster::get(&store, p.id).unwrap().name, None);
    assert!(!attempts::answers(&store, p.id, Phase::Pre).unwrap().is_empty());
    roster::remove(&store, p.id).unwrap();
    assert!(matches!(roster::get(&store, p.id), Err(Error::NotFound)));
    let answers: i64 =
        store.conn().query_row("SELECT count(*) FROM answers", [], |r| r.get(0)).unwrap();
    assert_eq!(answers, 0, "erased entirely: no row of theirs is left");
    assert!(roster::list(&store, session).unwrap().is_empty());
}

#[test]
fn backups_are_encrypted_previewed_rotated_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let store = Store::open(dir.path(), PASS).unwrap();
    let (session, p) = recorded(&store, &library);
    store.backup("before-v3", &respond::jobs::Job::quiet()).unwrap();
    let first = backup::back_up(&store, backup::MANUAL, 3, &respond::jobs::Job::quiet()).unwrap();
    let first_path = backup::path_of(dir.path(), &first.name).unwrap();
    let bytes = std::fs::read(&first_path).unwrap();
    assert!(!contains(&bytes, "SQLite format 3") && !contains(&bytes, &p.code));
    assert!(matches!(
        backup::preview(&first_path, "not the passphrase"),
        Err(Error::WrongPassphrase)
    ));

    let preview = backup::preview(&first_path, PASS).unwrap();
    assert_eq!((preview.sessions, preview.participants, preview.attempts), (1, 1, 1));
    assert_eq!(preview.newest_session.as_deref(), Some("2026-11-20"));
    assert_eq!(preview.schema_version as usize, store.schema_version().unwrap());

    for _ in 0..5 {
        backup::back_up(&store, backup::AUTO, 3, &respond::jobs::Job::quiet()).unwrap();
    }
    let listed = backup::list(dir.path()).unwrap();
    let rotating = listed
        .iter()
        .filter(|b| matches!(b.kind, BackupKind::Automatic | BackupKind::Manual))
        .count();
    assert_eq!(rotating, 3, "{listed:?}");
    assert!(listed.iter().any(|b| b.kind == BackupKind::BeforeUpgrade), "never rotated away");
    assert!(!backup::daily_due(dir.path()).unwrap());

    // Data added after the backup is gone once it is restored; the live data was saved first.
    let newest = listed.iter().find(|b| b.kind == BackupKind::Automatic).unwrap().name.clone();
    sessions::delete(&store, session).unwrap();
    let source = backup::path_of(dir.path(), &newest).unwrap();
    let store = backup::restore(store, &source, PASS, &respond::jobs::Job::quiet()).unwrap();
    assert_eq!(roster::get(&store, p.id).unwrap().name.as_deref(), Some(NAME));
    let after = backup::list(dir.path()).unwrap();
    let saved = after
        .iter()
        .find(|b| b.kind == BackupKind::BeforeRestore)
        .expect("the live data was backed up");
    let saved = backup::preview(&backup::path_of(dir.path(), &saved.name).unwrap(), PASS).unwrap();
    assert_eq!(saved.sessions, 0, "the copy holds the database as it was before the restore");
    assert!(audit::list(store.conn(), 100).unwrap().entries.iter().any(|e| e.action == "restore"));
    assert!(matches!(backup::path_of(dir.path(), "../respond.db"), Err(Error::NotFound)));
}

#[test]
fn the_audit_chain_shows_an_edited_or_removed_row() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let store = Store::open(dir.path(), PASS).unwrap();
    let (session, _) = recorded(&store, &library);
    audit::record(store.conn(), audit::Action::Export, "results", Some(session), "csv").unwrap();
    let log = audit::list(store.conn(), 100).unwrap();
    assert_eq!(log.broken_at, None);
    assert!(log.total >= 4, "{log:?}");
    let actions: Vec<&str> = log.entries.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions[0], "export", "newest first");
    assert!(actions.contains(&"create"));
    let mut csv = Vec::new();
    assert_eq!(audit::write_csv(store.conn(), &mut csv).unwrap() as i64, log.total);
    assert!(String::from_utf8(csv)
        .unwrap()
        .starts_with("id,at,action,object,object_id,detail,hash\r\n"));

    store.conn().execute("UPDATE audit SET detail = 'pdf' WHERE id = 3", []).unwrap();
    assert_eq!(audit::verify(store.conn()).unwrap(), Some(3));
    store
        .conn()
        .execute(
            "UPDATE audit SET detail = (SELECT detail FROM audit WHERE id = 3) WHERE id = 3",
            [],
        )
        .unwrap();
    let total: i64 = store.conn().query_row("SELECT max(id) FROM audit", [], |r| r.get(0)).unwrap();
    store.conn().execute("DELETE FROM audit WHERE id = 2", []).unwrap();
    assert!(audit::verify(store.conn()).unwrap().is_some_and(|id| id <= 3 && id <= total));
}

#[test]
fn a_damaged_database_says_so_and_can_be_restored() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let name = {
        let store = Store::open(dir.path(), PASS).unwrap();
        recorded(&store, &library);
        backup::back_up(&store, backup::MANUAL, 10, &respond::jobs::Job::quiet()).unwrap().name
    };
    // Damage every page after the first: the key still checks, the data does not read.
    let path = dir.path().join(DATABASE_FILE);
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().skip(4096) {
        *b ^= 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(dir.path(), PASS).err().expect("damaged");
    assert!(matches!(err, Error::Corrupt(_) | Error::WrongPassphrase), "{err}");
    let source = backup::path_of(dir.path(), &name).unwrap();
    let store =
        backup::restore_unopened(dir.path(), &source, PASS, &respond::jobs::Job::quiet()).unwrap();
    assert_eq!(sessions::list(&store).unwrap().len(), 1);
    assert!(backup::list(dir.path()).unwrap().iter().any(|b| b.kind == BackupKind::BeforeRestore));
}

#[test]
fn a_database_from_before_encryption_is_encrypted_and_its_names_sealed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    {
        // The schema as the version before this one left it (migrations 0001 to 0003).
        let conn = rusqlite::Connection::open(&path).unwrap();
        for sql in ["0001_settings.sql", "0002_sessions.sql", "0003_certificates.sql"] {
            conn.execute_batch(
                &std::fs::read_to_string(
                    Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(sql),
                )
                .unwrap(),
            )
            .unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 3;
             INSERT INTO sites (name) VALUES ('HMP Brixton');
             INSERT INTO sessions (date, site_id, trainers, audience, language, quiz_id, modules, created_at)
                VALUES ('2026-01-05', 1, 'Team', 'custody', 'en', 'core', '[\"overdose-basics\"]', '2026-01-05T10:00:00Z');
             INSERT INTO participants (session_id, code, language, created_at) VALUES (1, 'K7MQ4T', 'en', '2026-01-05T10:00:00Z');",
        )
        .unwrap();
        conn.execute("INSERT INTO participant_names (participant_id, name) VALUES (1, ?1)", [NAME])
            .unwrap();
    }
    assert_eq!(store::database_state(dir.path()), DatabaseState::Unencrypted);
    let store = Store::open(dir.path(), PASS).unwrap();
    assert_eq!(roster::get(&store, 1).unwrap().name.as_deref(), Some(NAME));
    let columns: Vec<String> = store
        .conn()
        .prepare("SELECT name FROM pragma_table_info('participant_names')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert!(!columns.contains(&"name".to_string()), "no plaintext column left: {columns:?}");
    drop(store);
    assert_eq!(store::database_state(dir.path()), DatabaseState::Encrypted);
    for (file, bytes) in snapshot(dir.path()) {
        assert!(
            !contains(&bytes, NAME) && !contains(&bytes, "SQLite format 3"),
            "{}",
            file.display()
        );
    }
}

#[test]
fn a_full_disk_is_a_clear_error_and_loses_nothing_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    let library = Library::embedded();
    let (session, p) = recorded(&store, &library);
    let answers = before_answers(&store, &library, session);
    // SQLite reports a database that may not grow as it reports a full disk (SQLITE_FULL).
    let pages: i64 = store.conn().pragma_query_value(None, "page_count", |r| r.get(0)).unwrap();
    store.conn().pragma_update(None, "max_page_count", pages).unwrap();
    let long = "x".repeat(190);
    let err = (0..500)
        .map(|_| roster::add(&store, session, &person(Some(&long))))
        .find_map(Result::err)
        .expect("the database cannot grow");
    assert!(matches!(err, Error::DiskFull), "{err:?}");
    assert_eq!(err.code(), respond::ErrorCode::DiskFull);
    assert_eq!(
        before_answers(&store, &library, session),
        answers,
        "what was recorded before is all there"
    );
    assert_eq!(roster::get(&store, p.id).unwrap().name.as_deref(), Some(NAME));
    let check: String = store.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
}

/// The data folder, the database, its WAL and every backup are this user's only.
#[cfg(unix)]
#[test]
fn the_data_folder_and_its_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("respond");
    let store = Store::open(&dir, PASS).unwrap();
    backup::back_up(&store, backup::MANUAL, 10, &respond::jobs::Job::quiet()).unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("backups")), 0o700);
    for entry in
        std::fs::read_dir(&dir).unwrap().chain(std::fs::read_dir(dir.join("backups")).unwrap())
    {
        let path = entry.unwrap().path();
        if path.is_file() {
            assert_eq!(mode(&path), 0o600, "{}", path.display());
        }
    }
    assert!(dir.join("respond.db-wal").exists(), "the WAL was checked too");
}

/// After a crash (a WAL not yet checkpointed), a wrong passphrase leaves every byte as it
/// was; the right one then finds everything.
#[test]
fn a_wrong_passphrase_after_a_crash_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let (live, crashed) = (root.path().join("live"), root.path().join("crashed"));
    let library = Library::embedded();
    let store = Store::open(&live, PASS).unwrap();
    recorded(&store, &library);
    // Copy the files while the store is still open: what a crash leaves behind.
    std::fs::create_dir_all(&crashed).unwrap();
    for name in ["respond.db", "respond.db-wal", "respond.db-shm"] {
        std::fs::copy(live.join(name), crashed.join(name)).unwrap();
    }
    drop(store);
    let bytes = |name: &str| std::fs::read(crashed.join(name)).unwrap();
    let before = (bytes("respond.db"), bytes("respond.db-wal"));
    assert!(!before.1.is_empty(), "the crash left a WAL");
    assert!(matches!(Store::open(&crashed, "not the passphrase"), Err(Error::WrongPassphrase)));
    assert_eq!((bytes("respond.db"), bytes("respond.db-wal")), before, "no byte changed");
    let store = Store::open(&crashed, PASS).unwrap();
    assert_eq!(sessions::list(&store).unwrap().len(), 1);
}

/// Erasing names is final: restoring a backup made before brings none of them back.
#[test]
fn names_stay_erased_after_restoring_an_older_backup() {
    use respond::data::vault::Vault;
    let dir = tempfile::tempdir().unwrap();
    let library = Library::embedded();
    let vault = Vault::new(dir.path().to_path_buf());
    vault.create(PASS, PASS).unwrap();
    let (session, other) = vault
        .with_store(|store| {
            let s = sessions::create(store, &library, &session_input()).unwrap();
            let named = |name: &str| {
                let input = ParticipantInput {
                    name: Some(name.into()),
                    language: Language::Pt,
                    consent_followup: true,
                    release_date: None,
                    sgic: None,
                };
                roster::add(store, s.id, &input).unwrap()
            };
            named("Ana Sousa");
            let other = named("Rui Lopes");
            Ok((s.id, other.id))
        })
        .unwrap();
    let older = vault.back_up_now(&respond::jobs::Job::quiet()).unwrap();
    vault.with_store(|store| names::erase_participant(store, other)).unwrap();
    vault.with_store(|store| names::erase_session(store, session).map(drop)).unwrap();
    let source = backup::path_of(dir.path(), &older.name).unwrap();
    vault.restore(&source, PASS, &respond::jobs::Job::quiet()).unwrap();
    let names: Vec<Option<String>> = vault
        .with_store(|store| Ok(roster::list(store, session)?.into_iter().map(|p| p.name).collect()))
        .unwrap();
    assert_eq!(names, vec![None, None], "no name comes back");
}

/// Removing the newest entries keeps the chain intact; the newest backup still shows the
/// cut, and the head to note down changes.
#[test]
fn a_cut_tail_of_the_audit_log_shows_against_the_newest_backup() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), PASS).unwrap();
    recorded(&store, &Library::embedded());
    backup::back_up(&store, backup::MANUAL, 10, &respond::jobs::Job::quiet()).unwrap();
    let log = backup::audit_log(&store, 10).unwrap();
    assert_eq!((log.broken_at, log.cut.clone()), (None, None));
    let head = log.head.clone().unwrap();

    store
        .conn()
        .execute("DELETE FROM audit WHERE id > (SELECT max(id) - 3 FROM audit)", [])
        .unwrap();
    assert_eq!(audit::verify(store.conn()).unwrap(), None, "the chain alone cannot see a cut tail");
    let log = backup::audit_log(&store, 10).unwrap();
    assert!(log.cut.is_some(), "the newest backup held entries the log lacks now");
    assert_ne!(log.head.unwrap(), head, "the head to note down changed");
}
