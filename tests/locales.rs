//! Every language has exactly the messages, attributes and variables English has.

use std::fs;
use std::path::Path;

use respond::content::validate::{check_locales, Problem};
use respond::i18n::{Language, Localizer};

fn write(root: &Path, lang: &str, name: &str, text: &str) {
    fs::create_dir_all(root.join(lang)).unwrap();
    fs::write(root.join(lang).join(name), text).unwrap();
}

fn render(problems: &[Problem]) -> Vec<String> {
    let en = Localizer::new(Language::En);
    problems.iter().map(|p| p.render(&en)).collect()
}

#[test]
fn the_shipped_locales_are_complete_in_all_five_languages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let problems = check_locales(&root);
    assert!(problems.is_empty(), "{:#?}", render(&problems));
}

#[test]
fn each_kind_of_locale_problem_is_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let english = "hello = Hello { $name }\nbye = Bye\n    .title = Leaving\ncount = { $n ->\n    [one] one\n   *[other] { $n } things\n}\n";
    write(root, "en", "ui.ftl", english);
    // fr: one message missing.
    write(
        root,
        "fr",
        "ui.ftl",
        "hello = Bonjour { $name }\nbye = Au revoir\n    .title = Départ\n",
    );
    // de: a message English lacks, and an extra file.
    write(root, "de", "ui.ftl", &format!("{}\nextra = Extra\n", english.replace("Hello", "Hallo")));
    write(root, "de", "more.ftl", "more = Mehr\n");
    // nl: a different variable and a missing attribute.
    write(root, "nl", "ui.ftl", "hello = Hallo { $naam }\nbye = Dag\ncount = { $n ->\n    [one] één\n   *[other] { $n } dingen\n}\n");
    // pt: a syntax error, and no counterpart for nothing else.
    write(root, "pt", "ui.ftl", &format!("{english}broken = {{ \n"));

    let lines = render(&check_locales(root));
    let has = |needle: &str| lines.iter().any(|l| l.contains(needle));
    assert!(has("fr/ui.ftl:1: message \"count\" is missing in fr"), "{lines:#?}");
    assert!(has("de/ui.ftl:9: message \"extra\" is not in English"), "{lines:#?}");
    assert!(has("de/more.ftl:1: this file has no English counterpart"), "{lines:#?}");
    assert!(
        has("nl/ui.ftl:1: message \"hello\" uses variables $naam, English uses $name"),
        "{lines:#?}"
    );
    assert!(
        has("nl/ui.ftl:2: message \"bye\" has attributes –, English has $title")
            || has("nl/ui.ftl:2: message \"bye\" has attributes"),
        "{lines:#?}"
    );
    assert!(lines.iter().any(|l| l.contains("pt/ui.ftl:8: syntax error")), "{lines:#?}");
    assert_eq!(lines.len(), 6, "{lines:#?}");
}

#[test]
fn a_message_in_two_files_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en", "ui.ftl", "title = Results\n");
    write(dir.path(), "en", "results.ftl", "intro = Hello\ntitle = Results again\n");
    let lines = render(&check_locales(dir.path()));
    assert!(
        lines.iter().any(|l| l.contains("en/ui.ftl:1: message \"title\" is also in results.ftl")),
        "{lines:#?}"
    );
}

#[test]
fn a_missing_translation_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en", "ui.ftl", "a = A\n");
    for lang in ["fr", "de", "nl"] {
        write(dir.path(), lang, "ui.ftl", "a = A\n");
    }
    let lines = render(&check_locales(dir.path()));
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains("pt/ui.ftl:1: the pt translation of this file is missing"),
        "{lines:#?}"
    );
}

#[test]
fn problems_are_reported_in_the_readers_language() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en", "ui.ftl", "a = A\nb = B\n");
    for lang in ["fr", "de", "nl", "pt"] {
        write(dir.path(), lang, "ui.ftl", "a = A\n");
    }
    let problems = check_locales(dir.path());
    let fr = problems[0].render(&Localizer::new(Language::Fr));
    assert!(fr.contains("manque en fr") && fr.contains('b'), "{fr}");
}
