//! The evaluation report as a PDF, in the reader's language: who took part, scores,
//! the paired tests with their formulas named, the charts of the Results page, myths and
//! question-by-question change.

use crate::content::bank::Domain;
use crate::content::Library;
use crate::i18n::{Language, Localizer};
use crate::jobs::Job;
use crate::pdf::{palette, Document, Face, Footer, Paper, Span, Stroke, TextStyle};
use crate::quiz::attempts::Phase;
use crate::results::charts;
use crate::results::evaluation::{self, phase_index, Scope};
use crate::results::items::{self, Flag, ItemAnalysis};
use crate::results::roleplay::{self, PhaseRolePlays, RolePlaySummary};
use crate::results::stats::{MIN_CELL, MIN_PAIRS};
use crate::results::view::{comparison_lines, count, number, p_value, percent, phase_name, Medium};
use crate::{Result, Store};

/// The report for `scope` in `lang`.
pub fn report_pdf(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
    paper: Paper,
    job: &Job,
) -> Result<Vec<u8>> {
    let _watch = job.watch(store.conn());
    // Working out the figures takes most of the time; drawing and writing the rest.
    job.step(0, 3)?;
    let doc = report_document(store, library, scope, lang, paper, job)?;
    job.step(2, 3)?;
    let pdf = doc.finish()?;
    job.step(3, 3)?;
    Ok(pdf)
}

