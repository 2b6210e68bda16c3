//! Raster labels: one byte per printer dot (0 = black, 255 = white), then PNG.

use super::{Placed, font};

/// An 8-bit grey image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gray {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

/// Draws the label: whole-dot modules at the layout's position, caption below.
pub fn draw(p: &Placed) -> Gray {
    let l = &p.layout;
    let (w, h) = (l.width as usize, l.height as usize);
    let mut px = vec![255u8; w * h];
    let d = l.dots as usize;
    let n = p.matrix.width;
    let mut row = vec![255u8; n * d];
    for my in 0..n {
        // Build one pixel row of this module row, then copy it d times.
        for mx in 0..n {
            let v = if p.matrix.is_dark(mx, my) { 0 } else { 255 };
            row[mx * d..(mx + 1) * d].fill(v);
        }
        for dy in 0..d {
            let y = l.qr_y as usize + my * d + dy;
            let start = y * w + l.qr_x as usize;
            px[start..start + n * d].copy_from_slice(&row);
        }
    }
    if let (Some(text), Some(cap)) = (p.label.caption.as_deref(), l.caption) {
        let tw = font::text_width(text, cap.height);
        let x0 = cap.center_x.saturating_sub(tw / 2);
        font::draw(text, cap.height, |x, y| {
            let (x, y) = ((x0 + x) as usize, (cap.y + y) as usize);
            if x < w && y < h {
                px[y * w + x] = 0;
            }
        });
    }
    Gray {
        width: l.width,
        height: l.height,
        pixels: px,
    }
}

/// Encodes a grey image as an 8-bit greyscale PNG. Fast deflate with the `Up` filter: a
/// QR row repeats `dots` times, so most filtered rows are zeros and compress to nothing.
pub fn png(img: &Gray) -> Vec<u8> {
    use image::ImageEncoder;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut out = Vec::with_capacity(2048);
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Up)
        .write_image(
            &img.pixels,
            img.width,
            img.height,
            image::ExtendedColorType::L8,
        )
        .expect("PNG encoding into memory cannot fail for a consistent buffer");
    out
}
