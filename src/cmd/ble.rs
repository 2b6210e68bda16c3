//! `wecom-hw ble`: read arguments, pick the backend, run the core session through the
//! client driver, print. Every failure names its step and maps to a documented exit class.

use crate::ble::client::{self, ClientConfig, ClientError, Tracer};
use crate::ble::exec_signer::ExecSigner;
use crate::ble::sim::{Faults, SimCentral, SimConfig};
use crate::ble::transport::{Advert, BleCentral, LinkError, uuid};
use crate::cli::ble::{
    AdvertKind, Backend, BleArgs, BleCommand, LinkArgs, Pick, ProvisionArgs, QrArgs, ScanArgs,
    SessionArgs, SignOrderArg, WifiListArgs,
};
use crate::core::bindcode::BLUETOOTH_DISCOVERY_URL;
use crate::core::ble::advert::{self, ByteOrder, EdLayout, Kind, SignOrder};
use crate::core::ble::command::{Protocol, SetWifi, WifiListIds};
use crate::core::ble::info::parse_mac;
use crate::core::ble::session::{Goal, Outcome, SessionConfig, Step};
use crate::core::ble::signer::{DefaultSigner, HandshakeSigner, NoneSigner};
use crate::core::secret::Secret;
use crate::io::secrets;
use crate::output::{ErrorCode, Failure, Output};
use crate::store::StoreOptions;
use anyhow::Result;
use std::io::{BufRead, IsTerminal, Write};
use std::time::Duration;
use zeroize::Zeroizing;

mod store;

pub fn run(args: BleArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let link = &args.link;
    match args.command {
        BleCommand::Scan(a) => block_on(scan(&a, link, opts, out)),
        BleCommand::Status(a) => block_on(session_cmd(
            &a,
            link,
            opts,
            out,
            Goal::Status,
            WifiListIds::default(),
            None,
        )),
        BleCommand::WifiList(a) => block_on(wifi_list(&a, link, opts, out)),
        BleCommand::Provision(a) => block_on(provision(&a, link, opts, out)),
        BleCommand::Qr(q) => qr(&q, out),
    }
}

/// Runs a radio command on a small runtime (the exec signer may block one worker).
fn block_on(f: impl std::future::Future<Output = Result<()>>) -> Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::caused_by(ErrorCode::InternalBug, crate::fl!("ble-no-runtime"), e))?;
    rt.block_on(f)
}

/// A failure that names its step; with `--json` it is printed as the result object.
fn fail(out: &Output, step: Step, f: Failure) -> anyhow::Error {
    if out.json {
        let _ = out.json_line(&serde_json::json!({
            "ok": false,
            "step": step.name(),
            "error": f.message,
            "code": f.code,
            "exit_code": f.class.code(),
            "hint": f.hint,
        }));
    }
    f.json_reported(out.json).into()
}

fn ed_layout(link: &LinkArgs) -> EdLayout {
    EdLayout {
        sign_first: link.ed_sign_first,
        nonce_order: if link.ed_nonce_le {
            ByteOrder::Little
        } else {
            ByteOrder::Big
        },
        sign_order: if link.ed_sign_order == SignOrderArg::Reversed {
            SignOrder::Reversed
        } else {
            SignOrder::Digest
        },
    }
}

fn accepted_orders(link: &LinkArgs) -> Vec<SignOrder> {
    match link.ed_sign_order {
        SignOrderArg::Digest => vec![SignOrder::Digest],
        SignOrderArg::Reversed => vec![SignOrder::Reversed],
        SignOrderArg::Either => vec![SignOrder::Digest, SignOrder::Reversed],
    }
}

