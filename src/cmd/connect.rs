//! `wecom-hw connect`: builds the device from the arguments, runs the driver, and turns
//! lifecycle events into lines (stderr) or NDJSON (stdout), reactions, and an exit code.

mod calls;
mod react;
mod report;
mod state;

use crate::cli::connect::{CallKind, ConnectArgs, ConnectCommand};
use crate::core::errcode;
use crate::core::wss::client::{Call, Config, Device, Lifecycle, Persisted};
use crate::core::wss::messages::{self, NetInfo};
use crate::io::secrets;
use crate::net::client::transcript::Transcript;
use crate::net::client::transport::{ConnectError, ConnectStep, Endpoint};
use crate::net::client::{Driver, Flow, Hooks, Inbox, Outcome, Unreachable};
use crate::output::{ErrorCode, Failure, Output};
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
                ErrorCode::UsageBadValue,
                crate::fl!("connect-until-bad", value = format!("{other:?}")),
            )
            .hint(crate::fl!(
                "connect-until-bad-hint",
                pushes = messages::cmd::KNOWN_PUSHES.join(", ")
            )));
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
    crate::core::identity::validate_sn(&a.sn)
        .map_err(|e| Failure::from(e).at(format_args!("--sn {:?}", a.sn)))?;
    let Resolved {
        secret,
        seed,
        backend,
        stored,
        secret_flags,
    } = resolve(&a, store, out)?;
    out.debug(backend.describe());
    let goal = a.until.as_deref().map(parse_goal).transpose()?;
    let oneshot = match &a.call {
        Some(ConnectCommand::Call { what }) => {
            if goal.is_some() {
                return Err(Failure::new(
                    ErrorCode::UsageBadCombination,
                    crate::fl!("connect-until-with-call"),
                )
                .into());
            }
            Some(calls::prepare_call(what)?)
        }
        None => None,
    };
    let reactions = Reactions::parse(&a.on)?;
    if reactions.fetches() {
        check_download_dir(&a.download_dir)?;
    }
    let mut endpoint = Endpoint::new(&a.endpoint, a.ca_file.as_deref(), a.insecure_plain)?;
    endpoint.max_message = a.max_message as usize;
    let persisted = backend.load(&a.sn, stored.as_ref())?;
    if seed && !backend.keeps_state() {
        out.warn(crate::fl!(
            "connect-seed-not-kept",
            code = errcode::SECRET_NO_STATUS_INVALID.to_string()
        ));
    }
    let transcript = match &a.transcript {
        Some(p) => Some(Transcript::create(p).map_err(|e| {
            Failure::caused_by(
                ErrorCode::IoWriteFailed,
                crate::fl!("connect-transcript-failed", path = p.display().to_string()),
                e,
            )
        })?),
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
    let fetch_tls = endpoint.tls_config(a.ca_file.as_deref())?;
    let max_connect_failures = match (a.connect_attempts, &oneshot) {
        (Some(0), _) | (None, None) => None,
        (Some(n), _) => Some(n),
        (None, Some(_)) => Some(CALL_CONNECT_ATTEMPTS),
    };
    let mut driver = Driver {
        endpoint,
        transcript,
        connect_timeout: Duration::from_secs(10),
        deadline: a.timeout.map(|t| Instant::now() + t),
        max_connect_failures,
    };
    let hint = HintCtx {
        store_flags: store.hint_flags(),
        from_store: secret_flags.is_none(),
        secret_flags: secret_flags.unwrap_or_default(),
        seed,
        state_file: a.state_file.clone(),
        ca_file: a.ca_file.is_some(),
        timeout: a.timeout,
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
        last: crate::fl!("connect-last-not-connected"),
        offset: 0,
        hint,
    };

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::caused_by(ErrorCode::InternalBug, crate::fl!("runtime-failed"), e))?;
    let outcome = rt.block_on(driver.run(device, &mut session))?;
    match outcome {
        Outcome::Done | Outcome::Stopped => Ok(()),
        Outcome::Interrupted => {
            session.line(
                crate::fl!("connect-interrupted"),
                json!({"event": "interrupted"}),
            );
            Ok(())
        }
        Outcome::TimedOut => {
            let secs = a.timeout.map_or(0, |t| t.as_secs());
            let wanted = match (&session.goal, &session.oneshot) {
                (Some(Goal::Registered), _) => crate::fl!("connect-goal-registered"),
                (Some(Goal::Bound), _) => crate::fl!("connect-goal-bound"),
                (Some(Goal::Subscribed), _) => crate::fl!("connect-goal-subscribed"),
                (Some(Goal::Push(cmd)), _) => crate::fl!("connect-goal-push", cmd = cmd.clone()),
                (None, Some(_)) => crate::fl!("connect-goal-call"),
                (None, None) => crate::fl!("connect-goal-done"),
            };
            Err(Failure::new(
                ErrorCode::ConnectTimedOut,
                crate::fl!(
                    "connect-timed-out",
                    secs = secs.to_string(),
                    goal = wanted,
                    last = session.last.clone()
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
    hint: HintCtx,
}

/// A one-shot call gives up after this many failed connection attempts in a row.
const CALL_CONNECT_ATTEMPTS: u32 = 5;

/// What hints need to print commands that run as shown.
struct HintCtx {
    /// `--store ...` when not the default store.
    store_flags: String,
    /// Flags that read the same secret (`--secret-file PATH`, ...).
    secret_flags: String,
    /// No explicit secret source was given: the secret came from the store.
    from_store: bool,
    seed: bool,
    state_file: Option<PathBuf>,
    ca_file: bool,
    timeout: Option<Duration>,
}

/// `--on ...=fetch` saves into this directory: a missing one is said before connecting,
/// not after the download.
fn check_download_dir(dir: &std::path::Path) -> Result<(), Failure> {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(Failure::new(
            ErrorCode::UsageBadValue,
            crate::fl!(
                "connect-download-dir-not-dir",
                dir = dir.display().to_string()
            ),
        )
        .hint(crate::fl!("connect-download-dir-not-dir-hint"))),
        Err(e) => Err(Failure::caused_by(
            ErrorCode::UsageBadValue,
            crate::fl!("rest-connect-download-dir", dir = dir.display().to_string()),
            e,
        )
        .hint(crate::fl!(
            "connect-download-dir-missing-hint",
            mkdir = format!(
                "mkdir -p {}",
                crate::output::shell_quote(&dir.display().to_string())
            )
        ))),
    }
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

    fn fatal(
        &self,
        step: &str,
        errcode: i64,
        errmsg: &str,
        words: Option<&str>,
        signed: Option<crate::core::wss::client::Signed>,
    ) -> anyhow::Error {
        let code = if errcode == errcode::TIMESTAMP_EXPIRED {
            ErrorCode::CloudTimestampExpired
        } else {
            ErrorCode::CloudRejected
        };
        let what = if errcode == errcode::ALREADY_REGISTERED {
            // The table's action ("continue with `active`") was tried: say what it means.
            crate::fl!(
                "connect-refused-600002",
                code = errcode.to_string(),
                meaning = errcode::meaning(errcode).unwrap_or_default(),
                sn = self.sn.clone()
            )
        } else {
            errcode::describe(errcode)
        };
        let mut f = Failure::new(
            code,
            crate::fl!(
                "connect-refused",
                step = step,
                what = what,
                errmsg = words.unwrap_or(errmsg)
            ),
        );
        if let Some(h) = self.fatal_hint(crate::i18n::loader(), step, errcode, signed) {
            f = f.hint(h);
        }
        if self.out.json {
            // The event is the same in every language: its meaning and hint in English.
            let english =
                crate::i18n::new_loader(crate::i18n::MESSAGES_DOMAIN, crate::i18n::Lang::En);
            let mut v = json!({"event": "fatal", "ts": now_rfc3339(), "sn": self.sn,
                "step": step, "errcode": errcode, "errmsg": errmsg,
                "meaning": errcode::describe_en(errcode),
                "hint": self.fatal_hint(&english, step, errcode, signed)});
            if let Some(sg) = signed {
                v["timestamp"] = sg.timestamp.into();
                v["nonce"] = sg.nonce.into();
            }
            let _ = self.out.json_line(&v);
            f = f.json_reported(true);
        }
        f.into()
    }

    /// What to do about a fatal cloud error, from `loader`'s catalog.
    fn fatal_hint(
        &self,
        loader: &i18n_embed::fluent::FluentLanguageLoader,
        step: &str,
        errcode: i64,
        signed: Option<crate::core::wss::client::Signed>,
    ) -> Option<String> {
        use i18n_embed_fl::fl;
        match errcode {
            errcode::INVALID_SN => Some(fl!(loader, "connect-hint-600001")),
            errcode::ALREADY_REGISTERED => {
                Some(fl!(loader, "connect-hint-600002", sn = self.sn.clone()))
            }
            errcode::BAD_SIGNATURE => Some(self.hint_600011(loader, step, signed)),
            errcode::SECRET_NO_STATUS_INVALID => Some(fl!(loader, "connect-hint-600047")),
            _ => None,
        }
    }

    /// 600011: which secret was used, and the `wecom-hw sign` command that shows the
    /// canonical string and signature of the refused request, runnable as printed.
    fn hint_600011(
        &self,
        loader: &i18n_embed::fluent::FluentLanguageLoader,
        step: &str,
        signed: Option<crate::core::wss::client::Signed>,
    ) -> String {
        use i18n_embed_fl::fl;
        let h = &self.hint;
        let exchange = step == "get_secret_no";
        let source = if exchange {
            "exchange"
        } else if h.seed {
            "seed"
        } else {
            "other"
        };
        let mut text = fl!(
            loader,
            "connect-hint-600011",
            sn = self.sn.clone(),
            source = source
        );
        // `register` of a seed unit was signed with the exchanged SecretNo, which `sign`
        // can read from the store but not from a --state-file.
        let runnable = exchange || !h.seed || (h.from_store && h.state_file.is_none());
        if let (Some(sg), true) = (signed, runnable) {
            let command = format!(
                "`wecom-hw{} sign {} --sn {} --timestamp {} --nonce {}{} --explain`",
                h.store_flags,
                if exchange { "secret-no" } else { "register" },
                self.sn,
                sg.timestamp,
                sg.nonce,
                h.secret_flags,
            );
            text.push_str(&fl!(loader, "connect-hint-600011-sign", command = command));
        }
        text
    }
}

impl Hooks for Session {
    fn persist(&mut self, p: &Persisted) -> Result<()> {
        Ok(self.backend.save(&self.sn, p)?)
    }

    fn connecting(&mut self, attempt: u32, url: &str) {
        if attempt == 0 {
            self.line(
                crate::fl!("connect-connecting", url = url, sn = self.sn.clone()),
                json!({"event": "connecting", "url": url, "attempt": attempt}),
            );
        } else if !self.out.json {
            self.out.debug(crate::fl!(
                "connect-connecting-again",
                url = url,
                attempt = attempt.to_string()
            ));
        }
    }

    fn certificate_error(&mut self, e: &ConnectError) -> anyhow::Error {
        Failure::new(ErrorCode::NetCertificateUntrusted, e.message())
            .hint(crate::fl!("connect-hint-certificate"))
            .into()
    }

    fn unreachable(&mut self, u: &Unreachable) -> anyhow::Error {
        let why = if u.deadline {
            let secs = self.hint.timeout.map_or(0, |t| t.as_secs()).to_string();
            crate::fl!(
                "connect-unreachable-deadline",
                secs = secs,
                attempts = u.attempts
            )
        } else {
            crate::fl!("connect-unreachable-attempts", attempts = u.attempts)
        };
        let step = match u.error.step {
            ConnectStep::Tcp => crate::fl!("connect-step-tcp"),
            ConnectStep::Tls => crate::fl!("connect-step-tls"),
            ConnectStep::Upgrade => crate::fl!("connect-step-upgrade"),
            ConnectStep::Timeout => crate::fl!("connect-step-timeout"),
        };
        let msg = crate::fl!(
            "connect-unreachable",
            url = u.url.clone(),
            why = why,
            step = step,
            error = u.error.message()
        );
        let hint = match u.error.step {
            ConnectStep::Tcp => crate::fl!("connect-hint-tcp"),
            ConnectStep::Tls if self.hint.ca_file => crate::fl!("connect-hint-tls"),
            ConnectStep::Tls => crate::fl!("connect-hint-tls-ca"),
            ConnectStep::Upgrade => crate::fl!("connect-hint-upgrade"),
            ConnectStep::Timeout => crate::fl!("connect-hint-timeout"),
        };
        Failure::new(ErrorCode::NetUnreachable, msg)
            .hint(hint)
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
            signed,
            still_stale,
        } = l
        {
            // `--json` keeps the English record; a person reads the catalog's words.
            let words = still_stale.as_ref().map(|(cloud, syncs)| {
                crate::fl!(
                    "i18nl-wss-still-stale",
                    errmsg = cloud.clone(),
                    syncs = syncs.to_string()
                )
            });
            return Flow::Fail(self.fatal(step, *errcode, errmsg, words.as_deref(), *signed));
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
                            ErrorCode::ConnectReactionFailed,
                            crate::fl!(
                                "connect-reaction-failed",
                                cmd = cmd,
                                error = react::human(note, "error")
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
    /// For commands printed in hints: the flags that read the same explicit secret, or
    /// `None` when it came from the store.
    secret_flags: Option<String>,
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
    let mut secret_flags = None;
    let (secret, seed) = match explicit {
        Some((secret, origin)) => {
            out.debug(crate::fl!(
                "connect-secret-from",
                what = what,
                origin = origin.to_string(),
                fingerprint = secret.fingerprint().to_string()
            ));
            secret_flags = Some(origin.hint_flags());
            (secret, a.seed)
        }
        None => {
            let Some(dev) = &stored else {
                return Err(Failure::new(
                    ErrorCode::SecretMissing,
                    crate::fl!(
                        "connect-no-secret",
                        what = what,
                        sn = a.sn.clone(),
                        store = opts.location.to_string()
                    ),
                )
                .hint(crate::fl!(
                    "connect-no-secret-hint",
                    env = a.secret.secret_env.clone(),
                    sn = a.sn.clone(),
                    command = "`wecom-hw import --help`"
                )));
            };
            let seed = dev.secret_kind == SecretKind::Seed;
            if a.seed && !seed {
                return Err(Failure::new(
                    ErrorCode::UsageBadValue,
                    crate::fl!("connect-seed-not-seed", sn = dev.sn.clone()),
                )
                .hint(crate::fl!("connect-seed-not-seed-hint")));
            }
            out.debug(crate::fl!(
                "connect-secret-from-store",
                what = if seed { "seedSecretNo" } else { "SecretNo" },
                store = opts.location.to_string(),
                sn = dev.sn.clone(),
                fingerprint = dev.secret_no.fingerprint().to_string()
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
        secret_flags,
    })
}
