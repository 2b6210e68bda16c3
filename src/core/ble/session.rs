//! The phone-side session (`ble.md` 6.1/6.2), sans-IO: the driver feeds it indications, the
//! FCC9 value, signatures and the time; it answers with packets to send and what to do next.
//!
//! ```text
//! wait 10001 → sign → send 20001 → wait 10002 → send 20002 → read FCC9
//!   → (version ≥ 2) send 30004, wait status → goal:
//!      status:    done
//!      wifi-list: send the configured request, wait for the configured answer
//!      provision: send 30003, wait for 10004 with wifi_connected
//! ```
//! Every waiting step has its own deadline; a timeout names the step.

use super::command::{
    self, BodyError, Confirm, Done, Hello, HelloReply, SetWifi, Status, WifiListIds,
};
use super::frame::{DEFAULT_MAX_PACKET, Dropped, Packet, Reassembler};
use super::info::Info;
use super::signer::{SignAnswer, SignRequest};
use serde::Serialize;

/// Where a session (or the driver around it) is; names appear in errors, `--json` and traces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Adapter,
    Scan,
    Connect,
    HandshakeStart,
    Sign,
    HandshakeConfirm,
    ReadInfo,
    Status,
    WifiList,
    WifiReport,
}

impl Step {
    pub fn name(self) -> &'static str {
        match self {
            Step::Adapter => "adapter",
            Step::Scan => "scan",
            Step::Connect => "connect",
            Step::HandshakeStart => "handshake-start",
            Step::Sign => "sign",
            Step::HandshakeConfirm => "handshake-confirm",
            Step::ReadInfo => "read-info",
            Step::Status => "status",
            Step::WifiList => "wifi-list",
            Step::WifiReport => "wifi-report",
        }
    }

    /// What we were waiting for, for a technician.
    pub fn waiting_for(self) -> &'static str {
        match self {
            Step::Adapter => "the Bluetooth adapter",
            Step::Scan => "a WeCom device to advertise",
            Step::Connect => "the GATT connection",
            Step::HandshakeStart => "the device's handshake start (10001)",
            Step::Sign => "the handshake signer",
            Step::HandshakeConfirm => {
                "the device's handshake confirmation (10002) after our signature (20001)"
            }
            Step::ReadInfo => "the info characteristic FCC9",
            Step::Status => "the device's status answer to 30004",
            Step::WifiList => "the device's Wi-Fi list",
            Step::WifiReport => "the device's Wi-Fi report (10004) after set-wifi (30003)",
        }
    }

    /// Every step name, for `--step-timeout` help and parsing.
    pub const TIMED: [Step; 8] = [
        Step::Connect,
        Step::HandshakeStart,
        Step::Sign,
        Step::HandshakeConfirm,
        Step::ReadInfo,
        Step::Status,
        Step::WifiList,
        Step::WifiReport,
    ];

    pub fn parse(name: &str) -> Option<Step> {
        Step::TIMED.into_iter().find(|s| s.name() == name)
    }
}

/// Per-step timeouts in milliseconds; defaults from App 3.0.2 (`ble.md` 4.6), *assumed* for
/// steps the App does not time separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    pub connect: u64,
    pub handshake_start: u64,
    pub sign: u64,
    pub handshake_confirm: u64,
    pub read_info: u64,
    pub status: u64,
    pub wifi_list: u64,
    pub wifi_report: u64,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect: 10_000,
            handshake_start: 10_000,
            sign: 15_000,
            handshake_confirm: 10_000,
            read_info: 10_000,
            status: 10_000,
            wifi_list: 10_000,
            wifi_report: 30_000,
        }
    }
}

impl Timeouts {
    pub fn get(&self, step: Step) -> u64 {
        match step {
            Step::Connect => self.connect,
            Step::HandshakeStart => self.handshake_start,
            Step::Sign => self.sign,
            Step::HandshakeConfirm => self.handshake_confirm,
            Step::ReadInfo => self.read_info,
            Step::Status => self.status,
            Step::WifiList => self.wifi_list,
            Step::WifiReport => self.wifi_report,
            Step::Adapter | Step::Scan => self.connect,
        }
    }

