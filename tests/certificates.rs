//! Certificates, checked as a reader's tools see them (poppler's pdftotext, pdffonts,
//! pdftoppm, and a QR decoder on the rendered page), and their signed payloads.

mod common;
use common::poppler;

use std::process::Command;

use respond::content::{Audience, Library};
use respond::i18n::Localizer;
use respond::pdf::Paper;
use respond::print::certificates::{self, Rejection};
use respond::sessions::roster::{self, Participant, ParticipantInput};
use respond::sessions::{self, SessionInput};
use respond::{Error, Language, Store};

const ZOE: &str = "Zoë Ñúñez-Çelik";

fn setup() -> (tempfile::TempDir, Store, Library) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), "test passphrase").unwrap();
    (dir, store, Library::embedded())
}

fn session(store: &Store, library: &Library, modules: &[&str]) -> i64 {
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "Centre pénitentiaire de Fresnes".into(),
        country: Some("FR".into()),
        trainers: "Équipe santé, Inês Gonçalves".into(),
        audience: Audience::Custody,
        language: Language::Fr,
        quiz_id: "core".into(),
        modules: modules.iter().map(|m| m.to_string()).collect(),
    };
    sessions::create(store, library, &input).unwrap().id
}

fn add(store: &Store, session: i64, name: Option<&str>, language: Language) -> Participant {
    roster::add(
        store,
        session,
        &ParticipantInput {
            name: name.map(String::from),
            language,
            consent_followup: false,
            release_date: None,
            sgic: None,
        },
    )
    .unwrap()
}

