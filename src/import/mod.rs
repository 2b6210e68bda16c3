//! Reading the vendor console's registration export (`registration-and-labels.md` 2–3).
//!
//! The console's layout is not published, so nothing is assumed about it beyond the alias
//! table of [`crate::core::headers`]: the header row is looked for among the first 10 rows,
//! headers are matched after normalisation, and the user can map columns explicitly.
//!
//! [`read_export`] needs no store: it returns every valid row as a [`DeviceRecord`] and
//! every problem found, located by file, sheet, Excel row number and column. Rows with an
//! error are left out of `records`; callers that must be all-or-nothing (`wecom-hw import`)
//! check [`Export::errors`] first.
//!
//! ```no_run
//! use wecom_hw::import::{read_export, ImportOptions};
//! # fn main() -> Result<(), wecom_hw::output::Failure> {
//! let export = read_export("devices.xlsx".as_ref(), &ImportOptions::default())?;
//! for p in &export.problems { eprintln!("{p}"); }
//! for r in &export.records { println!("{} {:?}", r.sn, r.device_id); }
//! # Ok(()) }
//! ```

pub mod cells;
mod fast;
mod ods;
pub mod source;
mod stream;
mod xls;

use crate::core::headers::{Field, is_seed_header, match_header, normalize};
use crate::core::identity::{sn_key, validate_sn};
use crate::core::secret::Secret;
use crate::output::{ErrorCode, Failure};
use calamine::DataRef;
use cells::CellText;
use sha2::{Digest, Sha256};
use source::{Book, Encoding, FileFormat, Sheet, column_letter, parse_column_letter};
// foldhash (seeded per process) instead of SipHash: every row hashes its SN and SecretNo,
// and SipHash was 4 % of a large import.
use foldhash::HashMap;
use std::collections::hash_map::Entry;
use std::path::Path;

/// Rows searched for the header (`registration-and-labels.md` 3.4).
pub const HEADER_SCAN_ROWS: usize = 10;

/// Default bound on the data rows of one export (`--max-rows`): ten times the largest
/// batch seen in practice, small enough that the rows and their store pages fit in memory.
pub const DEFAULT_MAX_ROWS: u64 = 1_000_000;
/// Default bound on the bytes of one cell's text (`--max-cell-bytes`): an SN is at most 64,
/// a SecretNo 32, a bind URL ~100; 4 KiB leaves room for long remarks.
pub const DEFAULT_MAX_CELL_BYTES: usize = 4096;

/// Valid rows, in file order, sent in chunks while the file is still being read (see
/// [`read_export_streaming`]).
pub type RecordSink = std::sync::mpsc::SyncSender<Rows>;
/// Rows per message on a [`RecordSink`]: large enough that the channel costs nothing per
/// row, small enough that the store starts inserting at once, and that a chunk (~25 KB)
/// stays under glibc's 64 KiB free threshold, above which every free consolidates the heap
/// (that was 3 % of an import at 512).
const SINK_CHUNK: usize = 128;

/// Whether a unit's SecretNo is its own or the model's shared seed (2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SecretKind {
    PerDevice,
    Seed,
}

impl SecretKind {
    pub fn name(self) -> &'static str {
        match self {
            SecretKind::PerDevice => "per_device",
            SecretKind::Seed => "seed",
        }
    }
}

/// One valid row of the export.
#[derive(Debug, Clone)]
pub struct DeviceRecord {
    pub sn: String,
    pub secret_no: Secret,
    pub secret_kind: SecretKind,
    pub device_id: Option<u64>,
    pub qr_url: Option<String>,
    /// Parsed from `qr_url`.
    pub hw_code: Option<String>,
    pub model_id: Option<String>,
    pub remark: Option<String>,
    /// 1-based, as Excel numbers it.
    pub source_row: u32,
}

/// An explicit `--column FIELD=HEADER` (or `FIELD=C`, an Excel column letter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSpec {
    pub field: Field,
    pub column: String,
}

impl std::str::FromStr for ColumnSpec {
    type Err = String;
    fn from_str(s: &str) -> Result<ColumnSpec, String> {
        let (f, c) = s
            .split_once('=')
            .ok_or_else(|| crate::fl!("import-column-spec-no-equals", got = format!("{s:?}")))?;
        let field = Field::from_name(f.trim())
            .filter(|f| IMPORT_FIELDS.contains(f))
            .ok_or_else(|| {
                let names: Vec<&str> = IMPORT_FIELDS.iter().map(|f| f.name()).collect();
                crate::fl!(
                    "import-column-spec-unknown-field",
                    field = format!("{f:?}"),
                    fields = names.join(", ")
                )
            })?;
        if c.trim().is_empty() {
            return Err(crate::fl!(
                "import-column-spec-no-column",
                field = field.name()
            ));
        }
        Ok(ColumnSpec {
            field,
            column: c.trim().to_owned(),
        })
    }
}

/// Fields an export column can fill.
pub const IMPORT_FIELDS: &[Field] = &[
    Field::Sn,
    Field::SecretNo,
    Field::DeviceId,
    Field::QrUrl,
    Field::ModelId,
    Field::Remark,
];