    pub fn set(&mut self, step: Step, ms: u64) {
        let slot = match step {
            Step::Connect | Step::Adapter | Step::Scan => &mut self.connect,
            Step::HandshakeStart => &mut self.handshake_start,
            Step::Sign => &mut self.sign,
            Step::HandshakeConfirm => &mut self.handshake_confirm,
            Step::ReadInfo => &mut self.read_info,
            Step::Status => &mut self.status,
            Step::WifiList => &mut self.wifi_list,
            Step::WifiReport => &mut self.wifi_report,
        };
        *slot = ms;
    }
}

/// What the session is for.
#[derive(Debug, Clone)]
pub enum Goal {
    /// Handshake, FCC9, status.
    Status,
    /// Handshake, FCC9, status, then the Wi-Fi scan list.
    WifiList,
    /// Handshake, FCC9, status, then set Wi-Fi and wait for the report.
    Provision(SetWifi),
}

#[derive(Debug, Clone)]
pub struct SessionConfig {
    pub timeouts: Timeouts,
    pub wifi_ids: WifiListIds,
    /// The server nonce we propose to the signer (random in production, fixed in tests).
    pub server_nonce: u64,
    pub max_packet: usize,
    /// Abort right after 10001 when the device reports another SN (wrong unit), before
    /// anything is sent to it.
    pub expected_sn: Option<String>,
}

impl SessionConfig {
    pub fn new(server_nonce: u64) -> SessionConfig {
        SessionConfig {
            timeouts: Timeouts::default(),
            wifi_ids: WifiListIds::default(),
            server_nonce,
            max_packet: DEFAULT_MAX_PACKET,
            expected_sn: None,
        }
    }
}

/// Why a session failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "kebab-case")]
pub enum FailKind {
    /// Nothing usable arrived before the step's deadline.
    Timeout,
    /// The device sent something we cannot use.
    Malformed(String),
    /// The device said no: an errcode.
    Refused(Refusal),
    /// The device reported `wifi_connected: false` for this SSID. `--json` shows it as
    /// a `refused` whose `detail` is the stable English sentence it has always been.
    #[serde(rename = "refused", serialize_with = "wifi_refused_detail")]
    WifiRefused(String),
    /// The signer failed.
    Signer(String),
    /// The device is not the one asked for (its SN differs).
    WrongDevice(WrongSn),
}

/// A device packet carrying errcode ≠ 0: typed so the edge words it for the reader; `--json`
/// carries [`Refusal::stable`], the English sentence it has always been.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub cmd: u16,
    pub errcode: i64,
    pub errmsg: String,
}

impl Refusal {
    /// The stable English record (`--json` `detail`, logs, the trace).
    pub fn stable(&self) -> String {
        format!(
            "the device answered {} with errcode {} {}",
            self.cmd, self.errcode, self.errmsg
        )
    }
}

impl Serialize for Refusal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.stable())
    }
}

/// The device announced another SN than the one asked for; `--json` carries
/// [`WrongSn::stable`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongSn {
    pub got: String,
    pub want: String,
}

impl WrongSn {
    /// The stable English record (`--json` `detail`, logs, the trace).
    pub fn stable(&self) -> String {
        format!("the device says SN {}, expected {}", self.got, self.want)
    }
}

impl Serialize for WrongSn {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.stable())
    }
}

/// Something odd but not fatal, typed so the edge words it (`ble::words::warning`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A packet that fits no step, while waiting for `step`.
    Ignored {
        cmd: u16,
        name: &'static str,
        step: Step,
    },
    /// A protocol-version-1 device: no status command.
    NoStatusCommand,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionError {
    pub step: Step,
    #[serde(flatten)]
    pub kind: FailKind,
}

impl std::fmt::Display for SessionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.step.name();
        match &self.kind {
            FailKind::Timeout => write!(
                f,
                "step {s}: timed out waiting for {}",
                self.step.waiting_for()
            ),
            FailKind::Malformed(m) => {
                write!(f, "step {s}: the device sent a malformed packet: {m}")
            }
            FailKind::Refused(r) => write!(f, "step {s}: {}", r.stable()),
            FailKind::WifiRefused(ssid) => write!(f, "step {s}: {}", wifi_refused_en(ssid)),
            FailKind::Signer(m) => write!(f, "step {s}: the handshake signer failed: {m}"),
            FailKind::WrongDevice(w) => write!(f, "step {s}: wrong device: {}", w.stable()),
        }
    }
}

