//! Certificates: one page per participant, in the certificate's language, with a serial
//! number and a QR code holding a payload signed with this installation's Ed25519 key, so
//! that anyone with the public key can check it offline (`respond verify`).
//!
//! The payload is `RSP1.<base64url(JSON claims)>.<base64url(signature)>`; the signature
//! covers the text before the last dot, so any change to it is caught. The claims name the
//! signing public key, so a certificate from another installation is told apart from a
//! changed one.

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rand::Rng;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unicode_normalization::UnicodeNormalization;

use crate::content::Library;
use crate::data::input::{invalid, now};
use crate::data::installation;
use crate::i18n::{Language, Localizer};
use crate::pdf::{palette, Align, Document, Face, Paper, Rect, Span, Stroke, TextStyle};
use crate::sessions::codes::ALPHABET;
use crate::sessions::roster::{self, Participant};
use crate::sessions::{self, Session};
use crate::{Error, Result, Store};

const PREFIX: &str = "RSP1";

/// What a certificate's QR code says. One-letter names keep the QR code small.
#[derive(Serialize, Deserialize)]
struct Claims {
    #[serde(rename = "s")]
    serial: String,
    #[serde(rename = "n")]
    name: String,
    /// The session's date, YYYY-MM-DD.
    #[serde(rename = "d")]
    date: String,
    #[serde(rename = "p")]
    site: String,
    /// Module ids, the same in every language.
    #[serde(rename = "m")]
    modules: Vec<String>,
    #[serde(rename = "l")]
    language: Language,
    /// The public key that signed it (base64url), to tell "changed" from "signed elsewhere".
    #[serde(rename = "k")]
    key: String,
}

/// A certificate whose signature checked out.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Verified {
    pub serial: String,
    pub name: String,
    /// The session's date, YYYY-MM-DD.
    pub date: String,
    pub site: String,
    /// Module ids.
    pub modules: Vec<String>,
    pub language: Language,
    /// Fingerprint of the key that signed it.
    pub key: String,
}

pub use crate::error::Rejection;

// ---- Keys ----

/// The installation's signing key, created on first use. Whoever stores one first wins,
/// so two processes starting at once still share one key.
/// This installation's public key (base64url, 43 characters): give it to whoever checks
/// its certificates.
pub fn public_key(store: &Store) -> Result<String> {
    installation::public_key(store)
}

fn parse_public_key(public_key: &str) -> Result<VerifyingKey> {
    B64.decode(public_key.trim())
        .ok()
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok())
        .ok_or_else(|| invalid("key", "invalid"))
}

/// The short form of a public key printed on certificates: `3F2A-9C1B-77D0-4E12`.
pub fn fingerprint(public_key: &str) -> Result<String> {
    Ok(installation::fingerprint_of(&parse_public_key(public_key)?))
}

// ---- Payloads ----

fn sign(key: &SigningKey, claims: &Claims) -> String {
    let body =
        format!("{PREFIX}.{}", B64.encode(serde_json::to_vec(claims).expect("claims serialise")));
    let signature = key.sign(body.as_bytes());
    format!("{body}.{}", B64.encode(signature.to_bytes()))
}

fn check(trusted: &VerifyingKey, payload: &str) -> Result<Verified> {
    let malformed = || Error::InvalidCertificate(Rejection::Malformed);
    let (body, signature) = payload.trim().rsplit_once('.').ok_or_else(malformed)?;
    let claims =
        body.strip_prefix(PREFIX).and_then(|b| b.strip_prefix('.')).ok_or_else(malformed)?;
    let claims: Claims = B64
        .decode(claims)
        .ok()
        .and_then(|json| serde_json::from_slice(&json).ok())
        .ok_or_else(malformed)?;
    let signature = B64
        .decode(signature)
        .ok()
        .and_then(|s| Signature::from_slice(&s).ok())
        .ok_or_else(malformed)?;
    let signer = parse_public_key(&claims.key).map_err(|_| malformed())?;
    // Checked against the key it names first: a change anywhere, that key included, breaks it.
    if signer.verify_strict(body.as_bytes(), &signature).is_err() {
        return Err(Error::InvalidCertificate(Rejection::Altered));
    }
    if signer != *trusted {
        return Err(Error::InvalidCertificate(Rejection::OtherKey(installation::fingerprint_of(
            &signer,
        ))));
    }
    let Claims { serial, name, date, site, modules, language, .. } = claims;
    Ok(Verified {
        serial,
        name,
        date,
        site,
        modules,
        language,
        key: installation::fingerprint_of(&signer),
    })
}

