//! Printer-exact sizing (`registration-and-labels.md` 6.3): a module is a whole number of
//! printer dots, the quiet zone is reserved around the symbol, and on a label the largest
//! whole number of dots per module that fits is chosen. Never a fractional scale: a module
//! of 3.4 dots prints as a mix of 3- and 4-dot modules, which scanners read badly.

use std::fmt;

/// Printer resolution. 203 dpi printers print exactly 8 dots per mm (their true pitch is
/// 203.2 dpi), which is what label software assumes; other values use dpi / 25.4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dpi(pub u32);

impl Dpi {
    pub fn dots_per_mm(self) -> f64 {
        if self.0 == 203 {
            8.0
        } else {
            self.0 as f64 / 25.4
        }
    }

    /// Whole dots in `mm` (rounded down: a label never gets a dot it does not have).
    pub fn dots(self, mm: f64) -> u32 {
        (mm * self.dots_per_mm() + 1e-6).floor() as u32
    }

    pub fn mm(self, dots: u32) -> f64 {
        dots as f64 / self.dots_per_mm()
    }
}

/// A label's size in tenths of a millimetre (exact, so equal inputs stay equal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabelSize {
    pub w_tenths: u32,
    pub h_tenths: u32,
}

impl LabelSize {
    pub fn w_mm(self) -> f64 {
        self.w_tenths as f64 / 10.0
    }
    pub fn h_mm(self) -> f64 {
        self.h_tenths as f64 / 10.0
    }
}

impl std::str::FromStr for LabelSize {
    type Err = String;
    /// `40x30`, `40×30`, `40x30mm`, `50.8x25.4`.
    fn from_str(s: &str) -> Result<Self, String> {
        let t = s.trim().trim_end_matches("mm");
        let (w, h) = t
            .split_once(['x', 'X', '×', '*'])
            .ok_or_else(|| crate::fl!("fmt-label-size-shape", size = format!("{s:?}")))?;
        let mm = |v: &str| -> Result<u32, String> {
            let f: f64 = v.trim().parse().map_err(|_| {
                crate::fl!(
                    "fmt-label-size-not-number",
                    size = format!("{s:?}"),
                    value = format!("{v:?}")
                )
            })?;
            if !(1.0..=1000.0).contains(&f) {
                return Err(crate::fl!(
                    "fmt-label-size-range",
                    size = format!("{s:?}"),
                    mm = f.to_string()
                ));
            }
            Ok((f * 10.0).round() as u32)
        };
        Ok(LabelSize {
            w_tenths: mm(w)?,
            h_tenths: mm(h)?,
        })
    }
}

impl fmt::Display for LabelSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}×{} mm", self.w_mm(), self.h_mm())
    }
}

/// What the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeSpec {
    pub dpi: Dpi,
    /// With a label the dots per module are chosen to fit it...
    pub label: Option<LabelSize>,
    /// ...without one they are given (the image is then exactly the code plus caption).
    pub dots: u32,
    /// Quiet zone in modules on every side.
    pub quiet: u32,
    /// The printer command's magnification limit, if any.
    pub max_dots: Option<u32>,
}

/// Where the caption goes: centred on `center_x`, top at `y`, `height` dots tall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaptionBox {
    pub center_x: u32,
    pub y: u32,
    pub height: u32,
}

/// A code placed on a label; all in printer dots (= pixels for PNG and SVG).
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: u32,
    pub height: u32,
    pub dpi: Dpi,
    pub dots: u32,
    pub modules: u32,
    pub quiet: u32,
    /// Top-left corner of the symbol's first module (inside the quiet zone).
    pub qr_x: u32,
    pub qr_y: u32,
    pub caption: Option<CaptionBox>,
    /// The physical label, when one was given.
    pub label: Option<LabelSize>,
    /// Advice the user should see (small modules).
    pub warnings: Vec<String>,
}