fn report_document(
    store: &Store,
    library: &Library,
    scope: &Scope,
    lang: Language,
    paper: Paper,
    job: &Job,
) -> Result<Document> {
    let l10n = Localizer::new(lang);
    let e = evaluation::evaluate(store, library, scope, lang)?;
    job.step(1, 3)?;
    let drawn = charts::draw(&l10n, &e);
    let title = l10n.tr("report-title", &[]);
    let mut doc = Document::new(&title, paper, lang);
    let styles = Styles::new();
    let Styles { body, small, h2, table, .. } = styles;
    let text = |s: String| [Span::new(s, Face::Regular)];
    let bold = |s: String| [Span::new(s, Face::Bold)];
    opening(&mut doc, &l10n, &styles, &title, evaluation::scope_title(store, &l10n, scope)?);
    // A record of the audit log kept on paper: a later cut or rewrite shows against it.
    if let (count, Some(hash)) = crate::data::audit::head(store.conn())? {
        let tail = &hash[hash.len().saturating_sub(12)..];
        doc.paragraph(
            &text(l10n.tr("report-audit", &[("count", count.into()), ("hash", tail.into())])),
            &small,
        );
    }
    if e.suppressing {
        doc.paragraph(
            &text(l10n.tr("results-suppression-note", &[("min", MIN_CELL.into())])),
            &small,
        );
    }
    let partial: u32 = e.partial.iter().flatten().sum();
    if partial > 0 {
        doc.paragraph(&text(l10n.tr("results-partial-note", &[("count", partial.into())])), &small);
    }
    doc.rule(Stroke::solid(palette::LINE, 1.0), 8.0);

    doc.heading(&bold(l10n.tr("results-attrition-title", &[])), &h2);
    let a = &e.attrition;
    let header = [
        "results-trained",
        "phase-pre",
        "phase-post",
        "phase-followup",
        "results-pre-post",
        "results-all-three",
    ]
    .map(|id| l10n.tr(id, &[]));
    let values = [a.trained, a.pre, a.post, a.followup, a.pre_post, a.all_three].map(count);
    doc.table(&[1.0; 6], &[header.to_vec(), values.to_vec()], &table, 6.0);

    doc.heading(&bold(l10n.tr("results-scores-title", &[])), &h2);
    let mut rows = vec![[
        "results-phase",
        "results-people",
        "results-mean-sd",
        "results-median-iqr",
        "results-confidence",
    ]
    .map(|id| l10n.tr(id, &[]))
    .to_vec()];
    for p in &e.phases {
        let row = match &p.scores {
            Some(d) => vec![
                phase_name(&l10n, p.phase),
                d.n.to_string(),
                format!(
                    "{} ({})",
                    number(lang, d.mean, 1),
                    d.sd.map(|s| number(lang, s, 1)).unwrap_or_else(|| "–".into())
                ),
                format!(
                    "{} ({}–{})",
                    number(lang, d.median, 1),
                    number(lang, d.q1, 1),
                    number(lang, d.q3, 1)
                ),
                p.confidence.map(|c| number(lang, c, 1)).unwrap_or_else(|| "–".into()),
            ],
            None => {
                vec![phase_name(&l10n, p.phase), "–".into(), "–".into(), "–".into(), "–".into()]
            }
        };
        rows.push(row);
    }
    doc.table(&[1.4, 0.8, 1.2, 1.4, 1.0], &rows, &table, 6.0);
    let mut rows = vec![std::iter::once(l10n.tr("results-domain", &[]))
        .chain(e.phases.iter().map(|p| phase_name(&l10n, p.phase)))
        .collect::<Vec<_>>()];
    for domain in Domain::KNOWLEDGE {
        let name = l10n.tr(&format!("domain-{}", domain.code()), &[]);
        rows.push(
            std::iter::once(name)
                .chain(e.phases.iter().map(|p| percent(lang, p.by_domain.get(&domain).copied())))
                .collect(),
        );
    }
    doc.table(&[2.0, 1.0, 1.0, 1.0], &rows, &table, 10.0);
    doc.diagram(&drawn.distribution, doc.content_width(), 230.0, 12.0)?;

    doc.heading(&bold(l10n.tr("results-change-title", &[])), &h2);
    for c in &e.comparisons {
        let name = l10n.tr(
            "results-comparison",
            &[("from", phase_name(&l10n, c.from).into()), ("to", phase_name(&l10n, c.to).into())],
        );
        doc.heading(&bold(name), &body.space_before(10.0));
        for line in comparison_lines(c, &l10n, Medium::Print) {
            doc.paragraph(&text(line), &body.space_before(2.0));
        }
    }
    if let Some(r) = e.retention {
        doc.paragraph(
            &text(l10n.tr("results-retention", &[("share", number(lang, r * 100.0, 0).into())])),
            &body.space_before(10.0),
        );
    }
    doc.paragraph(
        &text(l10n.tr("results-methods", &[("min", MIN_PAIRS.into())])),
        &small.space_before(10.0),
    );
    doc.diagram(&drawn.domains, doc.content_width(), 230.0, 12.0)?;

    if !e.myths.is_empty() {
        doc.heading(&bold(l10n.tr("results-myths-title", &[])), &h2);
        doc.diagram(&drawn.myths, doc.content_width(), 400.0, 6.0)?;
        let mut rows = vec![vec![
            l10n.tr("results-myth", &[]),
            phase_name(&l10n, Phase::Pre),
            phase_name(&l10n, Phase::Post),
            phase_name(&l10n, Phase::Followup),
        ]];
        let share = |m: &evaluation::MythBelief, k: usize| match m.believing[k] {
            // On one line: a table cell would break "(n = 7)".
            Some(v) => l10n
                .tr(
                    "results-share-of",
                    &[("share", number(lang, v, 0).into()), ("people", m.people[k].into())],
                )
                .replace(' ', "\u{a0}"),
            None => "–".into(),
        };
        rows.extend(
            e.myths.iter().map(|m| vec![m.title.clone(), share(m, 0), share(m, 1), share(m, 2)]),
        );
        doc.table(&[3.0, 1.0, 1.0, 1.0], &rows, &table, 8.0);
    }

    doc.heading(&bold(l10n.tr("results-items-title", &[])), &h2);
    // Kept with the table below, as the heading is.
    doc.heading(&text(l10n.tr("results-items-note", &[])), &small);
    let mut rows = vec![vec![
        l10n.tr("results-question", &[]),
        phase_name(&l10n, Phase::Pre),
        phase_name(&l10n, Phase::Post),
        phase_name(&l10n, Phase::Followup),
        l10n.tr("results-mcnemar-pre-post", &[]),
        l10n.tr("results-mcnemar-post-followup", &[]),
    ]];
    let mcnemar = |m: &Option<crate::results::stats::McNemar>| {
        m.as_ref()
            .map(|m| format!("{} / {} · p {}", m.b, m.c, p_value(lang, m.p)))
            .unwrap_or_else(|| "–".into())
    };
    for item in &e.items {
        rows.push(vec![
            item.prompt.clone(),
            percent(lang, item.right[0]),
            percent(lang, item.right[1]),
            percent(lang, item.right[2]),
            mcnemar(&item.pre_post),
            mcnemar(&item.post_followup),
        ]);
    }
    doc.table(&[3.2, 0.8, 0.8, 0.8, 1.3, 1.3], &rows, &table, 6.0);

    roleplay_section(&mut doc, &l10n, &styles, &roleplay::summary(store, library, scope, lang)?);
    items_section(&mut doc, &l10n, &styles, &items::analyse(store, library, scope, lang)?);

    footers(&mut doc, &l10n, "report-footer");
    Ok(doc)
}

/// Seconds as "1 min 05 s", in the reader's language.
fn duration(l10n: &Localizer, seconds: Option<f64>) -> String {
    seconds.map_or_else(
        || "–".into(),
        |s| {
            let s = s.round() as i64;
            l10n.tr(
                "results-roleplay-seconds",
                &[("minutes", (s / 60).into()), ("seconds", (s % 60).into())],
            )
        },
    )
}

