//! Checks of a legacy `.xls` before calamine opens it ([`check_xls`]): its sector chains
//! must end, and its sheets' grids must stay within bounds.
//!
//! calamine parses every sheet of an `.xls` while opening the workbook and turns each into a
//! dense `Range` spanning its first to its last cell (`Range::from_sparse`, 32 bytes a cell),
//! after reserving room for the cells its DIMENSIONS record declares (40 bytes a cell). A
//! BIFF cell record carries a u16 row and column and DIMENSIONS a u32 row count, so a 5.6 KB
//! file with A1 and one cell at row 65536, column 65536 made it ask for 137 GB and abort the
//! process; one with a legal A1 and IV65536 peaked at 1 GB. [`check_grids`] reads the same
//! records first and refuses such a sheet with the limits `.xlsx` has (`check_grid` in
//! `source.rs`). Anything it cannot follow is left to calamine, which reports it.

use super::source::{MAX_COLUMNS, MAX_GRID_CELLS, column_letter};
use crate::output::{ErrorCode, Failure};
use std::path::Path;

/// Checks an `.xls` before calamine opens it, reading the file once: its sector chains
/// must end ([`first_loop`]) and its sheets' grids must stay within bounds. Anything this
/// does not understand is left to calamine, which reports it.
pub(super) fn check_xls(path: &Path) -> Result<(), Failure> {
    let Ok(file) = std::fs::read(path) else {
        return Ok(());
    };
    let Some(cfb) = Compound::open(&file) else {
        return Ok(());
    };
    // calamine follows a chain until its end marker, collecting sectors, and the
    // directory's chain has no length bound: a loop there made a 5 KB file (found by
    // fuzzing) allocate until the process died. A real file's chains end, so a loop is
    // damage.
    let damaged = |table: String, at: u32| {
        Failure::new(
            ErrorCode::ImportUnreadable,
            crate::fl!(
                "import-xls-loop",
                file = path.display().to_string(),
                table = table,
                sector = at
            ),
        )
        .hint(super::source::reexport_hint())
    };
    if let Some(at) = first_loop(&cfb.fat) {
        return Err(damaged(crate::fl!("import-xls-sector-table"), at));
    }
    let Some(mini_fat) = cfb.mini_fat() else {
        return Ok(());
    };
    if let Some(at) = first_loop(&mini_fat) {
        return Err(damaged(crate::fl!("import-xls-short-sector-table"), at));
    }
    match cfb.workbook_stream(&mini_fat) {
        Some(stream) => check_grids(path, &stream),
        None => Ok(()),
    }
}

/// The first sector from which following `next` (ids below `next.len()`) comes back to a
/// sector already on the same path, or `None` when every chain ends.
fn first_loop(next: &[u32]) -> Option<u32> {
    // 0 = not seen, 1 = on the path being followed, 2 = known to end.
    let mut state = vec![0u8; next.len()];
    let mut path = Vec::new();
    for start in 0..next.len() {
        let mut at = start;
        loop {
            match state[at] {
                1 => return Some(at as u32),
                2 => break,
                _ => {}
            }
            state[at] = 1;
            path.push(at);
            match next[at] as usize {
                n if n < next.len() => at = n,
                _ => break,
            }
        }
        for p in path.drain(..) {
            state[p] = 2;
        }
    }
    None
}

/// Refuses a workbook stream a sheet of which would make calamine allocate a grid of more
/// than [`MAX_GRID_CELLS`] cells or reach past [`MAX_COLUMNS`].
fn check_grids(path: &Path, stream: &[u8]) -> Result<(), Failure> {
    for (n, (pos, name)) in sheets(stream).into_iter().enumerate() {
        let Some(records) = stream.get(pos..) else {
            continue;
        };
        let grid = sheet_grid(records);
        let name = name.map_or_else(|| format!("{}", n + 1), |s| format!("{s:?}"));
        let (d_rows, d_cols) = grid.declared;
        if d_rows * d_cols > MAX_GRID_CELLS {
            return Err(refusal(crate::fl!(
                "import-xls-declared",
                file = path.display().to_string(),
                sheet = name.as_str(),
                rows = d_rows,
                cols = d_cols,
                max = MAX_GRID_CELLS
            )));
        }
        let Some((rows, cols, last_col)) = grid.span else {
            continue;
        };
        if last_col >= MAX_COLUMNS || rows * cols > MAX_GRID_CELLS {
            return Err(refusal(crate::fl!(
                "import-grid-too-large",
                file = path.display().to_string(),
                sheet = name.as_str(),
                rows = rows,
                cols = cols,
                last = column_letter(last_col),
                cells = MAX_GRID_CELLS,
                columns = MAX_COLUMNS
            )));
        }
    }
    Ok(())
}