/// The central of the chosen backend.
async fn open_central(
    link: &LinkArgs,
    wifi_ids: WifiListIds,
    out: &Output,
) -> Result<Box<dyn BleCentral>> {
    match link.backend {
        Backend::Sim => {
            let mut faults = Faults::default();
            for f in &link.sim_fault {
                faults.apply(f).map_err(|e| {
                    Failure::new(ErrorCode::UsageBadValue, e.to_string()).at("--sim-fault")
                })?;
            }
            let mut cfg = SimConfig {
                faults,
                wifi_ids,
                advert_kind: if link.sim_advert == AdvertKind::Ed {
                    Kind::Ed
                } else {
                    Kind::Ee
                },
                ed_layout: ed_layout(link),
                ..SimConfig::default()
            };
            // The device has its own SecretNo, independent of the one the client was given,
            // so a wrong client secret shows up as it would in the field.
            if let Some(name) = &link.sim_secret_env {
                let raw = std::env::var(name).map_err(|_| {
                    Failure::new(
                        ErrorCode::SecretMissing,
                        crate::fl!("ble-env-not-set", name = name.clone()),
                    )
                    .at("--sim-secret-env")
                })?;
                cfg.secret = Secret::new(&raw).map_err(|e| {
                    Failure::from(e).at(crate::fl!("at-env-var", name = name.clone()))
                })?;
            }
            out.debug_with(|| {
                crate::fl!(
                    "rest-debug-backend-sim",
                    sn = cfg.sn.to_string(),
                    address = cfg.address.to_string()
                )
            });
            Ok(Box::new(SimCentral::new(cfg)))
        }
        Backend::Bluez => {
            let central = crate::ble::bluez::open(link.adapter.as_deref())
                .await
                .map_err(|e| link_failure(out, link, Step::Adapter, &e))?;
            out.debug_with(|| {
                crate::fl!(
                    "rest-debug-backend-bluez",
                    adapter = central.name().to_string()
                )
            });
            Ok(Box::new(central))
        }
    }
}

/// One WeCom device as the scan shows it.
#[derive(Debug, Clone, serde::Serialize)]
struct Row {
    address: String,
    rssi: Option<i16>,
    name: Option<String>,
    device_id: u64,
    layout: Kind,
    company_id: u16,
    bind: String,
    battery_low: Option<bool>,
    nonce: Option<u32>,
    /// `ok`, `ok(reversed)`, `MISMATCH`, `-` (0xEE has no sign), or null without a SecretNo.
    sign_check: Option<&'static str>,
}

/// Why a sighting is not a WeCom device (for `-v`).
#[derive(Debug, Clone, Copy)]
enum NotWecom {
    NoService,
    NoData,
}

impl NotWecom {
    fn words(self) -> String {
        match self {
            NotWecom::NoService => crate::fl!("ble-ignored-no-service"),
            NotWecom::NoData => crate::fl!("ble-ignored-no-data"),
        }
    }
}

/// Re-checks a sighting (`ble.md` 8.1): service 0xFCE7 *and* WeCom manufacturer data.
fn wecom_row(
    a: &Advert,
    layout: &EdLayout,
    secret: Option<&Secret>,
    orders: &[SignOrder],
) -> Result<Row, NotWecom> {
    if !a.has_service(uuid::SERVICE_16) {
        return Err(NotWecom::NoService);
    }
    let adv = advert::decode(&a.manufacturer_data, layout).ok_or(NotWecom::NoData)?;
    Ok(Row {
        address: a.address.clone(),
        rssi: a.rssi,
        name: a.name.clone(),
        device_id: adv.device_id,
        layout: adv.kind,
        company_id: adv.company_id,
        bind: adv.bind().label(),
        battery_low: adv.battery_low(),
        nonce: adv.nonce,
        sign_check: secret.map(|s| advert::check_sign(&adv, s.expose(), orders).label()),
    })
}

/// The scan table's header, its captions from the catalog laid out by display width in
/// the columns of [`table_line`].
fn table_header() -> String {
    use crate::i18n::width::{left, right};
    format!(
        "{} {}  {}  {}  {}  {}  {}  {}",
        left(&crate::fl!("ble-col-address"), 17),
        right(&crate::fl!("ble-col-rssi"), 5),
        left(&crate::fl!("ble-col-device-id"), 20),
        left(&crate::fl!("ble-col-layout"), 6),
        left(&crate::fl!("ble-col-bind"), 8),
        left(&crate::fl!("ble-col-battery"), 7),
        left(&crate::fl!("ble-col-sign"), 12),
        crate::fl!("ble-col-name"),
    )
}

fn table_line(r: &Row) -> String {
    use crate::i18n::width::left;
    // The values in the reader's words; `--json` keeps `bound`, `ok`, `MISMATCH`….
    let bind = match r.bind.as_str() {
        "bound" => crate::fl!("ble-bind-bound"),
        "unbound" => crate::fl!("ble-bind-unbound"),
        other => other.to_owned(),
    };
    let battery = match r.battery_low {
        Some(true) => crate::fl!("ble-battery-low"),
        Some(false) => crate::fl!("ble-battery-ok"),
        None => "-".to_owned(),
    };
    let sign = match r.sign_check {
        Some("ok") => crate::fl!("ble-sign-ok"),
        Some("ok(reversed)") => crate::fl!("ble-sign-ok-reversed"),
        Some("MISMATCH") => crate::fl!("ble-sign-mismatch"),
        Some(other) => other.to_owned(),
        None => "?".to_owned(),
    };
    format!(
        "{:<17} {:>5}  {:<20}  {:<6}  {}  {}  {}  {}",
        r.address,
        r.rssi.map_or("?".into(), |v| v.to_string()),
        r.device_id,
        match r.layout {
            Kind::Ee => "0xEE",
            Kind::Ed => "0xED",
        },
        left(&bind, 8),
        left(&battery, 7),
        left(&sign, 12),
        r.name.as_deref().unwrap_or(""),
    )
}