/// The skills seen in role-plays: the same table as the Results page.
fn roleplay_section(
    doc: &mut Document,
    l10n: &Localizer,
    styles: &Styles,
    summary: &RolePlaySummary,
) {
    let lang = l10n.language();
    let text = |s: String| [Span::new(s, Face::Regular)];
    doc.heading(&[Span::new(l10n.tr("results-roleplay-title", &[]), Face::Bold)], &styles.h2);
    if summary.phases.is_empty() {
        doc.paragraph(&text(l10n.tr("results-roleplay-none", &[])), &styles.small);
        return;
    }
    doc.heading(&text(l10n.tr("results-roleplay-note", &[])), &styles.small);
    let mut rows = vec![std::iter::once(l10n.tr("results-roleplay-step", &[]))
        .chain(summary.phases.iter().map(|p| phase_name(l10n, p.phase)))
        .collect::<Vec<_>>()];
    let row = |label: &str, cell: &dyn Fn(&PhaseRolePlays) -> String| {
        std::iter::once(l10n.tr(label, &[]))
            .chain(summary.phases.iter().map(cell))
            .collect::<Vec<_>>()
    };
    rows.push(row("results-roleplay-people", &|p| count(p.people)));
    rows.push(row("results-roleplay-all-critical", &|p| percent(lang, p.all_critical)));
    rows.push(row("results-roleplay-any-error", &|p| percent(lang, p.any_error)));
    rows.push(row("results-roleplay-time-call", &|p| duration(l10n, p.median_call)));
    rows.push(row("results-roleplay-time-naloxone", &|p| duration(l10n, p.median_naloxone)));
    for errors in [false, true] {
        let mut group = vec![l10n
            .tr(if errors { "roleplay-errors" } else { "roleplay-steps" }, &[])
            .to_uppercase()];
        group.extend(summary.phases.iter().map(|_| String::new()));
        rows.push(group);
        for m in summary.marks.iter().filter(|m| m.error == errors) {
            let name = if m.critical && !errors {
                format!("{} ({})", m.label, l10n.tr("roleplay-critical", &[]))
            } else {
                m.label.clone()
            };
            rows.push(
                std::iter::once(name)
                    .chain(
                        summary
                            .phases
                            .iter()
                            .map(|p| percent(lang, m.shares[phase_index(p.phase)])),
                    )
                    .collect(),
            );
        }
    }
    let mut widths = vec![3.0];
    widths.extend(summary.phases.iter().map(|_| 1.0));
    doc.table(&widths, &rows, &styles.table, 6.0);
    if let Some(c) = summary.changes.iter().find(|c| c.from == Phase::Pre && !c.suppressed) {
        if let (Some(from), Some(to)) = (c.share_from, c.share_to) {
            let mut line = l10n.tr(
                "results-roleplay-pairs",
                &[
                    ("pairs", c.pairs.into()),
                    ("from", percent(lang, Some(from)).into()),
                    ("to", percent(lang, Some(to)).into()),
                ],
            );
            if let Some(m) = &c.mcnemar {
                line.push_str(&format!(" McNemar: {} / {}, p {}", m.b, m.c, p_value(lang, m.p)));
            }
            doc.paragraph(&text(line), &styles.body);
        }
    }
}

