//! CSV files that people open in a spreadsheet: RFC 4180 quoting, CRLF line ends, and no
//! cell a spreadsheet would run as a formula — every cell of every file, headers included.

use std::borrow::Cow;
use std::io::Write;

use crate::{Error, Result};

/// A text cell as a spreadsheet will show it, never run: cells starting with = + - @
/// (or a tab or carriage return, which some programs skip first) get a leading '.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// Writes CSV rows, each cell neutralised.
pub struct CsvOut<W: Write> {
    writer: csv::Writer<W>,
}

fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e.into(),
        other => Error::Io(std::io::Error::other(format!("{other:?}"))),
    }
}

impl<W: Write> CsvOut<W> {
    pub fn new(out: W) -> CsvOut<W> {
        CsvOut::with_delimiter(out, b',')
    }

    /// Cells separated by `delimiter`: `;` where the comma is the decimal mark.
    pub fn with_delimiter(out: W, delimiter: u8) -> CsvOut<W> {
        CsvOut {
            writer: csv::WriterBuilder::new()
                .delimiter(delimiter)
                .terminator(csv::Terminator::CRLF)
                .from_writer(out),
        }
    }

    pub fn row<I, S>(&mut self, cells: I) -> Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.writer
            .write_record(cells.into_iter().map(|c| neutralise(c.as_ref()).into_owned()))
            .map_err(csv_error)
    }

    pub fn flush(&mut self) -> Result<()> {
        Ok(self.writer.flush()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formula_cells_are_neutralised_and_others_left_alone() {
        for cell in ["=1+1", "+33 1", "-2", "@SUM(A1)", "\tx", "\r=x"] {
            assert_eq!(neutralise(cell), format!("'{cell}"));
        }
        for cell in ["Lisboa", "", "12", "Évora = fine", "K7M-R4T"] {
            assert_eq!(neutralise(cell), cell);
        }
    }

    proptest! {
        /// Whatever the cells hold, each reads back as itself, or as itself after a ' when
        /// it starts with = + - @, a tab or a carriage return: never as a formula.
        #[test]
        fn no_cell_is_ever_a_formula(cells in proptest::collection::vec(any::<String>(), 1..6)) {
            let mut out = CsvOut::new(Vec::new());
            out.row(&cells).unwrap();
            out.flush().unwrap();
            let bytes = out.writer.into_inner().unwrap();
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(bytes.as_slice());
            let record = reader.records().next().unwrap().unwrap();
            prop_assert_eq!(record.len(), cells.len());
            for (read, written) in record.iter().zip(&cells) {
                prop_assert!(!read.starts_with(['=', '+', '-', '@', '\t', '\r']));
                let expected = neutralise(written);
                prop_assert_eq!(read, expected.as_ref());
            }
        }
    }
}
