//! Finding a printed sheet in a picture: the four corner squares give the page's
//! perspective (a scanner's tilt or a phone held above the sheet), and the QR code between
//! them says which page of whose sheet it is.

use image::imageops::{self, FilterType};
use image::{GrayImage, Luma};
use imageproc::contrast::otsu_level;
use imageproc::geometric_transformations::{warp_into_with, Border, Interpolation, Projection};
use imageproc::region_labelling::{connected_components, Connectivity};

use crate::pdf::{Paper, Rect};
use crate::print::sheets::{marker_centres, qr_rect, PageId, MARKER};

/// The corner squares are looked for in a copy of the picture about this many pixels high.
const SEARCH_SIZE: u32 = 1200;

/// A page found in a picture: how page points map to pixels, and the ink and paper seen.
pub struct Frame {
    pub paper: Paper,
    to_image: Projection,
    /// How dark ink is next to paper here: the corner squares' brightness over the
    /// paper's around them (0 = black ink on white paper, 1 = no contrast at all).
    pub ink_ratio: f32,
}

impl Frame {
    /// The pixel where page point (`x`, `y`) is.
    pub fn pixel(&self, x: f32, y: f32) -> (f32, f32) {
        self.to_image * (x, y)
    }

    /// The brightness at page point (`x`, `y`), bilinear between the four nearest pixels;
    /// white beyond the picture's edge.
    pub fn sample(&self, image: &GrayImage, x: f32, y: f32) -> f32 {
        let (px, py) = self.pixel(x, y);
        bilinear(image, px, py)
    }

    /// The part of the page in `rect` (points), upright, at `scale` pixels per point.
    pub fn crop(&self, image: &GrayImage, rect: Rect, scale: f32) -> GrayImage {
        let width = (rect.width * scale).ceil().max(1.0) as u32;
        let height = (rect.height * scale).ceil().max(1.0) as u32;
        let mut out = GrayImage::new(width, height);
        let to_image = self.to_image;
        warp_into_with(
            image,
            move |u, v| to_image * (rect.x + u / scale, rect.y + v / scale),
            Interpolation::Bilinear,
            Border::Constant(Luma([255])),
            &mut out,
        );
        out
    }

    /// Pixels per point, about (perspective makes it vary over the page).
    pub fn scale(&self) -> f32 {
        let [tl, tr, ..] = marker_centres(self.paper);
        let (a, b) = (self.pixel(tl.0, tl.1), self.pixel(tr.0, tr.1));
        ((a.0 - b.0).hypot(a.1 - b.1)) / (tr.0 - tl.0)
    }
}

fn bilinear(image: &GrayImage, x: f32, y: f32) -> f32 {
    let (w, h) = image.dimensions();
    let (x0, y0) = (x.floor(), y.floor());
    let (fx, fy) = (x - x0, y - y0);
    let at = |x: f32, y: f32| -> f32 {
        if x < 0.0 || y < 0.0 || x >= w as f32 || y >= h as f32 {
            255.0
        } else {
            image.get_pixel(x as u32, y as u32).0[0] as f32
        }
    };
    let top = at(x0, y0) * (1.0 - fx) + at(x0 + 1.0, y0) * fx;
    let bottom = at(x0, y0 + 1.0) * (1.0 - fx) + at(x0 + 1.0, y0 + 1.0) * fx;
    top * (1.0 - fy) + bottom * fy
}

/// The page in `image`, and what its QR code says (`None` when it cannot be read); `None`
/// when the four corner squares are not found.
pub fn locate(image: &GrayImage) -> Option<(Frame, Option<PageId>)> {
    let corners = find_markers(image)?;
    let guess = paper_of(&corners);
    let mut first = None;
    for paper in [guess, other(guess)] {
        // Upright, then upside down (a stack fed into the scanner the wrong way round).
        for turned in [false, true] {
            let mut seen = corners;
            if turned {
                seen.rotate_left(2);
            }
            let Some(frame) = frame(image, paper, seen) else { continue };
            if let Some(id) = read_code(image, &frame) {
                if id.paper == paper {
                    return Some((frame, Some(id)));
                }
            }
            if first.is_none() && !turned {
                first = Some(frame);
            }
        }
    }
    first.map(|frame| (frame, None))
}

