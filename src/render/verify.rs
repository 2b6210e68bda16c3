//! The decode-back check: a produced code counts only if a QR decoder reads the intended
//! payload back from pixels. Raster output is decoded as drawn; vector and printer formats
//! are decoded from the same matrix drawn at the printer's dots per module.
//!
//! Two ways to read the pixels back ([`VerifyMode`]):
//! - `grid` (default): we know exactly where we drew the symbol (origin, dots per module,
//!   module count), so the module grid is read from the pixels at those places — every
//!   pixel of a module must have one colour, the finder patterns must be where they belong
//!   and the quiet zone must be blank — and the grid is decoded into the payload: first by
//!   the strict error-free decoder of [`super::qrdecode`], and whenever that declines
//!   (any error at all) by rqrr's full decoder with Reed–Solomon correction. This is
//!   what a scanner does after it has located the code, without the ~5 ms per code that
//!   locating costs rqrr.
//! - `full`: rqrr also has to *find* the code in the image (finder detection, perspective
//!   fit, grid refinement), like a phone would. Slower; catches nothing `grid` misses on our
//!   own pixel-exact output, but makes no use of what we know about the layout.

use super::raster::Gray;
use super::{Ecc, Matrix, Placed};

/// What the decoder saw instead of the payload.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum VerifyError {
    #[error("decode-back check failed: no QR code found in the {0} image")]
    NotFound(&'static str),
    #[error("decode-back check failed: the {what} decodes to {got:?}, expected {want:?}")]
    Mismatch {
        what: &'static str,
        got: String,
        want: String,
    },
    #[error("decode-back check failed: the {0} code was found but could not be decoded: {1}")]
    Unreadable(&'static str, Unreadable),
}

/// Why a found code could not be read back: typed, so the edge words it in the reader's
/// language ([`Unreadable::message`]); `Display` is the English record for logs and tests.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum Unreadable {
    #[error("the symbol and its quiet zone do not fit the {w}×{h} image")]
    DoesNotFit { w: usize, h: usize },
    #[error("dark pixel ({x}, {y}) in the quiet zone")]
    DarkQuietZone { x: usize, y: usize },
    #[error("module ({mx}, {my}) is not one colour (pixel ({x}, {y}))")]
    NotOneColour {
        mx: usize,
        my: usize,
        x: usize,
        y: usize,
    },
    #[error("it declares version {version} ECC {ecc}, expected V{want_version}-{want_ecc}")]
    WrongVersion {
        version: usize,
        /// The ECC letter, `?` when the format field names none.
        ecc: char,
        want_version: u8,
        want_ecc: char,
    },
    /// The PNG reader's own words (data after our sentence).
    #[error("the PNG does not decode: {0}")]
    PngDecode(String),
    /// The QR decoder's own words (data after our sentence).
    #[error("{0}")]
    Decoder(String),
}

impl Unreadable {
    /// The finding in the chosen language.
    pub fn message(&self) -> String {
        match self {
            Unreadable::DoesNotFit { w, h } => {
                crate::fl!(
                    "i18nl-verify-does-not-fit",
                    w = w.to_string(),
                    h = h.to_string()
                )
            }
            Unreadable::DarkQuietZone { x, y } => {
                crate::fl!(
                    "i18nl-verify-dark-quiet-zone",
                    x = x.to_string(),
                    y = y.to_string()
                )
            }
            Unreadable::NotOneColour { mx, my, x, y } => crate::fl!(
                "i18nl-verify-not-one-colour",
                mx = mx.to_string(),
                my = my.to_string(),
                x = x.to_string(),
                y = y.to_string()
            ),
            Unreadable::WrongVersion {
                version,
                ecc,
                want_version,
                want_ecc,
            } => crate::fl!(
                "i18nl-verify-wrong-version",
                version = version.to_string(),
                ecc = ecc.to_string(),
                want_version = want_version.to_string(),
                want_ecc = want_ecc.to_string()
            ),
            Unreadable::PngDecode(why) => {
                crate::fl!("i18nl-verify-png-decode", detail = why.clone())
            }
            Unreadable::Decoder(why) => why.clone(),
        }
    }
}