/// The stable English record of a Wi-Fi refusal (`--json` `detail`, logs).
fn wifi_refused_en(ssid: &str) -> String {
    format!(
        "the device reports wifi_connected: false for \"{ssid}\" (wrong password, out of range, or MAC not whitelisted)"
    )
}

fn wifi_refused_detail<S: serde::Serializer>(ssid: &str, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&wifi_refused_en(ssid))
}

/// What a finished session learned.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Outcome {
    pub sn: String,
    pub scene: String,
    /// The request our signer answered (for `check_device`).
    #[serde(skip)]
    pub sign_request: Option<SignRequest>,
    /// The device's 10002 signature.
    pub device_signature: String,
    pub info: Option<Info>,
    /// Answer to 30004 (only when FCC9 version ≥ 2).
    pub status: Option<Status>,
    /// The Wi-Fi list answer, as sent.
    pub wifi_list: Option<serde_json::Value>,
    /// The 10004 report after 30003.
    pub report: Option<Status>,
}

/// What the driver must do.
#[derive(Debug, Clone)]
pub enum Action {
    /// Fragment into 20-byte frames and write them, one at a time.
    Send(Packet),
    /// Read FCC9 and call [`Session::on_info`].
    ReadInfo,
    /// Run the signer and call [`Session::on_signed`].
    Sign(SignRequest),
    /// A packet arrived (for the trace).
    Received(Packet),
    /// Something odd but not fatal, for stderr.
    Warn(Warning),
    Finished(Box<Outcome>),
    Failed(SessionError),
}

#[derive(Debug, Clone)]
enum State {
    WaitHello,
    Signing { seq: u16 },
    WaitConfirm,
    ReadingInfo,
    WaitStatus,
    WaitWifiList,
    WaitReport,
    Over,
}

pub struct Session {
    goal: Goal,
    cfg: SessionConfig,
    state: State,
    deadline: Option<u64>,
    rx: Reassembler,
    out: Outcome,
}

impl Session {
    /// A session that starts by waiting for 10001 (the device sends it once indications are on).
    pub fn new(goal: Goal, cfg: SessionConfig, now_ms: u64) -> Session {
        let rx = Reassembler::new(cfg.max_packet);
        let mut s = Session {
            goal,
            cfg,
            state: State::WaitHello,
            deadline: None,
            rx,
            out: Outcome::default(),
        };
        s.arm(Step::HandshakeStart, now_ms);
        s
    }

    pub fn step(&self) -> Step {
        match self.state {
            State::WaitHello => Step::HandshakeStart,
            State::Signing { .. } => Step::Sign,
            State::WaitConfirm => Step::HandshakeConfirm,
            State::ReadingInfo => Step::ReadInfo,
            State::WaitStatus => Step::Status,
            State::WaitWifiList => Step::WifiList,
            State::WaitReport | State::Over => match self.goal {
                Goal::Provision(_) => Step::WifiReport,
                Goal::WifiList => Step::WifiList,
                Goal::Status => Step::Status,
            },
        }
    }

    /// When [`Session::on_tick`] must be called at the latest.
    pub fn deadline(&self) -> Option<u64> {
        self.deadline
    }

    pub fn is_over(&self) -> bool {
        matches!(self.state, State::Over)
    }

    /// What the reassembler discarded so far (wrong header version, garbage, ...).
    pub fn dropped(&self) -> Dropped {
        self.rx.dropped
    }

    fn arm(&mut self, step: Step, now: u64) {
        self.deadline = Some(now.saturating_add(self.cfg.timeouts.get(step)));
    }

    fn fail(&mut self, kind: FailKind) -> Action {
        let step = self.step();
        self.state = State::Over;
        self.deadline = None;
        Action::Failed(SessionError { step, kind })
    }

    fn finish(&mut self) -> Action {
        self.state = State::Over;
        self.deadline = None;
        Action::Finished(Box::new(std::mem::take(&mut self.out)))
    }

    /// Time passes; fails the current step once its deadline is reached.
    pub fn on_tick(&mut self, now: u64) -> Vec<Action> {
        match self.deadline {
            Some(d) if now >= d && !self.is_over() => vec![self.fail(FailKind::Timeout)],
            _ => Vec::new(),
        }
    }

