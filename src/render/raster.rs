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

/// The PNG of a placed label, as `png(&draw(p))` gives it, without the byte-per-pixel
/// image in between when there is no caption: each module row is packed once and repeated
/// `dots` times.
pub fn png_of(p: &Placed) -> Vec<u8> {
    if p.label.caption.is_some() && p.layout.caption.is_some() {
        return png(&draw(p));
    }
    let l = &p.layout;
    let (w, h) = (l.width as usize, l.height as usize);
    let stride = w.div_ceil(8);
    // White everywhere (1 bits), padding bits 0.
    let mut blank = vec![0xffu8; stride];
    if w % 8 != 0 {
        blank[stride - 1] = 0xff << (8 - w % 8);
    }
    let mut bits = Vec::with_capacity(stride * h);
    for _ in 0..h {
        bits.extend_from_slice(&blank);
    }
    let (d, n) = (l.dots as usize, p.matrix.width);
    let mut row = blank.clone();
    for my in 0..n {
        row.copy_from_slice(&blank);
        for mx in 0..n {
            if p.matrix.is_dark(mx, my) {
                let x0 = l.qr_x as usize + mx * d;
                for x in x0..x0 + d {
                    row[x >> 3] &= !(0x80 >> (x & 7));
                }
            }
        }
        for dy in 0..d {
            let y = l.qr_y as usize + my * d + dy;
            bits[y * stride..(y + 1) * stride].copy_from_slice(&row);
        }
    }
    png_1bit(l.width, l.height, stride, &bits)
}

/// Packs a grey image into 1-bit rows, most significant bit first, 1 = white (a pixel is
/// black below 128; labels are pure black and white anyway). Unused low bits of each
/// row's last byte are 0.
pub fn pack(img: &Gray) -> (usize, Vec<u8>) {
    let (w, h) = (img.width as usize, img.height as usize);
    let stride = w.div_ceil(8);
    let mut bits = vec![0u8; stride * h];
    for (src, dst) in img
        .pixels
        .chunks_exact(w.max(1))
        .zip(bits.chunks_exact_mut(stride.max(1)))
    {
        for (i, chunk) in src.chunks(8).enumerate() {
            let mut b = 0u8;
            for (k, &p) in chunk.iter().enumerate() {
                b |= u8::from(p >= 128) << (7 - k);
            }
            dst[i] = b;
        }
    }
    (stride, bits)
}

/// Encodes a label image as a 1-bit greyscale PNG: an eighth of the data of an 8-bit
/// image, smaller files, and every PNG reader expands it.
///
/// The deflate stream is written here, not by a general compressor: a label's rows come in
/// runs of identical rows (a module row repeats `dots` times) and its bytes in runs of
/// identical bytes (quiet zone, caption margins), so one fixed-Huffman block of literals,
/// "repeat the previous row" matches and "repeat the previous byte" matches compresses a
/// label about as well as zlib's fast level at a fraction of the work. Deterministic: the
/// same image always gives the same bytes.
pub fn png(img: &Gray) -> Vec<u8> {
    let (stride, bits) = pack(img);
    png_1bit(img.width, img.height, stride, &bits)
}

/// A 1-bit greyscale PNG of packed rows (`stride` bytes each).
pub fn png_1bit(width: u32, height: u32, stride: usize, bits: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(128 + bits.len() / 4);
    out.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    let mut ihdr = [0u8; 13];
    ihdr[..4].copy_from_slice(&width.to_be_bytes());
    ihdr[4..8].copy_from_slice(&height.to_be_bytes());
    // Bit depth 1, greyscale, deflate, adaptive filtering (all rows use filter 0), no
    // interlace.
    ihdr[8..].copy_from_slice(&[1, 0, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    let idat = zlib_rows(stride, bits);
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// CRC-32 (ISO 3309, as PNG uses it), table-driven.
fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut t = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xedb8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            t[i] = c;
            i += 1;
        }
        t
    };
    !data.iter().fold(!0u32, |c, &b| {
        TABLE[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8)
    })
}