/// What a scan keeps.
struct Filter<'a> {
    layout: EdLayout,
    /// SecretNo for the 0xED sign check, with the byte orders accepted.
    secret: Option<&'a Secret>,
    orders: Vec<SignOrder>,
    device_id: Option<u64>,
    stop_at_first: bool,
}

/// Scans, re-checks and de-duplicates; `live` is called once per new WeCom device.
async fn collect(
    central: &dyn BleCentral,
    timeout: Duration,
    f: &Filter<'_>,
    out: &Output,
    live: &mut dyn FnMut(&Row),
) -> Result<Vec<Row>, LinkError> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let consume = async {
        let mut rows: Vec<Row> = Vec::new();
        let mut ignored: Vec<String> = Vec::new();
        while let Some(a) = rx.recv().await {
            match wecom_row(&a, &f.layout, f.secret, &f.orders) {
                Ok(r) if f.device_id.is_some_and(|d| d != r.device_id) => {}
                Ok(r) => match rows.iter_mut().find(|x| x.address == r.address) {
                    Some(slot) => {
                        // 0xED nonces must increase (ble.md 2.3); a lower one is a replay.
                        if let (Some(old), Some(new)) = (slot.nonce, r.nonce)
                            && new < old
                        {
                            out.warn(crate::fl!(
                                "ble-nonce-backwards",
                                address = r.address.clone(),
                                old = old,
                                new = new
                            ));
                            continue;
                        }
                        *slot = r;
                    }
                    None => {
                        live(&r);
                        rows.push(r);
                        if f.stop_at_first {
                            break;
                        }
                    }
                },
                Err(why) if !ignored.contains(&a.address) => {
                    out.debug_with(|| {
                        crate::fl!(
                            "rest-debug-ignored",
                            address = a.address.to_string(),
                            why = why.words()
                        )
                    });
                    ignored.push(a.address.clone());
                }
                Err(_) => {}
            }
        }
        // Dropping the receiver tells the scanner to stop early.
        drop(rx);
        rows
    };
    let (scanned, rows) = tokio::join!(central.scan(timeout, tx), consume);
    scanned?;
    Ok(rows)
}

fn secs(v: f64, flag: &str) -> Result<Duration, Failure> {
    if !(v.is_finite() && v > 0.0 && v <= 3600.0) {
        return Err(Failure::new(
            ErrorCode::UsageBadValue,
            crate::fl!("ble-bad-secs", flag = flag, value = v.to_string()),
        ));
    }
    Ok(Duration::from_secs_f64(v))
}

fn pick_row(rows: Vec<Row>, pick: Pick, timeout: Duration, out: &Output) -> Result<Row> {
    if rows.is_empty() {
        return Err(fail(
            out,
            Step::Scan,
            Failure::new(
                ErrorCode::BleNotFound,
                crate::fl!(
                    "ble-none-found",
                    secs = format!("{:.1}", timeout.as_secs_f64())
                ),
            )
            .at(step_at(Step::Scan))
            .hint(crate::fl!("ble-none-found-hint")),
        ));
    }
    let n = rows.len();
    match pick {
        Pick::Only if n > 1 => {
            let list: Vec<String> = rows
                .iter()
                .map(|r| {
                    crate::fl!(
                        "ble-device-with-id",
                        address = r.address.clone(),
                        id = r.device_id.to_string()
                    )
                })
                .collect();
            Err(fail(
                out,
                Step::Scan,
                Failure::new(
                    ErrorCode::BleAmbiguous,
                    crate::fl!("ble-ambiguous", count = n, devices = list.join(", ")),
                )
                .at(step_at(Step::Scan))
                .hint(crate::fl!("ble-ambiguous-hint")),
            ))
        }
        Pick::Strongest => Ok(rows
            .into_iter()
            .max_by_key(|r| r.rssi.unwrap_or(i16::MIN))
            .expect("not empty")),
        Pick::First | Pick::Only => Ok(rows.into_iter().next().expect("not empty")),
    }
}

