//! TSPL/TSPL2 jobs (`registration-and-labels.md` 8): `QRCODE x,y,ECC,cell,A,0,M2,S7,"data"`.
//! Model `M2` is always sent: `M1` is the printers' default and few phones read it.

use super::{Placed, RenderError};
use std::fmt::Write;

/// Gap between labels sent with `GAP` (assumed; most die-cut rolls use 2 mm).
pub const GAP_MM: f64 = 2.0;

/// TSPL strings escape a double quote as `\["]`.
fn quote(s: &str) -> String {
    s.replace('"', "\\[\"]")
}

fn mm(v: f64) -> String {
    // Whole or one decimal, no trailing zeros: `40`, `18.4`.
    let t = format!("{:.1}", v);
    t.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// TSPL's resident fonts: (name, cell width, cell height) in dots at 203 dpi.
const FONTS: [(&str, u32, u32); 5] = [
    ("1", 8, 12),
    ("2", 12, 20),
    ("3", 16, 24),
    ("4", 24, 32),
    ("5", 32, 48),
];

/// The largest resident font no taller than `height`, enlarged by a whole factor when
/// even font "5" is less than half of it.
fn font_for(height: u32) -> (&'static str, u32, u32) {
    let (name, w, h) = FONTS
        .iter()
        .rev()
        .find(|f| f.2 <= height)
        .copied()
        .unwrap_or(FONTS[0]);
    (name, w, (height / h).max(1))
}

/// `SIZE`, `GAP`, `DIRECTION` once per job (from the first label), then per label
/// `CLS … PRINT 1,1`.
pub fn job(labels: &[Placed]) -> Result<String, RenderError> {
    let mut s = String::new();
    let Some(first) = labels.first() else {
        return Ok(s);
    };
    let (w, h) = first.layout.size_mm();
    let _ = write!(
        s,
        "SIZE {} mm,{} mm\r\nGAP {} mm,0 mm\r\nDIRECTION 1\r\nCODEPAGE UTF-8\r\n",
        mm(w),
        mm(h),
        mm(GAP_MM)
    );
    for p in labels {
        let l = &p.layout;
        if p.label.data.contains(['\r', '\n']) {
            return Err(RenderError::TsplLineBreak);
        }
        let _ = write!(
            s,
            "CLS\r\nQRCODE {},{},{},{},A,0,M2,S7,\"{}\"\r\n",
            l.qr_x,
            l.qr_y,
            p.matrix.ecc.letter(),
            l.dots,
            quote(&p.label.data)
        );
        if let (Some(text), Some(cap)) = (p.label.caption.as_deref(), l.caption) {
            let (font, cw, mul) = font_for(cap.height);
            let tw = cw * mul * text.chars().count() as u32;
            let _ = write!(
                s,
                "TEXT {},{},\"{font}\",0,{mul},{mul},\"{}\"\r\n",
                cap.center_x.saturating_sub(tw / 2),
                cap.y,
                quote(text)
            );
        }
        s.push_str("PRINT 1,1\r\n");
    }
    Ok(s)
}
