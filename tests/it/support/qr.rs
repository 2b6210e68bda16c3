//! Independent decoders for the qr tests: every format is turned into pixels by something
//! other than wecom-hw's own matrix (image's PNG decoder, resvg, the `zpl` renderer,
//! poppler's pdftoppm, a fresh `qrcode` encoding of the TSPL data) and read with rqrr.

use std::path::Path;

pub const HW_URL: &str = "https://open.work.weixin.qq.com/connect/hardware?hw_code=";

pub fn bin() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("wecom-hw").unwrap();
    // The English texts the qr tests assert are the English catalog.
    c.args(["--lang", "en"])
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", super::no_store());
    c
}

/// All codes rqrr finds in a grey image (0 = black).
pub fn decode_gray(w: usize, h: usize, px: &[u8]) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| px[y * w + x]);
    img.detect_grids()
        .into_iter()
        .map(|g| g.decode().expect("a found grid decodes").1)
        .collect()
}

pub fn decode_png(bytes: &[u8]) -> Vec<String> {
    let img = image::load_from_memory(bytes).expect("a PNG").to_luma8();
    decode_gray(img.width() as usize, img.height() as usize, img.as_raw())
}

/// Renders SVG with resvg so that one view-box unit is one pixel.
pub fn decode_svg(bytes: &[u8]) -> Vec<String> {
    let tree = resvg::usvg::Tree::from_data(bytes, &resvg::usvg::Options::default()).unwrap();
    let text = std::str::from_utf8(bytes).unwrap();
    let vb = text.split("viewBox=\"").nth(1).unwrap();
    let nums: Vec<f32> = vb
        .split('"')
        .next()
        .unwrap()
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    let (w, h) = (nums[2] as u32, nums[3] as u32);
    let scale = w as f32 / tree.size().width();
    let mut pm = resvg::tiny_skia::Pixmap::new(w, h).unwrap();
    pm.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pm.as_mut(),
    );
    let gray: Vec<u8> = pm.data().chunks(4).map(|p| p[0]).collect();
    decode_gray(w as usize, h as usize, &gray)
}

/// Renders every label of a ZPL job with the `zpl` crate (ZD621 203-dpi profile, or the
/// given resolution) and returns the raster of each.
pub fn zpl_rasters(bytes: &[u8], dpi: u32) -> Vec<(u32, u32, Vec<u8>)> {
    let opts = zpl::Options {
        dpi,
        ..zpl::Options::default()
    };
    let doc = zpl::render(bytes, opts).expect("valid ZPL");
    doc.labels
        .iter()
        .map(|l| {
            let r = zpl::output::raster::rasterize(l).unwrap();
            (r.width, r.height, r.pixels)
        })
        .collect()
}

/// Bounding box of black pixels: (x0, y0, x1, y1) inclusive, limited to the top `max_y`.
pub fn ink_box(w: u32, px: &[u8], max_y: u32) -> (u32, u32, u32, u32) {
    let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0, 0);
    for (i, &p) in px.iter().enumerate() {
        let (x, y) = (i as u32 % w, i as u32 / w);
        if p < 128 && y < max_y {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
    }
    (x0, y0, x1, y1)
}

/// pdftoppm (poppler-utils) renders each page at `dpi`; missing tool is a failure.
pub fn decode_pdf(path: &Path, dpi: u32) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let st = std::process::Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-gray", "-png"])
        .arg(path)
        .arg(&prefix)
        .status()
        .expect("pdftoppm is missing: install Debian's poppler-utils (apt-get install poppler-utils) — the PDF decode-back test needs it");
    assert!(st.success());
    let mut pages: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|p| decode_png(&std::fs::read(p).unwrap()))
        .collect()
}

/// The fields the tests look at of a TSPL `QRCODE x,y,ECC,cell,mode,rotation,model,mask,"data"`
/// line.
#[derive(Debug)]
pub struct TsplQr {
    pub x: u32,
    pub y: u32,
    pub ecc: String,
    pub cell: u32,
    pub mode: String,
    pub model: String,
    pub data: String,
}

