//! `wecom-hw connect`: builds the device from the arguments, runs the driver, and turns
//! lifecycle events into lines (stderr) or NDJSON (stdout), reactions, and an exit code.

mod calls;
mod react;
mod report;
mod state;

use crate::cli::connect::{CallKind, ConnectArgs, ConnectCommand};
use crate::core::errcode;
use crate::core::wss::device::{Call, Config, Device, Lifecycle, Persisted};
use crate::core::wss::messages::{self, NetInfo};
use crate::io::secrets;
use crate::net::device::transcript::Transcript;
use crate::net::device::transport::{ConnectError, Endpoint};
use crate::net::device::{Driver, Flow, Hooks, Inbox, Outcome};
use crate::output::{ExitClass, Failure, Output};
use crate::store::{Store, StoreOptions, StoredDevice};
use anyhow::Result;
use react::Reactions;
use serde_json::{Value, json};
use state::StateBackend;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Largest log upload (`wss.md` 6.8, assumed 2 MiB; older lines are dropped first).
pub const MAX_UPLOAD: usize = 2 * 1024 * 1024;

/// What `--until` waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Goal {
    Registered,
    Bound,
    Subscribed,
    Push(String),
}

fn parse_goal(s: &str) -> Result<Goal, Failure> {
    Ok(match s {
        "registered" => Goal::Registered,
        "bound" => Goal::Bound,
        "subscribed" | "online" => Goal::Subscribed,
        p if p.starts_with("push_") && p.len() > 5 => Goal::Push(p.to_owned()),
        other => {
            return Err(Failure::new(
                ExitClass::Usage,
                format!("--until {other:?}: expected registered, bound, subscribed or a push name (push_...)"),
            )
            .hint(format!("known pushes: {}", messages::cmd::KNOWN_PUSHES.join(", "))));
        }
    })
}

/// A prepared one-shot call.
struct OneShot {
    kind: CallKind,
    call: Call,
}

const CALL_ID: u64 = 1;

