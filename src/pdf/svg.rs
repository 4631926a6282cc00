//! The content's SVG diagrams as vector graphics: shapes become PDF paths and labels real
//! text in the embedded fonts, so they print sharp, stay small and can be searched.
//! It reads the SVG that diagrams are written in (shapes, paths, groups with transforms,
//! text with an anchor) and refuses what it cannot draw rather than print it wrong.

use std::str::FromStr;

use roxmltree::Node;
use svgtypes::{PointsParser, SimplePathSegment, SimplifyingPathParser};

use super::draw::{Cap, Color, Graphic, Join, Path, Segment, Stroke, Subpath};
use super::fonts::Face;
use crate::{Error, Result};

/// An affine transform `[a b c d e f]`, as in SVG.
#[derive(Debug, Clone, Copy)]
struct Affine([f32; 6]);

impl Affine {
    fn then(self, outer: Affine) -> Affine {
        let ([a, b, c, d, e, f], [oa, ob, oc, od, oe, of]) = (self.0, outer.0);
        Affine([
            oa * a + oc * b,
            ob * a + od * b,
            oa * c + oc * d,
            ob * c + od * d,
            oa * e + oc * f + oe,
            ob * e + od * f + of,
        ])
    }

    fn apply(self, x: f32, y: f32) -> (f32, f32) {
        let [a, b, c, d, e, f] = self.0;
        (a * x + c * y + e, b * x + d * y + f)
    }

    /// How much lengths grow, for stroke widths and font sizes.
    fn scale(self) -> f32 {
        let [a, b, c, d, ..] = self.0;
        (a * d - b * c).abs().sqrt()
    }
}

/// Presentation attributes children inherit.
#[derive(Debug, Clone)]
struct Style {
    fill: Option<Color>,
    stroke: Option<Color>,
    stroke_width: f32,
    cap: Cap,
    join: Join,
    font_size: f32,
    bold: bool,
    italic: bool,
    anchor: Anchor,
}

#[derive(Debug, Clone, Copy)]
enum Anchor {
    Start,
    Middle,
    End,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            fill: Some(Color::BLACK),
            stroke: None,
            stroke_width: 1.0,
            cap: Cap::Butt,
            join: Join::Miter,
            font_size: 16.0,
            bold: false,
            italic: false,
            anchor: Anchor::Start,
        }
    }
}

fn bad(what: impl std::fmt::Display) -> Error {
    Error::Pdf(format!("diagram: {what}"))
}

fn number(node: Node, name: &str) -> Result<f32> {
    match node.attribute(name) {
        None => Ok(0.0),
        Some(v) => svgtypes::Number::from_str(v)
            .map(|n| n.0 as f32)
            .map_err(|_| bad(format_args!("{name}=\"{v}\" is not a number"))),
    }
}

fn paint(value: &str) -> Result<Option<Color>> {
    match value.trim() {
        "none" | "transparent" => Ok(None),
        "currentColor" => Ok(Some(Color::BLACK)),
        v => svgtypes::Color::from_str(v)
            .map(|c| {
                Some(Color {
                    r: f32::from(c.red) / 255.0,
                    g: f32::from(c.green) / 255.0,
                    b: f32::from(c.blue) / 255.0,
                })
            })
            .map_err(|_| bad(format_args!("unknown colour \"{v}\""))),
    }
}

