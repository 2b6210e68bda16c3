//! Batch input for `qr static --input`: CSV or NDJSON rows with an SN and the static bind
//! URL (or its `hw_code`), checked whole before anything is drawn, and the file-name
//! template. Pure: readers in, units or a one-line error naming file, row and column out.

use crate::core::bindcode::BindCode;
use crate::core::headers::{Field, match_header, normalize};
use crate::core::identity::validate_sn;
use std::io::{BufRead, Read};

/// One label to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Line number in the input (for CSV the spreadsheet row: the header is row 1).
    pub row: usize,
    pub sn: String,
    /// The exact QR payload.
    pub data: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    Csv,
    Ndjson,
}

impl InputFormat {
    pub fn from_path(p: &std::path::Path) -> Option<InputFormat> {
        match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(InputFormat::Csv),
            "ndjson" | "jsonl" => Some(InputFormat::Ndjson),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Col {
    Sn,
    Url,
    HwCode,
}

fn column(header: &str) -> Option<Col> {
    match match_header(header) {
        Some(Field::Sn) => Some(Col::Sn),
        Some(Field::QrUrl) => Some(Col::Url),
        _ => matches!(normalize(header).as_str(), "hw_code" | "hwcode").then_some(Col::HwCode),
    }
}

/// Builds a unit from one row's cells; `at` names the place for errors.
fn unit(
    row: usize,
    sn: Option<&str>,
    url: Option<&str>,
    hw: Option<&str>,
    at: &str,
) -> Result<Unit, String> {
    let sn = sn.map(str::trim).unwrap_or_default();
    validate_sn(sn).map_err(|e| {
        crate::fl!(
            "fmt-batch-bad-sn",
            at = at.to_owned(),
            sn = format!("{sn:?}"),
            error = e.to_string()
        )
    })?;
    let data = match (
        url.map(str::trim).filter(|s| !s.is_empty()),
        hw.map(str::trim).filter(|s| !s.is_empty()),
    ) {
        (Some(u), _) => match BindCode::parse(u) {
            Ok(BindCode::Static { .. }) => u.to_owned(),
            Ok(_) => {
                return Err(crate::fl!("fmt-batch-dynamic-url", at = at.to_owned()));
            }
            Err(e) => {
                return Err(crate::fl!(
                    "fmt-batch-bad-url",
                    at = at.to_owned(),
                    error = e.to_string()
                ));
            }
        },
        (None, Some(h)) => BindCode::static_url(h),
        (None, None) => {
            return Err(crate::fl!(
                "fmt-batch-no-url",
                at = at.to_owned(),
                sn = sn.to_owned()
            ));
        }
    };
    Ok(Unit {
        row,
        sn: sn.to_owned(),
        data,
    })
}

/// Reads every row; the first bad row fails the whole input.
pub fn read_units(input: impl Read, format: InputFormat, name: &str) -> Result<Vec<Unit>, String> {
    let mut units = Vec::new();
    match format {
        InputFormat::Csv => {
            let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(input);
            let headers = r.headers().map_err(|e| format!("{name}: {e}"))?.clone();
            let cols: Vec<Option<Col>> = headers.iter().map(column).collect();
            let find = |c: Col| cols.iter().position(|x| *x == Some(c));
            let sn_i = find(Col::Sn).ok_or_else(|| {
                crate::fl!(
                    "fmt-batch-no-sn-column",
                    name = name.to_owned(),
                    headers = headers.iter().collect::<Vec<_>>().join(", ")
                )
            })?;
            let (url_i, hw_i) = (find(Col::Url), find(Col::HwCode));
            if url_i.is_none() && hw_i.is_none() {
                return Err(crate::fl!(
                    "fmt-batch-no-url-column",
                    name = name.to_owned()
                ));
            }
            for rec in r.records() {
                let rec = rec.map_err(|e| format!("{name}: {e}"))?;
                // The file's line number, which is the row a spreadsheet shows (header = 1).
                let row = rec.position().map_or(0, |p| p.line() as usize);
                if rec.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                let at = crate::fl!("fmt-batch-at-row", name = name.to_owned(), row = row);
                units.push(unit(
                    row,
                    rec.get(sn_i),
                    url_i.and_then(|i| rec.get(i)),
                    hw_i.and_then(|i| rec.get(i)),
                    &at,
                )?);
            }
        }
        InputFormat::Ndjson => {
            for (i, line) in std::io::BufReader::new(input).lines().enumerate() {
                let row = i + 1;
                let at = crate::fl!("fmt-batch-at-line", name = name.to_owned(), row = row);
                let line = line.map_err(|e| format!("{at}: {e}"))?;
                if line.trim().is_empty() {
                    continue;
                }
                let v: serde_json::Value =
                    serde_json::from_str(&line).map_err(|e| format!("{at}: {e}"))?;
                let obj = v
                    .as_object()
                    .ok_or_else(|| crate::fl!("fmt-batch-not-object", at = at.clone()))?;
                let mut cells: [Option<String>; 3] = [None, None, None];
                for (k, val) in obj {
                    let Some(c) = column(k) else { continue };
                    let text = match val {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Number(n) => n.to_string(),
                        serde_json::Value::Null => continue,
                        _ => {
                            return Err(crate::fl!(
                                "fmt-batch-not-string",
                                at = at.clone(),
                                key = k.clone()
                            ));
                        }
                    };
                    cells[c as usize] = Some(text);
                }
                units.push(unit(
                    row,
                    cells[Col::Sn as usize].as_deref(),
                    cells[Col::Url as usize].as_deref(),
                    cells[Col::HwCode as usize].as_deref(),
                    &at,
                )?);
            }
        }
    }
    if units.is_empty() {
        return Err(crate::fl!("fmt-batch-no-rows", name = name.to_owned()));
    }
    Ok(units)
}

/// Expands `{sn}` and `{row}` in a file-name template.
pub fn file_name(template: &str, unit: &Unit) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let end = rest[i..].find('}').ok_or_else(|| {
            crate::fl!(
                "fmt-batch-name-unclosed",
                template = format!("{template:?}")
            )
        })?;
        match &rest[i + 1..i + end] {
            "sn" => out.push_str(&unit.sn),
            "row" => out.push_str(&unit.row.to_string()),
            other => {
                return Err(crate::fl!(
                    "fmt-batch-name-unknown-field",
                    template = format!("{template:?}"),
                    field = format!("{{{other}}}")
                ));
            }
        }
        rest = &rest[i + end + 1..];
    }
    out.push_str(rest);
    if out.is_empty() || out.contains(['/', '\\']) || out == "." || out == ".." {
        return Err(crate::fl!(
            "fmt-batch-name-not-plain",
            template = format!("{template:?}")
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_aliases_and_hw_code() {
        let csv = "设备SN,hw_code\nE1,ABC\nE2,DEF\n\n";
        let u = read_units(csv.as_bytes(), InputFormat::Csv, "in.csv").unwrap();
        assert_eq!(u.len(), 2);
        assert_eq!(
            u[1].data,
            "https://open.work.weixin.qq.com/connect/hardware?hw_code=DEF"
        );
        assert_eq!(u[1].row, 3);
    }

    #[test]
    fn bad_rows_name_file_row_and_column() {
        let csv = "sn,url\nE1,https://example.com/x\n";
        let e = read_units(csv.as_bytes(), InputFormat::Csv, "in.csv").unwrap_err();
        assert!(e.starts_with("in.csv, row 2, column url:"), "{e}");
        let nd = "{\"sn\":\"E 1\",\"hw_code\":\"A\"}\n";
        let e = read_units(nd.as_bytes(), InputFormat::Ndjson, "in.ndjson").unwrap_err();
        assert!(e.starts_with("in.ndjson, line 1, column sn"), "{e}");
    }

    #[test]
    fn names() {
        let u = Unit {
            row: 7,
            sn: "E1".into(),
            data: String::new(),
        };
        assert_eq!(file_name("{sn}-{row}.png", &u).unwrap(), "E1-7.png");
        assert!(file_name("{model}.png", &u).is_err());
        assert!(file_name("../{sn}.png", &u).is_err());
    }
}
