//! The phone-side driver: runs the sans-IO [`Session`] over any [`BleLink`]. Writes
//! 20-byte frames one at a time, enforces per-step timeouts, retries transient link errors
//! and writes the `--trace` NDJSON (every packet both ways, passwords masked).

use super::transport::{BleCentral, BleLink, LinkError};
use crate::core::ble::command::WifiListIds;
use crate::core::ble::frame::{Dropped, Packet};
use crate::core::ble::info::Info;
use crate::core::ble::session::{
    Action, Goal, Outcome, Session, SessionConfig, SessionError, Step, trace_record,
};
use crate::core::ble::signer::HandshakeSigner;
use std::io::Write;
use std::time::{Duration, Instant};
use zeroize::{Zeroize, Zeroizing};

/// Link-level settings around the session.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    pub session: SessionConfig,
    /// Attempts for a transient error (connect, write, read) before giving up.
    pub attempts: u32,
    /// Guard for each written frame (App: 5 s).
    pub chunk_timeout: Duration,
}

impl ClientConfig {
    pub fn new(session: SessionConfig) -> ClientConfig {
        ClientConfig {
            session,
            attempts: 3,
            chunk_timeout: Duration::from_secs(5),
        }
    }
}

/// Why a run failed, with the step it failed in.
#[derive(Debug)]
pub enum ClientError {
    /// The radio/link layer failed during `step`.
    Link { step: Step, error: LinkError },
    /// The protocol failed; `dropped` says what the reassembler discarded meanwhile.
    Session {
        error: SessionError,
        dropped: Dropped,
    },
}

impl ClientError {
    pub fn step(&self) -> Step {
        match self {
            ClientError::Link { step, .. } => *step,
            ClientError::Session { error, .. } => error.step,
        }
    }

    /// The failure a technician sees, naming the step. A method rather than `From`: the
    /// most useful hints name the signer in use, which the error does not know.
    pub fn failure(self, signer: &str) -> crate::output::Failure {
        use crate::core::ble::session::FailKind;
        use crate::output::{ErrorCode, Failure};
        match self {
            ClientError::Link {
                step: Step::HandshakeConfirm,
                error: LinkError::Disconnected,
            } => Failure::new(
                ErrorCode::BleHandshakeRejected,
                crate::fl!("ble-handshake-rejected"),
            )
            .at(crate::fl!("ble-step", step = Step::HandshakeConfirm.name()))
            .hint(crate::fl!("ble-handshake-rejected-hint", signer = signer)),
            ClientError::Link { step, error } => {
                Failure::from(error).at(crate::fl!("ble-step", step = step.name()))
            }
            ClientError::Session { error, dropped } => {
                let step = error.step;
                let timeout = error.kind == FailKind::Timeout;
                let f = Failure::from(error);
                if timeout && dropped.bad_version > 0 {
                    f.hint(crate::fl!(
                        "ble-hint-bad-version",
                        count = dropped.bad_version
                    ))
                } else if timeout && step == Step::HandshakeConfirm {
                    f.hint(crate::fl!("ble-hint-no-confirm", signer = signer))
                } else {
                    f
                }
            }
        }
    }
}

/// NDJSON packet log for `--trace FILE`.
pub struct Tracer {
    out: Box<dyn Write + Send>,
    start: Instant,
    ids: WifiListIds,
}

impl Tracer {
    pub fn new(out: Box<dyn Write + Send>, ids: WifiListIds) -> Tracer {
        Tracer {
            out,
            start: Instant::now(),
            ids,
        }
    }

    fn ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn line(&mut self, v: serde_json::Value) {
        // A trace is best effort: a full disk must not abort provisioning half way.
        let _ = writeln!(self.out, "{v}").and_then(|_| self.out.flush());
    }

    pub fn packet(&mut self, dir: &str, p: &Packet) {
        let r = trace_record(self.ms(), dir, p, &self.ids);
        self.line(r);
    }

