//! The bundled content is complete and valid, and each kind of content error is caught and
//! reported as `path:line: message`.

use respond::content::{Audience, Files, Library, SiteValues};
use respond::i18n::{Language, Localizer};

const MODULES: [&str; 7] = [
    "overdose-basics",
    "responding",
    "naloxone-naltrexone",
    "rescue-breathing",
    "fentanyl-exposure",
    "after-release",
    "myths",
];

fn site() -> SiteValues {
    SiteValues {
        emergency_number: "112".into(),
        local_services: vec!["Drop-in centre, Rua Nova 5".into()],
        no_services: "Ask.".into(),
    }
}

#[test]
fn the_bundled_content_has_no_problems() {
    let library = Library::embedded();
    let en = Localizer::new(Language::En);
    let problems: Vec<String> = library.problems().iter().map(|p| p.render(&en)).collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn all_seven_modules_exist_in_all_five_languages_with_the_same_slides() {
    let library = Library::embedded();
    for lang in Language::ALL {
        let summaries = library.summaries(lang);
        let ids: Vec<&str> = summaries.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, MODULES, "modules in teaching order ({lang})");
        for s in &summaries {
            assert_eq!(s.lang, lang);
            assert_eq!(s.languages, Language::ALL.to_vec(), "{}", s.id);
            assert!(!s.has_problems, "{}", s.id);
        }
    }
    for id in MODULES {
        let en: Vec<String> = library
            .view(id, Language::En, &site())
            .unwrap()
            .slides
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert!(en.len() >= 6, "{id} has {} slides", en.len());
        for lang in Language::ALL {
            let view = library.view(id, lang, &site()).unwrap();
            assert_eq!(
                view.slides.iter().map(|s| s.id.clone()).collect::<Vec<_>>(),
                en,
                "{id} {lang}"
            );
            assert!(!view.sources.is_empty());
            for slide in &view.slides {
                assert!(
                    !slide.html.contains("{{") && !slide.notes_html.contains("{{"),
                    "{id} {lang} {}: unfilled placeholder",
                    slide.id
                );
                assert!(!slide.notes_html.trim().is_empty(), "{id} {lang} {}: no notes", slide.id);
            }
        }
    }
}

/// The hard questions in the notes ("Won't the police think I use?") are found in every
/// language, as many on each slide as in English, each with its answer.
#[test]
fn every_module_has_its_hard_questions_in_every_language() {
    let library = Library::embedded();
    for id in MODULES {
        let count = |lang| {
            let view = library.view(id, lang, &site()).unwrap();
            for q in view.slides.iter().flat_map(|s| &s.questions) {
                assert!(
                    q.question.ends_with(['"', '”', '“', '»', '’']),
                    "{id} {lang}: {}",
                    q.question
                );
                assert!(
                    q.answer_html.starts_with("<p>") && q.answer_html.len() > 40,
                    "{id} {lang}: {}",
                    q.question
                );
            }
            view.slides.iter().map(|s| s.questions.len()).collect::<Vec<_>>()
        };
        let en = count(Language::En);
        assert!(en.iter().sum::<usize>() >= 3, "{id} has hard questions: {en:?}");
        for lang in Language::ALL {
            assert_eq!(count(lang), en, "{id} {lang}");
        }
    }
    let police = library.view("responding", Language::En, &site()).unwrap();
    assert!(police
        .slides
        .iter()
        .flat_map(|s| &s.questions)
        .any(|q| q.question == "\"Won't the police think I use drugs if I carry a kit?\""));
}

#[test]
fn titles_are_translated_and_the_officer_template_starts_with_fentanyl() {
    let library = Library::embedded();
    for id in MODULES {
        let titles: std::collections::BTreeSet<String> =
            Language::ALL.iter().map(|l| library.view(id, *l, &site()).unwrap().title).collect();
        assert_eq!(titles.len(), 5, "{id}: every language has its own title: {titles:?}");
    }
    let officers = library.templates().iter().find(|t| t.id == Audience::Officers).unwrap();
    assert_eq!(
        officers.modules[..5],
        [
            "fentanyl-exposure",
            "overdose-basics",
            "responding",
            "naloxone-naltrexone",
            "rescue-breathing"
        ]
    );
    assert_eq!(library.templates().len(), 4);
    assert!(library.myths().len() >= 10);
}

