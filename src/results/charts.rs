//! The Results page's charts as SVG: the page shows them inline and the report PDF draws
//! the same markup, so screen and paper agree. Only what the PDF's SVG reader knows is
//! used (rect, line, text), in a fixed palette that stays apart in greyscale too.

use std::fmt::Write;

use serde::Serialize;
use ts_rs::TS;

use crate::content::bank::Domain;
use crate::data::sql::enum_text;
use crate::i18n::Localizer;
use crate::results::evaluation::{phase_index, Evaluation, MythBelief, PhaseStats, PHASES};
use crate::results::view::number;

/// Pre, post and follow-up: grey, blue, orange.
const COLORS: [&str; 3] = ["#8c96a0", "#1f5fbf", "#d9822b"];
const INK: &str = "#1a1a1a";
const GRID: &str = "#d5dbe1";
const WIDTH: f32 = 640.0;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A label cut to `max` characters with an ellipsis.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(max.max(2) - 1).collect::<String>().trim_end())
    }
}

/// A label in lines of at most `width` characters, broken between words (a word longer
/// than a line is cut), at most `lines` lines, the last one ending in … when more is left.
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    let mut line = String::new();
    for word in text.split_whitespace() {
        let joined = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if joined.chars().count() <= width {
            line = joined;
        } else {
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            line = if word.chars().count() > width { short(word, width) } else { word.to_string() };
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    if out.len() > lines {
        let rest = out.split_off(lines - 1).join(" ");
        out.push(short(&rest, width));
    }
    out
}

struct Svg {
    out: String,
}

impl Svg {
    fn new(height: f32, title: &str) -> Svg {
        let mut out = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" font-size="12">"#
        );
        let _ = write!(out, "<title>{}</title>", escape(title));
        Svg { out }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: &str) {
        let _ = write!(
            self.out,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}" fill="{fill}"/>"#,
            w.max(0.0),
            h.max(0.0)
        );
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: &str) {
        let _ = write!(
            self.out,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}" stroke-width="1"/>"#
        );
    }

    fn text(&mut self, x: f32, y: f32, anchor: &str, size: f32, text: &str) {
        let _ = write!(
            self.out,
            r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" font-size="{size}" fill="{INK}">{}</text>"#,
            escape(text)
        );
    }

    /// The three phases' colour keys in a row at `y`, with only the phases in `shown`.
    fn legend(&mut self, l10n: &Localizer, y: f32, shown: &[bool; 3]) {
        let mut x = 60.0;
        for (k, phase) in PHASES.iter().enumerate().filter(|(k, _)| shown[*k]) {
            self.rect(x, y - 10.0, 12.0, 12.0, COLORS[k]);
            let label = l10n.tr(&format!("phase-{}", enum_text(phase)), &[]);
            self.text(x + 17.0, y, "start", 12.0, &label);
            x += 30.0 + label.chars().count() as f32 * 6.5;
        }
    }

    /// A 0–100 % vertical axis with grid lines from `top` to `bottom`.
    fn percent_axis(&mut self, left: f32, right: f32, top: f32, bottom: f32) {
        for step in 0..=4 {
            let y = bottom - (bottom - top) * step as f32 / 4.0;
            self.line(left, y, right, y, GRID);
            self.text(left - 6.0, y + 4.0, "end", 11.0, &format!("{} %", step * 25));
        }
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// Bars for `values` (one group per label, a bar per phase), 0–100 %, with labels below.
fn grouped_bars(
    svg: &mut Svg,
    labels: &[String],
    values: &[[Option<f64>; 3]],
    top: f32,
    bottom: f32,
) {
    let (left, right) = (60.0, WIDTH - 10.0);
    svg.percent_axis(left, right, top, bottom);
    let group = (right - left) / labels.len().max(1) as f32;
    let bar = (group * 0.8 / 3.0).min(36.0);
    for (g, (label, row)) in labels.iter().zip(values).enumerate() {
        let start = left + g as f32 * group + (group - bar * 3.0) / 2.0;
        for (k, value) in row.iter().enumerate() {
            if let Some(v) = value {
                let h = (bottom - top) * (*v as f32 / 100.0);
                svg.rect(start + k as f32 * bar, bottom - h, bar - 2.0, h, COLORS[k]);
            }
        }
        for (i, line) in wrap(label, (group / 6.5) as usize, 2).iter().enumerate() {
            let y = bottom + 16.0 + 13.0 * i as f32;
            svg.text(left + g as f32 * group + group / 2.0, y, "middle", 11.0, line);
        }
    }
    svg.line(left, bottom, right, bottom, INK);
}

/// How knowledge scores spread at each phase: the share of people per 10-point band.
fn distribution(l10n: &Localizer, phases: &[PhaseStats]) -> String {
    let bands: [Option<&Vec<u32>>; 3] = std::array::from_fn(|k| {
        phases.iter().find(|p| phase_index(p.phase) == k).and_then(|p| p.bands.as_ref())
    });
    let people: [u32; 3] = std::array::from_fn(|k| bands[k].map_or(0, |b| b.iter().sum()));
    let shown: [bool; 3] = std::array::from_fn(|k| people[k] > 0);
    let title = l10n.tr("chart-distribution-title", &[]);
    let mut svg = Svg::new(260.0, &title);
    svg.legend(l10n, 18.0, &shown);
    let labels: Vec<String> =
        (0..10).map(|b| format!("{}–{}", b * 10, if b == 9 { 100 } else { b * 10 + 9 })).collect();
    let values: Vec<[Option<f64>; 3]> = (0..10)
        .map(|b| {
            std::array::from_fn(|k| {
                bands[k].filter(|_| shown[k]).map(|band| 100.0 * band[b] as f64 / people[k] as f64)
            })
        })
        .collect();
    grouped_bars(&mut svg, &labels, &values, 36.0, 222.0);
    svg.text(WIDTH / 2.0, 254.0, "middle", 11.0, &l10n.tr("chart-distribution-axis", &[]));
    svg.finish()
}

/// Mean percent right per domain at each phase.
fn domains(l10n: &Localizer, phases: &[PhaseStats]) -> String {
    let shown: [bool; 3] = std::array::from_fn(|k| {
        phases.iter().any(|p| phase_index(p.phase) == k && !p.by_domain.is_empty())
    });
    let title = l10n.tr("chart-domains-title", &[]);
    let mut svg = Svg::new(250.0, &title);
    svg.legend(l10n, 18.0, &shown);
    let labels: Vec<String> =
        Domain::KNOWLEDGE.iter().map(|d| l10n.tr(&format!("domain-{}", d.code()), &[])).collect();
    let values: Vec<[Option<f64>; 3]> = Domain::KNOWLEDGE
        .iter()
        .map(|d| {
            std::array::from_fn(|k| {
                phases
                    .iter()
                    .find(|p| phase_index(p.phase) == k)
                    .and_then(|p| p.by_domain.get(d).copied())
            })
        })
        .collect();
    grouped_bars(&mut svg, &labels, &values, 36.0, 222.0);
    svg.finish()
}

/// The share of people still believing each myth, one row of bars per myth, each bar
/// with its number of people: a share of six people is not a share of sixty.
fn myths(l10n: &Localizer, myths: &[MythBelief]) -> String {
    const LINE: f32 = 13.0;
    let shown: [bool; 3] = std::array::from_fn(|k| myths.iter().any(|m| m.believing[k].is_some()));
    let bars = 14.0 * shown.iter().filter(|s| **s).count().max(1) as f32;
    let labels: Vec<Vec<String>> = myths.iter().map(|m| wrap(&m.title, 40, 3)).collect();
    let rows: Vec<f32> =
        labels.iter().map(|l| bars.max(LINE * l.len() as f32 + 2.0) + 12.0).collect();
    let height = 60.0 + rows.iter().sum::<f32>();
    let title = l10n.tr("chart-myths-title", &[]);
    let mut svg = Svg::new(height, &title);
    svg.legend(l10n, 18.0, &shown);
    let (left, right, top) = (250.0, WIDTH - 90.0, 36.0);
    for step in 0..=4 {
        let x = left + (right - left) * step as f32 / 4.0;
        svg.line(x, top, x, height - 20.0, GRID);
        svg.text(x, height - 6.0, "middle", 11.0, &format!("{} %", step * 25));
    }
    let mut y0 = top + 8.0;
    for ((myth, label), row) in myths.iter().zip(&labels).zip(&rows) {
        for (i, line) in label.iter().enumerate() {
            svg.text(left - 8.0, y0 + 12.0 + LINE * i as f32, "end", 11.0, line);
        }
        let mut y = y0 + 2.0;
        for k in (0..3).filter(|k| shown[*k]) {
            if let Some(v) = myth.believing[k] {
                let w = (right - left) * (v as f32 / 100.0);
                svg.rect(left, y, w, 12.0, COLORS[k]);
                let label = l10n.tr(
                    "results-share-of",
                    &[
                        ("share", number(l10n.language(), v, 0).into()),
                        ("people", myth.people[k].into()),
                    ],
                );
                svg.text(left + w + 4.0, y + 10.0, "start", 10.0, &label);
            }
            y += 14.0;
        }
        y0 += row;
    }
    svg.finish()
}

/// The Results page's three charts, as SVG markup.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Charts {
    pub distribution: String,
    pub domains: String,
    pub myths: String,
}

/// The charts of `evaluation`, drawn the same on screen and in the report.
pub fn draw(l10n: &Localizer, evaluation: &Evaluation) -> Charts {
    Charts {
        distribution: distribution(l10n, &evaluation.phases),
        domains: domains(l10n, &evaluation.phases),
        myths: myths(l10n, &evaluation.myths),
    }
}
