//! The error-free fast path of the decode-back check: a module grid read from pixels is
//! turned back into its payload by the book (ISO/IEC 18004: format information, unmasking,
//! codeword placement, block de-interleaving, Reed–Solomon syndromes, data segments).
//!
//! Every code we check was just drawn by us, so it carries no errors; a decoder spends most
//! of its time confirming that. rqrr computes each Reed–Solomon syndrome with a fresh field
//! power per byte (~40 % of a checked batch); here a syndrome is a Horner loop over a
//! multiply-by-α^i table. Whenever anything is not perfect — a format word that is not
//! exactly a valid codeword in both copies, any non-zero syndrome, a segment mode we do not
//! parse (Kanji, ECI, FNC1, structured append), a stream that does not parse — [`decode`]
//! returns `None` and the caller hands the same grid to rqrr's full decoder (with error
//! correction). So this path only ever accepts an intact code word, whose data codewords
//! are then read as they are; it never guesses.

use super::Ecc;
use std::sync::OnceLock;

/// Error-correction codewords per block, by level (L, M, Q, H) then version (index 0 unused).
/// ISO/IEC 18004 table 9; `tests::tables_match_the_encoder` checks every entry.
const ECC_PER_BLOCK: [[u8; 41]; 4] = [
    [
        0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28,
        30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28,
        28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ],
    [
        0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30,
        30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24,
        30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
];

/// Number of Reed–Solomon blocks, same indexing.
const BLOCKS: [[u8; 41]; 4] = [
    [
        0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13,
        14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ],
    [
        0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21,
        23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ],
    [
        0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29,
        34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
    ],
    [
        0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32,
        35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ],
];

/// Index into the tables above, from the 2-bit level field of the format information.
fn level_of_field(field: u16) -> (Ecc, usize) {
    match field {
        0b01 => (Ecc::L, 0),
        0b00 => (Ecc::M, 1),
        0b11 => (Ecc::Q, 2),
        _ => (Ecc::H, 3),
    }
}

/// The BCH(15,5) format codeword of 5 data bits, before the 0x5412 mask.
fn format_bch(data: u16) -> u16 {
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    (data << 10) | (rem & 0x3ff)
}

/// Alignment pattern centre coordinates of `version` (empty for version 1).
fn alignment_positions(version: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let num = version / 7 + 2;
    let step = if version == 32 {
        26
    } else {
        (version * 4 + num * 2 + 1) / (num * 2 - 2) * 2
    };
    let mut out = vec![0; num];
    out[0] = 6;
    let mut pos = version * 4 + 10;
    for slot in out.iter_mut().skip(1).rev() {
        *slot = pos;
        // The step after the last slot is never used and may pass below zero.
        pos = pos.saturating_sub(step);
    }
    out
}

/// Modules of `version` that carry codeword bits, in placement order (the two-column
/// zigzag from the bottom-right corner), as `(x, y)`. Includes remainder bits.
fn data_modules(version: usize) -> &'static [(u8, u8)] {
    static CACHE: [OnceLock<Vec<(u8, u8)>>; 41] = [const { OnceLock::new() }; 41];
    CACHE[version].get_or_init(|| {
        let n = version * 4 + 17;
        let mut function = vec![false; n * n];
        let mut mark = |x0: usize, y0: usize, w: usize, h: usize| {
            for y in y0..y0 + h {
                for x in x0..x0 + w {
                    function[y * n + x] = true;
                }
            }
        };
        // Finders with separators and format information; the dark module is inside the
        // bottom-left 9×8 area.
        mark(0, 0, 9, 9);
        mark(n - 8, 0, 8, 9);
        mark(0, n - 8, 9, 8);
        // Timing patterns.
        mark(6, 0, 1, n);
        mark(0, 6, n, 1);
        let align = alignment_positions(version);
        let last = align.len().saturating_sub(1);
        for (i, &ay) in align.iter().enumerate() {
            for (j, &ax) in align.iter().enumerate() {
                // The three corners that coincide with finder patterns have none.
                let on_finder =
                    matches!((i, j), (0, 0)) || (i == 0 && j == last) || (i == last && j == 0);
                if !on_finder {
                    mark(ax - 2, ay - 2, 5, 5);
                }
            }
        }
        if version >= 7 {
            mark(n - 11, 0, 3, 6);
            mark(0, n - 11, 6, 3);
        }
        let mut out = Vec::with_capacity(n * n);
        let mut right = n as isize - 1;
        while right >= 1 {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for vert in 0..n {
                let y = if upward { n - 1 - vert } else { vert };
                for j in 0..2 {
                    let x = right as usize - j;
                    if !function[y * n + x] {
                        out.push((x as u8, y as u8));
                    }
                }
            }
            right -= 2;
        }
        out
    })
}

