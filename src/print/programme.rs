//! The quarterly return as a PDF, in the reader's language: the same figures as the
//! Programme page and the return's CSV (see [`crate::results::programme`]).

use crate::content::Library;
use crate::i18n::{Language, Localizer};
use crate::pdf::{palette, Document, Face, Paper, Span, Stroke};
use crate::print::report::{footers, opening, Styles};
use crate::quiz::attempts::Phase;
use crate::results::evaluation::Scope;
use crate::results::programme::{programme_return, ProgrammeReturn, ReturnGroup};
use crate::results::stats::MIN_CELL;
use crate::results::view::{count, number, percent, phase_name};
use crate::{Result, Store};

/// The return for `scope` in `lang`.
pub fn return_pdf(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
    paper: Paper,
) -> Result<Vec<u8>> {
    let figures = programme_return(store, library, scope, lang)?;
    return_document(&figures, lang, paper)?.finish()
}

fn return_document(r: &ProgrammeReturn, lang: Language, paper: Paper) -> Result<Document> {
    let l10n = Localizer::new(lang);
    let title = l10n.tr("return-title", &[]);
    let mut doc = Document::new(&title, paper, lang);
    let styles = Styles::new();
    let Styles { body, small, h2, table, .. } = styles;
    let text = |s: String| [Span::new(s, Face::Regular)];
    let bold = |s: String| [Span::new(s, Face::Bold)];
    let tr = |id: &str| l10n.tr(id, &[]);
    let phases = [Phase::Pre, Phase::Post, Phase::Followup].map(|p| phase_name(&l10n, p));

    opening(&mut doc, &l10n, &styles, &title, r.title.clone());
    doc.paragraph(&text(l10n.tr("return-privacy", &[("min", MIN_CELL.into())])), &small);
    doc.rule(Stroke::solid(palette::LINE, 1.0), 8.0);

    doc.heading(&bold(tr("return-trainings-title")), &h2);
    doc.paragraph(
        &text(l10n.tr(
            "return-summary",
            &[
                ("sessions", r.sessions.into()),
                ("people", count(r.evaluation.attrition.trained).into()),
            ],
        )),
        &body,
    );
    let groups = |heading: &str, groups: &[ReturnGroup]| {
        let mut rows = vec![vec![
            tr(heading),
            tr("return-sessions"),
            tr("return-people"),
            tr("return-kits-given"),
        ]];
        rows.extend(groups.iter().map(|g| {
            vec![g.label.clone(), g.sessions.to_string(), count(g.people), count(g.kits)]
        }));
        rows
    };
    doc.table(&[2.6, 1.0, 1.0, 1.0], &groups("return-site", &r.by_site), &table, 8.0);
    doc.table(&[2.6, 1.0, 1.0, 1.0], &groups("return-audience", &r.by_audience), &table, 12.0);
    doc.table(&[2.6, 1.0, 1.0, 1.0], &groups("return-trainer", &r.by_trainer), &table, 12.0);

    doc.heading(&bold(tr("return-kits-title")), &h2);
    let k = &r.kits;
    let mut rows = vec![vec![tr("kit-label"), tr("return-people")]];
    for (id, n) in [
        ("kit-status-at-training", k.at_training),
        ("kit-status-in-property", k.in_property),
        ("kit-status-on-release", k.on_release),
        ("kit-status-declined", k.declined),
        ("kit-none", k.unknown),
    ] {
        rows.push(vec![tr(id), count(n)]);
    }
    doc.table(&[3.0, 1.0], &rows, &table, 6.0);

    doc.heading(&bold(tr("return-knowledge-title")), &h2);
    let mut rows = vec![std::iter::once(tr("results-domain")).chain(phases.clone()).collect()];
    for d in &r.domains {
        rows.push(
            std::iter::once(d.label.clone()).chain(d.mean.map(|m| percent(lang, m))).collect(),
        );
    }
    doc.table(&[2.0, 1.0, 1.0, 1.0], &rows, &table, 6.0);

    if !r.myths.is_empty() {
        doc.heading(&bold(tr("return-myths-title")), &h2);
        doc.heading(&text(tr("return-myths-note")), &small);
        let mut rows = vec![std::iter::once(tr("results-myth")).chain(phases).collect()];
        rows.extend(r.myths.iter().map(|m| {
            std::iter::once(m.title.clone()).chain(m.believing.map(|b| percent(lang, b))).collect()
        }));
        doc.table(&[3.0, 1.0, 1.0, 1.0], &rows, &table, 6.0);
    }

    doc.heading(&bold(tr("return-rates-title")), &h2);
    let share = |v: Option<f64>| percent(lang, v.map(|v| v * 100.0));
    for (id, value) in [
        ("return-rate-pre-post", r.rates.pre_post),
        ("return-rate-followup", r.rates.followup),
        ("return-rate-matched", r.rates.matched),
    ] {
        doc.paragraph(&text(l10n.tr(id, &[("share", share(value).into())])), &body);
    }
    if let Some(retention) = r.evaluation.retention {
        doc.paragraph(
            &text(
                l10n.tr(
                    "results-retention",
                    &[("share", number(lang, retention * 100.0, 0).into())],
                ),
            ),
            &body,
        );
    }
    doc.paragraph(&text(tr("return-rates-note")), &small.space_before(8.0));

    footers(&mut doc, &l10n, "return-footer");
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_of_the_return_prints_in_every_language() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        let library = Library::embedded();
        crate::results::demo::fill(
            &store,
            &library,
            120,
            Language::En,
            3,
            &crate::jobs::Job::quiet(),
        )
        .unwrap();
        for lang in Language::ALL {
            let figures = programme_return(&store, &library, &Scope::All, lang).unwrap();
            let doc = return_document(&figures, lang, Paper::A4).unwrap();
            assert!(doc.missing_glyphs().is_empty(), "{lang}: {:?}", doc.missing_glyphs());
        }
    }
}
