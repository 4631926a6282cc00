//! The item bank: complete in five languages, and each kind of error caught.

use std::collections::BTreeSet;

use respond::content::bank::{Domain, ItemKind};
use respond::content::{Files, Library};
use respond::i18n::{Language, Localizer};

#[test]
fn the_bank_covers_every_domain_and_module_in_five_languages() {
    let library = Library::embedded();
    let bank = library.bank();
    let core = bank.quiz_items("core").unwrap();
    assert!(!core.is_empty());
    let mut knowledge = 0;
    let mut confidence = 0;
    let mut modules = BTreeSet::new();
    for lang in Language::ALL {
        let view = bank.view("core", lang).unwrap();
        for item in &view.items {
            assert!(!item.prompt.is_empty());
            assert!(
                item.options
                    .iter()
                    .all(|o| !o.text.is_empty() && !o.text.starts_with("quiz-option")),
                "{} {lang}",
                item.id
            );
            if item.kind != ItemKind::Agree {
                assert!(item.explanation.as_deref().is_some_and(|e| !e.is_empty()));
            }
        }
    }
    for quiz in ["core", "officers"] {
        for item in bank.quiz_items(quiz).unwrap() {
            modules.insert(item.module.clone());
        }
    }
    let all_items: Vec<_> =
        ["core", "officers"].iter().flat_map(|q| bank.quiz_items(q).unwrap()).collect();
    for item in &all_items {
        if item.domain == Domain::Confidence {
            confidence += 1;
        } else {
            knowledge += 1;
        }
    }
    assert!(knowledge >= 30, "{knowledge} knowledge items in the quizzes");
    assert!(confidence >= 6);
    assert_eq!(modules.len(), 7, "every module is tested: {modules:?}");
    assert_eq!(bank.version().len(), 12);
    let en = Localizer::new(Language::En);
    let summary = bank.summary(&en);
    assert!(
        summary[0].starts_with("quiz core: ") && summary[0].ends_with("languages: en fr de nl pt"),
        "{summary:?}"
    );
}

fn problems(items: &str, quizzes: &str, fr: &str) -> Vec<String> {
    let en_text = "[quizzes.q]\ntitle = \"Q\"\n[items.a]\nprompt = \"P\"\nexplanation = \"E\"\n[items.a.options]\nx = \"X\"\ny = \"Y\"\n";
    let mut pairs = vec![
        ("modules/m/module.toml", "id = \"m\"\nversion = 1\norder = 1\nminutes = 1\naudiences = [\"custody\"]\n[[sources]]\ntext = \"S\"\n".to_string()),
        ("quiz/items.toml", items.to_string()),
        ("quiz/quizzes.toml", quizzes.to_string()),
        ("quiz/fr.toml", fr.to_string()),
    ];
    for lang in ["en", "de", "nl", "pt"] {
        pairs.push((Box::leak(format!("quiz/{lang}.toml").into_boxed_str()), en_text.to_string()));
    }
    let files = Files::from_pairs("content", pairs.iter().map(|(k, v)| (*k, v.as_str())));
    let en = Localizer::new(Language::En);
    Library::load(&files)
        .problems()
        .iter()
        .map(|p| p.render(&en))
        .filter(|p| p.contains("quiz/"))
        .collect()
}

const ITEM: &str = "[[item]]\nid = \"a\"\nkind = \"single\"\ndomain = \"signs\"\nmodule = \"m\"\noptions = [\"x\", \"y\"]\nanswer = [\"x\"]\n";
const QUIZ: &str = "[[quiz]]\nid = \"q\"\nitems = [\"a\"]\n";
const FR: &str = "[quizzes.q]\ntitle = \"Q\"\n[items.a]\nprompt = \"P\"\nexplanation = \"E\"\n[items.a.options]\nx = \"X\"\ny = \"Y\"\n";

#[test]
fn a_valid_bank_has_no_problems() {
    assert_eq!(problems(ITEM, QUIZ, FR), Vec::<String>::new());
}

