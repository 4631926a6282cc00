//! What pages are drawn with: text and paths in points from the page's top-left corner,
//! turned into printpdf operations when the document is saved.

use printpdf::{
    CurTransMat, DictItem, FontId, LineCapStyle, LineDashPattern, LineJoinStyle, LinePoint, Op,
    PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt, TextItem, TextMatrix, WindingOrder,
};

use super::fonts::Face;

/// An RGB colour, each part from 0 to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color {
    pub r: f32,
    pub g: f32,
    pub b: f32,
}

impl Color {
    pub const BLACK: Color = Color { r: 0.0, g: 0.0, b: 0.0 };
    pub const WHITE: Color = Color { r: 1.0, g: 1.0, b: 1.0 };

    /// From `0xRRGGBB`.
    pub const fn hex(rgb: u32) -> Color {
        Color {
            r: ((rgb >> 16) & 0xff) as f32 / 255.0,
            g: ((rgb >> 8) & 0xff) as f32 / 255.0,
            b: (rgb & 0xff) as f32 / 255.0,
        }
    }

    fn pdf(self) -> printpdf::Color {
        printpdf::Color::Rgb(printpdf::Rgb::new(self.r, self.g, self.b, None))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cap {
    Butt,
    Round,
    Square,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Join {
    Miter,
    Round,
    Bevel,
}

/// How a line or outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub color: Color,
    pub width: f32,
    pub cap: Cap,
    pub join: Join,
    /// Dash and gap lengths, for a dashed line.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    pub fn solid(color: Color, width: f32) -> Stroke {
        Stroke { color, width, cap: Cap::Butt, join: Join::Miter, dash: None }
    }

    pub fn dashed(color: Color, width: f32, dash: f32, gap: f32) -> Stroke {
        Stroke { dash: Some((dash, gap)), ..Stroke::solid(color, width) }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Segment {
    Line(f32, f32),
    /// Two control points, then the end point.
    Cubic([f32; 6]),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Subpath {
    pub start: (f32, f32),
    pub segments: Vec<Segment>,
    pub closed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Path {
    pub subpaths: Vec<Subpath>,
    pub fill: Option<Color>,
    pub stroke: Option<Stroke>,
}

/// Bézier handle length for a quarter circle.
const KAPPA: f32 = 0.552_284_8;

impl Subpath {
    pub fn polyline(points: &[(f32, f32)], closed: bool) -> Subpath {
        Subpath {
            start: points[0],
            segments: points[1..].iter().map(|&(x, y)| Segment::Line(x, y)).collect(),
            closed,
        }
    }

    /// A rectangle with corners rounded by `rx`, `ry` (0 for square corners).
    pub fn rect(x: f32, y: f32, w: f32, h: f32, rx: f32, ry: f32) -> Subpath {
        // A negative size (a slip in an edited diagram) leaves no room for rounded corners.
        let (rx, ry) = (rx.clamp(0.0, (w / 2.0).max(0.0)), ry.clamp(0.0, (h / 2.0).max(0.0)));
        if rx == 0.0 || ry == 0.0 {
            return Subpath::polyline(&[(x, y), (x + w, y), (x + w, y + h), (x, y + h)], true);
        }
        let (kx, ky) = (rx * KAPPA, ry * KAPPA);
        let (r, b) = (x + w, y + h);
        Subpath {
            start: (x + rx, y),
            segments: vec![
                Segment::Line(r - rx, y),
                Segment::Cubic([r - rx + kx, y, r, y + ry - ky, r, y + ry]),
                Segment::Line(r, b - ry),
                Segment::Cubic([r, b - ry + ky, r - rx + kx, b, r - rx, b]),
                Segment::Line(x + rx, b),
                Segment::Cubic([x + rx - kx, b, x, b - ry + ky, x, b - ry]),
                Segment::Line(x, y + ry),
                Segment::Cubic([x, y + ry - ky, x + rx - kx, y, x + rx, y]),
            ],
            closed: true,
        }
    }

    pub fn ellipse(cx: f32, cy: f32, rx: f32, ry: f32) -> Subpath {
        let (kx, ky) = (rx * KAPPA, ry * KAPPA);
        Subpath {
            start: (cx + rx, cy),
            segments: vec![
                Segment::Cubic([cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry]),
                Segment::Cubic([cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy]),
                Segment::Cubic([cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry]),
                Segment::Cubic([cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy]),
            ],
            closed: true,
        }
    }

    /// The same subpath with every point moved by `f`.
    pub fn map(&self, f: &impl Fn(f32, f32) -> (f32, f32)) -> Subpath {
        let segments = self
            .segments
            .iter()
            .map(|s| match *s {
                Segment::Line(x, y) => {
                    let (x, y) = f(x, y);
                    Segment::Line(x, y)
                }
                Segment::Cubic([x1, y1, x2, y2, x, y]) => {
                    let ((x1, y1), (x2, y2), (x, y)) = (f(x1, y1), f(x2, y2), f(x, y));
                    Segment::Cubic([x1, y1, x2, y2, x, y])
                }
            })
            .collect();
        Subpath { start: f(self.start.0, self.start.1), segments, closed: self.closed }
    }
}

/// One thing drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Graphic {
    /// Text whose baseline starts at (`x`, `y`).
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        color: Color,
        text: String,
    },
    Path(Path),
    Modules(Modules),
}

/// A QR code's dark modules, as runs along its rows, on a grid of `module`-point squares
/// whose top-left corner is at (`x`, `y`). Written as whole numbers under one transform,
/// all in one fill: a certificate's code has hundreds of runs, and decimals for each took
/// most of the time a batch of certificates took.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Modules {
    pub x: f32,
    pub y: f32,
    pub module: f32,
    /// `(row, first column, length)`.
    pub runs: Vec<(u16, u16, u16)>,
}

impl Graphic {
    pub fn translated(mut self, dx: f32, dy: f32) -> Graphic {
        match &mut self {
            Graphic::Text { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Graphic::Path(path) => {
                for sub in &mut path.subpaths {
                    *sub = sub.map(&|x, y| (x + dx, y + dy));
                }
            }
            Graphic::Modules(m) => {
                m.x += dx;
                m.y += dy;
            }
        }
        self
    }
}

/// The printpdf operations for `graphics` on a page `page_height` points high.
/// `fonts` holds the document's font of each `Face`, in `Face::ALL` order.
pub(crate) fn ops(graphics: &[Graphic], fonts: &[FontId], page_height: f32) -> Vec<Op> {
    let flip = |x: f32, y: f32| Point { x: Pt(x), y: Pt(page_height - y) };
    let mut ops = vec![];
    let mut in_text = false;
    let mut font: Option<(Face, f32)> = None;
    let mut fill: Option<Color> = None;
    for graphic in graphics {
        match graphic {
            Graphic::Text { x, y, face, size, color, text } => {
                if !in_text {
                    ops.push(Op::StartTextSection);
                    (in_text, font, fill) = (true, None, None);
                }
                if font != Some((*face, *size)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(fonts[*face as usize].clone()),
                        size: Pt(*size),
                    });
                    font = Some((*face, *size));
                }
                if fill != Some(*color) {
                    ops.push(Op::SetFillColor { col: color.pdf() });
                    fill = Some(*color);
                }
                let at = flip(*x, *y);
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(at.x, at.y) });
                ops.push(Op::ShowText { items: vec![TextItem::Text(text.clone())] });
            }
            Graphic::Path(path) => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                ops.push(Op::SaveGraphicsState);
                path_ops(path, &flip, &mut ops);
                ops.push(Op::RestoreGraphicsState);
                fill = None;
            }
            Graphic::Modules(m) => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                ops.push(Op::SaveGraphicsState);
                ops.push(Op::SetFillColor { col: Color::BLACK.pdf() });
                // Module units, rows going down the page from the code's top-left corner.
                let (x, y) = (m.x, page_height - m.y);
                ops.push(Op::SetTransformationMatrix {
                    matrix: CurTransMat::Raw([m.module, 0.0, 0.0, -m.module, x, y]),
                });
                let int = |n: u16| DictItem::Int(i64::from(n));
                ops.extend(m.runs.iter().map(|&(row, col, len)| Op::Unknown {
                    key: "re".into(),
                    value: vec![int(col), int(row), int(len), int(1)],
                }));
                ops.push(Op::Unknown { key: "f".into(), value: vec![] });
                ops.push(Op::RestoreGraphicsState);
                fill = None;
            }
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}