impl From<VerifyError> for crate::output::Failure {
    fn from(e: VerifyError) -> Self {
        let message = match e {
            VerifyError::NotFound(what) => crate::fl!("render-verify-not-found", what = what),
            VerifyError::Mismatch { what, got, want } => crate::fl!(
                "render-verify-mismatch",
                what = what,
                got = format!("{got:?}"),
                want = format!("{want:?}")
            ),
            VerifyError::Unreadable(what, why) => {
                crate::fl!(
                    "render-verify-unreadable",
                    what = what,
                    detail = why.message()
                )
            }
        };
        crate::output::Failure::new(crate::output::ErrorCode::RenderDecodeBackFailed, message)
            .hint(crate::fl!("render-verify-hint"))
    }
}

/// How the decode-back check reads the pixels (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum VerifyMode {
    /// read the module grid where it was drawn, then decode it with rqrr (fast)
    #[default]
    Grid,
    /// let rqrr locate the code in the whole image first, as a phone would (slow)
    Full,
}

/// Where a symbol was drawn in an image: what the `grid` check needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    /// Modules per side (no quiet zone).
    pub modules: usize,
    /// Pixels per module.
    pub dots: usize,
    /// Top-left pixel of the first module.
    pub x: usize,
    pub y: usize,
    /// Quiet-zone modules on each side that must be blank.
    pub quiet: usize,
    /// The version and ECC level the symbol must declare.
    pub version: u8,
    pub ecc: Ecc,
}

impl Geometry {
    /// The geometry of a placed label as [`super::raster::draw`] draws it.
    pub fn of(p: &Placed) -> Geometry {
        Geometry {
            modules: p.matrix.width,
            dots: p.layout.dots as usize,
            x: p.layout.qr_x as usize,
            y: p.layout.qr_y as usize,
            quiet: p.layout.quiet as usize,
            version: p.matrix.version,
            ecc: p.matrix.ecc,
        }
    }
}

/// Is module `(x, y)` of an `n`-module symbol dark in a finder pattern or its separator?
/// `None` outside those three 8×8 corners.
fn finder_module(n: usize, x: usize, y: usize) -> Option<bool> {
    let (x, y, far) = (x as isize, y as isize, n as isize - 7);
    // Finder-local coordinates: 0..7 is the pattern, -1 or 7 its separator.
    let (fx, fy) = match (x < 8, y < 8, x >= far - 1, y >= far - 1) {
        (true, true, _, _) => (x, y),
        (_, true, true, _) => (x - far, y),
        (true, _, _, true) => (x, y - far),
        _ => return None,
    };
    // Ring distance from the finder's centre (3, 3): 0–1 dark core, 2 light, 3 dark
    // border, 4 the light separator.
    let d = (fx - 3).abs().max((fy - 3).abs());
    Some(d != 2 && d < 4)
}

/// The `grid` check on a grey image (0 = black): reads the modules at `g`, checks the
/// finders and quiet zone, and decodes the grid with rqrr.
pub fn check_grid(
    what: &'static str,
    img: &Gray,
    g: &Geometry,
    want: &str,
) -> Result<(), VerifyError> {
    let (w, h) = (img.width as usize, img.height as usize);
    let (n, d) = (g.modules, g.dots.max(1));
    let unreadable = |m: Unreadable| VerifyError::Unreadable(what, m);
    let q = g.quiet * d;
    if g.x < q || g.y < q || g.x + (n * d) + q > w || g.y + (n * d) + q > h {
        return Err(unreadable(Unreadable::DoesNotFit { w, h }));
    }
    let dark = |x: usize, y: usize| img.pixels[y * w + x] < 128;
    // Quiet zone: every pixel of the frame around the symbol is light.
    for y in g.y - q..g.y + n * d + q {
        let inside = y >= g.y && y < g.y + n * d;
        for x in g.x - q..g.x + n * d + q {
            if inside && x >= g.x && x < g.x + n * d {
                continue;
            }
            if dark(x, y) {
                return Err(unreadable(Unreadable::DarkQuietZone { x, y }));
            }
        }
    }
    let mut bits = vec![false; n * n];
    for my in 0..n {
        for mx in 0..n {
            let (x0, y0) = (g.x + mx * d, g.y + my * d);
            let v = dark(x0 + d / 2, y0 + d / 2);
            for y in y0..y0 + d {
                if let Some(x) = (x0..x0 + d).find(|&x| dark(x, y) != v) {
                    return Err(unreadable(Unreadable::NotOneColour { mx, my, x, y }));
                }
            }
            if finder_module(n, mx, my).is_some_and(|f| f != v) {
                return Err(VerifyError::NotFound(what));
            }
            bits[my * n + mx] = v;
        }
    }
    decode_grid(what, n, &bits, g, want)
}