impl Style {
    /// This style with `node`'s attributes (and its `style="…"` declarations) applied.
    fn with(&self, node: Node) -> Result<Style> {
        let mut style = self.clone();
        let declarations = node
            .attribute("style")
            .unwrap_or_default()
            .split(';')
            .filter_map(|d| d.split_once(':'));
        let attributes = node.attributes().map(|a| (a.name(), a.value()));
        for (name, value) in attributes.chain(declarations.map(|(k, v)| (k.trim(), v.trim()))) {
            match name {
                "fill" => style.fill = paint(value)?,
                "stroke" => style.stroke = paint(value)?,
                "stroke-width" => {
                    style.stroke_width =
                        svgtypes::Number::from_str(value).map_err(|_| bad(value))?.0 as f32
                }
                "stroke-linecap" => {
                    style.cap = if value == "round" {
                        Cap::Round
                    } else if value == "square" {
                        Cap::Square
                    } else {
                        Cap::Butt
                    }
                }
                "stroke-linejoin" => {
                    style.join = if value == "round" {
                        Join::Round
                    } else if value == "bevel" {
                        Join::Bevel
                    } else {
                        Join::Miter
                    }
                }
                "font-size" => {
                    style.font_size = svgtypes::Number::from_str(value.trim_end_matches("px"))
                        .map_err(|_| bad(value))?
                        .0 as f32
                }
                "font-weight" => {
                    style.bold = matches!(value, "bold" | "bolder" | "600" | "700" | "800" | "900")
                }
                "font-style" => style.italic = matches!(value, "italic" | "oblique"),
                "text-anchor" => {
                    style.anchor = if value == "middle" {
                        Anchor::Middle
                    } else if value == "end" {
                        Anchor::End
                    } else {
                        Anchor::Start
                    }
                }
                _ => {}
            }
        }
        Ok(style)
    }

    fn face(&self) -> Face {
        Face::new(self.bold, self.italic)
    }
}

/// `svg` drawn into the box (`x`, `y`, `width`, `height`) in points, keeping its proportions
/// and centred in the box.
pub(crate) fn graphics(svg: &str, x: f32, y: f32, width: f32, height: f32) -> Result<Vec<Graphic>> {
    let doc = parse(svg)?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        return Err(bad("not an SVG"));
    }
    let (vx, vy, vw, vh) = view_box(root)?;
    let scale = (width / vw).min(height / vh);
    let (dx, dy) = (x + (width - vw * scale) / 2.0, y + (height - vh * scale) / 2.0);
    let place = Affine([scale, 0.0, 0.0, scale, dx - vx * scale, dy - vy * scale]);
    let mut out = vec![];
    walk(root, &Style::default().with(root)?, place, &mut out, 0)?;
    Ok(out)
}

/// The diagram's width divided by its height.
pub(crate) fn aspect_ratio(svg: &str) -> Result<f32> {
    let doc = parse(svg)?;
    let (_, _, w, h) = view_box(doc.root_element())?;
    Ok(w / h)
}

fn view_box(root: Node) -> Result<(f32, f32, f32, f32)> {
    let (x, y, w, h) = match root.attribute("viewBox") {
        Some(v) => {
            let b =
                svgtypes::ViewBox::from_str(v).map_err(|_| bad(format_args!("viewBox=\"{v}\"")))?;
            (b.x as f32, b.y as f32, b.w as f32, b.h as f32)
        }
        None => (0.0, 0.0, number(root, "width")?, number(root, "height")?),
    };
    if w > 0.0 && h > 0.0 {
        Ok((x, y, w, h))
    } else {
        Err(bad("no size: give the svg a viewBox"))
    }
}

/// Diagrams are drawings, not documents: a few levels of groups at most.
const MAX_DEPTH: usize = 32;
const MAX_BYTES: usize = 1 << 20;
const MAX_NODES: u32 = 20_000;

/// Parses a diagram, refusing one too large or with too many parts to be a drawing.
fn parse(svg: &str) -> Result<roxmltree::Document<'_>> {
    if svg.len() > MAX_BYTES {
        return Err(bad("larger than 1 MB"));
    }
    let options = roxmltree::ParsingOptions { nodes_limit: MAX_NODES, ..Default::default() };
    roxmltree::Document::parse_with_options(svg, options).map_err(bad)
}