fn points(sub: &Subpath, flip: &impl Fn(f32, f32) -> Point) -> Vec<LinePoint> {
    let mut out = vec![LinePoint { p: flip(sub.start.0, sub.start.1), bezier: false }];
    for segment in &sub.segments {
        match *segment {
            Segment::Line(x, y) => out.push(LinePoint { p: flip(x, y), bezier: false }),
            Segment::Cubic([x1, y1, x2, y2, x, y]) => out.extend([
                LinePoint { p: flip(x1, y1), bezier: true },
                LinePoint { p: flip(x2, y2), bezier: true },
                LinePoint { p: flip(x, y), bezier: false },
            ]),
        }
    }
    out
}

fn path_ops(path: &Path, flip: &impl Fn(f32, f32) -> Point, ops: &mut Vec<Op>) {
    if let Some(color) = path.fill {
        ops.push(Op::SetFillColor { col: color.pdf() });
        let rings = path.subpaths.iter().map(|s| PolygonRing { points: points(s, flip) }).collect();
        ops.push(Op::DrawPolygon {
            polygon: Polygon { rings, mode: PaintMode::Fill, winding_order: WindingOrder::NonZero },
        });
    }
    if let Some(stroke) = path.stroke {
        ops.push(Op::SetOutlineColor { col: stroke.color.pdf() });
        ops.push(Op::SetOutlineThickness { pt: Pt(stroke.width) });
        ops.push(Op::SetLineCapStyle {
            cap: match stroke.cap {
                Cap::Butt => LineCapStyle::Butt,
                Cap::Round => LineCapStyle::Round,
                Cap::Square => LineCapStyle::ProjectingSquare,
            },
        });
        ops.push(Op::SetLineJoinStyle {
            join: match stroke.join {
                Join::Miter => LineJoinStyle::Miter,
                Join::Round => LineJoinStyle::Round,
                Join::Bevel => LineJoinStyle::Bevel,
            },
        });
        if let Some((dash, gap)) = stroke.dash {
            ops.push(Op::SetLineDashPattern { dash: LineDashPattern::new(0.0, &[dash, gap]) });
        }
        // One open or closed line per subpath: a polygon would close every one of them.
        for sub in &path.subpaths {
            ops.push(Op::DrawLine {
                line: printpdf::Line { points: points(sub, flip), is_closed: sub.closed },
            });
        }
    }
}
