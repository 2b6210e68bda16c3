//! The cloud side of the device protocol, sans-IO: what `wecom-hw cloud serve` answers.
//!
//! [`Cloud`] holds the per-SN registry (`wss.md` 11.2) and the per-connection progress
//! `Connected → Registered(sn) → Activated → Subscribed` (4.3). It is driven like the
//! device's machine (`super::device`, in the style of quinn-proto): the driver opens a
//! connection with [`Cloud::connect`], feeds [`Event`]s (a text or binary frame arrived,
//! the socket closed) to [`Cloud::handle_event`] and operator actions to [`Cloud::admin`],
//! each with the current unix time, then carries out the [`Action`]s it takes from
//! [`Cloud::poll_action`]: send this frame (maybe after a delay), close that connection,
//! persist the registry, store an upload, log an event. It never sleeps, reads a clock or
//! touches a socket, so every rule of 11.3 and every fault of 11.6 is unit-tested (in
//! `tests.rs`) with a fake clock. It has no timers: the only waits (a reply delayed or
//! held back by a fault) are the driver's, per frame.

use crate::core::errcode;
use crate::core::identity::sn_key;
use crate::core::sign::sign;
use crate::core::wss::envelope::{Push, Reply, Request, u64_field};
use crate::core::wss::frame::{BinaryReply, Upload};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};

mod admin;
mod config;
mod registry;

pub use admin::{Admin, AdminError, push_name};
pub use config::{Adversarial, Config, Faults, OVERSIZE_BYTES, PING_FLOOD};
pub use registry::{DeviceRecord, Firmware, Snapshot};

/// Identifies one WebSocket connection for the lifetime of the process.
pub type ConnId = u64;

/// The static-login URL the login QR encodes (`registration-and-labels.md`, page 98023).
pub const STATIC_LOGIN_URL: &str = "https://open.work.weixin.qq.com/connect/hardware";

/// Where a connection is in the login sequence (4.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Connected,
    Registered,
    Activated,
    Subscribed,
}

#[derive(Debug)]
struct Conn {
    stage: Stage,
    /// Registry key of the device this connection registered (or subscribed) as.
    sn: Option<String>,
    frames: u32,
    /// A request was answered on this connection (adversarial push-before-subscribe).
    answered: bool,
}

/// A frame (or close) for one connection.
#[derive(Debug, Clone, PartialEq)]
pub enum Outbound {
    Text(String),
    Binary(Vec<u8>),
    Close,
    /// A text frame whose payload is sent as is, UTF-8 or not (adversarial).
    RawText(Vec<u8>),
    /// One binary message sent as 64 KiB fragments (adversarial oversize).
    Fragmented(Vec<u8>),
    /// This many WebSocket pings back to back (adversarial).
    PingFlood(u32),
    /// Sent only after the next reply has gone out, or after 2 s (adversarial reorder).
    Held(Box<Outbound>),
}

/// How loud an event is: `Debug` events (every ping) are shown only with `-v`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Debug,
    Info,
    Warn,
}

/// Something worth logging, as a human line and as a JSON object.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEvent {
    pub level: Level,
    pub message: String,
    pub data: Value,
}

/// Input from the driver, with the current unix time (see [`Cloud::handle_event`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Event<'a> {
    /// A text frame arrived on `conn`.
    Text { conn: ConnId, text: &'a str },
    /// A binary frame arrived on `conn`: an upload, v1 or v2 (2.4.2, 2.4.3).
    Binary { conn: ConnId, data: &'a [u8] },
    /// `conn` closed, from either side.
    Closed(ConnId),
}

/// Output for the driver, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Send {
        conn: ConnId,
        msg: Outbound,
        delay_ms: u64,
    },
    /// The registry changed: write [`Cloud::snapshot`] to disk.
    Persist,
    /// Keep an uploaded file (11.5).
    StoreUpload {
        sn: String,
        req_id: String,
        cmd: String,
        version: u32,
        data: Vec<u8>,
        args: Option<Vec<u8>>,
    },
    /// Write every frame of this connection one byte per write, each flushed at once
    /// (adversarial split-bytes).
    SplitBytes {
        conn: ConnId,
    },
    Log(LogEvent),
}

/// A refused request: errcode and English text for `errmsg`.
type Rejection = (i64, String);

enum Answer {
    Json(Option<Value>),
    Binary(Vec<u8>),
}

/// The emulated cloud.
pub struct Cloud {
    cfg: Config,
    devices: HashMap<String, DeviceRecord>,
    firmware: Option<Firmware>,
    conns: HashMap<ConnId, Conn>,
    /// Registry key → the connection the device is registered on.
    live: HashMap<String, ConnId>,
    uploads: HashMap<String, Vec<(String, usize)>>,
    next_conn: ConnId,
    next_push: u64,
    hint_counter: u32,
    skew: i64,
    fired: HashMap<&'static str, u32>,
    rng: StdRng,
    actions: VecDeque<Action>,
}

/// Random text over `alphabet`, `len` characters.
fn random_text(rng: &mut StdRng, alphabet: &[u8], len: usize) -> String {
    (0..len)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())] as char)
        .collect()
}

const HEX: &[u8] = b"0123456789abcdef";
const B64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn str_of<'a>(body: &'a Value, key: &str) -> Option<&'a str> {
    body.get(key)?.as_str()
}

