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
    for (my, modules) in p.matrix.dark.chunks_exact(n.max(1)).enumerate() {
        row.copy_from_slice(&blank);
        // Each run of dark modules is one span of black pixels, cleared a byte at a time;
        // runs are found 64 modules at a time with bit scans (a run across two words is
        // cleared as two spans, the same pixels).
        for (k, part) in modules.chunks(64).enumerate() {
            let mut word = part
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &m)| w | u64::from(m) << i);
            while word != 0 {
                let start = word.trailing_zeros() as usize;
                let len = (!(word >> start)).trailing_zeros() as usize;
                // len ≤ 64 - start; clear those bits (len == 64 only when start == 0).
                word &= if len == 64 {
                    0
                } else {
                    !(((1u64 << len) - 1) << start)
                };
                let x0 = l.qr_x as usize + (k * 64 + start) * d;
                clear_bits(&mut row, x0, x0 + len * d);
            }
        }
        for dy in 0..d {
            let y = l.qr_y as usize + my * d + dy;
            bits[y * stride..(y + 1) * stride].copy_from_slice(&row);
        }
    }
    png_1bit(l.width, l.height, stride, &bits)
}

/// Clears bits `from..to` of a packed row (most significant bit first): black pixels.
fn clear_bits(row: &mut [u8], from: usize, to: usize) {
    if from >= to {
        return;
    }
    let (first, last) = (from >> 3, (to - 1) >> 3);
    // Bits from `from % 8` on in the first byte, bits up to `(to - 1) % 8` in the last.
    let head = 0xffu8 >> (from & 7);
    let tail = 0xffu8 << (7 - ((to - 1) & 7));
    if first == last {
        row[first] &= !(head & tail);
    } else {
        row[first] &= !head;
        row[first + 1..last].fill(0);
        row[last] &= !tail;
    }
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
    chunk(&mut out, b"IHDR", |out| out.extend_from_slice(&ihdr));
    // The zlib stream goes straight into the chunk, no buffer in between.
    chunk(&mut out, b"IDAT", |out| zlib_rows(out, stride, bits));
    chunk(&mut out, b"IEND", |_| {});
    out
}