/// Checks a certificate against this installation's key. `payload` is the text of its QR
/// code, or its serial (as printed under the code) when it was issued here.
pub fn verify(store: &Store, payload: &str) -> Result<Verified> {
    let key = installation::signing_key(store)?.verifying_key();
    if payload.trim().starts_with(&format!("{PREFIX}.")) {
        return check(&key, payload);
    }
    let serial = normalize_serial(payload);
    let stored: Option<String> = store
        .conn()
        .query_row("SELECT payload FROM certificates WHERE serial = ?1", [&serial], |r| r.get(0))
        .optional()?;
    check(&key, &stored.ok_or(Error::InvalidCertificate(Rejection::UnknownSerial(serial)))?)
}

/// Checks a certificate's payload against another installation's public key.
pub fn verify_with_key(public_key: &str, payload: &str) -> Result<Verified> {
    check(&parse_public_key(public_key)?, payload)
}

// ---- Serials ----

const SERIAL_HALF: usize = 4;

/// A serial like `K7MR-4TXA`, from the participant codes' unambiguous alphabet.
fn new_serial(rng: &mut impl Rng) -> String {
    let chars: String = (0..SERIAL_HALF * 2)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &chars[..SERIAL_HALF], &chars[SERIAL_HALF..])
}

/// A serial as a person types it: any case, with or without the dash.
fn normalize_serial(input: &str) -> String {
    let chars: String =
        input.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    if chars.len() == SERIAL_HALF * 2 {
        format!("{}-{}", &chars[..SERIAL_HALF], &chars[SERIAL_HALF..])
    } else {
        chars
    }
}

/// The participant's serial: the one issued before, else a new one not in use.
fn serial_for(store: &Store, participant: i64) -> Result<String> {
    let conn = store.conn();
    if let Some(serial) = conn
        .query_row(
            "SELECT serial FROM certificates WHERE participant_id = ?1",
            [participant],
            |r| r.get(0),
        )
        .optional()?
    {
        return Ok(serial);
    }
    loop {
        let serial = new_serial(&mut rand::rng());
        if !conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM certificates WHERE serial = ?1)",
            [&serial],
            |r| r.get::<_, bool>(0),
        )? {
            return Ok(serial);
        }
    }
}

// ---- The PDF ----

/// Everything one certificate page shows.
struct Certificate {
    l10n: Localizer,
    name: String,
    modules: Vec<String>,
    date: String,
    site: String,
    trainers: String,
    serial: String,
    payload: String,
    fingerprint: String,
}