/// Runs a poppler tool on `pdf`; `pdftotext` writes to stdout.
/// The text of page `page`, on one line, breaks inside words undone.
fn page_text(pdf: &[u8], page: usize) -> String {
    let n = page.to_string();
    poppler("pdftotext", &["-f", &n, "-l", &n], pdf)
        .replace("\u{ad}\n", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn serial_of(store: &Store, participant: i64) -> String {
    store
        .conn()
        .query_row(
            "SELECT serial FROM certificates WHERE participant_id = ?1",
            [participant],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn an_accented_name_prints_in_each_language_with_the_modules_in_that_language() {
    let (_dir, store, library) = setup();
    let modules = ["overdose-basics", "naloxone-naltrexone", "responding"];
    let id = session(&store, &library, &modules);
    let zoe = add(&store, id, Some(ZOE), Language::En);
    for lang in Language::ALL {
        let pdf = certificates::certificates_pdf(&store, &library, id, None, Some(lang), Paper::A4)
            .unwrap();
        let text = page_text(&pdf, 1);
        let l10n = Localizer::new(lang);
        assert!(text.contains(ZOE), "{lang}: {text}");
        assert!(text.contains(&l10n.tr("certificates-title", &[])), "{lang}: {text}");
        for module in modules {
            let title = library
                .module(module)
                .unwrap()
                .text(lang)
                .unwrap()
                .title
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert!(text.contains(&title), "{lang}: no {title:?} in {text}");
        }
        assert!(
            text.contains("Centre pénitentiaire de Fresnes") && text.contains("Inês Gonçalves"),
            "{lang}: {text}"
        );
        assert!(text.contains(&serial_of(&store, zoe.id)), "{lang}: {text}");
        let fingerprint =
            certificates::fingerprint(&certificates::public_key(&store).unwrap()).unwrap();
        assert!(text.contains(&fingerprint), "{lang}: {text}");
        let fonts = poppler("pdffonts", &[], &pdf);
        assert!(
            fonts.lines().count() > 2 && fonts.lines().skip(2).all(|l| l.contains(" yes yes ")),
            "every font embedded, as a subset:\n{fonts}"
        );
    }
    let fr =
        certificates::certificates_pdf(&store, &library, id, None, Some(Language::Fr), Paper::A4)
            .unwrap();
    assert!(page_text(&fr, 1).contains("20 novembre 2026"));
}

#[test]
fn a_whole_session_is_one_pdf_with_each_page_in_its_persons_language() {
    let (_dir, store, library) = setup();
    let id = session(&store, &library, &["overdose-basics"]);
    let names = [
        "Zoë Ñúñez-Çelik",
        "François Lefèvre",
        "Jürgen Müller",
        "Marieke van den Berg",
        "João Gonçalves",
    ];
    for (name, lang) in names.iter().zip(Language::ALL) {
        add(&store, id, Some(name), lang);
    }
    let pdf =
        certificates::certificates_pdf(&store, &library, id, None, None, Paper::Letter).unwrap();
    let info = poppler("pdfinfo", &[], &pdf);
    assert!(info.contains("Pages:           5") && info.contains("612 x 792 pts"), "{info}");
    for (page, (name, lang)) in names.iter().zip(Language::ALL).enumerate() {
        let text = page_text(&pdf, page + 1);
        assert!(
            text.contains(name)
                && text.contains(&Localizer::new(lang).tr("certificates-completed", &[])),
            "{lang}: {text}"
        );
    }
}

/// The page rendered to greyscale pixels, and its QR code read back.
fn decode_qr(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftoppm")
        .args(["-gray", "-r", "200", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&path)
        .arg(dir.path().join("page"))
        .status()
        .unwrap();
    assert!(out.success());
    let pgm = std::fs::read(dir.path().join("page.pgm")).unwrap();
    // P5 <width> <height> 255, then one byte per pixel.
    let mut fields = vec![];
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).to_string());
    }
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &pgm[at + 1..];
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    grids[0].decode().unwrap().1
}

#[test]
fn the_qr_code_on_the_page_reads_back_as_the_signed_payload() {
    let (_dir, store, library) = setup();
    let id = session(&store, &library, &["overdose-basics", "responding"]);
    let zoe = add(&store, id, Some(ZOE), Language::Pt);
    let pdf = certificates::certificates_pdf(&store, &library, id, Some(zoe.id), None, Paper::A4)
        .unwrap();
    let payload = decode_qr(&pdf);
    let stored: String = store
        .conn()
        .query_row("SELECT payload FROM certificates WHERE participant_id = ?1", [zoe.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(payload, stored);
    let cert = certificates::verify(&store, &payload).unwrap();
    assert_eq!(
        (cert.name.as_str(), cert.date.as_str(), cert.language),
        (ZOE, "2026-11-20", Language::Pt)
    );
    assert_eq!(
        (cert.site.as_str(), cert.modules.clone()),
        (
            "Centre pénitentiaire de Fresnes",
            vec!["overdose-basics".to_string(), "responding".to_string()]
        )
    );
    assert_eq!(cert.serial, serial_of(&store, zoe.id));
    // The serial printed under the code finds the same certificate.
    assert_eq!(certificates::verify(&store, &cert.serial.to_lowercase()).unwrap(), cert);
}

#[test]
fn printing_again_keeps_each_persons_serial() {
    let (_dir, store, library) = setup();
    let id = session(&store, &library, &["overdose-basics"]);
    let zoe = add(&store, id, Some(ZOE), Language::Fr);
    let jo = add(&store, id, Some("Jo Smith"), Language::En);
    certificates::certificates_pdf(&store, &library, id, Some(zoe.id), None, Paper::A4).unwrap();
    let serial = serial_of(&store, zoe.id);
    certificates::certificates_pdf(&store, &library, id, None, None, Paper::A4).unwrap();
    certificates::certificates_pdf(
        &store,
        &library,
        id,
        Some(zoe.id),
        Some(Language::De),
        Paper::Letter,
    )
    .unwrap();
    assert_eq!(serial_of(&store, zoe.id), serial);
    assert_ne!(serial_of(&store, jo.id), serial);
    assert_eq!(
        certificates::verify(&store, &serial).unwrap().language,
        Language::De,
        "the latest printing is on record"
    );
    let count: i64 =
        store.conn().query_row("SELECT COUNT(*) FROM certificates", [], |r| r.get(0)).unwrap();
    assert_eq!(count, 2);
    // A participant of another session is not this session's.
    let other = session(&store, &library, &["overdose-basics"]);
    assert!(matches!(
        certificates::certificates_pdf(&store, &library, other, Some(zoe.id), None, Paper::A4),
        Err(Error::NotFound)
    ));
    // Erasing a name erases the certificate record that holds it.
    roster::update(
        &store,
        zoe.id,
        &ParticipantInput {
            name: None,
            language: Language::Fr,
            consent_followup: false,
            release_date: None,
            sgic: None,
        },
    )
    .unwrap();
    assert!(matches!(
        certificates::verify(&store, &serial),
        Err(Error::InvalidCertificate(Rejection::UnknownSerial(_)))
    ));
}

#[test]
fn people_without_a_printable_name_are_left_out_and_listed() {
    use respond::print::certificates::{SkipReason, Skipped};
    let (_dir, store, library) = setup();
    let id = session(&store, &library, &["overdose-basics"]);
    let zoe = add(&store, id, Some(ZOE), Language::Fr);
    let a = add(&store, id, None, Language::Nl);
    let b = add(&store, id, Some("   "), Language::De);
    let hebrew = add(&store, id, Some("דנה לוי"), Language::En);
    let skipped = certificates::skipped(&store, id).unwrap();
    let skip = |code: &str, reason| Skipped { code: code.to_string(), reason };
    assert_eq!(
        skipped,
        vec![
            skip(&a.code, SkipReason::NoName),
            skip(&b.code, SkipReason::NoName),
            skip(&hebrew.code, SkipReason::Unprintable)
        ]
    );
    let pdf = certificates::certificates_pdf(&store, &library, id, None, None, Paper::A4).unwrap();
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains(ZOE), "the one with a name gets hers: {text}");
    let issued: i64 =
        store.conn().query_row("SELECT COUNT(*) FROM certificates", [], |r| r.get(0)).unwrap();
    assert_eq!(issued, 1, "only the printable one is issued");

    // Asked for one person without a name, or a session where nobody has one: refused,
    // naming them.
    assert!(matches!(
        certificates::certificates_pdf(&store, &library, id, Some(a.id), None, Paper::A4),
        Err(Error::NameRequired { .. })
    ));
    let nobody = session(&store, &library, &["overdose-basics"]);
    let c = add(&store, nobody, None, Language::Nl);
    let err = certificates::certificates_pdf(&store, &library, nobody, None, None, Paper::A4)
        .unwrap_err();
    assert!(
        matches!(&err, Error::NameRequired { missing, .. } if missing == &vec![c.code.clone()])
    );
    let message = certificates::explain(&err, &Localizer::new(Language::Fr)).unwrap();
    assert!(message.contains(&c.code) && message.contains("Aucune attestation"), "{message}");
    certificates::certificates_pdf(&store, &library, id, Some(zoe.id), None, Paper::A4).unwrap();
}

#[test]
fn verify_rejects_any_change_and_another_installations_key() {
    let (_dir, store, library) = setup();
    let id = session(&store, &library, &["overdose-basics"]);
    let zoe = add(&store, id, Some(ZOE), Language::Nl);
    certificates::certificates_pdf(&store, &library, id, None, None, Paper::A4).unwrap();
    let payload: String = store
        .conn()
        .query_row("SELECT payload FROM certificates WHERE participant_id = ?1", [zoe.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(
        payload.starts_with("RSP1.") && payload.len() < 400,
        "{} characters: {payload}",
        payload.len()
    );
    certificates::verify(&store, &payload).unwrap();

    for i in 0..payload.len() {
        let mut bytes = payload.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        let changed = String::from_utf8(bytes).unwrap();
        match certificates::verify(&store, &changed) {
            Err(Error::InvalidCertificate(
                Rejection::Malformed | Rejection::Altered | Rejection::UnknownSerial(_),
            )) => {}
            other => panic!("byte {i} changed: {other:?}"),
        }
    }
    assert!(matches!(
        certificates::verify(&store, &payload[..payload.len() - 3]),
        Err(Error::InvalidCertificate(_))
    ));

    // Another installation has its own key: it cannot vouch for this one's certificates,
    // and this one's public key checks them anywhere.
    let (_other_dir, other, _) = setup();
    let fingerprint =
        certificates::fingerprint(&certificates::public_key(&store).unwrap()).unwrap();
    match certificates::verify(&other, &payload) {
        Err(Error::InvalidCertificate(Rejection::OtherKey(key))) => assert_eq!(key, fingerprint),
        other => panic!("{other:?}"),
    }
    let cert = certificates::verify_with_key(&certificates::public_key(&store).unwrap(), &payload)
        .unwrap();
    assert_eq!(cert.name, ZOE);
    assert!(matches!(
        certificates::verify_with_key(&certificates::public_key(&other).unwrap(), &payload),
        Err(Error::InvalidCertificate(Rejection::OtherKey(_)))
    ));
    assert_eq!(
        certificates::public_key(&store).unwrap(),
        certificates::public_key(&store).unwrap(),
        "one key per installation"
    );
    assert!(matches!(
        certificates::verify(&store, "hello"),
        Err(Error::InvalidCertificate(Rejection::UnknownSerial(_)))
    ));
}

/// A word of `pdftotext -bbox`: its text and box.
struct Word {
    text: String,
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
}

fn words(pdf: &[u8]) -> (f32, f32, Vec<Word>) {
    let html = poppler("pdftotext", &["-bbox"], pdf);
    let attr = |tag: &str, name: &str| -> f32 {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..start + tag[start..].find('"').unwrap()].parse().unwrap()
    };
    let page = &html[html.find("<page ").unwrap()..];
    let (width, height) = (attr(page, "width"), attr(page, "height"));
    let words = html
        .split("<word ")
        .skip(1)
        .map(|w| {
            let text = w[w.find('>').unwrap() + 1..w.find("</word>").unwrap()].to_string();
            Word {
                text,
                x0: attr(w, "xMin"),
                y0: attr(w, "yMin"),
                x1: attr(w, "xMax"),
                y1: attr(w, "yMax"),
            }
        })
        .collect();
    (width, height, words)
}

#[test]
fn a_120_character_name_and_a_full_session_stay_inside_the_frame_without_overlaps() {
    let (_dir, store, library) = setup();
    let all = [
        "overdose-basics",
        "naloxone-naltrexone",
        "responding",
        "rescue-breathing",
        "fentanyl-exposure",
        "myths",
        "after-release",
    ];
    let id = session(&store, &library, &all);
    let long: String = "Maria da Conceição Gonçalves Ñúñez-Çelik de Albuquerque e Vasconcelos "
        .repeat(2)
        .chars()
        .take(120)
        .collect();
    assert_eq!(long.chars().count(), 120);
    let unbroken = "Ŵ".repeat(120);
    for name in [long.as_str(), &unbroken, ZOE] {
        let person = add(&store, id, Some(name), Language::En);
        for lang in Language::ALL {
            for paper in [Paper::A4, Paper::Letter] {
                let pdf = certificates::certificates_pdf(
                    &store,
                    &library,
                    id,
                    Some(person.id),
                    Some(lang),
                    paper,
                )
                .unwrap();
                let (width, height, words) = words(&pdf);
                let printed: String = words.iter().map(|w| w.text.replace('\u{ad}', "")).collect();
                assert!(
                    printed.contains(&name.replace(' ', "")),
                    "{lang} {paper:?}: the whole name is printed"
                );
                for w in &words {
                    assert!(
                        w.x0 >= 31.0
                            && w.x1 <= width - 31.0
                            && w.y0 >= 31.0
                            && w.y1 <= height - 31.0,
                        "{lang} {paper:?}: {:?} leaves the frame",
                        w.text
                    );
                }
                for (i, a) in words.iter().enumerate() {
                    for b in &words[i + 1..] {
                        // Lines of one block may touch: their boxes are taller than the leading.
                        let dx = a.x1.min(b.x1) - a.x0.max(b.x0);
                        let dy = a.y1.min(b.y1) - a.y0.max(b.y0);
                        let shorter = (a.y1 - a.y0).min(b.y1 - b.y0);
                        assert!(
                            dx <= 0.5 || dy <= 0.3 * shorter,
                            "{lang} {paper:?}: {:?} overlaps {:?}",
                            a.text,
                            b.text
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_command_line_prints_and_verifies() {
    let (dir, store, library) = setup();
    let id = session(&store, &library, &["overdose-basics"]);
    add(&store, id, Some(ZOE), Language::De);
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_respond"))
            .env("RESPOND_DATA_DIR", dir.path())
            .env("RESPOND_PASSPHRASE", "test passphrase")
            .args(args)
            .output()
            .unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).to_string(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let out = dir.path().join("c.pdf");
    let (ok, _, err) = run(&[
        "print",
        "certificates",
        "--session",
        &id.to_string(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{err}");
    assert!(
        page_text(&std::fs::read(&out).unwrap(), 1).contains("Teilnahmebescheinigung"),
        "without --lang, in the person's language"
    );
    let payload: String =
        store.conn().query_row("SELECT payload FROM certificates", [], |r| r.get(0)).unwrap();
    let (ok, text, _) = run(&["--lang", "fr", "verify", &payload]);
    let module = &library.module("overdose-basics").unwrap().text(Language::Fr).unwrap().title;
    assert!(
        ok && text.contains("valide") && text.contains(ZOE) && text.contains(module.as_str()),
        "{text}"
    );
    let tampered = payload.replacen("RSP1.e", "RSP1.f", 1);
    let (ok, _, err) = run(&["--lang", "pt", "verify", &tampered]);
    assert!(!ok && err.contains("Inválido"), "{err}");
    let (ok, text, _) = run(&["verify", "--show-key"]);
    assert!(ok && text.contains(&certificates::public_key(&store).unwrap()), "{text}");
    let nameless = add(&store, id, None, Language::Nl);
    std::fs::remove_file(&out).unwrap();
    let (ok, _, err) = run(&[
        "--lang",
        "nl",
        "print",
        "certificates",
        "--session",
        &id.to_string(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok && out.exists(), "the named people are printed: {err}");
    assert!(
        err.contains(&format!("{}: geen naam", nameless.code)),
        "who was left out, and why: {err}"
    );
}
