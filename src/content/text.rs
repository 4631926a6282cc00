//! One module in one language: a TOML header between `+++` lines, then slides, each a
//! `## Heading {#id}` with the projected part above a `???` line and the notes below.

use std::collections::BTreeSet;
use std::path::Path;

use pulldown_cmark::{Event, Parser, Tag};
use serde::Deserialize;

use crate::content::validate::{line_of, Problem};

/// Placeholders filled from the site's settings, never written as text.
pub const PLACEHOLDERS: [&str; 2] = ["emergency_number", "local_services"];
const BLOCK_PLACEHOLDER: &str = "{{local_services}}";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    title: String,
    summary: String,
    objectives: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct SlideText {
    pub id: String,
    pub title: String,
    pub line: usize,
    pub body: String,
    pub notes: String,
}

#[derive(Debug, Clone)]
pub struct ModuleText {
    pub title: String,
    pub summary: String,
    pub objectives: Vec<String>,
    pub slides: Vec<SlideText>,
}

/// A `## Heading {#id}` line: the heading text and its id.
fn slide_heading(line: &str) -> Option<(String, Option<String>)> {
    let rest = line.strip_prefix("## ")?.trim();
    if let Some(open) = rest.rfind("{#") {
        if let Some(id) = rest[open + 2..].strip_suffix('}') {
            let valid = !id.is_empty()
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if valid {
                return Some((rest[..open].trim().to_string(), Some(id.to_string())));
            }
        }
    }
    Some((rest.to_string(), None))
}

/// Parses `text` (the file at `path`), reporting every problem; `None` when the header
/// cannot be read at all.
pub fn parse(text: &str, path: &Path, problems: &mut Vec<Problem>) -> Option<ModuleText> {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines.iter().position(|l| !l.trim().is_empty());
    let Some(open) = first.filter(|&i| lines[i].trim() == "+++") else {
        problems.push(Problem::new(
            path,
            first.map_or(1, |i| i + 1),
            "problem-content-no-header",
            &[],
        ));
        return None;
    };
    let Some(close) =
        lines.iter().skip(open + 1).position(|l| l.trim() == "+++").map(|i| i + open + 1)
    else {
        problems.push(Problem::new(path, open + 1, "problem-content-unclosed-header", &[]));
        return None;
    };
    let header_src = lines[open + 1..close].join("\n");
    let header: Header = match toml::from_str(&header_src) {
        Ok(h) => h,
        Err(err) => {
            let line = open + 1 + err.span().map_or(1, |s| line_of(&header_src, s.start));
            problems.push(Problem::new(
                path,
                line,
                "problem-content-toml",
                &[("error", err.message())],
            ));
            return None;
        }
    };
    for (field, empty) in [
        ("title", header.title.trim().is_empty()),
        ("summary", header.summary.trim().is_empty()),
        (
            "objectives",
            header.objectives.is_empty() || header.objectives.iter().any(|o| o.trim().is_empty()),
        ),
    ] {
        if empty {
            problems.push(Problem::new(
                path,
                open + 1,
                "problem-content-empty-field",
                &[("field", field)],
            ));
        }
    }

    let mut slides: Vec<SlideText> = vec![];
    let mut in_notes = false;
    for (i, line) in lines.iter().enumerate().skip(close + 1) {
        let number = i + 1;
        if let Some((title, id)) = slide_heading(line) {
            let id = id.unwrap_or_else(|| {
                problems.push(Problem::new(
                    path,
                    number,
                    "problem-content-heading-without-id",
                    &[("heading", &title)],
                ));
                format!("line-{number}")
            });
            slides.push(SlideText {
                id,
                title,
                line: number,
                body: String::new(),
                notes: String::new(),
            });
            in_notes = false;
            continue;
        }
        let Some(slide) = slides.last_mut() else {
            if !line.trim().is_empty() {
                problems.push(Problem::new(
                    path,
                    number,
                    "problem-content-text-before-slides",
                    &[],
                ));
            }
            continue;
        };
        if line.trim() == "???" {
            if in_notes {
                problems.push(Problem::new(
                    path,
                    number,
                    "problem-content-notes-twice",
                    &[("id", &slide.id)],
                ));
            }
            in_notes = true;
            continue;
        }
        let target = if in_notes { &mut slide.notes } else { &mut slide.body };
        target.push_str(line);
        target.push('\n');
    }

    let mut seen = BTreeSet::new();
    for slide in &slides {
        if !seen.insert(slide.id.clone()) {
            problems.push(Problem::new(
                path,
                slide.line,
                "problem-content-duplicate-slide",
                &[("id", &slide.id)],
            ));
        }
        if slide.body.trim().is_empty() {
            problems.push(Problem::new(
                path,
                slide.line,
                "problem-content-empty-slide",
                &[("id", &slide.id)],
            ));
        }
        if slide.notes.trim().is_empty() {
            problems.push(Problem::new(
                path,
                slide.line,
                "problem-content-no-notes",
                &[("id", &slide.id)],
            ));
        }
    }
    if slides.is_empty() {
        problems.push(Problem::new(path, close + 1, "problem-content-no-slides", &[]));
    }
    Some(ModuleText {
        title: header.title,
        summary: header.summary,
        objectives: header.objectives,
        slides,
    })
}

/// Checks the Markdown of the whole file: placeholders, raw HTML, images and links.
/// `image_exists` says whether a diagram file name is known.
pub fn check_markdown(
    text: &str,
    path: &Path,
    image_exists: &dyn Fn(&str) -> bool,
    problems: &mut Vec<Problem>,
) {
    for (i, line) in text.lines().enumerate() {
        for name in braced_names(line) {
            if !PLACEHOLDERS.contains(&name) {
                problems.push(Problem::new(
                    path,
                    i + 1,
                    "problem-content-unknown-placeholder",
                    &[("name", name)],
                ));
            } else if name == "local_services" && line.trim() != BLOCK_PLACEHOLDER {
                problems.push(Problem::new(
                    path,
                    i + 1,
                    "problem-content-placeholder-not-alone",
                    &[("name", name)],
                ));
            }
        }
    }
    // Skip the header: it is TOML, not Markdown.
    let body_offset = text.match_indices("+++").nth(1).map_or(0, |(i, _)| i + 3);
    let body = &text[body_offset..];
    let header_lines = text[..body_offset].matches('\n').count();
    for (event, range) in Parser::new(body).into_offset_iter() {
        let line = header_lines + line_of(body, range.start);
        match event {
            Event::Html(_) | Event::InlineHtml(_) => {
                problems.push(Problem::new(path, line, "problem-content-raw-html", &[]));
            }
            Event::Start(Tag::Image { dest_url, .. }) if !image_exists(&dest_url) => {
                problems.push(Problem::new(
                    path,
                    line,
                    "problem-content-missing-image",
                    &[("name", &dest_url)],
                ));
            }
            Event::Start(Tag::Link { dest_url, .. }) if !is_external_link(&dest_url) => {
                problems.push(Problem::new(
                    path,
                    line,
                    "problem-content-bad-link",
                    &[("url", &dest_url)],
                ));
            }
            _ => {}
        }
    }
}

/// The names written as `{{name}}` in `line`.
pub fn braced_names(line: &str) -> Vec<&str> {
    let mut names = vec![];
    let mut rest = line;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else { break };
        names.push(&after[..end]);
        rest = &after[end + 2..];
    }
    names
}

/// Links may only point outside the app (they are shown, never followed inside it).
pub fn is_external_link(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://") || url.starts_with("mailto:")
}
