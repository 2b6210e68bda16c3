//! The decode-back check: a produced code counts only if a QR decoder reads the intended
//! payload back from pixels. Raster output is decoded as drawn; vector and printer formats
//! are decoded from the same matrix drawn at the printer's dots per module.

use super::raster::Gray;
use super::{Matrix, Placed};

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
    Unreadable(&'static str, String),
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
        Some(Err(e)) => Err(VerifyError::Unreadable(what, e)),
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
pub fn check_placed(p: &Placed) -> Result<(), VerifyError> {
    let img = matrix_image(&p.matrix, p.layout.quiet, p.layout.dots.max(2));
    check_image("module matrix", &img, &p.label.data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Ecc;

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
}