/// Certificates for the participants of `session` (or only `participant`), one page each,
/// in one PDF. `lang` is the certificates' language; `None`: each person's own. For the
/// whole session, people without a printable name are left out ([`skipped`] says who);
/// refused when nobody is left, or when the one person asked for has no printable name.
pub fn certificates_pdf(
    store: &Store,
    library: &Library,
    session: i64,
    participant: Option<i64>,
    lang: Option<Language>,
    paper: Paper,
) -> Result<Vec<u8>> {
    let info = sessions::get(store, session)?;
    let people = match participant {
        Some(id) => {
            vec![roster::get(store, id)?].into_iter().filter(|p| p.session_id == session).collect()
        }
        None => roster::list(store, session)?,
    };
    if people.is_empty() {
        return Err(if participant.is_some() {
            Error::NotFound
        } else {
            invalid("participants", "required")
        });
    }
    let people: Vec<Participant> = match participant {
        Some(_) => people,
        None => {
            let left_out = skipped_of(&people);
            let printable: Vec<Participant> =
                people.into_iter().filter(|p| !left_out.iter().any(|s| s.code == p.code)).collect();
            if printable.is_empty() {
                return Err(name_required(&left_out));
            }
            printable
        }
    };
    let names = printable_names(&people)?;
    let key = installation::signing_key(store)?;
    let doc_lang = lang.unwrap_or(info.language);
    let mut doc = Document::new(
        &Localizer::new(doc_lang).tr("certificates-document-title", &[]),
        paper,
        doc_lang,
    );
    // Serials are recorded only with a PDF made: a failure leaves no certificate behind.
    let tx = store.conn().unchecked_transaction()?;
    for (n, (person, name)) in people.iter().zip(names).enumerate() {
        let lang = lang.unwrap_or(person.language);
        let certificate = issue(store, library, &key, &info, person, name, lang)?;
        if n > 0 {
            doc.new_page();
        }
        page(&mut doc, &certificate)?;
    }
    let bytes = doc.finish()?;
    tx.commit()?;
    Ok(bytes)
}

/// Why someone gets no certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SkipReason {
    /// No name is stored (or it was erased).
    NoName,
    /// The name holds letters the certificate's fonts cannot print.
    Unprintable,
}

/// A participant left out of a session's certificates, by code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Skipped {
    pub code: String,
    pub reason: SkipReason,
}

/// A person's name in NFC (a combining accent would print beside its letter).
fn printable_name(person: &Participant) -> std::result::Result<String, SkipReason> {
    let name: String = person.name.as_deref().unwrap_or("").trim().nfc().collect();
    if name.is_empty() {
        Err(SkipReason::NoName)
    } else if !name.chars().all(|c| Face::Bold.has_glyph(c) || c.is_whitespace()) {
        Err(SkipReason::Unprintable)
    } else {
        Ok(name)
    }
}

fn skipped_of(people: &[Participant]) -> Vec<Skipped> {
    people
        .iter()
        .filter_map(|p| {
            printable_name(p).err().map(|reason| Skipped { code: p.code.clone(), reason })
        })
        .collect()
}

/// Who in `session` would get no certificate, and why: the Print page lists them first.
pub fn skipped(store: &Store, session: i64) -> Result<Vec<Skipped>> {
    Ok(skipped_of(&roster::list(store, session)?))
}

fn name_required(skipped: &[Skipped]) -> Error {
    let codes =
        |reason| skipped.iter().filter(|s| s.reason == reason).map(|s| s.code.clone()).collect();
    Error::NameRequired {
        missing: codes(SkipReason::NoName),
        unprintable: codes(SkipReason::Unprintable),
    }
}

/// Each person's printable name, or the refusal listing the codes of those without one.
fn printable_names(people: &[Participant]) -> Result<Vec<String>> {
    let left_out = skipped_of(people);
    if !left_out.is_empty() {
        return Err(name_required(&left_out));
    }
    Ok(people.iter().filter_map(|p| printable_name(p).ok()).collect())
}