pub fn run(a: ConnectArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    crate::core::device::validate_sn(&a.sn)
        .map_err(|e| Failure::data(format!("--sn {:?}: {e}", a.sn)))?;
    let Resolved {
        secret,
        seed,
        backend,
        stored,
    } = resolve(&a, store, out)?;
    out.debug(backend.describe());
    let goal = a.until.as_deref().map(parse_goal).transpose()?;
    let oneshot = match &a.call {
        Some(ConnectCommand::Call { what }) => {
            if goal.is_some() {
                return Err(Failure::new(
                    ExitClass::Usage,
                    "--until and `call` exclude each other: a call ends the run itself",
                )
                .into());
            }
            Some(calls::prepare_call(what)?)
        }
        None => None,
    };
    let reactions = Reactions::parse(&a.on)?;
    let mut endpoint = Endpoint::new(&a.endpoint, a.ca_file.as_deref(), a.insecure_plain)
        .map_err(|e| Failure::new(ExitClass::Usage, format!("{e:#}")))?;
    endpoint.max_message = a.max_message as usize;
    let persisted = backend.load(&a.sn, stored.as_ref())?;
    if seed && !backend.keeps_state() {
        out.warn(
            "a seed unit without --state-file or a device store entry: the exchanged SecretNo \
             is not kept, and the cloud refuses a second exchange (600047)",
        );
    }
    let transcript = match &a.transcript {
        Some(p) => Some(
            Transcript::create(p)
                .map_err(|e| Failure::io(format!("cannot open transcript {}: {e}", p.display())))?,
        ),
        None => None,
    };

    let mut cfg = Config::new(a.sn.clone(), secret, seed);
    cfg.firmware_version = a.firmware_version.clone();
    cfg.ping_interval = Duration::from_secs(a.ping_interval);
    cfg.skew_warn = Duration::from_secs(a.skew_warn);
    if a.wifi_name.is_some() || a.mac_address.is_some() {
        cfg.net_info = Some(NetInfo {
            wifi_name: a.wifi_name.clone(),
            mac_address: a.mac_address.clone(),
        });
    }
    let ping_interval = cfg.ping_interval;
    let wall = (
        Instant::now(),
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0),
    );
    let device = Device::new(cfg, persisted, wall, rand::random());
    let fetch_tls = endpoint
        .tls_config(a.ca_file.as_deref())
        .map_err(|e| Failure::new(ExitClass::Usage, format!("{e:#}")))?;
    let mut driver = Driver {
        endpoint,
        transcript,
        connect_timeout: Duration::from_secs(10),
        deadline: a.timeout.map(|t| Instant::now() + t),
    };
    let mut session = Session {
        out: out.clone(),
        sn: a.sn.clone(),
        backend,
        goal,
        oneshot,
        call_sent: false,
        reactions,
        fetch_tls,
        download_dir: a.download_dir.clone(),
        firmware_version: a.firmware_version.clone(),
        next_id: CALL_ID + 1,
        ping_interval,
        last: "not connected".into(),
        offset: 0,
    };

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| {
            Failure::new(
                ExitClass::Internal,
                format!("cannot start the runtime: {e}"),
            )
        })?;
    let outcome = rt.block_on(driver.run(device, &mut session))?;
    match outcome {
        Outcome::Done | Outcome::Stopped => Ok(()),
        Outcome::Interrupted => {
            session.line(
                "interrupted: connection closed",
                json!({"event": "interrupted"}),
            );
            Ok(())
        }
        Outcome::TimedOut => {
            let secs = a.timeout.map_or(0, |t| t.as_secs());
            let wanted = match (&session.goal, &session.oneshot) {
                (Some(g), _) => format!("{g:?}")
                    .to_lowercase()
                    .replace(['(', ')', '"'], " "),
                (None, Some(_)) => "the call answered".into(),
                (None, None) => "done".into(),
            };
            Err(Failure::new(
                ExitClass::Timeout,
                format!(
                    "timed out after {secs} s waiting for {}; last state: {}",
                    wanted.trim(),
                    session.last
                ),
            )
            .into())
        }
    }
}

struct Session {
    out: Output,
    sn: String,
    backend: StateBackend,
    goal: Option<Goal>,
    oneshot: Option<OneShot>,
    call_sent: bool,
    reactions: Reactions,
    fetch_tls: std::sync::Arc<rustls::ClientConfig>,
    download_dir: PathBuf,
    firmware_version: String,
    next_id: u64,
    ping_interval: Duration,
    /// Last lifecycle milestone, for the timeout message.
    last: String,
    offset: i64,
}

fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

impl Session {
    /// A lifecycle line: human text on stderr, or the JSON object on stdout.
    fn line(&self, human: impl std::fmt::Display, mut v: Value) {
        if self.out.json {
            v["ts"] = now_rfc3339().into();
            v["sn"] = self.sn.clone().into();
            let _ = self.out.json_line(&v);
        } else {
            self.out.info(human);
        }
    }

    fn warn(&self, human: impl std::fmt::Display, mut v: Value) {
        if self.out.json {
            v["ts"] = now_rfc3339().into();
            v["sn"] = self.sn.clone().into();
            let _ = self.out.json_line(&v);
        } else {
            self.out.warn(human);
        }
    }

    /// A result: stdout in both modes.
    fn result(&self, human: impl std::fmt::Display, v: Value) {
        if self.out.json {
            let _ = self.out.json_line(&v);
        } else {
            // A long-lived device keeps running when nobody reads its results any more.
            let _ = crate::outln!("{human}");
        }
    }

    fn reached(&self, g: &Goal) -> bool {
        self.oneshot.is_none() && self.goal.as_ref() == Some(g)
    }