fn link_failure(out: &Output, link: &LinkArgs, step: Step, e: &LinkError) -> anyhow::Error {
    let mut f = Failure::from(e.clone()).at(step_at(step));
    if let LinkError::NotFound(_) | LinkError::SimOutOfRange { .. } = e {
        // The same radio as this run, so the scan runs as printed.
        let scan = format!("`wecom-hw ble{} scan`", link_hint_flags(link));
        f = f.hint(crate::fl!("ble-not-found-hint", command = scan));
    }
    fail(out, step, f)
}

/// `step scan`: where a session failed (the step's name is the protocol's).
fn step_at(step: Step) -> String {
    crate::fl!("ble-step", step = step.name())
}

/// The `ble` flags that choose the same radio (backend, adapter, simulated advert), for a
/// command printed in a hint.
fn link_hint_flags(link: &LinkArgs) -> String {
    let mut f = String::new();
    if link.backend == Backend::Sim {
        f.push_str(" --backend sim");
        if link.sim_advert == AdvertKind::Ed {
            f.push_str(" --sim-advert ed");
        }
    }
    if let Some(a) = &link.adapter {
        f.push_str(&format!(" --adapter {}", crate::output::shell_quote(a)));
    }
    f
}

/// What a scan is about to do: listen the whole time, or until one device is seen.
fn scanning_for(device_id: Option<u64>, first: bool, timeout: Duration) -> String {
    let t = timeout.as_secs_f64();
    let secs = format!("{t:.1}");
    match device_id {
        Some(id) => crate::fl!("ble-scanning-for-id", id = id.to_string(), secs = secs),
        None if first => crate::fl!("ble-scanning-first", secs = secs),
        None => crate::fl!("ble-scanning", secs = secs),
    }
}

async fn scan(a: &ScanArgs, link: &LinkArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let timeout = secs(a.timeout, "--timeout")?;
    let (secret, device_id) = match &a.sn {
        Some(sn) => {
            let dev = store::lookup(opts, sn)?;
            let id = store::device_id(dev.as_ref(), sn, opts)?;
            out.debug_with(|| {
                crate::fl!(
                    "rest-debug-device-id",
                    sn = sn.to_string(),
                    id = id.to_string()
                )
            });
            (store::secret(&a.secret, dev.as_ref(), opts, out)?, Some(id))
        }
        None => (
            secrets::load_explicit(&a.secret, "SecretNo")?.map(|(s, _)| s),
            a.device_id,
        ),
    };
    let central = open_central(link, WifiListIds::default(), out).await?;
    out.info(scanning_for(
        device_id,
        a.pick == Some(Pick::First),
        timeout,
    ));
    let stream = a.pick.is_none();
    let mut header_done = false;
    let mut live = |r: &Row| {
        if !stream {
            return;
        }
        if out.json {
            let _ = out.json_line(r);
        } else {
            let mut so = crate::output::stdout();
            if !header_done {
                let _ = writeln!(so, "{}", table_header());
                header_done = true;
            }
            let _ = writeln!(so, "{}", table_line(r));
            let _ = so.flush();
        }
    };
    let filter = Filter {
        layout: ed_layout(link),
        secret: secret.as_ref(),
        orders: accepted_orders(link),
        device_id,
        // A device ID (given, or the SN's from the store) names one unit: stop once it is
        // seen instead of waiting out --timeout.
        stop_at_first: a.pick == Some(Pick::First) || device_id.is_some(),
    };
    let rows = collect(central.as_ref(), timeout, &filter, out, &mut live)
        .await
        .map_err(|e| link_failure(out, link, Step::Scan, &e))?;
    match a.pick {
        None if rows.is_empty() => pick_row(rows, Pick::First, timeout, out).map(|_| ()),
        None => {
            out.info(crate::fl!("ble-found", count = rows.len()));
            Ok(())
        }
        Some(p) => {
            let r = pick_row(rows, p, timeout, out)?;
            if out.json {
                out.json_line(&r)?;
            } else {
                crate::outln!("{}\n{}", table_header(), table_line(&r))?;
            }
            Ok(())
        }
    }
}