fn other(paper: Paper) -> Paper {
    match paper {
        Paper::A4 => Paper::Letter,
        Paper::Letter => Paper::A4,
    }
}

/// A4 or Letter, from how much taller than wide the corner squares stand.
fn paper_of(corners: &[(f32, f32); 4]) -> Paper {
    let d = |a: (f32, f32), b: (f32, f32)| (a.0 - b.0).hypot(a.1 - b.1);
    let across = (d(corners[0], corners[1]) + d(corners[3], corners[2])) / 2.0;
    let down = (d(corners[0], corners[3]) + d(corners[1], corners[2])) / 2.0;
    let ratio = |p: Paper| {
        let c = marker_centres(p);
        (c[3].1 - c[0].1) / (c[1].0 - c[0].0)
    };
    let seen = down / across;
    if (seen - ratio(Paper::A4)).abs() <= (seen - ratio(Paper::Letter)).abs() {
        Paper::A4
    } else {
        Paper::Letter
    }
}

fn frame(image: &GrayImage, paper: Paper, corners: [(f32, f32); 4]) -> Option<Frame> {
    let to_image = Projection::from_control_points(marker_centres(paper), corners)?;
    let mut frame = Frame { paper, to_image, ink_ratio: 0.2 };
    let half = MARKER / 2.0;
    let mut ratios: Vec<f32> = marker_centres(paper)
        .iter()
        .map(|&(cx, cy)| {
            let mut ink = vec![];
            let mut paper_seen = vec![];
            for i in 0..5 {
                for j in 0..5 {
                    let (u, v) = (i as f32 / 4.0 - 0.5, j as f32 / 4.0 - 0.5);
                    ink.push(frame.sample(image, cx + u * half, cy + v * half));
                    // A ring a little way out from the square.
                    let angle = (i * 5 + j) as f32 * std::f32::consts::TAU / 25.0;
                    let r = half + 6.0;
                    paper_seen.push(frame.sample(
                        image,
                        cx + r * angle.cos(),
                        cy + r * angle.sin(),
                    ));
                }
            }
            median(&mut ink) / median(&mut paper_seen).max(1.0)
        })
        .collect();
    frame.ink_ratio = median(&mut ratios).clamp(0.0, 0.9);
    Some(frame)
}

pub fn median(values: &mut [f32]) -> f32 {
    values.sort_by(f32::total_cmp);
    values[values.len() / 2]
}

/// The QR code under `frame`, upright at 4 pixels per point.
fn read_code(image: &GrayImage, frame: &Frame) -> Option<PageId> {
    let qr = qr_rect(frame.paper);
    let area = qr.outset(8.0);
    // As seen, then in pure black and white: a blurred photo's modules run into each other
    // until the crop is thresholded at its own level.
    let upright = frame.crop(image, area, 4.0);
    let level = otsu_level(&upright);
    let sharp = GrayImage::from_fn(upright.width(), upright.height(), |x, y| {
        Luma([if upright.get_pixel(x, y).0[0] <= level { 0 } else { 255 }])
    });
    [upright, sharp].iter().find_map(decode)
}

fn decode(picture: &GrayImage) -> Option<PageId> {
    let (w, h) = picture.dimensions();
    let mut prepared =
        rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
            picture.get_pixel(x as u32, y as u32).0[0]
        });
    prepared.detect_grids().iter().find_map(|grid| {
        let (_, text) = grid.decode().ok()?;
        PageId::parse(&text)
    })
}

