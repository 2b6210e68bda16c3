//! The fastest path for `.xlsx`: the workbook's parts are read straight from the zip with a
//! small XML scanner instead of calamine, which on a 100,000-row export spent half the
//! import parsing events it then threw away (and a `String` per shared string).
//!
//! It reads the subset of SpreadsheetML that exports are written in — `<c r=…>` cells with
//! `<v>`, `<f>` and plain `<is><t>` children, shared strings that are one `<t>` each, no
//! comments, CDATA, namespace prefixes or `_xHHHH_` escapes — with exactly calamine's
//! meaning (ported from calamine 0.38's `xlsx` module: which parts, cell types, number
//! formats for dates, whitespace trimming). Anything outside that subset, or anything
//! calamine would refuse, makes it decline (`None`): the caller then reads the file with
//! calamine, which reports problems in its own words. So a file gives the same result
//! whichever path reads it, and only odd files pay for a second read; tests compare the
//! paths on generated workbooks.

use super::source::FileFormat;
use super::stream::{NextCell, stream_sheet};
use super::{Export, ImportOptions, RecordSink, sheet_index};
use crate::output::Failure;
use calamine::{DataRef, ExcelDateTime, ExcelDateTimeType};
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// The largest small part (workbook, relationships, styles) read whole.
const SMALL_PART: u64 = 16 << 20;
/// Bytes inflated per read of a large part (the sheet, the shared strings).
const CHUNK: usize = 256 << 10;
/// Longest single element (a cell or a shared string) buffered before declining.
const MAX_ELEMENT: usize = 1 << 20;

/// Reads the sheet the way [`super::stream`] does, from the zip directly, or `None`.
pub(super) fn read(
    path: &Path,
    shown: &str,
    format: FileFormat,
    opts: &ImportOptions,
    sink: Option<RecordSink>,
) -> Option<Result<Export, Failure>> {
    let file = std::fs::File::open(path).ok()?;
    let zip = zip::ZipArchive::new(std::io::BufReader::new(file)).ok()?;
    let mut zip = Parts::new(zip)?;
    let book = Workbook::read(&mut zip)?;
    let index = match &opts.sheet {
        Some(want) => sheet_index(&book.names(), want)?,
        None => 0,
    };
    let (name, sheet_path) = book.sheets.get(index)?.clone();
    let formats = book.formats(&mut zip)?;
    // Both large parts are inflated on threads of their own, the sheet while the strings
    // are parsed: inflating is a fifth of the reading, and the store's side of the import
    // has a core to spare until rows arrive.
    let sst_name = zip.resolve(&format!("{}sharedStrings.xml", book.xl_path));
    let sheet_path = zip.resolve(&sheet_path);
    let sst_size = match zip.zip.by_name(&sst_name) {
        Ok(e) => Some(e.size()),
        Err(zip::result::ZipError::FileNotFound) => None,
        Err(_) => return None,
    };
    zip.zip.by_name(&sheet_path).ok()?;
    let sheet = Inflated::spawn(path, sheet_path);
    let strings = match sst_size {
        Some(size) => SharedStrings::read(Inflated::spawn(path, sst_name), size)?,
        None => SharedStrings::default(),
    };
    let mut cells = SheetCells::new(sheet, &strings, &formats, book.is_1904)?;
    let rows_hint = cells.rows_hint;
    stream_sheet(
        move || cells.next_cell(),
        rows_hint,
        name,
        shown,
        format,
        opts,
        sink,
    )
}

/// The zip and its part names as calamine looks them up: ASCII case ignored, `\\` read as
/// `/` (a later duplicate wins, as in calamine's map).
struct Parts {
    zip: zip::ZipArchive<std::io::BufReader<std::fs::File>>,
    names: HashMap<String, String>,
}

impl Parts {
    fn new(zip: zip::ZipArchive<std::io::BufReader<std::fs::File>>) -> Option<Parts> {
        let mut names = HashMap::with_capacity(zip.len());
        for name in zip.file_names() {
            let name = name.ok()?;
            names.insert(
                name.replace('\\', "/").to_ascii_lowercase(),
                name.to_string(),
            );
        }
        Some(Parts { zip, names })
    }

    /// The zip's own name of the part calamine would open for `path`.
    fn resolve(&self, path: &str) -> String {
        let key = path.to_ascii_lowercase();
        self.names.get(&key).map_or(path, String::as_str).to_owned()
    }
}

type Zip = Parts;

/// A small part as text; `None` when absent, unreadable or too large.
fn small_part(zip: &mut Zip, name: &str) -> Option<Option<String>> {
    let name = zip.resolve(name);
    let entry = match zip.zip.by_name(&name) {
        Ok(e) => e,
        Err(zip::result::ZipError::FileNotFound) => return Some(None),
        Err(_) => return None,
    };
    if entry.size() > SMALL_PART {
        return None;
    }
    let mut text = String::new();
    entry.take(SMALL_PART).read_to_string(&mut text).ok()?;
    Some(Some(text))
}

/// What calamine reads when it opens a workbook, less what an import does not use.
struct Workbook {
    /// Folder of the workbook part (`xl/`), as calamine keeps it.
    xl_path: String,
    /// (name, zip path) in workbook order.
    sheets: Vec<(String, String)>,
    is_1904: bool,
}