    /// One FCC8 indication (any length).
    pub fn on_indication(&mut self, bytes: &[u8], now: u64) -> Vec<Action> {
        let mut actions = Vec::new();
        for p in self.rx.push(bytes, now) {
            actions.push(Action::Received(p.clone()));
            if self.is_over() {
                continue;
            }
            actions.extend(self.on_packet(p, now));
        }
        actions
    }

    fn malformed(&mut self, p: &Packet, e: BodyError) -> Action {
        self.fail(FailKind::Malformed(format!(
            "{} ({}): {e}",
            p.cmd,
            command::name(p.cmd, &self.cfg.wifi_ids)
        )))
    }

    fn ignored(&self, p: &Packet) -> Action {
        Action::Warn(Warning::Ignored {
            cmd: p.cmd,
            name: command::name(p.cmd, &self.cfg.wifi_ids),
            step: self.step(),
        })
    }

    /// An errcode ≠ 0 in any device packet means the device refused (our reading).
    fn refusal(p: &Packet) -> Option<Refusal> {
        let v: serde_json::Value = serde_json::from_slice(&p.body).ok()?;
        let code = v.get("errcode")?.as_i64()?;
        (code != 0).then(|| {
            let msg = v.get("errmsg").and_then(|m| m.as_str()).unwrap_or("");
            Refusal {
                cmd: p.cmd,
                errcode: code,
                errmsg: msg.to_owned(),
            }
        })
    }

    fn on_packet(&mut self, p: Packet, now: u64) -> Vec<Action> {
        if let Some(why) = Self::refusal(&p) {
            return vec![self.fail(FailKind::Refused(why))];
        }
        match self.state {
            State::WaitHello if p.cmd == command::HELLO => match Hello::parse(&p.body) {
                Ok(h)
                    if self
                        .cfg
                        .expected_sn
                        .as_ref()
                        .is_some_and(|want| *want != h.sn) =>
                {
                    let want = self.cfg.expected_sn.clone().unwrap_or_default();
                    vec![self.fail(FailKind::WrongDevice(WrongSn {
                        got: h.sn.clone(),
                        want,
                    }))]
                }
                Ok(h) => {
                    let req = SignRequest {
                        sn: h.sn.clone(),
                        client_nonce: h.client_nonce,
                        scene: h.scene.clone(),
                        server_nonce: self.cfg.server_nonce.to_string(),
                    };
                    self.out.sn = h.sn;
                    self.out.scene = h.scene;
                    self.state = State::Signing { seq: p.seq };
                    self.arm(Step::Sign, now);
                    vec![Action::Sign(req)]
                }
                Err(e) => vec![self.malformed(&p, e)],
            },
            State::WaitConfirm if p.cmd == command::CONFIRM => match Confirm::parse(&p.body) {
                Ok(c) => {
                    self.out.device_signature = c.signature;
                    self.state = State::ReadingInfo;
                    self.arm(Step::ReadInfo, now);
                    vec![
                        Action::Send(Packet::new(
                            command::CONFIRM_REPLY,
                            p.seq,
                            command::to_body(&Done::ok()),
                        )),
                        Action::ReadInfo,
                    ]
                }
                Err(e) => vec![self.malformed(&p, e)],
            },
            // The App takes the next packet as the status answer, whatever its ID (`ble.md` 5.8).
            State::WaitStatus => match Status::parse(&p.body) {
                Ok(st) => {
                    self.out.status = Some(st);
                    self.after_status(now)
                }
                Err(e) => vec![self.malformed(&p, e)],
            },
            State::WaitWifiList if p.cmd == self.cfg.wifi_ids.answer => {
                self.out.wifi_list = Some(command::masked_json(&p.body));
                vec![self.finish()]
            }
            State::WaitReport if p.cmd == command::REPORT => match Status::parse_report(&p.body) {
                Ok(st) if st.wifi_connected => {
                    self.out.report = Some(st);
                    vec![self.finish()]
                }
                Ok(st) => {
                    let ssid = match &self.goal {
                        Goal::Provision(w) => w.ssid.clone(),
                        _ => String::new(),
                    };
                    self.out.report = Some(st);
                    vec![self.fail(FailKind::WifiRefused(ssid))]
                }
                Err(e) => vec![self.malformed(&p, e)],
            },
            _ => vec![self.ignored(&p)],
        }
    }

