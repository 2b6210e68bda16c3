//! The `qrcode` crate's symbol, with a faster mask choice.
//!
//! `QrCode::with_error_correction_level` scores all eight masks with penalty functions that
//! allocate a boxed closure per module and position; that was half the time of an
//! unchecked batch. Here the crate still does what defines the symbol's content (data
//! segmentation, version, Reed–Solomon codewords), and its canvas, drawn once per version
//! and level, gives the function patterns and where each data bit goes ([`Grid`]). Each
//! symbol is then laid out, masked and scored on bit lines (`u64` up to 64 modules, `u128`
//! up to 128; larger symbols go through the crate's canvas), with exactly the crate's rules —
//! including where they differ from ISO/IEC 18004 (unrounded balance score, u16 arithmetic)
//! — so the chosen mask and therefore every module are identical to the crate's (tested
//! against `QrCode` for many payloads below).

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::{Color, EcLevel, QrResult, Version};

/// The crate's order: on equal scores the first mask wins (`Iterator::min_by_key`).
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// Encodes `data` like `QrCode::with_error_correction_level`: the smallest normal version,
/// then the mask with the lowest penalty. Returns the version and the modules row-major.
pub fn encode(data: &[u8], level: EcLevel) -> QrResult<(Version, Vec<bool>)> {
    let bits = qrcode::bits::encode_auto(data, level)?;
    let version = bits.version();
    let (data_cw, ec_cw) = qrcode::ec::construct_codewords(&bits.into_bytes(), version, level)?;
    if let Some(grid) = Grid::of(version, level) {
        let codewords = [&data_cw[..], &ec_cw[..]];
        if data_cw.len() + ec_cw.len() == grid.order.len() / 8 {
            return Ok((
                version,
                if grid.n <= 64 {
                    best_mask::<u64>(grid, codewords, level)
                } else {
                    best_mask::<u128>(grid, codewords, level)
                },
            ));
        }
    }
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data_cw, &ec_cw);
    if matches!(version, Version::Micro(_)) {
        // encode_auto never picks Micro QR; keep the crate's own rule if it ever does.
        let c = canvas.apply_best_mask();
        return Ok((version, dark(c)));
    }
    let n = version.width() as usize;
    let mut best: Option<(u16, Vec<bool>)> = None;
    for mask in MASKS {
        let mut c = canvas.clone();
        c.apply_mask(mask);
        let m = dark(c);
        let score = penalty(&m, n);
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, m));
        }
    }
    Ok((version, best.expect("eight masks").1))
}

fn dark(c: Canvas) -> Vec<bool> {
    c.into_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect()
}

/// The crate's mask functions (`MaskPattern as usize` order) at `(x, y)`.
fn mask_at(mask: usize, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (y / 2 + x / 3).is_multiple_of(2),
        5 => (x * y) % 2 + (x * y) % 3 == 0,
        6 => ((x * y) % 2 + (x * y) % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + (x * y) % 3).is_multiple_of(2),
    }
}

/// Every mask repeats every 12 rows and every 12 columns (its terms are periodic in 2, 3,
/// 4 and 6), so 12 lines of 128 bits per mask hold it for any symbol up to 128 modules:
/// `[mask][y % 12]` has bit x set where row y is inverted, `[mask][8 + ..]` is the same
/// for column x (bit y).
fn mask_lines() -> &'static [[[u128; 12]; 8]; 2] {
    static LINES: std::sync::OnceLock<[[[u128; 12]; 8]; 2]> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        let mut t = [[[0u128; 12]; 8]; 2];
        let [rows, cols] = &mut t;
        for (m, (rm, cm)) in rows.iter_mut().zip(cols.iter_mut()).enumerate() {
            for (k, (r, c)) in rm.iter_mut().zip(cm.iter_mut()).enumerate() {
                for j in 0..128 {
                    *r |= u128::from(mask_at(m, j, k)) << j;
                    *c |= u128::from(mask_at(m, k, j)) << j;
                }
            }
        }
        t
    })
}

/// The format information word the crate draws for `level` and mask `m` (BCH(15,5),
/// masked with 0x5412).
fn format_word(level: EcLevel, m: usize) -> u16 {
    let data = (((level as u16) ^ 1) << 3) | m as u16;
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    ((data << 10) | (rem & 0x3ff)) ^ 0x5412
}