impl Workbook {
    fn read(zip: &mut Zip) -> Option<Workbook> {
        // Package relationships: where the workbook part is. calamine 0.38 refuses a file
        // without `_rels/.rels` or without an officeDocument relationship in it: those
        // decline here, so that calamine says so.
        let rels = small_part(zip, "_rels/.rels")??;
        let mut target = None;
        for t in Tags::new(&rels).elements("Relationships")? {
            let t = t?;
            if t.kind != Kind::End
                && t.name == "Relationship"
                && t.attr("Type")?
                    .is_some_and(|v| v.ends_with("/relationships/officeDocument"))
                && let Some(v) = t.attr("Target")?
            {
                target = Some(unescape(v)?);
            }
        }
        let target = target?;
        let (dir, name) = match target.rfind('/') {
            Some(i) => target.split_at(i + 1),
            None => ("", target.as_str()),
        };
        let xl_path = dir.strip_prefix('/').unwrap_or(dir).to_owned();
        let workbook_name = if name.is_empty() {
            "workbook.xml".to_owned()
        } else {
            name.to_owned()
        };
        let rels = small_part(zip, &format!("{xl_path}_rels/{workbook_name}.rels"))??;
        let mut by_id: HashMap<String, (String, String)> = HashMap::new();
        for t in Tags::new(&rels).elements("Relationships")? {
            let t = t?;
            if t.kind != Kind::End
                && t.name == "Relationship"
                && let Some(id) = t.attr("Id")?
            {
                let typ = t.attr("Type")?.unwrap_or_default().to_owned();
                let target = t.attr("Target")?.unwrap_or_default().to_owned();
                by_id.insert(id.to_owned(), (target, typ));
            }
        }
        let text = small_part(zip, &format!("{xl_path}{workbook_name}"))??;
        let mut sheets = Vec::new();
        let mut is_1904 = false;
        for t in Tags::new(&text).elements("workbook")? {
            let t = t?;
            if t.kind == Kind::End {
                continue;
            }
            match t.name {
                "sheet" => {
                    let name = unescape(t.attr("name")?.unwrap_or_default())?;
                    let state = t.attr("state")?;
                    if state.is_some_and(|s| !matches!(s, "visible" | "hidden" | "veryHidden")) {
                        return None;
                    }
                    let id = t.attr("r:id")?.unwrap_or_default();
                    let (target, typ) = by_id.get(id)?;
                    if !matches!(
                        typ.rsplit('/').next(),
                        Some("worksheet" | "chartsheet" | "dialogsheet")
                    ) {
                        return None;
                    }
                    let path = match target.strip_prefix('/') {
                        Some(abs) => abs.to_owned(),
                        None => format!("{xl_path}{target}"),
                    };
                    sheets.push((name, path));
                }
                "workbookPr" => {
                    if let Some(v) = t.attr("date1904")? {
                        is_1904 = v == "1" || v == "true";
                    }
                }
                // calamine reads a defined name's text with entity handling this scanner
                // does not repeat; exports have none.
                "definedName" => return None,
                _ => {}
            }
        }
        Some(Workbook {
            xl_path,
            sheets,
            is_1904,
        })
    }

    fn names(&self) -> Vec<String> {
        self.sheets.iter().map(|s| s.0.clone()).collect()
    }

    /// The number format class of each cell style (`cellXfs`), as calamine derives it.
    fn formats(&self, zip: &mut Zip) -> Option<Vec<CellFormat>> {
        let Some(text) = small_part(zip, &format!("{}styles.xml", self.xl_path))? else {
            return Some(Vec::new());
        };
        let mut custom: HashMap<String, String> = HashMap::new();
        let mut formats = Vec::new();
        let mut section = "";
        for t in Tags::new(&text).elements("styleSheet")? {
            let t = t?;
            match (t.name, t.kind) {
                ("numFmts" | "cellXfs", Kind::Start) => section = t.name,
                ("numFmts" | "cellXfs", Kind::End) => section = "",
                ("numFmt", Kind::Start | Kind::Empty) if section == "numFmts" => {
                    if let (Some(id), Some(code)) = (t.attr("numFmtId")?, t.attr("formatCode")?) {
                        custom.insert(id.to_owned(), unescape(code)?);
                    }
                }
                ("xf", Kind::Start | Kind::Empty) if section == "cellXfs" => {
                    formats.push(t.attr("numFmtId")?.map_or(CellFormat::Other, |id| {
                        match custom.get(id) {
                            Some(code) => custom_format(code),
                            None => builtin_format(id),
                        }
                    }));
                }
                _ => {}
            }
        }
        Some(formats)
    }
}

/// calamine's `CellFormat`: what a number in a cell of that style is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellFormat {
    Other,
    DateTime,
    TimeDelta,
}

/// calamine 0.38 `formats::builtin_format_by_id`.
fn builtin_format(id: &str) -> CellFormat {
    match id {
        "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "45" | "47" => {
            CellFormat::DateTime
        }
        "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "50" | "51"
        | "52" | "53" | "54" | "55" | "56" | "57" | "58" => CellFormat::DateTime,
        "46" => CellFormat::TimeDelta,
        _ => CellFormat::Other,
    }
}

