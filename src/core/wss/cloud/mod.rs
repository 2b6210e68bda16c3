//! The cloud side of the device protocol, sans-IO: what `wecom-hw cloud serve` answers.
//!
//! [`Cloud`] holds the per-SN registry (`wss.md` 11.2) and the per-connection progress
//! `Connected → Registered(sn) → Activated → Subscribed` (4.3). The driver feeds it
//! events — a connection opened, a text or binary frame arrived, the socket closed, an
//! operator action — together with the current unix time, and carries out the
//! [`Action`]s it returns: send this frame (maybe after a delay), close that connection,
//! persist the registry, store an upload, log an event. It never sleeps, reads a clock or
//! touches a socket, so every rule of 11.3 and every fault of 11.6 is unit-tested below
//! with a fake clock.

use crate::core::device::sn_key;
use crate::core::errcode;
use crate::core::sign::sign;
use crate::core::wss::envelope::{Push, Reply, Request, u64_field};
use crate::core::wss::frame::{BinaryReply, Upload};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::collections::HashMap;

/// Identifies one WebSocket connection for the lifetime of the process.
pub type ConnId = u64;

/// The static-login URL the login QR encodes (`registration-and-labels.md`, page 98023).
pub const STATIC_LOGIN_URL: &str = "https://open.work.weixin.qq.com/connect/hardware";

/// Behaviour the spec leaves open (all *assumed*, section 11.3 and 14), plus faults.
#[derive(Debug, Clone)]
pub struct Config {
    /// Accepted |cloud time − timestamp| of signed requests, seconds (14 #19).
    pub window_secs: u64,
    /// Strict: every command but `get_timestamp` needs a login first (ping → 600020).
    /// Permissive: `ping` before `subscribe_corp` is answered with 0.
    pub strict: bool,
    /// `register` of an SN live elsewhere takes over (closes the old connection) instead
    /// of answering 600002 (14 #14).
    pub takeover: bool,
    /// `subscribe_corp` on a connection that did not `register` is accepted when the
    /// secret identifies a device (14 #18); otherwise 600014.
    pub subscribe_without_register: bool,
    /// Code for a second `subscribe_corp` on one connection: 600054, or 600045.
    pub resubscribe_errcode: i64,
    /// Code for `active` of an unbound device (14 #5).
    pub unbound_errcode: i64,
    /// Code for an unknown `cmd`.
    pub unknown_cmd_errcode: i64,
    /// Code for malformed JSON or a request without `headers.req_id`.
    pub malformed_errcode: i64,
    /// Bind automatically after this many unanswered `active` polls (0 = at the first).
    pub auto_bind_after: Option<u32>,
    /// Corp name used by automatic binds and by `bind` without a name.
    pub default_corp: String,
    /// Name of the push that answers `selfhelp_notify` (14 #10).
    pub selfhelp_push: String,
    /// Largest accepted upload payload, bytes (14 #8).
    pub max_upload: usize,
    /// Seed for generated codes and secrets (tests); `None` = from the OS.
    pub rng_seed: Option<u64>,
    pub faults: Faults,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            window_secs: 300,
            strict: true,
            takeover: false,
            subscribe_without_register: false,
            resubscribe_errcode: 600054,
            unbound_errcode: 600004,
            unknown_cmd_errcode: -1,
            malformed_errcode: -1,
            auto_bind_after: None,
            default_corp: "Emulated Corp".into(),
            selfhelp_push: "push_selfhelp_notify".into(),
            max_upload: 2 * 1024 * 1024,
            rng_seed: None,
            faults: Faults::default(),
        }
    }
}

/// Fault injection (`wss.md` 11.6). Each counted fault fires `times` times in the life of
/// the emulator (0 = every time), so a device under test can recover afterwards.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    pub times: u32,
    /// Close a connection right after its N-th inbound frame has been answered.
    pub drop_after_frames: Option<u32>,
    /// Delay every reply and push by this many milliseconds (not counted).
    pub delay_ms: u64,
    /// Answer these commands with these codes instead of processing them.
    pub errcodes: Vec<(String, i64)>,
    /// Swallow the reply to these commands (the device must resend).
    pub drop_replies: Vec<String>,
    /// Send every error reply without `headers` (not counted).
    pub headerless_errors: bool,
    /// Fail TLS handshakes (the driver asks [`Cloud::admit_tls`]).
    pub refuse_tls: bool,
    /// After a successful `subscribe_corp`, send a push with this unknown name.
    pub unknown_push: Option<String>,
    /// Send binary replies (the login QR) truncated: the declared length overruns the
    /// message, which the device must drop (2.4.4).
    pub truncate_binary: bool,
    /// Adversarial modes: the cloud breaks the wire protocol on purpose (counted).
    pub adversarial: Vec<Adversarial>,
}

/// Size of the frames sent by the oversize modes: twice the device's default 1 MiB limit.
pub const OVERSIZE_BYTES: usize = 2 << 20;
/// WebSocket pings sent back to back by [`Adversarial::PingFlood`].
pub const PING_FLOOD: u32 = 50_000;

/// An adversarial mode of `cloud serve --fault-adversarial`: a hostile or broken cloud.
/// "The first reply after login" is the answer to the first request a subscribed
/// connection makes (a call or a heartbeat), so a device's login is never the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Adversarial {
    /// The first reply after login padded to [`OVERSIZE_BYTES`] in one text frame.
    OversizeText,
    /// The login-QR binary reply padded to [`OVERSIZE_BYTES`], in 64 KiB fragments.
    OversizeBinary,
    /// Every frame of a connection written one byte per TCP write (and flush).
    SplitBytes,
    /// The first reply after login as a text frame that is not UTF-8.
    InvalidUtf8,
    /// The first push carries `cmd` twice: `push_unbind_corp`, then the real name.
    DuplicateKeys,
    /// The first reply of all carries a req_id the device never sent.
    WrongReqId,
    /// A `push_unbind_corp` on a fresh connection before its first request is answered.
    PushBeforeSubscribe,
    /// The login-QR reply's `data_len` says more bytes than the message holds.
    BinaryLenLong,
    /// The login-QR reply's `data_len` says fewer bytes than follow (trailing bytes).
    BinaryLenShort,
    /// The login-QR reply's `data_len` is 4 GiB − 1.
    BinaryLenHuge,
    /// After the first reply after login, [`PING_FLOOD`] WebSocket pings back to back.
    PingFlood,
    /// The first reply after login is held back until the next reply has gone out.
    ReorderReplies,
}

impl Adversarial {
    pub fn name(self) -> &'static str {
        match self {
            Adversarial::OversizeText => "oversize-text",
            Adversarial::OversizeBinary => "oversize-binary",
            Adversarial::SplitBytes => "split-bytes",
            Adversarial::InvalidUtf8 => "invalid-utf8",
            Adversarial::DuplicateKeys => "duplicate-keys",
            Adversarial::WrongReqId => "wrong-req-id",
            Adversarial::PushBeforeSubscribe => "push-before-subscribe",
            Adversarial::BinaryLenLong => "binary-len-long",
            Adversarial::BinaryLenShort => "binary-len-short",
            Adversarial::BinaryLenHuge => "binary-len-huge",
            Adversarial::PingFlood => "ping-flood",
            Adversarial::ReorderReplies => "reorder-replies",
        }
    }
}

/// A device as the cloud knows it (11.2). Persisted, secrets included, in a 0600 file.
/// `Debug` shows fingerprints, never the credentials.
#[derive(Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct DeviceRecord {
    pub sn: String,
    #[serde(default)]
    pub seed_mode: bool,
    /// The model's shared seed (seed models only).
    #[serde(default)]
    pub seed_secret_no: Option<String>,
    /// Factory SecretNo, or the one generated at the seed exchange.
    #[serde(default)]
    pub secret_no: Option<String>,
    #[serde(default)]
    pub exchanged: bool,
    #[serde(default)]
    pub registered: bool,
    #[serde(default)]
    pub active_code: Option<String>,
    #[serde(default)]
    pub bound_corp: Option<String>,
    #[serde(default)]
    pub secret: Option<String>,
    /// Code inside the static login QR; valid until the device is bound to another corp.
    #[serde(default)]
    pub login_code: Option<String>,
    #[serde(default)]
    pub expired: bool,
    /// Firmware version reported by the last `subscribe_corp`.
    #[serde(default)]
    pub firmware_version: Option<String>,
    /// `active` polls answered "unbound" since the last bind (for `--auto-bind-after`).
    #[serde(skip)]
    pub polls: u32,
}