    pub fn info(&mut self, info: &Info) {
        let t = self.ms();
        self.line(serde_json::json!({"t_ms": t, "dir": "rx", "char": "FCC9", "info": info}));
    }

    pub fn event(&mut self, what: &str, detail: &str) {
        let t = self.ms();
        self.line(serde_json::json!({"t_ms": t, "event": what, "detail": detail}));
    }
}

async fn with_retry<T, F, Fut>(attempts: u32, mut op: F) -> Result<T, LinkError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, LinkError>>,
{
    let mut delay = Duration::from_millis(100);
    let mut n = 1;
    loop {
        match op().await {
            Err(e) if e.is_transient() && n < attempts.max(1) => {
                tokio::time::sleep(delay).await;
                delay *= 2;
                n += 1;
            }
            other => return other,
        }
    }
}

/// Connects with a timeout per attempt, retrying transient failures with backoff
/// (`le-connection-abort-by-local` and friends, `ble.md` 10.6).
pub async fn connect(
    central: &dyn BleCentral,
    address: &str,
    timeout: Duration,
    attempts: u32,
) -> Result<Box<dyn BleLink>, ClientError> {
    with_retry(attempts, || async {
        match tokio::time::timeout(timeout, central.connect(address, timeout)).await {
            Ok(r) => r,
            Err(_) => Err(LinkError::Timeout("connect")),
        }
    })
    .await
    .map_err(|error| ClientError::Link {
        step: Step::Connect,
        error,
    })
}

/// Runs one session to its end. `warn` receives non-fatal notes for stderr. A failure is
/// also recorded in the trace, with its step.
pub async fn run(
    link: &dyn BleLink,
    goal: Goal,
    cfg: &ClientConfig,
    signer: &dyn HandshakeSigner,
    mut trace: Option<&mut Tracer>,
    warn: &mut dyn FnMut(String),
) -> Result<Outcome, ClientError> {
    let r = drive(link, goal, cfg, signer, trace.as_deref_mut(), warn).await;
    if let (Err(e), Some(t)) = (&r, trace) {
        let detail = match e {
            ClientError::Link { step, error } => format!("step {}: {error}", step.name()),
            ClientError::Session { error, .. } => error.to_string(),
        };
        t.event("failed", &detail);
    }
    r
}

