//! The fast path for `.xlsx`: the sheet is streamed cell by cell with calamine's cells
//! reader and each row is checked as soon as it is complete, instead of first building a
//! `Range` of the whole sheet. Texts stay borrowed from the workbook's shared-strings table
//! (no copy of every cell), and no sheet-sized grid is allocated: on a 100,000-row export
//! the `Range` was a third of the reading time.
//!
//! The result must be exactly what the general path ([`super::read_loaded`]) gives, whose
//! column mapping spans the columns used anywhere in the sheet. Streaming fixes that span
//! from the rows down to the header and declines (returns `None`, and the caller reads the
//! file the general way) whenever the file could make the two differ: a later cell outside
//! that span, rows out of order, no header on the sheet tried first, or any file-level
//! failure (the general path then reports it in its own words). Exports as consoles and
//! Excel write them take the fast path; odd ones only cost a second read.

use super::source::{Book, FileFormat};
use super::{
    Export, HEADER_SCAN_ROWS, ImportOptions, Reading, RecordSink, cells, explicit_sn,
    is_header_row, sheet_index,
};
use crate::output::Failure;
use calamine::DataRef;

/// A row as it came: its 0-based number and its non-empty cells `(column, value)`.
type SparseRow<'a> = (u32, Vec<(u32, DataRef<'a>)>);

/// Reads the sheet by streaming, or `None` when the general path must do it. A bound
/// (`--max-rows`, `--max-cell-bytes`) exceeded is an answer, not a reason to decline.
pub(super) fn read_streamed(
    book: &mut Book,
    shown: &str,
    format: FileFormat,
    opts: &ImportOptions,
    sink: Option<RecordSink>,
) -> Option<Result<Export, Failure>> {
    let Book::Workbook(wb, names) = book else {
        return None;
    };
    let calamine::Sheets::Xlsx(xlsx) = wb.as_mut() else {
        return None;
    };
    let index = match &opts.sheet {
        Some(want) => sheet_index(names, want)?,
        None => 0,
    };
    let name = names.get(index)?.clone();
    let mut cells = xlsx.worksheet_cells_reader(&name).ok()?;
    // The sheet's own idea of its size, for capacity only (capped: it may lie).
    let rows_hint = cells.dimensions().end.0.min(1 << 20) as usize;
    let next = move || {
        let c = cells.next_cell().ok()?;
        Some(c.map(|c| {
            let (r, col) = c.get_position();
            (r, col, c.get_value().clone())
        }))
    };
    stream_sheet(next, rows_hint, name, shown, format, opts, sink)
}

/// A sheet's cells in file order: `None` when the source cannot go on (the caller then
/// declines), `Some(None)` at the end of the sheet.
pub(super) type NextCell<'a> = Option<Option<(u32, u32, DataRef<'a>)>>;

