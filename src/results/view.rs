//! The Results page's view of the figures: numbers as the reader's language writes them,
//! the lines that name each test, the charts; the same words the report prints and the
//! few lines `respond stats` prints.

use crate::content::Library;
use crate::data::sql::enum_text;
use crate::i18n::{Language, Localizer};
use crate::quiz::attempts::Phase;
use crate::results::charts::{self, Charts};
use crate::results::evaluation::{self, Comparison, Evaluation, Scope};
use crate::results::roleplay::{self, RolePlaySummary};
use crate::results::stats::{WilcoxonMethod, MIN_CELL, MIN_PAIRS};
use crate::{Result, Store};

/// `value` with `decimals` places and the language's decimal mark, a half rounded up
/// (62.5 → 63) and a true minus sign, as the page and the charts both show it.
pub fn number(lang: Language, value: f64, decimals: usize) -> String {
    let text = plain_number(value, decimals, lang != Language::En);
    match text.strip_prefix('-') {
        Some(magnitude) => format!("\u{2212}{magnitude}"),
        None => text,
    }
}

/// `value` with `decimals` places, a half rounded up, a decimal comma if asked, and the
/// ASCII minus that spreadsheets and statistics programs read.
pub fn plain_number(value: f64, decimals: usize, decimal_comma: bool) -> String {
    let scale = 10f64.powi(decimals as i32);
    // `+ 0.0` turns a rounded −0 into 0.
    let rounded = (value * scale).round() / scale + 0.0;
    let text = format!("{rounded:.decimals$}");
    if decimal_comma {
        text.replace('.', ",")
    } else {
        text
    }
}

/// A p-value with its relation, as journals print it: "= 0.012", or "< 0.001".
pub fn p_value(lang: Language, p: f64) -> String {
    if p < 0.001 {
        format!("< {}", number(lang, 0.001, 3))
    } else {
        format!("= {}", number(lang, p, 3))
    }
}

pub(crate) fn percent(lang: Language, value: Option<f64>) -> String {
    value.map(|v| format!("{} %", number(lang, v, 0))).unwrap_or_else(|| "–".into())
}

pub(crate) fn count(value: Option<u32>) -> String {
    value.map(|n| n.to_string()).unwrap_or_else(|| format!("< {MIN_CELL}"))
}

pub(crate) fn phase_name(l10n: &Localizer, phase: Phase) -> String {
    l10n.tr(&format!("phase-{}", enum_text(&phase)), &[])
}

/// Where a comparison's lines are read: the report's fonts have no √, so print says it in
/// words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Screen,
    Print,
}

/// The effect size's formula, its spaces unbreakable so that it stays on one line.
fn r_formula(l10n: &Localizer, medium: Medium) -> String {
    let medium = if medium == Medium::Print { "print" } else { "screen" };
    l10n.tr("results-r-formula", &[("medium", medium.into())]).replace(' ', "\u{a0}")
}

