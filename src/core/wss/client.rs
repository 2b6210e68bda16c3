//! The device lifecycle of `wss.md` §4, sans-IO (in the style of rustls / quinn-proto).
//!
//! The driver feeds [`Event`]s (socket connected, a frame arrived, socket closed, a user
//! call) together with the current [`Instant`], calls [`Device::handle_timeout`] when
//! [`Device::next_timeout`] passes, and performs the [`Action`]s it takes from
//! [`Device::poll_action`]. Nothing here reads a clock, sleeps, or touches a socket, so the
//! unit tests below drive every transition with a fake clock, and the jitter of the
//! reconnect backoff comes from a seeded RNG.
//!
//! ```text
//! DISCONNECTED → TIME_SYNC → (SECRET_EXCHANGE) → REGISTERING → (ACTIVATING) → SUBSCRIBING → ONLINE
//! ```

use super::envelope::{Inbound, Push, Reply, classify};
use super::frame::{BinaryReply, Upload};
use super::messages::{self, Command, PushMsg, cmd};
use crate::core::errcode;
use crate::core::secret::Secret;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

pub use reason::{Doing, Part, Reason};
use timers::{Timer, Timers};
pub use types::*;

mod reason;
mod timers;
mod types;

/// Codes after which retrying cannot help (§12: "fatal", "bug", "configuration error").
fn is_fatal(code: i64) -> bool {
    matches!(
        code,
        errcode::INVALID_SN
            | errcode::INVALID_DEVICE_ID
            | errcode::MISSING_SN
            | errcode::MISSING_NONCE
            | errcode::MISSING_TIMESTAMP
            | errcode::MISSING_SIGNATURE
            | errcode::BAD_SIGNATURE
            | errcode::MISSING_ACTIVE_CODE
            | errcode::MISSING_SECRET
            | errcode::SECRET_NO_STATUS_INVALID
            | errcode::DEVICE_EXPIRED
    )
}

/// "Device not registered / activated / logged in": restart the login (4.2, ONLINE row).
fn is_restart(code: i64) -> bool {
    matches!(
        code,
        errcode::NOT_NETWORK_REGISTERED | errcode::NOT_ACTIVATED | errcode::NOT_LOGGED_IN
    )
}

/// The lifecycle step in flight; its reply deadline is [`Timer::Step`].
struct InFlight {
    req_id: String,
    resends: u32,
    cmd: &'static str,
    /// Timestamp and nonce of a signed request.
    signed: Option<Signed>,
}

struct PendingCall {
    id: u64,
    call: Call,
}

struct InFlightCall {
    id: u64,
    call: Call,
    deadline: Instant,
}

/// The device. See the module documentation.
pub struct Device {
    cfg: Config,
    persisted: Persisted,
    state: State,
    actions: VecDeque<Action>,
    rng: StdRng,
    /// Wall clock: unix seconds at `anchor.0`.
    anchor: (Instant, u64),
    /// server − local, seconds (6.1).
    offset: i64,
    next_req: u64,
    /// A connection of this run registered: a later 600002 may be our own old connection,
    /// not yet dropped by the cloud.
    registered_before: bool,
    /// User calls not sent yet: they wait for ONLINE, across reconnects.
    calls: VecDeque<PendingCall>,
    /// Reconnect attempts since the last long-enough session: the backoff's exponent (9).
    attempt: u32,
    /// 600023 answers since the last signed request that passed. Counted across
    /// connections: every connection syncs the clock first, so a clock still stale after
    /// three syncs is wrong whatever the connection, and a cloud that closes after each
    /// 600023 must not keep the device reconnecting for ever.
    stale_retries: u32,
    /// The seed exchange was run again after 600047 (6.3). Once per run, across
    /// connections: the SecretNo belongs to the device, not to a connection, and 600047
    /// right after a fresh exchange is a configuration error.
    reexchanged: bool,
    /// The current connection, or the wait for the next one.
    conn: Conn,
}

/// What belongs to one connection, from the wait before it to its close (4.3: register,
/// active and subscribe are per-connection state). Ending the connection replaces it with
/// a fresh one, so nothing of it reaches the next connection by being forgotten.
#[derive(Default)]
struct Conn {
    /// The step, heartbeat and resync deadlines, and the reconnect wait before it.
    timers: Timers,
    step: Option<InFlight>,
    /// `active` polls answered "not bound" (6.4).
    polls: u32,
    /// "System busy" answers to the current step (retried at most 3 times).
    busy_retries: u32,
    /// Logins restarted on this connection since the last heartbeat answer; past 3 the
    /// connection is given up, and the next one starts with a fresh count.
    restarts: u32,
    /// `register` on this connection was answered 600002 "already registered (probably
    /// already has a long connection)".
    refused_live: bool,
    /// Heartbeats in flight: req_id → (sent, reply deadline).
    pings: HashMap<String, (Instant, Instant)>,
    /// Heartbeats in a row without an answer (6.6).
    missed: u32,
    /// The req_id of the periodic `get_timestamp` in flight.
    resync: Option<String>,
    /// When this connection came ONLINE (a long session resets the backoff).
    online_since: Option<Instant>,
    /// User calls sent and not answered yet; sent again after a restart or reconnect.
    calls_inflight: HashMap<String, InFlightCall>,
}