async fn drive(
    link: &dyn BleLink,
    goal: Goal,
    cfg: &ClientConfig,
    signer: &dyn HandshakeSigner,
    mut trace: Option<&mut Tracer>,
    warn: &mut dyn FnMut(String),
) -> Result<Outcome, ClientError> {
    let start = Instant::now();
    let now = || start.elapsed().as_millis() as u64;
    let mut session = Session::new(goal, cfg.session.clone(), now());
    let mut pending: Vec<Action> = Vec::new();
    loop {
        if pending.is_empty() {
            let deadline = session.deadline().unwrap_or(now() + 1000);
            let wait = Duration::from_millis(deadline.saturating_sub(now()));
            tokio::select! {
                got = link.next_indication() => match got {
                    Ok(bytes) => pending.extend(session.on_indication(&bytes, now())),
                    Err(e) if e.is_transient() => warn(crate::fl!("rest-ble-transient-ignored", error = e.to_string())),
                    Err(error) => return Err(ClientError::Link { step: session.step(), error }),
                },
                _ = tokio::time::sleep(wait) => pending.extend(session.on_tick(now())),
            }
            continue;
        }
        let action = pending.remove(0);
        match action {
            Action::Send(mut p) => {
                if let Some(t) = trace.as_deref_mut() {
                    t.packet("tx", &p);
                }
                let step = session.step();
                // The 30003 body holds the Wi-Fi password: wipe our copies once written
                // (also when a write fails: Zeroizing wipes the frames on drop).
                let frames = Zeroizing::new(p.frames().map_err(|e| ClientError::Link {
                    step,
                    error: LinkError::Other(e.to_string()),
                })?);
                p.body.zeroize();
                for &f in frames.iter() {
                    with_retry(cfg.attempts, || async {
                        match tokio::time::timeout(cfg.chunk_timeout, link.write_frame(f)).await {
                            Ok(r) => r,
                            Err(_) => Err(LinkError::Timeout("write")),
                        }
                    })
                    .await
                    .map_err(|error| ClientError::Link { step, error })?;
                }
            }
            Action::ReadInfo => {
                let limit = Duration::from_millis(cfg.session.timeouts.read_info);
                let bytes = with_retry(cfg.attempts, || async {
                    match tokio::time::timeout(limit, link.read_info()).await {
                        Ok(r) => r,
                        Err(_) => Err(LinkError::Timeout("read-info")),
                    }
                })
                .await
                .map_err(|error| ClientError::Link {
                    step: Step::ReadInfo,
                    error,
                })?;
                let acts = session.on_info(&bytes, now());
                if let Some(t) = trace.as_deref_mut() {
                    t.info(&Info::decode(&bytes));
                }
                pending.extend(acts);
            }
            Action::Sign(req) => {
                let answer = signer.sign(&req);
                pending.extend(session.on_signed(req, answer, now()));
            }
            Action::Received(p) => {
                if let Some(t) = trace.as_deref_mut() {
                    t.packet("rx", &p);
                }
            }
            Action::Warn(m) => warn(super::words::warning(&m)),
            Action::Finished(out) => return Ok(*out),
            Action::Failed(error) => {
                if let Some(t) = trace.as_deref_mut() {
                    t.event("failed", &error.to_string());
                }
                return Err(ClientError::Session {
                    error,
                    dropped: session.dropped(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ble::sim::{Faults, SimCentral, SimConfig, Verify};
    use crate::core::ble::command::{Protocol, SetWifi};
    use crate::core::ble::session::FailKind;
    use crate::core::ble::signer::{DefaultSigner, NoneSigner};
    use crate::core::secret::Secret;
    use std::sync::{Arc, Mutex};
    use zeroize::Zeroizing;

    fn wifi() -> Goal {
        Goal::Provision(SetWifi {
            ssid: "TestAP".into(),
            bssid: String::new(),
            password: Zeroizing::new("s3cret-pass".into()),
            protocol: Protocol::Wpa2,
        })
    }

    fn fast() -> ClientConfig {
        let mut s = SessionConfig::new(987654321);
        s.timeouts = crate::core::ble::session::Timeouts {
            connect: 500,
            handshake_start: 300,
            sign: 300,
            handshake_confirm: 300,
            read_info: 300,
            status: 300,
            wifi_list: 300,
            wifi_report: 300,
        };
        ClientConfig::new(s)
    }

    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    async fn provision(
        faults: Faults,
        verify: Verify,
        signer: &dyn HandshakeSigner,
    ) -> (Result<Outcome, ClientError>, String) {
        let central = SimCentral::new(SimConfig {
            faults,
            verify,
            ..SimConfig::default()
        });
        let link = connect(&central, "11:22:33:44:55:66", Duration::from_secs(1), 3)
            .await
            .unwrap();
        let buf = Buf::default();
        let mut t = Tracer::new(Box::new(buf.clone()), WifiListIds::default());
        let r = run(
            link.as_ref(),
            wifi(),
            &fast(),
            signer,
            Some(&mut t),
            &mut |_| {},
        )
        .await;
        let text = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
        (r, text)
    }

    fn secret() -> Secret {
        Secret::new("secretNo").unwrap()
    }

    #[tokio::test]
    async fn provisions_the_simulator_and_traces_without_the_password() {
        let signer = DefaultSigner { secret: secret() };
        let (r, trace) = provision(Faults::default(), Verify::Default, &signer).await;
        let out = r.unwrap();
        assert!(out.report.unwrap().wifi_connected);
        let req = out.sign_request.unwrap();
        assert_eq!(signer.check_device(&req, &out.device_signature), Some(true));
        assert!(!trace.contains("s3cret-pass"), "{trace}");
        let names: Vec<String> = trace
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["name"]
                    .as_str()
                    .unwrap_or("fcc9")
                    .to_owned()
            })
            .collect();
        assert_eq!(
            names,
            [
                "handshake-start",
                "handshake-challenge",
                "handshake-confirm",
                "handshake-done",
                "fcc9",
                "get-status",
                "report-status",
                "set-wifi",
                "report-status"
            ]
        );
    }

    #[tokio::test]
    async fn garbage_and_short_indications_are_tolerated() {
        let faults = Faults {
            garbage: true,
            short_indications: true,
            ..Faults::default()
        };
        let (r, _) = provision(faults, Verify::AcceptAny, &NoneSigner).await;
        assert!(r.unwrap().report.unwrap().wifi_connected);
    }

    #[tokio::test]
    async fn each_fault_fails_in_the_step_a_technician_would_look_at() {
        let cases: Vec<(Faults, Step)> = vec![
            (
                Faults {
                    silent: true,
                    ..Faults::default()
                },
                Step::HandshakeStart,
            ),
            (
                Faults {
                    wrong_version: true,
                    ..Faults::default()
                },
                Step::HandshakeStart,
            ),
            (
                Faults {
                    reject_signature: true,
                    ..Faults::default()
                },
                Step::HandshakeConfirm,
            ),
            (
                Faults {
                    drop_chunk: Some(2),
                    ..Faults::default()
                },
                Step::HandshakeConfirm,
            ),
            (
                Faults {
                    wifi_fail: true,
                    ..Faults::default()
                },
                Step::WifiReport,
            ),
            (
                Faults {
                    no_wifi_connected: true,
                    ..Faults::default()
                },
                Step::WifiReport,
            ),
        ];
        for (faults, step) in cases {
            let label = format!("{faults:?}");
            let (r, _) = provision(faults, Verify::AcceptAny, &NoneSigner).await;
            let e = r.expect_err(&label);
            assert_eq!(e.step(), step, "{label}: {e:?}");
        }
        let (r, _) = provision(
            Faults {
                wrong_version: true,
                ..Faults::default()
            },
            Verify::AcceptAny,
            &NoneSigner,
        )
        .await;
        let Err(ClientError::Session { error, dropped }) = r else {
            panic!()
        };
        assert_eq!(error.kind, FailKind::Timeout);
        assert!(dropped.bad_version >= 1);
        // A device checking our default scheme refuses a wrong SecretNo.
        let wrong = DefaultSigner {
            secret: Secret::new("not-the-secret").unwrap(),
        };
        let (r, _) = provision(Faults::default(), Verify::Default, &wrong).await;
        assert!(matches!(
            r,
            Err(ClientError::Link {
                step: Step::HandshakeConfirm,
                error: LinkError::Disconnected
            })
        ));
    }

    #[tokio::test]
    async fn transient_connect_errors_are_retried() {
        let central = SimCentral::new(SimConfig {
            faults: Faults {
                connect_transient: 2,
                ..Faults::default()
            },
            ..SimConfig::default()
        });
        assert!(
            connect(&central, "11:22:33:44:55:66", Duration::from_secs(1), 3)
                .await
                .is_ok()
        );
        let central = SimCentral::new(SimConfig {
            faults: Faults {
                connect_transient: 3,
                ..Faults::default()
            },
            ..SimConfig::default()
        });
        let e = connect(&central, "11:22:33:44:55:66", Duration::from_secs(1), 3)
            .await
            .err()
            .unwrap();
        assert!(matches!(
            e,
            ClientError::Link {
                step: Step::Connect,
                error: LinkError::Transient(_)
            }
        ));
    }
}
