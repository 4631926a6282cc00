//! What people learned and kept: the figures (evaluation, with its statistics), the view
//! the Results page shows, the charts, the exports, and sample data to look around with.

pub mod charts;
pub mod demo;
pub mod evaluation;
pub mod export;
pub mod items;
pub mod programme;
pub mod roleplay;
pub mod stats;
pub mod syntax;
pub mod view;
pub mod workbook;
