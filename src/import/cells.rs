//! Reading single cells as text (`registration-and-labels.md` 3.5) and checking the values
//! of one row (3.6). Pure functions: the caller turns issues into located problems.

use crate::core::bindcode::HARDWARE_URL;
use calamine::{Data, DataRef};

/// 2^53: above it an f64 no longer holds every integer, so digits are already gone.
const EXACT_LIMIT: f64 = 9_007_199_254_740_992.0;

/// What happened when a cell was read as text.
#[derive(Debug, Clone, PartialEq)]
pub enum CellText {
    Text(String),
    /// A numeric cell that converted exactly; accepted with a warning.
    Numeric(String),
    Empty,
}

/// What a cell holds instead of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Boolean,
    Date,
    ExcelError,
}

impl CellKind {
    /// "a boolean", in the chosen language.
    fn text(self) -> String {
        match self {
            CellKind::Boolean => crate::fl!("import-cell-kind-boolean"),
            CellKind::Date => crate::fl!("import-cell-kind-date"),
            CellKind::ExcelError => crate::fl!("import-cell-kind-error"),
        }
    }
}

/// Why a cell could not be read as text. Its words (Display) come from the catalogs.
#[derive(Debug, Clone, PartialEq)]
pub enum CellIssue {
    LossyNumber { shown: String },
    Scientific(String),
    Unexpected { kind: CellKind, shown: String },
}

impl std::fmt::Display for CellIssue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            CellIssue::LossyNumber { shown } => {
                crate::fl!("import-cell-lossy", value = shown.as_str())
            }
            CellIssue::Scientific(s) => {
                crate::fl!("import-cell-scientific", value = format!("{s:?}"))
            }
            CellIssue::Unexpected { kind, shown } => crate::fl!(
                "import-cell-unexpected",
                kind = kind.text(),
                value = format!("{shown:?}")
            ),
        })
    }
}

impl std::error::Error for CellIssue {}

impl CellIssue {
    /// The same message without the cell's value, for the SecretNo column.
    pub fn without_value(&self) -> String {
        match self {
            CellIssue::LossyNumber { .. } => crate::fl!("import-cell-lossy-hidden"),
            CellIssue::Scientific(_) => crate::fl!("import-cell-scientific-hidden"),
            CellIssue::Unexpected { kind, .. } => {
                crate::fl!("import-cell-unexpected-hidden", kind = kind.text())
            }
        }
    }
}