impl Device {
    /// `wall` anchors the wall clock: `wall.1` unix seconds at instant `wall.0`. `seed`
    /// seeds the RNG used for nonces and backoff jitter.
    pub fn new(cfg: Config, persisted: Persisted, wall: (Instant, u64), seed: u64) -> Device {
        let mut d = Device {
            cfg,
            persisted,
            state: State::Disconnected,
            actions: VecDeque::new(),
            rng: StdRng::seed_from_u64(seed),
            anchor: wall,
            offset: 0,
            next_req: 0,
            registered_before: false,
            calls: VecDeque::new(),
            attempt: 0,
            stale_retries: 0,
            reexchanged: false,
            conn: Conn::default(),
        };
        d.actions.push_back(Action::Connect {
            after: Duration::ZERO,
            attempt: 0,
        });
        d
    }

    pub fn state(&self) -> State {
        self.state
    }

    pub fn persisted(&self) -> &Persisted {
        &self.persisted
    }

    /// server − local clock offset in seconds.
    pub fn clock_offset(&self) -> i64 {
        self.offset
    }

    pub fn poll_action(&mut self) -> Option<Action> {
        self.actions.pop_front()
    }

    /// The earliest instant at which [`handle_timeout`](Self::handle_timeout) has work.
    pub fn next_timeout(&self) -> Option<Instant> {
        let pings = self.conn.pings.values().map(|(_, deadline)| *deadline);
        let calls = self.conn.calls_inflight.values().map(|c| c.deadline);
        self.conn
            .timers
            .next()
            .into_iter()
            .chain(pings)
            .chain(calls)
            .min()
    }

    pub fn handle_event(&mut self, ev: Event, now: Instant) {
        if self.state == State::Stopped {
            return;
        }
        match ev {
            Event::Connected => {
                if self.state == State::Disconnected {
                    self.conn.timers.stop(Timer::Connect);
                    self.emit(Lifecycle::Connected);
                    self.enter(State::TimeSync, now);
                }
            }
            Event::ConnectFailed(reason) => {
                if self.state == State::Disconnected {
                    self.disconnect(reason, false, now);
                }
            }
            Event::Closed(reason) => {
                if self.state != State::Disconnected {
                    let step = self.doing();
                    self.disconnect(
                        Reason::During {
                            why: Box::new(reason),
                            doing: step,
                        },
                        false,
                        now,
                    );
                }
            }
            Event::Text(text) => self.on_text(&text, now),
            Event::Binary(b) => self.on_binary(&b),
            Event::Call { id, call } => {
                self.calls.push_back(PendingCall { id, call });
                if self.state == State::Online {
                    self.flush_calls(now);
                }
            }
            Event::Shutdown => {
                if self.state != State::Disconnected {
                    self.actions.push_back(Action::Close);
                }
                self.stop();
            }
        }
    }

    pub fn handle_timeout(&mut self, now: Instant) {
        if self.state == State::Stopped {
            return;
        }
        // Nothing to do for Timer::Connect but to disarm it: the driver connects.
        self.conn.timers.fired(Timer::Connect, now);
        if self.conn.timers.fired(Timer::Step, now) {
            self.step_timed_out(now);
        }
        if self.conn.timers.fired(Timer::WakeStep, now) {
            self.send_step(now);
        }
        let expired: Vec<String> = self
            .conn
            .pings
            .iter()
            .filter(|(_, (_, d))| *d <= now)
            .map(|(k, _)| k.clone())
            .collect();
        for k in expired {
            self.conn.pings.remove(&k);
            self.conn.missed += 1;
            self.emit(Lifecycle::PongMissed {
                missed: self.conn.missed,
            });
            if self.conn.missed >= self.cfg.max_missed_pongs {
                let n = self.conn.missed;
                self.disconnect(Reason::HeartbeatsMissed { n }, true, now);
                return;
            }
        }
        let late: Vec<String> = self
            .conn
            .calls_inflight
            .iter()
            .filter(|(_, c)| c.deadline <= now)
            .map(|(k, _)| k.clone())
            .collect();
        for k in late {
            if let Some(c) = self.conn.calls_inflight.remove(&k) {
                let secs = self.cfg.request_timeout.as_secs();
                self.emit(Lifecycle::CallFailed {
                    id: c.id,
                    cmd: c.call.name().into(),
                    reason: Reason::CallTimeout { secs },
                    timed_out: true,
                });
            }
        }
        if self.state == State::Online {
            if self.conn.timers.fired(Timer::Ping, now) {
                self.send_ping(now);
            }
            if self.conn.timers.fired(Timer::Resync, now) {
                // One still unanswered after a whole period is lost: ask again.
                let id = self.req_id(cmd::GET_TIMESTAMP);
                self.send_cmd(&Command::GetTimestamp, &id);
                self.conn.resync = Some(id);
                self.conn
                    .timers
                    .set(Timer::Resync, now + self.cfg.resync_every);
            }
        }
    }