fn refusal(msg: String) -> Failure {
    Failure::new(ErrorCode::ImportTooLarge, msg).hint(crate::fl!("import-grid-too-large-hint"))
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(i..)?.get(..2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(i..)?.get(..4)?.try_into().ok()?))
}

fn words(b: &[u8]) -> impl Iterator<Item = u32> + '_ {
    b.chunks_exact(4)
        .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
}

const END_OF_CHAIN: u32 = 0xffff_fffe;

/// The bytes of a chain of `size`-byte sectors (`sector(id)`, which may be short at the end
/// of the file), at most `len` of them, following `next`. `None` where calamine would fail
/// (a sector it cannot read, an id off the table) or loop.
fn chain<'a>(
    sector: impl Fn(u32) -> Option<&'a [u8]>,
    next: &[u32],
    mut id: u32,
    len: usize,
) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut hops = 0;
    while id != END_OF_CHAIN {
        let s = sector(id)?;
        out.extend_from_slice(&s[..s.len().min(len - out.len())]);
        hops += 1;
        if out.len() >= len {
            break;
        }
        if hops > next.len() {
            return None;
        }
        id = *next.get(id as usize)?;
    }
    Some(out)
}

const MAGIC: [u8; 8] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/// Sector ids above this are markers (free, end of chain, FAT or DIFAT sector).
const MAX_REG: u32 = 0xffff_fffa;

/// A compound file (the container of an `.xls`) as calamine's `cfb.rs` reads it: the
/// header, the sector size and the sector table (FAT).
struct Compound<'a> {
    file: &'a [u8],
    header: &'a [u8],
    size: usize,
    fat: Vec<u32>,
}

impl<'a> Compound<'a> {
    /// `None` for what is not a compound file, or one whose sector table cannot be read.
    fn open(file: &'a [u8]) -> Option<Compound<'a>> {
        let header = file.get(..512)?;
        if header[..8] != MAGIC {
            return None;
        }
        let size = match u16_at(header, 30)? {
            9 => 512,
            12 => 4096,
            _ => return None,
        };
        let mut c = Compound {
            file,
            header,
            size,
            fat: Vec::new(),
        };
        // The FAT sectors: 109 in the header, the rest in the DIFAT chain (bounded like
        // calamine bounds it).
        let mut fat_ids: Vec<u32> = words(&header[76..512]).collect();
        let mut id = u32_at(header, 68)?;
        let mut hops = 0;
        while id < MAX_REG {
            hops += 1;
            if hops > file.len() / size + 1 {
                return None;
            }
            let mut w: Vec<u32> = words(c.sector(id)?).collect();
            id = w.pop().unwrap_or(END_OF_CHAIN);
            fat_ids.extend(w);
        }
        for id in fat_ids.into_iter().filter(|&id| id < MAX_REG) {
            let sector = c.sector(id)?;
            c.fat.extend(words(sector));
        }
        Some(c)
    }

    /// Sector `id` as calamine reads it: ids up to the file's length over the sector size,
    /// and a sector cut short by the end of the file is what there is of it (maybe nothing).
    fn sector(&self, id: u32) -> Option<&'a [u8]> {
        let id = id as usize;
        if id > self.file.len() / self.size {
            return None;
        }
        let at = (id + 1) * self.size;
        let end = self.file.len();
        self.file.get(at.min(end)..(at + self.size).min(end))
    }

