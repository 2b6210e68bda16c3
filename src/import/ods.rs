//! Bounds what calamine will hold for an `.ods`, before it opens the file.
//!
//! calamine parses every sheet of an `.ods` as it opens it, and OpenDocument lets one
//! element stand for many cells: `table:number-columns-repeated` and
//! `table:number-rows-repeated` repeat a cell or a row, and `<text:s text:c="N"/>` stands for
//! N spaces. calamine expands all three. A 1 KB file whose one row repeated a value across
//! 10,000 columns and 9,000 rows made it allocate 5.7 GB (its own cap is 100 M cells, about
//! 5 GB); one far cell made it allocate a 90 M-cell grid. This scan reads `content.xml` once,
//! as calamine will, and adds up what calamine would keep, so such a file is refused with a
//! clear error instead of exhausting memory.
//!
//! The count is an upper bound of calamine's: a cell counts as holding a value when it has
//! any value attribute, a value type or a formula (calamine keeps `Empty` for the rest), and
//! all text inside a cell counts. Anything the scan cannot read is left for calamine to
//! report in its own words.

use crate::output::{ErrorCode, Failure};
use quick_xml::events::{BytesStart, Event};
use std::path::Path;

use super::source::{MAX_COLUMNS, MAX_GRID_CELLS, reexport_hint};

/// calamine's own cap on an `.ods` sheet's rows (repeats beyond it are cut).
const MAX_ROWS: u64 = 1_048_576;
/// Text calamine would hold once repeated cells and `text:s` runs are expanded. A real
/// export of 100,000 units holds about 20 MB of text.
pub const MAX_TEXT_BYTES: u64 = 256 << 20;

/// `content.xml`, unpacked. quick-xml holds one whole element or text at a time, so this
/// also bounds what the count itself holds (a compressed file unpacks 1000-fold). A
/// million-row sheet takes about 500 MB.
pub const MAX_CONTENT_BYTES: u64 = 1 << 30;

/// What one sheet expands to.
#[derive(Debug, Default, Clone, PartialEq)]
struct Tally {
    /// Cells calamine reads before it builds the grid: per row element, up to its last
    /// value (a repeated row is stored once here).
    held: u64,
    /// Rows × columns of the grid between the first and the last value, repeats expanded.
    grid: u64,
    /// Text bytes once every repeat is expanded.
    text: u64,
}

/// Refuses an `.ods` whose sheets expand past [`MAX_GRID_CELLS`] cells or
/// [`MAX_TEXT_BYTES`] of text.
pub(super) fn check_ods_size(path: &Path) -> Result<(), Failure> {
    check(path, MAX_CONTENT_BYTES)
}

fn check(path: &Path, max_content: u64) -> Result<(), Failure> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let Ok(mut zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return Ok(());
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let shown = path.display();
    let mut total = Tally::default();
    let mut before = 0;
    let mut limited = std::io::Read::take(std::io::BufReader::new(content), max_content + 1);
    let over = scan(&mut limited, &shown.to_string(), |name, t| {
        total.held += t.held;
        total.grid += t.grid;
        total.text += t.text;
        let with = match before {
            0 => String::new(),
            n => crate::fl!("import-ods-with-before", sheets = n),
        };
        before += 1;
        if total.held > MAX_GRID_CELLS || total.grid > MAX_GRID_CELLS {
            let cells = total.held.max(total.grid);
            return Some(
                Failure::new(
                    ErrorCode::ImportTooLarge,
                    crate::fl!(
                        "import-ods-cells",
                        file = shown.to_string(),
                        sheet = format!("{name:?}"),
                        cells = cells,
                        with = with,
                        max = MAX_GRID_CELLS
                    ),
                )
                .hint(crate::fl!("import-grid-too-large-hint")),
            );
        }
        if total.text > MAX_TEXT_BYTES {
            return Some(
                Failure::new(
                    ErrorCode::ImportTooLarge,
                    crate::fl!(
                        "import-ods-text",
                        file = shown.to_string(),
                        sheet = format!("{name:?}"),
                        bytes = total.text,
                        with = with,
                        mib = MAX_TEXT_BYTES.checked_shr(20).unwrap_or(0)
                    ),
                )
                .hint(reexport_hint()),
            );
        }
        None
    });
    // Cut at the bound, the text may seem to end inside a sheet: the size is the error.
    if limited.limit() == 0 {
        return Err(Failure::new(
            ErrorCode::ImportTooLarge,
            crate::fl!(
                "import-ods-content",
                file = shown.to_string(),
                mib = max_content.checked_shr(20).unwrap_or(0)
            ),
        )
        .hint(reexport_hint()));
    }
    over.map_or(Ok(()), Err)
}