/// Decodes a module grid (row-major, `true` = dark) and compares it with what was meant:
/// the error-free fast path ([`super::qrdecode`]) when the grid is an intact code word,
/// else rqrr's full decoder with error correction.
pub fn decode_grid(
    what: &'static str,
    n: usize,
    bits: &[bool],
    g: &Geometry,
    want: &str,
) -> Result<(), VerifyError> {
    let unreadable = |m: Unreadable| VerifyError::Unreadable(what, m);
    let (version, ecc, got) = match super::qrdecode::decode(n, |x, y| bits[y * n + x]) {
        Some(d) => (d.version as usize, Some(d.ecc), d.text),
        None => {
            let grid = rqrr::Grid::new(rqrr::SimpleGrid::from_func(n, |x, y| bits[y * n + x]));
            let (meta, got) = grid
                .decode()
                .map_err(|e| unreadable(Unreadable::Decoder(e.to_string())))?;
            // rqrr reports the raw 2-bit format field: M = 0, L = 1, H = 2, Q = 3.
            let ecc = [Ecc::M, Ecc::L, Ecc::H, Ecc::Q]
                .get(meta.ecc_level as usize)
                .copied();
            (meta.version.0, ecc, got)
        }
    };
    if version != g.version as usize || ecc != Some(g.ecc) {
        return Err(unreadable(Unreadable::WrongVersion {
            version,
            ecc: ecc.map_or('?', Ecc::letter),
            want_version: g.version,
            want_ecc: g.ecc.letter(),
        }));
    }
    if got != want {
        return Err(VerifyError::Mismatch {
            what,
            got,
            want: want.to_owned(),
        });
    }
    Ok(())
}

/// Checks an image in `mode`; `g` says where the symbol was drawn.
pub fn check(
    mode: VerifyMode,
    what: &'static str,
    img: &Gray,
    g: &Geometry,
    want: &str,
) -> Result<(), VerifyError> {
    match mode {
        VerifyMode::Grid => check_grid(what, img, g, want),
        VerifyMode::Full => check_image(what, img, want),
    }
}

/// Checks PNG bytes exactly as they will be written: decodes them with the `image` crate
/// (an independent PNG reader, not our encoder) and checks the pixels in `mode`.
pub fn check_png(
    mode: VerifyMode,
    png: &[u8],
    g: &Geometry,
    want: &str,
) -> Result<(), VerifyError> {
    if mode == VerifyMode::Grid
        && let Some(r) = check_png_packed(png, g, want)
    {
        return r;
    }
    let img = image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .map_err(|e| VerifyError::Unreadable("PNG", Unreadable::PngDecode(e.to_string())))?
        .into_luma8();
    let img = Gray {
        width: img.width(),
        height: img.height(),
        pixels: img.into_raw(),
    };
    check(mode, "PNG", &img, g, want)
}

