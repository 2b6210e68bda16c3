//! Turning a file into sheets of cells: spreadsheets through calamine, CSV through the
//! `csv` crate after decoding (UTF-8 with or without BOM, else GBK).

use crate::output::Failure;
use calamine::{Data, Reader};
use std::path::Path;

/// One sheet's cells, rows as the file has them.
pub struct Sheet {
    /// `None` for CSV (it has no sheets).
    pub name: Option<String>,
    /// 0-based row and column of the first cell in `rows` (calamine ranges need not start
    /// at A1).
    pub origin: (u32, u32),
    cells: Cells,
}

/// A calamine range is kept as it is (no copy of every cell); CSV rows as parsed.
enum Cells {
    Range(calamine::Range<Data>),
    Rows(Vec<Vec<Data>>),
}

impl Sheet {
    /// The rows, borrowed.
    pub fn rows(&self) -> Vec<&[Data]> {
        match &self.cells {
            Cells::Range(r) => r.rows().collect(),
            Cells::Rows(v) => v.iter().map(Vec::as_slice).collect(),
        }
    }
}

/// How the bytes of a CSV were decoded, for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    Utf8Bom,
    Utf8,
    Gbk,
}

/// The file's kind, from its extension (or `--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
    Csv,
}

impl FileFormat {
    pub fn from_path(p: &Path) -> Option<FileFormat> {
        Some(
            match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
                "xlsx" => FileFormat::Xlsx,
                "xlsm" => FileFormat::Xlsm,
                "xlsb" => FileFormat::Xlsb,
                "xls" => FileFormat::Xls,
                "ods" => FileFormat::Ods,
                "csv" | "txt" => FileFormat::Csv,
                _ => return None,
            },
        )
    }
}

/// Lazily loads the sheets of a workbook, so that picking "the first sheet with a header"
/// does not parse sheets after it.
pub enum Book {
    Workbook(
        Box<calamine::Sheets<std::io::BufReader<std::fs::File>>>,
        Vec<String>,
    ),
    Csv(Option<Sheet>, Encoding),
}

impl Book {
    pub fn open(path: &Path, format: FileFormat) -> Result<Book, Failure> {
        let shown = path.display();
        if format == FileFormat::Csv {
            let bytes = std::fs::read(path)
                .map_err(|e| Failure::io(format!("cannot read {shown}: {e}")))?;
            let (text, enc) = decode(&bytes).ok_or_else(|| {
                Failure::data(format!(
                    "{shown}: neither UTF-8 nor GBK text; save the CSV as UTF-8"
                ))
            })?;
            let rows = parse_csv(&text).map_err(|e| Failure::data(format!("{shown}: {e}")))?;
            return Ok(Book::Csv(
                Some(Sheet {
                    name: None,
                    origin: (0, 0),
                    cells: Cells::Rows(rows),
                }),
                enc,
            ));
        }
        let wb = calamine::open_workbook_auto(path)
            .map_err(|e| Failure::data(format!("{shown}: cannot read it as a spreadsheet: {e}")))?;
        let names = wb.sheet_names();
        Ok(Book::Workbook(Box::new(wb), names))
    }

    pub fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Workbook(_, n) => n.clone(),
            Book::Csv(..) => Vec::new(),
        }
    }

    pub fn encoding(&self) -> Option<Encoding> {
        match self {
            Book::Csv(_, e) => Some(*e),
            Book::Workbook(..) => None,
        }
    }

    /// Loads the sheet at `index` (CSV: the one and only sheet, once).
    pub fn load(&mut self, path: &Path, index: usize) -> Result<Sheet, Failure> {
        match self {
            Book::Csv(sheet, _) => Ok(sheet.take().unwrap_or(Sheet {
                name: None,
                origin: (0, 0),
                cells: Cells::Rows(Vec::new()),
            })),
            Book::Workbook(wb, names) => {
                // A workbook with no sheet at all reaches here (found by fuzzing).
                let name = names.get(index).cloned().ok_or_else(|| {
                    Failure::data(format!("{}: the workbook has no sheet", path.display()))
                })?;
                if let calamine::Sheets::Xlsx(x) = wb.as_mut() {
                    check_grid(x, &name, path)?;
                }
                let range = wb.worksheet_range(&name).map_err(|e| {
                    Failure::data(format!(
                        "{}: cannot read sheet {name:?}: {e}",
                        path.display()
                    ))
                })?;
                let origin = range.start().unwrap_or((0, 0));
                Ok(Sheet {
                    name: Some(name),
                    origin,
                    cells: Cells::Range(range),
                })
            }
        }
    }
}

