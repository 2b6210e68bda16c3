//! `wecom-hw import`'s resource bounds (`--max-rows`, `--max-cell-bytes`): exceeding one is
//! bad input (exit 3) naming the file, sheet, row and column, and leaves the store as it was
//! (absent stays absent). A CSV with an enormous line, or an .xls whose cells span a huge grid,
//! is refused without being read whole.

use crate::support::import::*;
use crate::support::store::Backend;
use predicates::prelude::*;

fn seeded(env: &Env) {
    let f = env.path("first.xlsx");
    write_xlsx(&f, &[("Sheet1", good_rows(1, 5))]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .success();
}

fn more_rows_than_max_rows_is_refused_and_changes_nothing(b: Backend) {
    let env = Env::on(b);
    seeded(&env);
    let before = env.store_hash();
    let f = env.path("big.xlsx");
    // Title row, header on row 2, 12 data rows on rows 3..=14.
    let mut rows = vec![vec![s("设备注册导出")]];
    rows.extend(good_rows(100, 12));
    write_xlsx(&f, &[("设备", rows)]);
    env.cmd()
        .args(["import", f.to_str().unwrap(), "--max-rows", "10"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(format!(
            "{}, sheet \"设备\", row 13: more than 10 data rows",
            f.display()
        )))
        .stderr(predicate::str::contains("--max-rows"));
    assert_eq!(
        env.store_hash(),
        before,
        "a refused import changed the store"
    );
    // Exactly at the limit is fine.
    env.cmd()
        .args(["import", f.to_str().unwrap(), "--max-rows", "12"])
        .assert()
        .success()
        .stdout(predicate::str::contains("imported 12 units"));
}

fn a_cell_over_max_cell_bytes_is_refused_with_its_row_and_column(b: Backend) {
    let env = Env::on(b);
    let f = env.path("long.xlsx");
    let mut rows = good_rows(1, 6);
    rows[0].push(s("备注"));
    // The default limit is 4096 bytes; 2000 CJK characters are 6000 bytes of UTF-8.
    rows[4].extend([s(&"长".repeat(2000))]);
    write_xlsx(&f, &[("Sheet1", rows)]);
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(format!(
            "{}, sheet \"Sheet1\", row 5, column E: the cell holds 6000 bytes of text, more than the limit of 4096",
            f.display()
        )))
        .stderr(predicate::str::contains("--max-cell-bytes"));
    assert!(
        !env.store_exists(),
        "a refused first import created the store"
    );
    // Raised, it imports, and the remark is whole.
    env.cmd()
        .args(["import", f.to_str().unwrap(), "--max-cell-bytes", "8000"])
        .assert()
        .success();
    let o = env
        .cmd()
        .args(["devices", "show", "E30000000004", "--json"])
        .output()
        .unwrap();
    let d: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(d["remark"].as_str().unwrap().len(), 6000, "{d}");
}

fn csv_rows_are_bounded_too(b: Backend) {
    let env = Env::on(b);
    seeded(&env);
    let before = env.store_hash();
    let f = env.path("many.csv");
    let mut text = String::from("SN,SecretNo\n");
    for i in 0..30u32 {
        text.push_str(&format!("E3{:010},{}\n", 500 + i, secret(500 + i)));
    }
    std::fs::write(&f, text).unwrap();
    env.cmd()
        .args(["import", f.to_str().unwrap(), "--max-rows", "20"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(format!(
            "{}, row 22: more than 20 data rows",
            f.display()
        )));
    assert_eq!(env.store_hash(), before);
}

/// A CSV whose second line is one 2 GiB cell (a sparse file: no disk is used). Read whole
/// it would need gigabytes; the import runs under a 1 GiB address-space limit and must
/// stop at that cell with a located error.
#[cfg(target_os = "linux")]
#[test]
fn a_csv_with_an_enormous_line_is_refused_without_reading_it_whole() {
    use std::io::Write;
    let env = Env::new();
    seeded(&env);
    let before = env.store_hash();
    let f = env.path("huge.csv");
    {
        let mut file = std::fs::File::create(&f).unwrap();
        write!(file, "SN,SecretNo,备注\nE30000000100,{},", secret(100)).unwrap();
        file.set_len(2 << 30).unwrap();
    }
    let o = import_under_1_gib(&env, &f);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{}, line 2, column C: a cell of more than 4096 bytes",
            f.display()
        )),
        "{stderr}"
    );
    assert_eq!(env.store_hash(), before);
}

/// `wecom-hw import FILE` into `env`'s store, under a 1 GiB address-space limit: a reader
/// that tries to hold a hostile file whole dies instead of passing.
#[cfg(target_os = "linux")]
fn import_under_1_gib(env: &Env, f: &std::path::Path) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"));
    cmd.env("WECOM_HW_LANG", "en")
        .env("WECOM_HW_STORE", &env.store)
        .args(["import", f.to_str().unwrap()]);
    // SAFETY: setrlimit is async-signal-safe; nothing else runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: 1 << 30,
                rlim_max: 1 << 30,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    cmd.output().unwrap()
}

/// An `.ods` with a header, one unit and `rows` (table-row elements), written as
/// LibreOffice lays one out.
fn write_ods(path: &std::path::Path, rows: &str) {
    write_ods_content(path, &ods_content(rows));
}

fn ods_content(rows: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Devices"><table:table-row><table:table-cell office:value-type="string"><text:p>SN</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>SecretNo</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>E30000000100</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell></table:table-row>{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#,
        secret(100)
    )
}

fn write_ods_content(path: &std::path::Path, content: &str) {
    use std::io::Write;
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("mimetype", stored).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    for (name, data) in [
        ("content.xml", content),
        ("META-INF/manifest.xml", manifest),
    ] {
        z.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(data.as_bytes()).unwrap();
    }
    z.finish().unwrap();
}