#[test]
fn each_kind_of_bank_error_is_reported_at_its_line() {
    let check = |items: &str, quizzes: &str, fr: &str, expected: &str| {
        let found = problems(items, quizzes, fr);
        assert!(found.iter().any(|p| p.contains(expected)), "expected {expected:?} in {found:#?}");
    };
    check(
        &ITEM.replace("answer = [\"x\"]", "answer = [\"z\"]"),
        QUIZ,
        FR,
        "quiz/items.toml:2: the answer key of item \"a\" does not fit",
    );
    check(
        &ITEM.replace("module = \"m\"", "module = \"nowhere\""),
        QUIZ,
        FR,
        "names module \"nowhere\"",
    );
    check(
        ITEM,
        "[[quiz]]\nid = \"q\"\nitems = [\"a\", \"b\"]\n",
        FR,
        "quiz/quizzes.toml:3: no item has the id \"b\"",
    );
    check(
        ITEM,
        QUIZ,
        &FR.replace("y = \"Y\"\n", ""),
        "quiz/fr.toml:3: the options of item \"a\" differ",
    );
    check(
        ITEM,
        QUIZ,
        &FR.replace("explanation = \"E\"\n", ""),
        "quiz/fr.toml:3: item \"a\" has no explanation in fr",
    );
    check(
        ITEM,
        QUIZ,
        "[quizzes.q]\ntitle = \"Q\"\n",
        "quiz/fr.toml:1: item \"a\" has no text in fr",
    );
    check(
        ITEM,
        QUIZ,
        &FR.replace("title = \"Q\"", "title = \"\""),
        "quiz \"q\" has no title in fr",
    );
    check(&format!("{ITEM}myth = \"unknown-myth\"\n"), QUIZ, FR, "names myth \"unknown-myth\"");
    check(
        &ITEM.replace("kind = \"single\"", "kind = \"agree\""),
        QUIZ,
        FR,
        "does not fit its kind",
    );
    check(&format!("{ITEM}{ITEM}"), QUIZ, FR, "item id \"a\" is used twice");
}

/// The bundled bank is fair by content/quiz/DESIGN.md; a quiz keyed "false" throughout,
/// or a right option much longer than the others, is warned about (and still loads).
#[test]
fn unbalanced_keys_and_a_long_right_option_are_warned_about() {
    assert!(
        Library::embedded().bank().warnings().is_empty(),
        "{:?}",
        Library::embedded().bank().warnings()
    );

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let bundled = Files::from_dir(&root).unwrap();
    let mut pairs: Vec<(String, String)> = vec![];
    let mut add = |rel: &str| pairs.push((rel.to_string(), bundled.get(rel).unwrap().to_string()));
    for rel in ["quiz/items.toml", "templates.toml", "myths.toml", "countries.toml"] {
        add(rel);
    }
    for lang in ["fr", "de", "nl", "pt"] {
        add(&format!("quiz/{lang}.toml"));
    }
    let quizzes = "[[quiz]]\nid = \"core\"\nitems = [\"myth-fentanyl-touch\", \"myth-fentanyl-air\", \"myth-kit-proves-use\", \"myth-sleep-it-off\", \"signs-triad\"]\n\n[[quiz]]\nid = \"officers\"\nitems = [\"signs-triad\"]\n";
    pairs.push(("quiz/quizzes.toml".into(), quizzes.into()));
    let english = bundled.get("quiz/en.toml").unwrap();
    let start = english.find("[items.signs-triad]").unwrap();
    let right = start + english[start..].find("c = \"").unwrap() + "c = \"".len();
    let long = format!(
        "{}{}{}",
        &english[..right],
        "a much longer right answer that says far more than any other option does, ",
        &english[right..]
    );
    pairs.push(("quiz/en.toml".into(), long));
    let files = Files::from_pairs("content", pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let library = Library::load(&files);
    let en = Localizer::new(Language::En);
    let warnings: Vec<String> = library.bank().warnings().iter().map(|w| w.render(&en)).collect();
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert!(
        warnings[0].starts_with("content/quiz/quizzes.toml:2: ")
            && warnings[0].contains("0 of 4 true/false items are keyed true"),
        "{warnings:#?}"
    );
    assert!(
        warnings[1].starts_with("content/quiz/en.toml:") && warnings[1].contains("\"signs-triad\""),
        "{warnings:#?}"
    );
    assert!(library.bank().quiz_items("core").is_some(), "a warning does not stop the quiz");
}