/// The code does not fit.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum LayoutError {
    #[error(
        "label {label} at {dpi} dpi is too small for this code ({modules} modules + {quiet} quiet \
         modules each side{cap}): it fits {avail} dots but 2 dots per module need {need} dots; \
         use a label of at least {min_w:.1}×{min_h:.1} mm (3 dots per module: {rec_w:.1}×{rec_h:.1} mm), \
         a lower --ecc, or a higher --dpi"
    )]
    TooSmall {
        label: LabelSize,
        dpi: u32,
        modules: u32,
        quiet: u32,
        cap: String,
        avail: u32,
        need: u32,
        min_w: f64,
        min_h: f64,
        rec_w: f64,
        rec_h: f64,
    },
    #[error("{0}")]
    Bad(String),
}

impl From<LayoutError> for crate::output::Failure {
    /// The label size, dpi and dots come from the command line (or the line's settings):
    /// a code that does not fit them is a usage error, and the message says what fits.
    fn from(e: LayoutError) -> Self {
        use crate::output::{ErrorCode, Failure};
        match e {
            LayoutError::TooSmall {
                label,
                dpi,
                modules,
                quiet,
                cap,
                avail,
                need,
                min_w,
                min_h,
                rec_w,
                rec_h,
            } => {
                let mm = |w: f64, h: f64| format!("{w:.1}×{h:.1}");
                let message = if cap.is_empty() {
                    crate::fl!(
                        "render-too-small",
                        label = label.to_string(),
                        dpi = dpi,
                        modules = modules,
                        quiet = quiet,
                        avail = avail,
                        need = need,
                        min = mm(min_w, min_h),
                        rec = mm(rec_w, rec_h)
                    )
                } else {
                    crate::fl!(
                        "render-too-small-caption",
                        label = label.to_string(),
                        dpi = dpi,
                        modules = modules,
                        quiet = quiet,
                        avail = avail,
                        need = need,
                        min = mm(min_w, min_h),
                        rec = mm(rec_w, rec_h)
                    )
                };
                Failure::new(ErrorCode::RenderLabelTooSmall, message)
            }
            // Already in the reader's words (built with the catalog where it is made).
            LayoutError::Bad(m) => Failure::new(ErrorCode::UsageBadValue, m),
        }
    }
}

/// Smallest dots per module we print: one-dot modules smear on thermal heads.
pub const MIN_DOTS: u32 = 2;
/// Below this many dots, or below [`MIN_MODULE_MM`], we warn.
pub const WARN_DOTS: u32 = 3;
pub const MIN_MODULE_MM: f64 = 0.33;

impl Layout {
    /// Caption text height in dots: 2.5 mm on a label, else tied to the module size.
    fn caption_height(spec: &SizeSpec, dots: u32) -> u32 {
        match spec.label {
            Some(_) => (2.5 * spec.dpi.dots_per_mm()).round() as u32,
            None => (3 * dots).max(16),
        }
    }