/// The centres of the four corner squares in `image` (top left, top right, bottom right,
/// bottom left), in pixels.
fn find_markers(image: &GrayImage) -> Option<[(f32, f32); 4]> {
    let (w, h) = image.dimensions();
    let shrink = (w.max(h) as f32 / SEARCH_SIZE as f32).max(1.0);
    let small = if shrink > 1.0 {
        imageops::resize(
            image,
            (w as f32 / shrink).round() as u32,
            (h as f32 / shrink).round() as u32,
            FilterType::Triangle,
        )
    } else {
        image.clone()
    };
    let level = otsu_level(&small);
    let mut dark = small.clone();
    for p in dark.pixels_mut() {
        p.0[0] = if p.0[0] <= level { 255 } else { 0 };
    }
    let labels = connected_components(&dark, Connectivity::Eight, Luma([0]));
    #[derive(Clone, Copy)]
    struct Blob {
        min: (u32, u32),
        max: (u32, u32),
        count: u32,
    }
    let mut blobs: Vec<Blob> = vec![];
    for (x, y, label) in labels.enumerate_pixels() {
        let l = label.0[0] as usize;
        if l == 0 {
            continue;
        }
        if blobs.len() < l {
            blobs.resize(l, Blob { min: (u32::MAX, u32::MAX), max: (0, 0), count: 0 });
        }
        let b = &mut blobs[l - 1];
        b.min = (b.min.0.min(x), b.min.1.min(y));
        b.max = (b.max.0.max(x), b.max.1.max(y));
        b.count += 1;
    }
    // A corner square seen whole on a page that fills between a third and all of the
    // picture; solid (unlike the QR code's rings) and about square.
    let (sw, sh) = small.dimensions();
    let full = MARKER * (sw as f32 / 612.0).min(sh as f32 / 792.0);
    let candidates: Vec<(f32, f32)> = blobs
        .iter()
        .filter_map(|b| {
            let bw = (b.max.0 - b.min.0 + 1) as f32;
            let bh = (b.max.1 - b.min.1 + 1) as f32;
            let side = (bw + bh) / 2.0;
            let square = bw / bh > 0.7 && bw / bh < 1.45;
            let solid = b.count as f32 / (bw * bh) > 0.72;
            let sized = side > 0.3 * full && side < 1.6 * full && side >= 4.0;
            (square && solid && sized)
                .then_some(((b.min.0 + b.max.0) as f32 / 2.0, (b.min.1 + b.max.1) as f32 / 2.0))
        })
        .collect();
    if candidates.len() < 4 {
        return None;
    }
    let (fw, fh) = (sw as f32, sh as f32);
    let pick = |score: &dyn Fn((f32, f32)) -> f32| {
        candidates.iter().copied().min_by(|a, b| score(*a).total_cmp(&score(*b)))
    };
    let found = [
        pick(&|(x, y)| x + y)?,
        pick(&|(x, y)| (fw - x) + y)?,
        pick(&|(x, y)| (fw - x) + (fh - y))?,
        pick(&|(x, y)| x + (fh - y))?,
    ];
    for i in 0..4 {
        for j in i + 1..4 {
            let (a, b) = (found[i], found[j]);
            if (a.0 - b.0).hypot(a.1 - b.1) < 0.25 * fw.min(fh) {
                return None;
            }
        }
    }
    Some(found.map(|(x, y)| refine(image, x * shrink, y * shrink, full * shrink)))
}

/// The centre of the dark square near (`x`, `y`) at full resolution: the centroid of the
/// pixels darker than halfway between the window's darkest and lightest.
fn refine(image: &GrayImage, x: f32, y: f32, side: f32) -> (f32, f32) {
    let (w, h) = image.dimensions();
    let r = side.max(4.0);
    let (x0, x1) = ((x - r).max(0.0) as u32, ((x + r) as u32).min(w - 1));
    let (y0, y1) = ((y - r).max(0.0) as u32, ((y + r) as u32).min(h - 1));
    let (mut lo, mut hi) = (255u8, 0u8);
    for j in y0..=y1 {
        for i in x0..=x1 {
            let v = image.get_pixel(i, j).0[0];
            lo = lo.min(v);
            hi = hi.max(v);
        }
    }
    let mid = (lo as u16 + hi as u16) / 2;
    let (mut sx, mut sy, mut n) = (0.0, 0.0, 0.0);
    for j in y0..=y1 {
        for i in x0..=x1 {
            if (image.get_pixel(i, j).0[0] as u16) < mid {
                sx += i as f32;
                sy += j as f32;
                n += 1.0;
            }
        }
    }
    if n == 0.0 {
        (x, y)
    } else {
        (sx / n, sy / n)
    }
}
