//! Taking a quiz: answers before and after training and at follow-up, on the kiosk or
//! on paper, and the one way they are graded and scored.

pub mod attempts;
pub mod kiosk;
pub mod scoring;

pub use scoring::{is_correct, score, Score};