/// Reads `content.xml` and calls `sheet` with each sheet's name and tally, stopping at the
/// first `Some` it returns. An XML error ends the scan (calamine reports it); the sheet it
/// cut short is counted as far as it was read. `shown` names the file in errors.
fn scan<R: std::io::BufRead>(
    xml: R,
    shown: &str,
    mut sheet: impl FnMut(&str, &Tally) -> Option<Failure>,
) -> Option<Failure> {
    let mut r = quick_xml::Reader::from_reader(xml);
    // As calamine reads it: `<a/>` is a start and an end.
    r.config_mut().expand_empty_elements = true;
    r.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let mut table: Option<(String, Table)> = None;
    loop {
        buf.clear();
        let ev = match r.read_event_into(&mut buf) {
            // calamine holds what it read before it fails: a sheet cut short counts too.
            Err(_) => return table.and_then(|(name, t)| sheet(&name, &t.finish())),
            // calamine 0.38 loops for ever when the text ends between two rows of a sheet
            // (its row loop ignores the end of input): refuse it as damaged.
            Ok(Event::Eof) => {
                let (name, t) = table?;
                return sheet(&name, &t.finish()).or_else(|| {
                    Some(
                        Failure::new(
                            ErrorCode::ImportUnreadable,
                            crate::fl!(
                                "import-ods-truncated",
                                file = shown,
                                sheet = format!("{name:?}")
                            ),
                        )
                        .hint(reexport_hint()),
                    )
                });
            }
            Ok(ev) => ev,
        };
        let ended = match table.as_mut() {
            Some((_, t)) => t.event(&ev),
            None => {
                // calamine skips a table without a name.
                if let Event::Start(e) = &ev
                    && e.name().as_ref() == "table:table"
                    && let Some(name) = attr(e, "table:name")
                {
                    table = Some((name, Table::default()));
                }
                false
            }
        };
        if ended {
            let (name, t) = table.take()?;
            if let Some(f) = sheet(&name, &t.finish()) {
                return Some(f);
            }
        }
    }
}

/// One sheet as the scan goes.
#[derive(Default)]
struct Table {
    tally: Tally,
    /// Rows so far, repeats counted (capped as calamine caps them).
    rows: u64,
    /// Repeats of the row being read, and where its values start and end.
    row: Option<Row>,
    /// The cell being read: its repeats, whether it holds a value, its text so far.
    cell: Option<(u64, bool, u64)>,
    /// First and last row (repeats counted) and first and last column with a value.
    first_row: Option<u64>,
    end_row: u64,
    first_col: u64,
    end_col: u64,
}

struct Row {
    repeats: u64,
    col: u64,
    first: Option<u64>,
    end: u64,
}