/// How to read the file.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// Default: from the extension.
    pub format: Option<FileFormat>,
    /// Sheet name (or 1-based number); default: the first sheet with a header row.
    pub sheet: Option<String>,
    pub columns: Vec<ColumnSpec>,
    /// 1-based row of the header; default: detected among the first 10 rows.
    pub header_row: Option<u32>,
    /// More data rows than this is an error (blank rows not counted).
    pub max_rows: u64,
    /// A cell whose text has more bytes (UTF-8) than this is an error.
    pub max_cell_bytes: usize,
}

impl Default for ImportOptions {
    fn default() -> ImportOptions {
        ImportOptions {
            format: None,
            sheet: None,
            columns: Vec::new(),
            header_row: None,
            max_rows: DEFAULT_MAX_ROWS,
            max_cell_bytes: DEFAULT_MAX_CELL_BYTES,
        }
    }
}

/// Which column became which field.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ColumnMapping {
    pub column: String,
    pub header: String,
    pub field: Option<Field>,
    /// `alias`, `explicit`, `unknown` or `duplicate`.
    pub how: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    /// The store already holds the SN with other data (found by `wecom-hw import`, never by
    /// [`read_export`]).
    Conflict,
    Error,
}

/// One finding, located as precisely as possible.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub file: String,
    pub sheet: Option<String>,
    /// 1-based, as Excel numbers rows.
    pub row: Option<u32>,
    /// Excel column letter.
    pub column: Option<String>,
    pub header: Option<String>,
    pub field: Option<Field>,
    pub message: String,
}

/// `file, sheet "S", row 7, column C (序列号)` in the chosen language: where a problem is.
pub fn location(
    file: &str,
    sheet: Option<&str>,
    row: Option<u32>,
    column: Option<(&str, Option<&str>)>,
) -> String {
    let mut parts = vec![file.to_owned()];
    if let Some(s) = sheet {
        parts.push(crate::fl!("import-at-sheet", sheet = format!("{s:?}")));
    }
    if let Some(r) = row {
        parts.push(crate::fl!("import-at-row", row = r));
    }
    match column {
        Some((c, Some(h))) => parts.push(crate::fl!(
            "import-at-column-header",
            column = c,
            header = h
        )),
        Some((c, None)) => parts.push(crate::fl!("import-at-column", column = c)),
        None => {}
    }
    parts.join(&crate::fl!("import-at-separator"))
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let at = location(
            &self.file,
            self.sheet.as_deref(),
            self.row,
            self.column.as_deref().map(|c| (c, self.header.as_deref())),
        );
        f.write_str(&crate::fl!(
            "import-problem",
            at = at,
            message = self.message.as_str()
        ))
    }
}

/// Everything read from one export file.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Export {
    pub file: String,
    pub sha256: String,
    pub format: FileFormat,
    pub encoding: Option<Encoding>,
    pub sheet: Option<String>,
    /// 1-based.
    pub header_row: u32,
    pub mapping: Vec<ColumnMapping>,
    /// Data rows seen (blank rows not counted).
    pub rows: u64,
    #[serde(skip)]
    pub records: Vec<DeviceRecord>,
    pub problems: Vec<Problem>,
    /// True when the rows hold a seed (one SecretNo shared by the model's units).
    pub seed: bool,
    /// Index (into `mapping`) of the SecretNo column, for [`Export::settle`].
    #[serde(skip)]
    secret_col: usize,
    /// The SecretNo header names a seed (`seedSecretNo`).
    #[serde(skip)]
    seed_header: bool,
}

impl Export {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }
    fn count(&self, s: Severity) -> usize {
        self.problems.iter().filter(|p| p.severity == s).count()
    }

    /// Takes the valid rows of a streamed read (everything its sink received, in order)
    /// and finishes the checks that need all of them: seed detection, and SecretNos
    /// repeated across rows (those rows become errors and leave `records`).
    pub fn settle(&mut self, mut records: Vec<DeviceRecord>) {
        let mut ctx = Ctx {
            file: std::mem::take(&mut self.file),
            sheet: self.sheet.take(),
            problems: std::mem::take(&mut self.problems),
        };
        self.seed = classify_secrets(
            &mut ctx,
            &self.mapping,
            self.secret_col,
            &mut records,
            self.seed_header,
        );
        self.file = ctx.file;
        self.sheet = ctx.sheet;
        self.problems = ctx.problems;
        self.records = records;
    }
}

/// Reads and validates an export. File-level failures (unreadable, no header, a required
/// column missing) are errors; row-level findings are [`Problem`]s.
pub fn read_export(path: &Path, opts: &ImportOptions) -> Result<Export, Failure> {
    let mut export = read_inner(path, opts, None, true)?;
    let records = std::mem::take(&mut export.records);
    export.settle(records);
    Ok(export)
}

/// [`read_export`] without the `.xlsx` streaming fast path: every file is read the general
/// way. The two must give the same result; this is the reference the differential fuzz
/// target (`fuzz/fuzz_targets/import.rs`) and tests compare the fast path against. The tool
/// itself never uses it.
pub fn read_export_unstreamed(path: &Path, opts: &ImportOptions) -> Result<Export, Failure> {
    let mut export = read_inner(path, opts, None, false)?;
    let records = std::mem::take(&mut export.records);
    export.settle(records);
    Ok(export)
}