fn walk(
    node: Node,
    style: &Style,
    transform: Affine,
    out: &mut Vec<Graphic>,
    depth: usize,
) -> Result<()> {
    if depth > MAX_DEPTH {
        return Err(bad("groups nested too deeply"));
    }
    for child in node.children().filter(Node::is_element) {
        let style = style.with(child)?;
        let transform = match child.attribute("transform") {
            Some(t) => {
                let t = svgtypes::Transform::from_str(t)
                    .map_err(|_| bad(format_args!("transform=\"{t}\"")))?;
                Affine([t.a, t.b, t.c, t.d, t.e, t.f].map(|v| v as f32)).then(transform)
            }
            None => transform,
        };
        let name = child.tag_name().name();
        let subpaths = match name {
            "g" | "svg" => {
                walk(child, &style, transform, out, depth + 1)?;
                continue;
            }
            // Words for screen readers and metadata: nothing to draw.
            "title" | "desc" | "metadata" => continue,
            "text" => {
                out.push(text(child, &style, transform)?);
                continue;
            }
            "rect" => {
                let (rx, ry) = (
                    child.attribute("rx").map(|_| number(child, "rx")).transpose()?,
                    child.attribute("ry").map(|_| number(child, "ry")).transpose()?,
                );
                let (rx, ry) = (rx.or(ry).unwrap_or(0.0), ry.or(rx).unwrap_or(0.0));
                vec![Subpath::rect(
                    number(child, "x")?,
                    number(child, "y")?,
                    number(child, "width")?,
                    number(child, "height")?,
                    rx,
                    ry,
                )]
            }
            "circle" => {
                let r = number(child, "r")?;
                vec![Subpath::ellipse(number(child, "cx")?, number(child, "cy")?, r, r)]
            }
            "ellipse" => vec![Subpath::ellipse(
                number(child, "cx")?,
                number(child, "cy")?,
                number(child, "rx")?,
                number(child, "ry")?,
            )],
            "line" => vec![Subpath::polyline(
                &[
                    (number(child, "x1")?, number(child, "y1")?),
                    (number(child, "x2")?, number(child, "y2")?),
                ],
                false,
            )],
            "polyline" | "polygon" => {
                let points: Vec<(f32, f32)> =
                    PointsParser::from(child.attribute("points").unwrap_or_default())
                        .map(|(x, y)| (x as f32, y as f32))
                        .collect();
                if points.len() < 2 {
                    return Err(bad(format_args!("<{name}> needs at least two points")));
                }
                vec![Subpath::polyline(&points, name == "polygon")]
            }
            "path" => path_data(child.attribute("d").unwrap_or_default())?,
            other => return Err(bad(format_args!("<{other}> cannot be printed"))),
        };
        let scale = transform.scale();
        let stroke = style.stroke.map(|color| Stroke {
            color,
            width: style.stroke_width * scale,
            cap: style.cap,
            join: style.join,
            dash: None,
        });
        let subpaths = subpaths.iter().map(|s| s.map(&|x, y| transform.apply(x, y))).collect();
        out.push(Graphic::Path(Path { subpaths, fill: style.fill, stroke }));
    }
    Ok(())
}

fn text(node: Node, style: &Style, transform: Affine) -> Result<Graphic> {
    // Labels are single lines: the text of the element and any <tspan>s, spaces collapsed.
    let raw: String = node.descendants().filter(Node::is_text).filter_map(|n| n.text()).collect();
    let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    let size = style.font_size * transform.scale();
    let width = style.face().width(&text, size);
    let (x, y) = transform.apply(number(node, "x")?, number(node, "y")?);
    let x = match style.anchor {
        Anchor::Start => x,
        Anchor::Middle => x - width / 2.0,
        Anchor::End => x - width,
    };
    Ok(Graphic::Text {
        x,
        y,
        face: style.face(),
        size,
        color: style.fill.unwrap_or(Color::BLACK),
        text,
    })
}