    /// The short-sector table (mini FAT), a chain in the FAT; empty when the header names
    /// none (a marker, end of chain or free, as writers put it).
    fn mini_fat(&self) -> Option<Vec<u32>> {
        let start = u32_at(self.header, 60)?;
        if start >= MAX_REG {
            return Some(Vec::new());
        }
        let bytes = chain(|id| self.sector(id), &self.fat, start, usize::MAX)?;
        Some(words(&bytes).collect())
    }

    /// The `Workbook` (BIFF8) or `Book` (BIFF5) stream, found and read as calamine does.
    fn workbook_stream(&self, mini_fat: &[u32]) -> Option<Vec<u8>> {
        if u16_at(self.header, 32)? != 6 {
            return None;
        }
        let sector = |id| self.sector(id);
        let dirs = chain(sector, &self.fat, u32_at(self.header, 48)?, usize::MAX)?;
        let entries: Vec<&[u8]> = dirs.chunks_exact(128).collect();
        let named = |want: &str| {
            entries.iter().find(|e| {
                let units: Vec<u16> = e[..64]
                    .chunks_exact(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .take_while(|&u| u != 0)
                    .collect();
                String::from_utf16_lossy(&units).eq_ignore_ascii_case(want)
            })
        };
        let entry = named("Workbook").or_else(|| named("Book"))?;
        let stream_len = |e: &[u8]| -> Option<usize> {
            if self.size == 512 {
                Some(u32_at(e, 120)? as usize)
            } else {
                usize::try_from(u64::from_le_bytes(e.get(120..128)?.try_into().ok()?)).ok()
            }
        };
        let (start, len) = (u32_at(entry, 116)?, stream_len(entry)?);
        if len >= 4096 {
            return chain(sector, &self.fat, start, len);
        }
        // A stream under 4096 bytes lives in the mini stream (the root entry's chain), in
        // 64-byte sectors chained by the mini sector table.
        let root = entries.first()?;
        let mini = chain(sector, &self.fat, u32_at(root, 116)?, stream_len(root)?)?;
        let mini_sector = |id: u32| {
            let s = mini.get(id as usize * 64..)?;
            Some(&s[..s.len().min(64)])
        };
        chain(mini_sector, mini_fat, start, len)
    }
}

/// BIFF records (type, data) from the start of `stream`, until one runs past its end.
fn records(stream: &[u8]) -> impl Iterator<Item = (u16, &[u8])> {
    let mut rest = stream;
    std::iter::from_fn(move || {
        let typ = u16_at(rest, 0)?;
        let len = usize::from(u16_at(rest, 2)?);
        let data = rest.get(4..4 + len)?;
        rest = &rest[4 + len..];
        Some((typ, data))
    })
}

/// Each sheet's offset in the stream and its name (`None` when not plainly decodable), from
/// the BOUNDSHEET records of the workbook globals.
fn sheets(stream: &[u8]) -> Vec<(usize, Option<String>)> {
    let mut biff8 = true;
    let mut out = Vec::new();
    for (typ, d) in records(stream) {
        match typ {
            // BOF: BIFF5 and older write sheet names without the BIFF8 flags byte.
            0x0809 => {
                let (v, dt) = (u16_at(d, 0).unwrap_or(0), u16_at(d, 2).unwrap_or(0));
                biff8 = !(matches!(v, 0x0002 | 0x0007 | 0x0200 | 0x0300 | 0x0400 | 0x0500)
                    || v == 0 && dt == 0x1000);
            }
            0x0085 => {
                let Some(pos) = u32_at(d, 0) else { continue };
                out.push((pos as usize, sheet_name(d.get(6..).unwrap_or(&[]), biff8)));
            }
            0x000a => break,
            _ => {}
        }
    }
    out
}

/// A BOUNDSHEET name: BIFF8 stores Latin-1 or UTF-16; older versions the file's code page,
/// which is only trusted here when it is ASCII.
fn sheet_name(d: &[u8], biff8: bool) -> Option<String> {
    let cch = usize::from(*d.first()?);
    if !biff8 {
        let b = d.get(1..1 + cch)?;
        return b
            .is_ascii()
            .then(|| String::from_utf8_lossy(b).into_owned());
    }
    let wide = d.get(1)? & 1 != 0;
    if wide {
        let units: Vec<u16> = d
            .get(2..2 + 2 * cch)?
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16(&units).ok()
    } else {
        Some(d.get(2..2 + cch)?.iter().map(|&b| char::from(b)).collect())
    }
}

/// What calamine would allocate for one sheet.
#[derive(Debug, PartialEq)]
struct Grid {
    /// Rows and columns DIMENSIONS makes it reserve cells for (the largest claim).
    declared: (u64, u64),
    /// Rows and columns of the dense range between its first and last cell, and its last
    /// column (`None`: no cell).
    span: Option<(u64, u64, u32)>,
}

/// Follows calamine's sheet loop: the cell records it turns into cells (BLANK and MULBLANK
/// it drops, so they count for nothing), skipping nested substreams (charts).
fn sheet_grid(stream: &[u8]) -> Grid {
    let (mut r0, mut r1, mut c0, mut c1) = (u32::MAX, 0u32, u32::MAX, 0u32);
    let mut cell = |r: u32, c: u32| (r0, r1, c0, c1) = (r0.min(r), r1.max(r), c0.min(c), c1.max(c));
    let mut declared = (0, 0);
    let (mut seen_bof, mut depth) = (false, 0usize);
    // A STRING record holds the value of the formula before it; calamine starts at A1.
    let mut formula_at = (0, 0);
    for (typ, d) in records(stream) {
        if depth > 0 {
            match typ {
                0x0809 => depth += 1,
                0x000a => depth -= 1,
                _ => {}
            }
            continue;
        }
        let at = || Some((u32::from(u16_at(d, 0)?), u32::from(u16_at(d, 2)?)));
        match typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x000a => break,
            0x0200 => {
                let (r, c) = dimensions(d).unwrap_or((0, 0));
                if r * c > declared.0 * declared.1 {
                    declared = (r, c);
                }
            }
            // NUMBER, LABEL, RSTRING, BOOLERR, RK, LABELSST, FORMULA. (A LABELSST whose
            // string index is off the table is dropped by calamine; counting it only
            // refuses a damaged file sooner.)
            0x0203 | 0x0204 | 0x00d6 | 0x0205 | 0x027e | 0x00fd | 0x0006 => {
                if let Some((r, c)) = at() {
                    cell(r, c);
                    if typ == 0x0006 {
                        formula_at = (r, c);
                    }
                }
            }
            0x0207 => cell(formula_at.0, formula_at.1),
            // MULRK: row, first column, 6 bytes per cell, last column; calamine refuses
            // one whose length and columns disagree.
            0x00bd => {
                let (Some((r, first)), Some(last)) = (at(), u16_at(d, d.len().wrapping_sub(2)))
                else {
                    continue;
                };
                let n = (d.len().saturating_sub(6) / 6) as u32;
                if n > 0 && d.len() == 6 + 6 * n as usize && first + n - 1 == u32::from(last) {
                    cell(r, first);
                    cell(r, u32::from(last));
                }
            }
            _ => {}
        }
    }
    Grid {
        declared,
        span: (r0 <= r1).then(|| (u64::from(r1 - r0) + 1, u64::from(c1 - c0) + 1, c1)),
    }
}