fn timeouts_from(sa: &SessionArgs) -> Result<crate::core::ble::session::Timeouts, Failure> {
    let mut t = crate::core::ble::session::Timeouts::default();
    for spec in &sa.step_timeout {
        let names: Vec<&str> = Step::TIMED.iter().map(|s| s.name()).collect();
        let (name, v) = spec.split_once('=').ok_or_else(|| {
            Failure::new(
                ErrorCode::UsageBadValue,
                crate::fl!("ble-step-timeout-form"),
            )
            .at(format_args!("--step-timeout {spec}"))
        })?;
        let step = Step::parse(name).ok_or_else(|| {
            Failure::new(
                ErrorCode::UsageBadValue,
                crate::fl!(
                    "ble-step-timeout-unknown",
                    name = name,
                    steps = names.join(", ")
                ),
            )
            .at("--step-timeout")
        })?;
        let v: f64 = v.parse().map_err(|_| {
            Failure::new(
                ErrorCode::UsageBadValue,
                crate::fl!("ble-step-timeout-number", value = v),
            )
            .at(format_args!("--step-timeout {spec}"))
        })?;
        t.set(step, secs(v, "--step-timeout")?.as_millis() as u64);
    }
    Ok(t)
}

fn make_signer(
    sa: &SessionArgs,
    secret: Option<&Secret>,
    sign_timeout_ms: u64,
    out: &Output,
) -> Result<Box<dyn HandshakeSigner>> {
    let s: Box<dyn HandshakeSigner> = match sa.signer.as_str() {
        "default" => {
            let secret = secret.cloned().ok_or_else(|| {
                Failure::new(
                    ErrorCode::SecretMissing,
                    crate::fl!("ble-signer-needs-secret"),
                )
                .hint(crate::fl!(
                    "ble-signer-needs-secret-hint",
                    env = sa.secret.secret_env.clone()
                ))
            })?;
            Box::new(DefaultSigner { secret })
        }
        "none" => Box::new(NoneSigner),
        other => match other.strip_prefix("exec:") {
            Some(p) if !p.is_empty() => Box::new(ExecSigner {
                program: p.into(),
                timeout: Duration::from_millis(sign_timeout_ms),
            }),
            _ => {
                return Err(
                    Failure::new(ErrorCode::UsageBadValue, crate::fl!("ble-bad-signer"))
                        .at(format_args!("--signer {other}"))
                        .into(),
                );
            }
        },
    };
    if !s.genuine() && !sa.signer.starts_with("exec:") {
        out.info(crate::fl!("ble-signer-not-genuine", signer = s.name()));
    }
    Ok(s)
}

/// A failed run, in the words a technician needs (see [`ClientError::failure`]).
fn client_failure(out: &Output, link: &LinkArgs, e: ClientError, signer: &str) -> anyhow::Error {
    if let ClientError::Link { step, error } = &e
        && !(*step == Step::HandshakeConfirm && *error == LinkError::Disconnected)
    {
        return link_failure(out, link, *step, error);
    }
    let step = e.step();
    fail(out, step, e.failure(signer))
}

struct Done {
    address: String,
    signer: String,
    device_signature: &'static str,
    outcome: Outcome,
}

async fn session_cmd(
    sa: &SessionArgs,
    link: &LinkArgs,
    opts: &StoreOptions,
    out: &Output,
    goal: Goal,
    wifi_ids: WifiListIds,
    what: Option<&str>,
) -> Result<()> {
    let done = run_session(sa, link, opts, out, goal, wifi_ids).await?;
    print_done(&done, out, what)
}