    fn fatal(&self, step: &str, errcode: i64, errmsg: &str) -> anyhow::Error {
        let class = if errcode == 600023 {
            ExitClass::Expired
        } else {
            ExitClass::Rejected
        };
        let mut f = Failure::new(
            class,
            format!(
                "`{step}` refused by the cloud: {} [{errmsg}]",
                errcode::describe(errcode)
            ),
        );
        let hint = match errcode {
            600001 => Some("is the SN registered for this model in the console (or in the emulator's --devices)?".to_owned()),
            600011 => Some(format!(
                "the SecretNo does not match this SN; check the secret source{}",
                if step == "get_secret_no" { " (a seedSecretNo)" } else { " (use --seed for a shared seedSecretNo)" }
            )),
            600047 => Some("the seed exchange is not possible now: already exchanged or registered (the vendor can reset the SecretNo)".into()),
            _ => None,
        };
        if let Some(h) = hint {
            f = f.hint(h);
        }
        if self.out.json {
            let _ = self.out.json_line(
                &json!({"event": "fatal", "ts": now_rfc3339(), "sn": self.sn,
                "step": step, "errcode": errcode, "errmsg": errmsg,
                "meaning": errcode::describe(errcode)}),
            );
            f = f.json_reported(true);
        }
        f.into()
    }
}

impl Hooks for Session {
    fn persist(&mut self, p: &Persisted) -> Result<()> {
        Ok(self.backend.save(&self.sn, p)?)
    }

    fn connecting(&mut self, attempt: u32, url: &str) {
        if attempt == 0 {
            self.line(
                format!("connecting to {url} as {}", self.sn),
                json!({"event": "connecting", "url": url, "attempt": attempt}),
            );
        } else if !self.out.json {
            self.out
                .debug(format!("connecting to {url} (attempt {attempt})"));
        }
    }

    fn certificate_error(&mut self, e: &ConnectError) -> anyhow::Error {
        Failure::new(ExitClass::Network, e.message.clone())
            .hint("the server certificate is not trusted: give its CA with --ca-file (for the emulator: the ca.pem it prints)")
            .into()
    }

    fn event(&mut self, l: &Lifecycle, inbox: &Inbox) -> Flow {
        self.describe_event(l);
        if let Err(e) = self.backend.on_event(l) {
            // The device goes on; the ledger line is lost and the user is told.
            self.out.warn(format!("{e}"));
        }
        if let Lifecycle::Fatal {
            step,
            errcode,
            errmsg,
        } = l
        {
            return Flow::Fail(self.fatal(step, *errcode, errmsg));
        }
        if let Some(flow) = self.reactions.on_event(
            l,
            inbox,
            &mut self.next_id,
            &ReactCtx {
                out: &self.out,
                sn: &self.sn,
                tls: &self.fetch_tls,
                dir: &self.download_dir,
                firmware_version: &self.firmware_version,
            },
        ) {
            return flow;
        }
        match l {
            Lifecycle::Registered { .. } if self.reached(&Goal::Registered) => Flow::Done,
            Lifecycle::Bound { .. } if self.reached(&Goal::Bound) => Flow::Done,
            Lifecycle::Subscribed => {
                if self.reached(&Goal::Bound) || self.reached(&Goal::Subscribed) {
                    return Flow::Done;
                }
                if let Some(one) = &self.oneshot
                    && !self.call_sent
                {
                    self.call_sent = true;
                    inbox.call(CALL_ID, one.call.clone());
                }
                Flow::Continue
            }
            Lifecycle::Push { cmd, .. } => {
                let goal = Goal::Push(cmd.clone());
                if self.reached(&goal) && !self.reactions.has(cmd) {
                    return Flow::Done;
                }
                Flow::Continue
            }
            Lifecycle::CallReply { id, .. }
            | Lifecycle::CallBinary { id, .. }
            | Lifecycle::CallFailed { id, .. }
                if *id == CALL_ID =>
            {
                self.on_call_result(l, inbox)
            }
            _ => Flow::Continue,
        }
    }