#[test]
fn placeholders_are_filled_from_the_site_and_diagrams_are_inlined() {
    let library = Library::embedded();
    let view = library
        .view(
            "responding",
            Language::Pt,
            &SiteValues {
                emergency_number: "112".into(),
                local_services: vec!["Centro de Respostas Integradas, Rua X".into()],
                no_services: String::new(),
            },
        )
        .unwrap();
    let all: String = view.slides.iter().map(|s| format!("{}{}", s.html, s.notes_html)).collect();
    assert!(all.contains("112"));
    assert!(all.contains("Centro de Respostas Integradas, Rua X"));
    assert!(all.contains("<img class=\"diagram\" src=\"data:image/svg+xml;base64,"));
}

#[test]
fn the_emergency_number_follows_the_country_in_the_reader_s_language() {
    let library = Library::embedded();
    assert_eq!(library.site_values(Some("FR"), &[], Language::Fr).emergency_number, "15 ou 112");
    assert_eq!(library.site_values(Some("GB"), &[], Language::De).emergency_number, "999 oder 112");
    assert_eq!(library.site_values(Some("PT"), &[], Language::Pt).emergency_number, "112");
    assert_eq!(library.site_values(None, &[], Language::Nl).emergency_number, "112");
    let en = Localizer::new(Language::En);
    for country in library.countries() {
        let name = en.tr(&format!("country-{}", country.code), &[]);
        assert_ne!(
            name,
            format!("country-{}", country.code),
            "country {} has no name",
            country.code
        );
    }
}

// ---- each class of error, on a small content tree built in memory ----

const META: &str = "id = \"demo\"\nversion = 1\norder = 1\nminutes = 5\naudiences = [\"custody\"]\n\n[[sources]]\ntext = \"WHO 2014\"\n";

fn module_md(title: &str, slides: &[(&str, &str)]) -> String {
    let mut s = format!("+++\ntitle = \"{title}\"\nsummary = \"S\"\nobjectives = [\"O\"]\n+++\n\n");
    for (id, body) in slides {
        s.push_str(&format!("## Slide {id} {{#{id}}}\n\n{body}\n\n???\n\nNotes for {id}.\n\n"));
    }
    s
}

fn problems_of(extra: &[(&str, &str)], override_lang: Option<(&str, String)>) -> Vec<String> {
    let good = module_md("Demo", &[("one", "Call {{emergency_number}}."), ("two", "Two.")]);
    let mut pairs: Vec<(String, String)> = vec![
        ("modules/demo/module.toml".into(), META.into()),
        (
            "templates.toml".into(),
            "[[template]]\nid = \"custody\"\nmodules = [\"demo\"]\nquiz = \"core\"\n".into(),
        ),
        ("myths.toml".into(), "myth = []\n".into()),
        ("countries.toml".into(), "[[country]]\ncode = \"BE\"\nemergency = [\"112\"]\n".into()),
    ];
    for lang in ["en", "fr", "de", "nl", "pt"] {
        let text = match &override_lang {
            Some((l, t)) if *l == lang => t.clone(),
            _ => good.clone(),
        };
        pairs.push((format!("modules/demo/{lang}.md"), text));
    }
    for (k, v) in extra {
        pairs.retain(|(rel, _)| rel != k);
        pairs.push((k.to_string(), v.to_string()));
    }
    let files = Files::from_pairs("content", pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let en = Localizer::new(Language::En);
    // The quiz bank and the role-play checklists have their own tests (tests/quiz.rs,
    // tests/roleplay.rs); this tree has neither.
    Library::load(&files)
        .problems()
        .iter()
        .map(|p| p.render(&en))
        .filter(|p| !p.starts_with("content/quiz/") && !p.starts_with("content/roleplay/"))
        .collect()
}

fn assert_one(problems: &[String], expected: &str) {
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains(expected), "expected {expected:?} in {problems:#?}");
}