/// Is module `(x, y)` inverted by data mask `mask`?
fn mask_bit(mask: u16, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => (x * y) % 2 + (x * y) % 3 == 0,
        6 => ((x * y) % 2 + (x * y) % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + (x * y) % 3).is_multiple_of(2),
    }
}

/// GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1: `MUL[i][b]` = b · αⁱ, for the
/// at most 30 syndromes a block has.
fn mul_alpha_table() -> &'static [[u8; 256]; 30] {
    static TABLE: OnceLock<Box<[[u8; 256]; 30]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut exp = [0u8; 255];
        let mut log = [0usize; 256];
        let mut v: u16 = 1;
        for (i, e) in exp.iter_mut().enumerate() {
            *e = v as u8;
            log[v as usize] = i;
            v <<= 1;
            if v & 0x100 != 0 {
                v ^= 0x11d;
            }
        }
        let mut t = Box::new([[0u8; 256]; 30]);
        for (i, row) in t.iter_mut().enumerate() {
            for b in 1..256 {
                row[b] = exp[(log[b] + i) % 255];
            }
        }
        t
    })
}

/// True when every syndrome S₀…S₍ₑ₋₁₎ of the block (codewords highest degree first) is
/// zero, i.e. the block is a Reed–Solomon code word exactly as sent.
fn syndromes_zero(block: &[u8], ecc: usize) -> bool {
    let mul = mul_alpha_table();
    (0..ecc).all(|i| {
        let t = &mul[i];
        block.iter().fold(0u8, |s, &b| t[s as usize] ^ b) == 0
    })
}

/// Bits read most significant first.
struct Bits<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Bits<'_> {
    fn remaining(&self) -> usize {
        self.data.len() * 8 - self.pos
    }

    fn take(&mut self, n: usize) -> Option<u32> {
        if self.remaining() < n {
            return None;
        }
        let mut v = 0u32;
        for _ in 0..n {
            let bit = self.data[self.pos >> 3] >> (7 - (self.pos & 7)) & 1;
            v = (v << 1) | u32::from(bit);
            self.pos += 1;
        }
        Some(v)
    }
}

const ALNUM: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// Parses numeric, alphanumeric and byte segments; `None` for anything else.
fn segments(data: &[u8], version: usize) -> Option<Vec<u8>> {
    let group = match version {
        1..=9 => 0,
        10..=26 => 1,
        _ => 2,
    };
    let mut bits = Bits { data, pos: 0 };
    let mut out = Vec::with_capacity(data.len());
    while bits.remaining() >= 4 {
        match bits.take(4)? {
            0 => break,
            1 => {
                let mut count = bits.take([10, 12, 14][group])? as usize;
                while count > 0 {
                    let (digits, width) = match count {
                        1 => (1, 4),
                        2 => (2, 7),
                        _ => (3, 10),
                    };
                    let v = bits.take(width)?;
                    if v >= [10, 100, 1000][digits - 1] {
                        return None;
                    }
                    let text = format!("{v:0digits$}");
                    out.extend_from_slice(text.as_bytes());
                    count -= digits;
                }
            }
            2 => {
                let mut count = bits.take([9, 11, 13][group])? as usize;
                while count >= 2 {
                    let v = bits.take(11)? as usize;
                    if v >= 45 * 45 {
                        return None;
                    }
                    out.extend([ALNUM[v / 45], ALNUM[v % 45]]);
                    count -= 2;
                }
                if count == 1 {
                    out.push(*ALNUM.get(bits.take(6)? as usize)?);
                }
            }
            4 => {
                let count = bits.take([8, 16, 16][group])?;
                for _ in 0..count {
                    out.push(bits.take(8)? as u8);
                }
            }
            // Kanji, ECI, FNC1, structured append: rqrr's full decoder handles them.
            _ => return None,
        }
    }
    Some(out)
}

/// What the fast path read: the version, the ECC level and the payload text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub version: u8,
    pub ecc: Ecc,
    pub text: String,
}