    fn note(&mut self, note: &Value, _inbox: &Inbox) -> Flow {
        if note.get("selfhelp_wait").is_some() {
            return Flow::Done;
        }
        if let Some(cmd) = note["reaction_done"].as_str() {
            self.reactions.report(
                note,
                &ReactCtx {
                    out: &self.out,
                    sn: &self.sn,
                    tls: &self.fetch_tls,
                    dir: &self.download_dir,
                    firmware_version: &self.firmware_version,
                },
            );
            if self.reached(&Goal::Push(cmd.to_owned())) {
                return if note["ok"].as_bool() == Some(false) {
                    Flow::Fail(
                        Failure::new(
                            ExitClass::Data,
                            format!(
                                "reaction to {cmd} failed: {}",
                                note["error"].as_str().unwrap_or("?")
                            ),
                        )
                        .into(),
                    )
                } else {
                    Flow::Done
                };
            }
        }
        Flow::Continue
    }
}

/// What reactions need from the session.
pub(crate) struct ReactCtx<'a> {
    pub out: &'a Output,
    pub sn: &'a str,
    pub tls: &'a std::sync::Arc<rustls::ClientConfig>,
    pub dir: &'a std::path::Path,
    pub firmware_version: &'a str,
}

/// The secret to sign with, whether it is a seed, and where state is kept.
struct Resolved {
    secret: crate::core::secret::Secret,
    seed: bool,
    backend: StateBackend,
    stored: Option<StoredDevice>,
}

/// An explicit secret source wins; otherwise the store's entry for the SN gives the
/// SecretNo (or, for a seed unit, the seed). `--state-file` wins for state; otherwise a
/// unit the store holds keeps its state there.
fn resolve(a: &ConnectArgs, opts: &StoreOptions, out: &Output) -> Result<Resolved, Failure> {
    use crate::import::SecretKind;
    let what = if a.seed { "seedSecretNo" } else { "SecretNo" };
    let explicit = secrets::load_explicit(&a.secret, what)?;
    // With both a secret and a state file given, the store is not needed at all.
    let (store, stored) = if explicit.is_some() && a.state_file.is_some() {
        (None, None)
    } else {
        match Store::open_existing(opts)? {
            Some(s) => {
                let d = s.get(&a.sn)?;
                (Some(s), d)
            }
            None => (None, None),
        }
    };
    let (secret, seed) = match explicit {
        Some((secret, origin)) => {
            out.debug(format!(
                "{what} from {origin} (fingerprint {})",
                secret.fingerprint()
            ));
            (secret, a.seed)
        }
        None => {
            let Some(dev) = &stored else {
                return Err(Failure::data(format!(
                    "no {what} given for SN {}, and the device store {} does not hold this SN",
                    a.sn,
                    opts.path.display()
                ))
                .hint(format!(
                    "use --secret-file PATH, --secret-stdin or set {}; or import the registration export with `wecom-hw import FILE`",
                    a.secret.secret_env
                )));
            };
            let seed = dev.secret_kind == SecretKind::Seed;
            if a.seed && !seed {
                return Err(Failure::new(
                    ExitClass::Usage,
                    format!(
                        "--seed: the device store holds SN {} with its own SecretNo, not a seed",
                        dev.sn
                    ),
                )
                .hint("drop --seed, or give the seedSecretNo with --secret-file"));
            }
            out.debug(format!(
                "{} from the device store {} (SN {}, fingerprint {})",
                if seed { "seedSecretNo" } else { "SecretNo" },
                opts.path.display(),
                dev.sn,
                dev.secret_no.fingerprint()
            ));
            (dev.secret_no.clone(), seed)
        }
    };
    let backend = match (&a.state_file, store, &stored) {
        (Some(p), _, _) => StateBackend::File(p.clone()),
        (None, Some(s), Some(dev)) => {
            // A seed unit whose store entry is per-device (or the reverse, given
            // explicitly) keeps state by what it actually does.
            StateBackend::store(s, dev, seed)
        }
        _ => StateBackend::None,
    };
    Ok(Resolved {
        secret,
        seed,
        backend,
        stored,
    })
}