#[test]
fn a_valid_tree_has_no_problems() {
    assert_eq!(problems_of(&[], None), Vec::<String>::new());
}

#[test]
fn a_missing_language_is_reported() {
    let files = problems_of(&[], Some(("de", String::new())));
    assert!(
        files
            .iter()
            .any(|p| p.contains("content/modules/demo/de.md:1: the file must start with a header")),
        "{files:#?}"
    );
}

#[test]
fn slides_in_another_order_or_missing_are_reported_at_their_line() {
    let swapped = module_md("Démo", &[("two", "Deux."), ("one", "Un {{emergency_number}}.")]);
    assert_one(
        &problems_of(&[], Some(("fr", swapped))),
        "content/modules/demo/fr.md:7: slide \"two\" stands where English has \"one\"",
    );
    let short = module_md("Demo", &[("one", "Eins.")]);
    assert_one(
        &problems_of(&[], Some(("de", short))),
        "content/modules/demo/de.md:7: slide \"two\" of the English text is missing here",
    );
}

#[test]
fn incomplete_metadata_is_reported() {
    let no_sources = META.split("\n\n[[sources]]").next().unwrap().to_string() + "\n";
    assert_one(
        &problems_of(&[("modules/demo/module.toml", &no_sources)], None),
        "module.toml:1: the module lists no sources",
    );
    let bad_audience = META.replace("\"custody\"", "\"students\"");
    let problems = problems_of(&[("modules/demo/module.toml", &bad_audience)], None);
    assert!(problems.iter().any(|p| p.contains("content/modules/demo/module.toml:5: the TOML cannot be read: unknown variant `students`")), "{problems:#?}");
    let empty_title = module_md("", &[("one", "One {{emergency_number}}."), ("two", "Two.")]);
    assert_one(
        &problems_of(&[], Some(("nl", empty_title))),
        "nl.md:1: \"title\" is missing or empty",
    );
}

#[test]
fn unknown_placeholders_are_reported() {
    let text = module_md("Demo", &[("one", "Call {{emergency_phone}}."), ("two", "Two.")]);
    assert_one(
        &problems_of(&[], Some(("pt", text))),
        "pt.md:9: unknown placeholder {{emergency_phone}}",
    );
}

#[test]
fn missing_images_and_bad_links_are_reported() {
    let text =
        module_md("Demo", &[("one", "![Steps](nowhere.svg)"), ("two", "[see](../other.md)")]);
    let problems = problems_of(&[], Some(("en", text)));
    assert!(
        problems
            .iter()
            .any(|p| p.contains("en.md:9: image \"nowhere.svg\" is not in content/diagrams")),
        "{problems:#?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("en.md:17: link \"../other.md\" must start with https://")),
        "{problems:#?}"
    );
}

#[test]
fn raw_html_is_reported() {
    let text = module_md("Demo", &[("one", "<b>Call</b> {{emergency_number}}"), ("two", "Two.")]);
    let problems = problems_of(&[], Some(("fr", text)));
    assert!(
        !problems.is_empty() && problems.iter().all(|p| p.contains("fr.md:9: HTML is not allowed")),
        "{problems:#?}"
    );
}

#[test]
fn slides_without_ids_or_notes_are_reported() {
    let text = "+++\ntitle = \"D\"\nsummary = \"S\"\nobjectives = [\"O\"]\n+++\n\n## One {#one}\n\nOne {{emergency_number}}.\n\n## Two\n\nTwo.\n\n???\n\nNotes.\n";
    let problems = problems_of(&[], Some(("nl", text.to_string())));
    assert!(
        problems.iter().any(|p| p.contains("nl.md:7: slide \"one\" has no facilitator notes")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("nl.md:11: the slide \"Two\" has no id")),
        "{problems:#?}"
    );
}

#[test]
fn broken_toml_is_reported_at_its_line() {
    let text = "+++\ntitle = \"D\"\nsummary = S\nobjectives = [\"O\"]\n+++\n\n## One {#one}\n\nOne.\n\n???\n\nN.\n";
    let problems = problems_of(&[], Some(("de", text.to_string())));
    assert!(
        problems.iter().any(|p| p.starts_with("content/modules/demo/de.md:3: ")),
        "{problems:#?}"
    );
}

