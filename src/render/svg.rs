//! SVG: one path of whole-dot rectangles (one per horizontal run of dark modules), so any
//! renderer that maps the view box to the printer's dots draws exact modules.

use super::Placed;
use std::fmt::Write;

pub fn svg(p: &Placed) -> String {
    let l = &p.layout;
    let (w, h) = (l.width, l.height);
    // On a label the physical size is the label's; otherwise one unit per pixel.
    let (sw, sh) = match l.label {
        Some(lab) => (format!("{}mm", lab.w_mm()), format!("{}mm", lab.h_mm())),
        None => (w.to_string(), h.to_string()),
    };
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" \
         version=\"1.1\" width=\"{sw}\" height=\"{sh}\" viewBox=\"0 0 {w} {h}\" \
         shape-rendering=\"crispEdges\">\n<rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\""
    );
    let d = l.dots as usize;
    for (x, y, len) in p.matrix.runs() {
        let _ = write!(
            s,
            "M{} {}h{}v{}h-{}z",
            l.qr_x as usize + x * d,
            l.qr_y as usize + y * d,
            len * d,
            d,
            len * d
        );
    }
    s.push_str("\"/>\n");
    if let (Some(text), Some(cap)) = (p.label.caption.as_deref(), l.caption) {
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" font-family=\"monospace\" font-size=\"{}\" text-anchor=\"middle\" fill=\"#000\">{}</text>",
            cap.center_x,
            cap.y + cap.height * 7 / 8,
            cap.height,
            escape(text)
        );
    }
    s.push_str("</svg>\n");
    s
}

fn escape(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
