//! Terminal output with Unicode half blocks: each character cell shows two module rows.
//! Colours are forced (bright white on black) so the code has dark modules on a light
//! ground whatever the terminal's own theme is — phones read it off a laptop screen.

use super::Matrix;

const ON: &str = "\x1b[97;40m";
const OFF: &str = "\x1b[0m";

/// The code with `quiet` light modules around it, one line per two module rows.
pub fn term(m: &Matrix, quiet: u32) -> String {
    let q = quiet as isize;
    let n = m.width as isize;
    let side = n + 2 * q;
    // Light modules are drawn (white foreground), dark ones left as the black background.
    let light = |x: isize, y: isize| {
        let (mx, my) = (x - q, y - q);
        if mx < 0 || my < 0 || mx >= n || my >= n || y >= side {
            // Below the last row (odd height) counts as light: part of the quiet zone.
            true
        } else {
            !m.is_dark(mx as usize, my as usize)
        }
    };
    let mut s = String::with_capacity((side * (side / 2 + 1) * 4) as usize);
    let mut y = 0;
    while y < side {
        s.push_str(ON);
        for x in 0..side {
            s.push(match (light(x, y), light(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        s.push_str(OFF);
        s.push('\n');
        y += 2;
    }
    s
}