    // ---- internals -------------------------------------------------------------------

    fn emit(&mut self, l: Lifecycle) {
        self.actions.push_back(Action::Emit(l));
    }

    fn persist(&mut self) {
        self.actions
            .push_back(Action::Persist(self.persisted.clone()));
    }

    fn stop(&mut self) {
        self.state = State::Stopped;
        self.clear_connection();
        self.emit(Lifecycle::Stopped);
    }

    fn fatal(&mut self, step: &str, errcode: i64, errmsg: String) {
        self.fatal_signed(step, errcode, errmsg, None);
    }

    /// [`Self::fatal_signed`] with the words for people on a 600023 that outlived the syncs.
    fn fatal_signed(&mut self, step: &str, errcode: i64, errmsg: String, signed: Option<Signed>) {
        self.fatal_full(step, errcode, errmsg, signed, None);
    }

    fn fatal_full(
        &mut self,
        step: &str,
        errcode: i64,
        errmsg: String,
        signed: Option<Signed>,
        still_stale: Option<(String, u32)>,
    ) {
        // The reply that ends the run was just queued as a `CloudError`; the fatal event
        // reports it with what to do, so the user reads it once, not twice.
        if let Some(i) = self.actions.iter().rposition(|a| {
            matches!(a, Action::Emit(Lifecycle::CloudError { step: s, errcode: c, .. })
                if s == step && *c == errcode)
        }) {
            self.actions.remove(i);
        }
        self.emit(Lifecycle::Fatal {
            step: step.into(),
            errcode,
            errmsg,
            signed,
            still_stale,
        });
        self.actions.push_back(Action::Close);
        self.stop();
    }

    fn req_id(&mut self, cmd: &str) -> String {
        self.next_req += 1;
        format!("{cmd}-{}", self.next_req)
    }

    fn server_now(&self, now: Instant) -> u64 {
        let local =
            self.anchor.1 as i64 + now.saturating_duration_since(self.anchor.0).as_secs() as i64;
        (local + self.offset).max(0) as u64
    }

    /// Nonces stay below 2^32 so that no JSON parser on the way can round them (2.6).
    fn nonce(&mut self) -> u64 {
        self.rng.random_range(100_000..=u64::from(u32::MAX))
    }

    fn send_cmd(&mut self, c: &Command, req_id: &str) {
        self.actions
            .push_back(Action::SendText(c.to_request(req_id).to_json()));
    }

    fn clear_connection(&mut self) {
        let ended = std::mem::take(&mut self.conn);
        // Calls that were sent but not answered are sent again on the next connection.
        self.requeue(ended.calls_inflight);
    }

    /// Puts calls in flight back at the head of the queue, in the order they were made.
    fn requeue(&mut self, inflight: HashMap<String, InFlightCall>) {
        let mut back: Vec<InFlightCall> = inflight.into_values().collect();
        back.sort_by_key(|c| std::cmp::Reverse(c.id));
        for c in back {
            self.calls.push_front(PendingCall {
                id: c.id,
                call: c.call,
            });
        }
    }

    fn backoff(&mut self) -> Duration {
        let exp = self
            .cfg
            .backoff_min
            .saturating_mul(1u32 << self.attempt.min(20))
            .min(self.cfg.backoff_max);
        let j = self.cfg.jitter.clamp(0.0, 1.0);
        let f = if j > 0.0 {
            1.0 + self.rng.random_range(-j..=j)
        } else {
            1.0
        };
        exp.mul_f64(f)
    }

    /// Leaves the connection and schedules the next attempt with backoff.
    fn disconnect(&mut self, reason: Reason, close: bool, now: Instant) {
        if close {
            self.actions.push_back(Action::Close);
        }
        if self
            .conn
            .online_since
            .is_some_and(|t| now.saturating_duration_since(t) >= self.cfg.backoff_reset_after)
        {
            self.attempt = 0;
        }
        self.clear_connection();
        self.state = State::Disconnected;
        let after = self.backoff();
        self.attempt += 1;
        self.emit(Lifecycle::Disconnected { reason });
        self.emit(Lifecycle::Reconnecting {
            after_ms: after.as_millis() as u64,
            attempt: self.attempt,
        });
        self.conn.timers.set(Timer::Connect, now + after);
        self.actions.push_back(Action::Connect {
            after,
            attempt: self.attempt,
        });
    }