/// A PNG chunk whose data `fill` appends to `out`.
fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], fill: impl FnOnce(&mut Vec<u8>)) {
    let at = out.len();
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(kind);
    fill(out);
    let len = (out.len() - at - 8) as u32;
    out[at..at + 4].copy_from_slice(&len.to_be_bytes());
    // CRC-32 (ISO 3309) of the type and data, as PNG wants it.
    let crc = crc32fast::hash(&out[at + 4..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

/// The fixed Huffman code (RFC 1951 3.2.6) of a literal/length symbol, bits reversed so
/// that they go out least significant first, and its length.
const FIXED: [(u16, u8); 288] = {
    let mut t = [(0u16, 0u8); 288];
    let mut sym: u32 = 0;
    while sym < 288 {
        let (code, len): (u32, u32) = match sym {
            0..=143 => (0x30 + sym, 8),
            144..=255 => (0x190 + sym - 144, 9),
            256..=279 => (sym - 256, 7),
            _ => (0xc0 + sym - 280, 8),
        };
        t[sym as usize] = ((code.reverse_bits() >> (32 - len)) as u16, len as u8);
        sym += 1;
    }
    t
};

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// A match length 3..=258 as its length symbol's code followed by the extra bits, ready
/// to send (least significant first), and the number of bits (at most 8 + 5).
const LENGTH: [(u16, u8); 259] = {
    let mut t = [(0u16, 0u8); 259];
    let mut len = 3;
    let mut l = 0;
    while len <= 258 {
        while l + 1 < 29 && LEN_BASE[l + 1] as usize <= len {
            l += 1;
        }
        let (code, bits) = FIXED[257 + l];
        let extra = (len - LEN_BASE[l] as usize) as u16;
        t[len] = (code | extra << bits, bits + LEN_EXTRA[l]);
        len += 1;
    }
    t
};

/// Deflate's bits, least significant first, collected 32 at a time.
struct BitSink<'a> {
    out: &'a mut Vec<u8>,
    acc: u64,
    n: u32,
}

impl BitSink<'_> {
    /// Sends the low `bits` (at most 32) bits of `value`.
    fn put(&mut self, value: u32, bits: u32) {
        self.acc |= u64::from(value) << self.n;
        self.n += bits;
        if self.n >= 32 {
            self.out.extend_from_slice(&(self.acc as u32).to_le_bytes());
            self.acc >>= 32;
            self.n -= 32;
        }
    }

    /// Pads to a whole byte and writes what is left.
    fn finish(self) {
        let bytes = self.n.div_ceil(8) as usize;
        self.out.extend_from_slice(&self.acc.to_le_bytes()[..bytes]);
    }

    /// A literal/length symbol of the fixed Huffman code.
    fn symbol(&mut self, sym: usize) {
        let (code, len) = FIXED[sym];
        self.put(u32::from(code), u32::from(len));
    }

    /// The code and extra bits of distance `dist` (1..=32768) and their number of bits
    /// (at most 5 + 13).
    fn distance(dist: usize) -> (u32, u32) {
        let d = DIST_BASE.partition_point(|&b| usize::from(b) <= dist) - 1;
        let code = (d as u32).reverse_bits() >> 27;
        let extra = (dist - usize::from(DIST_BASE[d])) as u32;
        (code | extra << 5, 5 + u32::from(DIST_EXTRA[d]))
    }

    /// A back-reference of `len` (any length ≥ 3) at a distance coded as `dist` (from
    /// [`BitSink::distance`]), split into pieces of at most 258.
    fn repeat(&mut self, mut len: usize, dist: (u32, u32)) {
        while len > 0 {
            let take = match len {
                0..=258 => len,
                // Never leave a tail shorter than the minimum match of 3.
                259..=260 => len - 3,
                _ => 258,
            };
            let (code, bits) = LENGTH[take];
            // At most 13 + 18 bits: one put.
            self.put(u32::from(code) | dist.0 << bits, u32::from(bits) + dist.1);
            len -= take;
        }
    }
}

/// Appends the zlib stream of the PNG scanlines (filter byte 0, then the row): one final
/// fixed-Huffman deflate block, then the Adler-32 of the scanlines.
fn zlib_rows(out: &mut Vec<u8>, stride: usize, bits: &[u8]) {
    out.extend_from_slice(&[0x78, 0x01]);
    let mut s = BitSink { out, acc: 0, n: 0 };
    s.put(1, 1); // BFINAL
    s.put(1, 2); // BTYPE = fixed Huffman
    let line = stride + 1;
    let row_back = ((3..=32768).contains(&line)).then(|| BitSink::distance(line));
    let byte_back = BitSink::distance(1);
    let mut adler = Adler::default();
    // The Adler-32 of the previous scanline on its own: a repeated row adds the same.
    let mut prev: Option<(&[u8], (u32, u32))> = None;
    for row in bits.chunks_exact(stride.max(1)) {
        if let (Some((p, sum)), Some(back)) = (prev, row_back)
            && p == row
        {
            s.repeat(line, back);
            adler.append(sum, line);
            continue;
        }
        s.symbol(0); // filter type None
        let mut i = 0;
        while i < row.len() {
            let b = row[i];
            let run = row[i..].iter().take_while(|&&c| c == b).count();
            s.symbol(usize::from(b));
            if run > 3 {
                s.repeat(run - 1, byte_back);
            } else {
                for _ in 1..run {
                    s.symbol(usize::from(b));
                }
            }
            i += run;
        }
        let sum = Adler::of_scanline(row);
        adler.append(sum, line);
        prev = Some((row, sum));
    }
    s.symbol(256);
    s.finish();
    out.extend_from_slice(&adler.value().to_be_bytes());
}

/// Adler-32 (RFC 1950), built from the sums of whole scanlines.
#[derive(Default)]
struct Adler {
    a: u32,
    b: u32,
}

const MOD: u32 = 65521;

impl Adler {
    /// `(a − 1, b)` of a scanline alone (filter byte 0, then `row`), started from a = 0:
    /// the part it adds to a running checksum, whatever came before.
    fn of_scanline(row: &[u8]) -> (u32, u32) {
        let (mut a, mut b) = (0u32, 0u32);
        // 5552 bytes keep b below 2³² between reductions (zlib's NMAX).
        for part in row.chunks(5552) {
            for &v in part {
                a += u32::from(v);
                b += a;
            }
            a %= MOD;
            b %= MOD;
        }
        (a, b)
    }

    /// Appends `len` bytes whose own sums are `(a, b)` (zlib's adler32_combine): each of
    /// them also adds the running a to b.
    fn append(&mut self, (a, b): (u32, u32), len: usize) {
        let run_a = (1 + self.a) % MOD; // the running a, which starts at 1
        let len_mod = (len % MOD as usize) as u64;
        self.b = ((u64::from(self.b) + len_mod * u64::from(run_a) + u64::from(b)) % u64::from(MOD))
            as u32;
        self.a = (self.a + a) % MOD;
    }

    fn value(&self) -> u32 {
        (self.b << 16) | ((1 + self.a) % MOD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_back(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        assert_checksums_hold(bytes);
        let back = image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
            .unwrap()
            .into_luma8();
        (back.width(), back.height(), back.into_raw())
    }

    /// The `png` crate reads the whole image with every chunk's CRC and the zlib stream's
    /// Adler-32 checked (it skips the Adler-32 unless asked, and so does `image`).
    fn assert_checksums_hold(bytes: &[u8]) {
        let mut opts = png::DecodeOptions::default();
        opts.set_ignore_adler32(false);
        opts.set_ignore_crc(false);
        let mut d = png::Decoder::new_with_options(std::io::Cursor::new(bytes), opts)
            .read_info()
            .unwrap();
        let mut buf = vec![0; d.output_buffer_size().unwrap()];
        d.next_frame(&mut buf).expect("checksums hold");
        d.finish().expect("checksums hold");
    }

    #[test]
    fn a_wrong_adler32_is_caught_by_the_check() {
        let img = Gray {
            width: 20,
            height: 9,
            pixels: (0..180).map(|i| if i % 7 < 3 { 0 } else { 255 }).collect(),
        };
        let mut bytes = png(&img);
        assert_checksums_hold(&bytes);
        // The Adler-32 is the last 4 bytes of IDAT, before its CRC and the 12-byte IEND;
        // fix the CRC up so that only the Adler-32 is wrong.
        let end = bytes.len() - 12 - 4;
        bytes[end - 1] ^= 1;
        let len = u32::from_be_bytes(bytes[33..37].try_into().unwrap()) as usize;
        let crc = crc32fast::hash(&bytes[37..41 + len]);
        bytes[end..end + 4].copy_from_slice(&crc.to_be_bytes());
        let r = std::panic::catch_unwind(|| assert_checksums_hold(&bytes));
        assert!(r.is_err(), "a wrong Adler-32 must not pass");
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
        let long = format!("https://example.com/{}", "Ab9-".repeat(100));
        for (dots, quiet, caption, data) in [
            (3, 4, None, None),
            (1, 0, None, None),
            (5, 2, None, None),
            (4, 4, Some("E3000001"), None),
            // Version 16: runs across byte boundaries at every offset.
            (3, 4, None, Some(&long)),
            (7, 1, None, Some(&long)),
        ] {
            let spec = SizeSpec {
                dpi: Dpi(203),
                label: None,
                dots,
                quiet,
                max_dots: None,
            };
            let label = Label {
                data: data.cloned().unwrap_or_else(|| {
                    "https://open.work.weixin.qq.com/connect/hardware?hw_code=K0000001x07919".into()
                }),
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