/// calamine 0.38 `formats::detect_custom_number_format`.
fn custom_format(format: &str) -> CellFormat {
    let mut escaped = false;
    let mut is_quote = false;
    let mut brackets = 0u8;
    let mut prev = ' ';
    let mut hms = false;
    let mut ap = false;
    for s in format.chars() {
        match (s, escaped, is_quote, ap, brackets) {
            (_, true, ..) => escaped = false,
            ('_' | '\\' | '*', ..) => escaped = true,
            ('"', _, true, _, _) => is_quote = false,
            (_, _, true, _, _) => (),
            ('"', _, _, _, _) => is_quote = true,
            (';', ..) => return CellFormat::Other,
            ('[', ..) => brackets += 1,
            (']', .., 1) if hms => return CellFormat::TimeDelta,
            (']', ..) => brackets = brackets.saturating_sub(1),
            ('a' | 'A', _, _, false, 0) => ap = true,
            ('p' | 'm' | '/' | 'P' | 'M', _, _, true, 0) => return CellFormat::DateTime,
            ('d' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S', _, _, false, 0) => {
                return CellFormat::DateTime;
            }
            _ => {
                if hms && s.eq_ignore_ascii_case(&prev) {
                    // ok ...
                } else {
                    hms = prev == '[' && matches!(s, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
                }
            }
        }
        prev = s;
    }
    CellFormat::Other
}

/// The shared-strings table: every string's text back to back in one buffer (one
/// allocation instead of one per string).
#[derive(Default)]
struct SharedStrings {
    text: String,
    ends: Vec<u32>,
}

impl SharedStrings {
    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        Some(&self.text[start..end])
    }

    /// Reads the table from its part's text (`size` bytes inflated, for capacity).
    fn read(entry: impl Read, size: u64) -> Option<SharedStrings> {
        let mut sst = SharedStrings::default();
        // Capacity from the zip's claim of the size, capped: the claim may lie, and the
        // table grows with what actually arrives.
        sst.text.reserve((size / 2).min(64 << 20) as usize);
        let mut input = Chunked::new(entry);
        // Up to <sst>.
        loop {
            let t = input.next_tag()?;
            if t.kind == Kind::Start && t.name == "sst" {
                if let Some(n) = t.attr("uniqueCount")?.and_then(|n| n.parse::<usize>().ok()) {
                    // Bounded by check_shared_strings before; capped all the same.
                    sst.ends.reserve(n.min(4 << 20));
                }
                break;
            }
            if t.kind == Kind::Empty && t.name == "sst" {
                return Some(sst);
            }
        }
        let mut piece = String::new();
        loop {
            let t = input.next_tag()?;
            match (t.kind, t.name) {
                (Kind::End, "sst") => break,
                (Kind::Empty, "si") => sst.push(""),
                (Kind::Start, "si") => {
                    piece.clear();
                    read_plain_string(&mut input, "si", &mut piece)?;
                    sst.push(&piece);
                }
                _ => return None,
            }
        }
        (sst.text.len() <= u32::MAX as usize).then_some(sst)
    }

    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
    }
}

/// The inside of `<si>` or `<is>` up to its end tag, when it is one plain `<t>` (or
/// nothing): calamine's `read_string` for that case. Rich text, phonetic runs and
/// `_xHHHH_` escapes decline.
fn read_plain_string<R: Read>(
    input: &mut Chunked<R>,
    closing: &str,
    out: &mut String,
) -> Option<()> {
    let mut seen_t = false;
    loop {
        let t = input.next_tag()?;
        match (t.kind, t.name) {
            (Kind::End, n) if n == closing => return Some(()),
            (Kind::Empty, "t") if !seen_t => seen_t = true,
            (Kind::Start, "t") if !seen_t => {
                seen_t = true;
                let preserve = t.attr("xml:space")? == Some("preserve");
                let raw = input.text_until("t")?;
                let start = out.len();
                unescape_into(raw, out)?;
                if !preserve {
                    let trimmed = out[start..].trim_matches([' ', '\t', '\r', '\n']);
                    let (a, b) = (
                        trimmed.as_ptr() as usize - out[start..].as_ptr() as usize,
                        trimmed.len(),
                    );
                    out.replace_range(start..start + a, "");
                    out.truncate(start + b);
                }
                if memchr::memmem::find(&out.as_bytes()[start..], b"_x").is_some() {
                    return None;
                }
            }
            _ => return None,
        }
    }
}

/// The cells of one worksheet part, inflated a chunk at a time.
struct SheetCells<'a, R: Read> {
    input: Chunked<R>,
    ctx: Ctx<'a>,
    rows_hint: usize,
    text: String,
    /// `</sheetData>` was read: the end, however often asked.
    done: bool,
}

/// What a cell's value is read against.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    strings: &'a SharedStrings,
    formats: &'a [CellFormat],
    is_1904: bool,
}

impl<'a, R: Read> SheetCells<'a, R> {
    /// Positions the reader inside `<sheetData>`.
    fn new(
        entry: R,
        strings: &'a SharedStrings,
        formats: &'a [CellFormat],
        is_1904: bool,
    ) -> Option<Self> {
        let mut input = Chunked::new(entry);
        let mut rows_hint = 0;
        loop {
            let t = input.next_tag()?;
            match (t.kind, t.name) {
                (Kind::Start | Kind::Empty, "dimension") => {
                    let d = t.attr("ref")??;
                    let mut parts = d.split(':');
                    let first = cell_ref(parts.next()?)?;
                    let last = match parts.next() {
                        Some(p) => cell_ref(p)?,
                        None => first,
                    };
                    if parts.next().is_some() {
                        return None;
                    }
                    rows_hint = last.0.min(1 << 20) as usize;
                }
                (Kind::Start, "sheetData") => break,
                // No cells: calamine's reader gives none, and streaming declines then.
                (Kind::Empty, "sheetData") => return None,
                _ => {}
            }
        }
        Some(SheetCells {
            input,
            ctx: Ctx {
                strings,
                formats,
                is_1904,
            },
            rows_hint,
            text: String::new(),
            done: false,
        })
    }

