//! The device driver: owns the socket and the clock, feeds [`Device`] and performs its
//! actions. All protocol decisions are in `core::wss::client`; this file only moves bytes,
//! sleeps, and asks the caller's [`Hooks`] about persistence and when to stop.

pub mod download;
pub mod transcript;
pub mod transport;

use crate::core::wss::client::{Action, Call, Device, Event, Lifecycle, Persisted, Reason, State};
use futures_util::{SinkExt, StreamExt};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant as TokioInstant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use transcript::{Dir, Transcript};
use transport::{ConnectError, ConnectFailure, ConnectStep, Endpoint, Ws};

/// What the caller wants after an event.
pub enum Flow {
    Continue,
    /// The goal (`--until`, a one-shot call) is reached: close cleanly and return.
    Done,
    /// Give up with this error (its `Failure` class becomes the exit code).
    Fail(anyhow::Error),
}

/// How the run ended without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Ctrl-C / SIGTERM: closed cleanly.
    Interrupted,
    /// The overall deadline passed.
    TimedOut,
    /// The machine stopped by itself.
    Stopped,
}

enum In {
    Event(Event),
    Note(serde_json::Value),
}

/// Lets hooks queue one-shot calls (answers come back as lifecycle events) and lets their
/// background tasks (downloads, programs) report back as notes.
#[derive(Clone)]
pub struct Inbox(mpsc::UnboundedSender<In>);

impl Inbox {
    pub fn call(&self, id: u64, call: Call) {
        let _ = self.0.send(In::Event(Event::Call { id, call }));
    }

    /// Delivered to [`Hooks::note`] on the driver's task.
    pub fn note(&self, v: serde_json::Value) {
        let _ = self.0.send(In::Note(v));
    }
}

/// The caller's side of the run.
pub trait Hooks {
    /// Write the persisted state; an error ends the run (state that cannot be saved
    /// would be lost).
    fn persist(&mut self, p: &Persisted) -> anyhow::Result<()>;
    fn event(&mut self, l: &Lifecycle, inbox: &Inbox) -> Flow;
    /// A note sent through [`Inbox::note`].
    fn note(&mut self, _note: &serde_json::Value, _inbox: &Inbox) -> Flow {
        Flow::Continue
    }
    /// A connection attempt starts.
    fn connecting(&mut self, _attempt: u32, _url: &str) {}
    /// A connection attempt failed on certificate verification, which retrying cannot fix.
    fn certificate_error(&mut self, e: &ConnectError) -> anyhow::Error {
        anyhow::anyhow!("{e}")
    }
    /// The run gives up on reaching the cloud: [`Driver::max_connect_failures`] attempts in
    /// a row failed, or the deadline passed before any connection opened.
    fn unreachable(&mut self, u: &Unreachable) -> anyhow::Error {
        anyhow::anyhow!("{}", u.error)
    }
}

/// Why the driver stopped trying to reach the cloud.
#[derive(Debug, Clone)]
pub struct Unreachable {
    pub url: String,
    /// Connection attempts that failed in a row (0 when the deadline passed during the
    /// first one).
    pub attempts: u32,
    /// The last failure (or, when the deadline cut an attempt short, that).
    pub error: ConnectError,
    /// The overall deadline passed (else the attempts ran out).
    pub deadline: bool,
}

pub struct Driver {
    pub endpoint: Endpoint,
    pub transcript: Option<Transcript>,
    /// Per connection attempt (TCP + TLS + upgrade).
    pub connect_timeout: Duration,
    /// Overall deadline (`--timeout`). Passing it before any connection opened is
    /// [`Hooks::unreachable`], after that [`Outcome::TimedOut`].
    pub deadline: Option<std::time::Instant>,
    /// Give up after this many failed connection attempts in a row (`None`: never, as a
    /// device does). Any attempt that opens the WebSocket resets the count.
    pub max_connect_failures: Option<u32>,
}

enum Wake {
    Signal,
    Msg(Option<Result<Message, tokio_tungstenite::tungstenite::Error>>),
    Inbox(In),
    /// [`Driver::next_wake`] passed.
    Time,
}

async fn next_msg(
    ws: &mut Option<Ws>,
) -> Option<Result<Message, tokio_tungstenite::tungstenite::Error>> {
    match ws.as_mut() {
        Some(w) => w.next().await,
        None => std::future::pending().await,
    }
}

