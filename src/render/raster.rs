//! Raster labels: one byte per printer dot (0 = black, 255 = white), then a 1-bit PNG.

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

/// Encodes a label image as a 1-bit greyscale PNG (a pixel is black below 128; labels are
/// pure black and white anyway). One bit per dot is an eighth of the data an 8-bit image
/// has to filter and deflate, and the files are smaller; every PNG reader expands it.
/// Fast deflate with the `Up` filter: a QR row repeats `dots` times, so most filtered rows
/// are zeros and compress to nothing. The `png` crate's output is deterministic.
pub fn png(img: &Gray) -> Vec<u8> {
    let (w, h) = (img.width as usize, img.height as usize);
    let stride = w.div_ceil(8);
    let mut bits = vec![0u8; stride * h];
    for (src, dst) in img
        .pixels
        .chunks_exact(w)
        .zip(bits.chunks_exact_mut(stride))
    {
        for (i, chunk) in src.chunks(8).enumerate() {
            // 1 = white in a greyscale PNG; unused low bits of the last byte stay 0.
            let mut b = 0u8;
            for (k, &p) in chunk.iter().enumerate() {
                b |= u8::from(p >= 128) << (7 - k);
            }
            dst[i] = b;
        }
    }
    let mut out = Vec::with_capacity(512 + bits.len() / 8);
    let mut enc = png::Encoder::new(&mut out, img.width, img.height);
    enc.set_color(png::ColorType::Grayscale);
    enc.set_depth(png::BitDepth::One);
    enc.set_compression(png::Compression::Fast);
    enc.set_filter(png::Filter::Up);
    enc.write_header()
        .and_then(|mut w| w.write_image_data(&bits))
        .expect("PNG encoding into memory cannot fail for a consistent buffer");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_is_one_bit_and_reads_back_pixel_for_pixel() {
        // 13 px wide: the last byte of each row is partly padding.
        let (w, h) = (13u32, 5u32);
        let pixels: Vec<u8> = (0..w * h)
            .map(|i| if (i * 7 + i / 3) % 5 < 2 { 0 } else { 255 })
            .collect();
        let img = Gray {
            width: w,
            height: h,
            pixels,
        };
        let bytes = png(&img);
        // IHDR bit depth byte (offset 8 signature + 8 length/type + 8 width/height).
        assert_eq!(bytes[24], 1, "bit depth");
        let back = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
            .unwrap()
            .into_luma8();
        assert_eq!((back.width(), back.height()), (w, h));
        assert_eq!(back.into_raw(), img.pixels);
        assert_eq!(png(&img), bytes, "deterministic");
    }
}