/// The rows of a sheet whose cells come one by one from `next` (calamine's cells reader or
/// [`super::fast`]), checked as each row completes. `None` declines (see the module doc).
pub(super) fn stream_sheet<'a>(
    mut next: impl FnMut() -> NextCell<'a>,
    rows_hint: usize,
    name: String,
    shown: &str,
    format: FileFormat,
    opts: &ImportOptions,
    sink: Option<RecordSink>,
) -> Option<Result<Export, Failure>> {
    // The first rows, down to the end of the header search, kept whole: they fix the span
    // of columns. `carry` is the first cell beyond them.
    let mut head: Vec<SparseRow> = Vec::new();
    let mut carry = None;
    while let Some(c) = next()? {
        if matches!(c.2, DataRef::Empty) {
            continue;
        }
        let (r, col) = (c.0, c.1);
        let limit = match opts.header_row {
            Some(n) => n.checked_sub(1)?,
            None => head.first().map_or(r, |h| h.0) + HEADER_SCAN_ROWS as u32 - 1,
        };
        if r > limit {
            carry = Some(c);
            break;
        }
        match head.last_mut() {
            Some((last, row)) if *last == r => row.push((col, c.2)),
            Some((last, _)) if *last > r => return None,
            _ => head.push((r, vec![(col, c.2)])),
        }
    }
    let origin_row = head.first()?.0;
    let header = match opts.header_row {
        Some(n) => {
            let hr = n - 1;
            let sheet_reaches = carry.is_some() || head.last().is_some_and(|h| h.0 >= hr);
            if hr < origin_row || !sheet_reaches {
                return None;
            }
            hr
        }
        None => {
            let explicit = explicit_sn(opts);
            head.iter()
                .find(|(_, row)| is_header_row(row.iter().map(|(_, v)| v.clone()), &explicit))?
                .0
        }
    };
    let min_col = head.iter().flat_map(|h| &h.1).map(|c| c.0).min()?;
    let max_col = head.iter().flat_map(|h| &h.1).map(|c| c.0).max()?;
    if max_col >= super::source::MAX_COLUMNS {
        // Beyond Excel's columns: the general path refuses the file in its own words.
        return None;
    }
    let width = (max_col - min_col + 1) as usize;
    let mut buf: Vec<DataRef> = vec![DataRef::Empty; width];
    // Within a row, a later cell at the same place wins, as in calamine's `Range`.
    fn put<'a>(
        buf: &mut [DataRef<'a>],
        (min, max): (u32, u32),
        col: u32,
        v: DataRef<'a>,
    ) -> Option<()> {
        if col < min || col > max {
            return None;
        }
        buf[(col - min) as usize] = v;
        Some(())
    }
    let span = (min_col, max_col);
    let mut header_cells = vec![String::new(); width];
    if let Some((_, row)) = head.iter().find(|h| h.0 == header) {
        for (col, v) in row {
            header_cells[(col - min_col) as usize] = cells::plain_text(v).unwrap_or_default();
        }
    }
    let mut reading = Reading::start(
        shown.to_owned(),
        Some(name),
        header_cells,
        (origin_row, min_col),
        (header - origin_row) as usize,
        rows_hint,
        opts,
        sink,
    )
    .ok()?;
    for (r, row) in head.iter().filter(|h| h.0 > header) {
        buf.fill(DataRef::Empty);
        for (col, v) in row {
            put(&mut buf, span, *col, v.clone())?;
        }
        if let Err(f) = reading.row(r + 1, &buf) {
            return Some(Err(f));
        }
    }
    drop(head);

    // The rest of the sheet, one row at a time.
    buf.fill(DataRef::Empty);
    let mut current: Option<u32> = None;
    let mut pending = carry;
    loop {
        let (r, col, value) = match pending.take() {
            Some(c) => c,
            None => match next()? {
                Some(c) => c,
                None => break,
            },
        };
        if matches!(value, DataRef::Empty) {
            continue;
        }
        match current {
            Some(cur) if r < cur => return None,
            Some(cur) if r > cur => {
                if let Err(f) = reading.row(cur + 1, &buf) {
                    return Some(Err(f));
                }
                buf.fill(DataRef::Empty);
                current = Some(r);
            }
            Some(_) => {}
            None => current = Some(r),
        }
        put(&mut buf, span, col, value)?;
    }
    if let Some(cur) = current
        && let Err(f) = reading.row(cur + 1, &buf)
    {
        return Some(Err(f));
    }
    Some(Ok(reading.finish(format, None)))
}

#[cfg(test)]
pub(in crate::import) mod tests {
    use super::*;
    use crate::import::read_loaded;
    use rust_xlsxwriter::Workbook;
    use std::path::Path;

    const HEADERS: [&str; 6] = [
        "序列号",
        "SecretNo",
        "设备ID",
        "二维码链接",
        "型号ID",
        "备注",
    ];
    const URL: &str = "https://open.work.weixin.qq.com/connect/hardware?hw_code=";