impl std::fmt::Debug for DeviceRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let fp = |v: &Option<String>| v.as_deref().map(crate::core::secret::fingerprint);
        f.debug_struct("DeviceRecord")
            .field("sn", &self.sn)
            .field("seed_mode", &self.seed_mode)
            .field("seed_secret_no", &fp(&self.seed_secret_no))
            .field("secret_no", &fp(&self.secret_no))
            .field("exchanged", &self.exchanged)
            .field("registered", &self.registered)
            .field("active_code", &fp(&self.active_code))
            .field("bound_corp", &self.bound_corp)
            .field("secret", &fp(&self.secret))
            .field("login_code", &fp(&self.login_code))
            .field("expired", &self.expired)
            .field("firmware_version", &self.firmware_version)
            .field("polls", &self.polls)
            .finish()
    }
}

impl DeviceRecord {
    /// A device with its own factory SecretNo.
    pub fn plain(sn: &str, secret_no: &str) -> DeviceRecord {
        DeviceRecord {
            sn: sn.into(),
            secret_no: Some(secret_no.into()),
            ..Default::default()
        }
    }

    /// A device of a model that shares one seedSecretNo and exchanges it (6.2).
    pub fn seeded(sn: &str, seed: &str) -> DeviceRecord {
        DeviceRecord {
            sn: sn.into(),
            seed_mode: true,
            seed_secret_no: Some(seed.into()),
            ..Default::default()
        }
    }
}

/// A published firmware image, reported by `get_firmware_info` (6.7).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Firmware {
    pub version: String,
    pub md5sum: String,
    pub size: u64,
    pub download_url: String,
}

impl Firmware {
    pub fn describe(version: &str, image: &[u8], download_url: &str) -> Firmware {
        use md5::{Digest, Md5};
        Firmware {
            version: version.into(),
            md5sum: hex::encode(Md5::digest(image)),
            size: image.len() as u64,
            download_url: download_url.into(),
        }
    }
}

/// What survives a restart.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Snapshot {
    pub devices: Vec<DeviceRecord>,
    #[serde(default)]
    pub firmware: Option<Firmware>,
}

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
pub struct Event {
    pub level: Level,
    pub message: String,
    pub data: Value,
}

/// What the driver must do.
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
    Log(Event),
}

/// An operator action (11.4), from the control socket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum Admin {
    Bind {
        sn: String,
        corp: Option<String>,
    },
    Unbind {
        sn: String,
    },
    Push {
        sn: String,
        cmd: String,
        body: Option<Value>,
    },
    PublishFirmware {
        firmware: Firmware,
    },
    ResetSecretNo {
        sn: String,
    },
    Expire {
        sn: String,
        #[serde(default = "yes")]
        expired: bool,
    },
    Drop {
        sn: String,
    },
    SetClockSkew {
        secs: i64,
    },
    Status,
}

fn yes() -> bool {
    true
}

/// An operator action that could not be carried out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct AdminError(pub String);

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
    errcode::lookup(code)
        .map(|e| e.meaning.to_owned())
        .unwrap_or_else(|| format!("error {code}"))
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