    /// The signer's answer to [`Action::Sign`].
    pub fn on_signed(
        &mut self,
        req: SignRequest,
        answer: Result<SignAnswer, String>,
        now: u64,
    ) -> Vec<Action> {
        let State::Signing { seq } = self.state else {
            return Vec::new();
        };
        match answer {
            Ok(a) => {
                let mut req = req;
                if let Some(n) = a.server_nonce {
                    req.server_nonce = n;
                }
                let body = command::to_body(&HelloReply::ok(req.server_nonce.clone(), a.signature));
                self.out.sign_request = Some(req);
                self.state = State::WaitConfirm;
                self.arm(Step::HandshakeConfirm, now);
                vec![Action::Send(Packet::new(command::HELLO_REPLY, seq, body))]
            }
            Err(e) => vec![self.fail(FailKind::Signer(e))],
        }
    }

    /// The FCC9 value, after [`Action::ReadInfo`].
    pub fn on_info(&mut self, bytes: &[u8], now: u64) -> Vec<Action> {
        if !matches!(self.state, State::ReadingInfo) {
            return Vec::new();
        }
        let info = Info::decode(bytes);
        let v2 = info.supports_status();
        self.out.info = Some(info);
        if v2 {
            self.state = State::WaitStatus;
            self.arm(Step::Status, now);
            vec![Action::Send(Packet::new(
                command::GET_STATUS,
                0,
                Vec::new(),
            ))]
        } else {
            let mut a = vec![Action::Warn(Warning::NoStatusCommand)];
            a.extend(self.after_status(now));
            a
        }
    }

    fn after_status(&mut self, now: u64) -> Vec<Action> {
        match &self.goal {
            Goal::Status => vec![self.finish()],
            Goal::WifiList => {
                self.state = State::WaitWifiList;
                self.arm(Step::WifiList, now);
                vec![Action::Send(Packet::new(
                    self.cfg.wifi_ids.request,
                    0,
                    Vec::new(),
                ))]
            }
            Goal::Provision(w) => {
                let body = w.body().to_vec();
                self.state = State::WaitReport;
                self.arm(Step::WifiReport, now);
                vec![Action::Send(Packet::new(command::SET_WIFI, 0, body))]
            }
        }
    }
}

/// One NDJSON trace record of a packet; bodies decoded, passwords masked.
pub fn trace_record(t_ms: u64, dir: &str, p: &Packet, ids: &WifiListIds) -> serde_json::Value {
    serde_json::json!({
        "t_ms": t_ms,
        "dir": dir,
        "cmd": p.cmd,
        "name": command::name(p.cmd, ids),
        "seq": p.seq,
        "len": p.body.len() + super::frame::HEADER_LEN,
        "body": command::masked_json(&p.body),
    })
}

#[cfg(test)]
mod tests {
    use super::super::command::Protocol;
    use super::super::frame::FRAME_LEN;
    use super::super::info;
    use super::*;
    use zeroize::Zeroizing;

    fn frames_of(p: &Packet) -> Vec<[u8; FRAME_LEN]> {
        p.frames().unwrap()
    }

    fn feed(s: &mut Session, p: &Packet, now: u64) -> Vec<Action> {
        frames_of(p)
            .iter()
            .flat_map(|f| s.on_indication(f, now))
            .collect()
    }

    fn sent(actions: &[Action]) -> Vec<(u16, u16, String)> {
        actions
            .iter()
            .filter_map(|a| match a {
                Action::Send(p) => Some((p.cmd, p.seq, String::from_utf8(p.body.clone()).unwrap())),
                _ => None,
            })
            .collect()
    }

    fn wifi() -> SetWifi {
        SetWifi {
            ssid: "TestAP".into(),
            bssid: String::new(),
            password: Zeroizing::new("12345678".into()),
            protocol: Protocol::Wpa2,
        }
    }

    fn hello() -> Packet {
        Packet::new(
            10001,
            1,
            br#"{"sn":"SN0001","client_nonce":"1234567890","scene":"1"}"#.to_vec(),
        )
    }