    fn next_cell(&mut self) -> NextCell<'a> {
        if self.done {
            return Some(None);
        }
        loop {
            let t = self.input.next_tag()?;
            match (t.kind, t.name) {
                (Kind::Start | Kind::Empty, "row") => {
                    // calamine parses the row number (and fails on a bad one) even though
                    // every cell here carries its own position.
                    if let Some(r) = t.attr("r")? {
                        row_number(r)?;
                    }
                }
                (Kind::End, "row") => {}
                (Kind::End, "sheetData") => {
                    self.done = true;
                    return Some(None);
                }
                (kind @ (Kind::Start | Kind::Empty), "c") => {
                    let (mut r, mut s, mut ty) = (None, None, None);
                    t.each_attr(|name, value| {
                        let slot = match name {
                            b"r" => &mut r,
                            b"s" => &mut s,
                            b"t" => &mut ty,
                            _ => return,
                        };
                        slot.get_or_insert(value);
                    })?;
                    let (row, col) = cell_ref(r?)?;
                    // calamine reads an unparsable style as 0; declining is simpler.
                    let style = match s {
                        Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
                            Some(s.parse::<usize>().ok()?)
                        }
                        Some(_) => return None,
                        None => None,
                    };
                    let typ = CellType::of(ty)?;
                    let value = if kind == Kind::Empty {
                        DataRef::Empty
                    } else {
                        self.cell_value(style, typ)?
                    };
                    return Some(Some((row, col, value)));
                }
                _ => return None,
            }
        }
    }

    /// The children of `<c>` up to `</c>`; like calamine, the last child decides.
    fn cell_value(&mut self, style: Option<usize>, typ: CellType) -> Option<DataRef<'a>> {
        let mut value = DataRef::Empty;
        loop {
            let t = self.input.next_tag()?;
            match (t.kind, t.name) {
                (Kind::End, "c") => return Some(value),
                (Kind::Empty, "f") => value = DataRef::Empty,
                (Kind::Start, "f") => {
                    self.input.text_until("f")?;
                    value = DataRef::Empty;
                }
                (Kind::Start, "is") => {
                    self.text.clear();
                    read_plain_string(&mut self.input, "is", &mut self.text)?;
                    value = DataRef::String(self.text.clone());
                }
                (Kind::Empty, "is") => value = DataRef::String(String::new()),
                (kind @ (Kind::Start | Kind::Empty), "v") => {
                    let ctx = self.ctx;
                    let raw = if kind == Kind::Empty {
                        ""
                    } else {
                        self.input.text_until("v")?
                    };
                    value = ctx.v(raw, style, typ)?;
                }
                _ => return None,
            }
        }
    }
}

impl<'a> Ctx<'a> {
    /// calamine's `read_value` for `<v>` and `read_v`.
    fn v(&self, raw: &str, style: Option<usize>, typ: CellType) -> Option<DataRef<'a>> {
        // Parsed from the raw text by calamine for these types: an entity would split it.
        if matches!(
            typ,
            CellType::Number | CellType::Shared | CellType::Bool | CellType::Untyped
        ) && raw.contains('&')
        {
            return None;
        }
        match typ {
            CellType::Inline => Some(DataRef::Empty),
            CellType::Shared => {
                if raw.is_empty() {
                    return Some(DataRef::Empty);
                }
                if !raw.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let i: usize = raw.parse().ok()?;
                self.strings.get(i).map(DataRef::SharedString)
            }
            CellType::Bool => match raw.trim() {
                "" => Some(DataRef::Empty),
                v if v == "0" || v.eq_ignore_ascii_case("false") => Some(DataRef::Bool(false)),
                v if v == "1" || v.eq_ignore_ascii_case("true") => Some(DataRef::Bool(true)),
                _ => None,
            },
            CellType::Number | CellType::Untyped => {
                if raw.is_empty() {
                    return Some(DataRef::Empty);
                }
                let n = plain_number(raw)?;
                let format = match style {
                    Some(id) => self.formats.get(id).copied(),
                    None => Some(CellFormat::Other),
                };
                let kind = match format {
                    Some(CellFormat::DateTime) => ExcelDateTimeType::DateTime,
                    Some(CellFormat::TimeDelta) => ExcelDateTimeType::TimeDelta,
                    _ => return Some(DataRef::Float(n)),
                };
                Some(DataRef::DateTime(ExcelDateTime::new(n, kind, self.is_1904)))
            }
            CellType::Str => {
                let mut s = String::new();
                unescape_into(raw, &mut s)?;
                (!s.contains("_x")).then_some(DataRef::String(s))
            }
        }
    }
}

/// A cell's `t` attribute, for the types this reader takes; Excel errors (`e`), ISO dates
/// (`d`) and unknown types are calamine's business.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CellType {
    Untyped,
    Number,
    Shared,
    Bool,
    Str,
    Inline,
}

impl CellType {
    fn of(t: Option<&str>) -> Option<CellType> {
        Some(match t {
            None => CellType::Untyped,
            Some("n") => CellType::Number,
            Some("s") => CellType::Shared,
            Some("b") => CellType::Bool,
            Some("str") => CellType::Str,
            Some("inlineStr" | "is") => CellType::Inline,
            Some(_) => return None,
        })
    }
}

/// A decimal number in the plain form every writer uses (`-12.5`, `1E+20`): parsed the
/// same by any correct parser. Other spellings (`inf`, `0x…`, spaces) decline.
fn plain_number(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > start
    };
    if !digits(&mut i) {
        return None;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return None;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    s.parse().ok()
}

/// `B12` → (11, 1), as calamine's `get_row_column` (0-based; both parts required). Only
/// upper-case letters: anything else declines.
fn cell_ref(s: &str) -> Option<(u32, u32)> {
    let b = s.as_bytes();
    let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let col = b[..letters]
        .iter()
        .fold(0u32, |c, &l| c * 26 + u32::from(l - b'A') + 1);
    Some((row_number(&s[letters..])?, col - 1))
}

/// A 1-based row number (`12`) as 0-based, within Excel's 1,048,576 rows.
fn row_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 7 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let r: u32 = s.parse().ok()?;
    (1..=1_048_576).contains(&r).then(|| r - 1)
}

/// Text with XML's predefined entities and character references replaced. Anything else
/// (an unknown entity, a carriage return that XML would normalise) declines.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    unescape_into(s, &mut out)?;
    Some(out)
}

