//! Paper answer sheets: one per person, in their language, with their code and every
//! question's lettered boxes; text extractable, fonts embedded.

mod common;
use common::poppler;

use respond::content::{Audience, Library};
use respond::pdf::Paper;
use respond::quiz::attempts::Phase;
use respond::sessions::roster::{self, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{print::sheets, Language, Store};

#[test]
fn one_sheet_per_person_in_their_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    let library = Library::embedded();
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "EP Lisboa".into(),
        country: Some("PT".into()),
        trainers: "Equipa de saúde".into(),
        audience: Audience::Custody,
        language: Language::Pt,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    };
    let session = sessions::create(&store, &library, &input).unwrap();
    let mut codes = vec![];
    for lang in [Language::Pt, Language::Fr, Language::Nl] {
        let p = roster::add(
            &store,
            session.id,
            &ParticipantInput {
                name: None,
                language: lang,
                consent_followup: false,
                release_date: None,
                sgic: None,
            },
        )
        .unwrap();
        codes.push((p.code, lang));
    }
    let pdf =
        sheets::answer_sheets(&store, &library, session.id, Phase::Pre, Paper::A4, 0).unwrap();
    let text = poppler("pdftotext", &["-layout"], &pdf);
    for (code, lang) in &codes {
        assert!(text.contains(code.as_str()), "code {code} is on a sheet");
        let quiz = library.bank().view("core", *lang).unwrap();
        let first = quiz.items.iter().find(|i| i.prompt.chars().count() < 60).unwrap();
        let words: Vec<&str> = first.prompt.split_whitespace().take(3).collect();
        assert!(text.contains(&words.join(" ")), "{lang}: {:?} is printed", words);
    }
    assert!(
        text.contains("Não sei")
            && text.contains("Je ne sais pas")
            && text.contains("Weet ik niet"),
        "the fixed answers are in each person's language"
    );
    let info = poppler("pdfinfo", &[], &pdf);
    let pages: usize =
        info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
    assert!(pages >= 3, "{pages} pages for three people");
    let fonts = poppler("pdffonts", &[], &pdf);
    assert!(fonts.lines().skip(2).all(|l| l.contains(" yes ")), "every font embedded:\n{fonts}");
    let letter =
        sheets::answer_sheets(&store, &library, session.id, Phase::Post, Paper::Letter, 0).unwrap();
    assert!(poppler("pdfinfo", &[], &letter).contains("612 x 792 pts"));
}

#[test]
fn an_empty_roster_prints_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    let library = Library::embedded();
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "Site".into(),
        country: None,
        trainers: "T".into(),
        audience: Audience::Officers,
        language: Language::Nl,
        quiz_id: "officers".into(),
        modules: vec!["fentanyl-exposure".into()],
    };
    let session = sessions::create(&store, &library, &input).unwrap();
    assert!(matches!(
        sheets::answer_sheets(&store, &library, session.id, Phase::Pre, Paper::A4, 0),
        Err(respond::Error::InvalidInput { .. })
    ));
}

/// The entry grid takes the keys the UI receives in the quiz view; the sheet prints the
/// same keys beside the boxes, item by item, because both come from `option_key`.
#[test]
fn the_letters_on_the_sheet_are_the_keys_of_the_grid() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    let library = Library::embedded();
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "Site".into(),
        country: None,
        trainers: "Team".into(),
        audience: Audience::Officers,
        language: Language::En,
        quiz_id: "officers".into(),
        modules: vec!["fentanyl-exposure".into()],
    };
    let session = sessions::create(&store, &library, &input).unwrap();
    let person = ParticipantInput {
        name: None,
        language: Language::En,
        consent_followup: false,
        release_date: None,
        sgic: None,
    };
    roster::add(&store, session.id, &person).unwrap();
    let pdf =
        sheets::answer_sheets(&store, &library, session.id, Phase::Post, Paper::A4, 0).unwrap();
    let text = poppler("pdftotext", &["-raw"], &pdf);
    let quiz = library.bank().view("officers", Language::En).unwrap();
    let mut rest = text.as_str();
    for item in &quiz.items {
        let words: String = item.prompt.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
        let at = rest.find(&words).unwrap_or_else(|| panic!("{:?} printed in order", words));
        rest = &rest[at + words.len()..];
        for option in &item.options {
            // Agreement keys stand beside their boxes, with the words under the scale.
            let (label, at) = match item.kind {
                respond::content::bank::ItemKind::Agree => {
                    let at = rest.match_indices(option.key.as_str()).map(|(i, _)| i).find(|&i| {
                        let before = rest[..i].chars().next_back().is_none_or(char::is_whitespace);
                        let after = rest[i + option.key.len()..]
                            .chars()
                            .next()
                            .is_none_or(char::is_whitespace);
                        before && after
                    });
                    (option.key.clone(), at)
                }
                _ => {
                    let label = format!(
                        "{} {}",
                        option.key,
                        option.text.split_whitespace().next().unwrap()
                    );
                    let at = rest.find(&label);
                    (label, at)
                }
            };
            let at = at.unwrap_or_else(|| panic!("{}: {label:?} beside its box", item.id));
            rest = &rest[at + label.len()..];
        }
    }
    let keys: Vec<Vec<&str>> =
        quiz.items.iter().map(|i| i.options.iter().map(|o| o.key.as_str()).collect()).collect();
    assert!(
        keys.iter().any(|k| k == &["A", "B", "C"])
            && keys.iter().any(|k| k == &["1", "2", "3", "4", "5"]),
        "{keys:?}"
    );
}
