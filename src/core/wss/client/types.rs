//! The device's inputs, outputs and persisted state: everything a driver touches.

use super::{Doing, Part, Reason};
use crate::core::secret::Secret;
use crate::core::wss::messages::{Command, NetInfo, cmd};
use serde_json::Value;
use std::time::Duration;

/// Timing and identity. Every assumed value of the spec is a field here, so the CLI can
/// expose it.
#[derive(Clone)]
pub struct Config {
    pub sn: String,
    /// The SecretNo, or the seedSecretNo when `seed` is set.
    pub secret_no: Secret,
    /// The secret given is a shared seedSecretNo: run `get_secret_no` once (6.2).
    pub seed: bool,
    pub firmware_version: String,
    pub net_info: Option<NetInfo>,
    pub ext_args: Option<Value>,
    /// Heartbeat interval, 20–40 s (6.6, default 30 s).
    pub ping_interval: Duration,
    /// `active` polling while unbound (6.4, 5 s).
    pub poll_interval: Duration,
    /// Resend of `get_timestamp`/`register`/`active` without reply (4.2, 5 s).
    pub resend_after: Duration,
    /// Every other request, and each ping (6.6, 10 s).
    pub request_timeout: Duration,
    /// Heartbeats without reply before reconnecting (6.6, 3).
    pub max_missed_pongs: u32,
    /// Resends of one lifecycle step before the connection is considered dead (assumed, 3).
    pub max_resends: u32,
    /// Reconnect backoff: exponential from `backoff_min` to `backoff_max`, ±`jitter`
    /// (fraction), reset after `backoff_reset_after` online (9: 1 s → 60 s, ±20 %, 60 s).
    pub backoff_min: Duration,
    pub backoff_max: Duration,
    pub jitter: f64,
    pub backoff_reset_after: Duration,
    /// Periodic `get_timestamp` while online (6.1, 12 h).
    pub resync_every: Duration,
    /// Clock offset from which a [`Lifecycle::ClockSkew`] warning is emitted (9: Client L
    /// reacts at 5 s).
    pub skew_warn: Duration,
}

impl Config {
    pub fn new(sn: impl Into<String>, secret_no: Secret, seed: bool) -> Config {
        Config {
            sn: sn.into(),
            secret_no,
            seed,
            firmware_version: "1.0.0".into(),
            net_info: None,
            ext_args: None,
            ping_interval: Duration::from_secs(30),
            poll_interval: Duration::from_secs(5),
            resend_after: Duration::from_secs(5),
            request_timeout: Duration::from_secs(10),
            max_missed_pongs: 3,
            max_resends: 3,
            backoff_min: Duration::from_secs(1),
            backoff_max: Duration::from_secs(60),
            jitter: 0.2,
            backoff_reset_after: Duration::from_secs(60),
            resync_every: Duration::from_secs(12 * 3600),
            skew_warn: Duration::from_secs(5),
        }
    }
}

/// What the device keeps across runs (4.4). All three are credentials.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Persisted {
    /// The per-device SecretNo obtained by the seed exchange.
    pub secret_no: Option<Secret>,
    pub active_code: Option<Secret>,
    pub secret: Option<Secret>,
}

/// What a signed request (`register`, `get_secret_no`) was signed with; nothing secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Signed {
    pub timestamp: u64,
    pub nonce: u64,
}

/// The lifecycle states of 4.2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Disconnected,
    TimeSync,
    SecretExchange,
    Registering,
    Activating,
    Subscribing,
    Online,
    /// After a fatal error or a shutdown: nothing more happens.
    Stopped,
}

/// A one-shot request from the user, sent once the device is online.
#[derive(Debug, Clone)]
pub enum Call {
    Command(Command),
    /// `upload_log` as a binary v1 upload (6.8).
    UploadLog(Vec<u8>),
}

impl Call {
    pub fn name(&self) -> &'static str {
        match self {
            Call::Command(c) => c.name(),
            Call::UploadLog(_) => cmd::UPLOAD_LOG,
        }
    }
}