    /// Everything a reader returns, secrets included (their `Debug` is masked).
    fn shown(e: &Export) -> String {
        let secrets: Vec<&str> = e.records.iter().map(|r| r.secret_no.expose()).collect();
        format!("{e:?}\n{secrets:?}")
    }

    fn settled(mut e: Export) -> Export {
        let r = std::mem::take(&mut e.records);
        e.settle(r);
        e
    }

    /// (streamed, loaded the general way). The fast reader ([`super::super::fast`]) must
    /// give what the general way gives whenever it does not decline.
    fn both(path: &Path, opts: &ImportOptions) -> (Option<String>, String) {
        let (streamed, loaded, fast) = all_three(path, opts);
        if let Some(fast) = fast {
            assert_eq!(fast, loaded, "fast reader differs on {path:?} {opts:?}");
        }
        (streamed, loaded)
    }

    /// (calamine streamed, loaded the general way, the fast reader).
    pub(in crate::import) fn all_three(
        path: &Path,
        opts: &ImportOptions,
    ) -> (Option<String>, String, Option<String>) {
        let name = path.display().to_string();
        let fast =
            super::super::fast::read(path, &name, FileFormat::Xlsx, opts, None).map(|e| match e {
                Ok(e) => shown(&settled(e)),
                Err(f) => format!("error: {f}"),
            });
        let mut book = Book::open(path, FileFormat::Xlsx, opts).unwrap();
        let streamed = read_streamed(&mut book, &name, FileFormat::Xlsx, opts, None)
            .map(|e| shown(&settled(e.unwrap())));
        let book = Book::open(path, FileFormat::Xlsx, opts).unwrap();
        let loaded = match read_loaded(book, path, &name, FileFormat::Xlsx, opts, None) {
            Ok(e) => shown(&settled(e)),
            Err(f) => format!("error: {f}"),
        };
        (streamed, loaded, fast)
    }

    /// A console-like sheet at (`row0`, `col0`): title, headers, rows with the usual faults
    /// (numeric SNs exact and lossy, a blank and a whitespace row between data rows, a
    /// duplicate, a wrong URL, a trailing whitespace row).
    fn write_sheet(ws: &mut rust_xlsxwriter::Worksheet, row0: u32, col0: u16) {
        ws.write_string(row0, col0, "设备注册导出").unwrap();
        for (i, h) in HEADERS.iter().enumerate() {
            ws.write_string(row0 + 1, col0 + i as u16, *h).unwrap();
        }
        let mut r = row0 + 2;
        for i in 0..6u32 {
            let sn = format!("E3{:010}", i + 1);
            ws.write_string(r, col0, &sn).unwrap();
            ws.write_string(r, col0 + 1, format!("{:032x}", i + 1))
                .unwrap();
            ws.write_string(r, col0 + 2, (7000 + i).to_string())
                .unwrap();
            ws.write_string(r, col0 + 3, format!("{URL}c{i}")).unwrap();
            ws.write_string(r, col0 + 4, "wwm_A1").unwrap();
            if i % 2 == 0 {
                ws.write_string(r, col0 + 5, "样机").unwrap();
            }
            r += 1;
        }
        r += 1; // a blank row
        ws.write_string(r, col0, "   ").unwrap(); // a whitespace row
        r += 1;
        ws.write_number(r, col0, 3389153100001.0).unwrap();
        ws.write_string(r, col0 + 1, "00000000000000000000000000000aa1")
            .unwrap();
        r += 1;
        ws.write_number(r, col0, 1.2345678901234567e19).unwrap();
        ws.write_string(r, col0 + 1, "00000000000000000000000000000aa2")
            .unwrap();
        r += 1;
        ws.write_string(r, col0, "E30000000001").unwrap(); // duplicate
        ws.write_string(r, col0 + 1, "00000000000000000000000000000aa3")
            .unwrap();
        ws.write_string(r, col0 + 3, "https://example.com/x")
            .unwrap();
        r += 1;
        ws.write_string(r, col0 + 2, " ").unwrap(); // trailing whitespace row
    }

