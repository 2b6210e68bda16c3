//! `connect --state-file PATH`: what a device keeps in flash (`wss.md` 4.4) — the exchanged
//! SecretNo, the active_code and the secret — as a small JSON file, mode 0600, replaced
//! atomically on every change so a crash never leaves half a file.

use crate::core::secret::Secret;
use crate::core::wss::client::Persisted;
use crate::io::{FileError, FileOp, atomic};
use crate::output::{ErrorCode, Failure};
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Serialize, Deserialize, Default)]
struct OnDisk {
    sn: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    secret_no: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    active_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    secret: Option<String>,
}

/// Reads the state of `sn`; a missing file is an empty state (first boot).
pub fn load(path: &Path, sn: &str) -> Result<Persisted, Failure> {
    let shown = path.display();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Persisted::default()),
        Err(e) => {
            return Err(FileError::named(
                FileOp::Read,
                crate::fl!("state-file", file = shown.to_string()),
                e,
            )
            .into());
        }
    };
    let d: OnDisk = serde_json::from_str(&text).map_err(|e| {
        Failure::caused_by(
            ErrorCode::StateInvalid,
            crate::fl!("state-file-invalid", file = shown.to_string()),
            e,
        )
    })?;
    if d.sn != sn {
        return Err(Failure::new(
            ErrorCode::StateWrongSn,
            crate::fl!(
                "state-file-wrong-sn",
                file = shown.to_string(),
                owner = d.sn.as_str(),
                sn = sn
            ),
        )
        .hint(crate::fl!("state-file-wrong-sn-hint")));
    }
    let field = |name: &str, v: Option<String>| -> Result<Option<Secret>, Failure> {
        v.map(|v| {
            Secret::new(&v).map_err(|e| {
                Failure::from(e).at(crate::fl!(
                    "state-file-field",
                    file = shown.to_string(),
                    field = name
                ))
            })
        })
        .transpose()
    };
    Ok(Persisted {
        secret_no: field("secret_no", d.secret_no)?,
        active_code: field("active_code", d.active_code)?,
        secret: field("secret", d.secret)?,
    })
}

/// Replaces the state file (temp file + rename, mode 0600).
pub fn save(path: &Path, sn: &str, p: &Persisted) -> Result<(), Failure> {
    let d = OnDisk {
        sn: sn.to_owned(),
        secret_no: p.secret_no.as_ref().map(|s| s.expose().to_owned()),
        active_code: p.active_code.as_ref().map(|s| s.expose().to_owned()),
        secret: p.secret.as_ref().map(|s| s.expose().to_owned()),
    };
    let mut text = serde_json::to_vec_pretty(&d).expect("plain strings serialise");
    text.push(b'\n');
    let r = atomic::write(path, &text, Some(0o600));
    zeroize::Zeroize::zeroize(&mut text);
    r.map_err(|e| {
        FileError::named(
            FileOp::Write,
            crate::fl!("state-file", file = path.display().to_string()),
            e,
        )
        .into()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_mode_0600_and_sn_check() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("dev.json");
        assert_eq!(load(&p, "SN1").unwrap(), Persisted::default());
        let st = Persisted {
            secret_no: None,
            active_code: Some(Secret::new("code-123").unwrap()),
            secret: Some(Secret::new("secret-456").unwrap()),
        };
        save(&p, "SN1", &st).unwrap();
        assert_eq!(load(&p, "SN1").unwrap(), st);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let e = load(&p, "SN2").unwrap_err();
        assert!(e.message.contains("belongs to SN SN1"), "{}", e.message);
        std::fs::write(&p, "{oops").unwrap();
        assert!(
            load(&p, "SN1")
                .unwrap_err()
                .message
                .contains("not a device state")
        );
    }
}