/// Where the crate draws format bit 14 − k (most significant first), both copies;
/// negative coordinates count from the far edge.
const FORMAT_MAIN: [(i16, i16); 15] = [
    (0, 8),
    (1, 8),
    (2, 8),
    (3, 8),
    (4, 8),
    (5, 8),
    (7, 8),
    (8, 8),
    (8, 7),
    (8, 5),
    (8, 4),
    (8, 3),
    (8, 2),
    (8, 1),
    (8, 0),
];
const FORMAT_SIDE: [(i16, i16); 15] = [
    (8, -1),
    (8, -2),
    (8, -3),
    (8, -4),
    (8, -5),
    (8, -6),
    (8, -7),
    (-8, 8),
    (-7, 8),
    (-6, 8),
    (-5, 8),
    (-4, 8),
    (-3, 8),
    (-2, 8),
    (-1, 8),
];

/// A bit line of the symbol: bit x of row y is module (x, y), bit y of column x too.
/// `u64` for symbols up to 64 modules (versions 1–11, labels' usual size), `u128` up to
/// 128 (version 27): the same code, half the work on the smaller word.
pub trait Line:
    Copy
    + Eq
    + std::fmt::Debug
    + std::ops::BitAnd<Output = Self>
    + std::ops::BitOr<Output = Self>
    + std::ops::BitOrAssign
    + std::ops::BitXor<Output = Self>
    + std::ops::Not<Output = Self>
    + std::ops::Shl<usize, Output = Self>
    + std::ops::Shr<usize, Output = Self>
{
    const ZERO: Self;
    const ONE: Self;
    const BITS: usize;
    /// The low `BITS` bits of `v`.
    fn low(v: u128) -> Self;
    fn ones(self) -> u32;
    fn bit(self, i: usize) -> bool;
}

macro_rules! line {
    ($t:ty) => {
        impl Line for $t {
            const ZERO: Self = 0;
            const ONE: Self = 1;
            const BITS: usize = <$t>::BITS as usize;
            #[inline(always)]
            fn low(v: u128) -> Self {
                v as $t
            }
            #[inline(always)]
            fn ones(self) -> u32 {
                self.count_ones()
            }
            #[inline(always)]
            fn bit(self, i: usize) -> bool {
                self >> i & 1 == 1
            }
        }
    };
}
line!(u64);
line!(u128);

/// What every symbol of one version and level shares, taken once from the crate's own
/// canvas: the function patterns, which modules a mask inverts, and where the crate puts
/// each data bit. With it a symbol's bit lines are built straight from its codewords,
/// without drawing a canvas and reading it back module by module.
struct Grid {
    n: usize,
    /// Dark function-pattern modules (format area light, as the crate reserves it).
    fixed_rows: Vec<u128>,
    fixed_cols: Vec<u128>,
    /// Modules a mask inverts: data, error correction and the empty remainder bits.
    data_rows: Vec<u128>,
    data_cols: Vec<u128>,
    /// `(x, y)` of codeword bit i (most significant bit of each codeword first).
    order: Vec<(u8, u8)>,
}