/// Decodes an `n × n` module grid (`dark(x, y)`) if it is an intact QR code word; `None`
/// means "not provably error-free here: ask the full decoder".
pub fn decode(n: usize, dark: impl Fn(usize, usize) -> bool) -> Option<Decoded> {
    if !(21..=177).contains(&n) || !(n - 17).is_multiple_of(4) {
        return None;
    }
    let version = (n - 17) / 4;
    // Format information: both copies must be the same valid codeword.
    let mut main = 0u16;
    let main_at = [
        (8, 0),
        (8, 1),
        (8, 2),
        (8, 3),
        (8, 4),
        (8, 5),
        (8, 7),
        (8, 8),
        (7, 8),
        (5, 8),
        (4, 8),
        (3, 8),
        (2, 8),
        (1, 8),
        (0, 8),
    ];
    for (i, &(x, y)) in main_at.iter().enumerate() {
        main |= u16::from(dark(x, y)) << i;
    }
    let mut side = 0u16;
    for i in 0..8 {
        side |= u16::from(dark(n - 1 - i, 8)) << i;
    }
    for i in 8..15 {
        side |= u16::from(dark(8, n - 15 + i)) << i;
    }
    let word = main ^ 0x5412;
    if main != side || format_bch(word >> 10) != word {
        return None;
    }
    let (ecc, level) = level_of_field(word >> 13);
    let mask = (word >> 10) & 7;

    // Codewords in placement order, unmasked.
    let ecc_len = ECC_PER_BLOCK[level][version] as usize;
    let blocks = BLOCKS[level][version] as usize;
    let positions = data_modules(version);
    let raw = positions.len() / 8;
    let mut cw = vec![0u8; raw];
    for (i, &(x, y)) in positions[..raw * 8].iter().enumerate() {
        let (x, y) = (x as usize, y as usize);
        if dark(x, y) != mask_bit(mask, x, y) {
            cw[i >> 3] |= 0x80 >> (i & 7);
        }
    }
    // De-interleave: data codeword j of block i sits at i + j·blocks (long blocks' last
    // data codeword comes after the short blocks ran out), then the ECC codewords likewise.
    let data_len = raw - ecc_len * blocks;
    let short = blocks - raw % blocks;
    let short_data = raw / blocks - ecc_len;
    let mut data = Vec::with_capacity(data_len);
    let mut block = Vec::with_capacity(short_data + 1 + ecc_len);
    for i in 0..blocks {
        let len = short_data + usize::from(i >= short);
        block.clear();
        for j in 0..len {
            let k = i + j * blocks - if j == short_data { short } else { 0 };
            block.push(cw[k]);
        }
        for j in 0..ecc_len {
            block.push(cw[data_len + i + j * blocks]);
        }
        if !syndromes_zero(&block, ecc_len) {
            return None;
        }
        data.extend_from_slice(&block[..len]);
    }
    let text = String::from_utf8(segments(&data, version)?).ok()?;
    Some(Decoded {
        version: version as u8,
        ecc,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use qrcode::{EcLevel, QrCode, Version};

    const LEVELS: [(EcLevel, Ecc); 4] = [
        (EcLevel::L, Ecc::L),
        (EcLevel::M, Ecc::M),
        (EcLevel::Q, Ecc::Q),
        (EcLevel::H, Ecc::H),
    ];

    fn grid(c: &QrCode) -> (usize, Vec<bool>) {
        let n = c.width();
        let m = c
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        (n, m)
    }

    fn fast(n: usize, m: &[bool]) -> Option<Decoded> {
        decode(n, |x, y| m[y * n + x])
    }

    fn rqrr(n: usize, m: &[bool]) -> Result<String, String> {
        rqrr::Grid::new(rqrr::SimpleGrid::from_func(n, |x, y| m[y * n + x]))
            .decode()
            .map(|(_, s)| s)
            .map_err(|e| e.to_string())
    }

    /// Every version and level, encoded by the `qrcode` crate: the block tables, alignment
    /// positions and placement order here must read all of them on the fast path.
    #[test]
    fn tables_match_the_encoder() {
        for v in 1..=40i16 {
            for (lvl, ecc) in LEVELS {
                // Mixed segments: digits, upper-case text and bytes.
                // Mixed segments (digits, upper-case text, bytes), as long as the version holds.
                let full = format!("{v}0123456789 HELLO-QR https://example.com/a?b=c&v={v}");
                let (text, c) = (1..=full.len())
                    .rev()
                    .find_map(|len| {
                        let t = &full[..len];
                        QrCode::with_version(t.as_bytes(), Version::Normal(v), lvl)
                            .ok()
                            .map(|c| (t.to_owned(), c))
                    })
                    .unwrap();
                let (n, m) = grid(&c);
                let d = fast(n, &m).unwrap_or_else(|| panic!("V{v}-{ecc:?} not on fast path"));
                assert_eq!(
                    d,
                    Decoded {
                        version: v as u8,
                        ecc,
                        text: text.clone()
                    }
                );
                assert_eq!(rqrr(n, &m), Ok(text));
            }
        }
    }

    /// Flips `k` distinct data modules (not remainder bits): a non-zero error pattern of at
    /// most `k` codewords.
    fn flip_data(version: usize, m: &mut [bool], n: usize, picks: &[usize]) {
        let pos = data_modules(version);
        let usable = pos.len() / 8 * 8;
        let mut done = std::collections::HashSet::new();
        for &p in picks {
            let (x, y) = pos[p % usable];
            if done.insert((x, y)) {
                let i = y as usize * n + x as usize;
                m[i] = !m[i];
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn reads_any_ascii_text_like_rqrr(text in "[ -~]{1,200}", l in 0usize..4) {
            let (lvl, ecc) = LEVELS[l];
            let c = QrCode::with_error_correction_level(text.as_bytes(), lvl).unwrap();
            let (n, m) = grid(&c);
            let d = fast(n, &m).expect("an intact symbol takes the fast path");
            prop_assert_eq!(&d.text, &text);
            prop_assert_eq!(d.ecc, ecc);
            prop_assert_eq!(rqrr(n, &m), Ok(text));
        }

        /// Any text (the encoder may pick Kanji mode for some byte pairs, which the fast
        /// path leaves to rqrr): whatever the fast path reads is the text.
        #[test]
        fn reads_any_text_or_declines(text in "\\PC{1,120}", l in 0usize..4) {
            let c = QrCode::with_error_correction_level(text.as_bytes(), LEVELS[l].0).unwrap();
            let (n, m) = grid(&c);
            if let Some(d) = fast(n, &m) {
                prop_assert_eq!(d.text, text);
            }
        }

        /// Any flipped data module makes a syndrome non-zero: the fast path declines and
        /// the caller's full decoder decides.
        #[test]
        fn declines_any_damaged_data(code in "[A-Za-z0-9]{1,40}", l in 0usize..4,
                                     picks in proptest::collection::vec(any::<usize>(), 1..6)) {
            let url = format!("https://open.work.weixin.qq.com/connect/hardware?hw_code={code}");
            let c = QrCode::with_error_correction_level(url.as_bytes(), LEVELS[l].0).unwrap();
            let (n, mut m) = grid(&c);
            flip_data((n - 17) / 4, &mut m, n, &picks);
            prop_assert_eq!(fast(n, &m), None);
        }

        /// Random grids: the fast path never claims a text rqrr would not read the same.
        #[test]
        fn never_disagrees_with_rqrr_on_noise(v in 1usize..8, seed in proptest::collection::vec(any::<bool>(), 21 * 21..45 * 45)) {
            let n = 17 + 4 * v;
            let m: Vec<bool> = (0..n * n).map(|i| seed[i % seed.len()]).collect();
            if let Some(d) = fast(n, &m) {
                prop_assert_eq!(rqrr(n, &m), Ok(d.text));
            }
        }
    }

    #[test]
    fn declines_damaged_format_information() {
        let c = QrCode::with_error_correction_level(b"https://example.com/f", EcLevel::M).unwrap();
        let (n, m) = grid(&c);
        assert!(fast(n, &m).is_some());
        // One bit of either copy: the copies disagree.
        for (x, y) in [(8, 2), (3, 8), (8, n - 3), (n - 2, 8)] {
            let mut bad = m.clone();
            bad[y * n + x] = !bad[y * n + x];
            assert_eq!(fast(n, &bad), None, "format bit ({x}, {y})");
        }
        // Both copies changed alike to another mask's valid word: the data no longer
        // unmasks to a code word.
        let mut other = m.clone();
        let word = {
            let mut w = 0u16;
            for i in 0..8 {
                w |= u16::from(m[8 * n + n - 1 - i]) << i;
            }
            for i in 8..15 {
                w |= u16::from(m[(n - 15 + i) * n + 8]) << i;
            }
            w ^ 0x5412
        };
        let flipped = format_bch((word >> 10) ^ 1) ^ 0x5412;
        for i in 0..8 {
            other[8 * n + n - 1 - i] = flipped >> i & 1 == 1;
        }
        for i in 8..15 {
            other[(n - 15 + i) * n + 8] = flipped >> i & 1 == 1;
        }
        let main_at = [
            (8, 0),
            (8, 1),
            (8, 2),
            (8, 3),
            (8, 4),
            (8, 5),
            (8, 7),
            (8, 8),
            (7, 8),
            (5, 8),
            (4, 8),
            (3, 8),
            (2, 8),
            (1, 8),
            (0, 8),
        ];
        for (i, (x, y)) in main_at.into_iter().enumerate() {
            other[y * n + x] = flipped >> i & 1 == 1;
        }
        assert_eq!(fast(n, &other), None);
    }

    #[test]
    fn numeric_alphanumeric_and_byte_segments() {
        for text in [
            "0",
            "12",
            "123",
            "0123456789012",
            "AB",
            "A",
            "HELLO WORLD $%*+-./:",
            "é✓",
        ] {
            let c = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).unwrap();
            let (n, m) = grid(&c);
            assert_eq!(fast(n, &m).map(|d| d.text), Some(text.to_owned()));
        }
    }
}