/// A borrowed view of an owned cell, so that rows from a `Range` (xls, ods, CSV) and rows
/// streamed from an xlsx (whose texts borrow the shared-strings table) are checked by the
/// same code without copying strings.
pub fn borrow(c: &Data) -> DataRef<'_> {
    match c {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

/// The text of a string cell, owned or shared.
pub fn text_of<'c>(c: &'c DataRef<'_>) -> Option<&'c str> {
    match c {
        DataRef::String(s) => Some(s),
        DataRef::SharedString(s) => Some(s),
        _ => None,
    }
}

/// Reads an identity cell (SN, SecretNo, device id) strictly as text.
pub fn identity_text(c: &DataRef<'_>) -> Result<CellText, CellIssue> {
    if let Some(s) = text_of(c) {
        let t = s.trim();
        return if t.is_empty() {
            Ok(CellText::Empty)
        } else if looks_scientific(t) {
            Err(CellIssue::Scientific(t.to_owned()))
        } else {
            Ok(CellText::Text(t.to_owned()))
        };
    }
    match c {
        DataRef::Int(i) => Ok(CellText::Numeric(i.to_string())),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < EXACT_LIMIT => {
            Ok(CellText::Numeric(format!("{f:.0}")))
        }
        DataRef::Float(f) => Err(CellIssue::LossyNumber {
            shown: f.to_string(),
        }),
        DataRef::Bool(b) => Err(CellIssue::Unexpected {
            kind: CellKind::Boolean,
            shown: b.to_string(),
        }),
        DataRef::DateTime(d) => Err(CellIssue::Unexpected {
            kind: CellKind::Date,
            shown: d.to_string(),
        }),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Err(CellIssue::Unexpected {
            kind: CellKind::Date,
            shown: s.clone(),
        }),
        DataRef::Error(e) => Err(CellIssue::Unexpected {
            kind: CellKind::ExcelError,
            shown: e.to_string(),
        }),
        // Text was handled above.
        DataRef::Empty | DataRef::String(_) | DataRef::SharedString(_) => Ok(CellText::Empty),
    }
}

/// Reads a free-text cell (URL, model, remark) leniently.
pub fn plain_text(c: &DataRef<'_>) -> Option<String> {
    let s = match c {
        DataRef::Empty => return None,
        DataRef::String(s) => s.trim().to_owned(),
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < EXACT_LIMIT => format!("{f:.0}"),
        other => Data::from(other.clone()).to_string(),
    };
    (!s.is_empty()).then_some(s)
}

/// `3.38915E+12`: what a CSV saved from Excel holds when a long number was displayed that
/// way.
fn looks_scientific(s: &str) -> bool {
    let Some((mantissa, exp)) = s.split_once(['E', 'e']) else {
        return false;
    };
    let exp = exp.strip_prefix('+').unwrap_or(exp);
    // Checked without allocating: every SN starting with E passes the split above.
    let Some((int, frac)) = mantissa.split_once('.') else {
        return false; // no decimal point
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    !(int.is_empty() && frac.is_empty())
        && digits(int)
        && digits(frac)
        && !exp.is_empty()
        && digits(exp)
}

/// True for the typical SecretNo shape: 32 lowercase or uppercase hex characters.
pub fn is_typical_secret(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The `hw_code` of a static bind URL, or why the URL is not one.
pub fn static_hw_code(url: &str) -> Result<String, String> {
    let rest = url
        .strip_prefix(HARDWARE_URL)
        .and_then(|r| r.strip_prefix("?hw_code="))
        .ok_or_else(|| {
            crate::fl!(
                "import-url-not-static",
                url = format!("{url:?}"),
                expected = format!("{HARDWARE_URL}?hw_code=…")
            )
        })?;
    let code = rest.split(['&', '#']).next().unwrap_or_default();
    if code.is_empty() {
        return Err(crate::fl!(
            "import-url-empty-hw-code",
            url = format!("{url:?}")
        ));
    }
    if !code
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.~%*+/=".contains(&b))
    {
        return Err(crate::fl!(
            "import-url-bad-hw-code",
            code = format!("{code:?}")
        ));
    }
    Ok(code.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity_text(c: &Data) -> Result<CellText, CellIssue> {
        super::identity_text(&borrow(c))
    }

    #[test]
    fn identity_cells_follow_the_exactness_rule() {
        assert_eq!(
            identity_text(&Data::Float(3389153100001.0)),
            Ok(CellText::Numeric("3389153100001".into()))
        );
        assert!(matches!(
            identity_text(&Data::Float(1.2345678901234567e19)),
            Err(CellIssue::LossyNumber { .. })
        ));
        assert!(matches!(
            identity_text(&Data::Float(9_007_199_254_740_992.0)),
            Err(CellIssue::LossyNumber { .. })
        ));
        assert_eq!(
            identity_text(&Data::Float(9_007_199_254_740_991.0)),
            Ok(CellText::Numeric("9007199254740991".into()))
        );
        assert!(matches!(
            identity_text(&Data::Float(1.5)),
            Err(CellIssue::LossyNumber { .. })
        ));
        assert_eq!(
            identity_text(&Data::Int(12)),
            Ok(CellText::Numeric("12".into()))
        );
        assert_eq!(
            identity_text(&Data::String(" 0012 ".into())),
            Ok(CellText::Text("0012".into()))
        );
        assert_eq!(identity_text(&Data::Empty), Ok(CellText::Empty));
        assert!(matches!(
            identity_text(&Data::String("3.38915E+12".into())),
            Err(CellIssue::Scientific(_))
        ));
        // An SN that merely contains an E is not scientific notation.
        assert!(matches!(
            identity_text(&Data::String("E30000000001".into())),
            Ok(CellText::Text(_))
        ));
        assert!(matches!(
            identity_text(&Data::String("12E5".into())),
            Ok(CellText::Text(_))
        ));
    }

    #[test]
    fn static_urls_are_checked() {
        assert_eq!(
            static_hw_code("https://open.work.weixin.qq.com/connect/hardware?hw_code=AbC123"),
            Ok("AbC123".into())
        );
        assert!(
            static_hw_code("https://open.work.weixin.qq.com/connect/hardware?hw_code=").is_err()
        );
        assert!(
            static_hw_code("http://open.work.weixin.qq.com/connect/hardware?hw_code=x").is_err()
        );
        assert!(
            static_hw_code("https://open.work.weixin.qq.com/connect/hardware?sn=1&type=qrcode")
                .is_err()
        );
    }
}