/// Like [`read_export`], but every valid row is sent to `sink` as soon as it is read (in
/// chunks, file order), so that a consumer (the store's insert) works while the rest of
/// the file is parsed. The returned export has no records yet: hand it everything the
/// sink received with [`Export::settle`]. A closed sink only stops the sending.
pub fn read_export_streaming(
    path: &Path,
    opts: &ImportOptions,
    sink: RecordSink,
) -> Result<Export, Failure> {
    read_inner(path, opts, Some(sink), true)
}

fn read_inner(
    path: &Path,
    opts: &ImportOptions,
    sink: Option<RecordSink>,
    stream: bool,
) -> Result<Export, Failure> {
    let shown = path.display().to_string();
    let format = match opts.format.or_else(|| FileFormat::from_path(path)) {
        Some(f) => f,
        None => {
            return Err(Failure::new(
                ErrorCode::UsageUnknownFormat,
                crate::fl!("import-unknown-format", file = shown.as_str()),
            )
            .hint(crate::fl!("import-unknown-format-hint")));
        }
    };
    let unreadable = |e| Failure::from(crate::io::FileError::read(path, e));
    std::fs::File::open(path).map_err(unreadable)?;
    // The file's SHA-256 (recorded with the batch) is computed on a second core while the
    // spreadsheet is parsed: on a large export it costs as much as validating every row.
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| {
        let hasher = scope.spawn(|| file_sha256(path, &stop));
        // The spreadsheet readers are third-party code that has panicked on malformed
        // files (calamine 0.38 overflows on a 14-letter column name under overflow checks,
        // found by fuzzing): a broken file is bad data, not a crash of the tool.
        let export = quietly_caught(|| read_parsed(path, &shown, format, opts, sink, stream))
            .unwrap_or_else(|_| {
                Err(Failure::new(
                    ErrorCode::ImportUnreadable,
                    crate::fl!("import-reader-failed", file = shown.as_str()),
                ))
            });
        if export.is_err() {
            // A refused file (perhaps a huge one, refused early) is not hashed to the end.
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        let sha = hasher
            .join()
            .map_err(|_| {
                Failure::new(
                    ErrorCode::InternalBug,
                    crate::fl!("import-hashing-panicked"),
                )
            })?
            .map_err(unreadable);
        let export = export?;
        Ok(Export {
            sha256: sha?,
            ..export
        })
    })
}

