//! Drawing QR codes: the module matrix, printer-exact sizing, and one writer per output
//! format (`registration-and-labels.md` sections 6–8). Everything here is pure: bytes in,
//! bytes out, so identical inputs give identical files and tests need no I/O.
//!
//! The `qrcode` crate gives only the module matrix; every pixel, path, printer command and
//! PDF operator is drawn here, so module edges always fall on whole printer dots.

pub mod batch;
pub mod font;
pub mod layout;
pub mod mask;
pub mod pdf;
pub mod qrdecode;
pub mod raster;
pub mod svg;
pub mod term;
pub mod tspl;
pub mod verify;
pub mod zpl;

pub use layout::{Dpi, LabelSize, Layout, LayoutError};

/// Error-correction level (ISO/IEC 18004): how much of the symbol may be lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum, serde::Serialize)]
pub enum Ecc {
    /// about 7 % recoverable: densest
    #[value(name = "L")]
    L,
    /// about 15 %: the default for indoor equipment labels
    #[default]
    #[value(name = "M")]
    M,
    /// about 25 %: labels that get scratched
    #[value(name = "Q")]
    Q,
    /// about 30 %: only when something covers part of the code
    #[value(name = "H")]
    H,
}

impl Ecc {
    /// The letter printers and `--ecc` use.
    pub fn letter(self) -> char {
        match self {
            Ecc::L => 'L',
            Ecc::M => 'M',
            Ecc::Q => 'Q',
            Ecc::H => 'H',
        }
    }

    pub fn from_letter(c: char) -> Option<Ecc> {
        match c {
            'L' => Some(Ecc::L),
            'M' => Some(Ecc::M),
            'Q' => Some(Ecc::Q),
            'H' => Some(Ecc::H),
            _ => None,
        }
    }

    fn level(self) -> qrcode::EcLevel {
        match self {
            Ecc::L => qrcode::EcLevel::L,
            Ecc::M => qrcode::EcLevel::M,
            Ecc::Q => qrcode::EcLevel::Q,
            Ecc::H => qrcode::EcLevel::H,
        }
    }
}

/// The encoded symbol: `width × width` modules, row-major, `true` = dark. No quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    pub width: usize,
    pub dark: Vec<bool>,
    /// Symbol version 1–40.
    pub version: u8,
    pub ecc: Ecc,
}

impl Matrix {
    /// Encodes `data` (the `qrcode` crate chooses the smallest version and segments digit
    /// runs itself).
    pub fn encode(data: &[u8], ecc: Ecc) -> Result<Matrix, RenderError> {
        // Same symbol as `QrCode::with_error_correction_level`, faster mask choice.
        let (version, dark) = mask::encode(data, ecc.level()).map_err(|e| {
            RenderError::Encode(format!(
                "{e} ({} bytes at ECC {})",
                data.len(),
                ecc.letter()
            ))
        })?;
        let width = version.width() as usize;
        let version = match version {
            qrcode::Version::Normal(v) => v as u8,
            qrcode::Version::Micro(v) => v as u8,
        };
        Ok(Matrix {
            width,
            dark,
            version,
            ecc,
        })
    }

    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.width + x]
    }

    /// Horizontal runs of dark modules per row, `(x, y, len)`: fewer rectangles in SVG and
    /// PDF than one per module, with exactly the same covered area.
    pub fn runs(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        (0..self.width).flat_map(move |y| {
            let row = &self.dark[y * self.width..(y + 1) * self.width];
            let mut out = Vec::new();
            let mut x = 0;
            while x < row.len() {
                if row[x] {
                    let start = x;
                    while x < row.len() && row[x] {
                        x += 1;
                    }
                    out.push((start, y, x - start));
                } else {
                    x += 1;
                }
            }
            out
        })
    }
}

/// Output formats of `wecom-hw qr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// PNG image, one pixel per printer dot
    Png,
    /// SVG with whole-dot module rectangles
    Svg,
    /// Unicode half blocks: coloured on a terminal (scan it off the screen), plain text with
    /// dark modules drawn in a pipe or file (see --color)
    Term,
    /// Zebra ZPL II (^BQ, model 2)
    Zpl,
    /// TSC TSPL/TSPL2 (QRCODE, model M2)
    Tspl,
    /// PDF, one label-sized page per code, vector modules
    Pdf,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Term => "term",
            Format::Zpl => "zpl",
            Format::Tspl => "tspl",
            Format::Pdf => "pdf",
        }
    }

    /// The format a file name asks for, from its extension.
    pub fn from_path(p: &std::path::Path) -> Option<Format> {
        let ext = p.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "png" => Format::Png,
            "svg" => Format::Svg,
            "txt" => Format::Term,
            "zpl" => Format::Zpl,
            "tspl" | "tsc" | "prn" => Format::Tspl,
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }

    /// Printer languages carry the data, not the matrix: the printer encodes it again,
    /// so their magnification is limited to what the command accepts (1–10 dots).
    pub fn max_dots(self) -> Option<u32> {
        matches!(self, Format::Zpl | Format::Tspl).then_some(10)
    }

    /// Formats that hold several labels in one file (a print job or a sheet).
    pub fn is_job(self) -> bool {
        matches!(self, Format::Zpl | Format::Tspl | Format::Pdf)
    }

    pub fn is_binary(self) -> bool {
        matches!(self, Format::Png | Format::Pdf)
    }
}

/// One code to draw: what it says and the text under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub data: String,
    pub caption: Option<String>,
}

