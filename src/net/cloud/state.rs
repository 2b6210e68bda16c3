//! The emulator's persistent state: one JSON file written atomically, mode 0600 because
//! it holds SecretNos and secrets.

use crate::core::wss::cloud::Snapshot;
use crate::output::{ErrorCode, Failure};
use std::path::{Path, PathBuf};

pub const STATE_FILE: &str = "state.json";
pub const CONTROL_SOCKET: &str = "control.sock";

pub fn state_path(dir: &Path) -> PathBuf {
    dir.join(STATE_FILE)
}

pub fn control_path(dir: &Path) -> PathBuf {
    dir.join(CONTROL_SOCKET)
}

/// Reads the snapshot; an absent file is an empty emulator.
pub fn load(dir: &Path) -> Result<Snapshot, Failure> {
    let p = state_path(dir);
    let shown = p.display().to_string();
    match std::fs::read(&p) {
        Ok(b) => serde_json::from_slice(&b).map_err(|e| {
            Failure::caused_by(
                ErrorCode::CloudStateInvalid,
                crate::fl!("cloud-state-invalid", path = shown),
                e,
            )
            .hint(crate::fl!("cloud-state-invalid-hint"))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Snapshot::default()),
        Err(e) => Err(Failure::caused_by(
            ErrorCode::IoReadFailed,
            crate::fl!("cloud-state-unreadable", path = shown),
            e,
        )),
    }
}

pub fn save(dir: &Path, snap: &Snapshot) -> Result<(), Failure> {
    let p = state_path(dir);
    let bytes = serde_json::to_vec_pretty(snap).map_err(|e| {
        Failure::caused_by(
            ErrorCode::InternalBug,
            crate::fl!("cloud-cannot-serialise-state"),
            e,
        )
    })?;
    crate::io::atomic::write(&p, &bytes, Some(0o600)).map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoWriteFailed,
            crate::fl!("cloud-cannot-write", path = p.display().to_string()),
            e,
        )
    })
}
