//! Printed documents, checked the way a reader's tools see them: poppler's `pdftotext`,
//! `pdffonts` and `pdfinfo` (package poppler-utils, installed by scripts/setup.sh).
//! `Document::finish` fails on any warning printpdf reports, so every PDF made here was
//! saved without one.

use std::path::{Path, PathBuf};
use std::process::Command;

use respond::content::{fill_placeholders, Audience, Library, SiteValues};
use respond::i18n::{Language, Localizer};
use respond::pdf::{self, Document, Face, Footer, Paper, Span, Stroke, Styles, TextStyle};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output();
    let out = out.unwrap_or_else(|e| panic!("{tool} (poppler-utils) must be installed: {e}"));
    assert!(
        out.status.success(),
        "{tool} {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// One line of words: breaks inside words (soft hyphens) undone, all spacing made single.
fn words(text: &str) -> String {
    text.replace("\u{ad}\n", "").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of a PDF, as `words` gives it.
fn text_of(pdf: &Path) -> String {
    words(&poppler("pdftotext", &[], pdf))
}

/// Markdown written as the reader sees it.
fn plain(markdown: &str) -> String {
    words(&markdown.replace("**", "").replace('*', "").replace("\\", ""))
}

fn pages(pdf: &Path) -> usize {
    let info = poppler("pdfinfo", &[], pdf);
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line["Pages:".len()..].trim().parse().unwrap()
}

/// Every font is embedded, and only the glyphs used (a subset).
fn assert_fonts_embedded(pdf: &Path) {
    let fonts = poppler("pdffonts", &[], pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{fonts}");
    for row in rows {
        // name type… encoding emb sub uni object-id generation
        let cols: Vec<&str> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!((cols[n - 5], cols[n - 4]), ("yes", "yes"), "not embedded as a subset: {row}");
        assert!(cols[0].contains("NotoSans"), "{row}");
    }
}

fn site(library: &Library, country: Option<&str>, services: &[&str], lang: Language) -> SiteValues {
    let services: Vec<String> = services.iter().map(|s| s.to_string()).collect();
    library.site_values(country, &services, lang)
}

#[test]
fn every_handout_says_in_its_language_what_the_myths_module_says() {
    let library = Library::embedded();
    let dir = tempfile::tempdir().unwrap();
    let myths = library.module("myths").unwrap();
    for lang in Language::ALL {
        let l10n = Localizer::new(lang);
        let site = site(&library, Some("FR"), &[], lang);
        let mut accented = 0;
        for audience in Audience::ALL {
            let bytes =
                respond::print::handout::handout(&library, audience, lang, Paper::A4, &site)
                    .unwrap();
            let file = write(dir.path(), &format!("{audience:?}-{lang}.pdf"), &bytes);
            let text = text_of(&file);
            let title = words(&l10n.tr(
                &format!("print-handout-title-{}", format!("{audience:?}").to_lowercase()),
                &[],
            ));
            assert!(text.contains(&title), "{audience:?} {lang}: no title {title:?} in {text}");
            let chosen: Vec<_> =
                library.myths().iter().filter(|m| m.audiences.contains(&audience)).collect();
            assert!(!chosen.is_empty());
            for myth in chosen {
                let slide = myths
                    .text(lang)
                    .unwrap()
                    .slides
                    .iter()
                    .find(|s| s.id == format!("myth-{}", myth.id))
                    .unwrap();
                let body = fill_placeholders(&slide.body, &site);
                let mut expected = vec![words(&slide.title)];
                expected.extend(
                    body.lines()
                        .map(|l| plain(l.trim_start_matches("- ")))
                        .filter(|l| !l.is_empty()),
                );
                for line in expected {
                    assert!(
                        text.contains(&line),
                        "{audience:?} {lang}: {line:?} is not in\n{text}"
                    );
                    accented += line
                        .split(' ')
                        .filter(|w| w.chars().any(|c| c.is_alphabetic() && !c.is_ascii()))
                        .count();
                }
            }
            assert_fonts_embedded(&file);
            let pages = pages(&file);
            let last = l10n.tr("print-page-of", &[("page", pages.into()), ("pages", pages.into())]);
            assert!(text.contains(&words(&last)), "{audience:?} {lang}: no {last:?}");
            let emergency =
                words(&l10n.tr(
                    "print-emergency-line",
                    &[("number", site.emergency_number.as_str().into())],
                ));
            assert!(text.contains(&emergency), "{audience:?} {lang}: no {emergency:?}");
        }
        // English myths are plain ASCII; the others must bring their accents through.
        assert!(
            lang == Language::En || accented > 20,
            "{lang}: only {accented} words with accents found"
        );
    }
}

#[test]
fn letter_paper_is_612_by_792_points_and_a4_is_a4() {
    let library = Library::embedded();
    let dir = tempfile::tempdir().unwrap();
    let site = site(&library, None, &[], Language::Nl);
    for (paper, size) in [(Paper::Letter, "612 x 792 pts"), (Paper::A4, "595.28 x 841.89 pts")] {
        let handout = write(
            dir.path(),
            "h.pdf",
            &respond::print::handout::handout(
                &library,
                Audience::Peers,
                Language::Nl,
                paper,
                &site,
            )
            .unwrap(),
        );
        let card = write(
            dir.path(),
            "c.pdf",
            &respond::print::card::release_card(&library, Language::Nl, paper, &site).unwrap(),
        );
        for file in [handout, card] {
            let info = poppler("pdfinfo", &[], &file);
            assert!(
                info.lines().any(|l| l.starts_with("Page size:") && l.contains(size)),
                "{paper:?}: {info}"
            );
        }
    }
}

#[test]
fn a_two_page_handout_is_small() {
    let library = Library::embedded();
    let site = site(&library, None, &[], Language::De);
    let bytes = respond::print::handout::handout(
        &library,
        Audience::Custody,
        Language::De,
        Paper::A4,
        &site,
    )
    .unwrap();
    assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
}

#[test]
fn the_release_card_names_the_countrys_number_and_the_sites_services() {
    let library = Library::embedded();
    let dir = tempfile::tempdir().unwrap();
    let service = "CAARUD « L’Étape », 12 rue de la Gare : 01 23 45 67 89";
    for lang in Language::ALL {
        let l10n = Localizer::new(lang);
        let with = site(&library, Some("FR"), &[service], lang);
        let file = write(
            dir.path(),
            &format!("card-{lang}.pdf"),
            &respond::print::card::release_card(&library, lang, Paper::A4, &with).unwrap(),
        );
        let text = text_of(&file);
        assert!(text.contains(&with.emergency_number), "{lang}: {text}");
        assert!(text.contains(&words(service)), "{lang}: {text}");
        for id in ["print-card-title", "print-card-steps", "print-card-stay", "print-card-services"]
        {
            assert!(text.contains(&words(&l10n.tr(id, &[]))), "{lang}: {id} missing in {text}");
        }
        assert_fonts_embedded(&file);
        assert_eq!(pages(&file), 1);

        let without = site(&library, None, &[], lang);
        let file = write(
            dir.path(),
            &format!("card-none-{lang}.pdf"),
            &respond::print::card::release_card(&library, lang, Paper::Letter, &without).unwrap(),
        );
        let text = text_of(&file);
        assert!(
            text.contains("112") && text.contains(&words(&without.no_services)),
            "{lang}: {text}"
        );
    }
    let fr = text_of(&dir.path().join("card-fr.pdf"));
    assert!(fr.contains("15 ou 112"), "{fr}");
}

#[test]
fn a_long_document_has_the_pages_its_lines_need_and_numbers_them() {
    let dir = tempfile::tempdir().unwrap();
    let l10n = Localizer::new(Language::De);
    let mut doc = Document::new("Lang", Paper::A4, Language::De);
    let (leading, gap, count) = (14.0, 4.0, 250usize);
    let style = TextStyle::new(10.0).leading(leading).space_before(gap);
    for i in 1..=count {
        doc.paragraph(&[Span::new(format!("Absatz {i}: Überdosis"), Face::Regular)], &style);
    }
    // A page holds n one-line paragraphs when n lines and the n - 1 gaps between them fit.
    let per_page = ((doc.content_height() + gap) / (leading + gap)).floor() as usize;
    let expected = count.div_ceil(per_page);
    assert!(expected >= 5);
    doc.footers(&TextStyle::new(8.0), |page, pages| Footer {
        left: String::new(),
        right: l10n.tr("print-page-of", &[("page", page.into()), ("pages", pages.into())]),
    });
    let file = write(dir.path(), "long.pdf", &doc.finish().unwrap());
    assert_eq!(pages(&file), expected);
    let last = words(&poppler(
        "pdftotext",
        &["-f", &expected.to_string(), "-l", &expected.to_string()],
        &file,
    ));
    assert!(
        last.contains(&format!("Absatz {count}: Überdosis"))
            && last.contains(&format!("Seite {expected} von {expected}")),
        "{last}"
    );
    let first = words(&poppler("pdftotext", &["-f", "1", "-l", "1"], &file));
    assert!(
        first.contains(&format!("Absatz {per_page}:"))
            && !first.contains(&format!("Absatz {}:", per_page + 1)),
        "{first}"
    );
}

#[test]
fn diagrams_print_as_vectors_with_their_labels_in_the_pages_language() {
    let library = Library::embedded();
    let dir = tempfile::tempdir().unwrap();
    let labels: toml::Table = toml::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("content/diagrams/response-steps.toml"),
        )
        .unwrap(),
    )
    .unwrap();
    for lang in Language::ALL {
        let mut doc = Document::new("Diagram", Paper::A4, lang);
        let markdown = "## Steps\n\nText with **bold** and *italic*.\n\n![Steps](response-steps.svg)\n\n1. one\n2. two\n\n---\n\nAfter the rule.\n";
        pdf::render_markdown(&mut doc, markdown, &Styles::default(), &|name| {
            library.diagram_svg(name, lang)
        })
        .unwrap();
        doc.rule(Stroke::dashed(pdf::Color::BLACK, 1.0, 4.0, 2.0), 10.0);
        let file = write(dir.path(), &format!("d-{lang}.pdf"), &doc.finish().unwrap());
        let text = text_of(&file);
        let expected = labels[lang.code()]["step-4-a"].as_str().unwrap();
        assert!(text.contains(expected), "{lang}: {expected:?} not in {text}");
        assert!(text.contains("After the rule."), "{text}");
        // Vector, not a picture.
        let images = poppler("pdfimages", &["-list"], &file);
        assert_eq!(images.lines().count(), 2, "{images}");
    }
}

/// The box of each word on page 1, as `pdftotext -bbox` finds it: (word, x min, y min, x max).
fn word_boxes(pdf: &Path) -> Vec<(String, f32, f32, f32)> {
    let html = poppler("pdftotext", &["-bbox", "-f", "1", "-l", "1"], pdf);
    let attr = |line: &str, name: &str| -> f32 {
        let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        line[start..].split('"').next().unwrap().parse().unwrap()
    };
    html.lines()
        .filter(|l| l.trim_start().starts_with("<word"))
        .map(|l| {
            let word = l.split('>').nth(1).unwrap().split('<').next().unwrap().to_string();
            (word, attr(l, "xMin"), attr(l, "yMin"), attr(l, "xMax"))
        })
        .collect()
}

#[test]
fn text_can_be_centred_and_things_placed_at_a_position_for_certificates() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::new("Certificate", Paper::A4, Language::Pt);
    let (width, _) = doc.page_size();
    let name = TextStyle::new(30.0).leading(36.0).align(pdf::Align::Center);
    doc.text_box(
        pdf::Rect { x: 0.0, y: 300.0, width, height: 40.0 },
        &[Span::new("João Gonçalves", Face::Bold)],
        &name,
    );
    let right = TextStyle::new(10.0).align(pdf::Align::Right);
    doc.text_box(
        pdf::Rect { x: 100.0, y: 400.0, width: 200.0, height: 20.0 },
        &[Span::new("Lisboa", Face::Italic)],
        &right,
    );
    doc.diagram_at(
        r##"<svg viewBox="0 0 2 2"><rect width="1" height="1" fill="#000"/><rect x="1" y="1" width="1" height="1"/></svg>"##,
        pdf::Rect { x: 250.0, y: 500.0, width: 80.0, height: 80.0 },
    )
    .unwrap();
    let file = write(dir.path(), "c.pdf", &doc.finish().unwrap());
    let boxes = word_boxes(&file);
    let find = |w: &str| {
        boxes.iter().find(|b| b.0 == w).unwrap_or_else(|| panic!("{w} in {boxes:?}")).clone()
    };
    let (first, last) = (find("João"), find("Gonçalves"));
    assert!(((first.1 + last.3) / 2.0 - width / 2.0).abs() < 1.0, "{first:?} {last:?}");
    assert!(first.2 > 295.0 && first.2 < 310.0, "{first:?}");
    let place = find("Lisboa");
    assert!((place.3 - 300.0).abs() < 1.0 && place.2 > 398.0 && place.2 < 405.0, "{place:?}");
}