    fn workbook(dir: &Path, name: &str, f: impl FnOnce(&mut Workbook)) -> std::path::PathBuf {
        let mut wb = Workbook::new();
        f(&mut wb);
        let path = dir.join(name);
        wb.save(&path).unwrap();
        path
    }

    #[test]
    fn streaming_gives_what_the_general_path_gives() {
        let dir = tempfile::tempdir().unwrap();
        let plain = workbook(dir.path(), "plain.xlsx", |wb| {
            write_sheet(wb.add_worksheet(), 0, 0)
        });
        let offset = workbook(dir.path(), "offset.xlsx", |wb| {
            write_sheet(wb.add_worksheet(), 3, 2)
        });
        let second = workbook(dir.path(), "second.xlsx", |wb| {
            let notes = wb.add_worksheet().set_name("说明").unwrap();
            notes.write_string(0, 0, "read me").unwrap();
            write_sheet(wb.add_worksheet().set_name("devices").unwrap(), 0, 0);
        });
        let cases = [
            (&plain, ImportOptions::default()),
            (&offset, ImportOptions::default()),
            (
                &plain,
                ImportOptions {
                    header_row: Some(2),
                    ..ImportOptions::default()
                },
            ),
            (
                &second,
                ImportOptions {
                    sheet: Some("2".into()),
                    ..ImportOptions::default()
                },
            ),
            (
                &plain,
                ImportOptions {
                    columns: vec!["remark=E".parse().unwrap()],
                    ..ImportOptions::default()
                },
            ),
        ];
        for (path, opts) in &cases {
            let (streamed, loaded, fast) = all_three(path, opts);
            // Exports as rust_xlsxwriter (and consoles) write them take the fast reader.
            assert_eq!(
                fast.as_deref(),
                Some(loaded.as_str()),
                "{path:?} {opts:?}: fast reader"
            );
            let streamed = streamed.unwrap_or_else(|| panic!("{path:?} {opts:?} not streamed"));
            assert_eq!(streamed, loaded, "{path:?} {opts:?}");
            // The fixture's faults are all there.
            for want in [
                "blank row skipped",
                "repeats row",
                "numeric cell read as",
                "cannot be read exactly",
                "not a static bind URL",
            ] {
                assert!(streamed.contains(want), "{path:?} {opts:?}: no {want:?}");
            }
        }
    }

    #[test]
    fn streaming_declines_what_it_cannot_match_exactly() {
        let dir = tempfile::tempdir().unwrap();
        // A cell right of the header's columns widens the general path's mapping.
        let stray = workbook(dir.path(), "stray.xlsx", |wb| {
            let ws = wb.add_worksheet();
            write_sheet(ws, 0, 0);
            ws.write_string(40, 9, "note").unwrap();
        });
        let second = workbook(dir.path(), "second.xlsx", |wb| {
            wb.add_worksheet().write_string(0, 0, "read me").unwrap();
            write_sheet(wb.add_worksheet(), 0, 0);
        });
        let cases = [
            (&stray, ImportOptions::default()),
            // The header is on the second sheet.
            (&second, ImportOptions::default()),
            // The title row as header: a file-level failure.
            (
                &stray,
                ImportOptions {
                    header_row: Some(1),
                    ..ImportOptions::default()
                },
            ),
        ];
        for (path, opts) in &cases {
            let (streamed, _) = both(path, opts);
            assert!(streamed.is_none(), "{path:?} {opts:?} streamed");
        }
        // And the general path still reads them.
        let (_, loaded) = both(&stray, &ImportOptions::default());
        assert!(loaded.contains(r#"column: "J""#), "{loaded}");
        let (_, loaded) = both(&second, &ImportOptions::default());
        assert!(loaded.contains("repeats row"), "{loaded}");
    }
}