/// The rows and columns a DIMENSIONS record makes calamine reserve cells for, computed as
/// its `parse_dimensions` and sheet loop do (u32 arithmetic, which wraps in a release build).
fn dimensions(d: &[u8]) -> Option<(u64, u64)> {
    let (rf, rl, mut cf, cl) = match d.len() {
        10 => (
            u32::from(u16_at(d, 0)?),
            u32::from(u16_at(d, 2)?),
            u32::from(u16_at(d, 4)?),
            u32::from(u16_at(d, 6)?),
        ),
        14 | 16 => (
            u32_at(d, 0)?,
            u32_at(d, 4)?,
            u32::from(u16_at(d, 8)?),
            u32::from(u16_at(d, 10)?),
        ),
        _ => return None,
    };
    if cf > 0xff || cl < cf {
        cf = 0;
    }
    let (end_r, end_c) = if rl >= 1 && cl >= 1 {
        (rl - 1, cl - 1)
    } else {
        (rf, cf)
    };
    let rows = end_r.wrapping_sub(rf).wrapping_add(1);
    let cols = end_c.wrapping_sub(cf).wrapping_add(1);
    Some((u64::from(rows), u64::from(cols)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sector_chain_loops_are_found() {
        const END: u32 = 0xffff_fffe;
        // 0 → 1 → 2 → end, 3 → 1 (joins a chain that ends), 4 free.
        assert_eq!(first_loop(&[1, 2, END, 1, 0xffff_ffff]), None);
        assert_eq!(first_loop(&[]), None);
        // 0 → 1 → 2 → 1: a loop, entered from 0.
        assert_eq!(first_loop(&[1, 2, 1]), Some(1));
        // A sector pointing at itself, after chains that end.
        assert_eq!(first_loop(&[END, 0, 2]), Some(2));
        // Beyond the table counts as an end (calamine refuses that sector itself).
        assert_eq!(first_loop(&[7, END]), None);
    }

    /// The committed export written by xlwt (tests/data/import/make_fixtures.py): one sheet,
    /// "设备列表", with cells in A1:D5.
    fn export() -> Vec<u8> {
        std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/import/console-export.xls"
        ))
        .unwrap()
    }

    /// `bytes` with the one record starting with `head` given new bytes after its header.
    fn patched(bytes: &[u8], head: &[u8], body: &[u8]) -> Vec<u8> {
        let at: Vec<usize> = (0..bytes.len() - head.len())
            .filter(|&i| bytes[i..].starts_with(head))
            .collect();
        assert_eq!(at.len(), 1, "record {head:02x?} is not unique");
        let mut out = bytes.to_vec();
        out[at[0] + 4..at[0] + 4 + body.len()].copy_from_slice(body);
        out
    }

    /// The NUMBER record of row 4, column A (20000000002), moved to `row`, `col`; its type
    /// replaced by `typ`.
    fn moved_number(typ: u16, row: u16, col: u16) -> Vec<u8> {
        let head = [0x03, 0x02, 14, 0, 3, 0, 0, 0];
        let mut b = patched(
            &export(),
            &head,
            &[row.to_le_bytes(), col.to_le_bytes()].concat(),
        );
        let at = b.windows(4).position(|w| w == [0x03, 0x02, 14, 0]).unwrap();
        b[at..at + 2].copy_from_slice(&typ.to_le_bytes());
        b
    }

    fn check(bytes: &[u8]) -> Result<(), String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.xls");
        std::fs::write(&path, bytes).unwrap();
        check_xls(&path).map_err(|f| f.to_string())
    }

    #[test]
    fn a_real_export_is_read_as_calamine_reads_it_and_passes() {
        let file = export();
        let cfb = Compound::open(&file).unwrap();
        let stream = cfb.workbook_stream(&cfb.mini_fat().unwrap()).unwrap();
        let sheets = sheets(&stream);
        assert_eq!(sheets.len(), 1);
        assert_eq!(sheets[0].1.as_deref(), Some("设备列表"));
        let grid = sheet_grid(&stream[sheets[0].0..]);
        assert_eq!(grid.span, Some((5, 4, 3)), "A1:D5");
        assert_eq!(grid.declared, (5, 4));
        assert_eq!(check(&export()), Ok(()));
    }

    #[test]
    fn a_cell_far_from_the_rest_is_refused() {
        // A1 to IV65536: a grid BIFF8 allows, 16.7 M cells.
        let e = check(&moved_number(0x0203, 65535, 255)).unwrap_err();
        assert!(
            e.contains("t.xls: sheet \"设备列表\" spans 65536 rows × 256 columns (to column IV)"),
            "{e}"
        );
        assert!(e.contains("over the limit of 10000000 cells"), "{e}");
        // Few cells, but past the last column an .xlsx may have.
        let e = check(&moved_number(0x0203, 3, 20_000)).unwrap_err();
        assert!(e.contains("spans 5 rows × 20001 columns"), "{e}");
        // Within both limits, it passes.
        assert_eq!(check(&moved_number(0x0203, 60_000, 100)), Ok(()));
    }

    #[test]
    fn a_blank_cell_counts_for_nothing_as_calamine_drops_it() {
        // The same far record as a BLANK: calamine makes no cell of it.
        assert_eq!(check(&moved_number(0x0201, 65535, 65535)), Ok(()));
        // As an RK it is a cell.
        assert!(check(&moved_number(0x027e, 65535, 65535)).is_err());
    }

    #[test]
    fn a_dimensions_record_claiming_millions_of_cells_is_refused() {
        let dims = |rows: u32| {
            let body = [0u32.to_le_bytes(), rows.to_le_bytes()].concat();
            patched(&export(), &[0x00, 0x02, 14, 0], &body)
        };
        let e = check(&dims(5_000_000)).unwrap_err();
        assert!(
            e.contains("declares 5000000 rows × 4 columns in its DIMENSIONS record"),
            "{e}"
        );
        assert_eq!(check(&dims(65_536)), Ok(()));
    }

    #[test]
    fn what_is_not_a_readable_xls_is_left_to_calamine() {
        let whole = export();
        for bytes in [
            &whole[..whole.len() / 2],
            &whole[..600],
            &whole[..10],
            b"not a spreadsheet at all".as_slice(),
            &[],
        ] {
            assert_eq!(check(bytes), Ok(()));
        }
        // Garbage after a real header.
        let mut g = whole[..512].to_vec();
        g.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
        assert_eq!(check(&g), Ok(()));
        assert!(check_xls(Path::new("/nonexistent/x.xls")).is_ok());
    }

    fn rec(typ: u16, data: &[u8]) -> Vec<u8> {
        [
            &typ.to_le_bytes()[..],
            &(data.len() as u16).to_le_bytes(),
            data,
        ]
        .concat()
    }

    fn cell(typ: u16, row: u16, col: u16, len: usize) -> Vec<u8> {
        let mut d = [row.to_le_bytes(), col.to_le_bytes()].concat();
        d.resize(len, 0);
        rec(typ, &d)
    }

    #[test]
    fn sheet_records_are_followed_as_calamine_follows_them() {
        let bof = rec(0x0809, &[0, 6, 16, 0]);
        let eof = rec(0x000a, &[]);
        // MULRK on row 3, columns C..E (three 6-byte cells, then the last column).
        let mut mulrk = [3u16.to_le_bytes(), 2u16.to_le_bytes()].concat();
        mulrk.extend([0; 18]);
        mulrk.extend(4u16.to_le_bytes());
        let sheet = [
            bof.clone(),
            rec(0x00bd, &mulrk),
            // An embedded chart's records are not the sheet's cells.
            bof.clone(),
            cell(0x0203, 60_000, 200, 14),
            eof.clone(),
            cell(0x0204, 5, 3, 9),
            eof.clone(),
            // After the sheet's EOF: another sheet's business.
            cell(0x0203, 60_000, 200, 14),
        ]
        .concat();
        assert_eq!(sheet_grid(&sheet).span, Some((3, 3, 4)), "C4:E6");
        // A formula's STRING value with no formula before it lands in A1.
        let lone = [bof.clone(), cell(0x0203, 9, 9, 14), rec(0x0207, &[0; 4])].concat();
        assert_eq!(sheet_grid(&lone).span, Some((10, 10, 9)));
    }

    #[test]
    fn dimensions_are_computed_as_calamine_computes_them() {
        let d = |rf: u32, rl: u32, cf: u16, cl: u16| {
            let b = [
                &rf.to_le_bytes()[..],
                &rl.to_le_bytes(),
                &cf.to_le_bytes(),
                &cl.to_le_bytes(),
                &[0, 0],
            ]
            .concat();
            dimensions(&b)
        };
        // Last row and column are one past the end.
        assert_eq!(d(0, 5, 0, 4), Some((5, 4)));
        // An empty sheet: one cell.
        assert_eq!(d(0, 0, 0, 0), Some((1, 1)));
        // First row past the last: the subtraction wraps to billions of rows.
        assert_eq!(d(5, 1, 0, 1), Some((u64::from(u32::MAX) - 3, 1)));
        assert_eq!(dimensions(&[0; 12]), None);
    }
}