/// The text of a code for `errmsg`, from the shared table.
fn text_of(code: i64) -> String {
    // The wire text is the same whatever language the emulator's operator reads.
    errcode::meaning_en(code).unwrap_or_else(|| format!("error {code}"))
}

fn reject(code: i64) -> Rejection {
    (code, text_of(code))
}

/// The login sequence: never the target of the "first reply after login" modes.
fn is_login_cmd(cmd: &str) -> bool {
    matches!(
        cmd,
        "get_timestamp" | "get_secret_no" | "register" | "active" | "subscribe_corp"
    )
}

impl Cloud {
    pub fn new(cfg: Config, snapshot: Snapshot) -> Cloud {
        let rng = match cfg.rng_seed {
            Some(s) => StdRng::seed_from_u64(s),
            None => StdRng::from_os_rng(),
        };
        let devices = snapshot
            .devices
            .into_iter()
            .map(|d| (sn_key(&d.sn), d))
            .collect();
        Cloud {
            cfg,
            devices,
            firmware: snapshot.firmware,
            conns: HashMap::new(),
            live: HashMap::new(),
            uploads: HashMap::new(),
            next_conn: 1,
            next_push: 1,
            hint_counter: 0,
            skew: 0,
            fired: HashMap::new(),
            rng,
            actions: VecDeque::new(),
        }
    }

    pub fn connection_count(&self) -> usize {
        self.conns.len()
    }

    /// Skews the cloud's clock from the start (`cloud serve --clock-offset`), as the
    /// operator's `set-clock-skew` does later.
    pub fn set_clock_skew(&mut self, secs: i64) {
        self.skew = secs;
    }

    /// The cloud's clock: the real one plus the operator's skew.
    fn clock(&self, now: u64) -> u64 {
        now.saturating_add_signed(self.skew)
    }

    /// Counts one firing of a counted fault; true when it should fire now.
    fn fire(&mut self, fault: &'static str) -> bool {
        let n = self.fired.entry(fault).or_default();
        if self.cfg.faults.times == 0 || *n < self.cfg.faults.times {
            *n += 1;
            true
        } else {
            false
        }
    }

    /// An adversarial mode is on and fires now (counted).
    fn adversarial(&mut self, mode: Adversarial) -> bool {
        self.cfg.faults.adversarial.contains(&mode) && self.fire(mode.name())
    }

    /// `what` is the log's record (`--json`'s `detail`, English in every language); `said`
    /// the same for people, from the catalogs.
    fn fault_log(
        conn: ConnId,
        mode: Adversarial,
        what: String,
        said: String,
        out: &mut Vec<Action>,
    ) {
        out.push(log(
            Level::Warn,
            crate::fl!(
                "rest-cloud-log-fault",
                conn = conn.to_string(),
                mode = mode.name(),
                what = said
            ),
            json!({"event": "fault", "fault": mode.name(), "conn": conn, "detail": what}),
        ));
    }

    /// Asked by the driver before each TLS handshake; false = refuse it (fault).
    pub fn admit_tls(&mut self) -> bool {
        !(self.cfg.faults.refuse_tls && self.fire("refuse_tls"))
    }

    /// The next thing for the driver to do, in order; `None` when there is nothing.
    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    /// Input from the driver; what it causes waits in [`poll_action`](Self::poll_action).
    pub fn handle_event(&mut self, ev: Event<'_>, now: u64) {
        let out = match ev {
            Event::Text { conn, text } => self.on_text(conn, text, now),
            Event::Binary { conn, data } => self.on_binary(conn, data, now),
            Event::Closed(conn) => self.on_closed(conn),
        };
        self.actions.extend(out);
    }

    /// A WebSocket connection was accepted: its id for the events that follow. The
    /// adversarial split-bytes fault picks connections here (counted).
    pub fn connect(&mut self) -> ConnId {
        let id = self.next_conn;
        self.next_conn += 1;
        self.conns.insert(
            id,
            Conn {
                stage: Stage::Connected,
                sn: None,
                frames: 0,
                answered: false,
            },
        );
        if self.adversarial(Adversarial::SplitBytes) {
            let mut out = Vec::new();
            Self::fault_log(
                id,
                Adversarial::SplitBytes,
                "every frame written one byte at a time".into(),
                crate::fl!("rest-cloud-fault-split-bytes"),
                &mut out,
            );
            out.push(Action::SplitBytes { conn: id });
            self.actions.extend(out);
        }
        id
    }

    /// The connection closed (either side): a log event.
    fn on_closed(&mut self, conn: ConnId) -> Vec<Action> {
        let Some(c) = self.conns.remove(&conn) else {
            return vec![];
        };
        let mut sn_shown = None;
        if let Some(key) = c.sn {
            if self.live.get(&key) == Some(&conn) {
                self.live.remove(&key);
            }
            sn_shown = self.devices.get(&key).map(|d| d.sn.clone());
        }
        vec![log(
            Level::Info,
            match &sn_shown {
                Some(sn) => crate::fl!(
                    "cloud-log-closed-sn",
                    conn = conn.to_string(),
                    sn = sn.clone()
                ),
                None => crate::fl!("cloud-log-closed", conn = conn.to_string()),
            },
            json!({"event": "disconnected", "conn": conn, "sn": sn_shown}),
        )]
    }

