//! Markdown to HTML for the app, with placeholders filled and raw HTML escaped.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

use super::text::is_external_link;

/// The values a module's placeholders take at one site.
#[derive(Debug, Clone)]
pub struct SiteValues {
    /// The number(s) as the reader says them, e.g. "112" or "15 ou 112".
    pub emergency_number: String,
    /// One service per entry; when empty, `no_services` is shown instead.
    pub local_services: Vec<String>,
    pub no_services: String,
}

/// Replaces `{{emergency_number}}` and a `{{local_services}}` line with the site's values.
pub fn fill_placeholders(markdown: &str, site: &SiteValues) -> String {
    let mut out = String::with_capacity(markdown.len());
    for line in markdown.lines() {
        if line.trim() == "{{local_services}}" {
            if site.local_services.is_empty() {
                out.push_str(&escape_markdown(&site.no_services));
                out.push('\n');
            } else {
                for service in &site.local_services {
                    out.push_str("- ");
                    out.push_str(&escape_markdown(service));
                    out.push('\n');
                }
            }
            out.push('\n');
        } else {
            out.push_str(
                &line.replace("{{emergency_number}}", &escape_markdown(&site.emergency_number)),
            );
            out.push('\n');
        }
    }
    out
}

/// Site values are typed by trainers: keep them as plain text inside the Markdown.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '!' | '|' | '{' | '}')
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Renders Markdown to HTML. Raw HTML is shown as text, never injected; images are looked
/// up with `image` (a diagram name to a `data:` URI); links that lead inside the app are
/// reduced to their text.
pub fn to_html(markdown: &str, image: &dyn Fn(&str) -> Option<String>) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    let mut events: Vec<Event> = vec![];
    let mut alt: Option<(Option<String>, String)> = None;
    let mut dropped_links = 0usize;
    for event in parser {
        if let Some((uri, text)) = alt.as_mut() {
            match event {
                Event::End(TagEnd::Image) => {
                    let (uri, text) = (uri.take(), std::mem::take(text));
                    alt = None;
                    match uri {
                        Some(uri) => events.push(Event::Html(CowStr::from(format!(
                            "<img class=\"diagram\" src=\"{}\" alt=\"{}\">",
                            escape_attr(&uri),
                            escape_attr(&text)
                        )))),
                        None => events.push(Event::Text(CowStr::from(text))),
                    }
                }
                Event::Text(t) | Event::Code(t) => text.push_str(&t),
                _ => {}
            }
            continue;
        }
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => events.push(Event::Text(raw)),
            Event::Start(Tag::Image { dest_url, .. }) => {
                alt = Some((image(&dest_url), String::new()))
            }
            Event::Start(Tag::Link { ref dest_url, .. }) if !is_external_link(dest_url) => {
                dropped_links += 1
            }
            Event::End(TagEnd::Link) if dropped_links > 0 => dropped_links -= 1,
            other => events.push(other),
        }
    }
    let mut out = String::new();
    html::push_html(&mut out, events.into_iter());
    out
}

fn escape_attr(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The hard questions in a slide's notes, as (question, answer in Markdown): a paragraph
/// that opens with a quoted question in bold on a line of its own (`**"Won't the police
/// think I use?"**`) and goes on with the answer.
pub fn hard_questions(notes: &str) -> Vec<(String, String)> {
    const QUOTES: &[char] = &['"', '“', '„', '«', '‘', '\''];
    notes
        .split("\n\n")
        .filter_map(|paragraph| {
            let (first, rest) = paragraph.trim().split_once('\n')?;
            let question = first.trim().strip_prefix("**")?.strip_suffix("**")?;
            let answer = rest.trim();
            (question.starts_with(QUOTES) && !answer.is_empty())
                .then(|| (question.to_string(), answer.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(services: &[&str]) -> SiteValues {
        SiteValues {
            emergency_number: "15 ou 112".into(),
            local_services: services.iter().map(|s| s.to_string()).collect(),
            no_services: "Demandez la liste à votre formateur.".into(),
        }
    }

    #[test]
    fn placeholders_take_the_site_values_as_plain_text() {
        let md = "Appelez le **{{emergency_number}}**.\n\n{{local_services}}\n";
        let filled =
            fill_placeholders(md, &site(&["Accueil *Lisbonne*: 21 000 00 00", "<b>CAARUD</b>"]));
        let html = to_html(&filled, &|_| None);
        assert!(html.contains("<strong>15 ou 112</strong>"), "{html}");
        assert!(html.contains("<li>Accueil *Lisbonne*: 21 000 00 00</li>"), "{html}");
        assert!(html.contains("&lt;b&gt;CAARUD&lt;/b&gt;"), "{html}");
        let empty = to_html(&fill_placeholders(md, &site(&[])), &|_| None);
        assert!(empty.contains("Demandez la liste"), "{empty}");
    }

    #[test]
    fn raw_html_is_escaped_never_injected() {
        let html =
            to_html("Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">hi</div>\n", &|_| {
                None
            });
        assert!(!html.contains("<script>") && !html.contains("<div"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn images_become_inert_data_uris_and_unknown_ones_their_alt_text() {
        let html = to_html("![Steps \"1\" & 2](known.svg) ![Lost](lost.svg)", &|name| {
            (name == "known.svg").then(|| "data:image/svg+xml;base64,AAAA".to_string())
        });
        assert!(html.contains("<img class=\"diagram\" src=\"data:image/svg+xml;base64,AAAA\" alt=\"Steps &quot;1&quot; &amp; 2\">"), "{html}");
        assert!(html.contains("Lost") && !html.contains("lost.svg"), "{html}");
    }

    #[test]
    fn links_inside_the_app_keep_only_their_text() {
        let html = to_html(
            "[WHO](https://www.who.int) and [trap](javascript:alert(1)) and [file](../x.md)",
            &|_| None,
        );
        assert!(html.contains("<a href=\"https://www.who.int\">WHO</a>"), "{html}");
        assert!(!html.contains("javascript") && !html.contains("x.md"), "{html}");
        assert!(html.contains("trap") && html.contains("file"), "{html}");
    }
}
