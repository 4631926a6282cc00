//! SVG diagrams whose words are `{{keys}}`, with the labels of each language in a TOML file.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine as _;

use super::text::braced_names;
use crate::content::validate::Problem;
use crate::i18n::Language;

#[derive(Debug, Clone)]
pub struct Diagram {
    svg: String,
    labels: BTreeMap<String, BTreeMap<String, String>>,
}

/// What an SVG must not hold: it is shown in the app and printed, and must stay inert.
const FORBIDDEN: [&str; 7] =
    ["<script", "<foreignobject", "<image", "javascript:", "href=\"http", "@import", "url(http"];

fn keys(svg: &str) -> Vec<(&str, usize)> {
    svg.lines()
        .enumerate()
        .flat_map(|(i, line)| braced_names(line).into_iter().map(move |k| (k, i + 1)))
        .collect()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Diagram {
    /// Reads a diagram from its SVG and label files, reporting every problem.
    pub fn load(
        svg: &str,
        svg_path: &Path,
        labels: Option<&str>,
        labels_path: &Path,
        problems: &mut Vec<Problem>,
    ) -> Diagram {
        let lower = svg.to_ascii_lowercase();
        for bad in FORBIDDEN {
            if let Some(at) = lower.find(bad) {
                let line = crate::content::validate::line_of(svg, at);
                problems.push(Problem::new(
                    svg_path,
                    line,
                    "problem-diagram-unsafe",
                    &[("what", bad)],
                ));
            }
        }
        if lower.split_whitespace().any(|w| w.starts_with("on") && w.contains('=')) {
            problems.push(Problem::new(svg_path, 1, "problem-diagram-unsafe", &[("what", "on…=")]));
        }
        let labels: BTreeMap<String, BTreeMap<String, String>> = match labels.map(toml::from_str) {
            None => {
                problems.push(Problem::new(labels_path, 1, "problem-diagram-no-labels", &[]));
                BTreeMap::new()
            }
            Some(Ok(l)) => l,
            Some(Err(err)) => {
                let line = err.span().map_or(1, |s| {
                    crate::content::validate::line_of(labels.unwrap_or_default(), s.start)
                });
                problems.push(Problem::new(
                    labels_path,
                    line,
                    "problem-content-toml",
                    &[("error", err.message())],
                ));
                BTreeMap::new()
            }
        };
        for lang in Language::ALL {
            let Some(table) = labels.get(lang.code()) else {
                problems.push(Problem::new(
                    labels_path,
                    1,
                    "problem-diagram-missing-language",
                    &[("lang", lang.code())],
                ));
                continue;
            };
            for (key, line) in keys(svg) {
                if table.get(key).is_none_or(|v| v.trim().is_empty()) {
                    problems.push(Problem::new(
                        svg_path,
                        line,
                        "problem-diagram-missing-label",
                        &[("key", key), ("lang", lang.code())],
                    ));
                }
            }
        }
        Diagram { svg: svg.to_string(), labels }
    }

    /// The SVG with its words in `lang`.
    pub fn render(&self, lang: Language) -> String {
        let empty = BTreeMap::new();
        let table = self.labels.get(lang.code()).unwrap_or(&empty);
        let mut out = String::with_capacity(self.svg.len());
        let mut rest = self.svg.as_str();
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find("}}") else {
                rest = &rest[start..];
                break;
            };
            out.push_str(&xml_escape(table.get(&after[..end]).map_or("", String::as_str)));
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        out
    }

    /// The rendered SVG as a `data:` URI, which the app's CSP allows for images and which
    /// keeps the SVG inert (an `<img>` never runs scripts).
    pub fn data_uri(&self, lang: Language) -> String {
        format!(
            "data:image/svg+xml;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(self.render(lang))
        )
    }
}

impl super::Library {
    /// The diagram `name` (as a module's Markdown names it, e.g. `response-steps.svg`)
    /// with its words in `lang`, for printed documents.
    pub fn diagram_svg(&self, name: &str, lang: Language) -> Option<String> {
        self.diagrams.get(name).map(|d| d.render(lang))
    }
}