fn unescape_into(s: &str, out: &mut String) -> Option<()> {
    let mut rest = s;
    while let Some(i) = memchr::memchr2(b'&', b'\r', rest.as_bytes()) {
        if rest.as_bytes()[i] == b'\r' {
            return None;
        }
        out.push_str(&rest[..i]);
        let end = memchr::memchr(b';', &rest.as_bytes()[i..])? + i;
        let name = &rest[i + 1..end];
        match name {
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "amp" => out.push('&'),
            "apos" => out.push('\''),
            "quot" => out.push('"'),
            _ => {
                let code = if let Some(hex) = name.strip_prefix("#x") {
                    u32::from_str_radix(hex, 16).ok()?
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse().ok()?
                } else {
                    return None;
                };
                // A reference to a carriage return would be kept by XML but is odd
                // enough to leave to calamine.
                let c = char::from_u32(code).filter(|&c| c != '\r' && c != '\0')?;
                out.push(c);
            }
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Start,
    End,
    Empty,
}

/// One tag: its local name and the raw text of its attributes.
struct Tag<'t> {
    kind: Kind,
    name: &'t str,
    attrs: &'t str,
}

impl<'t> Tag<'t> {
    /// The raw value of attribute `key` (its first occurrence); `None` (outer) when the
    /// attributes are malformed.
    fn attr(&self, key: &str) -> Option<Option<&'t str>> {
        let mut found = None;
        self.each_attr(|name, value| {
            if found.is_none() && name == key.as_bytes() {
                found = Some(value);
            }
        })?;
        Some(found)
    }

    /// Calls `f(name, raw value)` for every attribute, in order; `None` when malformed.
    fn each_attr(&self, mut f: impl FnMut(&[u8], &'t str)) -> Option<()> {
        let a = self.attrs.as_bytes();
        let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
        let mut i = 0;
        loop {
            while i < a.len() && ws(a[i]) {
                i += 1;
            }
            if i == a.len() {
                return Some(());
            }
            let eq = i + memchr::memchr(b'=', &a[i..])?;
            let mut name_end = eq;
            while name_end > i && ws(a[name_end - 1]) {
                name_end -= 1;
            }
            let mut v = eq + 1;
            while v < a.len() && ws(a[v]) {
                v += 1;
            }
            let quote = *a.get(v).filter(|q| matches!(q, b'"' | b'\''))?;
            let end = v + 1 + memchr::memchr(quote, &a[v + 1..])?;
            f(&a[i..name_end], &self.attrs[v + 1..end]);
            i = end + 1;
        }
    }
}

/// Where a tag's parts are in its buffer (so a caller can settle its own state first and
/// borrow the buffer after).
#[derive(Clone, Copy)]
struct TagAt {
    kind: Kind,
    name: (usize, usize),
    attrs: (usize, usize),
    /// Position after `>`.
    end: usize,
}

impl TagAt {
    fn tag(self, buf: &str) -> Tag<'_> {
        Tag {
            kind: self.kind,
            name: &buf[self.name.0..self.name.1],
            attrs: &buf[self.attrs.0..self.attrs.1],
        }
    }
}

/// Splits `<` … `>` at `start` (which is `<`) into a tag and the position after it;
/// `Ok(None)` for anything but a start, end or empty tag (comments, CDATA, processing
/// instructions), `Err(())` when the tag is incomplete (more input needed).
fn split_tag(buf: &str, start: usize) -> Result<Option<(Tag<'_>, usize)>, ()> {
    Ok(locate_tag(buf, start)?.map(|at| (at.tag(buf), at.end)))
}

fn locate_tag(buf: &str, start: usize) -> Result<Option<TagAt>, ()> {
    let b = buf.as_bytes();
    let mut i = start + 1;
    let kind_end = b.get(i) == Some(&b'/');
    if kind_end {
        i += 1;
    }
    match b.get(i) {
        None => return Err(()),
        Some(b'!' | b'?') => return Ok(None),
        _ => {}
    }
    let mut name_start = i;
    while i < b.len() && !matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'>') {
        if b[i] == b':' {
            // calamine matches elements by local name (`x:c` is a cell), and so does this.
            name_start = i + 1;
        }
        i += 1;
    }
    let name_end = i;
    // Attributes up to the closing `>`, skipping quoted values.
    loop {
        let Some(k) = memchr::memchr3(b'>', b'"', b'\'', &b[i..]) else {
            return Err(());
        };
        i += k;
        if b[i] == b'>' {
            break;
        }
        let q = b[i];
        let Some(close) = memchr::memchr(q, &b[i + 1..]) else {
            return Err(());
        };
        i += close + 2;
    }
    if name_end == name_start {
        return Ok(None);
    }
    let empty = b[i - 1] == b'/' && i > name_end;
    let attrs_end = if empty { i - 1 } else { i };
    let kind = match (kind_end, empty) {
        (true, false) => Kind::End,
        (false, false) => Kind::Start,
        (false, true) => Kind::Empty,
        (true, true) => return Ok(None),
    };
    Ok(Some(TagAt {
        kind,
        name: (name_start, name_end),
        attrs: (name_end, attrs_end),
        end: i + 1,
    }))
}

/// Tags of a small part held whole, for the metadata parts.
struct Tags<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Tags<'t> {
    fn new(text: &'t str) -> Tags<'t> {
        Tags { text, pos: 0 }
    }

    /// The tags inside the root element `root` (after an optional XML declaration), up to
    /// its end; `None` when the part is not that. An item is `None` when the scanner
    /// declines what follows (or the part ends before the root closes).
    fn elements(mut self, root: &str) -> Option<impl Iterator<Item = Option<Tag<'t>>>> {
        self.skip_declaration()?;
        let first = self.next()??;
        (first.kind == Kind::Start && first.name == root).then_some(())?;
        let root = root.to_owned();
        let mut done = false;
        Some(std::iter::from_fn(move || {
            if done {
                return None;
            }
            match self.next() {
                Some(Some(t)) if t.kind == Kind::End && t.name == root => {
                    done = true;
                    None
                }
                Some(Some(t)) => Some(Some(t)),
                _ => {
                    done = true;
                    Some(None)
                }
            }
        }))
    }

    fn skip_declaration(&mut self) -> Option<()> {
        let rest = self.text.trim_start_matches('\u{feff}').trim_start();
        self.pos = self.text.len() - rest.len();
        if rest.starts_with("<?xml") {
            self.pos += rest.find("?>")? + 2;
        }
        Some(())
    }

    /// The next tag (text between tags is skipped), `Some(None)` for a declined one,
    /// `None` at the end.
    fn next(&mut self) -> Option<Option<Tag<'t>>> {
        let lt = self.text[self.pos..].find('<')? + self.pos;
        match split_tag(self.text, lt) {
            Ok(Some((t, end))) => {
                self.pos = end;
                Some(Some(t))
            }
            Ok(None) | Err(()) => Some(None),
        }
    }
}

