//! The regional pool against a real PostgreSQL server: the one `scripts/test.sh` starts
//! (`RESPOND_TEST_POOL_URL`), or else one this test starts itself with
//! `scripts/postgres.sh`. Two installations push; pushing again adds nothing; an edit
//! updates its row and a removal removes it; the pool's rows equal each laptop's export and
//! hold no name and no own code; `respond stats --pool` gives the figures of a laptop that
//! merged both by bundle; a wrong address, a missing TLS, a refused user and an absent
//! server are refused with nothing changed on the laptop.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use respond::bundle::merge::{self, ImportOptions};
use respond::bundle::{self, Selection};
use respond::content::Library;
use respond::error::PoolRefusal;
use respond::results::evaluation::{evaluate, Scope};
use respond::results::export::{self, ExportOptions, Format};
use respond::sessions::roster::{self, ParticipantInput};
use respond::{pool, Error, Language, Store};

/// A PostgreSQL server for this test run: stopped when dropped if this test started it.
struct Server {
    url: String,
    dir: Option<tempfile::TempDir>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = Command::new(script()).arg("stop").arg(dir.path()).status();
        }
    }
}

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/postgres.sh")
}

fn server() -> Server {
    if let Ok(url) = std::env::var("RESPOND_TEST_POOL_URL") {
        return Server { url, dir: None };
    }
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let ok = Command::new(script())
        .arg("start")
        .arg(dir.path().join("pg"))
        .arg(port.to_string())
        .status()
        .unwrap();
    assert!(ok.success(), "scripts/postgres.sh could not start PostgreSQL");
    Server { url: format!("postgresql://postgres@127.0.0.1:{port}/postgres"), dir: Some(dir) }
}

/// A database of its own on the server, for one test; its URL.
fn database(server: &Server, name: &str) -> String {
    let mut client = pool::connect(&server.url).unwrap();
    client.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
    client.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    let (base, _) = server.url.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

struct Laptop {
    _dir: tempfile::TempDir,
    store: Store,
}

fn laptop(participants: usize, seed: u64) -> Laptop {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "laptop passphrase").unwrap();
    respond::results::demo::fill(
        &store,
        &Library::embedded(),
        participants,
        Language::En,
        seed,
        &respond::jobs::Job::quiet(),
    )
    .unwrap();
    Laptop { _dir: dir, store }
}

fn push(laptop: &Laptop, url: &str) -> pool::PushSummary {
    pool::push(&laptop.store, &Library::embedded(), url, &mut |_| {}, &respond::jobs::Job::quiet())
        .unwrap()
}

fn count(store: &Store, table: &str) -> i64 {
    store.conn().query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

/// (participant, phase, item, chosen, correct) of every row of a laptop's long CSV.
fn long_rows(store: &Store) -> BTreeSet<(String, String, String, String, String)> {
    let options = ExportOptions {
        format: Format::LongCsv,
        bom: false,
        decimal_comma: false,
        lang: Language::En,
    };
    let bytes = export::to_bytes(
        store,
        &Library::embedded(),
        &Scope::All,
        &options,
        &respond::jobs::Job::quiet(),
    )
    .unwrap();
    csv::Reader::from_reader(bytes.as_slice())
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[6].into(), r[7].into(), r[11].into(), r[14].into(), r[15].into())
        })
        .collect()
}

fn pool_rows(url: &str, installation: &str) -> BTreeSet<(String, String, String, String, String)> {
    let mut client = pool::connect(url).unwrap();
    client
        .query(
            "SELECT participant, phase, item_id, coalesce(chosen, ''), coalesce(correct::text, '')
             FROM respond.long_answers WHERE installation = $1",
            &[&installation],
        )
        .unwrap()
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)))
        .collect()
}

fn close(a: &serde_json::Value, b: &serde_json::Value, path: &str) {
    match (a, b) {
        (serde_json::Value::Object(x), serde_json::Value::Object(y)) => {
            for (k, v) in x {
                close(v, &y[k], &format!("{path}.{k}"));
            }
        }
        (serde_json::Value::Array(x), serde_json::Value::Array(y)) => {
            assert_eq!(x.len(), y.len(), "{path}");
            for (k, (v, w)) in x.iter().zip(y).enumerate() {
                close(v, w, &format!("{path}[{k}]"));
            }
        }
        (serde_json::Value::Number(x), serde_json::Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
            // The same figures, summed in another order.
            assert!((x - y).abs() <= 1e-9 * x.abs().max(1.0), "{path}: {x} ≠ {y}");
        }
        _ => assert_eq!(a, b, "{path}"),
    }
}

