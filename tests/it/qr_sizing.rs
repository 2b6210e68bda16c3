//! The sizing rule of `registration-and-labels.md` 6.3 on real label sizes: the largest
//! whole number of dots per module that fits with the 4-module quiet zone, checked on the
//! printed result (the `zpl` renderer's pixels), not on what the tool says.

use crate::support::qr::*;

/// 32 mixed-case characters: the longest hw_code the spec sizes for → V6-M, 41 modules.
const HW32: &str = "lS5aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT";

/// Renders the ZPL for a label and returns (symbol width in dots, left, top, right margin).
fn printed(label: &str, dpi: u32) -> (u32, u32, u32, u32) {
    let o = bin()
        .args([
            "qr",
            "static",
            "--hw-code",
            HW32,
            "--no-caption",
            "--format",
            "zpl",
        ])
        .args(["--label", label, "--dpi", &dpi.to_string(), "-o", "-"])
        .assert()
        .success();
    let zpl = o.get_output().stdout.clone();
    let (w, h, px) = zpl_rasters(&zpl, dpi).remove(0);
    assert_eq!(
        decode_gray(w as usize, h as usize, &px),
        vec![format!("{HW_URL}{HW32}")]
    );
    let (x0, y0, x1, _) = ink_box(w, &px, h);
    (x1 - x0 + 1, x0, y0, w - 1 - x1)
}

#[test]
fn v6_m_on_common_labels_at_203_and_300_dpi() {
    // (label, dpi, dots per module) worked out by hand from 6.3: 41 + 8 = 49 modules must
    // fit the smaller side (203 dpi = 8 dots/mm; 300 dpi = 11.81 dots/mm, rounded down).
    let cases = [
        ("30x20", 203, 3), // 160 / 49 = 3.27
        ("40x30", 203, 4), // 240 / 49 = 4.9
        ("50x30", 203, 4), // 240 / 49
        ("30x20", 300, 4), // 236 / 49 = 4.8
        ("40x30", 300, 7), // 354 / 49 = 7.2
        ("50x30", 300, 7),
    ];
    for (label, dpi, dots) in cases {
        let (side, left, top, right) = printed(label, dpi);
        assert_eq!(side, 41 * dots, "{label} at {dpi} dpi");
        let quiet = 4 * dots;
        assert!(
            left >= quiet && right >= quiet,
            "{label}@{dpi}: quiet zone left {left} right {right}"
        );
        assert!(top >= quiet, "{label}@{dpi}: top {top}");
    }
}

#[test]
fn png_is_printer_exact_on_a_label() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("l.png");
    bin()
        .args([
            "qr",
            "static",
            "--hw-code",
            HW32,
            "--no-caption",
            "--label",
            "50x30",
            "--dpi",
            "300",
            "-o",
        ])
        .arg(&p)
        .assert()
        .success();
    let img = image::load_from_memory(&std::fs::read(&p).unwrap())
        .unwrap()
        .to_luma8();
    assert_eq!((img.width(), img.height()), (590, 354)); // 50 and 30 mm at 11.81 dots/mm
    let (x0, _, x1, _) = ink_box(img.width(), img.as_raw(), img.height());
    assert_eq!(x1 - x0 + 1, 41 * 7);
    // Only pure black and white: no interpolated edge pixels.
    assert!(img.as_raw().iter().all(|&v| v == 0 || v == 255));
}

#[test]
fn small_modules_warn() {
    // With the SN caption, 30×20 at 203 dpi leaves 135 dots: 2 dots per module.
    bin()
        .args([
            "qr",
            "static",
            "--hw-code",
            HW32,
            "--sn",
            "E30000000001",
            "--label",
            "30x20",
            "--format",
            "zpl",
            "-o",
            "-",
        ])
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "warning: modules are 2 dots = 0.250 mm",
        ));
}

#[test]
fn too_small_label_names_the_minimum_and_writes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("x.zpl");
    bin()
        .args([
            "qr",
            "static",
            "--hw-code",
            HW32,
            "--no-caption",
            "--label",
            "10x10",
            "--dpi",
            "203",
            "-o",
        ])
        .arg(&p)
        .assert()
        .code(2)
        // 49 modules × 2 dots = 98 dots = 12.25 mm → 12.3 mm; 3 dots: 147 = 18.4 mm.
        .stderr(predicates::str::contains("at least 12.3×12.3 mm"))
        .stderr(predicates::str::contains("18.4×18.4 mm"));
    assert!(!p.exists());
    assert_eq!(std::fs::read_dir(d.path()).unwrap().count(), 0);
}