/// Why a code could not be drawn.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum RenderError {
    #[error("cannot encode the payload as a QR code: {0}")]
    Encode(String),
    #[error(transparent)]
    Layout(#[from] LayoutError),
    /// A payload with a line break, which TSPL's `QRCODE` command cannot carry.
    #[error("TSPL QRCODE data cannot contain line breaks")]
    TsplLineBreak,
    /// A payload with bytes ZPL's automatic QR mode cannot carry (the payload itself).
    #[error("ZPL automatic QR mode cannot carry the non-ASCII payload {0:?}")]
    ZplNonAscii(String),
    /// Several labels asked of a format that holds one code per file.
    #[error("{0} holds one code per file; use --out-dir with --name, or zpl/tspl/pdf for one job")]
    OneCodePerFile(&'static str),
}

impl From<RenderError> for crate::output::Failure {
    /// A payload that cannot be drawn is the unit's data (exit 3); a label or format that
    /// cannot hold it is the command line's (exit 2).
    fn from(e: RenderError) -> Self {
        use crate::output::{ErrorCode, Failure};
        let code = match &e {
            RenderError::Layout(l) => return l.clone().into(),
            RenderError::Encode(_) => ErrorCode::RenderPayloadTooLong,
            RenderError::TsplLineBreak | RenderError::ZplNonAscii(_) => {
                ErrorCode::RenderPayloadUnsupported
            }
            RenderError::OneCodePerFile(_) => ErrorCode::RenderOneCodePerFile,
        };
        let message = match &e {
            RenderError::Encode(why) => crate::fl!("render-encode", detail = why.clone()),
            RenderError::OneCodePerFile(format) => {
                crate::fl!("qr-one-code-per-file", format = format.to_string())
            }
            RenderError::ZplNonAscii(payload) => {
                crate::fl!("i18nl-zpl-non-ascii", payload = format!("{payload:?}"))
            }
            RenderError::TsplLineBreak => crate::fl!("render-tspl-line-break"),
            // Answered above.
            RenderError::Layout(_) => e.to_string(),
        };
        let f = Failure::new(code, message);
        match e {
            RenderError::Encode(_) => f.hint(crate::fl!("render-encode-hint")),
            RenderError::TsplLineBreak => f.hint(crate::fl!("render-tspl-line-break-hint")),
            _ => f,
        }
    }
}

/// A matrix placed on a label, ready for any writer.
#[derive(Debug, Clone)]
pub struct Placed {
    pub label: Label,
    pub matrix: Matrix,
    pub layout: Layout,
}

/// Encodes and places one label with the sizing rule of [`layout`].
pub fn place(label: Label, ecc: Ecc, spec: &layout::SizeSpec) -> Result<Placed, RenderError> {
    let matrix = Matrix::encode(label.data.as_bytes(), ecc)?;
    let layout = Layout::fit(matrix.width as u32, label.caption.as_deref(), spec)?;
    Ok(Placed {
        label,
        matrix,
        layout,
    })
}

/// Writes one or more placed labels in `format`. Several labels make one job (ZPL, TSPL,
/// PDF); raster and terminal formats take exactly one.
pub fn write(format: Format, labels: &[Placed]) -> Result<Vec<u8>, RenderError> {
    if labels.len() != 1 && !format.is_job() {
        return Err(RenderError::OneCodePerFile(format.name()));
    }
    Ok(match format {
        Format::Png => raster::png_of(&labels[0]),
        Format::Svg => svg::svg(&labels[0]).into_bytes(),
        // The plain form: bytes for a file or a pipe (`qr` asks for colour itself).
        Format::Term => term::term(&labels[0].matrix, labels[0].layout.quiet, false).into_bytes(),
        Format::Zpl => zpl::job(labels)?.into_bytes(),
        Format::Tspl => tspl::job(labels)?.into_bytes(),
        Format::Pdf => pdf::sheet(labels),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{ErrorCode, ExitClass, Failure};

    fn spec(label: &str) -> layout::SizeSpec {
        layout::SizeSpec {
            dpi: Dpi(203),
            label: Some(label.parse().unwrap()),
            dots: 0,
            quiet: 4,
            max_dots: None,
        }
    }

    fn failure(data: &str, size: &str) -> Failure {
        let label = Label {
            data: data.to_owned(),
            caption: None,
        };
        place(label, Ecc::M, &spec(size)).unwrap_err().into()
    }

    /// The same error means the same thing wherever it is drawn (`qr`, `line`): a label too
    /// small for the code is the command line's fault, a payload no code holds is the unit's.
    #[test]
    fn each_render_error_has_one_class_and_code() {
        let small = failure("https://example.com/x", "5x5");
        assert_eq!(
            (small.code, small.class),
            (ErrorCode::RenderLabelTooSmall, ExitClass::Usage)
        );
        let long = failure(&"x".repeat(4000), "100x100");
        assert_eq!(
            (long.code, long.class),
            (ErrorCode::RenderPayloadTooLong, ExitClass::Data)
        );
        assert!(
            long.message
                .starts_with("cannot encode the payload as a QR code")
        );
        assert!(long.hint.is_some());
        let placed = place(
            Label {
                data: "a\nb".into(),
                caption: None,
            },
            Ecc::M,
            &spec("40x30"),
        )
        .unwrap();
        let tspl: Failure = write(Format::Tspl, std::slice::from_ref(&placed))
            .unwrap_err()
            .into();
        assert_eq!(
            (tspl.code, tspl.class),
            (ErrorCode::RenderPayloadUnsupported, ExitClass::Data)
        );
        let two: Failure = write(Format::Png, &[placed.clone(), placed])
            .unwrap_err()
            .into();
        assert_eq!(
            (two.code, two.class),
            (ErrorCode::RenderOneCodePerFile, ExitClass::Usage)
        );
        assert!(
            two.message.starts_with("png holds one code per file"),
            "{}",
            two.message
        );
    }
}