#[test]
fn templates_naming_unknown_modules_are_reported() {
    let templates = "[[template]]\nid = \"officers\"\nmodules = [\n  \"demo\",\n  \"no-such-module\",\n]\nquiz = \"officers\"\n";
    assert_one(
        &problems_of(&[("templates.toml", templates)], None),
        "templates.toml:5: no module has the id \"no-such-module\"",
    );
}

#[test]
fn diagrams_with_missing_labels_or_scripts_are_reported() {
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<text>{{step}}</text>\n<script>alert(1)</script>\n</svg>\n";
    let labels = "[en]\nstep = \"Step\"\n[fr]\nstep = \"Étape\"\n[de]\nstep = \"Schritt\"\n[nl]\nstep = \"Stap\"\n";
    let problems =
        problems_of(&[("diagrams/steps.svg", svg), ("diagrams/steps.toml", labels)], None);
    assert!(
        problems.iter().any(|p| p.contains("steps.svg:3: diagrams may not contain \"<script\"")),
        "{problems:#?}"
    );
    assert!(problems.iter().any(|p| p.contains("steps.toml:1: no labels for pt")), "{problems:#?}");
}

#[test]
fn a_broken_module_is_still_listed_and_flagged() {
    let files = Files::from_pairs(
        "content",
        [
            ("modules/demo/module.toml", META),
            ("modules/demo/en.md", "no header here"),
            ("templates.toml", "template = []\n"),
            ("myths.toml", "myth = []\n"),
        ],
    );
    let library = Library::load(&files);
    assert!(!library.problems().is_empty());
    assert!(library.summaries(Language::En).is_empty(), "no readable language: nothing to list");
    let one_good = Files::from_pairs(
        "content",
        [
            ("modules/demo/module.toml", META),
            ("modules/demo/fr.md", &*module_md("Démo", &[("one", "Un.")])),
            ("templates.toml", "template = []\n"),
            ("myths.toml", "myth = []\n"),
        ],
    );
    let library = Library::load(&one_good);
    let summary = &library.summaries(Language::En)[0];
    assert!(summary.has_problems);
    assert_eq!(summary.languages, vec![Language::Fr]);
    assert!(library.view("demo", Language::En, &site()).is_none(), "no English text is made up");
}

/// A content folder being edited may hold links, pipes or huge files: none is followed or
/// read, each is reported, and the rest still loads.
#[cfg(unix)]
#[test]
fn links_pipes_and_huge_files_in_a_content_folder_are_refused() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("content");
    let status = std::process::Command::new("cp").arg("-r").arg(&root).arg(&copy).status().unwrap();
    assert!(status.success());
    let secret = dir.path().join("secret.md");
    std::fs::write(&secret, "+++\ntitle = \"x\"\n+++\nprivate").unwrap();
    std::os::unix::fs::symlink(&secret, copy.join("modules/myths/link.md")).unwrap();
    std::os::unix::fs::symlink(dir.path(), copy.join("diagrams/loop")).unwrap();
    let fifo = copy.join("diagrams/pipe.svg");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    std::fs::write(copy.join("diagrams/huge.svg"), vec![b' '; 2 << 20]).unwrap();

    let files = Files::from_dir(&copy).unwrap();
    let mut refused: Vec<(String, &str)> =
        files.refused().iter().map(|(p, m)| (p.clone(), *m)).collect();
    refused.sort();
    assert_eq!(
        refused,
        vec![
            ("diagrams/huge.svg".to_string(), "problem-content-too-large"),
            ("diagrams/pipe.svg".to_string(), "problem-content-not-a-file"),
            ("modules/myths/link.md".to_string(), "problem-content-not-a-file"),
        ]
    );
    assert!(files.get("modules/myths/link.md").is_none());
    let library = Library::load(&files);
    assert_eq!(library.problems().len(), 3, "{:?}", library.problems());
    assert!(library.module("myths").is_some(), "the rest still loads");
}