    /// Enters a lifecycle state and sends its request.
    fn enter(&mut self, s: State, now: Instant) {
        self.state = s;
        self.take_step();
        self.conn.timers.stop(Timer::WakeStep);
        if s != State::Online {
            // Heartbeats and resyncs belong to ONLINE: a timer left armed outside it would
            // fall due with nothing to do, and `next_timeout` would stay in the past.
            self.conn.timers.stop(Timer::Ping);
            self.conn.timers.stop(Timer::Resync);
            self.conn.pings.clear();
        }
        if s == State::Activating {
            self.conn.polls = 0;
        }
        self.send_step(now);
    }

    fn effective_secret_no(&self) -> Option<Secret> {
        if self.cfg.seed {
            self.persisted.secret_no.clone()
        } else {
            Some(
                self.persisted
                    .secret_no
                    .clone()
                    .unwrap_or_else(|| self.cfg.secret_no.clone()),
            )
        }
    }

    fn send_step(&mut self, now: Instant) {
        let mut signed = None;
        let command = match self.state {
            State::TimeSync => Command::GetTimestamp,
            State::SecretExchange => {
                let ts = self.server_now(now);
                let n = self.nonce();
                signed = Some(Signed {
                    timestamp: ts,
                    nonce: n,
                });
                Command::get_secret_no(&self.cfg.sn, &self.cfg.secret_no, ts, n)
            }
            State::Registering => {
                let Some(sno) = self.effective_secret_no() else {
                    return self.enter(State::SecretExchange, now);
                };
                let ts = self.server_now(now);
                let n = self.nonce();
                signed = Some(Signed {
                    timestamp: ts,
                    nonce: n,
                });
                Command::register(&self.cfg.sn, &sno, ts, n, self.cfg.net_info.clone())
            }
            State::Activating => match &self.persisted.active_code {
                Some(c) => Command::Active {
                    active_code: c.expose().to_owned(),
                },
                None => return self.enter(State::Registering, now),
            },
            State::Subscribing => match &self.persisted.secret {
                Some(s) => Command::SubscribeCorp {
                    secret: s.clone(),
                    firmware_version: self.cfg.firmware_version.clone(),
                    ext_args: self.cfg.ext_args.clone(),
                },
                None => return self.enter(State::Activating, now),
            },
            State::Online => {
                self.online(now);
                return;
            }
            State::Disconnected | State::Stopped => return,
        };
        let resends = self.conn.step.as_ref().map_or(0, |s| s.resends);
        let req_id = self.req_id(command.name());
        let wait = if command.resends() {
            self.cfg.resend_after
        } else {
            self.cfg.request_timeout
        };
        self.send_cmd(&command, &req_id);
        self.conn.step = Some(InFlight {
            req_id,
            resends,
            cmd: command.name(),
            signed,
        });
        self.conn.timers.set(Timer::Step, now + wait);
    }

    /// Ends the step in flight (answered, timed out, or abandoned) with its deadline.
    fn take_step(&mut self) -> Option<InFlight> {
        self.conn.timers.stop(Timer::Step);
        self.conn.step.take()
    }

    fn step_timed_out(&mut self, now: Instant) {
        let Some(s) = self.take_step() else { return };
        if s.resends >= self.cfg.max_resends {
            let tries = s.resends + 1;
            self.disconnect(
                Reason::NoReply {
                    cmd: s.cmd.into(),
                    tries,
                },
                true,
                now,
            );
            return;
        }
        self.emit(Lifecycle::Resend {
            cmd: s.cmd.into(),
            attempt: s.resends + 1,
        });
        // Read back by send_step, which arms the new deadline.
        self.conn.step = Some(InFlight {
            resends: s.resends + 1,
            ..s
        });
        self.send_step(now);
    }

    fn online(&mut self, now: Instant) {
        self.state = State::Online;
        self.take_step();
        self.conn.timers.stop(Timer::WakeStep);
        self.conn.online_since.get_or_insert(now);
        self.conn
            .timers
            .set(Timer::Ping, now + self.cfg.ping_interval);
        self.conn
            .timers
            .set(Timer::Resync, now + self.cfg.resync_every);
        self.emit(Lifecycle::Subscribed);
        self.flush_calls(now);
    }

    fn send_ping(&mut self, now: Instant) {
        let id = self.req_id(cmd::PING);
        self.send_cmd(&Command::Ping, &id);
        self.conn
            .pings
            .insert(id, (now, now + self.cfg.request_timeout));
        self.conn
            .timers
            .set(Timer::Ping, now + self.cfg.ping_interval);
    }