fn path_data(d: &str) -> Result<Vec<Subpath>> {
    let mut subpaths: Vec<Subpath> = vec![];
    let mut current = (0.0f32, 0.0f32);
    for segment in SimplifyingPathParser::from(d) {
        let segment = segment.map_err(|e| bad(format_args!("path d=\"{d}\": {e}")))?;
        let (segment, end) = match segment {
            SimplePathSegment::MoveTo { x, y } => {
                current = (x as f32, y as f32);
                subpaths.push(Subpath { start: current, segments: vec![], closed: false });
                continue;
            }
            SimplePathSegment::ClosePath => {
                if let Some(s) = subpaths.last_mut() {
                    s.closed = true;
                    current = s.start;
                }
                continue;
            }
            SimplePathSegment::LineTo { x, y } => {
                (Segment::Line(x as f32, y as f32), (x as f32, y as f32))
            }
            SimplePathSegment::CurveTo { x1, y1, x2, y2, x, y } => {
                (Segment::Cubic([x1, y1, x2, y2, x, y].map(|v| v as f32)), (x as f32, y as f32))
            }
            SimplePathSegment::Quadratic { x1, y1, x, y } => {
                // The same curve as a cubic: control points 2/3 of the way to the quadratic one.
                let (q, e) = ((x1 as f32, y1 as f32), (x as f32, y as f32));
                let third = |from: (f32, f32)| {
                    (from.0 + 2.0 / 3.0 * (q.0 - from.0), from.1 + 2.0 / 3.0 * (q.1 - from.1))
                };
                let (c1, c2) = (third(current), third(e));
                (Segment::Cubic([c1.0, c1.1, c2.0, c2.1, e.0, e.1]), e)
            }
        };
        // Drawing on after a close (or with no move first) starts a new subpath here.
        if subpaths.last().is_none_or(|s| s.closed) {
            subpaths.push(Subpath { start: current, segments: vec![], closed: false });
        }
        if let Some(s) = subpaths.last_mut() {
            s.segments.push(segment);
        }
        current = end;
    }
    subpaths.retain(|s| !s.segments.is_empty());
    Ok(subpaths)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draw(svg: &str) -> Result<Vec<Graphic>> {
        graphics(svg, 10.0, 20.0, 200.0, 100.0)
    }

    #[test]
    fn deep_nesting_or_a_huge_file_is_refused_not_a_stack_overflow() {
        let deep = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}<rect width="1" height="1"/>{}</svg>"#,
            "<g>".repeat(5000),
            "</g>".repeat(5000)
        );
        assert!(graphics(&deep, 0.0, 0.0, 10.0, 10.0).is_err());
        let huge = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><desc>{}</desc></svg>"#,
            "x".repeat(2 << 20)
        );
        assert!(aspect_ratio(&huge).is_err());
        let fine = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}<rect width="1" height="1"/>{}</svg>"#,
            "<g>".repeat(8),
            "</g>".repeat(8)
        );
        assert_eq!(graphics(&fine, 0.0, 0.0, 10.0, 10.0).unwrap().len(), 1);
    }

    #[test]
    fn shapes_are_scaled_into_the_box_and_labels_are_text() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200">
            <title>Steps</title>
            <rect x="0" y="0" width="400" height="200" fill="#ffffff" stroke="#000" stroke-width="4"/>
            <g transform="translate(100,50) scale(2)" fill="none" stroke="#1a1a1a"><path d="M 0 0 l 10 0 q 5 5 10 0 A 5 5 0 0 1 30 0 Z"/></g>
            <text x="200" y="100" font-size="20" font-weight="bold" text-anchor="middle">Überdosis</text>
        </svg>"##;
        let out = draw(svg).unwrap();
        assert_eq!(out.len(), 3);
        let Graphic::Path(frame) = &out[0] else { panic!("{out:?}") };
        assert_eq!(frame.subpaths[0].start, (10.0, 20.0));
        assert_eq!(frame.stroke.unwrap().width, 2.0);
        let Graphic::Path(curve) = &out[1] else { panic!("{out:?}") };
        assert!(curve.fill.is_none() && curve.subpaths[0].closed);
        assert_eq!(curve.subpaths[0].start, (10.0 + 50.0, 20.0 + 25.0));
        let Graphic::Text { x, y, face, size, text, .. } = &out[2] else { panic!("{out:?}") };
        assert_eq!((text.as_str(), *face, *size, *y), ("Überdosis", Face::Bold, 10.0, 70.0));
        assert!((x + Face::Bold.width("Überdosis", 10.0) / 2.0 - 110.0).abs() < 0.01);
    }

    #[test]
    fn what_cannot_be_printed_is_an_error_not_a_blank() {
        for svg in [
            r#"<svg viewBox="0 0 10 10"><image href="x.png"/></svg>"#,
            r#"<svg viewBox="0 0 10 10"><rect width="5" height="5" fill="nocolour"/></svg>"#,
            r#"<svg><rect width="5" height="5"/></svg>"#,
            r#"<svg viewBox="0 0 10 10"><path d="M 0 0 L x"/></svg>"#,
            "not xml",
        ] {
            assert!(matches!(draw(svg), Err(Error::Pdf(_))), "{svg}");
        }
    }

    #[test]
    fn a_rounded_rectangle_of_negative_size_does_not_panic() {
        // Found by the property test below: a '-' typed before a width.
        let _ = draw(r#"<svg viewBox="0 0 10 10"><rect width="-56" height="5" rx="2"/></svg>"#);
        let _ = draw(r#"<svg viewBox="0 0 10 10"><rect width="5" height="-5" ry="2"/></svg>"#);
    }

    #[test]
    fn every_shipped_diagram_prints_in_every_language() {
        let library = crate::content::Library::embedded();
        for name in
            ["nasal-spray.svg", "overdose-signs.svg", "recovery-position.svg", "response-steps.svg"]
        {
            for lang in crate::Language::ALL {
                let svg = library.diagram_svg(name, lang).unwrap_or_else(|| panic!("{name}"));
                let out = graphics(&svg, 0.0, 0.0, 400.0, 300.0)
                    .unwrap_or_else(|e| panic!("{name} {lang}: {e}"));
                let texts = out
                    .iter()
                    .filter(|g| matches!(g, Graphic::Text { text, .. } if !text.is_empty()))
                    .count();
                assert!(texts > 3, "{name} {lang}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 200, failure_persistence: None, ..Default::default() })]

        /// A diagram with random edits (a trainer's slip in an editor) is drawn or refused,
        /// never a panic, and what is drawn has finite coordinates.
        #[test]
        fn a_damaged_diagram_is_drawn_or_refused(
            pick in 0usize..4,
            edits in proptest::collection::vec((proptest::prelude::any::<usize>(), 0u8..3, proptest::sample::select(vec!['<', '>', '"', '/', '0', '-', '.', 'e', ' ', '9', 'M', 'z'])), 1..12),
        ) {
            let name = ["nasal-spray.svg", "overdose-signs.svg", "recovery-position.svg", "response-steps.svg"][pick];
            let svg = crate::content::Files::embedded().get(&format!("diagrams/{name}")).unwrap().to_string();
            let mut chars: Vec<char> = svg.chars().collect();
            for (at, op, c) in edits {
                let at = at % chars.len();
                match op {
                    0 => { chars.remove(at); }
                    1 => chars.insert(at, c),
                    _ => chars[at] = c,
                }
            }
            let svg: String = chars.into_iter().collect();
            let _ = aspect_ratio(&svg);
            if let Ok(out) = graphics(&svg, 0.0, 0.0, 400.0, 300.0) {
                for g in &out {
                    if let Graphic::Text { x, y, size, .. } = g {
                        proptest::prop_assert!(x.is_finite() && y.is_finite() && size.is_finite(), "{g:?}");
                    }
                }
            }
        }

        #[test]
        fn any_text_is_drawn_or_refused(svg in ".{0,200}") {
            let _ = aspect_ratio(&svg);
            let _ = draw(&svg);
        }
    }
}