/// The `grid` check on a 1-bit PNG without expanding it to a byte per pixel: the `png`
/// crate inflates the rows as stored, every pixel row of a module row must equal that
/// module row's first pixel row byte for byte, and that row is read module by module.
/// `None` when the file is not a 1-bit greyscale PNG or anything looks off (a pixel
/// disagreeing, a dark quiet zone, a misplaced finder): the caller then runs the
/// pixel-by-pixel [`check_grid`] on the expanded image, which names the exact fault.
/// So this path can only be quicker, never more lenient.
fn check_png_packed(png: &[u8], g: &Geometry, want: &str) -> Option<Result<(), VerifyError>> {
    let mut dec = png::Decoder::new(std::io::Cursor::new(png));
    dec.set_transformations(png::Transformations::IDENTITY);
    let mut reader = dec.read_info().ok()?;
    let info = reader.info();
    if info.color_type != png::ColorType::Grayscale
        || info.bit_depth != png::BitDepth::One
        || info.interlaced
    {
        return None;
    }
    let mut buf = vec![0u8; reader.output_buffer_size()?];
    let out = reader.next_frame(&mut buf).ok()?;
    let (w, h, stride) = (out.width as usize, out.height as usize, out.line_size);
    let (n, d) = (g.modules, g.dots.max(1));
    let q = g.quiet * d;
    let side = n * d;
    if g.x < q || g.y < q || g.x + side + q > w || g.y + side + q > h {
        return None;
    }
    let row = |y: usize| &buf[y * stride..(y + 1) * stride];
    // 1 = white in a greyscale PNG.
    let light = |r: &[u8], x: usize| r[x >> 3] >> (7 - (x & 7)) & 1 == 1;
    let all_light = |r: &[u8], x0: usize, x1: usize| (x0..x1).all(|x| light(r, x));
    let (left, right) = (g.x - q, g.x + side + q);
    for y in (g.y - q..g.y).chain(g.y + side..g.y + side + q) {
        if !all_light(row(y), left, right) {
            return None;
        }
    }
    let mut bits = vec![false; n * n];
    for my in 0..n {
        let y0 = g.y + my * d;
        let first = row(y0);
        if (1..d).any(|k| row(y0 + k) != first)
            || !all_light(first, left, g.x)
            || !all_light(first, g.x + side, right)
        {
            return None;
        }
        for mx in 0..n {
            let x0 = g.x + mx * d;
            let v = !light(first, x0);
            if (1..d).any(|k| light(first, x0 + k) == v) {
                return None;
            }
            if finder_module(n, mx, my).is_some_and(|f| f != v) {
                return None;
            }
            bits[my * n + mx] = v;
        }
    }
    Some(decode_grid("PNG", n, &bits, g, want))
}

/// Decodes every QR symbol rqrr finds in a grey image.
pub fn decode(width: u32, height: u32, pixels: &[u8]) -> Vec<Result<String, String>> {
    let w = width as usize;
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(w, height as usize, |x, y| pixels[y * w + x]);
    img.detect_grids()
        .into_iter()
        .map(|g| g.decode().map(|(_, s)| s).map_err(|e| e.to_string()))
        .collect()
}

/// Checks that `img` holds exactly one code saying `want`.
pub fn check_image(what: &'static str, img: &Gray, want: &str) -> Result<(), VerifyError> {
    let found = decode(img.width, img.height, &img.pixels);
    match found.into_iter().next() {
        None => Err(VerifyError::NotFound(what)),
        Some(Err(e)) => Err(VerifyError::Unreadable(what, Unreadable::Decoder(e))),
        Some(Ok(got)) if got == want => Ok(()),
        Some(Ok(got)) => Err(VerifyError::Mismatch {
            what,
            got,
            want: want.to_owned(),
        }),
    }
}

/// Draws a bare matrix with its quiet zone at `dots` per module.
pub fn matrix_image(m: &Matrix, quiet: u32, dots: u32) -> Gray {
    let d = dots.max(1) as usize;
    let q = quiet as usize;
    let side = (m.width + 2 * q) * d;
    let mut px = vec![255u8; side * side];
    for y in 0..m.width {
        for x in 0..m.width {
            if m.is_dark(x, y) {
                for dy in 0..d {
                    let r = ((q + y) * d + dy) * side;
                    px[r + (q + x) * d..r + (q + x + 1) * d].fill(0);
                }
            }
        }
    }
    Gray {
        width: side as u32,
        height: side as u32,
        pixels: px,
    }
}