    fn flush_calls(&mut self, now: Instant) {
        while let Some(PendingCall { id, call }) = self.calls.pop_front() {
            let req_id = self.req_id(call.name());
            match &call {
                Call::Command(c) => self.send_cmd(c, &req_id),
                Call::UploadLog(data) => self.actions.push_back(Action::SendBinary(
                    Upload::v1(cmd::UPLOAD_LOG, req_id.clone(), data.clone()).encode(),
                )),
            }
            self.conn.calls_inflight.insert(
                req_id,
                InFlightCall {
                    id,
                    call,
                    deadline: now + self.cfg.request_timeout,
                },
            );
        }
    }

    fn restart(&mut self, reason: Reason, now: Instant) {
        self.conn.restarts += 1;
        if self.conn.restarts > 3 {
            let why = Box::new(reason);
            self.disconnect(Reason::KeepsFailing { why }, true, now);
            return;
        }
        self.emit(Lifecycle::Restart { reason });
        // Unanswered calls wait for the next login.
        let inflight = std::mem::take(&mut self.conn.calls_inflight);
        self.requeue(inflight);
        self.enter(State::TimeSync, now);
    }

    fn on_text(&mut self, text: &str, now: Instant) {
        if matches!(self.state, State::Disconnected | State::Stopped) {
            return;
        }
        match classify(text) {
            // 2.4.4 by analogy: log and drop; whatever waited for it resends or times out.
            Err(e) => self.emit(Lifecycle::Malformed {
                detail: format!("text frame: {e}"),
                step: self.doing(),
                part: Part::TextFrame,
                error: e.to_string(),
            }),
            Ok(Inbound::Push(p)) => self.on_push(p, now),
            Ok(Inbound::Reply(r)) => self.on_reply(r, now),
        }
    }

    /// What the device is doing, for log lines about what the cloud sent meanwhile.
    fn doing(&self) -> Doing {
        if let Some(s) = &self.conn.step {
            return Doing::Waiting { cmd: s.cmd.into() };
        }
        let mut inflight: Vec<String> = self
            .conn
            .calls_inflight
            .values()
            .map(|c| c.call.name().to_owned())
            .collect();
        inflight.sort_unstable();
        match (self.state, inflight.is_empty()) {
            (State::Online, true) => Doing::Online,
            (State::Online, false) => Doing::OnlineInFlight { cmds: inflight },
            (State::Activating, _) => Doing::PollingActive,
            (s, _) => Doing::State(s),
        }
    }

    fn on_binary(&mut self, b: &[u8]) {
        match BinaryReply::decode(b) {
            Err(e) => {
                self.emit(Lifecycle::Malformed {
                    detail: e.to_string(),
                    step: self.doing(),
                    part: Part::BinaryFrame,
                    error: e.to_string(),
                });
                // When the req_id is still readable, the call it answers has its (bad)
                // answer: fail it now instead of letting it wait for a timeout.
                let call =
                    BinaryReply::peek_req_id(b).and_then(|r| self.conn.calls_inflight.remove(&r));
                if let Some(c) = call {
                    self.emit(Lifecycle::CallFailed {
                        id: c.id,
                        cmd: c.call.name().into(),
                        reason: Reason::BinaryMalformed {
                            detail: e.to_string(),
                        },
                        timed_out: false,
                    });
                }
            }
            Ok(r) => match self.conn.calls_inflight.remove(&r.req_id) {
                Some(c) => self.emit(Lifecycle::CallBinary {
                    id: c.id,
                    cmd: c.call.name().into(),
                    len: r.data.len(),
                    data: r.data,
                }),
                None => self.emit(Lifecycle::LateReply {
                    req_id: r.req_id,
                    step: self.doing(),
                }),
            },
        }
    }

    fn on_push(&mut self, p: Push, now: Instant) {
        if matches!(
            self.state,
            State::TimeSync | State::SecretExchange | State::Registering
        ) {
            // Nothing identifies this connection as our device before `register`
            // succeeds: such a push is not ours (acting on an unbind would wipe the secret).
            self.emit(Lifecycle::PushIgnored {
                cmd: p.cmd,
                step: self.doing(),
            });
            return;
        }
        self.emit(Lifecycle::Push {
            cmd: p.cmd.clone(),
            req_id: p.req_id.clone(),
            body: p.body.clone(),
        });
        match PushMsg::parse(&p) {
            PushMsg::BindCorp if self.state == State::Activating => {
                // 6.4: "If push_bind_corp arrives while polling, call active at once."
                self.take_step();
                self.send_step(now);
            }
            PushMsg::UnbindCorp => {
                self.wipe(Reason::PushUnbind);
                if matches!(
                    self.state,
                    State::Activating | State::Subscribing | State::Online
                ) {
                    self.conn.online_since = None;
                    self.enter(State::Activating, now);
                }
            }
            _ => {}
        }
    }