    /// Runs the handshake up to the FCC9 read; returns the session.
    fn handshaken(goal: Goal) -> Session {
        let mut s = Session::new(goal, SessionConfig::new(987654321), 0);
        let a = feed(&mut s, &hello(), 10);
        let Some(Action::Sign(req)) = a.iter().find(|a| matches!(a, Action::Sign(_))).cloned()
        else {
            panic!("no sign request: {a:?}")
        };
        assert_eq!(req.server_nonce, "987654321");
        assert_eq!(s.step(), Step::Sign);
        let a = s.on_signed(
            req,
            Ok(SignAnswer {
                signature: "abc".into(),
                server_nonce: None,
            }),
            20,
        );
        // Exactly the 20001 stream of ble.md section 7.
        assert_eq!(
            sent(&a),
            vec![(
                20001,
                1,
                r#"{"errcode":0,"errmsg":"ok","server_nonce":"987654321","signature":"abc"}"#
                    .into()
            )]
        );
        let a = feed(
            &mut s,
            &Packet::new(10002, 2, br#"{"signature":"0123456789abcdef"}"#.to_vec()),
            30,
        );
        assert_eq!(
            sent(&a),
            vec![(20002, 2, r#"{"errcode":0,"errmsg":"ok"}"#.into())]
        );
        assert!(a.iter().any(|a| matches!(a, Action::ReadInfo)));
        s
    }

    #[test]
    fn provisioning_runs_the_whole_sequence_of_the_spec() {
        let mut s = handshaken(Goal::Provision(wifi()));
        let a = s.on_info(&info::encode([0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF], 2), 40);
        assert_eq!(sent(&a), vec![(30004, 0, String::new())]);
        let status = br#"{"mac_address":"AABBCCDDEEFF","wifi_name":"","wifi_connected":false}"#;
        let a = feed(&mut s, &Packet::new(10004, 0, status.to_vec()), 50);
        assert_eq!(sent(&a)[0].0, 30003);
        assert_eq!(
            sent(&a)[0].2,
            r#"{"ssid":"TestAP","bssid":"","password":"12345678","manual_input":1,"protocol":"WPA2"}"#
        );
        // An unexpected 20004 or other packet is ignored, not fatal.
        let a = feed(&mut s, &Packet::new(20004, 0, b"{}".to_vec()), 55);
        assert!(a.iter().any(|a| matches!(a, Action::Warn(_))));
        let rep = br#"{"mac_address":"AABBCCDDEEFF","wifi_name":"TestAP","wifi_connected":true}"#;
        let a = feed(&mut s, &Packet::new(10004, 2, rep.to_vec()), 60);
        let Some(Action::Finished(out)) = a.last() else {
            panic!("{a:?}")
        };
        assert_eq!(out.sn, "SN0001");
        assert_eq!(out.device_signature, "0123456789abcdef");
        assert_eq!(out.info.as_ref().unwrap().version, 2);
        assert!(!out.status.as_ref().unwrap().wifi_connected);
        assert!(out.report.as_ref().unwrap().wifi_connected);
        assert!(s.is_over());
    }

    #[test]
    fn version_one_skips_the_status_request() {
        let mut s = handshaken(Goal::Provision(wifi()));
        let a = s.on_info(&info::encode([1, 2, 3, 4, 5, 6], 1), 40);
        assert_eq!(
            sent(&a).iter().map(|x| x.0).collect::<Vec<_>>(),
            vec![30003]
        );
        let mut s = handshaken(Goal::Status);
        let a = s.on_info(&[1, 2, 3], 40);
        assert!(matches!(a.last(), Some(Action::Finished(o)) if o.status.is_none()));
    }

    #[test]
    fn wifi_list_uses_the_configured_ids() {
        let mut cfg = SessionConfig::new(1);
        cfg.wifi_ids = WifiListIds {
            request: 30009,
            answer: 10009,
        };
        let mut s = Session::new(Goal::WifiList, cfg, 0);
        let Some(Action::Sign(req)) = feed(&mut s, &hello(), 0)
            .into_iter()
            .find(|a| matches!(a, Action::Sign(_)))
        else {
            panic!()
        };
        s.on_signed(
            req,
            Ok(SignAnswer {
                signature: "x".into(),
                server_nonce: Some("77".into()),
            }),
            0,
        );
        feed(
            &mut s,
            &Packet::new(10002, 2, br#"{"signature":"s"}"#.to_vec()),
            0,
        );
        s.on_info(&info::encode([0; 6], 1), 0);
        assert_eq!(s.step(), Step::WifiList);
        // The default answer ID is not taken for the configured one.
        feed(&mut s, &Packet::new(10005, 0, b"{}".to_vec()), 1);
        assert!(!s.is_over());
        let a = feed(
            &mut s,
            &Packet::new(
                10009,
                0,
                br#"{"wifi_list":[{"ssid":"A","rssi":-60}]}"#.to_vec(),
            ),
            2,
        );
        let Some(Action::Finished(out)) = a.last() else {
            panic!("{a:?}")
        };
        assert_eq!(out.wifi_list.as_ref().unwrap()["wifi_list"][0]["ssid"], "A");
        assert_eq!(
            out.sign_request.as_ref().unwrap().server_nonce,
            "77",
            "signer's nonce replaces ours"
        );
    }

    #[test]
    fn each_step_times_out_under_its_own_name() {
        let mut s = Session::new(Goal::Status, SessionConfig::new(1), 1_000);
        assert!(s.on_tick(10_999).is_empty());
        let a = s.on_tick(11_000);
        let Some(Action::Failed(e)) = a.first() else {
            panic!("{a:?}")
        };
        assert_eq!(
            (e.step, &e.kind),
            (Step::HandshakeStart, &FailKind::Timeout)
        );
        assert!(e.to_string().contains("handshake-start") && e.to_string().contains("10001"));

        let mut s = handshaken(Goal::Provision(wifi()));
        s.on_info(&info::encode([0; 6], 1), 100);
        assert_eq!(s.step(), Step::WifiReport);
        assert!(s.on_tick(100 + 29_999).is_empty());
        let Some(Action::Failed(e)) = s.on_tick(100 + 30_000).pop() else {
            panic!()
        };
        assert_eq!(e.step, Step::WifiReport);
    }

    #[test]
    fn refusals_and_malformed_packets_fail_the_step() {
        let mut s = handshaken(Goal::Provision(wifi()));
        s.on_info(&info::encode([0; 6], 1), 0);
        let a = feed(
            &mut s,
            &Packet::new(
                10004,
                1,
                br#"{"wifi_name":"TestAP","wifi_connected":false}"#.to_vec(),
            ),
            1,
        );
        let Some(Action::Failed(e)) = a.last() else {
            panic!()
        };
        assert!(matches!(&e.kind, FailKind::WifiRefused(ssid) if ssid == "TestAP"));

        let mut s = handshaken(Goal::Provision(wifi()));
        s.on_info(&info::encode([0; 6], 1), 0);
        let a = feed(
            &mut s,
            &Packet::new(10004, 1, br#"{"wifi_name":"TestAP"}"#.to_vec()),
            1,
        );
        assert!(matches!(
            a.last(),
            Some(Action::Failed(SessionError {
                step: Step::WifiReport,
                kind: FailKind::Malformed(_)
            }))
        ));

        let mut s = Session::new(Goal::Status, SessionConfig::new(1), 0);
        let a = feed(
            &mut s,
            &Packet::new(10001, 1, br#"{"sn":"","client_nonce":"1"}"#.to_vec()),
            0,
        );
        assert!(matches!(
            a.last(),
            Some(Action::Failed(SessionError {
                step: Step::HandshakeStart,
                ..
            }))
        ));

        let mut s = Session::new(Goal::Status, SessionConfig::new(1), 0);
        let Some(Action::Sign(req)) = feed(&mut s, &hello(), 0)
            .into_iter()
            .find(|a| matches!(a, Action::Sign(_)))
        else {
            panic!()
        };
        let a = s.on_signed(req.clone(), Err("exit status 1".into()), 0);
        assert!(matches!(
            a.last(),
            Some(Action::Failed(SessionError {
                step: Step::Sign,
                kind: FailKind::Signer(_)
            }))
        ));

        let mut s = Session::new(Goal::Status, SessionConfig::new(1), 0);
        feed(&mut s, &hello(), 0);
        s.on_signed(
            req,
            Ok(SignAnswer {
                signature: "x".into(),
                server_nonce: None,
            }),
            0,
        );
        let a = feed(
            &mut s,
            &Packet::new(
                10002,
                2,
                br#"{"errcode":-1,"errmsg":"bad signature"}"#.to_vec(),
            ),
            0,
        );
        let Some(Action::Failed(e)) = a.last() else {
            panic!()
        };
        assert_eq!(e.step, Step::HandshakeConfirm);
        assert!(e.to_string().contains("bad signature"));
    }

    #[test]
    fn a_different_sn_stops_before_anything_is_sent() {
        let mut cfg = SessionConfig::new(1);
        cfg.expected_sn = Some("SN0002".into());
        let mut s = Session::new(Goal::Provision(wifi()), cfg, 0);
        let a = feed(&mut s, &hello(), 0);
        assert!(sent(&a).is_empty());
        let Some(Action::Failed(e)) = a.last() else {
            panic!("{a:?}")
        };
        assert!(
            matches!(&e.kind, FailKind::WrongDevice(m) if m.stable().contains("SN0001") && m.stable().contains("SN0002"))
        );
    }

    #[test]
    fn packets_before_10001_are_ignored_and_garbage_is_skipped() {
        let mut s = Session::new(Goal::Status, SessionConfig::new(1), 0);
        assert!(s.on_indication(&[0x00, 0x13, 0x37], 0).is_empty());
        let a = feed(&mut s, &Packet::new(10004, 0, b"{}".to_vec()), 0);
        assert!(matches!(a.last(), Some(Action::Warn(_))));
        let a = feed(&mut s, &hello(), 0);
        assert!(a.iter().any(|a| matches!(a, Action::Sign(_))));
        assert_eq!(
            s.dropped().skipped_bytes,
            3 + 9 + 16,
            "garbage and the paddings of both packets"
        );
    }

    #[test]
    fn trace_records_mask_the_password() {
        let p = Packet::new(30003, 0, wifi().body().to_vec());
        let r = trace_record(5, "tx", &p, &WifiListIds::default());
        let line = r.to_string();
        assert!(!line.contains("12345678"), "{line}");
        assert_eq!(r["name"], "set-wifi");
        assert_eq!(r["body"]["ssid"], "TestAP");
        assert_eq!(r["len"], 94);
    }

    /// Feeds `p` (padded frames, optionally with garbage first) cut at arbitrary points.
    fn feed_cut(s: &mut Session, p: &Packet, garbage: &[u8], cuts: &[usize]) -> Vec<Action> {
        let mut bytes = garbage.to_vec();
        bytes.extend(frames_of(p).concat());
        let mut out = Vec::new();
        let mut rest = &bytes[..];
        let mut i = 0;
        while !rest.is_empty() {
            let n = cuts[i % cuts.len()].clamp(1, rest.len());
            out.extend(s.on_indication(&rest[..n], 0));
            rest = &rest[n..];
            i += 1;
        }
        out
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn provisioning_survives_any_split_and_garbage(
            cuts in proptest::collection::vec(1usize..40, 1..20),
            garbage in proptest::collection::vec(any::<u8>().prop_filter("no marker", |b| *b != 0xFE), 0..30),
        ) {
            let mut s = Session::new(Goal::Provision(wifi()), SessionConfig::new(5), 0);
            let a = feed_cut(&mut s, &hello(), &garbage, &cuts);
            let Some(Action::Sign(req)) = a.into_iter().find(|a| matches!(a, Action::Sign(_))) else { panic!("no 10001") };
            s.on_signed(req, Ok(SignAnswer { signature: "x".into(), server_nonce: None }), 0);
            feed_cut(&mut s, &Packet::new(10002, 2, br#"{"signature":"y"}"#.to_vec()), &garbage, &cuts);
            prop_assert_eq!(s.step(), Step::ReadInfo);
            s.on_info(&info::encode([0; 6], 2), 0);
            feed_cut(&mut s, &Packet::new(10004, 0, br#"{"wifi_connected":false}"#.to_vec()), &garbage, &cuts);
            prop_assert_eq!(s.step(), Step::WifiReport);
            let a = feed_cut(&mut s, &Packet::new(10004, 3, br#"{"wifi_connected":true}"#.to_vec()), &garbage, &cuts);
            prop_assert!(matches!(a.last(), Some(Action::Finished(_))));
        }
    }
}