#[test]
fn two_laptops_push_the_pool_holds_their_rows_and_no_name_and_its_figures_are_the_apps() {
    let server = server();
    let url = database(&server, "respond_pool_two");
    let (a, b) = (laptop(120, 1), laptop(60, 2));
    let uid = |l: &Laptop| respond::data::installation::uid(l.store.conn()).unwrap();
    // Names and own codes are on the laptop: none may reach the pool.
    let names = ["Zoë Hartmann-Ferreira", "Jan de Vries"];
    for (k, name) in names.iter().enumerate() {
        let p = roster::get(&a.store, k as i64 + 1).unwrap();
        let input = ParticipantInput {
            name: Some(name.to_string()),
            language: p.language,
            consent_followup: p.consent_followup,
            release_date: p.release_date.clone(),
            sgic: None,
        };
        roster::update(&a.store, p.id, &input).unwrap();
    }

    let first = push(&a, &url);
    assert_eq!((first.participants, first.updated, first.removed), (120, 0, 0));
    assert_eq!(first.new, first.sessions + first.participants + first.attempts);
    push(&b, &url);
    let again = push(&a, &url);
    assert_eq!((again.new, again.updated, again.removed), (0, 0, 0), "pushing twice adds nothing");

    assert_eq!(pool_rows(&url, &uid(&a)), long_rows(&a.store), "A's rows are its export");
    assert_eq!(pool_rows(&url, &uid(&b)), long_rows(&b.store), "B's rows are its export");
    let mut client = pool::connect(&url).unwrap();
    let everything: Vec<String> = client
        .query(
            "SELECT row_to_json(t)::text FROM respond.participants t
             UNION ALL SELECT row_to_json(t)::text FROM respond.sessions t
             UNION ALL SELECT row_to_json(t)::text FROM respond.attempts t",
            &[],
        )
        .unwrap()
        .into_iter()
        .map(|r| r.get(0))
        .collect();
    let sgics: Vec<String> = {
        let mut stmt =
            a.store.conn().prepare("SELECT sgic FROM participants WHERE sgic IS NOT NULL").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    };
    assert!(!sgics.is_empty());
    for row in &everything {
        assert!(names.iter().all(|n| !row.contains(n)), "a name in the pool: {row}");
        assert!(sgics.iter().all(|s| !row.contains(s.as_str())), "an own code in the pool: {row}");
    }
    let logged: i64 =
        client.query_one("SELECT count(*) FROM respond.push_log", &[]).unwrap().get(0);
    assert_eq!(logged, 3);

    // A merges B's bundle: its figures over both equal the pool's, computed by the app.
    let bytes = bundle::export(&b.store, &Selection::default(), "stick passphrase").unwrap().0;
    let trust = ImportOptions { trust: true, ..ImportOptions::default() };
    merge::import(&a.store, &bytes, "stick passphrase", trust, &respond::jobs::Job::quiet())
        .unwrap();
    assert_eq!(push(&a, &url).new, 0, "B's records are B's to push");
    let library = Library::embedded();
    let here = evaluate(&a.store, &library, &Scope::All, Language::En).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pooled = pool::pooled_store(&url, dir.path()).unwrap();
    let there = evaluate(&pooled, &library, &Scope::All, Language::En).unwrap();
    assert_eq!(here.attrition, there.attrition);
    close(&serde_json::to_value(&here).unwrap(), &serde_json::to_value(&there).unwrap(), "figures");

    // The command line says the same.
    let out = Command::new(env!("CARGO_BIN_EXE_respond"))
        .args(["stats", "--json", "--pool", &url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed["attrition"]["trained"], 180);
}

#[test]
fn an_edit_updates_its_row_and_a_removal_removes_it() {
    let server = server();
    let url = database(&server, "respond_pool_edits");
    let a = laptop(24, 3);
    push(&a, &url);
    let p = roster::get(&a.store, 1).unwrap();
    let input = ParticipantInput {
        name: None,
        language: p.language,
        consent_followup: !p.consent_followup,
        release_date: Some("2027-01-15".into()),
        sgic: None,
    };
    roster::update(&a.store, p.id, &input).unwrap();
    let edited = push(&a, &url);
    assert_eq!((edited.new, edited.updated, edited.removed), (0, 1, 0));
    let mut client = pool::connect(&url).unwrap();
    let release: Option<String> = client
        .query_one(
            "SELECT release_date::text FROM respond.participants WHERE code = $1",
            &[&p.code],
        )
        .unwrap()
        .get(0);
    assert_eq!(release.as_deref(), Some("2027-01-15"));

    let tests: i64 = a
        .store
        .conn()
        .query_row("SELECT count(*) FROM attempts WHERE participant_id = 2", [], |r| r.get(0))
        .unwrap();
    let gone = roster::get(&a.store, 2).unwrap().code;
    roster::remove(&a.store, 2).unwrap();
    let removed = push(&a, &url);
    assert_eq!(removed.removed as i64, 1 + tests, "the person and their tests");
    let left: i64 = client
        .query_one("SELECT count(*) FROM respond.long_answers WHERE participant = $1", &[&gone])
        .unwrap()
        .get(0);
    assert_eq!(left, 0, "their answers went with them");
}

#[test]
fn a_pool_that_cannot_be_used_is_refused_with_nothing_changed_here() {
    let server = server();
    let a = laptop(12, 4);
    let before = (count(&a.store, "participants"), count(&a.store, "audit"));
    let refusal = |url: &str| match pool::push(
        &a.store,
        &Library::embedded(),
        url,
        &mut |_| {},
        &respond::jobs::Job::quiet(),
    ) {
        Err(Error::Pool(r)) => r,
        other => panic!("{url}: {other:?}"),
    };
    assert_eq!(refusal("not a url at all"), PoolRefusal::BadUrl);
    assert_eq!(refusal("postgresql://trainer@pool.example.org/respond"), PoolRefusal::TlsRequired);
    let (base, _) = server.url.rsplit_once('@').unwrap();
    let stranger = server.url.replace(base, "postgresql://nobody");
    assert_eq!(refusal(&stranger), PoolRefusal::Credentials);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    assert!(matches!(
        refusal(&format!("postgresql://postgres@127.0.0.1:{port}/postgres")),
        PoolRefusal::Unreachable(_)
    ));
    assert_eq!((count(&a.store, "participants"), count(&a.store, "audit")), before);
}

#[test]
fn a_role_per_installation_under_row_level_security_pushes_its_own_rows_only() {
    let server = server();
    let url = database(&server, "respond_pool_rls");
    pool::check(&url).unwrap();
    let (a, b) = (laptop(24, 5), laptop(12, 6));
    let id = respond::data::installation::uid(a.store.conn()).unwrap();
    // The README's set-up, for laptop A.
    let mut client = pool::connect(&url).unwrap();
    client
        .batch_execute(&format!(
            "DROP ROLE IF EXISTS laptop_rls_a;
             CREATE ROLE laptop_rls_a LOGIN PASSWORD 'a secret';
             GRANT USAGE ON SCHEMA respond TO laptop_rls_a;
             GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA respond TO laptop_rls_a;
             GRANT USAGE ON ALL SEQUENCES IN SCHEMA respond TO laptop_rls_a;
             ALTER TABLE respond.sessions ENABLE ROW LEVEL SECURITY;
             ALTER TABLE respond.participants ENABLE ROW LEVEL SECURITY;
             ALTER TABLE respond.attempts ENABLE ROW LEVEL SECURITY;
             ALTER TABLE respond.answers ENABLE ROW LEVEL SECURITY;
             CREATE POLICY own ON respond.sessions TO laptop_rls_a USING (installation = '{id}');
             CREATE POLICY own ON respond.participants TO laptop_rls_a USING (installation = '{id}');
             CREATE POLICY own ON respond.attempts TO laptop_rls_a USING (installation = '{id}');
             CREATE POLICY own ON respond.answers TO laptop_rls_a USING (installation = '{id}');"
        ))
        .unwrap();
    let (_, rest) = url.split_once('@').unwrap();
    let as_a = format!("postgresql://laptop_rls_a:a%20secret@{rest}");
    let first = push(&a, &as_a);
    assert_eq!(first.participants, 24);
    assert_eq!(push(&a, &as_a).new, 0);
    assert_eq!(
        pool_rows(&url, &id),
        long_rows(&a.store),
        "every answer, through the staging table"
    );

    // Laptop B with A's role: refused, nothing written there or here.
    let audit = count(&b.store, "audit");
    match pool::push(
        &b.store,
        &Library::embedded(),
        &as_a,
        &mut |_| {},
        &respond::jobs::Job::quiet(),
    ) {
        Err(Error::Pool(PoolRefusal::Server(_))) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(count(&b.store, "audit"), audit);
    let people: i64 =
        client.query_one("SELECT count(*) FROM respond.participants", &[]).unwrap().get(0);
    assert_eq!(people, 24);
}

#[test]
fn a_push_stopped_at_its_answers_leaves_the_pool_as_it_was() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let server = server();
    let url = database(&server, "respond_pool_stopped");
    let a = laptop(24, 6);
    let cancel = Arc::new(AtomicBool::new(false));
    let job = respond::jobs::Job::new(cancel.clone(), |_| {});
    let audited = count(&a.store, "audit");
    let mut stage = |p: pool::Progress| {
        if p.stage == pool::Stage::Answers {
            cancel.store(true, Ordering::SeqCst);
        }
    };
    let stopped = pool::push(&a.store, &Library::embedded(), &url, &mut stage, &job);
    assert!(matches!(stopped, Err(Error::Cancelled)), "{stopped:?}");
    let mut client = pool::connect(&url).unwrap();
    for table in ["installations", "sessions", "participants", "attempts", "answers"] {
        let n: i64 =
            client.query_one(&format!("SELECT count(*) FROM respond.{table}"), &[]).unwrap().get(0);
        assert_eq!(n, 0, "{table}");
    }
    assert_eq!(count(&a.store, "audit"), audited, "no push is recorded here");
    assert_eq!(push(&a, &url).participants, 24);
}