/// Signs and records `person`'s certificate in `lang`, keeping their serial if they had one.
fn issue(
    store: &Store,
    library: &Library,
    key: &SigningKey,
    info: &Session,
    person: &Participant,
    name: String,
    lang: Language,
) -> Result<Certificate> {
    let mut delivered: Vec<&String> = info.modules.iter().collect();
    delivered.sort_by_key(|id| library.teaching_order(id));
    let modules = delivered
        .into_iter()
        .map(|id| {
            library
                .module(id)
                .and_then(|m| m.text(lang))
                .map(|t| t.title.clone())
                .ok_or_else(|| Error::ModuleNotFound { id: id.clone(), lang: lang.to_string() })
        })
        .collect::<Result<Vec<_>>>()?;
    let serial = serial_for(store, person.id)?;
    let claims = Claims {
        serial: serial.clone(),
        name: name.clone(),
        date: info.date.clone(),
        site: info.site.name.clone(),
        modules: info.modules.clone(),
        language: lang,
        key: B64.encode(key.verifying_key().as_bytes()),
    };
    let payload = sign(key, &claims);
    store.conn().execute(
        "INSERT INTO certificates (serial, participant_id, session_id, language, issued_at, payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (participant_id) DO UPDATE SET language = excluded.language, payload = excluded.payload",
        params![serial, person.id, info.id, lang.code(), now(), payload],
    )?;
    crate::data::audit::record(
        store.conn(),
        crate::data::audit::Action::Print,
        "certificate",
        Some(person.id),
        &serial,
    )?;
    let l10n = Localizer::new(lang);
    let date = l10n.date(&info.date);
    Ok(Certificate {
        l10n,
        name,
        modules,
        date,
        site: info.site.name.clone(),
        trainers: info.trainers.clone(),
        serial,
        payload,
        fingerprint: installation::fingerprint_of(&key.verifying_key()),
    })
}

/// Names separated by commas, each held on one line: "Dr. Anna Schmidt, Mehmet Yılmaz"
/// breaks after the comma, not inside a name.
fn unbroken_names(names: &str) -> String {
    names.split(", ").map(|n| n.trim().replace(' ', "\u{a0}")).collect::<Vec<_>>().join(", ")
}

/// Side margin of the text, inside the frame.
const SIDE: f32 = 78.0;
const NAME_MAX: f32 = 34.0;
/// Below this size a name may take more than one line.
const NAME_ONE_LINE: f32 = 22.0;
const NAME_MIN: f32 = 12.0;
const NAME_BOX: f32 = 86.0;
/// The QR code's side, without its quiet zone.
const QR_SIZE: f32 = 118.0;

/// The name as large as it fits: on one line down to [`NAME_ONE_LINE`] points, then on
/// as many lines as `height` holds.
fn name_style(doc: &Document, name: &[Span], width: f32, height: f32) -> TextStyle {
    let style = |size: f32| {
        TextStyle::new(size)
            .leading(size * 1.2)
            .color(palette::INK)
            .align(Align::Center)
            .hyphenate(false)
    };
    let mut size = NAME_MAX;
    loop {
        let s = style(size);
        let h = doc.measure(name, &s, width);
        let fits = if size >= NAME_ONE_LINE { h <= s.leading + 0.01 } else { h <= height + 0.01 };
        if fits || size <= NAME_MIN {
            return s;
        }
        size -= 1.0;
    }
}

