//! The devices the emulator knows, from a CSV or NDJSON file: `sn`, the secret
//! (`secret_no`, or a seed column such as `seedSecretNo`), optionally a `seed` flag.
//! Headers are matched with the same alias table as the registration import.

use crate::core::headers::{Field, is_seed_header, match_header, normalize};
use crate::core::identity::validate_sn;
use crate::core::wss::cloud::DeviceRecord;
use crate::output::{ErrorCode, Failure};
use std::collections::HashSet;
use std::path::Path;

fn is_seed_flag_header(h: &str) -> bool {
    matches!(
        normalize(h).as_str(),
        "seed" | "seed_mode" | "seedmode" | "is_seed"
    )
}

fn flag(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "" | "0" | "false" | "no" | "n" | "否" => Some(false),
        "1" | "true" | "yes" | "y" | "是" => Some(true),
        _ => None,
    }
}

/// One row, from whichever format.
struct Row {
    sn: Option<String>,
    secret: Option<String>,
    secret_is_seed: bool,
    seed_flag: Option<String>,
}

fn record(path: &Path, line: usize, r: Row) -> Result<DeviceRecord, Failure> {
    let at = format!("{}:{line}", path.display());
    let sn =
        r.sn.map(|s| s.trim().to_owned())
            .ok_or_else(|| invalid(crate::fl!("cloud-devices-no-sn", at = at.clone())))?;
    validate_sn(&sn).map_err(|e| {
        Failure::from(e).at(crate::fl!("at-file-column", at = at.clone(), column = "sn"))
    })?;
    let secret = r
        .secret
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            invalid(crate::fl!(
                "cloud-devices-no-secret",
                at = at.clone(),
                sn = sn.clone()
            ))
        })?;
    let seed = match r.seed_flag {
        Some(v) => flag(&v).ok_or_else(|| {
            invalid(crate::fl!(
                "cloud-devices-bad-seed",
                at = at.clone(),
                value = format!("{v:?}")
            ))
        })?,
        None => false,
    } || r.secret_is_seed;
    Ok(if seed {
        DeviceRecord::seeded(&sn, &secret)
    } else {
        DeviceRecord::plain(&sn, &secret)
    })
}

fn invalid(message: String) -> Failure {
    Failure::new(ErrorCode::CloudDevicesInvalid, message)
}

/// Reads the whole file or fails naming the line; nothing is half-loaded.
pub fn load(path: &Path) -> Result<Vec<DeviceRecord>, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoReadFailed,
            crate::fl!("cloud-cannot-read", path = path.display().to_string()),
            e,
        )
    })?;
    let text = text.trim_start_matches('\u{feff}');
    let ndjson = text.trim_start().starts_with('{');
    let rows = if ndjson {
        ndjson_rows(path, text)?
    } else {
        csv_rows(path, text)?
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (line, row) in rows {
        let rec = record(path, line, row)?;
        if !seen.insert(crate::core::identity::sn_key(&rec.sn)) {
            return Err(invalid(crate::fl!(
                "cloud-devices-twice",
                at = format!("{}:{line}", path.display()),
                sn = rec.sn.clone()
            )));
        }
        out.push(rec);
    }
    Ok(out)
}

fn ndjson_rows(path: &Path, text: &str) -> Result<Vec<(usize, Row)>, Failure> {
    let mut rows = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        let v: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(l).map_err(|e| {
                invalid(crate::fl!(
                    "cloud-devices-not-object",
                    at = format!("{}:{}", path.display(), i + 1),
                    error = e.to_string()
                ))
            })?;
        let mut row = Row {
            sn: None,
            secret: None,
            secret_is_seed: false,
            seed_flag: None,
        };
        for (k, val) in v {
            let s = match val {
                serde_json::Value::String(s) => s,
                serde_json::Value::Bool(b) => b.to_string(),
                other => other.to_string(),
            };
            if is_seed_flag_header(&k) {
                row.seed_flag = Some(s);
                continue;
            }
            match match_header(&k) {
                Some(Field::Sn) => row.sn = Some(s),
                Some(Field::SecretNo) => {
                    row.secret_is_seed = is_seed_header(&k);
                    row.secret = Some(s);
                }
                _ => {}
            }
        }
        rows.push((i + 1, row));
    }
    Ok(rows)
}