/// Input from the driver.
#[derive(Debug)]
pub enum Event {
    /// TLS and the WebSocket upgrade succeeded.
    Connected,
    /// The connection attempt failed.
    ConnectFailed(Reason),
    Text(String),
    Binary(Vec<u8>),
    /// The socket closed or failed.
    Closed(Reason),
    /// Send this call once online; its outcome comes back as `CallReply`/`CallBinary`/
    /// `CallFailed` with the same id.
    Call {
        id: u64,
        call: Call,
    },
    /// Close cleanly and stop (Ctrl-C).
    Shutdown,
}

/// Output for the driver, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Connect after this delay (0 for the first attempt).
    Connect {
        after: Duration,
        attempt: u32,
    },
    SendText(String),
    SendBinary(Vec<u8>),
    /// Write the persisted state (atomically) before going on.
    Persist(Persisted),
    Emit(Lifecycle),
    /// Close the socket (no `Closed` event needs to follow).
    Close,
}

/// What happened, for humans (stderr lines) and scripts (`--json`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Lifecycle {
    Connected,
    TimeSynced {
        server_time: u64,
        offset_secs: i64,
    },
    ClockSkew {
        offset_secs: i64,
    },
    SecretExchanged {
        secret_no_fingerprint: String,
    },
    Registered {
        /// false when the cloud said "already registered" (600002/600012).
        new_registration: bool,
        active_code_changed: bool,
    },
    WaitingForBind {
        errcode: i64,
        polls: u32,
    },
    Bound {
        secret_changed: bool,
    },
    Subscribed,
    Pong {
        rtt_ms: u64,
    },
    PongMissed {
        missed: u32,
    },
    Push {
        cmd: String,
        req_id: String,
        body: Option<Value>,
    },
    Unbound {
        reason: Reason,
    },
    CloudError {
        step: String,
        errcode: i64,
        errmsg: String,
    },
    Resend {
        cmd: String,
        attempt: u32,
    },
    /// The state machine started over on the same connection.
    Restart {
        reason: Reason,
    },
    Malformed {
        /// The stable English record (`--json`).
        detail: String,
        /// What the device was doing (e.g. "waiting for `register`", "online").
        step: Doing,
        /// What was malformed, for a person.
        #[serde(skip)]
        part: Part,
        /// The parser's own detail, shown after the catalog sentence as data.
        #[serde(skip)]
        error: String,
    },
    /// A reply whose req_id matches nothing in flight: late, or not ours. `step` says what
    /// the device was waiting for.
    LateReply {
        req_id: String,
        step: Doing,
    },
    /// A push that arrived before `register` succeeded on this connection: it cannot be
    /// for this device yet, so it is ignored (an unbind would otherwise wipe the secret).
    PushIgnored {
        cmd: String,
        step: Doing,
    },
    /// The cloud sent more than [`PING_FLOOD_PER_SEC`](crate::net::client::PING_FLOOD_PER_SEC)
    /// WebSocket pings within a second (reported once a second; each is answered).
    PingFlood {
        pings: u32,
    },
    Disconnected {
        reason: Reason,
    },
    Reconnecting {
        after_ms: u64,
        attempt: u32,
    },
    CallReply {
        id: u64,
        cmd: String,
        errcode: i64,
        errmsg: String,
        body: Option<Value>,
    },
    CallBinary {
        id: u64,
        cmd: String,
        #[serde(skip)]
        data: Vec<u8>,
        len: usize,
    },
    CallFailed {
        id: u64,
        cmd: String,
        reason: Reason,
        /// No answer in time (else: the answer was unusable, e.g. a malformed binary reply).
        timed_out: bool,
    },
    /// A configuration error the device cannot fix by retrying (unknown SN, wrong secret,
    /// expired device, another live connection of the SN, ...). The machine stops.
    Fatal {
        step: String,
        errcode: i64,
        errmsg: String,
        /// The timestamp and nonce the refused request was signed with (`register`,
        /// `get_secret_no`), so the user can recompute the signature with `wecom-hw sign`.
        #[serde(skip_serializing_if = "Option::is_none")]
        signed: Option<Signed>,
        /// 600023 that outlived every clock sync: the cloud's own errmsg and how many syncs
        /// were tried, so the edge words it for people; `errmsg` above is the stable
        /// English record `--json` carries.
        #[serde(skip)]
        still_stale: Option<(String, u32)>,
    },
    Stopped,
}