/// Excel's last column is XFD: 16,384 columns.
pub const MAX_COLUMNS: u32 = 16_384;
/// Largest grid (rows × columns between the first and the last non-empty cell) a sheet may
/// span. Calamine allocates the whole grid, so without this a two-cell file with A1 and
/// XFD1048576 asks for 17 billion cells (found by fuzzing, docs/fuzz.md). 10 M cells is
/// 100,000 rows of 100 columns.
pub const MAX_GRID_CELLS: u64 = 10_000_000;

/// Streams an `.xlsx` sheet once, allocating nothing, and refuses it when its used grid is
/// beyond [`MAX_COLUMNS`] or [`MAX_GRID_CELLS`], before calamine loads it as a `Range`.
fn check_grid<RS: std::io::Read + std::io::Seek>(
    x: &mut calamine::Xlsx<RS>,
    name: &str,
    path: &Path,
) -> Result<(), Failure> {
    let shown = path.display();
    let unreadable =
        |e: calamine::XlsxError| Failure::data(format!("{shown}: cannot read sheet {name:?}: {e}"));
    let mut cells = x.worksheet_cells_reader(name).map_err(unreadable)?;
    let (mut r0, mut r1, mut c0, mut c1) = (u32::MAX, 0, u32::MAX, 0);
    while let Some(c) = cells.next_cell().map_err(unreadable)? {
        if matches!(c.get_value(), calamine::DataRef::Empty) {
            continue;
        }
        let (r, col) = c.get_position();
        (r0, r1, c0, c1) = (r0.min(r), r1.max(r), c0.min(col), c1.max(col));
    }
    if r0 > r1 {
        return Ok(());
    }
    let (rows, cols) = (u64::from(r1 - r0) + 1, u64::from(c1 - c0) + 1);
    if c1 >= MAX_COLUMNS || rows * cols > MAX_GRID_CELLS {
        return Err(Failure::data(format!(
            "{shown}: sheet {name:?} spans {rows} rows × {cols} columns (to column {}), over \
             the limit of {MAX_GRID_CELLS} cells and {MAX_COLUMNS} columns",
            column_letter(c1)
        ))
        .hint(
            "delete the stray cells far below or right of the table, or export the table alone",
        ));
    }
    Ok(())
}

/// BOM first, then strict UTF-8, then GBK (what Chinese Windows Excel writes).
pub fn decode(bytes: &[u8]) -> Option<(String, Encoding)> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .ok()
            .map(|s| (s.to_owned(), Encoding::Utf8Bom));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Some((s.to_owned(), Encoding::Utf8));
    }
    let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(bytes);
    (!had_errors).then(|| (text.into_owned(), Encoding::Gbk))
}

/// Comma unless the first line clearly uses semicolons or tabs (European Excel, "text").
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let count = |c: char| first.matches(c).count();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (count(*d as char), *d == b','))
        .unwrap_or(b',')
}

fn parse_csv(text: &str) -> Result<Vec<Vec<Data>>, csv::Error> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    while rdr.read_record(&mut rec)? {
        rows.push(
            rec.iter()
                .map(|c| {
                    if c.is_empty() {
                        Data::Empty
                    } else {
                        Data::String(c.to_owned())
                    }
                })
                .collect(),
        );
    }
    Ok(rows)
}

/// Excel's column name for a 0-based index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(mut i: u32) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// The 0-based index of an Excel column name (`C`, `aa`), if it is one.
pub fn parse_column_letter(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut n: u32 = 0;
    for b in s.bytes() {
        n = n * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1;
    }
    Some(n - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_round_trip() {
        for (i, s) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (51, "AZ"),
            (52, "BA"),
            (701, "ZZ"),
            (702, "AAA"),
        ] {
            assert_eq!(column_letter(i), s);
            assert_eq!(parse_column_letter(s), Some(i));
        }
        assert_eq!(parse_column_letter("序列号"), None);
        assert_eq!(parse_column_letter("A1"), None);
    }

    #[test]
    fn decoding_tries_bom_then_utf8_then_gbk() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFsn").unwrap(),
            ("sn".into(), Encoding::Utf8Bom)
        );
        assert_eq!(decode("序列号".as_bytes()).unwrap().1, Encoding::Utf8);
        let (gbk, _, _) = encoding_rs::GBK.encode("序列号,密钥");
        assert_eq!(decode(&gbk).unwrap(), ("序列号,密钥".into(), Encoding::Gbk));
    }

    #[test]
    fn delimiter_follows_the_first_line() {
        assert_eq!(delimiter("sn;secret\n1;2"), b';');
        assert_eq!(delimiter("sn\tsecret"), b'\t');
        assert_eq!(delimiter("sn"), b',');
    }
}
