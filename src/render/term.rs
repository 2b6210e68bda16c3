//! Terminal output with Unicode half blocks: each character cell shows two module rows.
//!
//! Two forms, both scannable:
//! - **coloured** (a terminal, or `--color always`): colours are forced (bright white on
//!   black) and the *light* modules are drawn, so the code has dark modules on a light
//!   ground whatever the terminal's own theme is — phones read it off a laptop screen.
//! - **plain** (a pipe, a file, `--color never`, `NO_COLOR`): no escape codes at all; the
//!   *dark* modules are drawn, as ink is on paper, so the text reads as the right code
//!   wherever text is shown dark on light (a file opened in an editor, a paste into a
//!   ticket, a printout). On a light-on-dark terminal this form shows inverted; the
//!   coloured form is the one for screens.

use super::Matrix;

const ON: &str = "\x1b[97;40m";
const OFF: &str = "\x1b[0m";

/// The code with `quiet` light modules around it, one line per two module rows, in the
/// coloured or the plain form (see the module documentation).
pub fn term(m: &Matrix, quiet: u32, colour: bool) -> String {
    let q = quiet as isize;
    let n = m.width as isize;
    let side = n + 2 * q;
    let light = |x: isize, y: isize| {
        let (mx, my) = (x - q, y - q);
        if mx < 0 || my < 0 || mx >= n || my >= n || y >= side {
            // Below the last row (odd height) counts as light: part of the quiet zone.
            true
        } else {
            !m.is_dark(mx as usize, my as usize)
        }
    };
    // The coloured form draws light modules (white foreground on a black background);
    // the plain form draws dark ones (the terminal's or page's ink).
    let drawn = |x: isize, y: isize| light(x, y) == colour;
    let mut s = String::with_capacity((side * (side / 2 + 1) * 4) as usize);
    let mut y = 0;
    while y < side {
        if colour {
            s.push_str(ON);
        }
        for x in 0..side {
            s.push(match (drawn(x, y), drawn(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        if colour {
            s.push_str(OFF);
        }
        s.push('\n');
        y += 2;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plain_form_has_no_escape_codes_and_draws_dark_modules() {
        let m = Matrix::encode(b"wecom", crate::render::Ecc::M).unwrap();
        let plain = term(&m, 4, false);
        assert!(!plain.contains('\x1b'));
        // The quiet zone is blank and the top-left finder's top edge is drawn.
        let lines: Vec<&str> = plain.lines().collect();
        assert!(lines[0].chars().all(|c| c == ' '));
        assert_eq!(lines[2].chars().nth(4), Some('█'));
        let coloured = term(&m, 4, true);
        assert!(coloured.starts_with(ON));
        // The same cell in the coloured form shows the dark module as background.
        let row2: String = coloured
            .lines()
            .nth(2)
            .unwrap()
            .replace(ON, "")
            .replace(OFF, "");
        assert_eq!(row2.chars().nth(4), Some(' '));
    }
}
