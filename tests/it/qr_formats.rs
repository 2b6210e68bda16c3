//! Every output format decodes back to the payload through an independent path, and one
//! code per format is byte-identical to its golden file (tests/golden/qr/).

use crate::support::qr::*;
use std::path::Path;

const HW: &str = "ABCDEFGHIJKLMNOP";
const SN: &str = "3389153100001";

fn url() -> String {
    format!("{HW_URL}{HW}")
}

/// Writes the golden code in `ext` (40×30 mm at 203 dpi, caption = SN) and returns bytes.
fn make(dir: &Path, ext: &str) -> Vec<u8> {
    let p = dir.join(format!("code.{ext}"));
    let mut c = bin();
    c.args(["qr", "static", "--hw-code", HW, "--sn", SN, "-o"])
        .arg(&p);
    if ext != "txt" {
        c.args(["--label", "40x30", "--dpi", "203"]);
    }
    c.assert().success();
    std::fs::read(&p).unwrap()
}

/// Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it (review the diff!).
fn golden(ext: &str, bytes: &[u8]) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/qr/code.{ext}"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&p, bytes).unwrap();
    }
    let want = std::fs::read(&p).unwrap_or_else(|_| panic!("missing golden {}", p.display()));
    assert!(want == bytes, "{ext} output differs from {}", p.display());
}

#[test]
fn png_decodes_and_matches_golden() {
    let d = tempfile::tempdir().unwrap();
    let a = make(d.path(), "png");
    assert_eq!(decode_png(&a), vec![url()]);
    let img = image::load_from_memory(&a).unwrap().to_luma8();
    // 40×30 mm at 8 dots/mm, one pixel per dot.
    assert_eq!((img.width(), img.height()), (320, 240));
    assert_eq!(make(d.path(), "png"), a, "same input, same bytes");
    golden("png", &a);
}

#[test]
fn svg_decodes_through_resvg() {
    let d = tempfile::tempdir().unwrap();
    let a = make(d.path(), "svg");
    assert_eq!(decode_svg(&a), vec![url()]);
    let s = String::from_utf8(a.clone()).unwrap();
    assert!(s.contains("width=\"40mm\" height=\"30mm\""));
    assert!(s.contains(&format!(">{SN}</text>")));
    golden("svg", &a);
}

#[test]
fn zpl_decodes_through_the_zpl_renderer_with_room_for_the_quiet_zone() {
    let d = tempfile::tempdir().unwrap();
    let a = make(d.path(), "zpl");
    let text = String::from_utf8(a.clone()).unwrap();
    assert!(
        text.contains(&format!("^BQN,2,4^FDMA,{}^FS", url())),
        "{text}"
    );
    let labels = zpl_rasters(&a, 203);
    assert_eq!(labels.len(), 1);
    let (w, h, px) = &labels[0];
    assert_eq!((*w, *h), (320, 240));
    assert_eq!(decode_gray(*w as usize, *h as usize, px), vec![url()]);
    // V5-M is 37 modules; 4 dots each = 148 dots. Everything above the caption.
    let (x0, y0, x1, y1) = ink_box(*w, px, 200);
    assert_eq!(x1 - x0 + 1, 37 * 4, "whole dots per module");
    assert_eq!(y1 - y0 + 1, 37 * 4);
    // 4 modules × 4 dots of blank space on every side of the symbol.
    assert!(
        x0 >= 16 && y0 >= 16 && w - 1 - x1 >= 16,
        "quiet zone: {x0},{y0},{x1}"
    );
    // The caption is drawn below the code.
    assert!(text.contains(&format!("^FD{SN}^FS")));
    golden("zpl", &a);
}

#[test]
fn tspl_sends_model_m2_and_its_data_decodes() {
    let d = tempfile::tempdir().unwrap();
    let a = make(d.path(), "tspl");
    let text = String::from_utf8(a.clone()).unwrap();
    assert!(text.starts_with("SIZE 40 mm,30 mm\r\n"), "{text}");
    let qs = tspl_qrcodes(&text);
    assert_eq!(qs.len(), 1);
    let q = &qs[0];
    assert_eq!(
        (q.model.as_str(), q.ecc.as_str(), q.mode.as_str()),
        ("M2", "M", "A")
    );
    assert_eq!(q.cell, 4);
    assert_eq!(q.data, url());
    // The printer encodes the data itself: re-encode independently and decode.
    assert_eq!(decode_tspl(q), vec![url()]);
    // Symbol (37 × 4 dots) plus 16 dots of quiet zone each side stays on the 320-dot label.
    assert!(q.x >= 16 && q.x + 148 + 16 <= 320 && q.y >= 16);
    assert!(text.contains("PRINT 1,1\r\n"));
    golden("tspl", &a);
}

