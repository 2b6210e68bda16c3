//! The emulator's frame log: the last frames it received from and sent to each device,
//! for the console's emulator page (`{"action":"frames"}` on the control socket).
//!
//! Frames are masked when they are recorded, by the functions that mask `connect
//! --transcript` (`core::wss::messages::redact_text` and `redact_binary`): the log never
//! holds a SecretNo, a device secret or an active code, so nothing read from it can leak
//! one. Memory is bounded: at most [`PER_DEVICE`] frames per device, each frame's text cut
//! at [`MAX_TEXT`] bytes, and at most [`MAX_DEVICES`] devices (the least recently active
//! one is forgotten first). Frames of a connection that has not yet said which device it
//! is wait under the connection and join the device's log when it does (they are
//! bounded like the devices' logs, and the oldest connection's go first).

use crate::core::wss::cloud::{Cloud, ConnId, Event, Outbound};
use crate::core::wss::messages::{redact_binary, redact_text};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

/// Frames kept per device.
pub const PER_DEVICE: usize = 200;
/// Devices (and connections not yet known as a device) kept.
pub const MAX_DEVICES: usize = 256;
/// Longest masked frame text kept, bytes (a 2 MiB adversarial frame is cut here).
pub const MAX_TEXT: usize = 1024;
/// Requests remembered per connection to name the command a reply answers.
const MAX_PENDING: usize = 64;

/// One frame as the log keeps it (and the control socket sends it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Grows by one with every frame the emulator logs (for "frames after N").
    pub seq: u64,
    /// Unix time, milliseconds.
    pub ts_ms: u64,
    /// `in` (device → emulator) or `out` (emulator → device).
    pub dir: String,
    pub conn: ConnId,
    /// The command: a request's or a push's `cmd`, the request a reply answers, or a
    /// note (`binary`, `close`, `ping-flood`…).
    pub cmd: String,
    /// The masked frame (JSON text, or a summary), at most [`MAX_TEXT`] bytes.
    pub text: String,
}

/// A control request: the frames of `sn` after `after` (all of them: 0).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Query {
    pub sn: String,
    #[serde(default)]
    pub after: u64,
}

#[derive(Default)]
struct Ring {
    frames: VecDeque<Entry>,
    /// The seq of its newest frame (the least recently active ring goes first).
    last: u64,
}

impl Ring {
    fn push(&mut self, e: Entry) {
        self.last = e.seq;
        if self.frames.len() == PER_DEVICE {
            self.frames.pop_front();
        }
        self.frames.push_back(e);
    }
}

#[derive(Default)]
struct Inner {
    seq: u64,
    /// By the SN's registry key (upper case).
    devices: HashMap<String, Ring>,
    /// Frames of connections that have not said which device they are.
    anonymous: HashMap<ConnId, Ring>,
    /// Per connection: recent request req_ids and their commands.
    pending: HashMap<ConnId, VecDeque<(String, String)>>,
}

#[derive(Default)]
pub struct FrameLog {
    inner: Mutex<Inner>,
}

fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// Cuts `s` to at most [`MAX_TEXT`] bytes, on a character boundary, saying how long it was.
fn cut(s: String) -> String {
    if s.len() <= MAX_TEXT {
        return s;
    }
    let mut end = MAX_TEXT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &s[..end], s.len())
}

fn str_at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    path.iter().try_fold(v, |v, k| v.get(*k))?.as_str()
}

/// Drops the ring that was active least recently, so that a new one fits.
fn evict(map: &mut HashMap<impl Clone + Eq + std::hash::Hash, Ring>) {
    if map.len() < MAX_DEVICES {
        return;
    }
    if let Some(k) = map
        .iter()
        .min_by_key(|(_, r)| r.last)
        .map(|(k, _)| k.clone())
    {
        map.remove(&k);
    }
}