pub fn tspl_qrcodes(job: &str) -> Vec<TsplQr> {
    job.lines()
        .filter_map(|l| l.strip_prefix("QRCODE "))
        .map(|rest| {
            let (head, data) = rest.split_once(",\"").expect("quoted data");
            let f: Vec<&str> = head.split(',').collect();
            assert_eq!(f.len(), 8, "QRCODE with model and mask: {rest}");
            TsplQr {
                x: f[0].parse().unwrap(),
                y: f[1].parse().unwrap(),
                ecc: f[2].into(),
                cell: f[3].parse().unwrap(),
                mode: f[4].into(),
                model: f[6].into(),
                data: data.strip_suffix('"').unwrap().replace("\\[\"]", "\""),
            }
        })
        .collect()
}

/// What a TSPL printer would draw: the data encoded afresh with the `qrcode` crate at the
/// command's ECC, `cell` dots per module, 4-module margin; then decoded.
pub fn decode_tspl(q: &TsplQr) -> Vec<String> {
    let ecc = match q.ecc.as_str() {
        "L" => qrcode::EcLevel::L,
        "M" => qrcode::EcLevel::M,
        "Q" => qrcode::EcLevel::Q,
        "H" => qrcode::EcLevel::H,
        e => panic!("bad ECC {e}"),
    };
    let code = qrcode::QrCode::with_error_correction_level(q.data.as_bytes(), ecc).unwrap();
    let n = code.width();
    let c = q.cell as usize;
    let side = (n + 8) * c;
    let colors = code.to_colors();
    let mut px = vec![255u8; side * side];
    for y in 0..side {
        for x in 0..side {
            let (mx, my) = (x / c, y / c);
            if (4..n + 4).contains(&mx)
                && (4..n + 4).contains(&my)
                && colors[(my - 4) * n + mx - 4] == qrcode::Color::Dark
            {
                px[y * side + x] = 0;
            }
        }
    }
    decode_gray(side, side, &px)
}

/// Reads half-block terminal output back into pixels, the way a screen or a page shows it.
/// With escape codes (the coloured form) the drawn halves are the forced white foreground on
/// a black background; without (the plain form: a pipe, a file, `--color never`) they are
/// ink, dark on a light page. A reader that got the form wrong sees an inverted code, which
/// rqrr does not decode.
pub fn decode_term(text: &str) -> Vec<String> {
    let coloured = text.contains('\x1b');
    let (ink, paper) = if coloured { (255, 0) } else { (0, 255) };
    let mut rows: Vec<Vec<u8>> = Vec::new();
    for line in text.lines() {
        let clean: String = {
            let mut s = String::new();
            let mut it = line.chars();
            while let Some(c) = it.next() {
                if c == '\x1b' {
                    for e in it.by_ref() {
                        if e == 'm' {
                            break;
                        }
                    }
                } else {
                    s.push(c);
                }
            }
            s
        };
        // In the coloured form only the code's own lines have a background; in the plain
        // form a blank line is part of the quiet zone.
        if coloured && !clean.contains(['█', '▀', '▄']) {
            continue;
        }
        let (mut top, mut bot) = (Vec::new(), Vec::new());
        for c in clean.chars() {
            let (t, b) = match c {
                '█' => (ink, ink),
                '▀' => (ink, paper),
                '▄' => (paper, ink),
                _ => (paper, paper),
            };
            // Scale ×4 so the decoder has room.
            for _ in 0..4 {
                top.push(t);
                bot.push(b);
            }
        }
        for _ in 0..4 {
            rows.push(top.clone());
        }
        for _ in 0..4 {
            rows.push(bot.clone());
        }
    }
    // Room around the whole text: a page (or, coloured, the terminal's margin) is light.
    let w = rows.iter().map(Vec::len).max().unwrap_or(0) + 32;
    let mut px = vec![255u8; w * 16];
    for r in &rows {
        px.extend(std::iter::repeat_n(255u8, 16));
        px.extend_from_slice(r);
        px.resize(px.len() + w - 16 - r.len(), 255);
    }
    px.extend(std::iter::repeat_n(255u8, w * 16));
    decode_gray(w, rows.len() + 32, &px)
}
