//! Myth-busting handouts: for one audience, the myths of the myths module that concern it
//! (in `myths.toml` order), each with its fact, the explanation and the source.

use crate::content::{fill_placeholders, Audience, Library, SiteValues};
use crate::i18n::{Language, Localizer};
use crate::pdf::{
    palette, render_markdown, Document, Face, Footer, Paper, Span, Stroke, Styles, TextStyle,
};
use crate::{Error, Result};

fn audience_key(audience: Audience) -> &'static str {
    match audience {
        Audience::Custody => "custody",
        Audience::Peers => "peers",
        Audience::Clinical => "clinical",
        Audience::Officers => "officers",
    }
}

/// The handout's title, as printed at its top.
pub(crate) fn title(l10n: &Localizer, audience: Audience) -> String {
    l10n.tr(&format!("print-handout-title-{}", audience_key(audience)), &[])
}

/// A myth slide's body split into what it says and its last paragraph, the source line
/// (when that is one line and not a list).
fn split_source(body: &str) -> (&str, Option<&str>) {
    let trimmed = body.trim_end();
    let Some(at) = trimmed.rfind("\n\n") else { return (body, None) };
    let last = trimmed[at..].trim();
    let is_list =
        last.starts_with(['-', '*', '+']) || last.starts_with(|c: char| c.is_ascii_digit());
    if last.contains('\n') || is_list {
        (body, None)
    } else {
        (&trimmed[..at + 2], Some(last))
    }
}

/// Which myths a handout carries, and the words above them.
pub enum Selection<'a> {
    /// The myths that concern an audience.
    Audience(Audience),
    /// A person's own: the myths they still believed at the end of the training.
    Personal(&'a [String]),
}

/// The myth-busting handout for `audience` in `lang`, with the emergency number of `site`.
pub fn handout(
    library: &Library,
    audience: Audience,
    lang: Language,
    paper: Paper,
    site: &SiteValues,
) -> Result<Vec<u8>> {
    lay_out(library, Selection::Audience(audience), lang, paper, site)?.finish()
}

/// A handout of just the myths `myths` (ids from myths.toml), for one person.
pub fn personal_handout(
    library: &Library,
    myths: &[String],
    lang: Language,
    paper: Paper,
    site: &SiteValues,
) -> Result<Vec<u8>> {
    lay_out(library, Selection::Personal(myths), lang, paper, site)?.finish()
}

fn lay_out(
    library: &Library,
    selection: Selection,
    lang: Language,
    paper: Paper,
    site: &SiteValues,
) -> Result<Document> {
    let l10n = Localizer::new(lang);
    let module = library
        .module("myths")
        .ok_or_else(|| Error::ModuleNotFound { id: "myths".into(), lang: lang.to_string() })?;
    let text = module
        .text(lang)
        .ok_or_else(|| Error::ModuleNotFound { id: "myths".into(), lang: lang.to_string() })?;
    let (title, intro) = match selection {
        Selection::Audience(audience) => (
            title(&l10n, audience),
            l10n.tr(&format!("print-handout-intro-{}", audience_key(audience)), &[]),
        ),
        Selection::Personal(_) => (
            l10n.tr("print-handout-title-personal", &[]),
            l10n.tr("print-handout-intro-personal", &[]),
        ),
    };
    let mut doc = Document::new(&title, paper, lang);
    let styles = Styles::default();

    let kicker = TextStyle::new(10.5).color(palette::ALERT).space_before(0.0);
    doc.paragraph(&[Span::new(l10n.tr("print-myths-and-facts", &[]), Face::Bold)], &kicker);
    let title_style = TextStyle::new(22.0)
        .leading(27.0)
        .color(palette::HEADING)
        .space_before(2.0)
        .hyphenate(false);
    doc.paragraph(&[Span::new(&title, Face::Bold)], &title_style);
    doc.paragraph(
        &[Span::new(intro, Face::Regular)],
        &TextStyle::new(11.5).color(palette::MUTED).space_before(6.0),
    );
    doc.rule(Stroke::solid(palette::LINE, 1.0), 12.0);

    let heading = styles.headings[1].space_before(18.0);
    let source_styles = Styles {
        body: TextStyle::new(8.5).color(palette::MUTED).space_before(5.0),
        ..Styles::default()
    };
    let diagram = |name: &str| library.diagram_svg(name, lang);
    let chosen = library.myths().iter().filter(|m| match selection {
        Selection::Audience(audience) => m.audiences.contains(&audience),
        Selection::Personal(ids) => ids.contains(&m.id),
    });
    for myth in chosen {
        let slide_id = format!("myth-{}", myth.id);
        let slide = text.slides.iter().find(|s| s.id == slide_id).ok_or_else(|| {
            Error::Pdf(format!("the myths module in {lang} has no slide {slide_id}"))
        })?;
        let body = fill_placeholders(&slide.body, site);
        let (body, source) = split_source(&body);
        // A myth is short: it goes whole onto one page, so the fact is never apart from it.
        doc.keep_together(|doc| {
            doc.heading(
                &[Span::new(
                    l10n.tr("print-myth", &[("myth", slide.title.as_str().into())]),
                    Face::Bold,
                )],
                &heading,
            );
            render_markdown(doc, body, &styles, &diagram)?;
            if let Some(source) = source {
                render_markdown(doc, source, &source_styles, &diagram)?;
            }
            Ok(())
        })?;
    }

    let emergency =
        l10n.tr("print-emergency-line", &[("number", site.emergency_number.as_str().into())]);
    doc.footers(&TextStyle::new(8.5).color(palette::MUTED), |page, pages| Footer {
        left: emergency.clone(),
        right: l10n.tr("print-page-of", &[("page", page.into()), ("pages", pages.into())]),
    });
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_handout_prints_every_character_in_every_language() {
        let library = Library::embedded();
        for lang in Language::ALL {
            let site = library.site_values(
                Some("FR"),
                &["Accueil « Ça va » : 01 23 45 67 89".into()],
                lang,
            );
            for audience in Audience::ALL {
                let doc = lay_out(&library, Selection::Audience(audience), lang, Paper::A4, &site)
                    .unwrap();
                assert!(
                    doc.missing_glyphs().is_empty(),
                    "{audience:?} {lang}: {:?}",
                    doc.missing_glyphs()
                );
            }
        }
    }

    #[test]
    fn the_source_line_is_split_off_the_end_of_a_myth() {
        let (body, source) = split_source("**Fact: no.**\n\n- one\n- two\n\nSource: WHO, 2014\n");
        assert_eq!(
            (body, source),
            ("**Fact: no.**\n\n- one\n- two\n\n", Some("Source: WHO, 2014"))
        );
        assert_eq!(split_source("**Fact.**\n\n- one\n- two\n").1, None);
    }
}