    /// 4.1 step 8: clear the secret (and business data, which this client has none of).
    fn wipe(&mut self, reason: Reason) {
        if self.persisted.secret.take().is_some() {
            self.persist();
        }
        self.emit(Lifecycle::Unbound { reason });
    }

    fn on_reply(&mut self, r: Reply, now: Instant) {
        let Some(req_id) = r.req_id.clone() else {
            // 2.2: a reply without headers belongs to no request.
            self.emit(Lifecycle::CloudError {
                step: self.step_name(),
                errcode: r.errcode,
                errmsg: r.errmsg.clone(),
            });
            if is_restart(r.errcode) {
                self.restart(Reason::NoHeaders { code: r.errcode }, now);
            }
            return;
        };
        if self.conn.step.as_ref().is_some_and(|s| s.req_id == req_id) {
            let s = self.take_step().expect("checked");
            if r.errcode == 0 {
                self.conn.busy_retries = 0;
            }
            return self.on_step_reply(s.cmd, s.signed, r, now);
        }
        if let Some((sent, _)) = self.conn.pings.remove(&req_id) {
            if r.errcode == 0 {
                self.conn.missed = 0;
                self.conn.restarts = 0;
                self.emit(Lifecycle::Pong {
                    rtt_ms: now.saturating_duration_since(sent).as_millis() as u64,
                });
            } else {
                self.cloud_error(cmd::PING, &r);
                if is_restart(r.errcode) {
                    self.restart(Reason::HeartbeatAnswered { code: r.errcode }, now);
                }
            }
            return;
        }
        if self.conn.resync.as_deref() == Some(req_id.as_str()) {
            self.conn.resync = None;
            if let Ok(ts) = messages::parse_timestamp(&r)
                && r.errcode == 0
            {
                self.set_offset(ts, now);
            }
            return;
        }
        if let Some(c) = self.conn.calls_inflight.remove(&req_id) {
            if is_restart(r.errcode) && self.state == State::Online {
                // The session was lost server-side: log in again, then resend the call.
                let name = c.call.name();
                self.cloud_error(name, &r);
                self.calls.push_front(PendingCall {
                    id: c.id,
                    call: c.call,
                });
                let code = r.errcode;
                self.restart(
                    Reason::Answered {
                        cmd: name.into(),
                        code,
                    },
                    now,
                );
                return;
            }
            self.emit(Lifecycle::CallReply {
                id: c.id,
                cmd: c.call.name().into(),
                errcode: r.errcode,
                errmsg: r.errmsg.clone(),
                body: r.body.clone(),
            });
            return;
        }
        let step = self.doing();
        self.emit(Lifecycle::LateReply { req_id, step });
    }

    fn step_name(&self) -> String {
        self.conn.step.as_ref().map_or_else(
            || format!("{:?}", self.state).to_lowercase(),
            |s| s.cmd.into(),
        )
    }

    fn cloud_error(&mut self, step: &str, r: &Reply) {
        self.emit(Lifecycle::CloudError {
            step: step.into(),
            errcode: r.errcode,
            errmsg: r.errmsg.clone(),
        });
    }

    fn set_offset(&mut self, server: u64, now: Instant) {
        let local =
            self.anchor.1 as i64 + now.saturating_duration_since(self.anchor.0).as_secs() as i64;
        self.offset = server as i64 - local;
        self.emit(Lifecycle::TimeSynced {
            server_time: server,
            offset_secs: self.offset,
        });
        if self.offset.unsigned_abs() >= self.cfg.skew_warn.as_secs() {
            self.emit(Lifecycle::ClockSkew {
                offset_secs: self.offset,
            });
        }
    }

    /// -1 "system busy": retry the step after the poll interval, at most 3 times, then
    /// reconnect.
    fn busy(&mut self, step: &str, now: Instant) {
        self.conn.busy_retries += 1;
        if self.conn.busy_retries > 3 {
            self.disconnect(Reason::Busy { cmd: step.into() }, true, now);
        } else {
            self.conn
                .timers
                .set(Timer::WakeStep, now + self.cfg.poll_interval);
        }
    }

    /// 600023: the signed timestamp was stale. Re-sync and retry, but not forever.
    fn stale(&mut self, step: &'static str, r: &Reply, now: Instant) {
        self.stale_retries += 1;
        if self.stale_retries > 3 {
            let msg = format!(
                "{} (still stale after {} clock syncs: the cloud's clock or the signing clock is wrong)",
                r.errmsg,
                self.stale_retries - 1
            );
            let syncs = (r.errmsg.clone(), self.stale_retries - 1);
            self.fatal_full(step, r.errcode, msg, None, Some(syncs));
        } else {
            self.enter(State::TimeSync, now);
        }
    }