#[test]
fn the_command_line_prints_handouts_and_cards() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("officers.pdf");
    let run =
        |args: &[&str]| Command::new(env!("CARGO_BIN_EXE_respond")).args(args).output().unwrap();
    let handout = run(&[
        "print",
        "handout",
        "officers",
        "--lang",
        "de",
        "--paper",
        "letter",
        "--country",
        "de",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(handout.status.success(), "{}", String::from_utf8_lossy(&handout.stderr));
    assert!(String::from_utf8_lossy(&handout.stdout).contains("Gespeichert"));
    assert!(text_of(&out).contains("Im Notfall: 112 anrufen."));

    let card = dir.path().join("card.pdf");
    let done = run(&[
        "print",
        "release-card",
        "--lang",
        "pt",
        "--country",
        "PT",
        "--service",
        "Linha Vida: 1414",
        "--service",
        "CRI Lisboa",
        "--out",
        card.to_str().unwrap(),
    ]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    let text = text_of(&card);
    assert!(
        text.contains("Linha Vida: 1414")
            && text.contains("CRI Lisboa")
            && text.contains("Passo a passo"),
        "{text}"
    );

    let bad = run(&["print", "handout", "nobody", "--out", out.to_str().unwrap()]);
    assert!(!bad.status.success());
}