/// The check for formats whose pixels we do not hold (SVG, PDF, ZPL, TSPL, terminal):
/// the matrix at the printer's dots per module, quiet zone included.
pub fn check_placed(p: &Placed, mode: VerifyMode) -> Result<(), VerifyError> {
    let dots = p.layout.dots.max(2);
    let img = matrix_image(&p.matrix, p.layout.quiet, dots);
    let at = (p.layout.quiet * dots) as usize;
    let g = Geometry {
        dots: dots as usize,
        x: at,
        y: at,
        ..Geometry::of(p)
    };
    check(mode, "module matrix", &img, &g, &p.label.data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrong_payload_or_a_blank_image_is_an_error() {
        let m = Matrix::encode(b"https://example.com/a", Ecc::M).unwrap();
        let img = matrix_image(&m, 4, 3);
        assert_eq!(check_image("PNG", &img, "https://example.com/a"), Ok(()));
        let e = check_image("PNG", &img, "https://example.com/b").unwrap_err();
        assert!(matches!(e, VerifyError::Mismatch { .. }), "{e}");
        let blank = Gray {
            width: 60,
            height: 60,
            pixels: vec![255; 3600],
        };
        assert_eq!(
            check_image("PNG", &blank, "x"),
            Err(VerifyError::NotFound("PNG"))
        );
    }

    fn sample(dots: usize) -> (Gray, Geometry) {
        let m = Matrix::encode(b"https://example.com/grid", Ecc::M).unwrap();
        let img = matrix_image(&m, 4, dots as u32);
        let g = Geometry {
            modules: m.width,
            dots,
            x: 4 * dots,
            y: 4 * dots,
            quiet: 4,
            version: m.version,
            ecc: Ecc::M,
        };
        (img, g)
    }

    #[test]
    fn both_modes_read_a_good_code_and_reject_a_wrong_payload() {
        let (img, g) = sample(3);
        for mode in [VerifyMode::Grid, VerifyMode::Full] {
            assert_eq!(
                check(mode, "PNG", &img, &g, "https://example.com/grid"),
                Ok(())
            );
            let e = check(mode, "PNG", &img, &g, "https://example.com/other").unwrap_err();
            assert!(matches!(e, VerifyError::Mismatch { .. }), "{mode:?}: {e}");
        }
    }

    #[test]
    fn grid_mode_rejects_what_was_not_drawn_where_we_say() {
        let (img, g) = sample(3);
        let want = "https://example.com/grid";
        // Symbol one module off: the finders are not where they belong.
        let off = Geometry { x: g.x + 3, ..g };
        assert!(check_grid("PNG", &img, &off, want).is_err());
        // A different ECC level than the one declared.
        let ecc = Geometry { ecc: Ecc::H, ..g };
        let e = check_grid("PNG", &img, &ecc, want).unwrap_err();
        assert!(e.to_string().contains("expected V"), "{e}");
        // A dark dot in the quiet zone.
        let mut dirty = img.clone();
        dirty.pixels[2 * img.width as usize + 2] = 0;
        let e = check_grid("PNG", &dirty, &g, want).unwrap_err();
        assert!(e.to_string().contains("quiet zone"), "{e}");
        // A module whose pixels disagree (a fractional-scale or blurred image).
        let mut split = img.clone();
        let (x, y) = (g.x + 10 * 3, g.y + 10 * 3);
        let v = split.pixels[y * img.width as usize + x];
        split.pixels[y * img.width as usize + x] = 255 - v;
        let e = check_grid("PNG", &split, &g, want).unwrap_err();
        assert!(e.to_string().contains("not one colour"), "{e}");
        // A broken finder pattern (its dark core turned light).
        let mut finder = img.clone();
        for dy in 0..3 {
            let r = (g.y + 3 * 3 + dy) * img.width as usize;
            finder.pixels[r + g.x + 9..r + g.x + 12].fill(255);
        }
        assert_eq!(
            check_grid("PNG", &finder, &g, want),
            Err(VerifyError::NotFound("PNG"))
        );
    }

    /// The fast path only takes intact code words; anything else goes to rqrr, which
    /// corrects what a scanner would correct and fails what it could not read.
    #[test]
    fn damaged_grids_are_corrected_or_rejected_never_waved_through() {
        let want = "https://example.com/grid";
        let m = Matrix::encode(want.as_bytes(), Ecc::M).unwrap();
        let n = m.width;
        let g = Geometry {
            modules: n,
            dots: 1,
            x: 0,
            y: 0,
            quiet: 0,
            version: m.version,
            ecc: Ecc::M,
        };
        let fast = |bits: &[bool]| super::super::qrdecode::decode(n, |x, y| bits[y * n + x]);
        assert!(fast(&m.dark).is_some());
        assert_eq!(decode_grid("PNG", n, &m.dark, &g, want), Ok(()));
        let e = decode_grid("PNG", n, &m.dark, &g, "https://example.com/gric").unwrap_err();
        assert!(matches!(e, VerifyError::Mismatch { .. }), "{e}");

        // Three flipped data modules in one corner: the fast path declines, rqrr corrects.
        let mut few = m.dark.clone();
        for (x, y) in [(n - 1, n - 1), (n - 2, n - 1), (n - 1, n - 2)] {
            few[y * n + x] = !few[y * n + x];
        }
        assert_eq!(fast(&few), None);
        assert_eq!(decode_grid("PNG", n, &few, &g, want), Ok(()));

        // Half the data area inverted: beyond any correction.
        let mut many = m.dark.clone();
        for y in 9..n {
            for x in 9..n {
                many[y * n + x] = !many[y * n + x];
            }
        }
        assert!(decode_grid("PNG", n, &many, &g, want).is_err());

        // Format information wiped in both copies.
        let mut format = m.dark.clone();
        for i in 0..9 {
            format[8 * n + i] = true;
            format[i * n + 8] = true;
        }
        for i in 0..8 {
            format[8 * n + n - 1 - i] = true;
            format[(n - 1 - i) * n + 8] = true;
        }
        assert!(decode_grid("PNG", n, &format, &g, want).is_err());
    }

    /// The packed-row path and the pixel path give the same verdict on good and damaged
    /// PNGs (a damaged one falls through to the pixel path, which names the fault).
    #[test]
    fn png_check_gives_the_pixel_checks_verdict() {
        let (img, g) = sample(3);
        let want = "https://example.com/grid";
        let mut cases = vec![img.clone()];
        let w = img.width as usize;
        for (x, y) in [
            (2, 2),
            (g.x + 31, g.y + 31),
            (g.x + 4, g.y + 40),
            (g.x + 9, g.y + 9),
        ] {
            let mut bad = img.clone();
            bad.pixels[y * w + x] = 255 - bad.pixels[y * w + x];
            cases.push(bad);
        }
        // A whole module flipped (all its pixels): still one colour per module.
        let mut module = img.clone();
        for dy in 0..3 {
            for dx in 0..3 {
                let i = (g.y + 20 * 3 + dy) * w + g.x + 20 * 3 + dx;
                module.pixels[i] = 255 - module.pixels[i];
            }
        }
        cases.push(module);
        for (i, c) in cases.iter().enumerate() {
            let bytes = super::super::raster::png(c);
            let packed = check_png(VerifyMode::Grid, &bytes, &g, want);
            assert_eq!(packed, check_grid("PNG", c, &g, want), "case {i}");
            assert!(check_png(VerifyMode::Grid, &bytes, &g, "x").is_err());
        }
    }

    #[test]
    fn grid_mode_reads_a_png_as_written() {
        let m = Matrix::encode(b"https://example.com/png", Ecc::Q).unwrap();
        let img = matrix_image(&m, 4, 2);
        let bytes = super::super::raster::png(&img);
        let g = Geometry {
            modules: m.width,
            dots: 2,
            x: 8,
            y: 8,
            quiet: 4,
            version: m.version,
            ecc: Ecc::Q,
        };
        for mode in [VerifyMode::Grid, VerifyMode::Full] {
            assert_eq!(
                check_png(mode, &bytes, &g, "https://example.com/png"),
                Ok(())
            );
        }
        let e = check_png(VerifyMode::Grid, &bytes[..bytes.len() / 2], &g, "x").unwrap_err();
        assert!(e.to_string().contains("does not decode"), "{e}");
    }
}