/// OpenDocument repeats a cell or row by an attribute and spaces by a count, and calamine
/// expands them all when it opens the file: a 1 KB `.ods` made it allocate 5.7 GB. Such
/// files are refused from their counts, within 1 GiB, before calamine reads them, and so is
/// one cut short inside a sheet; an ordinary `.ods` with repeats (LibreOffice's styled empty cells to the sheet's edge)
/// still imports.
#[cfg(target_os = "linux")]
#[test]
fn an_ods_whose_repeats_expand_to_gigabytes_is_refused_within_1_gib() {
    let env = Env::new();
    seeded(&env);
    let before = env.store_hash();
    let cells = env.path("cells.ods");
    write_ods(
        &cells,
        r#"<table:table-row table:number-rows-repeated="9000"><table:table-cell table:number-columns-repeated="10000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
    );
    let text = env.path("spaces.ods");
    write_ods(
        &text,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>E3<text:s text:c="4000000000"/></text:p></table:table-cell></table:table-row>"#,
    );
    // 4,000,000,000 spaces and the sheet's other text.
    for (f, says, limit) in [
        (
            &cells,
            "expands to 90020000 cells",
            "limit of 10000000 cells",
        ),
        (&text, "expands to 40000000", "limit of 256 MiB"),
    ] {
        assert!(std::fs::metadata(f).unwrap().len() < 2048);
        let o = import_under_1_gib(&env, f);
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(3), "{stderr}");
        assert!(
            stderr.contains(&format!("{}: sheet \"Devices\" {says}", f.display())),
            "{stderr}"
        );
        assert!(stderr.contains(limit), "{stderr}");
        assert_eq!(env.store_hash(), before);
    }
    // Text that ends between two rows made calamine loop for ever.
    let cut = env.path("cut.ods");
    let whole = ods_content("");
    write_ods_content(&cut, &whole[..whole.find("</table:table>").unwrap()]);
    let o = import_under_1_gib(&env, &cut);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("content.xml ends inside sheet \"Devices\": the file is damaged"),
        "{stderr}"
    );
    assert_eq!(env.store_hash(), before);
    let fine = env.path("fine.ods");
    write_ods(
        &fine,
        r#"<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#,
    );
    let o = import_under_1_gib(&env, &fine);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// An .xls whose one sheet has A1:B1 and a cell at row 65536, column 65536 (a 3.5 KB file,
/// written by tests/data/import/make_hostile_xls.py: xlwt's records with one NUMBER record's
/// row and column patched, in a compound file written by the script). calamine would
/// allocate the 65536 × 65536 grid between them (137 GB) while opening the workbook; under a
/// 1 GiB address-space limit the import must refuse it with the grid named, store untouched.
#[cfg(target_os = "linux")]
#[test]
fn an_xls_with_a_cell_far_from_the_rest_is_refused_before_calamine_reads_it() {
    let env = Env::new();
    let f = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/import/far-cell.xls"
    );
    let o = import_under_1_gib(&env, std::path::Path::new(f));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{f}: sheet \"设备列表\" spans 65536 rows × 65536 columns (to column CRXP), over the limit of 10000000 cells"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("delete the stray cells"), "{stderr}");
    assert!(!env.store_exists(), "a refused import created the store");
}

#[test]
fn help_documents_the_bounds_and_their_defaults() {
    let env = Env::new();
    env.cmd()
        .args(["import", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--max-rows <N>"))
        .stdout(predicate::str::contains("[default: 1000000]"))
        .stdout(predicate::str::contains("--max-cell-bytes <BYTES>"))
        .stdout(predicate::str::contains("[default: 4096]"));
    env.cmd()
        .args(["import", "x.csv", "--max-rows", "0"])
        .assert()
        .code(2);
}

/// calamine sizes its shared-strings table from the file's own claim; a small file claiming
/// trillions of strings must be refused, not abort the process.
fn an_xlsx_claiming_trillions_of_shared_strings_is_refused(b: Backend) {
    use std::io::{Read, Write};
    let env = Env::on(b);
    let good = env.path("good.xlsx");
    write_xlsx(&good, &[("Sheet1", good_rows(1, 5))]);
    let f = env.path("lying.xlsx");
    let mut src = zip::ZipArchive::new(std::fs::File::open(&good).unwrap()).unwrap();
    let mut dst = zip::ZipWriter::new(std::fs::File::create(&f).unwrap());
    for i in 0..src.len() {
        let mut e = src.by_index(i).unwrap();
        let name = e.name().unwrap().into_owned();
        let mut data = String::new();
        e.read_to_string(&mut data).unwrap();
        if name.ends_with("sharedStrings.xml") {
            let start = data.find("uniqueCount=\"").unwrap() + 13;
            let end = start + data[start..].find('"').unwrap();
            data.replace_range(start..end, "4000000000000");
        }
        dst.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        dst.write_all(data.as_bytes()).unwrap();
    }
    dst.finish().unwrap();
    env.cmd()
        .args(["import", f.to_str().unwrap()])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("claims 4000000000000 strings"));
    assert!(!env.store_exists());
}

// The enormous-line test stays on SQLite: it bounds the reader's memory under a 1 GiB
// address-space limit, before any store is touched.
crate::support::store::both_backends!(
    more_rows_than_max_rows_is_refused_and_changes_nothing,
    a_cell_over_max_cell_bytes_is_refused_with_its_row_and_column,
    csv_rows_are_bounded_too,
    an_xlsx_claiming_trillions_of_shared_strings_is_refused,
);
