//! The control socket: operator commands from a second terminal (`cloud bind SN`, ...).
//!
//! A Unix domain socket in the state dir; one JSON object per line each way. Requests are
//! the [`Admin`] actions (tagged by `action`), plus `publish-firmware-file`, which the
//! server turns into an [`Admin::PublishFirmware`] after reading and hashing the file,
//! and `frames`, which reads the frame log (`{"action":"frames","sn":…,"after":N}`).
//! Answers are `{"ok":true,"result":…}` or `{"ok":false,"error":"…"}`.

use crate::core::wss::cloud::Admin;
use crate::output::{ErrorCode, Failure};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Publish a firmware image the server reads from disk.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PublishFile {
    pub version: String,
    pub path: PathBuf,
    pub url: Option<String>,
}

pub const PUBLISH_FILE: &str = "publish-firmware-file";
/// The frames the emulator logged for one device (see [`super::framelog`]).
pub const FRAMES: &str = "frames";

/// A parsed control request.
pub enum ControlRequest {
    Admin(Admin),
    PublishFile(PublishFile),
    Frames(super::framelog::Query),
}

pub fn parse(line: &str) -> Result<ControlRequest, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    match v.get("action").and_then(Value::as_str) {
        Some(PUBLISH_FILE) => {
            return serde_json::from_value(v)
                .map(ControlRequest::PublishFile)
                .map_err(|e| e.to_string());
        }
        Some(FRAMES) => {
            return serde_json::from_value(v)
                .map(ControlRequest::Frames)
                .map_err(|e| e.to_string());
        }
        _ => {}
    }
    serde_json::from_value(v)
        .map(ControlRequest::Admin)
        .map_err(|e| format!("unknown request: {e}"))
}

/// Client side: sends one request and returns the `result`, or the emulator's error.
pub fn call(socket: &Path, request: &Value) -> Result<Value, Failure> {
    let mut s = std::os::unix::net::UnixStream::connect(socket).map_err(|e| {
        Failure::caused_by(
            ErrorCode::CloudUnreachable,
            crate::fl!("cloud-no-emulator", socket = socket.display().to_string()),
            e,
        )
        .hint(crate::fl!(
            "cloud-no-emulator-hint",
            command = format!(
                "`wecom-hw cloud --state-dir {} serve`",
                crate::output::shell_quote(
                    &socket
                        .parent()
                        .unwrap_or(Path::new("."))
                        .display()
                        .to_string()
                )
            )
        ))
    })?;
    let t = Some(Duration::from_secs(30));
    let _ = s.set_read_timeout(t);
    let _ = s.set_write_timeout(t);
    let mut line = request.to_string();
    line.push('\n');
    let broken = |e| {
        Failure::caused_by(
            ErrorCode::CloudControlFailed,
            crate::fl!("cloud-control-socket"),
            e,
        )
    };
    s.write_all(line.as_bytes()).map_err(broken)?;
    let mut answer = String::new();
    BufReader::new(&s).read_line(&mut answer).map_err(broken)?;
    let v: Value = serde_json::from_str(&answer).map_err(|e| {
        Failure::new(
            ErrorCode::CloudControlFailed,
            crate::fl!(
                "cloud-control-unreadable",
                error = e.to_string(),
                answer = format!("{answer:?}")
            ),
        )
        .with_source(e)
    })?;
    if v["ok"] == Value::Bool(true) {
        Ok(v["result"].clone())
    } else if let Ok(refusal) =
        serde_json::from_value::<crate::core::wss::cloud::AdminError>(v["refusal"].clone())
    {
        Err(refusal.into())
    } else {
        Err(Failure::new(
            ErrorCode::CloudRejected,
            v["error"]
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| crate::fl!("cloud-refused")),
        ))
    }
}
