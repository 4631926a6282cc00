//! Crash safety: a process recording kiosk answers through the same core call as the app
//! (`attempts::record_answer`) is killed with SIGKILL at a random moment, 50 times; then
//! the database must pass `PRAGMA integrity_check` and hold every answer it acknowledged.
//! The recorder is this test binary run again as the ignored test `recorder_child`.
#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use rand::Rng;
use respond::content::bank::ItemKind;
use respond::content::{Audience, Library};
use respond::quiz::attempts::{self, AnswerInput, Phase};
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{Language, Store};

const PASS: &str = "crash test passphrase";
const DIR_ENV: &str = "RESPOND_CRASH_DIR";
const RUNS: usize = 50;

#[test]
#[ignore = "the recorder: run by a_killed_recorder_loses_no_acknowledged_answer as a child process"]
fn recorder_child() {
    let dir = std::env::var(DIR_ENV).expect("run by the crash test");
    let store = Store::open(dir.as_ref(), PASS).unwrap();
    let library = Library::embedded();
    let session = match sessions::list(&store).unwrap().first() {
        Some(s) => s.id,
        None => {
            let input = SessionInput {
                date: "2026-11-20".into(),
                site_name: "HMP Crash".into(),
                country: None,
                trainers: "Team".into(),
                audience: Audience::Custody,
                language: Language::En,
                quiz_id: "core".into(),
                modules: vec!["overdose-basics".into()],
            };
            sessions::create(&store, &library, &input).unwrap().id
        }
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    let mut rng = rand::rng();
    loop {
        let person = ParticipantInput {
            name: Some("Zélie Ozturk-Vandermeer".into()),
            language: Language::Pt,
            consent_followup: false,
            release_date: None,
            sgic: None,
        };
        let p = roster::add(&store, session, &person).unwrap();
        let taking = attempts::take(&store, &library, session, &p.code, Phase::Pre).unwrap();
        for item in &taking.quiz.items {
            let options: Vec<String> = item.options.iter().map(|o| o.id.clone()).collect();
            let chosen = match item.kind {
                ItemKind::Multi => options.into_iter().filter(|_| rng.random_bool(0.5)).collect(),
                _ => vec![options[rng.random_range(0..options.len())].clone()],
            };
            attempts::record_answer(
                &store,
                &library,
                p.id,
                Phase::Pre,
                Language::Pt,
                &AnswerInput { item_id: item.id.clone(), chosen: chosen.clone() },
            )
            .unwrap();
            writeln!(out, "ack {} {} {}", p.id, item.id, chosen.join(",")).unwrap();
            out.flush().unwrap();
        }
    }
}

#[test]
fn a_killed_recorder_loses_no_acknowledged_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut acknowledged: Vec<(i64, String, Vec<String>)> = vec![];
    let mut rng = rand::rng();
    for run in 0..RUNS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "recorder_child", "--nocapture", "--test-threads=1"])
            .env(DIR_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // The test harness prints "test recorder_child ... " before the first line of output.
        let ready = rx.iter().find(|l| l.ends_with("ready"));
        assert!(ready.is_some(), "run {run}: the recorder did not start");
        std::thread::sleep(Duration::from_millis(rng.random_range(0..120)));
        child.kill().unwrap(); // SIGKILL: no destructor, no flush, no checkpoint
        child.wait().unwrap();
        reader.join().unwrap();
        for line in rx.try_iter() {
            let mut parts = line.strip_prefix("ack ").unwrap_or_default().splitn(3, ' ');
            if let (Some(p), Some(item), Some(chosen)) = (parts.next(), parts.next(), parts.next())
            {
                let chosen =
                    chosen.split(',').filter(|c| !c.is_empty()).map(String::from).collect();
                acknowledged.push((p.parse().unwrap(), item.to_string(), chosen));
            }
        }
    }
    assert!(
        acknowledged.len() > RUNS,
        "the recorder got to record answers: {}",
        acknowledged.len()
    );

    let store = Store::open(dir.path(), PASS).unwrap();
    let check: String = store.conn().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    for (participant, item, chosen) in &acknowledged {
        let answers = attempts::answers(&store, *participant, Phase::Pre).unwrap();
        assert_eq!(
            answers.get(item),
            Some(chosen),
            "participant {participant}, item {item}: acknowledged but not stored"
        );
    }
}
