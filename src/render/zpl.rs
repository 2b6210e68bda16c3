//! ZPL II labels (`registration-and-labels.md` 7). The printer encodes the data itself:
//! `^BQN,2,<dots>` (model 2, magnification = dots per module) with the `<ecc>A,` switch in
//! front of the data. ZPL draws no quiet zone, so the field origin sits inside the blank
//! space the layout reserved around the code.

use super::{Placed, RenderError};
use std::fmt::Write;

/// Dots the printer draws a `^FO`-placed QR code below its origin. The `zpl` crate's ZD621
/// capture puts the ink at `y + (^BY height) - 1` = 9 with the default `^BY` height of 10;
/// other printers are reported to shift by about 10 dots (assumed; see the spec, 7.2).
pub const QR_Y_SHIFT: u32 = 9;

/// Field data with `^` or `~` must go through `^FH` hex escapes.
fn field_data(data: &str) -> (bool, String) {
    if data.contains(['^', '~']) {
        let mut s = String::with_capacity(data.len() + 8);
        for c in data.chars() {
            match c {
                '^' | '~' | '_' => {
                    let _ = write!(s, "_{:02X}", c as u32);
                }
                c => s.push(c),
            }
        }
        (true, s)
    } else {
        (false, data.to_owned())
    }
}

/// One `^XA … ^XZ` format per label.
pub fn job(labels: &[Placed]) -> Result<String, RenderError> {
    let mut s = String::new();
    for p in labels {
        let l = &p.layout;
        // Automatic input mode cannot carry bytes 0x80–0x9F and 0xE0–0xFF (ZPL guide).
        if p.label
            .data
            .bytes()
            .any(|b| (0x80..=0x9f).contains(&b) || b >= 0xe0)
        {
            return Err(RenderError::ZplNonAscii(p.label.data.clone()));
        }
        let (fh, data) = field_data(&p.label.data);
        let _ = write!(
            s,
            "^XA\n^CI28\n^PW{}\n^LL{}\n^LH0,0\n^FO{},{}^BQN,2,{}{}^FD{}A,{}^FS\n",
            l.width,
            l.height,
            l.qr_x,
            l.qr_y.saturating_sub(QR_Y_SHIFT),
            l.dots,
            if fh { "^FH" } else { "" },
            p.matrix.ecc.letter(),
            data
        );
        if let (Some(text), Some(cap)) = (p.label.caption.as_deref(), l.caption) {
            let (fh, text) = field_data(text);
            let _ = writeln!(
                s,
                "^FO0,{}^A0N,{h},{h}^FB{},1,0,C,0{}^FD{}^FS",
                cap.y,
                l.width,
                if fh { "^FH" } else { "" },
                text,
                h = cap.height
            );
        }
        s.push_str("^XZ\n");
    }
    Ok(s)
}
