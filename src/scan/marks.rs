//! Reading the boxes of one page: each box is found against its own printed border, its
//! inside measured against the paper around it and the page's ink, and every question
//! decided as marked, empty, or uncertain, so that a wrong reading is never silent.

use image::GrayImage;

use super::page::{median, Frame};
use crate::content::bank::ItemKind;
use crate::pdf::Rect;
use crate::print::sheets::SheetBox;

/// Below this share of ink inside, a box is empty.
pub const EMPTY: f32 = 0.035;
/// From this share on, a box is marked; between the two, a light mark nobody should trust.
pub const MARKED: f32 = 0.075;
/// From this share on, a box is filled in (or scribbled over).
const FILLED: f32 = 0.65;
/// From this share of ink in a thin ring just outside it, a filled box was scribbled over
/// rather than filled in.
const SPILL: f32 = 0.12;
/// How far a box may sit from where the corner squares put it, in points.
const REACH: f32 = 3.0;

/// One box as measured: how much of its inside is ink, 0 to 1, and of a thin ring around it.
#[derive(Debug, Clone, Copy)]
pub struct Measured {
    pub ink: f32,
    pub spill: f32,
    /// Where the box was found, in page points.
    pub rect: Rect,
}

/// Measures the box printed at `rect` on the page `frame` finds in `image`.
pub fn measure(image: &GrayImage, frame: &Frame, rect: Rect) -> Measured {
    let rect = align(image, frame, rect);
    // The inside, clear of the border even when the box is found a little off.
    let inset = 2.2;
    let steps = 12;
    let (mut sum, mut n) = (0.0, 0.0);
    for i in 0..steps {
        for j in 0..steps {
            let x = rect.x + inset + (rect.width - 2.0 * inset) * (i as f32 + 0.5) / steps as f32;
            let y = rect.y + inset + (rect.height - 2.0 * inset) * (j as f32 + 0.5) / steps as f32;
            sum += frame.sample(image, x, y);
            n += 1.0;
        }
    }
    let paper = paper_around(image, frame, rect);
    let share =
        |brightness: f32| ((1.0 - brightness / paper) / (1.0 - frame.ink_ratio)).clamp(0.0, 1.2);
    // Clear of the printed border (0.9 point wide on the box's edge) and of the letter.
    let ring = rect.outset(1.3);
    let around: Vec<f32> = perimeter(ring, 12).map(|(x, y)| frame.sample(image, x, y)).collect();
    Measured {
        ink: share(sum / n),
        spill: share(around.iter().sum::<f32>() / around.len() as f32),
        rect,
    }
}

/// The paper's brightness just outside the box: the median, so a stroke running over the
/// edge does not count.
fn paper_around(image: &GrayImage, frame: &Frame, rect: Rect) -> f32 {
    let mut seen = vec![];
    for d in [2.6, 3.4] {
        for (x, y) in perimeter(rect.outset(d), 24) {
            seen.push(frame.sample(image, x, y));
        }
    }
    median(&mut seen).max(1.0)
}

/// `n` points along each side of `rect`.
fn perimeter(rect: Rect, n: usize) -> impl Iterator<Item = (f32, f32)> {
    (0..n).flat_map(move |i| {
        let t = (i as f32 + 0.5) / n as f32;
        let (x, y) = (rect.x + t * rect.width, rect.y + t * rect.height);
        let (right, bottom) = (rect.x + rect.width, rect.y + rect.height);
        [(x, rect.y), (x, bottom), (rect.x, y), (right, y)]
    })
}

/// The box near `rect` whose printed border stands out most from the paper just outside
/// it: a coarse search over `REACH`, then a fine one around the best.
fn align(image: &GrayImage, frame: &Frame, rect: Rect) -> Rect {
    let contrast = |dx: f32, dy: f32| {
        let at = Rect { x: rect.x + dx, y: rect.y + dy, ..rect };
        let border: f32 = perimeter(at, 10).map(|(x, y)| frame.sample(image, x, y)).sum();
        let paper: f32 =
            perimeter(at.outset(1.6), 10).map(|(x, y)| frame.sample(image, x, y)).sum();
        paper - border
    };
    let search = |centre: (f32, f32), step: f32, reach: f32| {
        let n = (reach / step).round() as i32;
        let mut best = (f32::MIN, centre);
        for i in -n..=n {
            for j in -n..=n {
                let (dx, dy) = (centre.0 + i as f32 * step, centre.1 + j as f32 * step);
                let c = contrast(dx, dy);
                if c > best.0 {
                    best = (c, (dx, dy));
                }
            }
        }
        best.1
    };
    let coarse = search((0.0, 0.0), 1.0, REACH);
    let (dx, dy) = search(coarse, 0.25, 0.75);
    Rect { x: rect.x + dx, y: rect.y + dy, ..rect }
}

/// How one box was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Empty,
    Marked,
    /// Too light to call, or part of a question that needs a person to look.
    Uncertain,
}

/// One question's boxes decided together.
#[derive(Debug, Clone)]
pub struct Decision {
    /// For each box: the best guess of whether it was meant.
    pub chosen: Vec<bool>,
    pub states: Vec<State>,
    /// Whether a person must look at this question before it is saved.
    pub uncertain: bool,
    /// 0 to 1: how far the readings sit from the thresholds.
    pub confidence: f32,
}