    fn errmsg(&mut self, text: &str, req_id: Option<&str>, now: u64) -> String {
        self.hint_counter = (self.hint_counter + 1) % 1000;
        let hex = random_text(&mut self.rng, HEX, 32);
        let ts = self.clock(now);
        match req_id {
            Some(r) => format!(
                "{text}, hint: [{ts}_{}_{hex}], reqid: [{r}]",
                self.hint_counter
            ),
            None => format!("{text}, hint: [{ts}_{}_{hex}]", self.hint_counter),
        }
    }

    fn send(&self, conn: ConnId, msg: Outbound, out: &mut Vec<Action>) {
        out.push(Action::Send {
            conn,
            msg,
            delay_ms: self.cfg.faults.delay_ms,
        });
    }

    fn push_to(&mut self, conn: ConnId, cmd: &str, body: Option<Value>, out: &mut Vec<Action>) {
        let req_id = format!("push-{}", self.next_push);
        self.next_push += 1;
        let mut text = Push {
            cmd: cmd.to_owned(),
            req_id,
            body,
        }
        .to_json();
        if self.adversarial(Adversarial::DuplicateKeys) {
            // A parser keeping the first `cmd` would wipe the device's secret; one keeping
            // the last acts on a frame another parser reads differently. Both are wrong.
            text.insert_str(1, r#""cmd":"push_unbind_corp","#);
            Self::fault_log(
                conn,
                Adversarial::DuplicateKeys,
                format!("{cmd} sent with `cmd` twice (push_unbind_corp first)"),
                crate::fl!("rest-cloud-fault-duplicate-keys", cmd = cmd.to_string()),
                out,
            );
        }
        out.push(log(
            Level::Info,
            crate::fl!(
                "cloud-log-push",
                conn = conn.to_string(),
                cmd = cmd.to_string()
            ),
            json!({"event": "push", "conn": conn, "cmd": cmd}),
        ));
        self.send(conn, Outbound::Text(text), out);
    }

    /// A text frame arrived.
    fn on_text(&mut self, conn: ConnId, text: &str, now: u64) -> Vec<Action> {
        let mut out = Vec::new();
        if !self.conns.contains_key(&conn) {
            return out;
        }
        match Request::parse(text) {
            Err(e) => {
                let code = self.cfg.malformed_errcode;
                let msg = self.errmsg(&format!("invalid request: {e}"), None, now);
                out.push(log(
                    Level::Warn,
                    crate::fl!("cloud-log-malformed", conn = conn.to_string(), error = e.to_string(), code = code.to_string()),
                    json!({"event": "malformed", "conn": conn, "error": e.to_string(), "errcode": code}),
                ));
                let reply = Reply {
                    req_id: None,
                    body: None,
                    errcode: code,
                    errmsg: msg,
                };
                self.send(conn, Outbound::Text(reply.to_json()), &mut out);
            }
            Ok(req) => self.request(conn, req, now, &mut out),
        }
        self.count_frame(conn, &mut out);
        out
    }

    /// A binary frame arrived: an upload, v1 or v2 (2.4.2, 2.4.3).
    fn on_binary(&mut self, conn: ConnId, data: &[u8], now: u64) -> Vec<Action> {
        let mut out = Vec::new();
        if !self.conns.contains_key(&conn) {
            return out;
        }
        match Upload::decode(data) {
            // 2.4.4: a malformed binary message is logged and dropped, the connection kept.
            Err(e) => out.push(log(
                Level::Warn,
                crate::fl!(
                    "cloud-log-malformed-binary",
                    conn = conn.to_string(),
                    bytes = data.len().to_string(),
                    error = e.to_string()
                ),
                json!({"event": "malformed_binary", "conn": conn, "len": data.len(), "error": e.to_string()}),
            )),
            Ok(up) => self.upload(conn, up, now, &mut out),
        }
        self.count_frame(conn, &mut out);
        out
    }

    fn count_frame(&mut self, conn: ConnId, out: &mut Vec<Action>) {
        let Some(n) = self.cfg.faults.drop_after_frames else {
            return;
        };
        let Some(c) = self.conns.get_mut(&conn) else {
            return;
        };
        c.frames += 1;
        if c.frames == n && self.fire("drop_after") {
            out.push(log(
                Level::Warn,
                crate::fl!(
                    "rest-cloud-log-fault-drop-after",
                    conn = conn.to_string(),
                    frames = n.to_string()
                ),
                json!({"event": "fault", "fault": "drop_after", "conn": conn, "frames": n}),
            ));
            self.send(conn, Outbound::Close, out);
        }
    }

    /// Sends the answer to one request, applying the reply faults.
    fn answer(
        &mut self,
        conn: ConnId,
        cmd: &str,
        req_id: &str,
        result: Result<Answer, Rejection>,
        now: u64,
        out: &mut Vec<Action>,
    ) {
        let (errcode, level) = match &result {
            Ok(_) => (
                0,
                if cmd == "ping" {
                    Level::Debug
                } else {
                    Level::Info
                },
            ),
            Err((c, _)) => (*c, Level::Info),
        };
        let sn = self.conn_sn(conn);
        out.push(log(
            level,
            crate::fl!(
                "cloud-log-request",
                conn = match sn.as_deref() {
                    Some(s) => format!("{conn} {s}"),
                    None => conn.to_string(),
                },
                cmd = cmd.to_string(),
                req_id = req_id.to_string(),
                result = if errcode == 0 {
                    crate::fl!("cloud-log-ok")
                } else {
                    format!(
                        "{errcode} {}",
                        errcode::meaning(errcode).unwrap_or_else(|| text_of(errcode))
                    )
                }
            ),
            json!({"event": "request", "conn": conn, "sn": sn, "cmd": cmd, "req_id": req_id, "errcode": errcode}),
        ));
        if self.cfg.faults.drop_replies.iter().any(|c| c == cmd) && self.fire("drop_reply") {
            out.push(log(
                Level::Warn,
                crate::fl!("rest-cloud-log-fault-drop-reply", conn = conn.to_string(), cmd = cmd.to_string(), req_id = req_id.to_string()),
                json!({"event": "fault", "fault": "drop_reply", "conn": conn, "cmd": cmd, "req_id": req_id}),
            ));
            return;
        }
        // Decided before the reply is built: adversarial modes rewrite it below.
        let post_login = self.stage(conn) == Stage::Subscribed && !is_login_cmd(cmd);
        let wrong_id;
        let req_id = if self.adversarial(Adversarial::WrongReqId) {
            wrong_id = format!("{req_id}-not-yours");
            Self::fault_log(
                conn,
                Adversarial::WrongReqId,
                format!("reply to {cmd} [{req_id}] sent as [{wrong_id}]"),
                crate::fl!(
                    "rest-cloud-fault-wrong-req-id",
                    cmd = cmd.to_string(),
                    req_id = req_id.to_string(),
                    wrong = wrong_id.clone()
                ),
                out,
            );
            wrong_id.as_str()
        } else {
            req_id
        };
        let msg = match result {
            Ok(Answer::Json(body)) => Outbound::Text(Reply::ok(req_id, body).to_json()),
            Ok(Answer::Binary(data)) => self.binary_reply(conn, cmd, req_id, data, out),
            Err((code, text)) => {
                let errmsg = self.errmsg(&text, Some(req_id), now);
                let headers = (!self.cfg.faults.headerless_errors).then(|| req_id.to_owned());
                Outbound::Text(Reply::error(headers, code, errmsg).to_json())
            }
        };
        let msg = if post_login {
            self.post_login_fault(conn, cmd, msg, out)
        } else {
            msg
        };
        self.send(conn, msg, out);
        if post_login && self.adversarial(Adversarial::PingFlood) {
            Self::fault_log(
                conn,
                Adversarial::PingFlood,
                format!("{PING_FLOOD} WebSocket pings after the reply to {cmd}"),
                crate::fl!(
                    "rest-cloud-fault-ping-flood",
                    n = PING_FLOOD.to_string(),
                    cmd = cmd.to_string()
                ),
                out,
            );
            self.send(conn, Outbound::PingFlood(PING_FLOOD), out);
        }
    }

    /// The adversarial rewrites of the first reply after login (see [`Adversarial`]).
    fn post_login_fault(
        &mut self,
        conn: ConnId,
        cmd: &str,
        msg: Outbound,
        out: &mut Vec<Action>,
    ) -> Outbound {
        let Outbound::Text(text) = msg else {
            return msg;
        };
        // Every reply is a non-empty JSON object: text[1..] is what follows its `{`.
        if self.adversarial(Adversarial::OversizeText) {
            let head = "{\"padding\":\"";
            let pad = OVERSIZE_BYTES.saturating_sub(text.len() + head.len() + 1);
            let mut t = String::with_capacity(OVERSIZE_BYTES);
            t.push_str(head);
            t.extend(std::iter::repeat_n('x', pad));
            t.push_str("\",");
            t.push_str(&text[1..]);
            Self::fault_log(
                conn,
                Adversarial::OversizeText,
                format!("reply to {cmd} padded to {} bytes", t.len()),
                crate::fl!(
                    "rest-cloud-fault-oversize-text",
                    cmd = cmd.to_string(),
                    bytes = t.len().to_string()
                ),
                out,
            );
            return Outbound::Text(t);
        }
        if self.adversarial(Adversarial::InvalidUtf8) {
            let mut b = b"{\"junk\":\"\xc3\x28\",".to_vec();
            b.extend_from_slice(&text.as_bytes()[1..]);
            Self::fault_log(
                conn,
                Adversarial::InvalidUtf8,
                format!("reply to {cmd} sent with invalid UTF-8 (c3 28)"),
                crate::fl!("rest-cloud-fault-invalid-utf8", cmd = cmd.to_string()),
                out,
            );
            return Outbound::RawText(b);
        }
        if self.adversarial(Adversarial::ReorderReplies) {
            Self::fault_log(
                conn,
                Adversarial::ReorderReplies,
                format!("reply to {cmd} held until the next reply has gone out"),
                crate::fl!("rest-cloud-fault-reorder", cmd = cmd.to_string()),
                out,
            );
            return Outbound::Held(Box::new(Outbound::Text(text)));
        }
        Outbound::Text(text)
    }

    /// A binary v1 reply, with the binary faults applied.
    fn binary_reply(
        &mut self,
        conn: ConnId,
        cmd: &str,
        req_id: &str,
        mut data: Vec<u8>,
        out: &mut Vec<Action>,
    ) -> Outbound {
        if self.adversarial(Adversarial::OversizeBinary) {
            data.resize(OVERSIZE_BYTES, 0);
            Self::fault_log(
                conn,
                Adversarial::OversizeBinary,
                format!("binary reply to {cmd} [{req_id}] padded to {OVERSIZE_BYTES} bytes"),
                crate::fl!(
                    "rest-cloud-fault-oversize-binary",
                    cmd = cmd.to_string(),
                    req_id = req_id.to_string(),
                    bytes = OVERSIZE_BYTES.to_string()
                ),
                out,
            );
            let frame = BinaryReply {
                req_id: req_id.to_owned(),
                data,
            }
            .encode();
            return Outbound::Fragmented(frame);
        }
        let real = data.len() as u32;
        let mut frame = BinaryReply {
            req_id: req_id.to_owned(),
            data,
        }
        .encode();
        let lie = if self.adversarial(Adversarial::BinaryLenLong) {
            Some((Adversarial::BinaryLenLong, real + 1000))
        } else if self.adversarial(Adversarial::BinaryLenShort) {
            Some((Adversarial::BinaryLenShort, real / 2))
        } else if self.adversarial(Adversarial::BinaryLenHuge) {
            Some((Adversarial::BinaryLenHuge, u32::MAX))
        } else {
            None
        };
        if let Some((mode, len)) = lie {
            // data_len follows format_version, req_id_len and req_id (2.4.1).
            let at = 8 + req_id.len();
            frame[at..at + 4].copy_from_slice(&len.to_le_bytes());
            Self::fault_log(
                conn,
                mode,
                format!(
                    "binary reply to {cmd} [{req_id}] declares data_len {len} for {real} bytes"
                ),
                crate::fl!(
                    "rest-cloud-fault-data-len",
                    cmd = cmd.to_string(),
                    req_id = req_id.to_string(),
                    len = len.to_string(),
                    real = real.to_string()
                ),
                out,
            );
        }
        if self.cfg.faults.truncate_binary && self.fire("truncate_binary") {
            out.push(log(
                Level::Warn,
                crate::fl!("rest-cloud-log-fault-truncate", conn = conn.to_string(), cmd = cmd.to_string(), req_id = req_id.to_string()),
                json!({"event": "fault", "fault": "truncate_binary", "conn": conn, "cmd": cmd, "req_id": req_id}),
            ));
            frame.truncate(frame.len() / 2);
        }
        Outbound::Binary(frame)
    }

    /// The SN a connection registered (or subscribed) as, as the registry spells it.
    pub fn conn_sn(&self, conn: ConnId) -> Option<String> {
        let key = self.conns.get(&conn)?.sn.as_ref()?;
        self.devices.get(key).map(|d| d.sn.clone())
    }

    fn stage(&self, conn: ConnId) -> Stage {
        self.conns
            .get(&conn)
            .map(|c| c.stage)
            .unwrap_or(Stage::Connected)
    }

    fn request(&mut self, conn: ConnId, req: Request, now: u64, out: &mut Vec<Action>) {
        let first = self.conns.get_mut(&conn).is_some_and(|c| {
            let first = !c.answered;
            c.answered = true;
            first
        });
        if first && self.adversarial(Adversarial::PushBeforeSubscribe) {
            Self::fault_log(
                conn,
                Adversarial::PushBeforeSubscribe,
                format!("push_unbind_corp before answering {}", req.cmd),
                crate::fl!(
                    "rest-cloud-fault-push-before-subscribe",
                    cmd = req.cmd.to_string()
                ),
                out,
            );
            self.push_to(conn, "push_unbind_corp", None, out);
        }
        let mut after = Vec::new();
        let injected = self
            .cfg
            .faults
            .errcodes
            .iter()
            .find(|(c, _)| *c == req.cmd)
            .map(|(_, code)| *code);
        let result = match injected {
            Some(code) if self.fire("errcode") => {
                out.push(log(
                    Level::Warn,
                    crate::fl!("rest-cloud-log-fault-errcode", conn = conn.to_string(), cmd = req.cmd.to_string(), code = code.to_string()),
                    json!({"event": "fault", "fault": "errcode", "conn": conn, "cmd": req.cmd, "errcode": code}),
                ));
                Err(reject(code))
            }
            _ => self.dispatch(conn, &req, now, &mut after),
        };
        self.answer(conn, &req.cmd, &req.req_id, result, now, out);
        out.extend(after);
    }

    fn dispatch(
        &mut self,
        conn: ConnId,
        req: &Request,
        now: u64,
        after: &mut Vec<Action>,
    ) -> Result<Answer, Rejection> {
        let empty = Value::Object(Default::default());
        let body = req.body.as_ref().unwrap_or(&empty);
        let stage = self.stage(conn);
        match req.cmd.as_str() {
            "get_timestamp" => Ok(Answer::Json(Some(json!({"timestamp": self.clock(now)})))),
            "get_secret_no" => self.get_secret_no(body, now, after).map(Answer::Json),
            "register" => self.register(conn, body, now, after).map(Answer::Json),
            "active" => self.active(conn, body, after).map(Answer::Json),
            "subscribe_corp" => self
                .subscribe(conn, body, after)
                .map(|()| Answer::Json(None)),
            "ping" if stage == Stage::Subscribed || !self.cfg.strict => Ok(Answer::Json(None)),
            _ if stage != Stage::Subscribed => {
                if !is_known(&req.cmd) {
                    after.push(unknown_cmd_log(conn, &req.cmd));
                }
                Err(reject(errcode::NOT_LOGGED_IN))
            }
            "ping" | "error_report" => Ok(Answer::Json(None)),
            "get_corp_info" => {
                let d = self.conn_device(conn);
                let corp = d.and_then(|d| d.bound_corp.clone());
                match corp {
                    Some(c) => Ok(Answer::Json(Some(json!({"corp_name": c})))),
                    None => Err(reject(errcode::NOT_AUTHORISED)),
                }
            }
            "get_firmware_info" => match &self.firmware {
                Some(f) => Ok(Answer::Json(Some(json!({
                    "firmware_version": f.version,
                    "md5sum": f.md5sum,
                    "size": f.size,
                    "download_url": f.download_url,
                })))),
                None => Err((errcode::NO_FIRMWARE, "firmware info does not exist".into())),
            },
            "selfhelp_notify" => {
                let data = body.get("data").cloned().unwrap_or(Value::Null);
                let name = self.cfg.selfhelp_push.clone();
                self.push_to(conn, &name, Some(json!({"data": data})), after);
                Ok(Answer::Json(None))
            }
            "gen_login_qrcode" => self.login_qr(conn, body),
            other => {
                after.push(unknown_cmd_log(conn, other));
                Err((self.cfg.unknown_cmd_errcode, "system busy".into()))
            }
        }
    }

    fn conn_device(&self, conn: ConnId) -> Option<&DeviceRecord> {
        self.devices.get(self.conns.get(&conn)?.sn.as_ref()?)
    }

    /// The four fields every signed request carries, checked in the spec's order
    /// (600007 … 600010), then the SN (600001) and the time window (600023).
    fn signed_fields(&self, body: &Value, now: u64) -> Result<Signed, Rejection> {
        let sn = str_of(body, "sn").filter(|s| !s.is_empty());
        let nonce = u64_field(body, "nonce");
        let ts = u64_field(body, "timestamp");
        let sig = str_of(body, "device_signature").filter(|s| !s.is_empty());
        let sn = sn.ok_or_else(|| reject(errcode::MISSING_SN))?;
        let (_, nonce) = nonce.ok_or_else(|| reject(errcode::MISSING_NONCE))?;
        let (ts_val, ts) = ts.ok_or_else(|| reject(errcode::MISSING_TIMESTAMP))?;
        let sig = sig.ok_or_else(|| reject(errcode::MISSING_SIGNATURE))?;
        let key = sn_key(sn);
        if !self.devices.contains_key(&key) {
            return Err((errcode::INVALID_SN, "invalid sn".into()));
        }
        let cloud = self.clock(now);
        if cloud.abs_diff(ts_val) > self.cfg.window_secs {
            return Err((errcode::TIMESTAMP_EXPIRED, "timestamp expired".into()));
        }
        Ok(Signed {
            key,
            sn: sn.to_owned(),
            nonce,
            ts,
            sig: sig.to_owned(),
        })
    }

    fn get_secret_no(
        &mut self,
        body: &Value,
        now: u64,
        after: &mut Vec<Action>,
    ) -> Result<Option<Value>, Rejection> {
        let s = self.signed_fields(body, now)?;
        let d = &self.devices[&s.key];
        let status = (
            errcode::SECRET_NO_STATUS_INVALID,
            "secretno status invalid".to_owned(),
        );
        if !d.seed_mode || d.registered {
            return Err(status);
        }
        let seed = d.seed_secret_no.clone().ok_or(status)?;
        if !s.verify(&seed, "secret_no") {
            return Err((errcode::BAD_SIGNATURE, "invalid signature".into()));
        }
        let fresh = random_text(&mut self.rng, HEX, 32);
        let d = self.devices.get_mut(&s.key).expect("checked");
        // A device that lost the reply may ask again before registering: same answer.
        if !d.exchanged {
            d.secret_no = Some(fresh);
            d.exchanged = true;
            after.push(Action::Persist);
        }
        Ok(Some(json!({"secret_no": d.secret_no})))
    }

    fn register(
        &mut self,
        conn: ConnId,
        body: &Value,
        now: u64,
        after: &mut Vec<Action>,
    ) -> Result<Option<Value>, Rejection> {
        match self.stage(conn) {
            Stage::Connected => {}
            Stage::Registered => return Err(reject(errcode::CONN_ALREADY_REGISTERED)),
            Stage::Activated => return Err(reject(errcode::CONN_ALREADY_ACTIVATED)),
            Stage::Subscribed => return Err(reject(errcode::CONN_ALREADY_SUBSCRIBED)),
        }
        let s = self.signed_fields(body, now)?;
        let d = &self.devices[&s.key];
        let status = (
            errcode::SECRET_NO_STATUS_INVALID,
            "secretno status invalid".to_owned(),
        );
        if d.seed_mode {
            let with_seed = d
                .seed_secret_no
                .as_deref()
                .is_some_and(|seed| s.verify(seed, "register"));
            if with_seed || !d.exchanged {
                return Err(status);
            }
        }
        let secret_no = d.secret_no.clone().unwrap_or_default();
        if secret_no.is_empty() || !s.verify(&secret_no, "register") {
            return Err((errcode::BAD_SIGNATURE, "invalid signature".into()));
        }
        if d.expired {
            return Err(reject(errcode::DEVICE_EXPIRED));
        }
        if let Some(&old) = self.live.get(&s.key)
            && old != conn
        {
            if !self.cfg.takeover {
                return Err(reject(errcode::ALREADY_REGISTERED));
            }
            after.push(log(
                Level::Info,
                crate::fl!(
                    "cloud-log-takeover",
                    conn = conn.to_string(),
                    sn = s.sn.clone(),
                    old = old.to_string()
                ),
                json!({"event": "takeover", "conn": conn, "old_conn": old, "sn": s.sn}),
            ));
            if let Some(c) = self.conns.get_mut(&old) {
                c.sn = None;
                c.stage = Stage::Connected;
            }
            self.send(old, Outbound::Close, after);
        }
        let code = random_text(&mut self.rng, B64URL, 64);
        let d = self.devices.get_mut(&s.key).expect("checked");
        if !d.registered || d.active_code.is_none() {
            d.registered = true;
            d.active_code = Some(code);
            after.push(Action::Persist);
        }
        let active_code = d.active_code.clone();
        self.live.insert(s.key.clone(), conn);
        if let Some(c) = self.conns.get_mut(&conn) {
            c.stage = Stage::Registered;
            c.sn = Some(s.key);
        }
        Ok(Some(json!({"active_code": active_code})))
    }

    fn active(
        &mut self,
        conn: ConnId,
        body: &Value,
        after: &mut Vec<Action>,
    ) -> Result<Option<Value>, Rejection> {
        match self.stage(conn) {
            Stage::Connected => return Err(reject(errcode::NOT_NETWORK_REGISTERED)),
            Stage::Activated | Stage::Subscribed => {
                return Err(reject(errcode::CONN_ALREADY_ACTIVATED));
            }
            Stage::Registered => {}
        }
        let code = str_of(body, "active_code")
            .filter(|c| !c.is_empty())
            .ok_or_else(|| reject(errcode::MISSING_ACTIVE_CODE))?;
        let key = self.conns[&conn].sn.clone().expect("registered");
        let d = &self.devices[&key];
        if d.active_code.as_deref() != Some(code) {
            return Err(reject(errcode::INVALID_ACTIVE_CODE));
        }
        if d.secret.is_none() {
            let n = self.cfg.auto_bind_after;
            if n == Some(0) {
                // Bound before the first poll is answered: the reply carries the secret,
                // so no push is needed.
                let corp = self.cfg.default_corp.clone();
                self.bind_record(&key, &corp, after);
            } else {
                let d = self.devices.get_mut(&key).expect("registered");
                d.polls += 1;
                let polls = d.polls;
                if n.is_some_and(|n| polls >= n) {
                    let sn = d.sn.clone();
                    let corp = self.cfg.default_corp.clone();
                    after.push(log(
                        Level::Info,
                        crate::fl!(
                            "cloud-log-auto-bind",
                            sn = sn.clone(),
                            polls = polls.to_string()
                        ),
                        json!({"event": "auto_bind", "sn": sn, "polls": polls}),
                    ));
                    self.bind_record(&key, &corp, after);
                    self.push_to(conn, "push_bind_corp", None, after);
                }
                return Err(reject(self.cfg.unbound_errcode));
            }
        }
        let secret = self.devices[&key].secret.clone();
        if let Some(c) = self.conns.get_mut(&conn) {
            c.stage = Stage::Activated;
        }
        Ok(Some(json!({"secret": secret})))
    }

    fn subscribe(
        &mut self,
        conn: ConnId,
        body: &Value,
        after: &mut Vec<Action>,
    ) -> Result<(), Rejection> {
        let secret = str_of(body, "secret").filter(|s| !s.is_empty());
        let key = match self.stage(conn) {
            Stage::Subscribed => return Err(reject(self.cfg.resubscribe_errcode)),
            Stage::Connected => {
                if !self.cfg.subscribe_without_register {
                    return Err(reject(errcode::NOT_NETWORK_REGISTERED));
                }
                let secret = secret.ok_or_else(|| reject(errcode::MISSING_SECRET))?;
                let key = self
                    .devices
                    .iter()
                    .find(|(_, d)| d.secret.as_deref() == Some(secret))
                    .map(|(k, _)| k.clone())
                    .ok_or_else(|| reject(errcode::INVALID_SECRET))?;
                if self.live.get(&key).is_some_and(|&c| c != conn) {
                    return Err(reject(errcode::ALREADY_REGISTERED));
                }
                key
            }
            Stage::Registered | Stage::Activated => self.conns[&conn].sn.clone().expect("sn"),
        };
        let secret = secret.ok_or_else(|| reject(errcode::MISSING_SECRET))?;
        let d = &self.devices[&key];
        if d.secret.is_none() {
            return Err(reject(errcode::NOT_AUTHORISED));
        }
        if d.secret.as_deref() != Some(secret) {
            return Err(reject(errcode::INVALID_SECRET));
        }
        let fw = str_of(body, "firmware_version").map(str::to_owned);
        let d = self.devices.get_mut(&key).expect("checked");
        if fw.is_some() && d.firmware_version != fw {
            d.firmware_version = fw;
            after.push(Action::Persist);
        }
        self.live.insert(key.clone(), conn);
        if let Some(c) = self.conns.get_mut(&conn) {
            c.stage = Stage::Subscribed;
            c.sn = Some(key);
        }
        if let Some(name) = self.cfg.faults.unknown_push.clone()
            && self.fire("unknown_push")
        {
            after.push(log(
                Level::Warn,
                crate::fl!(
                    "rest-cloud-log-fault-unknown-push",
                    conn = conn.to_string(),
                    cmd = name.to_string()
                ),
                json!({"event": "fault", "fault": "unknown_push", "conn": conn, "cmd": name}),
            ));
            self.push_to(conn, &name, Some(json!({"injected": true})), after);
        }
        Ok(())
    }

    fn login_qr(&mut self, conn: ConnId, body: &Value) -> Result<Answer, Rejection> {
        if let Some((v, _)) = u64_field(body, "format_version")
            && v != 1
        {
            return Err((
                errcode::SYSTEM_BUSY,
                format!("unsupported format_version {v}"),
            ));
        }
        let state = str_of(body, "state").unwrap_or("");
        let key = self.conns[&conn].sn.clone().expect("subscribed");
        let d = self.devices.get_mut(&key).expect("subscribed");
        let code = match &d.login_code {
            Some(c) => c.clone(),
            None => {
                let c = random_text(&mut self.rng, B64URL, 32);
                d.login_code = Some(c.clone());
                c
            }
        };
        let url = static_login_url(&code, state);
        Ok(Answer::Binary(qr_png(&url)))
    }

    fn upload(&mut self, conn: ConnId, up: Upload, now: u64, out: &mut Vec<Action>) {
        let injected = self
            .cfg
            .faults
            .errcodes
            .iter()
            .find(|(c, _)| *c == up.cmd)
            .map(|(_, code)| *code);
        let result = if let Some(code) = injected.filter(|_| self.fire("errcode")) {
            Err(reject(code))
        } else if self.stage(conn) != Stage::Subscribed {
            Err(reject(errcode::NOT_LOGGED_IN))
        } else if up.data.len() > self.cfg.max_upload {
            Err((
                errcode::INVALID_FILE_CHUNK,
                format!(
                    "invalid file chunk: {} bytes exceed the limit of {}",
                    up.data.len(),
                    self.cfg.max_upload
                ),
            ))
        } else {
            let key = self.conns[&conn].sn.clone().expect("subscribed");
            let sn = self.devices[&key].sn.clone();
            self.uploads
                .entry(key)
                .or_default()
                .push((up.req_id.clone(), up.data.len()));
            out.push(Action::StoreUpload {
                sn,
                req_id: up.req_id.clone(),
                cmd: up.cmd.clone(),
                version: up.version,
                data: up.data,
                args: up.args,
            });
            Ok(Answer::Json(None))
        };
        self.answer(conn, &up.cmd, &up.req_id, result, now, out);
    }
}

struct Signed {
    key: String,
    sn: String,
    nonce: String,
    ts: String,
    sig: String,
}

impl Signed {
    /// Recomputes the signature (section 3) and compares hex case-insensitively.
    fn verify(&self, secret: &str, scene: &str) -> bool {
        let expect = sign(&[
            self.sn.as_str(),
            secret,
            self.ts.as_str(),
            self.nonce.as_str(),
            scene,
        ]);
        expect.eq_ignore_ascii_case(&self.sig)
    }
}

fn log(level: Level, message: String, data: Value) -> Action {
    Action::Log(LogEvent {
        level,
        message,
        data,
    })
}

fn unknown_cmd_log(conn: ConnId, cmd: &str) -> Action {
    log(
        Level::Warn,
        crate::fl!(
            "cloud-log-unknown-cmd",
            conn = conn.to_string(),
            cmd = format!("{cmd:?}")
        ),
        json!({"event": "unknown_cmd", "conn": conn, "cmd": cmd}),
    )
}

/// Commands this emulator implements.
fn is_known(cmd: &str) -> bool {
    matches!(
        cmd,
        "get_timestamp"
            | "get_secret_no"
            | "register"
            | "active"
            | "subscribe_corp"
            | "ping"
            | "error_report"
            | "get_corp_info"
            | "get_firmware_info"
            | "selfhelp_notify"
            | "gen_login_qrcode"
            | "upload_log"
    )
}

/// `…/connect/hardware?type=static_login&login_code=…&state=…` (11.5).
pub fn static_login_url(login_code: &str, state: &str) -> String {
    format!(
        "{STATIC_LOGIN_URL}?type=static_login&login_code={}&state={}",
        crate::core::bindcode::encode(login_code),
        crate::core::bindcode::encode(state)
    )
}

/// A PNG of `text` as a QR code: 8 pixels per module, the standard 4-module quiet zone.
pub fn qr_png(text: &str) -> Vec<u8> {
    use qrcode::{Color, EcLevel, QrCode};
    const SCALE: u32 = 8;
    const QUIET: u32 = 4;
    // Any URL we build fits easily at level M; fall back to L for very long states.
    let code = QrCode::with_error_correction_level(text, EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text, EcLevel::L))
        .expect("login URL fits in a QR code");
    let w = code.width() as u32;
    let colors = code.to_colors();
    let side = (w + 2 * QUIET) * SCALE;
    let img = image::GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let dark = mx >= QUIET
            && my >= QUIET
            && mx < QUIET + w
            && my < QUIET + w
            && colors[((my - QUIET) * w + (mx - QUIET)) as usize] == Color::Dark;
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut png = std::io::Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png)
        .expect("PNG encoding into memory");
    png.into_inner()
}

#[cfg(test)]
mod tests;
