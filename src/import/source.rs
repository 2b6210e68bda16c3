//! Turning a file into sheets of cells: spreadsheets through calamine, CSV through the
//! `csv` crate after decoding (UTF-8 with or without BOM, else GBK).

use crate::output::{ErrorCode, Failure};
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
    pub fn open(
        path: &Path,
        format: FileFormat,
        opts: &super::ImportOptions,
    ) -> Result<Book, Failure> {
        let shown = path.display();
        if format == FileFormat::Csv {
            let bytes = read_csv_bytes(path, opts.max_cell_bytes)?;
            let (text, enc) = decode(&bytes).ok_or_else(|| {
                Failure::new(
                    ErrorCode::ImportUnreadable,
                    crate::fl!("import-csv-encoding", file = shown.to_string()),
                )
            })?;
            // Enough non-blank records to hold the header (and title rows above it) and one
            // row more than --max-rows: the reader then reports the bound, and a CSV of
            // millions of rows is not parsed whole first.
            let above = opts
                .header_row
                .map_or(super::HEADER_SCAN_ROWS as u64, u64::from);
            let keep = opts.max_rows.saturating_add(above).saturating_add(1);
            let rows = parse_csv(&text, keep).map_err(|e| {
                Failure::new(
                    ErrorCode::ImportUnreadable,
                    crate::fl!(
                        "import-csv-unreadable",
                        file = shown.to_string(),
                        error = e.to_string()
                    ),
                )
            })?;
            return Ok(Book::Csv(
                Some(Sheet {
                    name: None,
                    origin: (0, 0),
                    cells: Cells::Rows(rows),
                }),
                enc,
            ));
        }
        // (An xlsx's shared-strings claim is checked by the caller, `read_parsed`, before
        // any reader runs.)
        if format == FileFormat::Xls {
            super::xls::check_xls(path)?;
        }
        if format == FileFormat::Ods {
            super::ods::check_ods_size(path)?;
        }
        let wb = calamine::open_workbook_auto(path).map_err(|e| {
            Failure::caused_by(
                ErrorCode::ImportUnreadable,
                crate::fl!("import-not-spreadsheet", file = shown.to_string()),
                e,
            )
        })?;
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
                    Failure::new(
                        ErrorCode::ImportUnreadable,
                        crate::fl!("import-no-sheet", file = path.display().to_string()),
                    )
                })?;
                if let calamine::Sheets::Xlsx(x) = wb.as_mut() {
                    check_grid(x, &name, path)?;
                }
                let range = wb.worksheet_range(&name).map_err(|e| {
                    Failure::caused_by(
                        ErrorCode::ImportUnreadable,
                        crate::fl!(
                            "import-cannot-read-sheet",
                            file = path.display().to_string(),
                            sheet = format!("{name:?}")
                        ),
                        e,
                    )
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

/// Shared strings one row of an export may plausibly add (columns holding text).
const STRINGS_PER_ROW: u64 = 64;

/// calamine reserves room for as many shared strings as an xlsx's `uniqueCount` claims
/// before reading any: a 7 KB file claiming 4·10^12 aborted the process (96 TB). Refuse a
/// claim that the part's own size cannot hold (each string takes at least `<si><t/></si>`,
/// 12 bytes) or that no file within `--max-rows` needs. Anything unreadable here is left
/// for calamine to report in its words.
pub(super) fn check_shared_strings(path: &Path, max_rows: u64) -> Result<(), Failure> {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return Ok(());
    };
    let Some(name) = zip
        .file_names()
        .filter_map(Result::ok)
        .find(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml"))
        .map(|n| n.into_owned())
    else {
        return Ok(());
    };
    let Ok(entry) = zip.by_name(&name) else {
        return Ok(());
    };
    let size = entry.size();
    let mut head = Vec::new();
    if entry.take(4096).read_to_end(&mut head).is_err() {
        return Ok(());
    }
    let head = String::from_utf8_lossy(&head);
    let Some(claim) = head
        .split_once("uniqueCount=\"")
        .and_then(|(_, rest)| rest.split('"').next())
        .and_then(|n| n.trim().parse::<u64>().ok())
    else {
        return Ok(());
    };
    let most = (size / 12 + 1).min(max_rows.saturating_add(100).saturating_mul(STRINGS_PER_ROW));
    if claim > most {
        return Err(Failure::new(
            ErrorCode::ImportUnreadable,
            crate::fl!(
                "import-shared-strings-claim",
                file = path.display().to_string(),
                name = name.to_string(),
                size = size,
                claim = claim,
                max = max_rows
            ),
        ));
    }
    Ok(())
}

/// What to do with a file that is damaged or was not written by a spreadsheet program.
pub(super) fn reexport_hint() -> String {
    crate::fl!("import-reexport-hint")
}

/// Excel's last column is XFD: 16,384 columns.
pub const MAX_COLUMNS: u32 = 16_384;
/// Largest grid (rows × columns between the first and the last non-empty cell) a sheet may
/// span. Calamine allocates the whole grid, so without this a two-cell file with A1 and
/// XFD1048576 asks for 17 billion cells (found by fuzzing; README "Fuzzing"). 10 M cells is
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
    let unreadable = |e: calamine::XlsxError| {
        Failure::caused_by(
            ErrorCode::ImportUnreadable,
            crate::fl!(
                "import-cannot-read-sheet",
                file = shown.to_string(),
                sheet = format!("{name:?}")
            ),
            e,
        )
    };
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
        return Err(Failure::new(
            ErrorCode::ImportTooLarge,
            crate::fl!(
                "import-grid-too-large",
                file = shown.to_string(),
                sheet = format!("{name:?}"),
                rows = rows,
                cols = cols,
                last = column_letter(c1),
                cells = MAX_GRID_CELLS,
                columns = MAX_COLUMNS
            ),
        )
        .hint(crate::fl!("import-grid-too-large-hint")));
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

/// Reads a CSV file whole, except that it stops at the first cell longer than
/// `max_cell_bytes`, with an error naming its line and column: a file with one 100 MB line is
/// never held in memory. The count is a lower bound of the cell's decoded UTF-8 length
/// (quotes are not counted, GBK is shorter than UTF-8), so it never refuses a cell the
/// exact check after decoding would accept.
fn read_csv_bytes(path: &Path, max_cell_bytes: usize) -> Result<Vec<u8>, Failure> {
    use std::io::Read;
    let shown = path.display();
    let io = |e: std::io::Error| Failure::from(crate::io::FileError::read(path, e));
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    let mut scan = CellScan::default();
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        let n = match file.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io(e)),
        };
        let start = bytes.len();
        bytes.extend_from_slice(&chunk[..n]);
        if scan.delimiter.is_none() {
            // The delimiter as [`delimiter`] will pick it, from the first line (or as much
            // of it as has been read: only the column named in an error depends on it).
            let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            if text.contains(&b'\n') || n < chunk.len() {
                let line = text.split(|b| *b == b'\n').next().unwrap_or_default();
                scan.delimiter = Some(delimiter(&String::from_utf8_lossy(line)));
            }
        }
        let skip = if start == 0 && bytes.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        if let Some((line, col, len)) = scan.feed(&bytes[start + skip.min(n)..], max_cell_bytes) {
            return Err(Failure::new(
                ErrorCode::ImportTooLarge,
                crate::fl!(
                    "import-csv-cell-too-big",
                    file = shown.to_string(),
                    line = line,
                    column = column_letter(col),
                    max = max_cell_bytes,
                    len = len
                ),
            )
            .hint(crate::fl!("import-cell-too-big-hint")));
        }
    }
    Ok(bytes)
}