/// The lines of a comparison: the pairs, then each test with its figures, or why none.
pub fn comparison_lines(c: &Comparison, l10n: &Localizer, medium: Medium) -> Vec<String> {
    let lang = l10n.language();
    let mut lines = vec![];
    if c.suppressed {
        lines.push(l10n.tr("results-suppressed-pairs", &[("min", MIN_CELL.into())]));
        return lines;
    }
    if let (Some(from), Some(to)) = (c.mean_from, c.mean_to) {
        lines.push(l10n.tr(
            "results-means",
            &[
                ("pairs", c.pairs.into()),
                ("from", number(lang, from, 1).into()),
                ("to", number(lang, to, 1).into()),
            ],
        ));
    }
    if c.too_few {
        lines.push(
            l10n.tr(
                "results-too-few-pairs",
                &[("pairs", c.pairs.into()), ("min", MIN_PAIRS.into())],
            ),
        );
        return lines;
    }
    if let Some(w) = &c.wilcoxon {
        let method = match w.method {
            WilcoxonMethod::Exact => "exact",
            WilcoxonMethod::Normal => "normal",
        };
        lines.push(l10n.tr(
            "results-wilcoxon",
            &[
                ("w", number(lang, w.statistic, 1).into()),
                ("z", number(lang, w.z, 2).into()),
                ("p", p_value(lang, w.p).into()),
                ("r", number(lang, w.r, 2).into()),
                ("method", method.into()),
                ("formula", r_formula(l10n, medium).into()),
            ],
        ));
    }
    match &c.t_test {
        Some(t) if !t.degenerate => lines.push(l10n.tr(
            "results-t-test",
            &[
                ("df", t.df.into()),
                ("t", number(lang, t.t.unwrap_or_default(), 2).into()),
                ("p", p_value(lang, t.p.unwrap_or(1.0)).into()),
                ("diff", number(lang, t.mean_diff, 1).into()),
                ("low", number(lang, t.ci_low, 1).into()),
                ("high", number(lang, t.ci_high, 1).into()),
                ("dz", number(lang, t.d_z.unwrap_or_default(), 2).into()),
                ("dzlow", number(lang, t.d_z_ci_low.unwrap_or_default(), 2).into()),
                ("dzhigh", number(lang, t.d_z_ci_high.unwrap_or_default(), 2).into()),
            ],
        )),
        Some(t) => lines.push(
            l10n.tr("results-t-degenerate", &[("diff", number(lang, t.mean_diff, 1).into())]),
        ),
        None => {}
    }
    if let Some(g) = c.hake_gain {
        let individual =
            c.individual_gain.map(|g| number(lang, g, 2)).unwrap_or_else(|| "–".into());
        lines.push(l10n.tr(
            "results-hake",
            &[("g", number(lang, g, 2).into()), ("individual", individual.into())],
        ));
    }
    lines
}

/// The Results page: the figures, with the words for the scope and the tests in the
/// reader's language, written by the same code as the report.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ResultsView {
    pub title: String,
    pub evaluation: Evaluation,
    /// Per comparison, its lines (pairs, tests, gain), as the report prints them.
    pub comparison_lines: Vec<Vec<String>>,
    /// SVG, drawn the same on screen and in the report.
    pub charts: Charts,
    /// Naloxone kits given in the scope.
    pub kits: evaluation::KitCounts,
    /// What the role-plays in scope show.
    pub roleplay: RolePlaySummary,
}

pub fn view(store: &Store, library: &Library, scope: Scope, lang: Language) -> Result<ResultsView> {
    let l10n = Localizer::new(lang);
    let evaluation = evaluation::evaluate(store, library, &scope, lang)?;
    let comparison_lines =
        evaluation.comparisons.iter().map(|c| comparison_lines(c, &l10n, Medium::Screen)).collect();
    let charts = charts::draw(&l10n, &evaluation);
    Ok(ResultsView {
        title: evaluation::scope_title(store, &l10n, &scope)?,
        evaluation,
        comparison_lines,
        charts,
        kits: evaluation::kit_counts(store, &scope)?,
        roleplay: roleplay::summary(store, library, &scope, lang)?,
    })
}

/// What `respond stats` prints without --json.
pub fn summary_lines(e: &Evaluation, l10n: &Localizer) -> Vec<String> {
    let a = &e.attrition;
    let mut lines = vec![l10n.tr(
        "results-attrition-line",
        &[
            ("trained", count(a.trained).into()),
            ("pre", count(a.pre).into()),
            ("post", count(a.post).into()),
            ("followup", count(a.followup).into()),
        ],
    )];
    for c in &e.comparisons {
        lines.push(l10n.tr(
            "results-comparison",
            &[("from", phase_name(l10n, c.from).into()), ("to", phase_name(l10n, c.to).into())],
        ));
        lines.extend(
            comparison_lines(c, l10n, Medium::Screen).into_iter().map(|l| format!("  {l}")),
        );
    }
    if let Some(r) = e.retention {
        lines.push(
            l10n.tr(
                "results-retention",
                &[("share", number(l10n.language(), r * 100.0, 0).into())],
            ),
        );
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_half_rounds_up_with_the_languages_decimal_mark() {
        assert_eq!(number(Language::En, 62.5, 0), "63");
        assert_eq!(number(Language::De, 2.25, 1), "2,3");
        assert_eq!(number(Language::Pt, 3.0, 1), "3,0");
        assert_eq!(number(Language::Fr, 0.125, 2), "0,13");
        assert_eq!(number(Language::De, -0.534, 2), "\u{2212}0,53");
        assert_eq!(number(Language::En, -0.04, 1), "0.0");
        assert_eq!(plain_number(-13.25, 1, true), "-13,3");
    }
}