thread_local! {
    /// Set while [`quietly_caught`] runs its closure on this thread.
    static QUIET_PANICS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f`, catching a panic, without the panic hook's message and backtrace on stderr:
/// a malformed spreadsheet is reported by the caller as one clean error. Panics elsewhere
/// (and on other threads) still go to the hook that was installed before, which under
/// cargo-fuzz aborts: the fuzzers then run on past the reader's known, caught panics.
fn quietly_caught<T>(f: impl FnOnce() -> T) -> std::thread::Result<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET_PANICS.with(std::cell::Cell::get) {
                previous(info)
            }
        }));
    });
    let was = QUIET_PANICS.with(|q| q.replace(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    QUIET_PANICS.with(|q| q.set(was));
    r
}

/// The file's SHA-256, or an empty string once `stop` is set.
fn file_sha256(path: &Path, stop: &std::sync::atomic::AtomicBool) -> std::io::Result<String> {
    use std::io::Read;
    let mut h = Sha256::new();
    let mut f = std::fs::File::open(path)?;
    let mut buf = vec![0u8; 1 << 16];
    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
        match f.read(&mut buf) {
            Ok(0) => return Ok(hex::encode(h.finalize())),
            Ok(n) => h.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(String::new())
}

fn read_parsed(
    path: &Path,
    shown: &str,
    format: FileFormat,
    opts: &ImportOptions,
    sink: Option<RecordSink>,
    stream: bool,
) -> Result<Export, Failure> {
    let xlsx = matches!(format, FileFormat::Xlsx | FileFormat::Xlsm);
    if xlsx {
        // Before any reader sizes a table from the file's claim (checked once, for all).
        source::check_shared_strings(path, opts.max_rows)?;
    }
    if stream && xlsx {
        if let Some(export) = fast::read(path, shown, format, opts, sink.clone()) {
            return export;
        }
        // Declined, possibly after sending rows: the consumer starts over.
        if let Some(s) = &sink {
            let _ = s.send(Rows::Restart);
        }
    }
    let mut book = Book::open(path, format, opts)?;
    if stream
        && let Some(export) = stream::read_streamed(&mut book, shown, format, opts, sink.clone())
    {
        return export;
    }
    // Streaming declined, possibly after sending rows: the consumer starts over.
    if let Some(s) = &sink {
        let _ = s.send(Rows::Restart);
    }
    read_loaded(book, path, shown, format, opts, sink)
}

/// The general path: the whole sheet loaded as a `Range` (or CSV rows). Every format goes
/// through it, and an xlsx whenever streaming declines (see [`stream`]).
fn read_loaded(
    mut book: Book,
    path: &Path,
    shown: &str,
    format: FileFormat,
    opts: &ImportOptions,
    sink: Option<RecordSink>,
) -> Result<Export, Failure> {
    let (sheet, header_idx) = choose_sheet(&mut book, path, opts)?;
    // The sheet owns its cells; the workbook's shared-strings table can go before the rows
    // are checked (on a large export it is a third of the memory).
    let encoding = book.encoding();
    drop(book);
    let all_rows = sheet.rows();
    let header_cells: Vec<String> = all_rows[header_idx]
        .iter()
        .map(|c| cells::plain_text(&cells::borrow(c)).unwrap_or_default())
        .collect();
    let mut reading = Reading::start(
        shown.to_owned(),
        sheet.name.clone(),
        header_cells,
        sheet.origin,
        header_idx,
        all_rows.len() - header_idx - 1,
        opts,
        sink,
    )?;
    let first = reading.header_row + 1;
    let mut buf: Vec<DataRef> = Vec::new();
    for (i, row) in all_rows[header_idx + 1..].iter().enumerate() {
        buf.clear();
        buf.extend(row.iter().map(cells::borrow));
        reading.row(first + i as u32, &buf)?;
    }
    Ok(reading.finish(format, encoding))
}

/// What a [`RecordSink`] receives.
#[derive(Debug)]
pub enum Rows {
    /// The next valid rows, in file order.
    Chunk(Vec<DeviceRecord>),
    /// Forget every row sent so far: the file is read again another way (rare: an xlsx
    /// the fast path could not read exactly, see [`stream`]).
    Restart,
}

/// The state of reading the data rows below a found header, whichever way the rows come.
struct Reading {
    ctx: Ctx,
    mapping: Vec<ColumnMapping>,
    cols: Cols,
    /// 1-based.
    header_row: u32,
    /// 0-based column of the first cell of a row.
    first_col: u32,
    seed_header: bool,
    /// Valid rows not yet sent (all of them without a sink).
    records: Vec<DeviceRecord>,
    sink: Option<RecordSink>,
    seen: HashMap<String, u32>,
    rows: u64,
    max_rows: u64,
    max_cell_bytes: usize,
    /// The last non-blank row given (1-based); rows skipped since were blank.
    last_row: u32,
}

impl Reading {
    /// Maps the header cells (indexed from column `origin.1`; `header_idx` rows below row
    /// `origin.0`, both 0-based) and notes missing optional columns. `rows_hint` (data rows
    /// expected, capped) sizes the tables up front.
    #[allow(clippy::too_many_arguments)]
    fn start(
        file: String,
        sheet: Option<String>,
        header_cells: Vec<String>,
        origin: (u32, u32),
        header_idx: usize,
        rows_hint: usize,
        opts: &ImportOptions,
        sink: Option<RecordSink>,
    ) -> Result<Reading, Failure> {
        let mut ctx = Ctx {
            file,
            sheet,
            problems: Vec::new(),
        };
        let header_row = origin.0 + header_idx as u32 + 1;
        if let Some((i, h)) = header_cells
            .iter()
            .enumerate()
            .find(|(_, h)| h.len() > opts.max_cell_bytes)
        {
            return Err(too_big(
                &ctx,
                header_row,
                origin.1 + i as u32,
                h.len(),
                opts.max_cell_bytes,
            ));
        }
        let mapping = map_columns(&header_cells, origin.1, &opts.columns)?;
        let col_of = |f: Field| mapping.iter().position(|m| m.field == Some(f));
        let need = |f: Field| {
            col_of(f).ok_or_else(|| {
                Failure::new(
                    ErrorCode::ImportNoHeader,
                    crate::fl!(
                        "import-header-missing-column",
                        at = ctx.located(),
                        row = header_row,
                        field = f.name(),
                        headers = crate::core::headers::show_header_cells(&header_cells)
                    ),
                )
                .hint(crate::fl!(
                    "import-header-missing-column-hint",
                    field = f.name()
                ))
            })
        };
        let cols = Cols {
            sn: need(Field::Sn)?,
            secret: need(Field::SecretNo)?,
            device_id: col_of(Field::DeviceId),
            qr_url: col_of(Field::QrUrl),
            model_id: col_of(Field::ModelId),
            remark: col_of(Field::Remark),
        };
        let seed_header = is_seed_header(&header_cells[cols.secret]);
        if cols.device_id.is_none() {
            ctx.push(
                Severity::Warning,
                None,
                None,
                None,
                crate::fl!("import-no-device-id-column"),
            );
        }
        if cols.qr_url.is_none() {
            ctx.push(
                Severity::Warning,
                None,
                None,
                None,
                crate::fl!("import-no-qr-url-column"),
            );
        }
        // The hint is the sheet's own claim: never trust it beyond the row bound.
        let rows_hint = rows_hint.min(opts.max_rows.saturating_add(1) as usize);
        Ok(Reading {
            ctx,
            mapping,
            cols,
            header_row,
            first_col: origin.1,
            seed_header,
            records: Vec::with_capacity(if sink.is_some() {
                SINK_CHUNK
            } else {
                rows_hint
            }),
            sink,
            seen: HashMap::with_capacity_and_hasher(rows_hint, Default::default()),
            rows: 0,
            max_rows: opts.max_rows,
            max_cell_bytes: opts.max_cell_bytes,
            last_row: header_row,
        })
    }

    /// One row below the header, 1-based `excel_row` increasing from call to call; `row` is
    /// indexed like the header cells. Blank rows at the end are what spreadsheets leave
    /// behind and pass unnoted; blank rows between data rows are noted when the next data
    /// row comes. A row beyond `--max-rows` or a cell beyond `--max-cell-bytes` stops the
    /// reading: those bound memory, so they are not row problems to collect.
    fn row(&mut self, excel_row: u32, row: &[DataRef]) -> Result<(), Failure> {
        if let Some((i, len)) = row
            .iter()
            .enumerate()
            .filter_map(|(i, c)| cells::text_of(c).map(|t| (i, t.len())))
            .find(|(_, len)| *len > self.max_cell_bytes)
        {
            return Err(too_big(
                &self.ctx,
                excel_row,
                self.first_col + i as u32,
                len,
                self.max_cell_bytes,
            ));
        }
        if is_blank(row) {
            return Ok(());
        }
        if self.rows == self.max_rows {
            return Err(Failure::new(
                ErrorCode::ImportTooLarge,
                crate::fl!(
                    "import-too-many-rows",
                    at = location(
                        &self.ctx.file,
                        self.ctx.sheet.as_deref(),
                        Some(excel_row),
                        None
                    ),
                    max = self.max_rows
                ),
            )
            .hint(crate::fl!("import-too-many-rows-hint")));
        }
        for blank in self.last_row + 1..excel_row {
            self.ctx.push(
                Severity::Info,
                Some(blank),
                None,
                None,
                crate::fl!("import-blank-row"),
            );
        }
        self.last_row = excel_row;
        self.rows += 1;
        if let Some(r) = read_row(
            &mut self.ctx,
            &self.mapping,
            &self.cols,
            row,
            excel_row,
            &mut self.seen,
        ) {
            self.records.push(r);
            if self.records.len() == SINK_CHUNK {
                self.flush();
            }
        }
        Ok(())
    }

    /// Sends the pending rows to the sink, if there is one (and it still listens).
    fn flush(&mut self) {
        let Some(sink) = &self.sink else { return };
        if self.records.is_empty() {
            return;
        }
        let chunk = std::mem::replace(&mut self.records, Vec::with_capacity(SINK_CHUNK));
        if sink.send(Rows::Chunk(chunk)).is_err() {
            // The consumer gave up (its own error is what will be reported).
            self.sink = None;
        }
    }

    /// The export, without seed detection: [`Export::settle`] does that once all the rows
    /// are together (here without a sink, at the consumer with one).
    fn finish(mut self, format: FileFormat, encoding: Option<Encoding>) -> Export {
        self.flush();
        // Freeing one String per SN is a few percent of a large import, on the path the
        // store's commit waits for: another thread does it.
        let seen = std::mem::take(&mut self.seen);
        if seen.len() > 10_000 {
            std::thread::spawn(move || drop(seen));
        }
        if self.rows == 0 {
            self.ctx.push(
                Severity::Error,
                Some(self.header_row),
                None,
                None,
                crate::fl!("import-no-data-rows"),
            );
        }
        Export {
            file: self.ctx.file,
            sha256: String::new(),
            format,
            encoding,
            sheet: self.ctx.sheet,
            header_row: self.header_row,
            mapping: self.mapping,
            rows: self.rows,
            records: self.records,
            problems: self.ctx.problems,
            seed: false,
            secret_col: self.cols.secret,
            seed_header: self.seed_header,
        }
    }
}

/// The error for a cell over `--max-cell-bytes`.
fn too_big(ctx: &Ctx, row: u32, col: u32, len: usize, max: usize) -> Failure {
    Failure::new(
        ErrorCode::ImportTooLarge,
        crate::fl!(
            "import-cell-too-big",
            at = location(
                &ctx.file,
                ctx.sheet.as_deref(),
                Some(row),
                Some((&column_letter(col), None))
            ),
            len = len,
            max = max
        ),
    )
    .hint(crate::fl!("import-cell-too-big-hint"))
}

struct Ctx {
    file: String,
    sheet: Option<String>,
    problems: Vec<Problem>,
}

impl Ctx {
    /// `file` or `file, sheet "name"`.
    fn located(&self) -> String {
        location(&self.file, self.sheet.as_deref(), None, None)
    }

    fn push(
        &mut self,
        severity: Severity,
        row: Option<u32>,
        col: Option<&ColumnMapping>,
        field: Option<Field>,
        message: String,
    ) {
        self.problems.push(Problem {
            severity,
            file: self.file.clone(),
            sheet: self.sheet.clone(),
            row,
            column: col.map(|c| c.column.clone()),
            header: col.map(|c| c.header.clone()),
            field: field.or(col.and_then(|c| c.field)),
            message,
        });
    }
}

struct Cols {
    sn: usize,
    secret: usize,
    device_id: Option<usize>,
    qr_url: Option<usize>,
    model_id: Option<usize>,
    remark: Option<usize>,
}

fn is_blank(row: &[DataRef]) -> bool {
    row.iter().all(|c| match c {
        DataRef::Empty => true,
        DataRef::String(s) => s.trim().is_empty(),
        DataRef::SharedString(s) => s.trim().is_empty(),
        _ => false,
    })
}

fn cell<'r, 'a>(row: &'r [DataRef<'a>], i: usize) -> &'r DataRef<'a> {
    const EMPTY: &DataRef<'static> = &DataRef::Empty;
    row.get(i).unwrap_or(EMPTY)
}

/// Reads an identity cell, reporting numeric and lossy cells.
fn identity(
    ctx: &mut Ctx,
    mapping: &[ColumnMapping],
    row: &[DataRef],
    col: usize,
    excel_row: u32,
) -> Result<Option<String>, ()> {
    let m = &mapping[col];
    // The SecretNo column's value never goes into a message: problems are printed and
    // returned in --json.
    let secret = m.field == Some(Field::SecretNo);
    match cells::identity_text(cell(row, col)) {
        Ok(CellText::Text(s)) => Ok(Some(s)),
        Ok(CellText::Numeric(s)) => {
            let message = if secret {
                crate::fl!("import-numeric-cell-hidden")
            } else {
                crate::fl!("import-numeric-cell", value = format!("{s:?}"))
            };
            ctx.push(Severity::Warning, Some(excel_row), Some(m), None, message);
            Ok(Some(s))
        }
        Ok(CellText::Empty) => Ok(None),
        Err(e) => {
            let msg = if secret {
                e.without_value()
            } else {
                e.to_string()
            };
            ctx.push(Severity::Error, Some(excel_row), Some(m), None, msg);
            Err(())
        }
    }
}

fn read_row(
    ctx: &mut Ctx,
    mapping: &[ColumnMapping],
    cols: &Cols,
    row: &[DataRef],
    excel_row: u32,
    seen: &mut HashMap<String, u32>,
) -> Option<DeviceRecord> {
    let before = ctx.problems.len();
    let err = |ctx: &mut Ctx, col: usize, msg: String| {
        ctx.push(
            Severity::Error,
            Some(excel_row),
            Some(&mapping[col]),
            None,
            msg,
        );
    };
    let sn = match identity(ctx, mapping, row, cols.sn, excel_row) {
        Ok(Some(sn)) => match validate_sn(&sn) {
            Ok(()) => match seen.entry(sn_key(&sn)) {
                Entry::Occupied(first) => {
                    let first = *first.get();
                    err(
                        ctx,
                        cols.sn,
                        crate::fl!("import-sn-repeats", sn = sn.as_str(), first = first),
                    );
                    None
                }
                Entry::Vacant(slot) => {
                    slot.insert(excel_row);
                    Some(sn)
                }
            },
            Err(e) => {
                err(
                    ctx,
                    cols.sn,
                    crate::fl!(
                        "import-sn-invalid",
                        sn = format!("{sn:?}"),
                        error = e.to_string()
                    ),
                );
                None
            }
        },
        Ok(None) => {
            err(ctx, cols.sn, crate::fl!("import-sn-empty"));
            None
        }
        Err(()) => None,
    };
    let secret = match identity(ctx, mapping, row, cols.secret, excel_row) {
        Ok(Some(s)) => match Secret::new(&s) {
            Ok(secret) => {
                if !cells::is_typical_secret(&s) {
                    ctx.push(
                        Severity::Warning,
                        Some(excel_row),
                        Some(&mapping[cols.secret]),
                        None,
                        crate::fl!("import-secret-unusual", chars = s.chars().count()),
                    );
                }
                Some(secret)
            }
            Err(e) => {
                err(
                    ctx,
                    cols.secret,
                    crate::fl!("import-secret-invalid", error = e.to_string()),
                );
                None
            }
        },
        Ok(None) => {
            err(ctx, cols.secret, crate::fl!("import-secret-empty"));
            None
        }
        Err(()) => None,
    };
    let device_id = match cols.device_id {
        None => None,
        Some(c) => match identity(ctx, mapping, row, c, excel_row) {
            Ok(Some(d)) => match d.parse::<u64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    err(
                        ctx,
                        c,
                        crate::fl!("import-device-id-invalid", value = format!("{d:?}")),
                    );
                    None
                }
            },
            Ok(None) => {
                ctx.push(
                    Severity::Warning,
                    Some(excel_row),
                    Some(&mapping[c]),
                    None,
                    crate::fl!("import-device-id-empty"),
                );
                None
            }
            Err(()) => None,
        },
    };
    let (qr_url, hw_code) = match cols.qr_url.map(|c| (c, cells::plain_text(cell(row, c)))) {
        Some((c, Some(url))) => match cells::static_hw_code(&url) {
            Ok(code) => (Some(url), Some(code)),
            Err(e) => {
                err(ctx, c, e);
                (None, None)
            }
        },
        Some((c, None)) => {
            ctx.push(
                Severity::Warning,
                Some(excel_row),
                Some(&mapping[c]),
                None,
                crate::fl!("import-no-url"),
            );
            (None, None)
        }
        None => (None, None),
    };
    let text = |c: Option<usize>| c.and_then(|c| cells::plain_text(cell(row, c)));
    let had_error = ctx.problems[before..]
        .iter()
        .any(|p| p.severity == Severity::Error);
    if had_error {
        return None;
    }
    Some(DeviceRecord {
        sn: sn?,
        secret_no: secret?,
        secret_kind: SecretKind::PerDevice,
        device_id,
        qr_url,
        hw_code,
        model_id: text(cols.model_id),
        remark: text(cols.remark),
        source_row: excel_row,
    })
}

/// Seed detection (2.4): per model (or for the whole file without a model column), all
/// rows sharing one SecretNo make a seed batch; some rows sharing and others not is an
/// error, because per-device SecretNos never repeat. Returns whether any seed was found.
fn classify_secrets(
    ctx: &mut Ctx,
    mapping: &[ColumnMapping],
    secret_col: usize,
    records: &mut Vec<DeviceRecord>,
    seed_header: bool,
) -> bool {
    let mut groups: HashMap<Option<&str>, Vec<usize>> = HashMap::default();
    for (i, r) in records.iter().enumerate() {
        groups.entry(r.model_id.as_deref()).or_default().push(i);
    }
    let mut seed_rows = Vec::new();
    let mut bad_rows: Vec<(usize, u32)> = Vec::new();
    let mut notes = Vec::new();
    for (model, idx) in &groups {
        // First row of each SecretNo, and every later row repeating one.
        let mut first: HashMap<&str, usize> =
            HashMap::with_capacity_and_hasher(idx.len(), Default::default());
        let mut repeats: Vec<(usize, usize)> = Vec::new();
        for &i in idx {
            match first.entry(records[i].secret_no.expose()) {
                std::collections::hash_map::Entry::Occupied(e) => repeats.push((i, *e.get())),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(i);
                }
            }
        }
        if seed_header || (idx.len() > 1 && first.len() == 1) {
            seed_rows.extend(idx.iter().copied());
            let fingerprint = records[idx[0]].secret_no.fingerprint();
            notes.push(match model {
                Some(m) => crate::fl!(
                    "import-seed-batch-model",
                    rows = idx.len(),
                    model = m.to_string(),
                    fingerprint = fingerprint
                ),
                None => crate::fl!(
                    "import-seed-batch",
                    rows = idx.len(),
                    fingerprint = fingerprint
                ),
            });
        } else {
            for (i, f) in repeats {
                bad_rows.push((i, records[f].source_row));
            }
        }
    }
    notes.sort();
    for n in notes {
        ctx.push(Severity::Warning, None, Some(&mapping[secret_col]), None, n);
    }
    bad_rows.sort_by_key(|(i, _)| *i);
    for &(i, first) in &bad_rows {
        ctx.push(
            Severity::Error,
            Some(records[i].source_row),
            Some(&mapping[secret_col]),
            None,
            crate::fl!("import-secret-repeats", first = first),
        );
    }
    for i in &seed_rows {
        records[*i].secret_kind = SecretKind::Seed;
    }
    if !bad_rows.is_empty() {
        let drop: std::collections::HashSet<usize> = bad_rows.iter().map(|(i, _)| *i).collect();
        let mut i = 0;
        records.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }
    !seed_rows.is_empty()
}

/// The sheet `--sheet` names: exact name, else name in any ASCII case, else 1-based number.
fn sheet_index(names: &[String], want: &str) -> Option<usize> {
    names
        .iter()
        .position(|n| n == want)
        .or_else(|| names.iter().position(|n| n.eq_ignore_ascii_case(want)))
        .or_else(|| {
            want.parse::<usize>()
                .ok()
                .filter(|n| (1..=names.len()).contains(n))
                .map(|n| n - 1)
        })
}

/// Picks the sheet and the 0-based index of its header row within `rows`.
fn choose_sheet(
    book: &mut Book,
    path: &Path,
    opts: &ImportOptions,
) -> Result<(Sheet, usize), Failure> {
    let names = book.sheet_names();
    let shown = path.display();
    let candidates: Vec<usize> = match (&opts.sheet, names.is_empty()) {
        (_, true) => vec![0],
        (Some(want), false) => {
            let i = sheet_index(&names, want).ok_or_else(|| {
                Failure::new(
                    ErrorCode::ImportUnknownSheet,
                    crate::fl!(
                        "import-unknown-sheet",
                        file = shown.to_string(),
                        sheet = format!("{want:?}"),
                        sheets = names.join(", ")
                    ),
                )
            })?;
            vec![i]
        }
        (None, false) => (0..names.len()).collect(),
    };
    let mut first_rows: Vec<String> = Vec::new();
    for i in candidates {
        let sheet = book.load(path, i)?;
        if let Some(h) = find_header(&sheet, opts) {
            return Ok((sheet, h));
        }
        let label = sheet
            .name
            .as_ref()
            .map(|n| crate::fl!("import-at-sheet", sheet = format!("{n:?}")))
            .unwrap_or_else(|| crate::fl!("import-first-row"));
        let cells: Vec<String> = sheet
            .rows()
            .first()
            .map(|r| {
                r.iter()
                    .filter_map(|c| cells::plain_text(&cells::borrow(c)))
                    .collect()
            })
            .unwrap_or_default();
        first_rows.push(format!(
            "{label}: [{}]",
            crate::core::headers::show_header_cells(&cells)
        ));
    }
    Err(Failure::new(
        ErrorCode::ImportNoHeader,
        crate::fl!(
            "import-no-header",
            file = shown.to_string(),
            rows = HEADER_SCAN_ROWS,
            first = first_rows.join("; ")
        ),
    )
    .hint(crate::fl!("import-no-header-hint")))
}

fn find_header(sheet: &Sheet, opts: &ImportOptions) -> Option<usize> {
    if let Some(n) = opts.header_row {
        let i = (n as usize).checked_sub(sheet.origin.0 as usize + 1)?;
        return (i < sheet.rows().len()).then_some(i);
    }
    let explicit = explicit_sn(opts);
    sheet
        .rows()
        .iter()
        .take(HEADER_SCAN_ROWS)
        .position(|row| is_header_row(row.iter().map(cells::borrow), &explicit))
}

/// `--column sn=…` headers, normalised: they mark the header row too.
fn explicit_sn(opts: &ImportOptions) -> Vec<String> {
    opts.columns
        .iter()
        .filter(|c| c.field == Field::Sn)
        .map(|c| normalize(&c.column))
        .collect()
}

/// A header row has a cell naming the SN column (by alias or by `--column sn=…`).
fn is_header_row<'c>(mut row: impl Iterator<Item = DataRef<'c>>, explicit_sn: &[String]) -> bool {
    row.any(|c| {
        cells::plain_text(&c).is_some_and(|h| {
            match_header(&h) == Some(Field::Sn) || explicit_sn.contains(&normalize(&h))
        })
    })
}

/// Maps header cells to fields: explicit `--column` first, then aliases; a second column
/// claiming an already mapped field is ignored (and said so).
fn map_columns(
    headers: &[String],
    first_col: u32,
    explicit: &[ColumnSpec],
) -> Result<Vec<ColumnMapping>, Failure> {
    let mut out: Vec<ColumnMapping> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| ColumnMapping {
            column: column_letter(first_col + i as u32),
            header: h.clone(),
            field: None,
            how: "unknown",
        })
        .collect();
    for spec in explicit {
        let want = normalize(&spec.column);
        let i = headers
            .iter()
            .position(|h| normalize(h) == want)
            .or_else(|| {
                parse_column_letter(&spec.column)
                    .and_then(|c| c.checked_sub(first_col))
                    .map(|c| c as usize)
                    .filter(|c| *c < headers.len())
            })
            .ok_or_else(|| {
                Failure::new(
                    ErrorCode::ImportUnknownColumn,
                    crate::fl!(
                        "import-unknown-column",
                        field = spec.field.name(),
                        column = spec.column.as_str(),
                        headers = crate::core::headers::show_header_cells(headers)
                    ),
                )
            })?;
        if let Some(other) = out.iter_mut().find(|m| m.field == Some(spec.field)) {
            other.field = None;
            other.how = "unknown";
        }
        out[i].field = Some(spec.field);
        out[i].how = "explicit";
    }
    for i in 0..out.len() {
        if out[i].how != "unknown" {
            continue;
        }
        let Some(f) = match_header(&out[i].header).filter(|f| IMPORT_FIELDS.contains(f)) else {
            continue;
        };
        if out.iter().any(|m| m.field == Some(f)) {
            out[i].how = "duplicate";
        } else {
            out[i].field = Some(f);
            out[i].how = "alias";
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_specs_parse_fields_and_headers() {
        let c: ColumnSpec = "sn=序列号".parse().unwrap();
        assert_eq!(c.field, Field::Sn);
        assert_eq!(c.column, "序列号");
        let c: ColumnSpec = "secret_no = C".parse().unwrap();
        assert_eq!((c.field, c.column.as_str()), (Field::SecretNo, "C"));
        assert!("colour=A".parse::<ColumnSpec>().is_err());
        assert!("nonce=A".parse::<ColumnSpec>().is_err());
        assert!("sn".parse::<ColumnSpec>().is_err());
    }

    #[test]
    fn explicit_columns_win_over_aliases_and_duplicates_are_ignored() {
        let h: Vec<String> = ["序列号", "SN", "密钥", "SecretNo", "颜色"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let spec = vec![ColumnSpec {
            field: Field::Sn,
            column: "B".into(),
        }];
        let m = map_columns(&h, 0, &spec).unwrap();
        let got: Vec<(Option<Field>, &str)> = m.iter().map(|m| (m.field, m.how)).collect();
        assert_eq!(
            got,
            vec![
                (None, "duplicate"),
                (Some(Field::Sn), "explicit"),
                (Some(Field::SecretNo), "alias"),
                (None, "duplicate"),
                (None, "unknown"),
            ]
        );
        assert!(
            map_columns(
                &h,
                0,
                &[ColumnSpec {
                    field: Field::Sn,
                    column: "型号".into()
                }]
            )
            .is_err()
        );
    }
}