async fn run_session(
    sa: &SessionArgs,
    link: &LinkArgs,
    opts: &StoreOptions,
    out: &Output,
    goal: Goal,
    wifi_ids: WifiListIds,
) -> Result<Done> {
    let timeouts = timeouts_from(sa)?;
    // --sn: the store gives the SecretNo (when none is given) and, when scanning without
    // --device-id, the device ID to look for.
    let dev = match &sa.sn {
        Some(sn) => store::lookup(opts, sn)?,
        None => None,
    };
    let secret = store::secret(&sa.secret, dev.as_ref(), opts, out)?;
    if secret.is_none()
        && sa.signer == "default"
        && let Some(sn) = &sa.sn
    {
        // Say why there is no SecretNo for this SN before anything goes on air: the
        // generic "the signer needs a SecretNo" leaves the technician guessing.
        return Err(store::no_secret_for(sn, dev.as_ref(), opts, &sa.secret.secret_env).into());
    }
    let scan_id = match (&sa.address, sa.device_id, &sa.sn) {
        (None, None, Some(sn)) => match dev.as_ref().and_then(|d| d.device_id) {
            Some(id) => {
                out.debug_with(|| {
                    crate::fl!(
                        "rest-debug-device-id",
                        sn = sn.to_string(),
                        id = id.to_string()
                    )
                });
                Some(id)
            }
            None => None,
        },
        _ => sa.device_id,
    };
    let signer = make_signer(sa, secret.as_ref(), timeouts.sign, out)?;
    let mut trace = match &sa.trace {
        Some(p) => {
            let f = std::fs::File::create(p).map_err(|e| {
                Failure::caused_by(
                    ErrorCode::IoWriteFailed,
                    crate::fl!("qr-cannot-write", path = p.display().to_string()),
                    e,
                )
            })?;
            Some(Tracer::new(Box::new(std::io::BufWriter::new(f)), wifi_ids))
        }
        None => None,
    };
    let central = open_central(link, wifi_ids, out).await?;
    let address = match &sa.address {
        Some(a) => a.to_ascii_uppercase(),
        None => {
            let timeout = secs(sa.scan_timeout, "--scan-timeout")?;
            out.info(scanning_for(scan_id, sa.pick == Pick::First, timeout));
            let filter = Filter {
                layout: ed_layout(link),
                secret: None,
                orders: Vec::new(),
                device_id: scan_id,
                // A device ID names one unit: once it is seen there is nothing to wait for.
                stop_at_first: sa.pick == Pick::First || scan_id.is_some(),
            };
            let rows = collect(central.as_ref(), timeout, &filter, out, &mut |_| {})
                .await
                .map_err(|e| link_failure(out, link, Step::Scan, &e))?;
            let r = pick_row(rows, sa.pick, timeout, out)?;
            out.info(crate::fl!(
                "ble-using",
                address = r.address.clone(),
                id = r.device_id.to_string(),
                rssi = r.rssi.map_or("?".into(), |v| v.to_string())
            ));
            r.address
        }
    };
    let mut scfg = SessionConfig::new(rand::random());
    scfg.timeouts = timeouts;
    scfg.wifi_ids = wifi_ids;
    scfg.expected_sn = sa.sn.clone();
    let ccfg = ClientConfig {
        attempts: sa.attempts.max(1),
        ..ClientConfig::new(scfg)
    };
    out.info(crate::fl!("ble-connecting", address = address.clone()));
    let conn = client::connect(
        central.as_ref(),
        &address,
        Duration::from_millis(timeouts.connect),
        ccfg.attempts,
    )
    .await
    .map_err(|e| client_failure(out, link, e, &signer.name()))?;
    out.info(crate::fl!("ble-connected"));
    let result = client::run(
        conn.as_ref(),
        goal,
        &ccfg,
        signer.as_ref(),
        trace.as_mut(),
        &mut |m| out.warn(m),
    )
    .await;
    // Always hang up, whatever happened; a failed disconnect changes nothing for the user.
    let _ = conn.disconnect().await;
    let outcome = result.map_err(|e| client_failure(out, link, e, &signer.name()))?;
    let device_signature = match outcome
        .sign_request
        .as_ref()
        .and_then(|r| signer.check_device(r, &outcome.device_signature))
    {
        Some(true) => "verified",
        Some(false) => {
            out.warn(crate::fl!(
                "ble-device-signature-mismatch",
                signer = signer.name()
            ));
            "mismatch"
        }
        None => "unchecked",
    };
    Ok(Done {
        address,
        signer: signer.name(),
        device_signature,
        outcome,
    })
}