impl Grid {
    /// The grid of a normal symbol up to 128 modules (versions 1–27), made on first use.
    fn of(version: Version, level: EcLevel) -> Option<&'static Grid> {
        static GRIDS: [[std::sync::OnceLock<Grid>; 4]; 27] =
            [const { [const { std::sync::OnceLock::new() }; 4] }; 27];
        let Version::Normal(v @ 1..=27) = version else {
            return None;
        };
        Some(GRIDS[v as usize - 1][level as usize].get_or_init(|| Grid::new(version, level)))
    }

    /// Learns the data placement from the crate itself: in the k-th drawing, codeword bit
    /// i is dark when bit k of i is set, so the k-th drawings of a module spell out which
    /// bit lands there (⌈log₂ bits⌉ drawings, 11 for version 5).
    fn new(version: Version, level: EcLevel) -> Grid {
        use qrcode::canvas::Module;
        let n = version.width() as usize;
        let mut base = Canvas::new(version, level);
        base.draw_all_functional_patterns();
        let mut g = Grid {
            n,
            fixed_rows: vec![0; n],
            fixed_cols: vec![0; n],
            data_rows: vec![0; n],
            data_cols: vec![0; n],
            order: Vec::new(),
        };
        let mut free = 0;
        for y in 0..n {
            for x in 0..n {
                let (dark, data) = match base.get(x as i16, y as i16) {
                    Module::Masked(c) | Module::Unmasked(c) => (c == Color::Dark, false),
                    Module::Empty => (false, true),
                };
                g.fixed_rows[y] |= u128::from(dark) << x;
                g.fixed_cols[x] |= u128::from(dark) << y;
                g.data_rows[y] |= u128::from(data) << x;
                g.data_cols[x] |= u128::from(data) << y;
                free += usize::from(data);
            }
        }
        // Whole codewords only; the (up to 7) modules left over stay empty, as the crate
        // leaves them.
        let bits = free / 8 * 8;
        let mut index = vec![0usize; n * n];
        let mut k = 0;
        while 1 << k < bits {
            let words: Vec<u8> = (0..bits / 8)
                .map(|w| {
                    (0..8).fold(0u8, |b, j| {
                        b | u8::from((w * 8 + j) >> k & 1 == 1) << (7 - j)
                    })
                })
                .collect();
            let mut c = base.clone();
            c.draw_data(&words, &[]);
            for (i, slot) in index.iter_mut().enumerate() {
                if c.get((i % n) as i16, (i / n) as i16) == Module::Unmasked(Color::Dark) {
                    *slot |= 1 << k;
                }
            }
            k += 1;
        }
        let mut c = base;
        c.draw_data(&vec![0u8; bits / 8], &[]);
        g.order = vec![(u8::MAX, u8::MAX); bits];
        for (i, &bit) in index.iter().enumerate() {
            if matches!(c.get((i % n) as i16, (i / n) as i16), Module::Unmasked(_)) {
                g.order[bit] = ((i % n) as u8, (i / n) as u8);
            }
        }
        assert!(
            !g.order.contains(&(u8::MAX, u8::MAX)),
            "every codeword bit has one module"
        );
        g
    }
}

/// [`best_mask_rows`] with the CPU's population count where it has one: the scoring is
/// mostly popcounts, and the baseline x86-64 target has no popcnt instruction (the same
/// counts either way).
fn best_mask<W: Line>(grid: &Grid, codewords: [&[u8]; 2], level: EcLevel) -> Vec<bool> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("popcnt") {
        // SAFETY: the CPU has popcnt, checked just above.
        return unsafe { best_mask_popcnt::<W>(grid, codewords, level) };
    }
    best_mask_rows::<W>(grid, codewords, level)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "popcnt")]
fn best_mask_popcnt<W: Line>(grid: &Grid, codewords: [&[u8]; 2], level: EcLevel) -> Vec<bool> {
    best_mask_rows::<W>(grid, codewords, level)
}