async fn sleep_opt(t: Option<std::time::Instant>) {
    match t {
        Some(t) => tokio::time::sleep_until(TokioInstant::from_std(t)).await,
        None => std::future::pending().await,
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn interrupted() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

impl Driver {
    /// The one instant the loop sleeps until: the overall deadline, the next connection
    /// attempt (`connect_at`, while there is no socket) or the machine's next timer,
    /// whichever comes first.
    fn next_wake(
        &self,
        dev: &Device,
        connect_at: Option<std::time::Instant>,
    ) -> Option<std::time::Instant> {
        [self.deadline, connect_at, dev.next_timeout()]
            .into_iter()
            .flatten()
            .min()
    }

    fn gave_up(
        &self,
        hooks: &mut impl Hooks,
        attempts: u32,
        last: Option<ConnectError>,
        deadline: bool,
    ) -> anyhow::Error {
        let error = last.unwrap_or_else(|| {
            ConnectError::plain(
                ConnectStep::Timeout,
                ConnectFailure::Deadline {
                    url: self.endpoint.url.clone(),
                },
            )
        });
        hooks.unreachable(&Unreachable {
            url: self.endpoint.url.clone(),
            attempts,
            error,
            deadline,
        })
    }

    /// Sends one frame, written to the transcript first; a failed send drops the socket and
    /// tells the device why.
    async fn send(
        &mut self,
        ws: &mut Option<Ws>,
        dev: &mut Device,
        msg: Message,
        now: std::time::Instant,
    ) {
        let Some(w) = ws.as_mut() else { return };
        if let Some(tr) = self.transcript.as_mut() {
            match &msg {
                Message::Text(t) => tr.text(Dir::Out, t),
                Message::Binary(b) => tr.binary(Dir::Out, b),
                _ => {}
            }
        }
        if let Err(e) = w.send(msg).await {
            *ws = None;
            let error = e.to_string();
            dev.handle_event(Event::Closed(Reason::SendFailed { error }), now);
        }
    }

    async fn close(&mut self, ws: &mut Option<Ws>) {
        if let Some(mut w) = ws.take() {
            // A clean close frame, but never hang on a dead peer.
            let _ = tokio::time::timeout(Duration::from_secs(2), w.close(None)).await;
            if let Some(t) = self.transcript.as_mut() {
                t.note("close", "closed by the device");
            }
        }
    }

    pub async fn run(
        &mut self,
        mut dev: Device,
        hooks: &mut impl Hooks,
    ) -> anyhow::Result<Outcome> {
        let (tx, mut rx) = mpsc::unbounded_channel();
        let inbox = Inbox(tx);
        let mut ws: Option<Ws> = None;
        let mut connect_at: Option<std::time::Instant> = None;
        let mut attempt = 0u32;
        let mut was_interrupted = false;
        let signal = interrupted();
        tokio::pin!(signal);
        let mut signal_done = false;
        let mut pings = PingMeter::default();
        let mut ever_connected = false;
        let mut failures = 0u32;
        let mut last_error: Option<ConnectError> = None;
        loop {
            while let Some(a) = dev.poll_action() {
                let now = std::time::Instant::now();
                match a {
                    Action::Connect { after, attempt: n } => {
                        connect_at = Some(now + after);
                        attempt = n;
                    }
                    Action::SendText(t) => {
                        self.send(&mut ws, &mut dev, Message::text(t), now).await;
                    }
                    Action::SendBinary(b) => {
                        self.send(&mut ws, &mut dev, Message::binary(b), now).await;
                    }
                    Action::Persist(p) => {
                        if let Err(e) = hooks.persist(&p) {
                            self.close(&mut ws).await;
                            return Err(e);
                        }
                    }
                    Action::Emit(l) => match hooks.event(&l, &inbox) {
                        Flow::Continue => {}
                        Flow::Done => {
                            self.close(&mut ws).await;
                            return Ok(Outcome::Done);
                        }
                        Flow::Fail(e) => {
                            self.close(&mut ws).await;
                            return Err(e);
                        }
                    },
                    Action::Close => self.close(&mut ws).await,
                }
            }
            if dev.state() == State::Stopped {
                self.close(&mut ws).await;
                return Ok(if was_interrupted {
                    Outcome::Interrupted
                } else {
                    Outcome::Stopped
                });
            }
            let wake_at = self.next_wake(&dev, connect_at.filter(|_| ws.is_none()));
            let wake = tokio::select! {
                biased;
                _ = &mut signal, if !signal_done => Wake::Signal,
                Some(ev) = rx.recv() => Wake::Inbox(ev),
                m = next_msg(&mut ws), if ws.is_some() => Wake::Msg(m),
                _ = sleep_opt(wake_at), if wake_at.is_some() => Wake::Time,
            };
            let now = std::time::Instant::now();
            // Past the overall deadline only Ctrl-C still counts, whatever woke the loop: a
            // cloud that never stops sending must not keep the run alive.
            if !matches!(wake, Wake::Signal) && self.deadline.is_some_and(|d| d <= now) {
                self.close(&mut ws).await;
                if !ever_connected {
                    return Err(self.gave_up(hooks, failures, last_error, true));
                }
                return Ok(Outcome::TimedOut);
            }
            match wake {
                Wake::Signal => {
                    signal_done = true;
                    was_interrupted = true;
                    dev.handle_event(Event::Shutdown, now);
                }
                Wake::Inbox(In::Event(ev)) => dev.handle_event(ev, now),
                Wake::Inbox(In::Note(v)) => match hooks.note(&v, &inbox) {
                    Flow::Continue => {}
                    Flow::Done => {
                        self.close(&mut ws).await;
                        return Ok(Outcome::Done);
                    }
                    Flow::Fail(e) => {
                        self.close(&mut ws).await;
                        return Err(e);
                    }
                },
                Wake::Time => {
                    if ws.is_some() || connect_at.is_none_or(|t| t > now) {
                        dev.handle_timeout(now);
                        continue;
                    }
                    // A due connection attempt goes first; due timers wake the next turn.
                    connect_at = None;
                    hooks.connecting(attempt, &self.endpoint.url);
                    // Neither Ctrl-C nor the deadline waits for a slow handshake.
                    let attempt_fut =
                        tokio::time::timeout(self.connect_timeout, self.endpoint.connect());
                    enum Attempt<T> {
                        Done(T),
                        Signal,
                        Deadline,
                    }
                    let res = tokio::select! {
                        r = attempt_fut => Attempt::Done(r),
                        _ = &mut signal, if !signal_done => Attempt::Signal,
                        _ = sleep_opt(self.deadline), if self.deadline.is_some() => Attempt::Deadline,
                    };
                    let res = match res {
                        Attempt::Done(r) => Some(r),
                        Attempt::Signal => None,
                        Attempt::Deadline => {
                            if let Some(tr) = self.transcript.as_mut() {
                                tr.note("connect_failed", "the deadline passed during the attempt");
                            }
                            if ever_connected {
                                return Ok(Outcome::TimedOut);
                            }
                            let cut = ConnectError::plain(
                                ConnectStep::Timeout,
                                ConnectFailure::CutShort {
                                    addr: self.endpoint.addr(),
                                },
                            );
                            // The last complete failure says more than "cut short".
                            let last = last_error.or(Some(cut));
                            return Err(self.gave_up(hooks, failures, last, true));
                        }
                    };
                    let now = std::time::Instant::now();
                    let Some(res) = res else {
                        signal_done = true;
                        was_interrupted = true;
                        dev.handle_event(Event::Shutdown, now);
                        continue;
                    };
                    let failed = match res {
                        Ok(Ok(w)) => {
                            ws = Some(w);
                            pings = PingMeter::default();
                            ever_connected = true;
                            failures = 0;
                            if let Some(tr) = self.transcript.as_mut() {
                                tr.note("connected", &self.endpoint.url);
                            }
                            dev.handle_event(Event::Connected, now);
                            None
                        }
                        Ok(Err(e)) if e.certificate => return Err(hooks.certificate_error(&e)),
                        Ok(Err(e)) => Some(e),
                        Err(_) => Some(ConnectError::plain(
                            ConnectStep::Timeout,
                            ConnectFailure::Within {
                                addr: self.endpoint.addr(),
                                secs: self.connect_timeout.as_secs(),
                            },
                        )),
                    };
                    if let Some(e) = failed {
                        failures += 1;
                        if let Some(tr) = self.transcript.as_mut() {
                            tr.note("connect_failed", &e.failure.stable());
                        }
                        let reason = Reason::Driver {
                            stable: e.failure.stable(),
                            words: e.message(),
                        };
                        last_error = Some(e);
                        if self.max_connect_failures.is_some_and(|m| failures >= m) {
                            return Err(self.gave_up(hooks, failures, last_error, false));
                        }
                        dev.handle_event(Event::ConnectFailed(reason), now);
                    }
                }
                Wake::Msg(m) => {
                    let closed = match m {
                        Some(Ok(Message::Text(t))) => {
                            if let Some(tr) = self.transcript.as_mut() {
                                tr.text(Dir::In, &t);
                            }
                            dev.handle_event(Event::Text(t.to_string()), now);
                            None
                        }
                        Some(Ok(Message::Binary(b))) => {
                            if let Some(tr) = self.transcript.as_mut() {
                                tr.binary(Dir::In, &b);
                            }
                            dev.handle_event(Event::Binary(b.to_vec()), now);
                            None
                        }
                        Some(Ok(Message::Ping(p))) => {
                            // tungstenite queues the Pong and flushes it on the next read;
                            // a newer ping replaces an unsent pong, so a flood costs no
                            // memory. The transcript and the log say so once per second.
                            match pings.seen(now) {
                                PingSeen::Note => {
                                    if let Some(tr) = self.transcript.as_mut() {
                                        tr.note("ws_ping", &format!("{} bytes, answered", p.len()));
                                    }
                                }
                                PingSeen::Flood(n) => {
                                    if let Some(tr) = self.transcript.as_mut() {
                                        tr.note(
                                            "ws_ping_flood",
                                            &format!(
                                                "over {} pings within 1 s; the rest of this second answered, not noted",
                                                n - 1
                                            ),
                                        );
                                    }
                                    let l = Lifecycle::PingFlood { pings: n };
                                    if let Flow::Fail(e) = hooks.event(&l, &inbox) {
                                        self.close(&mut ws).await;
                                        return Err(e);
                                    }
                                }
                                PingSeen::Quiet => {}
                            }
                            None
                        }
                        Some(Ok(Message::Pong(_) | Message::Frame(_))) => None,
                        Some(Ok(Message::Close(f))) => Some(match f {
                            Some(f) => Reason::ClosedByCloud {
                                code: f.code.into(),
                                why: f.reason.to_string(),
                            },
                            None => Reason::ClosedByCloudBare,
                        }),
                        Some(Err(e)) => {
                            let (reason, code) = read_error(&e, self.endpoint.max_message);
                            // Tell the cloud why, as RFC 6455 asks, but never wait long.
                            if let (Some(code), Some(w)) = (code, ws.as_mut()) {
                                let frame = CloseFrame {
                                    code,
                                    reason: "".into(),
                                };
                                let _ = tokio::time::timeout(
                                    Duration::from_secs(1),
                                    w.close(Some(frame)),
                                )
                                .await;
                            }
                            Some(reason)
                        }
                        None => Some(Reason::ConnectionClosed),
                    };
                    if let Some(reason) = closed {
                        ws = None;
                        if let Some(tr) = self.transcript.as_mut() {
                            tr.note("closed", &reason.stable());
                        }
                        dev.handle_event(Event::Closed(reason), now);
                    }
                }
            }
        }
    }
}

/// Pings within one second before the run counts as a flood.
pub const PING_FLOOD_PER_SEC: u32 = 100;

/// Counts WebSocket pings per one-second window.
#[derive(Default)]
struct PingMeter {
    window: Option<std::time::Instant>,
    count: u32,
    reported: bool,
}

enum PingSeen {
    /// Worth a transcript line.
    Note,
    /// The window just crossed the flood mark (once per window).
    Flood(u32),
    Quiet,
}

impl PingMeter {
    fn seen(&mut self, now: std::time::Instant) -> PingSeen {
        if self
            .window
            .is_none_or(|w| now.saturating_duration_since(w) >= Duration::from_secs(1))
        {
            self.window = Some(now);
            self.count = 0;
            self.reported = false;
        }
        self.count += 1;
        if self.count <= 3 {
            PingSeen::Note
        } else if self.count > PING_FLOOD_PER_SEC && !self.reported {
            self.reported = true;
            PingSeen::Flood(self.count)
        } else {
            PingSeen::Quiet
        }
    }
}

/// Why reading failed, for the log, and the close code to send when the cloud broke the
/// protocol (RFC 6455 7.4.1: 1009 too big, 1007 not UTF-8, 1002 protocol error).
fn read_error(
    e: &tokio_tungstenite::tungstenite::Error,
    max: usize,
) -> (Reason, Option<CloseCode>) {
    use tokio_tungstenite::tungstenite::Error as E;
    use tokio_tungstenite::tungstenite::error::CapacityError;
    match e {
        E::Capacity(CapacityError::MessageTooLong { size, .. }) => {
            (Reason::TooBig { size: *size, max }, Some(CloseCode::Size))
        }
        E::Utf8(detail) => (
            Reason::NotUtf8 {
                detail: detail.to_string(),
            },
            Some(CloseCode::Invalid),
        ),
        E::Protocol(
            tokio_tungstenite::tungstenite::error::ProtocolError::ResetWithoutClosingHandshake,
        ) => (
            Reason::ConnectionLost {
                error: e.to_string(),
            },
            None,
        ),
        E::Protocol(p) => (
            Reason::ProtocolBroken {
                detail: p.to_string(),
            },
            Some(CloseCode::Protocol),
        ),
        other => (
            Reason::ConnectionLost {
                error: other.to_string(),
            },
            None,
        ),
    }
}