    /// Places an `n`-module symbol per `spec`.
    pub fn fit(n: u32, caption: Option<&str>, spec: &SizeSpec) -> Result<Layout, LayoutError> {
        if !matches!(spec.dpi.0, 100..=1200) {
            return Err(LayoutError::Bad(crate::fl!(
                "render-bad-dpi",
                dpi = spec.dpi.0
            )));
        }
        let side = n + 2 * spec.quiet;
        let band = |h: u32| if caption.is_some() { h + h / 4 } else { 0 };
        let (width, height, dots, cap_h) = match spec.label {
            None => {
                let d = spec.dots;
                if d == 0 || spec.max_dots.is_some_and(|m| d > m) {
                    return Err(LayoutError::Bad(crate::fl!(
                        "render-bad-dots",
                        dots = d,
                        max = spec.max_dots.unwrap_or(100)
                    )));
                }
                let cap_h = Self::caption_height(spec, d);
                let text_w = caption.map_or(0, |c| super::font::text_width(c, cap_h));
                let sq = side * d;
                (sq.max(text_w), sq + band(cap_h), d, cap_h)
            }
            Some(label) => {
                let w = spec.dpi.dots(label.w_mm());
                let h = spec.dpi.dots(label.h_mm());
                let cap_h = Self::caption_height(spec, 0);
                let avail = w.min(h.saturating_sub(band(cap_h)));
                let mut d = avail / side;
                if let Some(m) = spec.max_dots {
                    d = d.min(m);
                }
                if d < MIN_DOTS {
                    let mm = |dots: u32| (spec.dpi.mm(dots) * 10.0).ceil() / 10.0;
                    let at = |d: u32| (mm(side * d), mm(side * d + band(cap_h)));
                    let (min_w, min_h) = at(MIN_DOTS);
                    let (rec_w, rec_h) = at(WARN_DOTS);
                    return Err(LayoutError::TooSmall {
                        label,
                        dpi: spec.dpi.0,
                        modules: n,
                        quiet: spec.quiet,
                        cap: if caption.is_some() {
                            " and a caption line".into()
                        } else {
                            String::new()
                        },
                        avail,
                        need: side * MIN_DOTS,
                        min_w,
                        min_h,
                        rec_w,
                        rec_h,
                    });
                }
                (w, h, d, cap_h)
            }
        };
        let sq = side * dots;
        let block_h = sq + band(cap_h);
        let left = (width - sq) / 2;
        let top = (height - block_h) / 2;
        let mut warnings = Vec::new();
        let module_mm = spec.dpi.mm(dots);
        if spec.label.is_some() && (dots < WARN_DOTS || module_mm < MIN_MODULE_MM - 1e-9) {
            warnings.push(crate::fl!(
                "render-small-modules",
                dots = dots,
                module_mm = format!("{module_mm:.3}"),
                dpi = spec.dpi.0,
                min_dots = WARN_DOTS,
                min_mm = MIN_MODULE_MM.to_string()
            ));
        }
        if spec.quiet < 4 {
            warnings.push(crate::fl!("render-small-quiet-zone", quiet = spec.quiet));
        }
        Ok(Layout {
            width,
            height,
            dpi: spec.dpi,
            dots,
            modules: n,
            quiet: spec.quiet,
            qr_x: left + spec.quiet * dots,
            qr_y: top + spec.quiet * dots,
            caption: caption.map(|_| CaptionBox {
                center_x: width / 2,
                y: top + sq + cap_h / 4,
                height: cap_h,
            }),
            label: spec.label,
            warnings,
        })
    }

    /// Module size in mm at the layout's resolution.
    pub fn module_mm(&self) -> f64 {
        self.dpi.mm(self.dots)
    }

    /// Page size in mm: the label, or the drawn area at the resolution.
    pub fn size_mm(&self) -> (f64, f64) {
        match self.label {
            Some(l) => (l.w_mm(), l.h_mm()),
            None => (self.dpi.mm(self.width), self.dpi.mm(self.height)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(label: &str, dpi: u32) -> SizeSpec {
        SizeSpec {
            dpi: Dpi(dpi),
            label: Some(label.parse().unwrap()),
            dots: 0,
            quiet: 4,
            max_dots: None,
        }
    }

    #[test]
    fn parses_label_sizes() {
        let l: LabelSize = "40x30".parse().unwrap();
        assert_eq!((l.w_mm(), l.h_mm()), (40.0, 30.0));
        assert_eq!("50.8×25.4mm".parse::<LabelSize>().unwrap().w_tenths, 508);
        assert!("40".parse::<LabelSize>().is_err());
        assert!("0x30".parse::<LabelSize>().is_err());
    }

    #[test]
    fn spec_table_v5_and_v6_without_caption() {
        // Section 6.3: V6-M (41 modules) on 30×20 at 203 dpi → 3 dots (147 ≤ 160).
        let l = Layout::fit(41, None, &spec("30x20", 203)).unwrap();
        assert_eq!(l.dots, 3);
        assert_eq!(l.warnings.len(), 0);
        // 40×30 at 203 → 240 / 49 = 4 dots; 300 dpi 30×20 → 236 / 49 = 4.
        assert_eq!(Layout::fit(41, None, &spec("40x30", 203)).unwrap().dots, 4);
        assert_eq!(Layout::fit(41, None, &spec("30x20", 300)).unwrap().dots, 4);
        // V5-M (37 → 45) on 30×20 at 300 dpi: 236 / 45 = 5 ("tight").
        assert_eq!(Layout::fit(37, None, &spec("30x20", 300)).unwrap().dots, 5);
    }
}
