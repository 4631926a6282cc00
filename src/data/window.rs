//! The window's size, kept beside the database rather than in it (the window opens before
//! the passphrase is given), and fitted to the screen it opens on: a 1024×768 laptop or a
//! projector shows every edge.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::data::files::write_whole;
use crate::Result;

const FILE: &str = "window.json";

/// A size in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// How the window was left.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    pub size: Size,
    pub maximized: bool,
}

/// The size of a first start.
pub const DEFAULT: Size = Size { width: 1280.0, height: 800.0 };
/// Below this the pages do not fit (the window refuses to shrink further).
pub const MIN: Size = Size { width: 720.0, height: 540.0 };
/// Room kept for the title bar and borders that the window manager adds.
const FRAME: Size = Size { width: 16.0, height: 48.0 };

/// The placement saved in `dir`, if any and readable.
pub fn load(dir: &Path) -> Option<Placement> {
    let text = std::fs::read(dir.join(FILE)).ok()?;
    let placement: Placement = serde_json::from_slice(&text).ok()?;
    let Size { width, height } = placement.size;
    (width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0).then_some(placement)
}

/// Saves `placement` in `dir`.
pub fn save(dir: &Path, placement: &Placement) -> Result<()> {
    let bytes = serde_json::to_vec(placement).map_err(|e| crate::Error::Io(e.into()))?;
    write_whole(&dir.join(FILE), &bytes)
}

/// `wanted` made to fit `screen` (its work area), frame included, and never below
/// [`MIN`] unless the screen itself is smaller.
pub fn fit(wanted: Size, screen: Size) -> Size {
    let room = Size {
        width: (screen.width - FRAME.width).max(1.0),
        height: (screen.height - FRAME.height).max(1.0),
    };
    Size {
        width: wanted.width.max(MIN.width).min(room.width),
        height: wanted.height.max(MIN.height).min(room.height),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_fits_a_small_screen_and_keeps_its_size_on_a_large_one() {
        let small = fit(DEFAULT, Size { width: 1024.0, height: 768.0 });
        assert!(small.width + FRAME.width <= 1024.0 && small.height + FRAME.height <= 768.0);
        assert_eq!(fit(DEFAULT, Size { width: 1920.0, height: 1080.0 }), DEFAULT);
        let tiny = Size { width: 100.0, height: 100.0 };
        assert_eq!(fit(tiny, Size { width: 1920.0, height: 1080.0 }), MIN);
    }

    #[test]
    fn a_saved_placement_comes_back_and_a_damaged_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()), None);
        let placement = Placement { size: Size { width: 1100.0, height: 700.0 }, maximized: true };
        save(dir.path(), &placement).unwrap();
        assert_eq!(load(dir.path()), Some(placement));
        std::fs::write(dir.path().join(FILE), b"{\"size\":{\"width\":-1").unwrap();
        assert_eq!(load(dir.path()), None);
        std::fs::write(
            dir.path().join(FILE),
            br#"{"size":{"width":0,"height":5},"maximized":false}"#,
        )
        .unwrap();
        assert_eq!(load(dir.path()), None);
    }
}