fn page(doc: &mut Document, c: &Certificate) -> Result<()> {
    let tr = |id: &str| c.l10n.tr(id, &[]);
    let (w, h) = doc.page_size();
    let width = w - 2.0 * SIDE;
    let at = |y: f32| Rect { x: SIDE, y, width, height: 0.0 };
    let centred = |size: f32| TextStyle::new(size).align(Align::Center).hyphenate(false);
    doc.rect(
        Rect { x: 24.0, y: 24.0, width: w - 48.0, height: h - 48.0 },
        None,
        Some(Stroke::solid(palette::HEADING, 1.6)),
        0.0,
    );
    doc.rect(
        Rect { x: 31.0, y: 31.0, width: w - 62.0, height: h - 62.0 },
        None,
        Some(Stroke::solid(palette::LINE, 0.6)),
        0.0,
    );

    let mut y = 92.0;
    y += doc.text_box(
        at(y),
        &[Span::new(tr("certificates-title"), Face::Bold)],
        &centred(28.0).leading(34.0).color(palette::HEADING),
    );
    y += 2.0
        + doc.text_box(
            at(y + 2.0),
            &[Span::new(tr("certificates-subtitle"), Face::Regular)],
            &centred(12.0).color(palette::MUTED),
        );
    doc.line(
        (w / 2.0 - 28.0, y + 16.0),
        (w / 2.0 + 28.0, y + 16.0),
        Stroke::solid(palette::ALERT, 1.2),
    );
    let head_end = y + 32.0;

    // The foot, from the bottom up: the QR code with the serial beside it, then date, site
    // and trainers.
    let qr_top = h - 68.0 - QR_SIZE;
    doc.qr_code(
        &c.payload,
        Rect { x: w - SIDE - QR_SIZE, y: qr_top, width: QR_SIZE, height: QR_SIZE },
    )?;
    let side = |y: f32| Rect { x: SIDE, y, width: width - QR_SIZE - 24.0, height: 0.0 };
    let small = |size: f32| TextStyle::new(size).color(palette::MUTED);
    let mut sy = qr_top + 8.0;
    sy +=
        doc.text_box(side(sy), &[Span::new(tr("certificates-serial"), Face::Regular)], &small(8.5));
    sy += doc.text_box(
        side(sy),
        &[Span::new(c.serial.as_str(), Face::Bold)],
        &TextStyle::new(14.0).color(palette::INK).hyphenate(false),
    ) + 6.0;
    let hint = c.l10n.tr("certificates-verify-hint", &[("serial", c.serial.as_str().into())]);
    sy += doc.text_box(side(sy), &[Span::new(hint, Face::Regular)], &small(8.5)) + 4.0;
    let key_line = c.l10n.tr("certificates-key", &[("fingerprint", c.fingerprint.as_str().into())]);
    doc.text_box(side(sy), &[Span::new(key_line, Face::Regular)], &small(7.0));

    let details = [
        (tr("certificates-date-label"), &c.date),
        (tr("certificates-site-label"), &c.site),
        (tr("certificates-trainers-label"), &unbroken_names(&c.trainers)),
    ];
    let column = width / 3.0;
    let label = centred(8.5).color(palette::MUTED);
    // Names of people and places are not hyphenated.
    let value = centred(11.0).leading(14.5).color(palette::INK);
    let cell = |doc: &Document, l: &str, v: &str| {
        doc.measure(&[Span::new(l, Face::Regular)], &label, column - 12.0)
            + 2.0
            + doc.measure(&[Span::new(v, Face::Regular)], &value, column - 12.0)
    };
    let details_top =
        qr_top - 34.0 - details.iter().map(|(l, v)| cell(doc, l, v)).fold(0.0, f32::max);
    doc.line(
        (SIDE, details_top - 12.0),
        (w - SIDE, details_top - 12.0),
        Stroke::solid(palette::LINE, 0.6),
    );
    for (i, (l, v)) in details.iter().enumerate() {
        let x = SIDE + i as f32 * column + 6.0;
        let dy = doc.text_box(
            Rect { x, y: details_top, width: column - 12.0, height: 0.0 },
            &[Span::new(l.as_str(), Face::Regular)],
            &label,
        );
        doc.text_box(
            Rect { x, y: details_top + dy + 2.0, width: column - 12.0, height: 0.0 },
            &[Span::new(v.as_str(), Face::Regular)],
            &value,
        );
    }

    // In between, the person and the training: the modules as large as fits, the whole a
    // little above the middle of the space left.
    let quiet = centred(12.5).color(palette::MUTED);
    let certifies = [Span::new(tr("certificates-certifies"), Face::Italic)];
    let completed = [Span::new(tr("certificates-completed"), Face::Italic)];
    let fixed = doc.measure(&certifies, &quiet, width)
        + NAME_BOX
        + 22.0
        + doc.measure(&completed, &quiet, width)
        + 14.0;
    let modules: Vec<[Span; 1]> =
        c.modules.iter().map(|m| [Span::new(m.as_str(), Face::Regular)]).collect();
    let module_style = |size: f32| {
        TextStyle::new(size).leading(size * 1.6).color(palette::INK).align(Align::Center)
    };
    let modules_height = |doc: &Document, size: f32| {
        modules.iter().map(|m| doc.measure(m, &module_style(size), width)).sum::<f32>()
    };
    let room = details_top - 40.0 - head_end;
    let mut size = 13.5;
    while size > 8.0 && fixed + modules_height(doc, size) > room {
        size -= 0.5;
    }
    let mut y = head_end + (room - fixed - modules_height(doc, size)).max(0.0) * 0.4;
    y += doc.text_box(at(y), &certifies, &quiet);
    let name = [Span::new(c.name.as_str(), Face::Bold)];
    let style = name_style(doc, &name, width, NAME_BOX);
    let name_height = doc.measure(&name, &style, width);
    doc.text_box(at(y + 6.0 + (NAME_BOX - name_height) / 2.0), &name, &style);
    y += NAME_BOX + 12.0;
    doc.line(
        (SIDE + width * 0.15, y),
        (w - SIDE - width * 0.15, y),
        Stroke::solid(palette::LINE, 0.8),
    );
    y += 10.0;
    y += doc.text_box(at(y), &completed, &quiet) + 14.0;
    for module in &modules {
        y += doc.text_box(at(y), module, &module_style(size));
    }
    Ok(())
}