    fn on_step_reply(
        &mut self,
        step: &'static str,
        signed: Option<Signed>,
        r: Reply,
        now: Instant,
    ) {
        let code = r.errcode;
        if code != 0 {
            self.cloud_error(step, &r);
        }
        match self.state {
            State::TimeSync => {
                if code == 0 {
                    match messages::parse_timestamp(&r) {
                        Ok(ts) => self.set_offset(ts, now),
                        Err(e) => self.emit(Lifecycle::Malformed {
                            detail: e.to_string(),
                            step: Doing::Named(step.into()),
                            part: Part::Timestamp,
                            error: e.to_string(),
                        }),
                    }
                } else if code == errcode::SYSTEM_BUSY && self.conn.busy_retries < 3 {
                    return self.busy(step, now);
                }
                // Time sync is a recommendation (4.1 step 2): without it, go on with the
                // local clock.
                let next = if self.cfg.seed && self.persisted.secret_no.is_none() {
                    State::SecretExchange
                } else {
                    State::Registering
                };
                self.enter(next, now);
            }
            State::SecretExchange => match code {
                0 => match messages::parse_secret_no(&r).map(|s| Secret::new(&s)) {
                    Ok(Ok(s)) => {
                        self.emit(Lifecycle::SecretExchanged {
                            secret_no_fingerprint: s.fingerprint(),
                        });
                        self.persisted.secret_no = Some(s);
                        self.persist();
                        self.stale_retries = 0;
                        self.enter(State::Registering, now);
                    }
                    _ => self.fatal(step, 0, "reply carries no usable `body.secret_no`".into()),
                },
                errcode::TIMESTAMP_EXPIRED => self.stale(step, &r, now),
                errcode::SYSTEM_BUSY => self.busy(step, now),
                _ => self.fatal_signed(step, code, r.errmsg, signed),
            },
            State::Registering => match code {
                0 => match messages::parse_active_code(&r).map(|s| Secret::new(&s)) {
                    Ok(Ok(code)) => {
                        let changed = self.persisted.active_code.as_ref() != Some(&code);
                        if changed {
                            self.persisted.active_code = Some(code);
                            self.persist();
                        }
                        self.stale_retries = 0;
                        self.registered_before = true;
                        self.emit(Lifecycle::Registered {
                            new_registration: true,
                            active_code_changed: changed,
                        });
                        self.after_register(now);
                    }
                    _ => self.fatal(step, 0, "reply carries no usable `body.active_code`".into()),
                },
                errcode::ALREADY_REGISTERED if self.conn.refused_live => {
                    // 600002, then 600014 to the next step ("not registered on this
                    // connection"), then 600002 again: the cloud holds the SN on another
                    // live connection and will not serve it here.
                    self.live_elsewhere(step, r.errmsg, now);
                }
                errcode::ALREADY_REGISTERED
                    if self.persisted.secret.is_none() && self.persisted.active_code.is_none() =>
                {
                    // Registered elsewhere, and nothing stored to go on with.
                    self.live_elsewhere(step, r.errmsg, now);
                }
                errcode::ALREADY_REGISTERED | errcode::CONN_ALREADY_REGISTERED => {
                    // 600002: continue as Client L does (4.2); if the cloud did not register
                    // this connection, the next step says 600014 and we come back here.
                    self.conn.refused_live |= code == errcode::ALREADY_REGISTERED;
                    self.emit(Lifecycle::Registered {
                        new_registration: false,
                        active_code_changed: false,
                    });
                    if self.persisted.secret.is_none() && self.persisted.active_code.is_none() {
                        // Registered on this connection already, yet nothing stored.
                        self.disconnect(Reason::NoActiveCode { code }, true, now);
                    } else {
                        self.after_register(now);
                    }
                }
                errcode::CONN_ALREADY_ACTIVATED if self.persisted.secret.is_some() => {
                    self.enter(State::Subscribing, now)
                }
                errcode::CONN_ALREADY_ACTIVATED => self.lost_activation(now),
                errcode::CONN_ALREADY_SUBSCRIBED => self.enter(State::Online, now),
                errcode::TIMESTAMP_EXPIRED => self.stale(step, &r, now),
                errcode::SECRET_NO_STATUS_INVALID if self.cfg.seed && !self.reexchanged => {
                    // The cloud wants the seed exchange (again): 6.3.
                    self.reexchanged = true;
                    self.persisted.secret_no = None;
                    self.persist();
                    self.enter(State::SecretExchange, now);
                }
                errcode::SYSTEM_BUSY => self.busy(step, now),
                c if is_fatal(c) => self.fatal_signed(step, c, r.errmsg, signed),
                c => self.disconnect(Reason::answered(cmd::REGISTER, c), true, now),
            },
            State::Activating => match code {
                0 => match messages::parse_secret(&r).map(|s| Secret::new(&s)) {
                    Ok(Ok(secret)) => {
                        let changed = self.persisted.secret.as_ref() != Some(&secret);
                        if changed {
                            self.persisted.secret = Some(secret);
                            self.persist();
                        }
                        self.emit(Lifecycle::Bound {
                            secret_changed: changed,
                        });
                        self.enter(State::Subscribing, now);
                    }
                    _ => self.poll_later(0, now),
                },
                errcode::INVALID_ACTIVE_CODE => {
                    self.persisted.active_code = None;
                    self.persist();
                    self.enter(State::Registering, now);
                }
                errcode::CONN_ALREADY_ACTIVATED if self.persisted.secret.is_some() => {
                    self.enter(State::Subscribing, now)
                }
                errcode::CONN_ALREADY_ACTIVATED => self.lost_activation(now),
                // 12: "device not network-registered: restart at `register`", e.g. after a
                // 600002 that did not register this connection. Polling would never help.
                errcode::NOT_NETWORK_REGISTERED => {
                    self.reregister(Reason::answered(step, errcode::NOT_NETWORK_REGISTERED), now)
                }
                c => self.poll_later(c, now),
            },
            State::Subscribing => match code {
                0 | errcode::ALREADY_SUBSCRIBED | errcode::CONN_ALREADY_SUBSCRIBED => {
                    self.enter(State::Online, now)
                }
                errcode::NOT_AUTHORISED | errcode::INVALID_SECRET => {
                    self.wipe(Reason::bare(cmd::SUBSCRIBE_CORP, code));
                    self.enter(State::Activating, now);
                }
                errcode::NOT_ACTIVATED => self.enter(State::Activating, now),
                errcode::NOT_NETWORK_REGISTERED => {
                    self.reregister(Reason::answered(step, errcode::NOT_NETWORK_REGISTERED), now)
                }
                errcode::ALREADY_REGISTERED => self.live_elsewhere(step, r.errmsg, now),
                errcode::NOT_LOGGED_IN => {
                    self.restart(Reason::bare(cmd::SUBSCRIBE_CORP, code), now)
                }
                errcode::SYSTEM_BUSY => self.busy(step, now),
                c if is_fatal(c) => self.fatal(step, c, r.errmsg),
                c => self.disconnect(Reason::answered(cmd::SUBSCRIBE_CORP, c), true, now),
            },
            State::Online | State::Disconnected | State::Stopped => {}
        }
    }