impl FrameLog {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A frame from a device, recorded after the core handled it (so a `register` is
    /// already filed under its SN). Given a close, it drops what waits for that connection;
    /// the server's close path does not pass here, so what waits is bounded by eviction
    /// ([`MAX_DEVICES`] connections) instead.
    pub fn inbound(&self, cloud: &Cloud, ev: &Event<'_>) {
        let (conn, cmd, text) = match *ev {
            Event::Closed(conn) => {
                let mut i = self.lock();
                i.anonymous.remove(&conn);
                i.pending.remove(&conn);
                return;
            }
            Event::Text { conn, text } => {
                let v = redact_text(text);
                let cmd = str_at(&v, &["cmd"]).unwrap_or("?").to_owned();
                if let Some(id) = str_at(&v, &["headers", "req_id"]) {
                    let mut i = self.lock();
                    // Connection ids only grow: past the bound, the oldest connection's
                    // requests go (its close is not always seen here).
                    if !i.pending.contains_key(&conn)
                        && i.pending.len() >= MAX_DEVICES
                        && let Some(old) = i.pending.keys().min().copied()
                    {
                        i.pending.remove(&old);
                    }
                    let p = i.pending.entry(conn).or_default();
                    if p.len() == MAX_PENDING {
                        p.pop_front();
                    }
                    p.push_back((id.to_owned(), cmd.clone()));
                }
                (conn, cmd, v.to_string())
            }
            Event::Binary { conn, data } => {
                let v = redact_binary(true, data);
                let cmd = str_at(&v, &["frame", "cmd"]).unwrap_or("binary").to_owned();
                (conn, cmd, v.to_string())
            }
        };
        self.record(cloud, conn, "in", cmd, text);
    }

    /// A frame (or close) the emulator is about to send.
    pub fn outbound(&self, cloud: &Cloud, conn: ConnId, msg: &Outbound) {
        let (cmd, text) = self.describe(conn, msg);
        self.record(cloud, conn, "out", cmd, text);
    }

    fn describe(&self, conn: ConnId, msg: &Outbound) -> (String, String) {
        match msg {
            Outbound::Text(t) => {
                let v = redact_text(t);
                let cmd = match str_at(&v, &["cmd"]) {
                    Some(c) => c.to_owned(),
                    None => self.answered(conn, str_at(&v, &["headers", "req_id"])),
                };
                (cmd, v.to_string())
            }
            Outbound::Binary(b) | Outbound::Fragmented(b) => {
                let v = redact_binary(false, b);
                let id = str_at(&v, &["frame", "req_id"]).map(str::to_owned);
                (self.answered(conn, id.as_deref()), v.to_string())
            }
            Outbound::RawText(b) => ("?".into(), format!("<{} bytes of non-UTF-8 text>", b.len())),
            Outbound::PingFlood(n) => ("ping-flood".into(), format!("{n} WebSocket pings")),
            Outbound::Held(m) => {
                let (cmd, text) = self.describe(conn, m);
                (cmd, format!("held: {text}"))
            }
            Outbound::Close => ("close".into(), String::new()),
        }
    }

    /// The command a reply with this req_id answers (`reply` when unknown).
    fn answered(&self, conn: ConnId, req_id: Option<&str>) -> String {
        let i = self.lock();
        req_id
            .and_then(|id| {
                i.pending
                    .get(&conn)?
                    .iter()
                    .rev()
                    .find(|(r, _)| r == id)
                    .map(|(_, c)| c.clone())
            })
            .unwrap_or_else(|| "reply".into())
    }

    fn record(&self, cloud: &Cloud, conn: ConnId, dir: &str, cmd: String, text: String) {
        let sn = cloud
            .conn_sn(conn)
            .map(|s| crate::core::identity::sn_key(&s));
        let mut i = self.lock();
        i.seq += 1;
        let e = Entry {
            seq: i.seq,
            ts_ms: now_ms(),
            dir: dir.to_owned(),
            conn,
            cmd,
            text: cut(text),
        };
        match sn {
            Some(key) => {
                let waiting = i.anonymous.remove(&conn);
                if !i.devices.contains_key(&key) {
                    evict(&mut i.devices);
                }
                let ring = i.devices.entry(key).or_default();
                for w in waiting.into_iter().flat_map(|r| r.frames) {
                    ring.push(w);
                }
                ring.push(e);
            }
            None => {
                if !i.anonymous.contains_key(&conn) {
                    evict(&mut i.anonymous);
                }
                i.anonymous.entry(conn).or_default().push(e);
            }
        }
    }

    /// The control socket's answer: `{"sn", "last", "frames": [...]}`, oldest first,
    /// only frames newer than `q.after`; `last` is the newest seq of the whole log (the
    /// next `after`).
    pub fn query(&self, q: &Query) -> Value {
        let key = crate::core::identity::sn_key(&q.sn);
        let i = self.lock();
        let frames: Vec<&Entry> = i
            .devices
            .get(&key)
            .map(|r| r.frames.iter().filter(|e| e.seq > q.after).collect())
            .unwrap_or_default();
        json!({"sn": q.sn, "last": i.seq, "frames": frames})
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::wss::cloud::{Config, Snapshot};

    #[test]
    fn text_is_cut_on_a_character_boundary() {
        let s = "密".repeat(MAX_TEXT);
        let c = cut(s.clone());
        assert!(c.len() < MAX_TEXT + 40, "{}", c.len());
        assert!(c.ends_with(&format!("… ({} bytes)", s.len())));
        assert_eq!(cut("short".into()), "short");
    }

    #[test]
    fn the_log_is_bounded_and_masked() {
        let cloud = Cloud::new(Config::default(), Snapshot::default());
        let log = FrameLog::default();
        let secret = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
        for n in 0..(PER_DEVICE as u64 + 50) {
            let text = format!(
                r#"{{"cmd":"get_secret_no","headers":{{"req_id":"r{n}"}},"body":{{"secret_no":"{secret}"}}}}"#
            );
            log.inbound(
                &cloud,
                &Event::Text {
                    conn: 1,
                    text: &text,
                },
            );
            log.outbound(
                &cloud,
                1,
                &Outbound::Text(format!(
                    r#"{{"headers":{{"req_id":"r{n}"}},"errcode":0,"body":{{"active_code":"{secret}"}}}}"#
                )),
            );
        }
        let i = log.lock();
        let ring = &i.anonymous[&1];
        assert_eq!(ring.frames.len(), PER_DEVICE);
        let last = ring.frames.back().unwrap();
        assert_eq!(last.dir, "out");
        assert_eq!(last.cmd, "get_secret_no", "the reply names its request");
        assert!(i.pending[&1].len() <= MAX_PENDING);
        for e in &ring.frames {
            assert!(!e.text.contains(secret), "{}", e.text);
            assert!(e.text.contains("fp:"), "{}", e.text);
        }
        drop(i);
        log.inbound(&cloud, &Event::Closed(1));
        assert!(log.lock().anonymous.is_empty());
    }

    #[test]
    fn the_least_recently_active_device_is_forgotten_first() {
        let cloud = Cloud::new(Config::default(), Snapshot::default());
        let log = FrameLog::default();
        for conn in 0..(MAX_DEVICES as u64 + 3) {
            log.outbound(&cloud, conn, &Outbound::Close);
        }
        let i = log.lock();
        assert_eq!(i.anonymous.len(), MAX_DEVICES);
        assert!(
            !i.anonymous.contains_key(&0) && i.anonymous.contains_key(&(MAX_DEVICES as u64 + 2))
        );
    }
}