/// A running, quote-aware count of the current CSV cell's bytes.
#[derive(Default)]
struct CellScan {
    delimiter: Option<u8>,
    in_quotes: bool,
    /// 0-based physical line and column, bytes in the current cell.
    line: u64,
    col: u32,
    len: usize,
}

impl CellScan {
    /// Feeds bytes; returns (1-based line, 0-based column, bytes) of a cell over `max`.
    fn feed(&mut self, bytes: &[u8], max: usize) -> Option<(u64, u32, usize)> {
        for &b in bytes {
            match b {
                b'"' => self.in_quotes = !self.in_quotes,
                b'\n' => {
                    self.line += 1;
                    if !self.in_quotes {
                        self.col = 0;
                        self.len = 0;
                    }
                }
                b'\r' if !self.in_quotes => {}
                // Any of the candidate delimiters ends the count (a lower bound even when
                // it is not the file's delimiter); only the real one moves the column.
                b',' | b';' | b'\t' if !self.in_quotes => {
                    if self.delimiter.is_none_or(|d| d == b) {
                        self.col += 1;
                    }
                    self.len = 0;
                }
                _ => {
                    self.len += 1;
                    if self.len > max {
                        return Some((self.line + 1, self.col, self.len));
                    }
                }
            }
        }
        None
    }
}

fn parse_csv(text: &str, keep: u64) -> Result<Vec<Vec<Data>>, csv::Error> {
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut non_blank = 0u64;
    while rdr.read_record(&mut rec)? {
        if rec.iter().any(|c| !c.trim().is_empty()) {
            non_blank += 1;
            if non_blank > keep {
                break;
            }
        }
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
    fn the_csv_cell_scan_counts_one_cell_at_a_time() {
        let scan = |text: &str, max: usize| {
            let mut s = CellScan {
                delimiter: Some(b','),
                ..CellScan::default()
            };
            s.feed(text.as_bytes(), max)
        };
        // Quoted delimiters, doubled quotes and a quoted newline stay in their cell.
        assert_eq!(scan("sn,rem\nA1,\"ab,c\"\"d\ne\"\n", 5), Some((3, 1, 6)));
        assert_eq!(scan("sn,rem\nA1,\"ab,c\"\"d\ne\"\n", 6), None);
        // Column and line of the long cell; CR of CRLF is not counted.
        assert_eq!(scan("a,b\r\nc,dddd\r\n", 3), Some((2, 1, 4)));
        assert_eq!(scan("a,b\r\nc,ddd\r\n", 3), None);
    }

    #[test]
    fn delimiter_follows_the_first_line() {
        assert_eq!(delimiter("sn;secret\n1;2"), b';');
        assert_eq!(delimiter("sn\tsecret"), b'\t');
        assert_eq!(delimiter("sn"), b',');
    }
}