/// Deflate's bits, least significant first.
struct BitSink {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl BitSink {
    fn put(&mut self, value: u32, bits: u32) {
        self.acc |= u64::from(value) << self.n;
        self.n += bits;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code: sent most significant bit first.
    fn code(&mut self, code: u32, len: u32) {
        self.put(code.reverse_bits() >> (32 - len), len);
    }

    /// A literal/length symbol of the fixed Huffman code (RFC 1951 3.2.6).
    fn symbol(&mut self, sym: u32) {
        match sym {
            0..=143 => self.code(0x30 + sym, 8),
            144..=255 => self.code(0x190 + sym - 144, 9),
            256..=279 => self.code(sym - 256, 7),
            _ => self.code(0xc0 + sym - 280, 8),
        }
    }

    /// A back-reference of `len` (any length ≥ 3) at `dist` (1..=32768), split into
    /// pieces of at most 258.
    fn repeat(&mut self, mut len: usize, dist: usize) {
        const LEN_BASE: [u16; 29] = [
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
            115, 131, 163, 195, 227, 258,
        ];
        const LEN_EXTRA: [u8; 29] = [
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
        ];
        const DIST_BASE: [u16; 30] = [
            1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
            1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
        ];
        const DIST_EXTRA: [u8; 30] = [
            0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
            12, 13, 13,
        ];
        let d = DIST_BASE.partition_point(|&b| usize::from(b) <= dist) - 1;
        while len > 0 {
            let take = match len {
                0..=258 => len,
                // Never leave a tail shorter than the minimum match of 3.
                259..=260 => len - 3,
                _ => 258,
            };
            let l = LEN_BASE.partition_point(|&b| usize::from(b) <= take) - 1;
            self.symbol(257 + l as u32);
            self.put(
                (take - usize::from(LEN_BASE[l])) as u32,
                u32::from(LEN_EXTRA[l]),
            );
            self.code(d as u32, 5);
            self.put(
                (dist - usize::from(DIST_BASE[d])) as u32,
                u32::from(DIST_EXTRA[d]),
            );
            len -= take;
        }
    }
}

/// The zlib stream of the PNG scanlines (filter byte 0, then the row): one final
/// fixed-Huffman deflate block, then the Adler-32 of the scanlines.
fn zlib_rows(stride: usize, bits: &[u8]) -> Vec<u8> {
    let mut s = BitSink {
        out: Vec::with_capacity(64 + bits.len() / 4),
        acc: 0,
        n: 0,
    };
    s.out.extend_from_slice(&[0x78, 0x01]);
    s.put(1, 1); // BFINAL
    s.put(1, 2); // BTYPE = fixed Huffman
    let line = stride + 1;
    let mut prev: Option<&[u8]> = None;
    for row in bits.chunks_exact(stride.max(1)) {
        if prev == Some(row) && (3..=32768).contains(&line) {
            s.repeat(line, line);
            continue;
        }
        s.symbol(0); // filter type None
        let mut i = 0;
        while i < row.len() {
            let b = row[i];
            let run = row[i..].iter().take_while(|&&c| c == b).count();
            s.symbol(u32::from(b));
            if run > 3 {
                s.repeat(run - 1, 1);
            } else {
                for _ in 1..run {
                    s.symbol(u32::from(b));
                }
            }
            i += run;
        }
        prev = Some(row);
    }
    s.symbol(256);
    if s.n > 0 {
        s.put(0, 8 - s.n);
    }
    let mut out = s.out;
    out.extend_from_slice(&adler32_rows(stride, bits).to_be_bytes());
    out
}

fn adler32_rows(stride: usize, bits: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (1u32, 0u32);
    for row in bits.chunks_exact(stride.max(1)) {
        // The filter byte 0 adds nothing to a but a to b.
        b = (b + a) % MOD;
        // 5552 bytes keep b below 2³² between reductions (zlib's NMAX).
        for part in row.chunks(5552) {
            for &v in part {
                a += u32::from(v);
                b += a;
            }
            a %= MOD;
            b %= MOD;
        }
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let back = image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
            .unwrap()
            .into_luma8();
        (back.width(), back.height(), back.into_raw())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

        /// Any black-and-white image, with repeated rows and long byte runs like a label's,
        /// reads back pixel for pixel with the `image` crate (an independent inflater).
        #[test]
        fn any_image_reads_back(w in 1u32..300, h in 1u32..60, seed in proptest::collection::vec(proptest::prelude::any::<u8>(), 1..40), rep in 1usize..5) {
            let pixels: Vec<u8> = (0..w * h)
                .map(|i| {
                    let (x, y) = ((i % w) as usize, (i / w) as usize / rep);
                    let b = seed[(x / 9 + y * 3) % seed.len()];
                    if b >> (x % 8) & 1 == 1 { 0 } else { 255 }
                })
                .collect();
            let img = Gray { width: w, height: h, pixels };
            let bytes = png(&img);
            proptest::prop_assert_eq!(read_back(&bytes), (w, h, img.pixels));
        }
    }

    #[test]
    fn png_of_a_placed_label_equals_the_drawn_image() {
        use crate::render::layout::SizeSpec;
        use crate::render::{Dpi, Ecc, Label, place};
        for (dots, quiet, caption) in [
            (3, 4, None),
            (1, 0, None),
            (5, 2, None),
            (4, 4, Some("E3000001")),
        ] {
            let spec = SizeSpec {
                dpi: Dpi(203),
                label: None,
                dots,
                quiet,
                max_dots: None,
            };
            let label = Label {
                data: "https://open.work.weixin.qq.com/connect/hardware?hw_code=K0000001x07919"
                    .into(),
                caption: caption.map(str::to_owned),
            };
            let p = place(label, Ecc::M, &spec).unwrap();
            assert_eq!(png_of(&p), png(&draw(&p)), "{dots} dots, quiet {quiet}");
        }
    }

    #[test]
    fn wide_images_and_long_runs_read_back() {
        // Rows longer than a single 258-byte match, rows of one byte, and matches whose
        // split would leave a tail of 1 or 2.
        for w in [1u32, 7, 8, 9, 2000, 2064, 2072, 2080, 4801] {
            let h = 5;
            let pixels: Vec<u8> = (0..w * h)
                .map(|i| if i % w == w / 2 || i / w == 2 { 0 } else { 255 })
                .collect();
            let img = Gray {
                width: w,
                height: h,
                pixels,
            };
            assert_eq!(read_back(&png(&img)), (w, h, img.pixels), "width {w}");
        }
    }

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