fn csv_rows(path: &Path, text: &str) -> Result<Vec<(usize, Row)>, Failure> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = rdr
        .headers()
        .map_err(|e| {
            invalid(crate::fl!(
                "cloud-devices-header",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?
        .clone();
    let find = |f: Field| headers.iter().position(|h| match_header(h) == Some(f));
    let sn_col = find(Field::Sn).ok_or_else(|| {
        invalid(crate::fl!(
            "cloud-devices-no-sn-column",
            path = path.display().to_string(),
            headers = crate::core::headers::show_header_cells(&headers.iter().collect::<Vec<_>>())
        ))
    })?;
    let secret_col = find(Field::SecretNo).ok_or_else(|| {
        invalid(crate::fl!(
            "cloud-devices-no-secret-column",
            path = path.display().to_string()
        ))
    })?;
    let seed_header = is_seed_header(&headers[secret_col]);
    let flag_col = headers.iter().position(is_seed_flag_header);
    let mut rows = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.map_err(|e| invalid(format!("{}:{line}: {e}", path.display())))?;
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        rows.push((
            line,
            Row {
                sn: rec.get(sn_col).map(str::to_owned),
                secret: rec.get(secret_col).map(str::to_owned),
                secret_is_seed: seed_header,
                seed_flag: flag_col.and_then(|c| rec.get(c)).map(str::to_owned),
            },
        ));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(name: &str, text: &str) -> Result<Vec<DeviceRecord>, Failure> {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        load(&p)
    }

    #[test]
    fn csv_with_aliases_and_seed_flag() {
        let d = load_text(
            "d.csv",
            "\u{feff}设备SN,SecretNo,seed\nE1,708d0b6f4d4bd97e5d4eb1cb47d260ac,0\nS2,dbd7f84e64ec64708df6df39aadfb039,yes\n",
        )
        .unwrap();
        assert_eq!(
            d[0],
            DeviceRecord::plain("E1", "708d0b6f4d4bd97e5d4eb1cb47d260ac")
        );
        assert_eq!(
            d[1],
            DeviceRecord::seeded("S2", "dbd7f84e64ec64708df6df39aadfb039")
        );
        let d = load_text("s.csv", "sn,seedSecretNo\nS3,abc\n").unwrap();
        assert!(d[0].seed_mode);
    }

    #[test]
    fn ndjson_rows() {
        let d = load_text(
            "d.ndjson",
            "{\"sn\":\"E1\",\"secret_no\":\"aa\"}\n\n{\"sn\":\"S1\",\"seed_secret_no\":\"bb\"}\n{\"sn\":\"S2\",\"secret_no\":\"cc\",\"seed\":true}\n",
        )
        .unwrap();
        assert_eq!(
            d.iter().map(|r| r.seed_mode).collect::<Vec<_>>(),
            [false, true, true]
        );
    }

    #[test]
    fn errors_name_the_line() {
        let e = load_text("d.csv", "sn,secret_no\nE1,aa\nE-2,bb\n").unwrap_err();
        assert!(e.message.contains("d.csv:3: column sn"), "{}", e.message);
        let e = load_text("d.csv", "sn,secret_no\nE1,aa\ne1,bb\n").unwrap_err();
        assert!(
            e.message.contains("d.csv:3: SN e1 appears twice"),
            "{}",
            e.message
        );
        let e = load_text("d.csv", "sn,secret_no\nE1,\n").unwrap_err();
        assert!(e.message.contains("d.csv:2: no secret_no"), "{}", e.message);
        let e = load_text("d.csv", "serial_x,secret_no\n").unwrap_err();
        assert!(e.message.contains("no SN column"), "{}", e.message);
        let e = load_text("d.ndjson", "{\"sn\":\"E1\",\"secret_no\":\"aa\"}\n{oops\n").unwrap_err();
        assert!(
            e.message.contains("d.ndjson:2: not a JSON object"),
            "{}",
            e.message
        );
    }
}