/// Whether the quiz works: per quiz, each phase's reliability, then the questions of the
/// phase after training (else the first) with what deserves a look listed first.
fn items_section(doc: &mut Document, l10n: &Localizer, styles: &Styles, analysis: &ItemAnalysis) {
    let lang = l10n.language();
    let text = |s: String| [Span::new(s, Face::Regular)];
    let share = |v: Option<f64>| percent(lang, v.map(|v| v * 100.0));
    let r = |v: Option<f64>| v.map_or_else(|| "–".into(), |v| number(lang, v, 2));
    doc.heading(&[Span::new(l10n.tr("items-title", &[]), Face::Bold)], &styles.h2);
    doc.paragraph(&text(l10n.tr("items-lead", &[])), &styles.small);
    for quiz in &analysis.quizzes {
        let Some(shown) =
            quiz.phases.iter().find(|p| p.phase == Phase::Post).or(quiz.phases.first())
        else {
            continue;
        };
        doc.heading(
            &[Span::new(
                l10n.tr(
                    "items-quiz",
                    &[("title", quiz.title.as_str().into()), ("people", shown.people.into())],
                ),
                Face::Bold,
            )],
            &styles.body.space_before(10.0),
        );
        let mut rows =
            vec![["items-phase", "results-people", "items-reliability", "items-ceiling"]
                .map(|id| l10n.tr(id, &[]))
                .to_vec()];
        for p in &quiz.phases {
            let alpha = p.reliability.as_ref().map_or_else(
                || "–".into(),
                |a| {
                    l10n.tr(
                        "items-reliability-ci",
                        &[
                            ("alpha", r(Some(a.alpha)).into()),
                            ("low", r(Some(a.low)).into()),
                            ("high", r(Some(a.high)).into()),
                        ],
                    )
                },
            );
            rows.push(vec![
                phase_name(l10n, p.phase),
                p.people.to_string(),
                alpha,
                share(p.ceiling),
            ]);
        }
        doc.table(&[1.2, 0.8, 2.2, 1.0], &rows, &styles.table, 6.0);
        if shown.too_few {
            doc.paragraph(
                &text(l10n.tr("items-too-few", &[("min", items::MIN_PEOPLE.into())])),
                &styles.small,
            );
            continue;
        }
        doc.heading(&text(phase_name(l10n, shown.phase)), &styles.small);
        let mut rows = vec![[
            "items-question",
            "items-flags",
            "items-right",
            "items-discrimination",
            "items-dont-know",
        ]
        .map(|id| l10n.tr(id, &[]))
        .to_vec()];
        for item in &shown.items {
            let flags: Vec<String> = item
                .flags
                .iter()
                .map(|f| match f {
                    Flag::LowDiscrimination => l10n.tr("items-flag-low-discrimination", &[]),
                    Flag::Ceiling => l10n.tr("items-flag-ceiling", &[]),
                    Flag::Dif { language, class } => l10n.tr(
                        "items-flag-dif",
                        &[
                            ("language", language.native_name().into()),
                            ("class", class.to_string().into()),
                        ],
                    ),
                })
                .collect();
            rows.push(vec![
                item.prompt.clone(),
                if flags.is_empty() { "–".into() } else { flags.join("; ") },
                share(Some(item.right)),
                r(item.discrimination),
                share(item.dont_know),
            ]);
        }
        doc.table(&[3.0, 2.2, 0.8, 0.9, 0.8], &rows, &styles.table, 6.0);
    }
    doc.paragraph(
        &text(l10n.tr("items-methods", &[("min", items::DIF_MIN_PEOPLE.into())])),
        &styles.small.space_before(8.0),
    );
}

/// The type the report and the quarterly return are set in.
#[derive(Clone, Copy)]
pub(crate) struct Styles {
    pub body: TextStyle,
    pub small: TextStyle,
    pub h1: TextStyle,
    pub h2: TextStyle,
    pub table: TextStyle,
}

impl Styles {
    pub fn new() -> Styles {
        Styles {
            body: TextStyle::new(10.0).leading(14.0).color(palette::INK).space_before(4.0),
            small: TextStyle::new(8.5).leading(11.5).color(palette::MUTED).space_before(4.0),
            h1: TextStyle::new(20.0).leading(25.0).color(palette::HEADING).hyphenate(false),
            h2: TextStyle::new(13.0).leading(17.0).color(palette::HEADING).space_before(16.0),
            table: TextStyle::new(9.0).leading(11.5).color(palette::INK),
        }
    }
}

/// The title, what the figures cover, and the day they were made.
pub(crate) fn opening(
    doc: &mut Document,
    l10n: &Localizer,
    styles: &Styles,
    title: &str,
    covers: String,
) {
    doc.paragraph(&[Span::new(title, Face::Bold)], &styles.h1);
    doc.paragraph(&[Span::new(covers, Face::Regular)], &styles.body.color(palette::MUTED));
    let today = crate::data::input::format_date(crate::data::input::today());
    doc.paragraph(
        &[Span::new(l10n.tr("report-made", &[("date", l10n.date(&today).into())]), Face::Regular)],
        &styles.small,
    );
}

/// The message `id` on the left of every page's foot, "page n of m" on the right.
pub(crate) fn footers(doc: &mut Document, l10n: &Localizer, id: &str) {
    let footer = l10n.tr(id, &[]);
    doc.footers(&TextStyle::new(8.0).color(palette::MUTED), |page, pages| Footer {
        left: footer.clone(),
        right: l10n.tr("print-page-of", &[("page", page.into()), ("pages", pages.into())]),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_of_the_report_prints_in_every_language() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "test passphrase").unwrap();
        let library = Library::embedded();
        crate::results::demo::fill(&store, &library, 120, Language::En, 3, &Job::quiet()).unwrap();
        for lang in Language::ALL {
            let doc =
                report_document(&store, &library, &Scope::All, lang, Paper::A4, &Job::quiet())
                    .unwrap();
            assert!(doc.missing_glyphs().is_empty(), "{lang}: {:?}", doc.missing_glyphs());
        }
    }
}
