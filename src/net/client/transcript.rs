//! `--transcript FILE`: every frame both ways as NDJSON with a timestamp, credentials
//! replaced by fingerprints (`core::wss::messages::redact`). Binary frames are summarised
//! (layout, req_id, length, SHA-256: `redact_binary`), never dumped.

use crate::core::wss::messages::{redact_binary, redact_text};
use serde_json::{Value, json};
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
        let mut v = redact_binary(matches!(dir, Dir::Out), bytes);
        v["dir"] = json!(dir_name(dir));
        v["type"] = json!("binary");
        self.line(v);
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