#[test]
fn pdf_decodes_through_pdftoppm() {
    let d = tempfile::tempdir().unwrap();
    let a = make(d.path(), "pdf");
    assert_eq!(
        decode_pdf(&d.path().join("code.pdf"), 203),
        vec![vec![url()]]
    );
    golden("pdf", &a);
}

#[test]
fn terminal_half_blocks_decode() {
    let d = tempfile::tempdir().unwrap();
    let a = make(d.path(), "txt");
    assert_eq!(decode_term(std::str::from_utf8(&a).unwrap()), vec![url()]);
    golden("txt", &a);
    // Piped stdout with no --format gets the terminal form as well.
    let o = bin().args(["qr", "url", "hello wecom"]).assert().success();
    assert_eq!(
        decode_term(std::str::from_utf8(&o.get_output().stdout).unwrap()),
        vec!["hello wecom"]
    );
}

#[test]
fn golden_files_themselves_decode() {
    let g = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/qr");
    assert_eq!(
        decode_png(&std::fs::read(g.join("code.png")).unwrap()),
        vec![url()]
    );
    assert_eq!(
        decode_svg(&std::fs::read(g.join("code.svg")).unwrap()),
        vec![url()]
    );
    let z = std::fs::read(g.join("code.zpl")).unwrap();
    let (w, h, px) = &zpl_rasters(&z, 203)[0];
    assert_eq!(decode_gray(*w as usize, *h as usize, px), vec![url()]);
}

#[test]
fn bluetooth_and_text_codes() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("bt.png");
    bin()
        .args(["qr", "bluetooth", "-o"])
        .arg(&p)
        .assert()
        .success();
    assert_eq!(
        decode_png(&std::fs::read(&p).unwrap()),
        vec!["https://open.work.weixin.qq.com/hw/f?t=bt"]
    );
    let p = d.path().join("t.svg");
    bin()
        .args(["qr", "url", "Wi-Fi: \"lab\" & <guest>", "--ecc", "H", "-o"])
        .arg(&p)
        .assert()
        .success();
    assert_eq!(
        decode_svg(&std::fs::read(&p).unwrap()),
        vec!["Wi-Fi: \"lab\" & <guest>"]
    );
}

#[test]
fn multi_label_jobs_decode_label_by_label() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("u.csv");
    std::fs::write(&csv, "sn,hw_code\nE1,AAAA1111\nE2,BBBB2222\nE3,cccc3333\n").unwrap();
    let want: Vec<String> = ["AAAA1111", "BBBB2222", "cccc3333"]
        .iter()
        .map(|h| format!("{HW_URL}{h}"))
        .collect();
    let zpl = d.path().join("job.zpl");
    bin()
        .args(["qr", "static", "--label", "40x30", "--input"])
        .arg(&csv)
        .arg("-o")
        .arg(&zpl)
        .assert()
        .success();
    let got: Vec<String> = zpl_rasters(&std::fs::read(&zpl).unwrap(), 203)
        .iter()
        .flat_map(|(w, h, px)| decode_gray(*w as usize, *h as usize, px))
        .collect();
    assert_eq!(got, want);
    let tspl = d.path().join("job.tspl");
    bin()
        .args(["qr", "static", "--label", "40x30", "--input"])
        .arg(&csv)
        .arg("-o")
        .arg(&tspl)
        .assert()
        .success();
    let t = std::fs::read_to_string(&tspl).unwrap();
    let got: Vec<String> = tspl_qrcodes(&t).iter().flat_map(decode_tspl).collect();
    assert_eq!(got, want);
    assert_eq!(t.matches("PRINT 1,1").count(), 3);
    let pdf = d.path().join("job.pdf");
    bin()
        .args([
            "qr", "static", "--label", "40x30", "--dpi", "300", "--input",
        ])
        .arg(&csv)
        .arg("-o")
        .arg(&pdf)
        .assert()
        .success();
    let pages: Vec<String> = decode_pdf(&pdf, 300).into_iter().flatten().collect();
    assert_eq!(pages, want);
}