fn print_done(d: &Done, out: &Output, what: Option<&str>) -> Result<()> {
    let o = &d.outcome;
    if out.json {
        let mut v = serde_json::json!({
            "ok": true,
            "address": d.address,
            "sn": o.sn,
            "signer": d.signer,
            "device_signature": d.device_signature,
            "info": o.info,
            "status": o.status,
        });
        if let Some(w) = &o.wifi_list {
            v["wifi_list"] = w.clone();
        }
        if let Some(r) = &o.report {
            v["report"] = serde_json::to_value(r)?;
        }
        if let Some(ssid) = what {
            v["ssid"] = ssid.into();
        }
        return out.json_line(&v);
    }
    // The captions, padded to one column by display width.
    let captions = [
        crate::fl!("ble-done-device"),
        crate::fl!("ble-done-handshake"),
        crate::fl!("ble-done-info"),
        crate::fl!("ble-done-wifi"),
        crate::fl!("ble-done-networks"),
        crate::fl!("ble-done-answer"),
        crate::fl!("ble-done-result"),
    ];
    let column = crate::i18n::width::caption_column(&captions, 3);
    let c = |i: usize| crate::i18n::width::pad_to(&captions[i], column);
    let mut so = crate::output::stdout();
    writeln!(so, "{}{}  SN {}", c(0), d.address, o.sn)?;
    let device_signature = match d.device_signature {
        "verified" => crate::fl!("ble-signature-verified"),
        "mismatch" => crate::fl!("ble-signature-mismatch"),
        _ => crate::fl!("ble-signature-unchecked"),
    };
    writeln!(
        so,
        "{}{}",
        c(1),
        crate::fl!(
            "ble-done-handshake-value",
            signer = d.signer.clone(),
            signature = device_signature
        )
    )?;
    if let Some(i) = &o.info {
        writeln!(
            so,
            "{}{}",
            c(2),
            crate::fl!(
                "ble-done-info-value",
                mac = i.mac.as_deref().unwrap_or("?"),
                version = i.version.to_string(),
                raw = i.raw.to_string()
            )
        )?;
    }
    match &o.status {
        Some(s) => {
            let network = s.wifi_name.as_deref().unwrap_or("");
            let state = if s.wifi_connected {
                crate::fl!("ble-wifi-connected", network = network)
            } else {
                crate::fl!("ble-wifi-not-connected", network = network)
            };
            writeln!(so, "{}{state}", c(3))?
        }
        None => writeln!(so, "{}{}", c(3), crate::fl!("ble-wifi-unknown"))?,
    }
    if let Some(w) = &o.wifi_list {
        match w.get("wifi_list").and_then(|l| l.as_array()) {
            Some(list) => {
                writeln!(so, "{}{}", c(4), list.len())?;
                for n in list {
                    let f = |k: &str| {
                        n.get(k).map_or(String::new(), |v| {
                            v.as_str().map_or(v.to_string(), str::to_owned)
                        })
                    };
                    writeln!(
                        so,
                        "  {:<32} {:>5}  {}",
                        f("ssid"),
                        f("rssi"),
                        f("security")
                    )?;
                }
            }
            None => writeln!(so, "{}{w}", c(5))?,
        }
    }
    if let (Some(r), Some(ssid)) = (&o.report, what) {
        let result = if r.wifi_connected {
            crate::fl!("ble-result-connected", ssid = ssid)
        } else {
            crate::fl!("ble-result-not-connected", ssid = ssid)
        };
        writeln!(so, "{}{result}", c(6))?;
    }
    Ok(())
}

async fn wifi_list(
    a: &WifiListArgs,
    link: &LinkArgs,
    opts: &StoreOptions,
    out: &Output,
) -> Result<()> {
    let ids = WifiListIds {
        request: a.wifi_list_request_id,
        answer: a.wifi_list_answer_id,
    };
    session_cmd(&a.session, link, opts, out, Goal::WifiList, ids, None).await
}

async fn provision(
    a: &ProvisionArgs,
    link: &LinkArgs,
    opts: &StoreOptions,
    out: &Output,
) -> Result<()> {
    if a.ssid.is_empty() || a.ssid.len() > 32 {
        return Err(Failure::new(
            ErrorCode::WifiInvalid,
            crate::fl!("ble-bad-ssid", bytes = a.ssid.len()),
        )
        .into());
    }
    let bssid = match &a.bssid {
        Some(b) => {
            parse_mac(b).ok_or_else(|| {
                Failure::new(ErrorCode::WifiInvalid, crate::fl!("ble-bad-bssid"))
                    .at(format_args!("--bssid {b}"))
            })?;
            b.clone()
        }
        None => String::new(),
    };
    let protocol = Protocol::parse(&a.protocol).unwrap_or_default();
    let password = read_password(a, protocol)?;
    let goal = Goal::Provision(SetWifi {
        ssid: a.ssid.clone(),
        bssid,
        password,
        protocol,
    });
    session_cmd(
        &a.session,
        link,
        opts,
        out,
        goal,
        WifiListIds::default(),
        Some(&a.ssid),
    )
    .await
}