impl Table {
    /// Takes one event; true at the end of the sheet.
    fn event(&mut self, ev: &Event) -> bool {
        // Inside a cell only its end matters (calamine reads or skips everything up to
        // it), and all of it counts as the cell's text.
        if self.cell.is_some() {
            match ev {
                Event::End(e)
                    if matches!(
                        e.name().as_ref(),
                        "table:table-cell" | "table:covered-table-cell"
                    ) =>
                {
                    self.end_cell()
                }
                Event::Start(e) if e.name().as_ref() == "text:s" => self.text(number(e, "text:c")),
                Event::Text(t) => self.text(t.len() as u64),
                // A paragraph break, a tab, an entity: a few bytes at most.
                Event::Start(_) | Event::GeneralRef(_) => self.text(4),
                _ => {}
            }
            return false;
        }
        match ev {
            Event::Start(e) => match e.name().as_ref() {
                "table:table-row" if self.row.is_none() => {
                    let asked = number(e, "table:number-rows-repeated");
                    self.row = Some(Row {
                        repeats: asked.min(MAX_ROWS.saturating_sub(self.rows)),
                        col: 0,
                        first: None,
                        end: 0,
                    });
                }
                "table:table-cell" | "table:covered-table-cell"
                    if self.row.is_some() && self.cell.is_none() =>
                {
                    let value = e.attributes().flatten().any(|a| {
                        matches!(
                            a.key.as_ref(),
                            "office:value"
                                | "office:string-value"
                                | "office:date-value"
                                | "office:time-value"
                                | "office:boolean-value"
                                | "office:value-type"
                                | "calcext:value-type"
                                | "table:formula"
                        )
                    });
                    // Values given as attributes are held as text too.
                    let text = e
                        .attributes()
                        .flatten()
                        .filter(|a| {
                            matches!(
                                a.key.as_ref(),
                                "office:string-value"
                                    | "office:date-value"
                                    | "office:time-value"
                                    | "table:formula"
                            )
                        })
                        .map(|a| a.value.len() as u64)
                        .sum();
                    self.cell = Some((number(e, "table:number-columns-repeated"), value, text));
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "table:table-row" => self.end_row(),
                "table:table" => return true,
                _ => {}
            },
            _ => {}
        }
        false
    }

    fn text(&mut self, n: u64) {
        if let Some((_, _, text)) = self.cell.as_mut() {
            *text = text.saturating_add(n);
        }
    }

    fn end_cell(&mut self) {
        let (Some((asked, value, text)), Some(row)) = (self.cell.take(), self.row.as_mut()) else {
            return;
        };
        // calamine cuts a row at MAX_COLUMNS cells.
        let repeats = asked.min(u64::from(MAX_COLUMNS) - row.col);
        if value && repeats > 0 {
            row.first.get_or_insert(row.col);
            row.end = row.col + repeats;
            let copies = repeats.saturating_mul(row.repeats);
            self.tally.text = self.tally.text.saturating_add(text.saturating_mul(copies));
        }
        row.col += repeats;
    }

    fn end_row(&mut self) {
        let Some(row) = self.row.take() else { return };
        // Empty cells after the last value are never stored.
        self.tally.held += row.end;
        if let Some(first) = row.first {
            if self.first_row.is_none() {
                self.first_row = Some(self.rows);
                self.first_col = first;
            }
            self.first_col = self.first_col.min(first);
            self.end_col = self.end_col.max(row.end);
            self.end_row = self.rows + row.repeats;
        }
        self.rows += row.repeats;
    }

    fn finish(self) -> Tally {
        let grid = match self.first_row {
            Some(first) => (self.end_row - first) * (self.end_col - self.first_col),
            None => 0,
        };
        Tally { grid, ..self.tally }
    }
}

fn attr(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| a.value.into_owned())
}

