//! `--transcript FILE`: every frame both ways as NDJSON with a timestamp, credentials
//! replaced by fingerprints (`core::wss::messages::redact`). Binary frames are summarised
//! (layout, req_id, length, SHA-256), never dumped.

use crate::core::wss::frame::{BinaryReply, Upload};
use crate::core::wss::messages::redact_text;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

pub struct Transcript {
    w: BufWriter<File>,
}

/// Direction of a frame.
#[derive(Clone, Copy)]
pub enum Dir {
    /// device → cloud
    Out,
    /// cloud → device
    In,
}

impl Transcript {
    pub fn create(path: &Path) -> std::io::Result<Transcript> {
        let mut opts = std::fs::OpenOptions::new();
        opts.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        Ok(Transcript {
            w: BufWriter::new(opts.open(path)?),
        })
    }

    fn line(&mut self, mut v: Value) {
        let ts = OffsetDateTime::now_utc()
            .format(&Rfc3339)
            .unwrap_or_default();
        v["ts"] = Value::String(ts);
        // A transcript that cannot be written must not stop the device; the error shows up
        // when the file is read.
        let _ = serde_json::to_writer(&mut self.w, &v);
        let _ = self.w.write_all(b"\n");
        let _ = self.w.flush();
    }

    pub fn text(&mut self, dir: Dir, text: &str) {
        self.line(json!({"dir": dir_name(dir), "type": "text", "frame": redact_text(text)}));
    }

    pub fn binary(&mut self, dir: Dir, bytes: &[u8]) {
        let sha = hex::encode(Sha256::digest(bytes));
        let summary = match dir {
            Dir::Out => match Upload::decode(bytes) {
                Ok(u) => json!({"format_version": u.version, "cmd": u.cmd, "req_id": u.req_id,
                    "data_len": u.data.len()}),
                Err(e) => json!({"malformed": e.to_string()}),
            },
            Dir::In => match BinaryReply::decode(bytes) {
                Ok(r) => json!({"format_version": 1, "req_id": r.req_id, "data_len": r.data.len()}),
                Err(e) => json!({"malformed": e.to_string()}),
            },
        };
        self.line(
            json!({"dir": dir_name(dir), "type": "binary", "len": bytes.len(),
            "sha256": sha, "frame": summary}),
        );
    }

    /// Connection-level notes (connected, closed, ping/pong control frames).
    pub fn note(&mut self, what: &str, detail: &str) {
        self.line(json!({"dir": "-", "type": what, "detail": detail}));
    }
}

fn dir_name(d: Dir) -> &'static str {
    match d {
        Dir::Out => "out",
        Dir::In => "in",
    }
}
