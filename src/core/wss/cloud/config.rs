//! What `cloud serve` is told: the behaviour the spec leaves open, and the faults to inject.

use crate::core::errcode;

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
            resubscribe_errcode: errcode::CONN_ALREADY_SUBSCRIBED,
            unbound_errcode: errcode::NOT_AUTHORISED,
            unknown_cmd_errcode: errcode::SYSTEM_BUSY,
            malformed_errcode: errcode::SYSTEM_BUSY,
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
    /// Every mode, in the order `--help` lists them.
    pub const ALL: [Adversarial; 12] = [
        Adversarial::OversizeText,
        Adversarial::OversizeBinary,
        Adversarial::SplitBytes,
        Adversarial::InvalidUtf8,
        Adversarial::DuplicateKeys,
        Adversarial::WrongReqId,
        Adversarial::PushBeforeSubscribe,
        Adversarial::BinaryLenLong,
        Adversarial::BinaryLenShort,
        Adversarial::BinaryLenHuge,
        Adversarial::PingFlood,
        Adversarial::ReorderReplies,
    ];

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

/// The on/off faults an operator may switch while the emulator runs (the console's fault
/// switches, through the control socket), by their `cloud serve` flag names: the three
/// boolean faults, then every adversarial mode. The valued faults (delay, errcodes,
/// dropped replies, drop after N frames, unknown push) stay as `serve` was started.
pub const SWITCHES: [&str; 3] = ["headerless", "refuse-tls", "truncate-binary"];

impl Faults {
    /// Whether the switch `name` is on; `None` for a name that is no switch.
    pub fn switch(&self, name: &str) -> Option<bool> {
        match name {
            "headerless" => Some(self.headerless_errors),
            "refuse-tls" => Some(self.refuse_tls),
            "truncate-binary" => Some(self.truncate_binary),
            _ => Adversarial::ALL
                .into_iter()
                .find(|m| m.name() == name)
                .map(|m| self.adversarial.contains(&m)),
        }
    }

    /// Turns the switch `name` on or off. Returns the counter name its firings are
    /// counted under (the caller resets it, so a fault switched on fires `times` times
    /// from now), or `None` for a name that is no switch (nothing changes then).
    pub fn set_switch(&mut self, name: &str, on: bool) -> Option<&'static str> {
        match name {
            "headerless" => {
                self.headerless_errors = on;
                Some("headerless")
            }
            "refuse-tls" => {
                self.refuse_tls = on;
                Some("refuse_tls")
            }
            "truncate-binary" => {
                self.truncate_binary = on;
                Some("truncate_binary")
            }
            _ => {
                let m = Adversarial::ALL.into_iter().find(|m| m.name() == name)?;
                self.adversarial.retain(|x| *x != m);
                if on {
                    self.adversarial.push(m);
                }
                Some(m.name())
            }
        }
    }

    /// Every switch with its state, booleans first, then the adversarial modes.
    pub fn switches(&self) -> Vec<(&'static str, bool)> {
        SWITCHES
            .into_iter()
            .chain(Adversarial::ALL.into_iter().map(Adversarial::name))
            .map(|n| (n, self.switch(n).unwrap_or(false)))
            .collect()
    }
}
