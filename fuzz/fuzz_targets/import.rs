//! The registration import (`src/import`), through `read_export`, the entry point
//! `wecom-hw import` (and `cloud serve --devices`) uses: the input is written to a temp file
//! with the extension that selects the reader. The first byte picks the form:
//!
//! * `% 5 == 0` the bytes as a `.csv` (encoding detection, delimiter sniffing, csv crate);
//! * `% 5 == 1` the bytes as an `.xlsx` (zip layer and all);
//! * `% 5 == 2` an `.xlsx` built around the bytes: up to the first NUL they are
//!   `xl/worksheets/sheet1.xml`, after it `xl/sharedStrings.xml` (so mutations reach the
//!   sheet XML and the import logic instead of dying on a zip checksum);
//! * `% 5 == 3` the bytes as an `.xls`;
//! * `% 5 == 4` the bytes as an `.ods`, or with the first byte's top bit set, an `.ods`
//!   whose `content.xml` is the bytes (the sheet XML, where repeats and text runs expand).
//!
//! The second byte picks import options (header row, sheet, an explicit column).
//! Invariants: no panic; every record has a valid SN, comes from below the header and is
//! counted among the rows; for an `.xlsx` the streaming fast path gives exactly what the
//! general path gives (`read_export_unstreamed`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;
use std::path::{Path, PathBuf};
use wecom_hw::core::identity::validate_sn;
use wecom_hw::import::{Export, ImportOptions, read_export, read_export_unstreamed};

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="设备列表" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
const NO_STRINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>"#;

/// A stored (uncompressed) workbook around the given sheet and shared-strings XML.
fn xlsx(sheet: &[u8], strings: &[u8]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let parts: [(&str, &[u8]); 6] = [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", strings),
    ];
    for (name, bytes) in parts {
        z.start_file(name, o).expect("zip entry");
        z.write_all(bytes).expect("zip write");
    }
    z.finish().expect("zip finish").into_inner()
}

const ODS_MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;

/// A stored `.ods` around the given `content.xml`.
fn ods(content: &[u8]) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let o = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let parts: [(&str, &[u8]); 3] = [
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", content),
        ("META-INF/manifest.xml", ODS_MANIFEST.as_bytes()),
    ];
    for (name, bytes) in parts {
        z.start_file(name, o).expect("zip entry");
        z.write_all(bytes).expect("zip write");
    }
    z.finish().expect("zip finish").into_inner()
}

fn options(b: u8) -> ImportOptions {
    let mut o = ImportOptions::default();
    if b & 0x0f != 0 && b & 0x80 != 0 {
        o.header_row = Some(u32::from(b & 0x0f));
    }
    if b & 0x10 != 0 {
        o.sheet = Some(if b & 0x20 != 0 {
            "2".into()
        } else {
            "设备列表".into()
        });
    }
    if b & 0x40 != 0 {
        o.columns = vec!["remark=E".parse().expect("a valid column spec")];
    }
    o
}

fn temp(ext: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wecom-hw-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(format!("input.{ext}"))
}

/// Everything an import returns, secrets included (their `Debug` is masked).
fn shown(r: &Result<Export, wecom_hw::output::Failure>) -> String {
    match r {
        Ok(e) => {
            let secrets: Vec<&str> = e.records.iter().map(|r| r.secret_no.expose()).collect();
            format!("{e:?}\n{secrets:?}")
        }
        Err(f) => format!("error: {f}"),
    }
}

fn check(path: &Path, opts: &ImportOptions, differential: bool) {
    let got = read_export(path, opts);
    if let Ok(e) = &got {
        assert!(e.records.len() as u64 <= e.rows, "more records than rows");
        for r in &e.records {
            assert!(
                validate_sn(&r.sn).is_ok(),
                "record with an invalid SN {:?}",
                r.sn
            );
            assert!(r.source_row > e.header_row, "record from above the header");
        }
    }
    if differential {
        let general = read_export_unstreamed(path, opts);
        assert_eq!(
            shown(&got),
            shown(&general),
            "streamed and general reads differ"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&[sel, opt], rest)) = data.split_first_chunk::<2>() else {
        return;
    };
    let opts = options(opt);
    let (ext, bytes) = match sel % 5 {
        0 => ("csv", rest.to_vec()),
        1 => ("xlsx", rest.to_vec()),
        2 => {
            let (sheet, strings) = match rest.iter().position(|&b| b == 0) {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest, NO_STRINGS.as_bytes()),
            };
            ("xlsx", xlsx(sheet, strings))
        }
        3 => ("xls", rest.to_vec()),
        _ if sel & 0x80 != 0 => ("ods", ods(rest)),
        _ => ("ods", rest.to_vec()),
    };
    let path = temp(ext);
    std::fs::write(&path, &bytes).expect("write the temp file");
    check(&path, &opts, ext == "xlsx");
});