/// One zip entry inflated on a thread of its own, read as it comes (chunks over a bounded
/// channel). A failure there reads as an error or an early end, which the scanner
/// declines; dropping the reader stops the thread at its next chunk.
struct Inflated {
    rx: Option<std::sync::mpsc::Receiver<std::io::Result<Vec<u8>>>>,
    thread: Option<std::thread::JoinHandle<()>>,
    chunk: Vec<u8>,
    at: usize,
}

impl Drop for Inflated {
    /// Stops the thread (its next send fails) and waits for it: nothing of a read outlives
    /// it, even when the reader gave up half-way.
    fn drop(&mut self) {
        drop(self.rx.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Inflated {
    fn spawn(path: &Path, entry: String) -> Inflated {
        let (tx, rx) = std::sync::mpsc::sync_channel(8);
        let path = path.to_owned();
        let thread = std::thread::spawn(move || {
            let inflate = || -> Result<(), std::sync::mpsc::SendError<_>> {
                let open = std::fs::File::open(&path)
                    .map_err(zip::result::ZipError::from)
                    .and_then(|f| zip::ZipArchive::new(std::io::BufReader::new(f)));
                let mut zip = match open {
                    Ok(z) => z,
                    Err(e) => return tx.send(Err(std::io::Error::other(e))),
                };
                let mut e = match zip.by_name(&entry) {
                    Ok(e) => e,
                    Err(err) => return tx.send(Err(std::io::Error::other(err))),
                };
                loop {
                    let mut buf = vec![0u8; CHUNK];
                    let mut n = 0;
                    while n < buf.len() {
                        match e.read(&mut buf[n..]) {
                            Ok(0) => break,
                            Ok(k) => n += k,
                            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => {}
                            Err(err) => return tx.send(Err(err)),
                        }
                    }
                    if n == 0 {
                        return Ok(());
                    }
                    buf.truncate(n);
                    tx.send(Ok(buf))?;
                }
            };
            // A send fails once the reader is gone: that is the end, not an error.
            let _ = inflate();
        });
        Inflated {
            rx: Some(rx),
            thread: Some(thread),
            chunk: Vec::new(),
            at: 0,
        }
    }
}

impl Read for Inflated {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.chunk.len() {
            let Some(rx) = &self.rx else { return Ok(0) };
            match rx.recv() {
                Ok(Ok(c)) => {
                    self.chunk = c;
                    self.at = 0;
                }
                Ok(Err(e)) => return Err(e),
                // The thread is done (or gone): the end of the part.
                Err(_) => return Ok(0),
            }
        }
        let n = out.len().min(self.chunk.len() - self.at);
        out[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A large part inflated a chunk at a time, scanned tag by tag.
struct Chunked<R: Read> {
    src: R,
    /// Valid UTF-8 from `pos`; a partial character at the end of a read waits in `tail`.
    buf: String,
    /// Bytes read but not yet valid UTF-8 (a character cut by the read), then the next read.
    tail: Vec<u8>,
    pos: usize,
    eof: bool,
    declaration_done: bool,
}

impl<R: Read> Chunked<R> {
    fn new(src: R) -> Self {
        Chunked {
            src,
            buf: String::new(),
            tail: Vec::new(),
            pos: 0,
            eof: false,
            declaration_done: false,
        }
    }

    /// Reads another chunk, keeping everything from `pos`. `None` at the end of input, on
    /// a read error or invalid UTF-8, or when one element outgrows [`MAX_ELEMENT`].
    fn more(&mut self) -> Option<()> {
        if self.eof || self.buf.len() - self.pos > MAX_ELEMENT {
            return None;
        }
        self.buf.drain(..self.pos);
        self.pos = 0;
        let have = self.tail.len();
        self.tail.resize(have + CHUNK, 0);
        // One read (whatever it gives): the test below cuts the input at every byte.
        let n = loop {
            match self.src.read(&mut self.tail[have..]) {
                Ok(0) => {
                    self.eof = true;
                    break have;
                }
                Ok(k) => break have + k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return None,
            }
        };
        self.tail.truncate(n);
        let valid = match std::str::from_utf8(&self.tail) {
            Ok(_) => n,
            Err(e) if e.error_len().is_none() && !self.eof => e.valid_up_to(),
            Err(_) => return None,
        };
        self.buf
            .push_str(std::str::from_utf8(&self.tail[..valid]).expect("checked above"));
        self.tail.drain(..valid);
        Some(())
    }

    /// The next tag, skipping text between tags (calamine ignores it where this is used).
    fn next_tag(&mut self) -> Option<Tag<'_>> {
        if !self.declaration_done {
            while self.buf.len() < 64 && !self.eof {
                self.more()?;
            }
            let rest = self.buf.trim_start_matches('\u{feff}').trim_start();
            self.pos = self.buf.len() - rest.len();
            if rest.starts_with("<?xml") {
                loop {
                    if let Some(end) = self.buf[self.pos..].find("?>") {
                        self.pos += end + 2;
                        break;
                    }
                    self.more()?;
                }
            }
            self.declaration_done = true;
        }
        loop {
            let found = memchr::memchr(b'<', &self.buf.as_bytes()[self.pos..]);
            let Some(lt) = found else {
                self.pos = self.buf.len();
                self.more()?;
                continue;
            };
            let lt = self.pos + lt;
            match locate_tag(&self.buf, lt) {
                Ok(Some(at)) => {
                    self.pos = at.end;
                    return Some(at.tag(&self.buf));
                }
                Ok(None) => return None,
                Err(()) => {
                    self.pos = lt;
                    self.more()?;
                }
            }
        }
    }

    /// The raw text up to `</name>` (which is consumed); a nested tag declines.
    fn text_until(&mut self, name: &str) -> Option<&str> {
        loop {
            let start = self.pos;
            let b = self.buf.as_bytes();
            if let Some(lt) = memchr::memchr(b'<', &b[start..]) {
                let lt = start + lt;
                // The usual `</v>` without a tag scan.
                let n = name.len();
                if b.get(lt + 1) == Some(&b'/')
                    && b.get(lt + 2..lt + 2 + n) == Some(name.as_bytes())
                    && b.get(lt + 2 + n) == Some(&b'>')
                {
                    self.pos = lt + 3 + n;
                    return Some(&self.buf[start..lt]);
                }
                match split_tag(&self.buf, lt) {
                    Ok(Some((t, end))) if t.kind == Kind::End && t.name == name => {
                        self.pos = end;
                        return Some(&self.buf[start..lt]);
                    }
                    Ok(_) => return None,
                    Err(()) => {}
                }
            }
            // Incomplete: read more (`more` keeps everything from `pos`).
            self.more()?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_and_numbers_read_as_calamine_reads_them() {
        assert_eq!(cell_ref("A1"), Some((0, 0)));
        assert_eq!(cell_ref("AB12"), Some((11, 27)));
        assert_eq!(cell_ref("XFD1048576"), Some((1_048_575, 16_383)));
        for bad in ["1", "A", "A0", "a1", "A1B", "ABCD1", "A10485770"] {
            assert_eq!(cell_ref(bad), None, "{bad}");
        }
        assert_eq!(plain_number("-12.5"), Some(-12.5));
        assert_eq!(plain_number("3389153100001"), Some(3389153100001.0));
        assert_eq!(
            plain_number("1.2345678901234567E+19"),
            Some(1.2345678901234567e19)
        );
        for odd in ["inf", "NaN", " 1", "1.", ".5", "+1", "1e", "0x10", ""] {
            assert_eq!(plain_number(odd), None, "{odd}");
        }
    }

    #[test]
    fn entities_are_replaced_and_odd_ones_decline() {
        assert_eq!(
            unescape("a&amp;b&lt;&gt;&quot;&apos;&#20013;&#x6587;").as_deref(),
            Some("a&b<>\"'中文")
        );
        assert_eq!(unescape("&nbsp;"), None);
        assert_eq!(unescape("a\r\nb"), None);
        assert_eq!(unescape("&#13;"), None);
        assert_eq!(unescape("&amp"), None);
    }

    #[test]
    fn number_formats_follow_calamine() {
        assert_eq!(builtin_format("14"), CellFormat::DateTime);
        assert_eq!(builtin_format("46"), CellFormat::TimeDelta);
        assert_eq!(builtin_format("49"), CellFormat::Other);
        assert_eq!(custom_format("yyyy-mm-dd"), CellFormat::DateTime);
        assert_eq!(custom_format("[h]:mm:ss"), CellFormat::TimeDelta);
        assert_eq!(custom_format("0.00\"元\""), CellFormat::Other);
        assert_eq!(custom_format("@"), CellFormat::Other);
    }

    /// A chunk boundary anywhere inside an element (including inside a multi-byte
    /// character) reads the same as one whole buffer.
    #[test]
    fn chunk_boundaries_do_not_change_what_is_read() {
        struct Dribble<'a>(&'a [u8], usize);
        impl Read for Dribble<'_> {
            fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(out.len()).min(self.0.len());
                out[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let xml = "<?xml version=\"1.0\"?>\n<sst count=\"3\"><si><t>序列号 </t></si><si><t xml:space=\"preserve\"> a&amp;b </t></si><si/></sst>";
        for step in [1, 2, 3, 5, 7, 64] {
            let mut input = Chunked::new(Dribble(xml.as_bytes(), step));
            let mut got = Vec::new();
            loop {
                let t = input.next_tag().unwrap();
                match (t.kind, t.name) {
                    (Kind::Start, "si") => {
                        let mut s = String::new();
                        read_plain_string(&mut input, "si", &mut s).unwrap();
                        got.push(s);
                    }
                    (Kind::Empty, "si") => got.push(String::new()),
                    (Kind::End, "sst") => break,
                    _ => {}
                }
            }
            assert_eq!(got, ["序列号", " a&b ", ""], "step {step}");
        }
    }

    /// A workbook written by rust_xlsxwriter whose parts `parts` are replaced by the given
    /// XML: cell forms rust_xlsxwriter never writes but other software does.
    fn rewritten(dir: &Path, name: &str, parts: &[(&str, String)]) -> std::path::PathBuf {
        use std::io::Write;
        let base = dir.join(format!("base-{name}"));
        let mut wb = rust_xlsxwriter::Workbook::new();
        wb.add_worksheet().write_string(0, 0, "x").unwrap();
        wb.save(&base).unwrap();
        let mut src = zip::ZipArchive::new(std::fs::File::open(&base).unwrap()).unwrap();
        let out = dir.join(name);
        let mut w = zip::ZipWriter::new(std::fs::File::create(&out).unwrap());
        for i in 0..src.len() {
            let f = src.by_index(i).unwrap();
            let fname = f.name().unwrap().into_owned();
            if parts.iter().any(|(n, _)| *n == fname) {
                continue;
            }
            w.raw_copy_file(f).unwrap();
        }
        for (n, text) in parts {
            w.start_file(*n, zip::write::SimpleFileOptions::default())
                .unwrap();
            w.write_all(text.as_bytes()).unwrap();
        }
        w.finish().unwrap();
        out
    }

    const NS: &str = r#"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#;

    fn inline(r: &str, text: &str) -> String {
        format!(r#"<c r="{r}" t="inlineStr"><is><t>{text}</t></is></c>"#)
    }

    /// A worksheet: the header row, then `rows` (each the XML of its cells).
    fn worksheet(rows: &[String]) -> String {
        let header: String = ["序列号", "SecretNo", "设备ID", "二维码链接", "备注"]
            .iter()
            .zip(["A1", "B1", "C1", "D1", "E1"])
            .map(|(h, r)| inline(r, h))
            .collect();
        let mut xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet {NS}><dimension ref="A1:E{}"/><sheetData><row r="1">{header}</row>"#,
            rows.len() + 1
        );
        for (i, cells) in rows.iter().enumerate() {
            xml.push_str(&format!("\n  <row r=\"{}\">{cells}</row>", i + 2));
        }
        xml.push_str("</sheetData></worksheet>");
        xml
    }

    /// A plain data row `n` with `extra` appended (later cells of a row win).
    fn row(n: usize, extra: &str) -> String {
        let r = n + 2;
        format!(
            "{}{}{}{}{extra}",
            inline(&format!("A{r}"), &format!("E3{n:010}")),
            inline(&format!("B{r}"), &format!("{:032x}", n + 1)),
            format_args!(r#"<c r="C{r}"><v>{}</v></c>"#, 7000 + n),
            inline(
                &format!("D{r}"),
                &format!("https://open.work.weixin.qq.com/connect/hardware?hw_code=c{n}")
            ),
        )
    }

    /// Every case gives what calamine's general path gives; the fast reader takes the
    /// forms real exports use and declines the rest.
    #[test]
    fn the_fast_reader_agrees_with_calamine_or_declines() {
        use crate::import::stream::tests::all_three;
        let dir = tempfile::tempdir().unwrap();
        let sheet = "xl/worksheets/sheet1.xml";
        let rows = |extra: &[&str]| -> Vec<String> {
            extra.iter().enumerate().map(|(n, e)| row(n, e)).collect()
        };
        // (name, read by the fast reader, replaced parts)
        type Case<'a> = (&'a str, bool, Vec<(&'a str, String)>);
        let cases: Vec<Case> = vec![
            (
                "inline",
                true,
                vec![(sheet, worksheet(&rows(&["", "", ""])))],
            ),
            (
                "remarks",
                true,
                vec![(
                    sheet,
                    worksheet(&rows(&[
                        r#"<c r="E2" t="str"><f>A2&amp;"x"</f><v>a&amp;b &lt;c&gt;</v></c>"#,
                        r#"<c r="E3" t="b"><v>1</v></c>"#,
                        r#"<c r="E4" t="inlineStr"><is><t xml:space="preserve">  spaced  </t></is></c>"#,
                        r#"<c r="E5" t="inlineStr"><is><t>  trimmed
 </t></is></c>"#,
                        r#"<c r="E6"><v></v></c><c r="F6" t="s"/>"#,
                        r#"<c r='E7' s='3' t='n'  ><v>12.5</v></c>"#,
                    ])),
                )],
            ),
            (
                "numeric-sn",
                true,
                vec![(
                    sheet,
                    worksheet(&[
                        row(0, r#"<c r="A2"><v>3389153100001</v></c>"#),
                        row(1, r#"<c r="A3"><v>1.2345678901234567E+19</v></c>"#),
                        row(2, r#"<c r="A4"><f>1+1</f><v>-2</v></c>"#),
                    ]),
                )],
            ),
            (
                "prefixed",
                true,
                vec![(
                    sheet,
                    worksheet(&rows(&["", ""]))
                        .replace("<worksheet ", "<x:worksheet xmlns:x=\"urn:x\" ")
                        .replace("<row ", "<x:row ")
                        .replace("</row>", "</x:row>"),
                )],
            ),
            // calamine looks parts up ignoring ASCII case, and a later duplicate wins: this
            // sheet, not rust_xlsxwriter's `xl/worksheets/sheet1.xml`, is the one it reads.
            (
                "case-variant-names",
                true,
                vec![("XL/Worksheets/Sheet1.XML", worksheet(&rows(&["", ""])))],
            ),
            (
                "error-cell",
                false,
                vec![(
                    sheet,
                    worksheet(&rows(&[r#"<c r="E2" t="e"><v>#N/A</v></c>"#])),
                )],
            ),
            (
                "comment",
                false,
                vec![(sheet, worksheet(&rows(&["<!-- note -->"])))],
            ),
            (
                "escape",
                false,
                vec![(sheet, worksheet(&rows(&[&inline("E2", "a_x000D_b")])))],
            ),
            (
                "entity-number",
                false,
                vec![(sheet, worksheet(&rows(&[r#"<c r="C2"><v>7&#48;</v></c>"#])))],
            ),
            (
                "no-ref",
                false,
                vec![(sheet, worksheet(&rows(&[r#"<c t="b"><v>1</v></c>"#])))],
            ),
            (
                "rich-shared",
                false,
                vec![
                    (
                        sheet,
                        worksheet(&rows(&[r#"<c r="E2" t="s"><v>0</v></c>"#])),
                    ),
                    (
                        "xl/sharedStrings.xml",
                        format!(
                            r#"<sst {NS} count="1" uniqueCount="1"><si><r><t>a</t></r><r><rPr><b/></rPr><t>b</t></r></si></sst>"#
                        ),
                    ),
                ],
            ),
        ];
        for (name, accepted, parts) in cases {
            let path = rewritten(dir.path(), &format!("{name}.xlsx"), &parts);
            let opts = ImportOptions::default();
            let (_, loaded, fast) = all_three(&path, &opts);
            assert!(!loaded.starts_with("error"), "{name}: {loaded}");
            match fast {
                Some(fast) => {
                    assert!(accepted, "{name}: read by the fast reader");
                    assert_eq!(fast, loaded, "{name}");
                }
                None => assert!(!accepted, "{name}: declined"),
            }
        }
    }
}