/// The command line's words for a refused certificate; `None` for other errors.
pub fn explain(err: &Error, l10n: &Localizer) -> Option<String> {
    match err {
        Error::NameRequired { missing, unprintable } => {
            let mut lines = vec![];
            if !missing.is_empty() {
                lines.push(
                    l10n.tr(
                        "certificates-cli-names-missing",
                        &[("codes", missing.join(", ").into())],
                    ),
                );
            }
            if !unprintable.is_empty() {
                lines.push(l10n.tr(
                    "certificates-cli-names-unprintable",
                    &[("codes", unprintable.join(", ").into())],
                ));
            }
            Some(lines.join("\n"))
        }
        Error::InvalidCertificate(rejection) => Some(match rejection {
            Rejection::Malformed => l10n.tr("certificates-invalid-malformed", &[]),
            Rejection::Altered => l10n.tr("certificates-invalid-altered", &[]),
            Rejection::OtherKey(key) => {
                l10n.tr("certificates-invalid-other-key", &[("fingerprint", key.as_str().into())])
            }
            Rejection::UnknownSerial(serial) => l10n
                .tr("certificates-invalid-unknown-serial", &[("serial", serial.as_str().into())]),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_very_long_name_shrinks_into_its_box_and_a_short_one_stays_large() {
        let doc = Document::new("t", Paper::Letter, Language::Pt);
        let width = doc.page_size().0 - 2.0 * SIDE;
        let long: String = "Maria da Conceição Gonçalves Ñúñez-Çelik Albuquerque "
            .repeat(3)
            .chars()
            .take(120)
            .collect();
        for name in [long.as_str(), &"W".repeat(120), "Zoë Ñúñez-Çelik"] {
            let spans = [Span::new(name, Face::Bold)];
            let style = name_style(&doc, &spans, width, NAME_BOX);
            assert!(doc.measure(&spans, &style, width) <= NAME_BOX, "{name}: {}", style.size);
        }
        assert_eq!(
            name_style(&doc, &[Span::new("Zoë Ñúñez-Çelik", Face::Bold)], width, NAME_BOX).size,
            NAME_MAX
        );
    }

    #[test]
    fn serials_are_read_as_people_type_them() {
        let serial = new_serial(&mut rand::rng());
        assert_eq!(serial.len(), 9);
        assert_eq!(normalize_serial(&serial.to_lowercase().replace('-', " ")), serial);
    }

    #[test]
    fn dates_are_written_in_the_certificates_language() {
        assert_eq!(Localizer::new(Language::En).date("2026-11-20"), "20 November 2026");
        assert_eq!(Localizer::new(Language::Pt).date("2026-03-05"), "5 de março de 2026");
        assert_eq!(Localizer::new(Language::De).date("2026-03-05"), "5. März 2026");
    }
}
