//! PDF label sheets: one label-sized page per code, modules as filled rectangles placed on
//! the printer's dot grid (so a driver printing at that resolution hits whole dots).

use super::Placed;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

const PT_PER_MM: f64 = 72.0 / 25.4;

pub fn sheet(labels: &[Placed]) -> Vec<u8> {
    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let font = Ref::new(3);
    let page_ids: Vec<Ref> = (0..labels.len())
        .map(|i| Ref::new(4 + 2 * i as i32))
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(labels.len() as i32);
    pdf.type1_font(font).base_font(Name(b"Helvetica"));
    for (p, &id) in labels.iter().zip(&page_ids) {
        let l = &p.layout;
        let (w_mm, h_mm) = l.size_mm();
        let (pw, ph) = (w_mm * PT_PER_MM, h_mm * PT_PER_MM);
        // Points per printer dot.
        let s = l.dpi.mm(1) * PT_PER_MM;
        let content_id = Ref::new(id.get() + 1);
        let mut page = pdf.page(id);
        page.media_box(Rect::new(0.0, 0.0, pw as f32, ph as f32));
        page.parent(tree);
        page.contents(content_id);
        page.resources().fonts().pair(Name(b"F1"), font);
        page.finish();

        let mut c = Content::new();
        c.set_fill_gray(0.0);
        let d = l.dots as f64;
        for (x, y, len) in p.matrix.runs() {
            let x0 = l.qr_x as f64 + x as f64 * d;
            let y0 = l.qr_y as f64 + y as f64 * d;
            c.rect(
                (x0 * s) as f32,
                (ph - (y0 + d) * s) as f32,
                (len as f64 * d * s) as f32,
                (d * s) as f32,
            );
        }
        c.fill_nonzero();
        if let (Some(text), Some(cap)) = (p.label.caption.as_deref(), l.caption) {
            // Standard 14 font, WinAnsi: ASCII only; others show as '?'.
            let ascii: Vec<u8> = text
                .chars()
                .map(|ch| if ch.is_ascii() { ch as u8 } else { b'?' })
                .collect();
            let size = cap.height as f64 * s;
            // Helvetica digits and capitals are about 0.6 em wide.
            let tw = 0.6 * size * ascii.len() as f64;
            c.begin_text();
            c.set_font(Name(b"F1"), size as f32);
            c.next_line(
                (cap.center_x as f64 * s - tw / 2.0) as f32,
                (ph - (cap.y as f64 + cap.height as f64 * 0.85) * s) as f32,
            );
            c.show(Str(&ascii));
            c.end_text();
        }
        pdf.stream(content_id, &c.finish());
    }
    pdf.finish()
}
