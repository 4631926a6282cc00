//! Bad input never panics: every parser of what comes from outside (content files, locale
//! files, typed codes, certificate payloads, settings) gets real files with random edits
//! and random text, and must answer with a value or an error.

use proptest::prelude::*;
use respond::content::{Files, Library};
use respond::data::protection::{self, DataSettings};
use respond::sessions::codes::{normalize_participant_code, SgicParts};
use respond::{content::validate, print::certificates, Store};

/// `text` with `edits` applied: each deletes, inserts or replaces a character at a position
/// taken modulo the text's length, so that most of a real file survives around the damage.
fn mutate(text: &str, edits: &[(usize, u8, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, op, c) in edits {
        let at = if chars.is_empty() { 0 } else { at % chars.len() };
        match op % 3 {
            0 if !chars.is_empty() => {
                chars.remove(at);
            }
            1 => chars.insert(at, c),
            _ if !chars.is_empty() => chars[at] = c,
            _ => chars.push(c),
        }
    }
    chars.into_iter().collect()
}

/// Characters that matter to the formats: delimiters of TOML, Markdown, Fluent and XML, and
/// some that are not ASCII.
fn interesting() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::sample::select(vec![
            '+', '-', '=', '"', '\'', '[', ']', '{', '}', '<', '>', '/', '&', '#', '*', '\n', '\\',
            '$', ':', '.', '0', 'é', '\u{2068}', '\0'
        ]),
        any::<char>(),
    ]
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8, char)>> {
    prop::collection::vec((any::<usize>(), any::<u8>(), interesting()), 1..24)
}

/// The shipped content files: path relative to content/, and text.
fn content_pairs() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut pairs = vec![];
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "md" || x == "toml" || x == "svg")
                && path != root.join("README.md")
            {
                let rel = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
                pairs.push((rel, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    pairs.sort();
    pairs
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_content_file_is_reported_never_a_panic(pick in any::<prop::sample::Index>(), edits in edits()) {
        let mut pairs = content_pairs();
        prop_assume!(!pairs.is_empty());
        let i = pick.index(pairs.len());
        pairs[i].1 = mutate(&pairs[i].1, &edits);
        let files = Files::from_pairs("content", pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let library = Library::load(&files);
        // Whatever loaded can be listed and shown in every language.
        for lang in respond::Language::ALL {
            for summary in library.summaries(lang) {
                let site = library.site_values(None, &[], lang);
                let _ = library.view(&summary.id, lang, &site);
            }
        }
    }

    #[test]
    fn a_damaged_locale_file_is_reported_never_a_panic(lang in prop::sample::select(vec!["en", "fr", "de", "nl", "pt"]), edits in edits()) {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let dir = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(&root).unwrap() {
            let from = entry.unwrap().path();
            let to = dir.path().join(from.file_name().unwrap());
            std::fs::create_dir_all(&to).unwrap();
            for file in std::fs::read_dir(&from).unwrap() {
                let file = file.unwrap().path();
                let text = std::fs::read_to_string(&file).unwrap();
                let damaged = if from.ends_with(lang) && file.ends_with("data.ftl") { mutate(&text, &edits) } else { text };
                std::fs::write(to.join(file.file_name().unwrap()), damaged).unwrap();
            }
        }
        let problems = validate::check_locales(dir.path());
        for p in &problems {
            let _ = p.render(&respond::i18n::Localizer::new(respond::Language::En));
        }
    }

    #[test]
    fn typed_codes_normalise_to_letters_and_digits(input in ".*") {
        let code = normalize_participant_code(&input);
        prop_assert!(code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'));
    }

    #[test]
    fn sgic_parts_give_a_code_or_none(parent in ".*", month in any::<u8>(), siblings in any::<u8>(), place in ".*") {
        let parts = SgicParts { parent_letters: parent, birth_month: month, older_siblings: siblings, birthplace_letter: place };
        if let Some(code) = parts.code() {
            prop_assert!((1..=12).contains(&month) && siblings <= 9, "{code}");
        }
    }

    #[test]
    fn a_certificate_payload_is_checked_never_a_panic(payload in "(RSP1\\.)?[A-Za-z0-9_.=+/-]{0,300}", key in "[A-Za-z0-9+/=]{0,60}") {
        prop_assert!(certificates::verify_with_key(&key, &payload).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn a_real_payload_with_random_edits_is_refused_or_still_itself(edits in edits()) {
        let (payload, key, serial) = issued();
        if let Ok(cert) = certificates::verify_with_key(key, &mutate(payload, &edits)) {
            prop_assert_eq!(&cert.serial, serial, "only the payload itself verifies");
        }
    }

    #[test]
    fn settings_take_any_numbers_and_keep_only_what_is_allowed(lock in any::<u32>(), keep in any::<u32>()) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "fuzz passphrase").unwrap();
        let wanted = DataSettings { lock_minutes: lock, keep_backups: keep };
        match protection::set_data_settings(&store, wanted) {
            Ok(()) => prop_assert_eq!(protection::data_settings(&store).unwrap(), wanted),
            Err(_) => prop_assert_eq!(protection::data_settings(&store).unwrap(), DataSettings::default()),
        }
    }
}

/// One certificate issued: its payload, the installation's public key and its serial.
fn issued() -> &'static (String, String, String) {
    static ISSUED: std::sync::OnceLock<(String, String, String)> = std::sync::OnceLock::new();
    ISSUED.get_or_init(issue)
}

fn issue() -> (String, String, String) {
    use respond::content::Audience;
    use respond::sessions::roster::{self, ParticipantInput};
    use respond::sessions::{self, SessionInput};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "fuzz passphrase").unwrap();
    let library = Library::embedded();
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "HMP Fuzz".into(),
        country: None,
        trainers: "Team".into(),
        audience: Audience::Officers,
        language: respond::Language::Nl,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    };
    let session = sessions::create(&store, &library, &input).unwrap();
    let person = ParticipantInput {
        name: Some("Zélie Ozturk-Vandermeer".into()),
        language: respond::Language::Nl,
        consent_followup: false,
        release_date: None,
        sgic: None,
    };
    roster::add(&store, session.id, &person).unwrap();
    certificates::certificates_pdf(
        &store,
        &library,
        session.id,
        None,
        None,
        respond::pdf::Paper::A4,
    )
    .unwrap();
    let payload: String =
        store.conn().query_row("SELECT payload FROM certificates", [], |r| r.get(0)).unwrap();
    let key = certificates::public_key(&store).unwrap();
    let serial = certificates::verify(&store, &payload).unwrap().serial;
    (payload, key, serial)
}