/// The Wi-Fi password from the given source (never argv); a hidden prompt only on a TTY.
fn read_password(a: &ProvisionArgs, protocol: Protocol) -> Result<Zeroizing<String>, Failure> {
    let from_line = |raw: &str, origin: String| -> Result<Zeroizing<String>, Failure> {
        let line = raw.lines().next().unwrap_or("");
        if line.chars().any(char::is_control) {
            return Err(Failure::new(
                ErrorCode::WifiInvalid,
                crate::fl!("ble-password-control", origin = origin),
            ));
        }
        Ok(Zeroizing::new(line.to_owned()))
    };
    let pw = if let Some(p) = &a.password_file {
        let raw = Zeroizing::new(std::fs::read_to_string(p).map_err(|e| {
            Failure::caused_by(
                ErrorCode::IoReadFailed,
                crate::fl!(
                    "ble-password-file-unreadable",
                    file = p.display().to_string()
                ),
                e,
            )
        })?);
        from_line(
            &raw,
            crate::fl!("ble-origin-file", file = p.display().to_string()),
        )?
    } else if let Some(name) = &a.password_env {
        let raw = Zeroizing::new(std::env::var(name).map_err(|_| {
            Failure::new(
                ErrorCode::WifiNoPassword,
                crate::fl!("ble-password-env-unset", name = name.clone()),
            )
        })?);
        from_line(&raw, crate::fl!("ble-origin-env", name = name.clone()))?
    } else if a.password_stdin {
        let mut raw = Zeroizing::new(String::new());
        std::io::stdin().lock().read_line(&mut raw).map_err(|e| {
            Failure::caused_by(
                ErrorCode::IoReadFailed,
                crate::fl!("ble-password-stdin-unreadable"),
                e,
            )
        })?;
        from_line(&raw, crate::fl!("ble-origin-stdin"))?
    } else if protocol == Protocol::None {
        Zeroizing::new(String::new())
    } else if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        prompt_hidden(&crate::fl!("ble-password-prompt", ssid = a.ssid.clone()))?
    } else {
        return Err(
            Failure::new(ErrorCode::WifiNoPassword, crate::fl!("ble-no-password"))
                .hint(crate::fl!("ble-no-password-hint")),
        );
    };
    check_password(&pw, protocol)?;
    Ok(pw)
}

fn check_password(pw: &str, protocol: Protocol) -> Result<(), Failure> {
    let n = pw.len();
    let hex = pw.chars().all(|c| c.is_ascii_hexdigit());
    let ok = match protocol {
        Protocol::Wpa | Protocol::Wpa2 => (8..=63).contains(&n) || (n == 64 && hex),
        Protocol::Wep => matches!(n, 5 | 13) || (matches!(n, 10 | 26) && hex),
        Protocol::None => true,
    };
    if ok {
        Ok(())
    } else {
        Err(Failure::new(
            ErrorCode::WifiInvalid,
            crate::fl!("ble-bad-password", count = n, protocol = protocol.as_str()),
        ))
    }
}

/// Reads a line from the terminal with echo off (`stty -echo`), restoring echo afterwards.
fn prompt_hidden(prompt: &str) -> Result<Zeroizing<String>, Failure> {
    let stty = |arg: &str| {
        std::process::Command::new("stty")
            .arg(arg)
            .stdin(std::process::Stdio::inherit())
            .status()
            .is_ok_and(|s| s.success())
    };
    crate::err!("{prompt}");
    let hidden = stty("-echo");
    let mut line = Zeroizing::new(String::new());
    let r = std::io::stdin().lock().read_line(&mut line);
    if hidden {
        stty("echo");
    }
    crate::errln!();
    r.map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoReadFailed,
            crate::fl!("ble-password-unreadable"),
            e,
        )
    })?;
    if !hidden {
        return Err(Failure::new(
            ErrorCode::IoTerminal,
            crate::fl!("ble-no-stty"),
        ));
    }
    Ok(Zeroizing::new(
        line.trim_end_matches(['\r', '\n']).to_owned(),
    ))
}

/// The discovery QR as Unicode half blocks: two module rows per text line.
fn qr(q: &QrArgs, out: &Output) -> Result<()> {
    if out.json {
        return out.json_line(&serde_json::json!({ "url": BLUETOOTH_DISCOVERY_URL }));
    }
    let code = qrcode::QrCode::new(BLUETOOTH_DISCOVERY_URL.as_bytes()).map_err(|e| {
        Failure::caused_by(ErrorCode::InternalBug, crate::fl!("ble-qr-encoding"), e)
    })?;
    crate::out!("{}", half_blocks(&code, q.invert))?;
    crate::outln!("{BLUETOOTH_DISCOVERY_URL}")?;
    Ok(())
}

fn half_blocks(code: &qrcode::QrCode, invert: bool) -> String {
    const QUIET: isize = 4;
    let w = code.width() as isize;
    let colors = code.to_colors();
    let dark = |x: isize, y: isize| -> bool {
        let inside = x >= 0 && y >= 0 && x < w && y < w;
        let d = inside && colors[(y * w + x) as usize] == qrcode::Color::Dark;
        d != invert
    };
    let mut s = String::new();
    let mut y = -QUIET;
    while y < w + QUIET {
        for x in -QUIET..w + QUIET {
            s.push(match (dark(x, y), dark(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        s.push('\n');
        y += 2;
    }
    s
}