/// All eight masks applied and scored on bit rows and bit columns: one XOR per line per
/// mask instead of a function call per module, and the penalty rules as shifts and
/// popcounts ([`penalty_bits`], equal to [`penalty`]). `codewords`: data, then error
/// correction, as the crate draws them.
#[inline(always)]
fn best_mask_rows<W: Line>(grid: &Grid, codewords: [&[u8]; 2], level: EcLevel) -> Vec<bool> {
    let n = grid.n;
    debug_assert!(n <= W::BITS && n <= 128);
    let (mut rows, mut cols) = ([W::ZERO; 128], [W::ZERO; 128]);
    let (mut data_rows, mut data_cols) = ([W::ZERO; 128], [W::ZERO; 128]);
    for i in 0..n {
        rows[i] = W::low(grid.fixed_rows[i]);
        cols[i] = W::low(grid.fixed_cols[i]);
        data_rows[i] = W::low(grid.data_rows[i]);
        data_cols[i] = W::low(grid.data_cols[i]);
    }
    // The unmasked dark data bits.
    let mut i = 0;
    for &w in codewords.iter().flat_map(|c| c.iter()) {
        let mut b = w;
        while b != 0 {
            let j = b.leading_zeros() as usize;
            let (x, y) = grid.order[i + j];
            let (x, y) = (usize::from(x), usize::from(y));
            rows[y] |= W::ONE << x;
            cols[x] |= W::ONE << y;
            b &= !(0x80 >> j);
        }
        i += 8;
    }
    let lines = mask_lines();
    let wrap = |v: i16| {
        if v < 0 {
            (v + n as i16) as usize
        } else {
            v as usize
        }
    };
    let mut best: Option<(u16, [W; 128])> = None;
    let (mut r, mut c) = ([W::ZERO; 128], [W::ZERO; 128]);
    for (m, (row_mask, col_mask)) in lines[0].iter().zip(&lines[1]).enumerate() {
        for y in 0..n {
            r[y] = rows[y] ^ (data_rows[y] & W::low(row_mask[y % 12]));
        }
        for x in 0..n {
            c[x] = cols[x] ^ (data_cols[x] & W::low(col_mask[x % 12]));
        }
        let word = format_word(level, m);
        for (k, (&a, &b)) in FORMAT_MAIN.iter().zip(FORMAT_SIDE.iter()).enumerate() {
            if word >> (14 - k) & 1 == 1 {
                for (x, y) in [(wrap(a.0), wrap(a.1)), (wrap(b.0), wrap(b.1))] {
                    r[y] |= W::ONE << x;
                    c[x] |= W::ONE << y;
                }
            }
        }
        let score = penalty_bits(&r[..n], &c[..n], n);
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, r));
        }
    }
    let r = best.expect("eight masks").1;
    let mut out = Vec::with_capacity(n * n);
    for &row in &r[..n] {
        out.extend((0..n).map(|x| row.bit(x)));
    }
    out
}

/// [`penalty`] on bit lines: `rows[y]` has bit x for module (x, y), `cols[x]` bit y
/// (`n` ≤ the word's bits). Same rules, same u16 wrap-around (sums are taken modulo 2¹⁶
/// at the end, which is what wrapping additions give in any order).
#[inline(always)]
pub fn penalty_bits<W: Line>(rows: &[W], cols: &[W], n: usize) -> u16 {
    assert!(
        n <= W::BITS,
        "{n} modules do not fit a {}-bit line",
        W::BITS
    );
    let full = if n == W::BITS {
        !W::ZERO
    } else {
        !(!W::ZERO << n)
    };
    let pairs = full >> 1; // positions j with a neighbour j + 1
    let mut adjacent = 0i64;
    let mut finder = 0i64;
    for &line in rows.iter().chain(cols) {
        // N1: k ≥ 5 equal in a row score k − 2 = (k − 4 windows of five) + 2 per run.
        let eq = !(line ^ (line >> 1)) & pairs;
        let w5 = eq & (eq >> 1) & (eq >> 2) & (eq >> 3);
        adjacent += i64::from(w5.ones()) + 2 * i64::from((w5 & !(w5 << 1)).ones());
        // N3: 1011101 (bits j..j+6) with the four before or the four after all light.
        let p = line
            & !(line >> 1)
            & (line >> 2)
            & (line >> 3)
            & (line >> 4)
            & !(line >> 5)
            & (line >> 6);
        let before = (line << 1) | (line << 2) | (line << 3) | (line << 4);
        let after = (line >> 7) | (line >> 8) | (line >> 9) | (line >> 10);
        finder += i64::from((p & !(before & after)).ones());
    }
    // N2: 2×2 blocks of one colour.
    let mut block = 0i64;
    for w in rows.windows(2) {
        let (a, b) = (w[0], w[1]);
        let same = !(a ^ b);
        let flat = !(a ^ (a >> 1));
        block += i64::from((same & (same >> 1) & flat & pairs).ones());
    }
    let dark: usize = rows.iter().map(|r| r.ones() as usize).sum();
    let ratio = dark * 200 / (n * n);
    let balance = ratio.abs_diff(100) as i64;
    let total = adjacent + 3 * block + 40 * finder - 720 + balance;
    total.rem_euclid(1 << 16) as u16
}