/// Whether the marks on a page are mostly boxes filled in: then a filled box is a person's
/// way of marking, not a mark struck out.
pub fn fills_usual(measured: &[Measured]) -> bool {
    let marked = measured.iter().filter(|m| m.ink >= MARKED).count();
    let filled = measured.iter().filter(|m| m.ink >= FILLED).count();
    marked > 0 && filled * 2 >= marked
}

/// Decides one question from its boxes, as the sheet asks it to be answered: one box, or
/// any number for "tick all that apply". `fills` from [`fills_usual`].
pub fn decide(kind: ItemKind, boxes: &[Measured], fills: bool) -> Decision {
    let ink: Vec<f32> = boxes.iter().map(|m| m.ink).collect();
    let ink = ink.as_slice();
    let state = |s: f32| match s {
        s if s < EMPTY => State::Empty,
        s if s >= MARKED => State::Marked,
        _ => State::Uncertain,
    };
    let mut states: Vec<State> = ink.iter().map(|&s| state(s)).collect();
    // Any ink beyond a speck is the best guess of a mark, however light.
    let mut chosen: Vec<bool> = ink.iter().map(|&s| s >= EMPTY).collect();
    let read = chosen.clone();
    let marked = |i: usize| read[i];
    let filled: Vec<usize> = (0..ink.len()).filter(|&i| ink[i] >= FILLED).collect();
    let ticked: Vec<usize> = (0..ink.len()).filter(|&i| marked(i) && ink[i] < FILLED).collect();
    // Filled and inked over its edges: most likely a mark scribbled out.
    let struck: Vec<usize> = filled.iter().copied().filter(|&i| boxes[i].spill >= SPILL).collect();
    let mut uncertain = states.contains(&State::Uncertain);
    let one_answer = kind != ItemKind::Multi;
    for &i in &struck {
        chosen[i] = false;
    }
    // A box filled in beside boxes ticked is most often a mark scribbled out too.
    if !filled.is_empty() && !ticked.is_empty() {
        for &i in &filled {
            chosen[i] = false;
        }
    }
    let count = chosen.iter().filter(|c| **c).count();
    if !struck.is_empty() || (!filled.is_empty() && !ticked.is_empty()) || (one_answer && count > 1)
    {
        uncertain = true;
    }
    // A box filled in where this person ticks: perhaps an answer struck out.
    if !filled.is_empty() && !fills {
        uncertain = true;
    }
    if uncertain {
        for (i, s) in states.iter_mut().enumerate() {
            if marked(i) || *s == State::Uncertain || filled.contains(&i) {
                *s = State::Uncertain;
            }
        }
    }
    let margin = ink
        .iter()
        .map(|&s| ((s - EMPTY).abs().min((s - MARKED).abs()) / 0.03).min(1.0))
        .fold(1.0, f32::min);
    let confidence = if uncertain { margin.min(0.5) } else { margin.max(0.5) };
    Decision { chosen, states, uncertain, confidence }
}

/// The boxes of `boxes` that belong to each question, in the order printed.
pub fn by_item(boxes: &[SheetBox]) -> Vec<(&str, Vec<&SheetBox>)> {
    let mut out: Vec<(&str, Vec<&SheetBox>)> = vec![];
    for b in boxes {
        match out.last_mut() {
            Some((id, list)) if *id == b.item_id => list.push(b),
            _ => out.push((&b.item_id, vec![b])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxes(ink: &[f32]) -> Vec<Measured> {
        let rect = Rect { x: 0.0, y: 0.0, width: 11.0, height: 11.0 };
        ink.iter().map(|&ink| Measured { ink, spill: 0.0, rect }).collect()
    }

    #[test]
    fn one_tick_is_read_and_two_on_a_single_answer_question_are_not_trusted() {
        let one = decide(ItemKind::Single, &boxes(&[0.0, 0.4, 0.01, 0.0]), false);
        assert_eq!(one.chosen, [false, true, false, false]);
        assert!(!one.uncertain);
        let two = decide(ItemKind::Single, &boxes(&[0.0, 0.4, 0.3, 0.0]), false);
        assert!(two.uncertain);
        assert_eq!(two.chosen, [false, true, true, false]);
        let multi = decide(ItemKind::Multi, &boxes(&[0.0, 0.4, 0.3, 0.0]), false);
        assert!(!multi.uncertain);
    }

    #[test]
    fn a_light_mark_or_a_box_scribbled_out_asks_a_person() {
        let light = decide(ItemKind::Truefalse, &boxes(&[0.05, 0.0, 0.0]), false);
        assert!(light.uncertain);
        assert_eq!(light.states[0], State::Uncertain);
        let corrected = decide(ItemKind::Multi, &boxes(&[0.95, 0.0, 0.35]), true);
        assert!(corrected.uncertain);
        assert_eq!(corrected.chosen, [false, false, true]);
        let filled = decide(ItemKind::Agree, &boxes(&[0.0, 0.0, 0.9, 0.0, 0.0]), true);
        assert!(!filled.uncertain, "filled in by someone who fills boxes");
        assert_eq!(filled.chosen, [false, false, true, false, false]);
        let alone = decide(ItemKind::Agree, &boxes(&[0.0, 0.0, 0.9, 0.0, 0.0]), false);
        assert!(alone.uncertain, "filled in by someone who ticks: struck out?");
        let mut spilt = boxes(&[0.0, 0.9, 0.0]);
        spilt[1].spill = 0.3;
        assert!(decide(ItemKind::Single, &spilt, true).uncertain, "inked over its edges");
    }
}