/// A repeat count; 1 when absent or unreadable (calamine refuses an unreadable one itself).
fn number(e: &BytesStart, key: &str) -> u64 {
    attr(e, key)
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#;

    fn content(tables: &[(&str, &str)]) -> String {
        let mut s = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:spreadsheet>"#
        );
        for (name, rows) in tables {
            s += &format!(r#"<table:table table:name="{name}">{rows}</table:table>"#);
        }
        s + "</office:spreadsheet></office:body></office:document-content>"
    }

    fn tallies(xml: &str) -> Vec<(String, Tally)> {
        let mut out = Vec::new();
        assert!(
            scan(xml.as_bytes(), "t.ods", |n, t| {
                out.push((n.to_owned(), t.clone()));
                None
            })
            .is_none()
        );
        out
    }

    fn cell(text: &str) -> String {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
        )
    }

    fn row(cells: &[String]) -> String {
        format!("<table:table-row>{}</table:table-row>", cells.concat())
    }

    #[test]
    fn a_plain_sheet_counts_its_cells_and_text() {
        let rows = row(&[cell("SN"), cell("SecretNo")]) + &row(&[cell("E30000000001"), cell("ab")]);
        let t = tallies(&content(&[("Sheet1", &rows)]));
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].0, "Sheet1");
        assert_eq!((t[0].1.held, t[0].1.grid), (4, 4));
        // Four texts, and 4 bytes for each paragraph.
        assert_eq!(t[0].1.text, (2 + 8 + 12 + 2) + 4 * 4);
    }

    #[test]
    fn trailing_formatted_empty_cells_and_rows_count_for_nothing() {
        // What LibreOffice writes below and right of a table: styled empty cells, repeated
        // to the sheet's edge.
        let rows = format!(
            r#"<table:table-row>{}<table:table-cell table:style-name="ce1" table:number-columns-repeated="1022"/></table:table-row><table:table-row table:style-name="ro1" table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#,
            cell("SN") + &cell("SecretNo")
        );
        let t = tallies(&content(&[("Sheet1", &rows)]));
        assert_eq!((t[0].1.held, t[0].1.grid), (2, 2));
    }

    #[test]
    fn repeats_expand_rows_columns_and_text() {
        let rows = r#"<table:table-row table:number-rows-repeated="9000"><table:table-cell table:number-columns-repeated="10000" office:value-type="string"><text:p>x<text:s text:c="99"/></text:p></table:table-cell></table:table-row>"#;
        let t = tallies(&content(&[("S", rows)]));
        assert_eq!(t[0].1.held, 10_000);
        assert_eq!(t[0].1.grid, 90_000_000);
        // A paragraph, "x" and 99 spaces, in every one of the 90 M cells.
        assert_eq!(t[0].1.text, (4 + 1 + 99) * 90_000_000);
    }

    #[test]
    fn one_far_cell_spans_the_grid_and_repeats_are_capped_as_calamine_caps_them() {
        let rows = row(&[cell("a")])
            + r#"<table:table-row table:number-rows-repeated="99999999"><table:table-cell/></table:table-row>"#
            + &format!(
                r#"<table:table-row><table:table-cell table:number-columns-repeated="99999"/>{}</table:table-row>"#,
                cell("b")
            );
        let t = tallies(&content(&[("S", &rows)]));
        // Rows stop at 1,048,576 and columns at 16,384: the far cell falls off the edge.
        assert_eq!(t[0].1.grid, 1);
        let rows = row(&[cell("a")])
            + r#"<table:table-row table:number-rows-repeated="9998"><table:table-cell/></table:table-row>"#
            + &format!(
                r#"<table:table-row><table:table-cell table:number-columns-repeated="9999"/>{}</table:table-row>"#,
                cell("b")
            );
        let t = tallies(&content(&[("S", &rows)]));
        assert_eq!(t[0].1.grid, 10_000 * 10_000);
        assert_eq!(t[0].1.held, 1 + 10_000);
    }

    #[test]
    fn every_named_sheet_is_counted_and_broken_xml_ends_quietly() {
        let one = row(&[cell("a")]);
        let t = tallies(&content(&[("A", &one), ("B", &one)]));
        assert_eq!(
            t.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["A", "B"]
        );
        // Broken inside its sheet: what was read before counts.
        let two = one.repeat(2);
        let whole = content(&[("A", &two)]);
        let broken = whole[..whole.rfind("<table:table-row>").unwrap()].to_owned()
            + "<table:table-row a=\"x";
        let t = tallies(&broken);
        assert_eq!((t[0].0.as_str(), t[0].1.held), ("A", 1));
        assert!(scan(&b"\xff\xfe<<<"[..], "t.ods", |_, _| unreachable!()).is_none());
    }

    #[test]
    fn content_over_the_unpacked_bound_is_refused_by_its_size() {
        use std::io::Write;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ods");
        let rows = row(&[cell("a")]).repeat(20_000);
        let xml = content(&[("A", &rows)]);
        assert!(xml.len() > 1 << 20);
        let mut z = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        z.start_file("content.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(xml.as_bytes()).unwrap();
        z.finish().unwrap();
        let e = check(&path, 1 << 20).unwrap_err();
        assert!(
            e.message.ends_with(
                "content.xml unpacks to more than 1 MiB; the file is damaged or not a real export"
            ),
            "{}",
            e.message
        );
        // Under a bound it fits, the same file passes.
        assert!(check(&path, 4 << 20).is_ok());
    }

    #[test]
    fn text_that_ends_between_rows_of_a_sheet_is_refused_as_damaged() {
        let whole = content(&[("A", &row(&[cell("a")]))]);
        let cut = &whole[..whole.find("</table:table>").unwrap()];
        let f = scan(cut.as_bytes(), "t.ods", |_, _| None).expect("refused");
        assert_eq!(
            f.message,
            "t.ods: content.xml ends inside sheet \"A\": the file is damaged"
        );
        // Ending after the sheet is calamine's to report.
        let after = &whole[..whole.find("</office:spreadsheet>").unwrap()];
        assert!(scan(after.as_bytes(), "t.ods", |_, _| None).is_none());
    }
}