/// The crate's `compute_total_penalty_scores` for a normal QR symbol of side `n`.
pub fn penalty(m: &[bool], n: usize) -> u16 {
    let at = |x: usize, y: usize| m[y * n + x];
    let mut adjacent = 0u16;
    let mut finder = 0u16;
    // Row i read horizontally, then column i read vertically.
    let mut line = vec![false; n];
    for horizontal in [true, false] {
        for i in 0..n {
            for (j, v) in line.iter_mut().enumerate() {
                *v = if horizontal { at(j, i) } else { at(i, j) };
            }
            // N1: a run of k >= 5 equal modules scores k - 2.
            let mut run = 1u16;
            for j in 1..=n {
                if j < n && line[j] == line[j - 1] {
                    run += 1;
                } else {
                    if run >= 5 {
                        adjacent = adjacent.wrapping_add(run - 2);
                    }
                    run = 1;
                }
            }
            // N3: dark-light-dark×3-light-dark with no dark module in the four before it
            // or in the four after it (outside the symbol counts as light) scores 40.
            const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
            for j in 0..n.saturating_sub(6) {
                if line[j..j + 7] != PATTERN {
                    continue;
                }
                let before = line[j.saturating_sub(4)..j].iter().any(|&d| d);
                let after = line[j + 7..(j + 11).min(n)].iter().any(|&d| d);
                if !before || !after {
                    finder = finder.wrapping_add(40);
                }
            }
        }
        // The crate subtracts the three finder patterns' own 360 points per direction.
        finder = finder.wrapping_sub(360);
    }
    // N2: every 2×2 block of one colour (overlapping) scores 3.
    let mut block = 0u16;
    for y in 0..n - 1 {
        for x in 0..n - 1 {
            let v = at(x, y);
            if at(x + 1, y) == v && at(x, y + 1) == v && at(x + 1, y + 1) == v {
                block = block.wrapping_add(3);
            }
        }
    }
    // N4: linear (unrounded) distance of the dark share from 50 %.
    let ratio = m.iter().filter(|&&d| d).count() * 200 / m.len();
    let balance = ratio.abs_diff(100) as u16;
    adjacent
        .wrapping_add(block)
        .wrapping_add(finder)
        .wrapping_add(balance)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn crate_matrix(data: &[u8], level: EcLevel) -> (Version, Vec<bool>) {
        let c = qrcode::QrCode::with_error_correction_level(data, level).unwrap();
        let m = c
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        (c.version(), m)
    }

    const LEVELS: [EcLevel; 4] = [EcLevel::L, EcLevel::M, EcLevel::Q, EcLevel::H];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn same_symbol_as_the_crate_for_bind_urls(code in "[A-Za-z0-9_-]{1,40}", l in 0usize..4) {
            let url = format!("https://open.work.weixin.qq.com/connect/hardware?hw_code={code}");
            prop_assert_eq!(encode(url.as_bytes(), LEVELS[l]).unwrap(), crate_matrix(url.as_bytes(), LEVELS[l]));
        }

        #[test]
        fn same_symbol_as_the_crate_for_any_bytes(data in proptest::collection::vec(any::<u8>(), 0..300), l in 0usize..4) {
            prop_assert_eq!(encode(&data, LEVELS[l]).unwrap(), crate_matrix(&data, LEVELS[l]));
        }

        #[test]
        fn same_symbol_as_the_crate_for_digits(data in "[0-9]{1,600}") {
            prop_assert_eq!(encode(data.as_bytes(), EcLevel::M).unwrap(), crate_matrix(data.as_bytes(), EcLevel::M));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// The bit-parallel scoring equals the module-by-module rules on any matrix,
        /// including the 128-module edge and lines of runs and finder look-alikes.
        #[test]
        fn bit_penalty_equals_bool_penalty(n in 21usize..=128, seed in proptest::collection::vec(any::<u8>(), 1..64), stripes in any::<bool>()) {
            let m: Vec<bool> = (0..n * n)
                .map(|i| {
                    let b = seed[(i / if stripes { 7 } else { 1 }) % seed.len()];
                    b >> (i % 8) & 1 == 1
                })
                .collect();
            let rows: Vec<u128> = (0..n)
                .map(|y| (0..n).fold(0u128, |r, x| r | u128::from(m[y * n + x]) << x))
                .collect();
            let cols: Vec<u128> = (0..n)
                .map(|x| (0..n).fold(0u128, |c, y| c | u128::from(m[y * n + x]) << y))
                .collect();
            let want = penalty(&m, n);
            prop_assert_eq!(penalty_bits(&rows, &cols, n), want);
            if n <= 64 {
                let low = |v: &Vec<u128>| v.iter().map(|&l| l as u64).collect::<Vec<u64>>();
                prop_assert_eq!(penalty_bits(&low(&rows), &low(&cols), n), want, "u64 lines");
            }
        }

        /// The 64-module edge of the u64 lines (version 11 is 61 modules; any matrix).
        #[test]
        fn bit_penalty_equals_bool_penalty_near_64(n in 56usize..=64, seed in proptest::collection::vec(any::<u8>(), 1..64)) {
            let m: Vec<bool> = (0..n * n).map(|i| seed[(i / 5) % seed.len()] >> (i % 8) & 1 == 1).collect();
            let rows: Vec<u64> = (0..n)
                .map(|y| (0..n).fold(0u64, |r, x| r | u64::from(m[y * n + x]) << x))
                .collect();
            let cols: Vec<u64> = (0..n)
                .map(|x| (0..n).fold(0u64, |c, y| c | u64::from(m[y * n + x]) << y))
                .collect();
            prop_assert_eq!(penalty_bits(&rows, &cols, n), penalty(&m, n));
        }
    }

    /// The shortest byte payload that needs `version` at `level`, if one does.
    fn payload_for(version: i16, level: EcLevel, byte: impl Fn(usize) -> u8) -> Option<Vec<u8>> {
        let make = |len: usize| (0..len).map(&byte).collect::<Vec<u8>>();
        let v = |len: usize| match qrcode::bits::encode_auto(&make(len), level) {
            Ok(b) => match b.version() {
                Version::Normal(v) => v,
                Version::Micro(_) => 0,
            },
            Err(_) => 41,
        };
        let (mut lo, mut hi) = (0usize, 3000usize);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if v(mid) >= version {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        (v(lo) == version).then(|| make(lo))
    }

    /// Every version at every level, through the u64 lines (1–11), the u128 lines
    /// (12–27) and the canvas (28–40): the same symbol as the crate.
    #[test]
    fn same_symbol_as_the_crate_at_every_version_and_level() {
        for level in LEVELS {
            for version in 1..=40 {
                let bytes = |i: usize| (i * 7919 % 251) as u8 ^ (i >> 3) as u8;
                let data = payload_for(version, level, bytes).expect("every version is reachable");
                let got = encode(&data, level).unwrap();
                assert_eq!(got.0, Version::Normal(version));
                assert_eq!(
                    got,
                    crate_matrix(&data, level),
                    "version {version} {level:?}"
                );
            }
        }
    }

    /// The learned data placement puts every codeword bit on its own module, inside the
    /// data area, for every version the grids cover.
    #[test]
    fn grids_place_each_bit_once_in_the_data_area() {
        for v in 1..=27 {
            let g = Grid::of(Version::Normal(v), EcLevel::M).unwrap();
            let mut seen = std::collections::HashSet::new();
            for &(x, y) in &g.order {
                assert!(g.data_rows[usize::from(y)] >> x & 1 == 1, "version {v}");
                assert!(seen.insert((x, y)), "version {v}: ({x}, {y}) twice");
            }
            let free: u32 = g.data_rows.iter().map(|r| r.count_ones()).sum();
            assert!(
                free as usize - g.order.len() < 8,
                "version {v}: remainder bits"
            );
        }
        assert!(Grid::of(Version::Normal(28), EcLevel::M).is_none());
    }

    #[test]
    fn same_symbol_for_large_versions_and_uniform_data() {
        // Version 40 (177 modules) and degenerate payloads whose masks score close.
        for data in [
            vec![b'A'; 4000],
            vec![0u8; 1500],
            vec![0xffu8; 700],
            b"".to_vec(),
        ] {
            for l in LEVELS {
                if qrcode::QrCode::with_error_correction_level(&data, l).is_ok() {
                    assert_eq!(encode(&data, l).unwrap(), crate_matrix(&data, l));
                }
            }
        }
    }
}