    /// 600014 "device not network-registered": back to `register` on the same connection,
    /// but not forever against a cloud that keeps saying so.
    fn reregister(&mut self, reason: Reason, now: Instant) {
        self.conn.restarts += 1;
        if self.conn.restarts > 3 {
            let why = Box::new(reason);
            self.disconnect(Reason::KeepsFailing { why }, true, now);
            return;
        }
        let why = Box::new(reason);
        self.emit(Lifecycle::Restart {
            reason: Reason::RegisterAgain { why },
        });
        self.enter(State::Registering, now);
    }

    /// The cloud serves this SN on another live connection (600002 that did not register
    /// this one). On the first connection of this run that is someone else's connection: stop
    /// with a clear error rather than poll a step the cloud will never answer. After a
    /// connection of ours registered, it may be our own old one the cloud has not dropped
    /// yet: reconnect with backoff.
    fn live_elsewhere(&mut self, step: &str, errmsg: String, now: Instant) {
        if self.registered_before {
            self.disconnect(Reason::HeldElsewhere, true, now);
        } else {
            self.fatal(step, errcode::ALREADY_REGISTERED, errmsg);
        }
    }

    /// 600053 "this connection is already activated" while no secret is stored (it was
    /// just wiped, e.g. after 600005): `active` cannot return a secret again on this
    /// connection, and activation belongs to the connection (4.3), so start a new one.
    fn lost_activation(&mut self, now: Instant) {
        self.disconnect(Reason::LostActivation, true, now);
    }

    fn after_register(&mut self, now: Instant) {
        let next = if self.persisted.secret.is_some() {
            State::Subscribing
        } else {
            State::Activating
        };
        self.enter(next, now);
    }

    /// 6.4: not bound yet (600004 or any other code): ask again after the poll interval.
    fn poll_later(&mut self, code: i64, now: Instant) {
        if code == errcode::NOT_AUTHORISED && self.persisted.secret.is_some() {
            // 4.1 step 8: "not authorised" after having been bound: the corp withdrew.
            self.wipe(Reason::bare(cmd::ACTIVE, code));
        }
        self.conn.polls += 1;
        self.emit(Lifecycle::WaitingForBind {
            errcode: code,
            polls: self.conn.polls,
        });
        self.conn
            .timers
            .set(Timer::WakeStep, now + self.cfg.poll_interval);
    }
}

#[cfg(test)]
mod tests;