/// Short push names accepted by `cloud push` (11.4) and the real name they stand for.
pub fn push_name(cmd: &str) -> String {
    match cmd {
        "restart" | "restart_device" => "push_restart_device".into(),
        c if c.starts_with("push_") => c.into(),
        c => format!("push_{c}"),
    }
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
        }
    }

    /// Adds devices from an import file. A device the registry already holds keeps its
    /// run-time state (binding, exchanged SecretNo); only its factory data is refreshed.
    /// Returns how many were new.
    pub fn load_devices(&mut self, records: Vec<DeviceRecord>) -> usize {
        let mut added = 0;
        for r in records {
            match self.devices.get_mut(&sn_key(&r.sn)) {
                Some(d) => {
                    d.seed_mode = r.seed_mode;
                    d.seed_secret_no = r.seed_secret_no;
                    if !r.seed_mode && r.secret_no.is_some() {
                        d.secret_no = r.secret_no;
                    }
                }
                None => {
                    self.devices.insert(sn_key(&r.sn), r);
                    added += 1;
                }
            }
        }
        added
    }

    pub fn snapshot(&self) -> Snapshot {
        let mut devices: Vec<DeviceRecord> = self.devices.values().cloned().collect();
        devices.sort_by(|a, b| a.sn.cmp(&b.sn));
        Snapshot {
            devices,
            firmware: self.firmware.clone(),
        }
    }

    pub fn device_count(&self) -> usize {
        self.devices.len()
    }

    pub fn connection_count(&self) -> usize {
        self.conns.len()
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

    fn fault_log(conn: ConnId, mode: Adversarial, what: String, out: &mut Vec<Action>) {
        out.push(log(
            Level::Warn,
            format!("conn {conn}: fault {}: {what}", mode.name()),
            json!({"event": "fault", "fault": mode.name(), "conn": conn, "detail": what}),
        ));
    }

    /// Asked by the driver when a WebSocket opens. Non-empty (the fault's log line) when
    /// this connection is to be written one byte at a time (adversarial split-bytes,
    /// counted).
    pub fn split_bytes(&mut self, conn: ConnId) -> Vec<Action> {
        let mut out = Vec::new();
        if self.adversarial(Adversarial::SplitBytes) {
            Self::fault_log(
                conn,
                Adversarial::SplitBytes,
                "every frame written one byte at a time".into(),
                &mut out,
            );
        }
        out
    }

    /// Asked by the driver before each TLS handshake; false = refuse it (fault).
    pub fn admit_tls(&mut self) -> bool {
        !(self.cfg.faults.refuse_tls && self.fire("refuse_tls"))
    }

    /// A WebSocket connection was accepted.
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
        id
    }

    /// The connection closed (either side). Returns a log event.
    pub fn disconnect(&mut self, conn: ConnId) -> Vec<Action> {
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
            format!(
                "conn {conn} closed{}",
                sn_shown
                    .as_deref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default()
            ),
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
                out,
            );
        }
        out.push(log(
            Level::Info,
            format!("conn {conn} <- {cmd}"),
            json!({"event": "push", "conn": conn, "cmd": cmd}),
        ));
        self.send(conn, Outbound::Text(text), out);
    }

    /// A text frame arrived.
    pub fn on_text(&mut self, conn: ConnId, text: &str, now: u64) -> Vec<Action> {
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
                    format!("conn {conn}: malformed request ({e}); answered {code} without headers"),
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
    pub fn on_binary(&mut self, conn: ConnId, data: &[u8], now: u64) -> Vec<Action> {
        let mut out = Vec::new();
        if !self.conns.contains_key(&conn) {
            return out;
        }
        match Upload::decode(data) {
            // 2.4.4: a malformed binary message is logged and dropped, the connection kept.
            Err(e) => out.push(log(
                Level::Warn,
                format!(
                    "conn {conn}: dropped malformed binary message of {} bytes: {e}",
                    data.len()
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
                format!("conn {conn}: fault: closing after {n} frames"),
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
            format!(
                "conn {conn}{} -> {cmd} [{req_id}]: {}",
                sn.as_deref().map(|s| format!(" {s}")).unwrap_or_default(),
                if errcode == 0 {
                    "ok".to_owned()
                } else {
                    format!("{errcode} {}", text_of(errcode))
                }
            ),
            json!({"event": "request", "conn": conn, "sn": sn, "cmd": cmd, "req_id": req_id, "errcode": errcode}),
        ));
        if self.cfg.faults.drop_replies.iter().any(|c| c == cmd) && self.fire("drop_reply") {
            out.push(log(
                Level::Warn,
                format!("conn {conn}: fault: reply to {cmd} [{req_id}] dropped"),
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
                out,
            );
            return Outbound::RawText(b);
        }
        if self.adversarial(Adversarial::ReorderReplies) {
            Self::fault_log(
                conn,
                Adversarial::ReorderReplies,
                format!("reply to {cmd} held until the next reply has gone out"),
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
                out,
            );
        }
        if self.cfg.faults.truncate_binary && self.fire("truncate_binary") {
            out.push(log(
                Level::Warn,
                format!("conn {conn}: fault: binary reply to {cmd} [{req_id}] truncated"),
                json!({"event": "fault", "fault": "truncate_binary", "conn": conn, "cmd": cmd, "req_id": req_id}),
            ));
            frame.truncate(frame.len() / 2);
        }
        Outbound::Binary(frame)
    }

    fn conn_sn(&self, conn: ConnId) -> Option<String> {
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
                    format!("conn {conn}: fault: answering {} with {code}", req.cmd),
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
                Err(reject(600020))
            }
            "ping" | "error_report" => Ok(Answer::Json(None)),
            "get_corp_info" => {
                let d = self.conn_device(conn);
                let corp = d.and_then(|d| d.bound_corp.clone());
                match corp {
                    Some(c) => Ok(Answer::Json(Some(json!({"corp_name": c})))),
                    None => Err(reject(600004)),
                }
            }
            "get_firmware_info" => match &self.firmware {
                Some(f) => Ok(Answer::Json(Some(json!({
                    "firmware_version": f.version,
                    "md5sum": f.md5sum,
                    "size": f.size,
                    "download_url": f.download_url,
                })))),
                None => Err((600026, "firmware info does not exist".into())),
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
        let sn = sn.ok_or_else(|| reject(600007))?;
        let (_, nonce) = nonce.ok_or_else(|| reject(600008))?;
        let (ts_val, ts) = ts.ok_or_else(|| reject(600009))?;
        let sig = sig.ok_or_else(|| reject(600010))?;
        let key = sn_key(sn);
        if !self.devices.contains_key(&key) {
            return Err((600001, "invalid sn".into()));
        }
        let cloud = self.clock(now);
        if cloud.abs_diff(ts_val) > self.cfg.window_secs {
            return Err((600023, "timestamp expired".into()));
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
        let status = (600047, "secretno status invalid".to_owned());
        if !d.seed_mode || d.registered {
            return Err(status);
        }
        let seed = d.seed_secret_no.clone().ok_or(status)?;
        if !s.verify(&seed, "secret_no") {
            return Err((600011, "invalid signature".into()));
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
            Stage::Registered => return Err(reject(600012)),
            Stage::Activated => return Err(reject(600053)),
            Stage::Subscribed => return Err(reject(600054)),
        }
        let s = self.signed_fields(body, now)?;
        let d = &self.devices[&s.key];
        let status = (600047, "secretno status invalid".to_owned());
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
            return Err((600011, "invalid signature".into()));
        }
        if d.expired {
            return Err(reject(600051));
        }
        if let Some(&old) = self.live.get(&s.key)
            && old != conn
        {
            if !self.cfg.takeover {
                return Err(reject(600002));
            }
            after.push(log(
                Level::Info,
                format!("conn {conn} takes over {} from conn {old}", s.sn),
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
            Stage::Connected => return Err(reject(600014)),
            Stage::Activated | Stage::Subscribed => return Err(reject(600053)),
            Stage::Registered => {}
        }
        let code = str_of(body, "active_code")
            .filter(|c| !c.is_empty())
            .ok_or_else(|| reject(600013))?;
        let key = self.conns[&conn].sn.clone().expect("registered");
        let d = &self.devices[&key];
        if d.active_code.as_deref() != Some(code) {
            return Err(reject(600003));
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
                        format!("{sn}: auto-bind after {polls} polls"),
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
                    return Err(reject(600014));
                }
                let secret = secret.ok_or_else(|| reject(600015))?;
                let key = self
                    .devices
                    .iter()
                    .find(|(_, d)| d.secret.as_deref() == Some(secret))
                    .map(|(k, _)| k.clone())
                    .ok_or_else(|| reject(600005))?;
                if self.live.get(&key).is_some_and(|&c| c != conn) {
                    return Err(reject(600002));
                }
                key
            }
            Stage::Registered | Stage::Activated => self.conns[&conn].sn.clone().expect("sn"),
        };
        let secret = secret.ok_or_else(|| reject(600015))?;
        let d = &self.devices[&key];
        if d.secret.is_none() {
            return Err(reject(600004));
        }
        if d.secret.as_deref() != Some(secret) {
            return Err(reject(600005));
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
                format!("conn {conn}: fault: unknown push {name}"),
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
            return Err((-1, format!("unsupported format_version {v}")));
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
            Err(reject(600020))
        } else if up.data.len() > self.cfg.max_upload {
            Err((
                600052,
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

    /// Binds a device: a new secret, and a new login code when the corp changes.
    fn bind_record(&mut self, key: &str, corp: &str, after: &mut Vec<Action>) {
        let secret = random_text(&mut self.rng, B64URL, 43);
        let login = random_text(&mut self.rng, B64URL, 32);
        let d = self.devices.get_mut(key).expect("known");
        if d.bound_corp.as_deref() != Some(corp) {
            d.login_code = Some(login);
        }
        d.bound_corp = Some(corp.to_owned());
        d.secret = Some(secret);
        d.polls = 0;
        after.push(Action::Persist);
    }

    fn known(&self, sn: &str) -> Result<String, AdminError> {
        let key = sn_key(sn);
        if self.devices.contains_key(&key) {
            Ok(key)
        } else {
            Err(AdminError(format!(
                "unknown SN {sn}: the emulator knows {} device(s); load it with --devices",
                self.devices.len()
            )))
        }
    }

    fn live_conn(&self, key: &str, sn: &str) -> Result<ConnId, AdminError> {
        self.live.get(key).copied().ok_or_else(|| {
            AdminError(format!(
                "{sn} is not connected (it has not registered on any live connection)"
            ))
        })
    }

    /// Carries out an operator action. Returns the result to show and what to do.
    pub fn admin(&mut self, cmd: Admin, now: u64) -> Result<(Value, Vec<Action>), AdminError> {
        let mut out = Vec::new();
        let is_status = cmd == Admin::Status;
        let result = match cmd {
            Admin::Bind { sn, corp } => {
                let key = self.known(&sn)?;
                let corp = corp.unwrap_or_else(|| self.cfg.default_corp.clone());
                self.bind_record(&key, &corp, &mut out);
                let conn = self.live.get(&key).copied();
                if let Some(c) = conn {
                    self.push_to(c, "push_bind_corp", None, &mut out);
                }
                json!({"sn": self.devices[&key].sn, "bound_corp": corp, "pushed": conn.is_some()})
            }
            Admin::Unbind { sn } => {
                let key = self.known(&sn)?;
                let d = self.devices.get_mut(&key).expect("known");
                let was = d.bound_corp.take();
                d.secret = None;
                d.login_code = None;
                d.polls = 0;
                out.push(Action::Persist);
                let conn = self.live.get(&key).copied();
                if let Some(c) = conn {
                    // The device polls `active` again on this connection (4.1 step 8).
                    if let Some(cs) = self.conns.get_mut(&c)
                        && cs.stage != Stage::Connected
                    {
                        cs.stage = Stage::Registered;
                    }
                    self.push_to(c, "push_unbind_corp", None, &mut out);
                }
                json!({"sn": self.devices[&key].sn, "was_bound_to": was, "pushed": conn.is_some()})
            }
            Admin::Push { sn, cmd, body } => {
                let key = self.known(&sn)?;
                let conn = self.live_conn(&key, &sn)?;
                let name = push_name(&cmd);
                self.push_to(conn, &name, body, &mut out);
                json!({"sn": self.devices[&key].sn, "cmd": name, "conn": conn})
            }
            Admin::PublishFirmware { firmware } => {
                let v = json!(firmware);
                self.firmware = Some(firmware);
                out.push(Action::Persist);
                v
            }
            Admin::ResetSecretNo { sn } => {
                let key = self.known(&sn)?;
                let d = self.devices.get_mut(&key).expect("known");
                if !d.seed_mode {
                    return Err(AdminError(format!(
                        "{sn} has its own SecretNo (not a seed model); nothing to reset"
                    )));
                }
                d.exchanged = false;
                d.registered = false;
                d.secret_no = None;
                d.active_code = None;
                out.push(Action::Persist);
                json!({"sn": d.sn, "exchanged": false, "registered": false})
            }
            Admin::Expire { sn, expired } => {
                let key = self.known(&sn)?;
                let d = self.devices.get_mut(&key).expect("known");
                d.expired = expired;
                out.push(Action::Persist);
                json!({"sn": d.sn, "expired": expired})
            }
            Admin::Drop { sn } => {
                let key = self.known(&sn)?;
                let conn = self.live_conn(&key, &sn)?;
                self.send(conn, Outbound::Close, &mut out);
                json!({"sn": self.devices[&key].sn, "conn": conn, "dropped": true})
            }
            Admin::SetClockSkew { secs } => {
                self.skew = secs;
                json!({"clock_skew_secs": secs, "cloud_time": self.clock(now)})
            }
            Admin::Status => self.status(now),
        };
        let level = if is_status { Level::Debug } else { Level::Info };
        out.insert(
            0,
            log(
                level,
                format!("admin: {}", compact(&result)),
                json!({"event": "admin", "result": result}),
            ),
        );
        Ok((result, out))
    }

    /// Everything an operator may see; never a secret.
    pub fn status(&self, now: u64) -> Value {
        let mut devices: Vec<&DeviceRecord> = self.devices.values().collect();
        devices.sort_by(|a, b| a.sn.cmp(&b.sn));
        let devices: Vec<Value> = devices
            .into_iter()
            .map(|d| {
                let key = sn_key(&d.sn);
                let conn = self.live.get(&key).copied();
                let stage = conn.map(|c| self.stage(c));
                let uploads: Vec<Value> = self
                    .uploads
                    .get(&key)
                    .map(|u| {
                        u.iter()
                            .map(|(r, n)| json!({"req_id": r, "bytes": n}))
                            .collect()
                    })
                    .unwrap_or_default();
                json!({
                    "sn": d.sn,
                    "seed_mode": d.seed_mode,
                    "exchanged": d.exchanged,
                    "registered": d.registered,
                    "bound_corp": d.bound_corp,
                    "expired": d.expired,
                    "firmware_version": d.firmware_version,
                    "online": conn.is_some(),
                    "conn": conn,
                    "stage": stage,
                    "uploads": uploads,
                })
            })
            .collect();
        json!({
            "cloud_time": self.clock(now),
            "clock_skew_secs": self.skew,
            "connections": self.conns.len(),
            "firmware": self.firmware,
            "devices": devices,
        })
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
    Action::Log(Event {
        level,
        message,
        data,
    })
}

fn unknown_cmd_log(conn: ConnId, cmd: &str) -> Action {
    log(
        Level::Warn,
        format!("conn {conn}: unknown cmd {cmd:?}"),
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

fn compact(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 200 {
        format!("{}…", s.chars().take(200).collect::<String>())
    } else {
        s
    }
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
mod tests {
    use super::*;

    const T0: u64 = 1_700_000_000;
    const SECRET_NO: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
    const SEED: &str = "dbd7f84e64ec64708df6df39aadfb039";

    fn cloud_with(cfg: Config) -> Cloud {
        let mut c = Cloud::new(
            Config {
                rng_seed: Some(7),
                ..cfg
            },
            Snapshot::default(),
        );
        c.load_devices(vec![
            DeviceRecord::plain("E30000000001", SECRET_NO),
            DeviceRecord::seeded("S1", SEED),
        ]);
        c
    }

    fn cloud() -> Cloud {
        cloud_with(Config::default())
    }

    /// Texts sent to `conn`, parsed as JSON.
    fn texts(actions: &[Action], conn: ConnId) -> Vec<Value> {
        actions
            .iter()
            .filter_map(|a| match a {
                Action::Send {
                    conn: c,
                    msg: Outbound::Text(t),
                    ..
                } if *c == conn => Some(serde_json::from_str(t).unwrap()),
                _ => None,
            })
            .collect()
    }

    fn req(cmd: &str, id: &str, body: Option<Value>) -> String {
        let mut v = json!({"cmd": cmd, "headers": {"req_id": id}});
        if let Some(b) = body {
            v["body"] = b;
        }
        v.to_string()
    }

    /// Sends one request and returns the (single) reply.
    fn call(c: &mut Cloud, conn: ConnId, cmd: &str, body: Option<Value>, now: u64) -> Value {
        let acts = c.on_text(conn, &req(cmd, "r", body), now);
        let replies: Vec<Value> = texts(&acts, conn)
            .into_iter()
            .filter(|v| v.get("cmd").is_none())
            .collect();
        assert_eq!(replies.len(), 1, "one reply to {cmd}: {acts:?}");
        replies.into_iter().next().unwrap()
    }

    fn code(v: &Value) -> i64 {
        v["errcode"].as_i64().unwrap()
    }

    fn signed(sn: &str, secret: &str, scene: &str, ts: u64, nonce: u64) -> Value {
        let sig = sign(&[sn, secret, &ts.to_string(), &nonce.to_string(), scene]);
        json!({"sn": sn, "timestamp": ts, "nonce": nonce, "device_signature": sig})
    }

    fn register(c: &mut Cloud, conn: ConnId, now: u64) -> Value {
        call(
            c,
            conn,
            "register",
            Some(signed("E30000000001", SECRET_NO, "register", now, 42)),
            now,
        )
    }

    /// Registers, binds by admin, activates and subscribes; returns the secret.
    fn online(c: &mut Cloud, conn: ConnId) -> String {
        let ac = register(c, conn, T0)["body"]["active_code"]
            .as_str()
            .unwrap()
            .to_owned();
        c.admin(
            Admin::Bind {
                sn: "E30000000001".into(),
                corp: None,
            },
            T0,
        )
        .unwrap();
        let r = call(c, conn, "active", Some(json!({"active_code": ac})), T0);
        let secret = r["body"]["secret"].as_str().unwrap().to_owned();
        let r = call(
            c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": secret, "firmware_version": "1.0"})),
            T0,
        );
        assert_eq!(code(&r), 0);
        secret
    }

    #[test]
    fn full_lifecycle_with_polling_admin_bind_and_push() {
        let mut c = cloud();
        let conn = c.connect();
        let t = call(&mut c, conn, "get_timestamp", None, T0);
        assert_eq!(t["body"]["timestamp"], T0);
        let r = register(&mut c, conn, T0);
        assert_eq!((code(&r), r["errmsg"].as_str()), (0, Some("ok")));
        assert_eq!(r["headers"]["req_id"], "r");
        let ac = r["body"]["active_code"].as_str().unwrap().to_owned();
        assert_eq!(ac.len(), 64);
        for _ in 0..3 {
            let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
            assert_eq!(code(&r), 600004);
            assert!(r.get("body").is_none());
        }
        let (res, acts) = c
            .admin(
                Admin::Bind {
                    sn: "e30000000001".into(),
                    corp: Some("Acme".into()),
                },
                T0,
            )
            .unwrap();
        assert_eq!(res["pushed"], true);
        let pushes = texts(&acts, conn);
        assert_eq!(pushes[0]["cmd"], "push_bind_corp");
        assert!(pushes[0]["headers"]["req_id"].is_string());
        assert!(pushes[0].get("body").is_none());
        assert!(acts.contains(&Action::Persist));
        let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
        let secret = r["body"]["secret"].as_str().unwrap().to_owned();
        assert_eq!(secret.len(), 43);
        // Anything but get_timestamp needs a login first (strict mode).
        assert_eq!(code(&call(&mut c, conn, "ping", None, T0)), 600020);
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": secret, "firmware_version": "1.0.1000"})),
            T0,
        );
        assert_eq!(code(&r), 0);
        assert!(r.get("body").is_none());
        let p = call(&mut c, conn, "ping", None, T0 + 30);
        assert_eq!((code(&p), p.get("body")), (0, None));
        let g = call(&mut c, conn, "get_corp_info", None, T0);
        assert_eq!(g["body"]["corp_name"], "Acme");
        let st = c.status(T0);
        assert_eq!(st["devices"][0]["stage"], "subscribed");
        assert_eq!(st["devices"][0]["firmware_version"], "1.0.1000");
        assert!(!st.to_string().contains(&secret), "status shows no secret");
        assert!(!st.to_string().contains(SECRET_NO));
    }

    #[test]
    fn seed_exchange_then_register_with_the_exchanged_secret_no() {
        let mut c = cloud();
        let conn = c.connect();
        // Registering before the exchange, or signed with the seed: 600047.
        let r = call(
            &mut c,
            conn,
            "register",
            Some(signed("S1", SEED, "register", T0, 1)),
            T0,
        );
        assert_eq!(code(&r), 600047);
        let bad = call(
            &mut c,
            conn,
            "get_secret_no",
            Some(signed("S1", SECRET_NO, "secret_no", T0, 1)),
            T0,
        );
        assert_eq!(code(&bad), 600011);
        let r = call(
            &mut c,
            conn,
            "get_secret_no",
            Some(signed("S1", SEED, "secret_no", T0, 1)),
            T0,
        );
        let sn_secret = r["body"]["secret_no"].as_str().unwrap().to_owned();
        assert_eq!(sn_secret.len(), 32);
        assert_ne!(sn_secret, SEED);
        // Asked again before registering (reply lost): the same SecretNo.
        let again = call(
            &mut c,
            conn,
            "get_secret_no",
            Some(signed("S1", SEED, "secret_no", T0, 2)),
            T0,
        );
        assert_eq!(again["body"]["secret_no"], sn_secret.as_str());
        let r = call(
            &mut c,
            conn,
            "register",
            Some(signed("S1", SEED, "register", T0, 3)),
            T0,
        );
        assert_eq!(code(&r), 600047, "signed with the seed");
        let r = call(
            &mut c,
            conn,
            "register",
            Some(signed("S1", &sn_secret, "register", T0, 3)),
            T0,
        );
        assert_eq!(code(&r), 0);
        // After registering, the exchange is closed.
        let r = call(
            &mut c,
            conn,
            "get_secret_no",
            Some(signed("S1", SEED, "secret_no", T0, 4)),
            T0,
        );
        assert_eq!(code(&r), 600047);
        // ... until the operator resets it.
        c.admin(Admin::ResetSecretNo { sn: "S1".into() }, T0)
            .unwrap();
        let r = call(
            &mut c,
            conn,
            "get_secret_no",
            Some(signed("S1", SEED, "secret_no", T0, 5)),
            T0,
        );
        assert_eq!(code(&r), 0);
        assert_ne!(r["body"]["secret_no"], sn_secret.as_str());
    }

    #[test]
    fn get_secret_no_on_a_plain_device_is_600047() {
        let mut c = cloud();
        let conn = c.connect();
        let r = call(
            &mut c,
            conn,
            "get_secret_no",
            Some(signed("E30000000001", SECRET_NO, "secret_no", T0, 1)),
            T0,
        );
        assert_eq!(code(&r), 600047);
    }

    #[test]
    fn missing_fields_give_600007_to_600010_in_order() {
        let mut c = cloud();
        let conn = c.connect();
        let full = signed("E30000000001", SECRET_NO, "register", T0, 9);
        for (field, want) in [
            ("sn", 600007),
            ("nonce", 600008),
            ("timestamp", 600009),
            ("device_signature", 600010),
        ] {
            let mut b = full.clone();
            b.as_object_mut().unwrap().remove(field);
            for cmd in ["register", "get_secret_no"] {
                let r = call(&mut c, conn, cmd, Some(b.clone()), T0);
                assert_eq!(code(&r), want, "{cmd} without {field}");
                let msg = r["errmsg"].as_str().unwrap();
                assert!(msg.ends_with("reqid: [r]"), "{msg}");
            }
        }
        assert_eq!(code(&call(&mut c, conn, "register", None, T0)), 600007);
    }

    #[test]
    fn unknown_sn_bad_signature_and_stale_timestamp() {
        let mut c = cloud();
        let conn = c.connect();
        let r = call(
            &mut c,
            conn,
            "register",
            Some(signed("NOPE1", SECRET_NO, "register", T0, 1)),
            T0,
        );
        assert_eq!(code(&r), 600001);
        let r = call(
            &mut c,
            conn,
            "register",
            Some(signed("E30000000001", SEED, "register", T0, 1)),
            T0,
        );
        assert_eq!(code(&r), 600011);
        // errmsg in the observed style: text, hint: [ts_n_32hex], reqid: [..]
        let m = r["errmsg"].as_str().unwrap();
        let (text, rest) = m.split_once(", hint: [").unwrap();
        assert_eq!(text, "invalid signature");
        let (hint, tail) = rest.split_once("], reqid: [").unwrap();
        assert_eq!(tail, "r]");
        let parts: Vec<&str> = hint.split('_').collect();
        assert_eq!(parts[0], T0.to_string());
        assert!(parts[1].parse::<u32>().is_ok());
        assert!(parts[2].len() == 32 && parts[2].bytes().all(|b| b.is_ascii_hexdigit()));
        // Window: 300 s either way is fine, 301 is not.
        for (ts, want) in [(T0 - 300, 0), (T0 - 301, 600023), (T0 + 301, 600023)] {
            let conn = c.connect();
            let r = call(
                &mut c,
                conn,
                "register",
                Some(signed("E30000000001", SECRET_NO, "register", ts, 1)),
                T0,
            );
            assert_eq!(code(&r), want, "ts {ts}");
            c.disconnect(conn);
        }
    }

    #[test]
    fn window_is_configurable_and_clock_skew_moves_it() {
        let mut c = cloud_with(Config {
            window_secs: 10,
            ..Config::default()
        });
        let conn = c.connect();
        let r = call(
            &mut c,
            conn,
            "register",
            Some(signed("E30000000001", SECRET_NO, "register", T0 - 11, 1)),
            T0,
        );
        assert_eq!(code(&r), 600023);
        c.admin(Admin::SetClockSkew { secs: -11 }, T0).unwrap();
        assert_eq!(
            call(&mut c, conn, "get_timestamp", None, T0)["body"]["timestamp"],
            T0 - 11
        );
        assert_eq!(code(&register_at(&mut c, conn, T0 - 11, T0)), 0);
    }

    fn register_at(c: &mut Cloud, conn: ConnId, ts: u64, now: u64) -> Value {
        call(
            c,
            conn,
            "register",
            Some(signed("E30000000001", SECRET_NO, "register", ts, 5)),
            now,
        )
    }

    #[test]
    fn strings_and_uppercase_hex_are_accepted() {
        let mut c = cloud();
        let conn = c.connect();
        let nonce = "18446744073709551615"; // u64::MAX, beyond f64 precision
        let sig = sign(&[
            "E30000000001",
            SECRET_NO,
            &T0.to_string(),
            nonce,
            "register",
        ]);
        let body = json!({"sn": "E30000000001", "timestamp": T0.to_string(), "nonce": nonce,
            "device_signature": sig.to_uppercase()});
        assert_eq!(code(&call(&mut c, conn, "register", Some(body), T0)), 0);
    }

    #[test]
    fn per_connection_progress_codes() {
        let mut c = cloud();
        let conn = c.connect();
        assert_eq!(
            code(&call(
                &mut c,
                conn,
                "active",
                Some(json!({"active_code": "x"})),
                T0
            )),
            600014
        );
        let secret = online(&mut c, conn);
        assert_eq!(code(&register(&mut c, conn, T0)), 600054);
        assert_eq!(
            code(&call(
                &mut c,
                conn,
                "active",
                Some(json!({"active_code": "x"})),
                T0
            )),
            600053
        );
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": secret})),
            T0,
        );
        assert_eq!(code(&r), 600054);
        // A second connection for the same SN is refused while the first is live.
        let other = c.connect();
        assert_eq!(code(&register(&mut c, other, T0)), 600002);
        c.disconnect(conn);
        // Reconnect of a bound device: register, then subscribe directly (skip active).
        assert_eq!(code(&register(&mut c, other, T0)), 0);
        assert_eq!(code(&register(&mut c, other, T0)), 600012);
        let r = call(
            &mut c,
            other,
            "subscribe_corp",
            Some(json!({"secret": secret})),
            T0,
        );
        assert_eq!(code(&r), 0);
    }

    #[test]
    fn active_rules() {
        let mut c = cloud();
        let conn = c.connect();
        register(&mut c, conn, T0);
        assert_eq!(code(&call(&mut c, conn, "active", None, T0)), 600013);
        assert_eq!(
            code(&call(
                &mut c,
                conn,
                "active",
                Some(json!({"active_code": "wrong"})),
                T0
            )),
            600003
        );
    }

    #[test]
    fn subscribe_rules() {
        let mut c = cloud();
        let conn = c.connect();
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": "s"})),
            T0,
        );
        assert_eq!(code(&r), 600014, "before register");
        register(&mut c, conn, T0);
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": "s"})),
            T0,
        );
        assert_eq!(code(&r), 600004, "unbound");
        c.admin(
            Admin::Bind {
                sn: "E30000000001".into(),
                corp: None,
            },
            T0,
        )
        .unwrap();
        assert_eq!(
            code(&call(&mut c, conn, "subscribe_corp", Some(json!({})), T0)),
            600015
        );
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": "wrong"})),
            T0,
        );
        assert_eq!(code(&r), 600005);
    }

    #[test]
    fn permissive_options() {
        let mut c = cloud_with(Config {
            strict: false,
            subscribe_without_register: true,
            resubscribe_errcode: 600045,
            ..Config::default()
        });
        let conn = c.connect();
        assert_eq!(code(&call(&mut c, conn, "ping", None, T0)), 0);
        assert_eq!(code(&call(&mut c, conn, "get_corp_info", None, T0)), 600020);
        let secret = online(&mut c, conn);
        c.disconnect(conn);
        let conn = c.connect();
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": secret})),
            T0,
        );
        assert_eq!(code(&r), 0, "the secret identifies the device");
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": secret})),
            T0,
        );
        assert_eq!(code(&r), 600045);
        let fresh = c.connect();
        let r = call(
            &mut c,
            fresh,
            "subscribe_corp",
            Some(json!({"secret": "nope"})),
            T0,
        );
        assert_eq!(code(&r), 600005);
    }

    #[test]
    fn takeover_closes_the_old_connection() {
        let mut c = cloud_with(Config {
            takeover: true,
            ..Config::default()
        });
        let a = c.connect();
        online(&mut c, a);
        let b = c.connect();
        let acts = c.on_text(
            b,
            &req(
                "register",
                "r",
                Some(signed("E30000000001", SECRET_NO, "register", T0, 8)),
            ),
            T0,
        );
        assert!(
            acts.iter().any(
                |x| matches!(x, Action::Send { conn, msg: Outbound::Close, .. } if *conn == a)
            )
        );
        assert_eq!(code(&texts(&acts, b)[0]), 0);
        assert_eq!(c.status(T0)["devices"][0]["conn"], b);
    }

    #[test]
    fn expired_device_is_600051() {
        let mut c = cloud();
        c.admin(
            Admin::Expire {
                sn: "E30000000001".into(),
                expired: true,
            },
            T0,
        )
        .unwrap();
        let conn = c.connect();
        assert_eq!(code(&register(&mut c, conn, T0)), 600051);
        c.admin(
            Admin::Expire {
                sn: "E30000000001".into(),
                expired: false,
            },
            T0,
        )
        .unwrap();
        assert_eq!(code(&register(&mut c, conn, T0)), 0);
    }

    #[test]
    fn unbind_pushes_and_sends_the_device_back_to_polling() {
        let mut c = cloud();
        let conn = c.connect();
        let secret = online(&mut c, conn);
        let (res, acts) = c
            .admin(
                Admin::Unbind {
                    sn: "E30000000001".into(),
                },
                T0,
            )
            .unwrap();
        assert_eq!(res["was_bound_to"], "Emulated Corp");
        assert_eq!(texts(&acts, conn)[0]["cmd"], "push_unbind_corp");
        let ac = c.devices["E30000000001"].active_code.clone().unwrap();
        let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
        assert_eq!(code(&r), 600004);
        let r = call(
            &mut c,
            conn,
            "subscribe_corp",
            Some(json!({"secret": secret})),
            T0,
        );
        assert_eq!(code(&r), 600004);
        // Re-bind: a new secret.
        c.admin(
            Admin::Bind {
                sn: "E30000000001".into(),
                corp: None,
            },
            T0,
        )
        .unwrap();
        let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
        assert_ne!(r["body"]["secret"], secret.as_str());
    }

    #[test]
    fn auto_bind_after_n_polls() {
        let mut c = cloud_with(Config {
            auto_bind_after: Some(2),
            ..Config::default()
        });
        let conn = c.connect();
        let ac = register(&mut c, conn, T0)["body"]["active_code"].clone();
        let acts = c.on_text(
            conn,
            &req("active", "a1", Some(json!({"active_code": ac}))),
            T0,
        );
        assert_eq!(texts(&acts, conn).len(), 1);
        let acts = c.on_text(
            conn,
            &req("active", "a2", Some(json!({"active_code": ac}))),
            T0,
        );
        let t = texts(&acts, conn);
        assert_eq!(code(&t[0]), 600004);
        assert_eq!(t[1]["cmd"], "push_bind_corp", "the push follows the reply");
        let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
        assert!(r["body"]["secret"].is_string());

        let mut c = cloud_with(Config {
            auto_bind_after: Some(0),
            ..Config::default()
        });
        let conn = c.connect();
        let ac = register(&mut c, conn, T0)["body"]["active_code"].clone();
        let r = call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0);
        assert_eq!(code(&r), 0);
    }

    #[test]
    fn malformed_json_and_missing_req_id_get_a_reply_without_headers() {
        let mut c = cloud();
        let conn = c.connect();
        for bad in [
            "{not json",
            r#"{"cmd":"ping"}"#,
            r#"{"cmd":"ping","headers":{}}"#,
            "[]",
        ] {
            let acts = c.on_text(conn, bad, T0);
            let t = texts(&acts, conn);
            assert_eq!(t.len(), 1);
            assert!(t[0].get("headers").is_none(), "{bad}: {}", t[0]);
            assert_eq!(code(&t[0]), -1);
            assert!(!acts.iter().any(|a| matches!(
                a,
                Action::Send {
                    msg: Outbound::Close,
                    ..
                }
            )));
        }
        // The connection still works.
        assert_eq!(code(&register(&mut c, conn, T0)), 0);
    }

    #[test]
    fn unknown_cmd_is_system_busy_and_logged() {
        let mut c = cloud();
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_text(conn, &req("make_coffee", "k", None), T0);
        assert_eq!(code(&texts(&acts, conn)[0]), -1);
        assert!(
            acts.iter()
                .any(|a| matches!(a, Action::Log(e) if e.data["event"] == "unknown_cmd"))
        );
    }

    #[test]
    fn firmware_corp_error_report_and_selfhelp() {
        let mut c = cloud();
        let conn = c.connect();
        online(&mut c, conn);
        assert_eq!(
            code(&call(&mut c, conn, "get_firmware_info", None, T0)),
            600026
        );
        let fw = Firmware::describe("1.0.1001", b"image", "http://127.0.0.1:1/fw");
        assert_eq!(fw.md5sum, "78805a221a988e79ef3f42d7c5bfd418");
        c.admin(Admin::PublishFirmware { firmware: fw }, T0)
            .unwrap();
        let r = call(&mut c, conn, "get_firmware_info", None, T0);
        assert_eq!(r["body"]["size"], 5);
        assert_eq!(r["body"]["firmware_version"], "1.0.1001");
        let r = call(
            &mut c,
            conn,
            "error_report",
            Some(json!({"errcode": -1, "errmsg": "x"})),
            T0,
        );
        assert_eq!(code(&r), 0);
        let acts = c.on_text(
            conn,
            &req("selfhelp_notify", "n", Some(json!({"data": "helloworld"}))),
            T0,
        );
        let t = texts(&acts, conn);
        assert_eq!(
            (code(&t[0]), t[0]["headers"]["req_id"].as_str()),
            (0, Some("n"))
        );
        assert_eq!(t[1]["cmd"], "push_selfhelp_notify");
        assert_eq!(t[1]["body"]["data"], "helloworld");
    }

    #[test]
    fn login_qr_is_a_binary_v1_reply_with_a_decodable_png() {
        let mut c = cloud();
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_text(
            conn,
            &req(
                "gen_login_qrcode",
                "qr-1",
                Some(json!({"state": "Matchine_01", "format_version": 1})),
            ),
            T0,
        );
        let bin = acts
            .iter()
            .find_map(|a| match a {
                Action::Send {
                    msg: Outbound::Binary(b),
                    ..
                } => Some(b.clone()),
                _ => None,
            })
            .expect("binary reply");
        // Decode the layout by hand (2.4.1), not with the codec.
        assert_eq!(&bin[0..4], &[1, 0, 0, 0]);
        assert_eq!(&bin[4..8], &[4, 0, 0, 0]);
        assert_eq!(&bin[8..12], b"qr-1");
        let len = u32::from_le_bytes(bin[12..16].try_into().unwrap()) as usize;
        assert_eq!(bin.len(), 16 + len);
        let img = image::load_from_memory(&bin[16..]).unwrap().to_luma8();
        let mut prep = rqrr::PreparedImage::prepare(img);
        let grids = prep.detect_grids();
        let (_, url) = grids[0].decode().unwrap();
        assert!(url.starts_with(
            "https://open.work.weixin.qq.com/connect/hardware?type=static_login&login_code="
        ));
        assert!(url.ends_with("&state=Matchine_01"), "{url}");
        // Before login: refused with a JSON error.
        let other = c.connect();
        let r = call(
            &mut c,
            other,
            "gen_login_qrcode",
            Some(json!({"state": "s"})),
            T0,
        );
        assert_eq!(code(&r), 600020);
    }

    fn upload_v(version: u32, req_id: &str, data: &[u8], args: Option<&[u8]>) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend(version.to_le_bytes());
        for f in [b"upload_log".as_slice(), req_id.as_bytes(), data] {
            b.extend((f.len() as u32).to_le_bytes());
            b.extend(f);
        }
        if let Some(a) = args {
            b.extend((a.len() as u32).to_le_bytes());
            b.extend(a);
        }
        b
    }

    #[test]
    fn uploads_v1_and_v2_are_stored_and_answered_by_req_id() {
        let mut c = cloud();
        let conn = c.connect();
        let early = c.on_binary(conn, &upload_v(1, "u-0", b"x", None), T0);
        assert_eq!(code(&texts(&early, conn)[0]), 600020);
        online(&mut c, conn);
        let acts = c.on_binary(conn, &upload_v(1, "lb_upload_log", b"hello\n", None), T0);
        assert!(acts.contains(&Action::StoreUpload {
            sn: "E30000000001".into(),
            req_id: "lb_upload_log".into(),
            cmd: "upload_log".into(),
            version: 1,
            data: b"hello\n".to_vec(),
            args: None
        }));
        let r = &texts(&acts, conn)[0];
        assert_eq!(
            (code(r), r["headers"]["req_id"].as_str()),
            (0, Some("lb_upload_log"))
        );
        let acts = c.on_binary(
            conn,
            &upload_v(2, "u-2", b"hello\n", Some(br#"{"k":"v"}"#)),
            T0,
        );
        assert!(acts.iter().any(|a| matches!(a, Action::StoreUpload { version: 2, args: Some(a), .. } if a == br#"{"k":"v"}"#)));
        assert_eq!(
            c.status(T0)["devices"][0]["uploads"]
                .as_array()
                .unwrap()
                .len(),
            2
        );
        // Truncated: dropped, no reply, connection kept.
        let mut t = upload_v(1, "u-3", b"hello\n", None);
        t.truncate(t.len() - 2);
        let acts = c.on_binary(conn, &t, T0);
        assert!(texts(&acts, conn).is_empty());
        assert!(!acts.iter().any(|a| matches!(a, Action::Send { .. })));
    }

    #[test]
    fn oversize_upload_is_600052() {
        let mut c = cloud_with(Config {
            max_upload: 4,
            ..Config::default()
        });
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_binary(conn, &upload_v(1, "big", b"hello", None), T0);
        assert_eq!(code(&texts(&acts, conn)[0]), 600052);
    }

    #[test]
    fn admin_push_drop_and_errors() {
        let mut c = cloud();
        let e = c
            .admin(
                Admin::Bind {
                    sn: "ZZZ".into(),
                    corp: None,
                },
                T0,
            )
            .unwrap_err();
        assert!(e.0.contains("unknown SN ZZZ"));
        let e = c
            .admin(
                Admin::Push {
                    sn: "E30000000001".into(),
                    cmd: "restart".into(),
                    body: None,
                },
                T0,
            )
            .unwrap_err();
        assert!(e.0.contains("not connected"));
        let conn = c.connect();
        online(&mut c, conn);
        for (short, name, body) in [
            ("restart", "push_restart_device", None),
            ("update_firmware", "push_update_firmware", None),
            (
                "fetch_log",
                "push_fetch_log",
                Some(json!({"hint": "wechat"})),
            ),
            (
                "push_user_scan",
                "push_user_scan",
                Some(json!({"userid": "aa", "state": "s"})),
            ),
        ] {
            let (_, acts) = c
                .admin(
                    Admin::Push {
                        sn: "E30000000001".into(),
                        cmd: short.into(),
                        body: body.clone(),
                    },
                    T0,
                )
                .unwrap();
            let t = &texts(&acts, conn)[0];
            assert_eq!(t["cmd"], name);
            assert_eq!(t.get("body"), body.as_ref());
        }
        let (_, acts) = c
            .admin(
                Admin::Drop {
                    sn: "E30000000001".into(),
                },
                T0,
            )
            .unwrap();
        assert!(acts.iter().any(|a| matches!(
            a,
            Action::Send {
                msg: Outbound::Close,
                ..
            }
        )));
        let e = c
            .admin(
                Admin::ResetSecretNo {
                    sn: "E30000000001".into(),
                },
                T0,
            )
            .unwrap_err();
        assert!(e.0.contains("not a seed model"));
    }

    #[test]
    fn snapshot_round_trip_keeps_bindings_and_load_keeps_runtime_state() {
        let mut c = cloud();
        let conn = c.connect();
        let secret = online(&mut c, conn);
        let snap = serde_json::to_string(&c.snapshot()).unwrap();
        let mut d = Cloud::new(Config::default(), serde_json::from_str(&snap).unwrap());
        assert_eq!(
            d.load_devices(vec![DeviceRecord::plain("E30000000001", SECRET_NO)]),
            0
        );
        let conn = d.connect();
        assert_eq!(code(&register(&mut d, conn, T0)), 0);
        let r = call(
            &mut d,
            conn,
            "subscribe_corp",
            Some(json!({"secret": secret})),
            T0,
        );
        assert_eq!(code(&r), 0);
    }

    #[test]
    fn fault_drop_after_frames_fires_the_configured_number_of_times() {
        let mut c = cloud_with(Config {
            faults: Faults {
                drop_after_frames: Some(2),
                times: 1,
                ..Faults::default()
            },
            ..Config::default()
        });
        let closes = |acts: &[Action]| {
            acts.iter()
                .filter(|a| {
                    matches!(
                        a,
                        Action::Send {
                            msg: Outbound::Close,
                            ..
                        }
                    )
                })
                .count()
        };
        let a = c.connect();
        assert_eq!(
            closes(&c.on_text(a, &req("get_timestamp", "1", None), T0)),
            0
        );
        let acts = c.on_text(a, &req("get_timestamp", "2", None), T0);
        // Reply first, then the close.
        assert!(matches!(
            acts.iter().rev().find(|a| matches!(a, Action::Send { .. })),
            Some(Action::Send {
                msg: Outbound::Close,
                ..
            })
        ));
        assert_eq!(texts(&acts, a).len(), 1);
        let b = c.connect();
        for i in 0..4 {
            assert_eq!(
                closes(&c.on_text(b, &req("get_timestamp", &i.to_string(), None), T0)),
                0
            );
        }
    }

    #[test]
    fn fault_errcode_headerless_delay_and_drop_reply() {
        let mut c = cloud_with(Config {
            faults: Faults {
                times: 2,
                errcodes: vec![("ping".into(), 600020)],
                headerless_errors: true,
                delay_ms: 250,
                drop_replies: vec!["get_timestamp".into()],
                ..Faults::default()
            },
            ..Config::default()
        });
        let conn = c.connect();
        online(&mut c, conn);
        for _ in 0..2 {
            let acts = c.on_text(conn, &req("ping", "p", None), T0);
            let t = texts(&acts, conn);
            assert_eq!(code(&t[0]), 600020);
            assert!(t[0].get("headers").is_none());
            assert!(
                acts.iter()
                    .any(|a| matches!(a, Action::Send { delay_ms: 250, .. }))
            );
        }
        assert_eq!(
            code(&call(&mut c, conn, "ping", None, T0)),
            0,
            "fired twice only"
        );
        for _ in 0..2 {
            assert!(texts(&c.on_text(conn, &req("get_timestamp", "t", None), T0), conn).is_empty());
        }
        assert_eq!(code(&call(&mut c, conn, "get_timestamp", None, T0)), 0);
    }

    #[test]
    fn fault_refuse_tls_and_unknown_push() {
        let mut c = cloud_with(Config {
            faults: Faults {
                times: 1,
                refuse_tls: true,
                unknown_push: Some("push_mystery".into()),
                ..Faults::default()
            },
            ..Config::default()
        });
        assert!(!c.admit_tls());
        assert!(c.admit_tls());
        let conn = c.connect();
        let ac = register(&mut c, conn, T0)["body"]["active_code"].clone();
        c.admin(
            Admin::Bind {
                sn: "E30000000001".into(),
                corp: None,
            },
            T0,
        )
        .unwrap();
        let s =
            call(&mut c, conn, "active", Some(json!({"active_code": ac})), T0)["body"]["secret"]
                .clone();
        let acts = c.on_text(
            conn,
            &req("subscribe_corp", "c", Some(json!({"secret": s}))),
            T0,
        );
        let t = texts(&acts, conn);
        assert_eq!(code(&t[0]), 0);
        assert_eq!(t[1]["cmd"], "push_mystery");
    }

    #[test]
    fn fault_truncated_binary_reply_once() {
        let mut c = cloud_with(Config {
            faults: Faults {
                times: 1,
                truncate_binary: true,
                ..Faults::default()
            },
            ..Config::default()
        });
        let conn = c.connect();
        online(&mut c, conn);
        let sizes: Vec<(usize, usize)> = (0..2)
            .map(|_| {
                let acts = c.on_text(
                    conn,
                    &req("gen_login_qrcode", "q", Some(json!({"state": "s"}))),
                    T0,
                );
                let b = acts
                    .iter()
                    .find_map(|a| match a {
                        Action::Send {
                            msg: Outbound::Binary(b),
                            ..
                        } => Some(b.clone()),
                        _ => None,
                    })
                    .unwrap();
                let declared = u32::from_le_bytes(b[9..13].try_into().unwrap()) as usize;
                (b.len(), 13 + declared)
            })
            .collect();
        assert!(
            sizes[0].0 < sizes[0].1,
            "first reply shorter than it declares"
        );
        assert_eq!(sizes[1].0, sizes[1].1, "second reply whole");
    }

    fn adversarial(mode: Adversarial) -> Cloud {
        cloud_with(Config {
            faults: Faults {
                times: 1,
                adversarial: vec![mode],
                ..Faults::default()
            },
            ..Config::default()
        })
    }

    fn sent(acts: &[Action]) -> Vec<Outbound> {
        acts.iter()
            .filter_map(|a| match a {
                Action::Send { msg, .. } => Some(msg.clone()),
                _ => None,
            })
            .collect()
    }

    fn fault_fired(acts: &[Action], mode: Adversarial) -> bool {
        acts.iter().any(|a| {
            matches!(a, Action::Log(e) if e.data["event"] == "fault" && e.data["fault"] == mode.name())
        })
    }

    #[test]
    fn login_replies_are_never_targets_of_the_post_login_modes() {
        for mode in [
            Adversarial::OversizeText,
            Adversarial::InvalidUtf8,
            Adversarial::ReorderReplies,
            Adversarial::PingFlood,
        ] {
            let mut c = adversarial(mode);
            let conn = c.connect();
            online(&mut c, conn); // `call` asserts one plain text reply per step
            let acts = c.on_text(conn, &req("get_corp_info", "g", None), T0);
            assert!(fault_fired(&acts, mode), "{mode:?}");
            // Counted: the next reply is plain again.
            let acts = c.on_text(conn, &req("get_corp_info", "g2", None), T0);
            assert!(matches!(&sent(&acts)[..], [Outbound::Text(_)]), "{mode:?}");
        }
    }

    #[test]
    fn post_login_rewrites() {
        let mut c = adversarial(Adversarial::OversizeText);
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_text(conn, &req("get_corp_info", "g", None), T0);
        let [Outbound::Text(t)] = &sent(&acts)[..] else {
            panic!("{acts:?}")
        };
        assert_eq!(t.len(), OVERSIZE_BYTES);
        // Still the real reply, with one unknown key more.
        let v: Value = serde_json::from_str(t).unwrap();
        assert_eq!(v["body"]["corp_name"], "Emulated Corp");

        let mut c = adversarial(Adversarial::InvalidUtf8);
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_text(conn, &req("get_corp_info", "g", None), T0);
        let [Outbound::RawText(b)] = &sent(&acts)[..] else {
            panic!("{acts:?}")
        };
        assert!(std::str::from_utf8(b).is_err());

        let mut c = adversarial(Adversarial::ReorderReplies);
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_text(conn, &req("get_corp_info", "g", None), T0);
        assert!(matches!(&sent(&acts)[..], [Outbound::Held(_)]));

        let mut c = adversarial(Adversarial::PingFlood);
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_text(conn, &req("ping", "p", None), T0);
        assert!(matches!(
            &sent(&acts)[..],
            [Outbound::Text(_), Outbound::PingFlood(PING_FLOOD)]
        ));
    }

    #[test]
    fn wrong_req_id_hits_the_first_reply_only() {
        let mut c = adversarial(Adversarial::WrongReqId);
        let conn = c.connect();
        let acts = c.on_text(conn, &req("get_timestamp", "t-1", None), T0);
        assert_eq!(texts(&acts, conn)[0]["headers"]["req_id"], "t-1-not-yours");
        let acts = c.on_text(conn, &req("get_timestamp", "t-2", None), T0);
        assert_eq!(texts(&acts, conn)[0]["headers"]["req_id"], "t-2");
    }

    #[test]
    fn push_before_subscribe_precedes_the_first_reply_of_a_connection() {
        let mut c = adversarial(Adversarial::PushBeforeSubscribe);
        let conn = c.connect();
        let acts = c.on_text(conn, &req("get_timestamp", "t-1", None), T0);
        let t = texts(&acts, conn);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0]["cmd"], "push_unbind_corp");
        assert_eq!(t[1]["headers"]["req_id"], "t-1");
        // Nothing was actually unbound or changed.
        assert!(!acts.iter().any(|a| matches!(a, Action::Persist)));
    }

    #[test]
    fn duplicate_keys_put_an_unbind_first() {
        let mut c = adversarial(Adversarial::DuplicateKeys);
        let conn = c.connect();
        register(&mut c, conn, T0);
        // The first push of all, here the bind of a registered device.
        let (_, acts) = c
            .admin(
                Admin::Bind {
                    sn: "E30000000001".into(),
                    corp: None,
                },
                T0,
            )
            .unwrap();
        let [Outbound::Text(t)] = &sent(&acts)[..] else {
            panic!("{acts:?}")
        };
        assert!(
            t.starts_with(r#"{"cmd":"push_unbind_corp","cmd":"push_bind_corp""#),
            "{t}"
        );
    }

    #[test]
    fn lying_binary_lengths() {
        for (mode, check) in [
            (Adversarial::BinaryLenLong, FrameErrorKind::Truncated),
            (Adversarial::BinaryLenShort, FrameErrorKind::Trailing),
            (Adversarial::BinaryLenHuge, FrameErrorKind::TooLong),
        ] {
            let mut c = adversarial(mode);
            let conn = c.connect();
            online(&mut c, conn);
            let acts = c.on_text(conn, &req("gen_login_qrcode", "q", None), T0);
            let [Outbound::Binary(b)] = &sent(&acts)[..] else {
                panic!("{acts:?}")
            };
            let e = BinaryReply::decode(b).unwrap_err();
            let kind = match e {
                crate::core::wss::frame::FrameError::Truncated { .. } => FrameErrorKind::Truncated,
                crate::core::wss::frame::FrameError::Trailing(_) => FrameErrorKind::Trailing,
                crate::core::wss::frame::FrameError::TooLong { .. } => FrameErrorKind::TooLong,
                other => panic!("{other}"),
            };
            assert_eq!(kind, check, "{mode:?}");
            assert_eq!(BinaryReply::peek_req_id(b).as_deref(), Some("q"));
        }
        let mut c = adversarial(Adversarial::OversizeBinary);
        let conn = c.connect();
        online(&mut c, conn);
        let acts = c.on_text(conn, &req("gen_login_qrcode", "q", None), T0);
        let [Outbound::Fragmented(b)] = &sent(&acts)[..] else {
            panic!("{acts:?}")
        };
        let r = BinaryReply::decode(b).unwrap();
        assert_eq!(r.data.len(), OVERSIZE_BYTES);
        assert!(r.data.starts_with(b"\x89PNG"));
    }

    #[derive(Debug, PartialEq)]
    enum FrameErrorKind {
        Truncated,
        Trailing,
        TooLong,
    }

    #[test]
    fn split_bytes_is_asked_per_connection_and_counted() {
        let mut c = cloud_with(Config {
            faults: Faults {
                times: 2,
                adversarial: vec![Adversarial::SplitBytes],
                ..Faults::default()
            },
            ..Config::default()
        });
        let fired: Vec<bool> = (0..3)
            .map(|_| {
                let conn = c.connect();
                !c.split_bytes(conn).is_empty()
            })
            .collect();
        assert_eq!(fired, [true, true, false]);
    }
}
