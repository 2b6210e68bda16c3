//! `wecom-hw line`: one unit through the production line — claim, issue the payload,
//! flash, verify, print the label — each step recorded in the store before the next, so
//! a crash anywhere resumes at the step that did not finish.

use crate::cli::line::{
    LabelFormat, LineArgs, LineCommand, NextArgs, ReportArgs, ReportFormat, StatusArgs,
};
use crate::core::payload::{Emit, Payload};
use crate::core::secret::mask;
use crate::import::SecretKind;
use crate::io::atomic;
use crate::output::{ExitClass, Failure, Output};
use crate::render::layout::SizeSpec;
use crate::render::{self, Dpi, Format, Label, verify};
use crate::store::line::Claim;
use crate::store::{Store, StoreOptions, StoredDevice};
use anyhow::Result;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub fn run(a: LineArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    match a.command {
        LineCommand::Next(n) => next(*n, store, out),
        LineCommand::Status(s) => status(s, store, out),
        LineCommand::Report(r) => report(r, store, out),
    }
}

fn usage(msg: impl Into<String>) -> Failure {
    Failure::new(ExitClass::Usage, msg)
}

fn open(opts: &StoreOptions) -> Result<Store, Failure> {
    Store::open_existing(opts)?.ok_or_else(|| {
        Failure::data(format!("no device store at {}", opts.path.display()))
            .hint("import the registration export first: wecom-hw import FILE")
    })
}

/// Splits a command template into words (no shell): whitespace separates, '…' and "…"
/// quote, backslash escapes one character. Then `{file}` and `{sn}` are substituted in
/// each word, so a path with spaces stays one argument.
fn argv(template: &str, file: &str, sn: &str) -> Result<Vec<String>, Failure> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = template.chars();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') | (None, '\\') => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            (Some(_), c) => cur.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
                continue;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
                continue;
            }
            (None, c) => cur.push(c),
        }
        in_word = true;
    }
    if quote.is_some() {
        return Err(usage(format!("unbalanced quote in command {template:?}")));
    }
    if in_word {
        words.push(cur);
    }
    if words.is_empty() {
        return Err(usage("empty command"));
    }
    Ok(words
        .into_iter()
        .map(|w| w.replace("{file}", file).replace("{sn}", sn))
        .collect())
}

/// What a child process did.
struct Ran {
    code: Option<i32>,
    timed_out: bool,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    elapsed: Duration,
}

/// Runs a command in its own process group, killing the whole group at the deadline
/// (a flasher script's children must not outlive it holding the serial port).
fn run_with_timeout(args: &[String], timeout: Duration) -> Result<Ran, Failure> {
    use std::os::unix::process::CommandExt;
    let start = Instant::now();
    let mut child = Command::new(&args[0])
        .args(&args[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| usage(format!("cannot run {:?}: {e}", args[0])))?;
    let pump = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut v = Vec::new();
            let _ = r.read_to_end(&mut v);
            v
        })
    };
    let out_t = pump(Box::new(child.stdout.take().expect("piped")));
    let err_t = pump(Box::new(child.stderr.take().expect("piped")));
    let mut nap = Duration::from_micros(200);
    let (status, timed_out) = loop {
        match child.try_wait() {
            Ok(Some(s)) => break (Some(s), false),
            Ok(None) if start.elapsed() >= timeout => {
                // SAFETY: kill(2) on our own child's process group; no memory involved.
                unsafe {
                    libc::kill(-(child.id() as i32), libc::SIGKILL);
                }
                let _ = child.wait();
                break (None, true);
            }
            Ok(None) => {
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(Failure::io(format!("waiting for {:?}: {e}", args[0]))),
        }
    };
    if !timed_out {
        // Grandchildren left in the group would keep the pipes open.
        // SAFETY: as above.
        unsafe {
            libc::kill(-(child.id() as i32), libc::SIGKILL);
        }
    }
    Ok(Ran {
        code: status.and_then(|s| s.code()),
        timed_out,
        stdout: out_t.join().unwrap_or_default(),
        stderr: err_t.join().unwrap_or_default(),
        elapsed: start.elapsed(),
    })
}

fn mask_ignoring_case(text: &str, secret: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let needle = secret.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(i) = lower[at..].find(&needle) {
        out.push_str(&text[at..at + i]);
        out.push_str(&mask(secret));
        at += i + needle.len();
    }
    out.push_str(&text[at..]);
    out
}

/// The process output for the ledger: the last 2000 bytes, the secret masked.
fn ledger_output(r: &Ran, secret: &str) -> String {
    let mut s = String::from_utf8_lossy(&r.stdout).into_owned();
    s.push_str(&String::from_utf8_lossy(&r.stderr));
    if !secret.is_empty() {
        // Flashers echo the value in whatever case they like (hex dumps are often
        // upper case): mask every case-insensitive occurrence — and its bytes as hex, the
        // way a flasher's dump of the payload (ASCII) shows it.
        s = mask_ignoring_case(&s, secret);
        s = mask_ignoring_case(&s, &hex::encode(secret));
    }
    let s = s.trim();
    let cut = s.len().saturating_sub(2000);
    let cut = (cut..s.len())
        .find(|i| s.is_char_boundary(*i))
        .unwrap_or(s.len());
    s[cut..].to_owned()
}

fn emit_ext(e: Emit) -> &'static str {
    match e {
        Emit::Json => "json",
        Emit::Env => "env",
        Emit::CHeader => "h",
        Emit::NvsCsv => "csv",
        Emit::Bin => "bin",
    }
}

/// A private directory for the payload when `--flash` needs a file and `--out` gave none;
/// removed when dropped.
struct TempPayload(PathBuf);

impl TempPayload {
    fn new() -> Result<TempPayload, Failure> {
        let dir = std::env::temp_dir().join(format!(
            "wecom-hw-line-{}-{:016x}",
            std::process::id(),
            rand::random::<u64>()
        ));
        let mut b = std::fs::DirBuilder::new();
        std::os::unix::fs::DirBuilderExt::mode(&mut b, 0o700);
        b.create(&dir)
            .map_err(|e| Failure::io(format!("cannot create {}: {e}", dir.display())))?;
        Ok(TempPayload(dir))
    }
}

impl Drop for TempPayload {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn payload_of<'a>(d: &'a StoredDevice, endpoint: &'a str) -> Payload<'a> {
    Payload {
        sn: &d.sn,
        secret: d.secret_no.expose(),
        seed: d.secret_kind == SecretKind::Seed,
        device_id: d.device_id,
        endpoint,
    }
}

fn label_job(d: &StoredDevice, a: &NextArgs) -> Result<Vec<u8>, Failure> {
    let url = d.qr_url.clone().ok_or_else(|| {
        Failure::data(format!(
            "SN {}: the store has no bind URL (qr_url) to print",
            d.sn
        ))
    })?;
    label_for(&url, &d.sn, a)
}

/// Checks, before any unit is claimed, what would otherwise fail only after its secret
/// was issued and the unit flashed: the printer address and whether a label of this
/// size holds a static bind code (the URL's length is fixed by the hw_code).
fn preflight(a: &NextArgs, sample: Option<&StoredDevice>) -> Result<(), Failure> {
    if let Some(p) = &a.printer {
        printer_addr(p)?;
    }
    if a.print.is_some() || a.printer.is_some() {
        let (url, sn) = match sample.and_then(|d| d.qr_url.clone().map(|u| (u, d.sn.clone()))) {
            Some(x) => x,
            None => (
                crate::core::bindcode::BindCode::static_url(&"x".repeat(24)),
                "E30000000001".to_owned(),
            ),
        };
        label_for(&url, &sn, a)?;
    }
    Ok(())
}

fn label_for(url: &str, sn: &str, a: &NextArgs) -> Result<Vec<u8>, Failure> {
    let url = url.to_owned();
    let d_sn = sn.to_owned();
    let spec = SizeSpec {
        dpi: Dpi(a.dpi),
        label: a.label,
        dots: a.dots,
        quiet: a.quiet_zone,
        max_dots: Some(10),
    };
    let label = Label {
        data: url,
        caption: (!a.no_caption).then(|| d_sn.clone()),
    };
    let placed = render::place(label, a.ecc, &spec).map_err(|e| usage(e.to_string()))?;
    verify::check_placed(&placed, verify::VerifyMode::Grid)
        .map_err(|e| Failure::new(ExitClass::Verify, e.to_string()))?;
    let format = match a.label_format {
        LabelFormat::Zpl => Format::Zpl,
        LabelFormat::Tspl => Format::Tspl,
    };
    let copies = vec![placed; a.copies as usize];
    render::write(format, &copies).map_err(|e| Failure::data(e.to_string()))
}

/// `tcp://HOST:PORT` → `HOST:PORT`.
fn printer_addr(url: &str) -> Result<&str, Failure> {
    let hostport = url
        .strip_prefix("tcp://")
        .map(|h| h.trim_end_matches('/'))
        .filter(|h| {
            h.rsplit_once(':')
                .is_some_and(|(host, port)| !host.is_empty() && port.parse::<u16>().is_ok())
        })
        .ok_or_else(|| {
            usage(format!(
                "--printer {url:?}: expected tcp://HOST:PORT (e.g. tcp://192.0.2.10:9100)"
            ))
        })?;
    Ok(hostport)
}

fn send_to_printer(url: &str, job: &[u8]) -> Result<(), Failure> {
    use std::net::ToSocketAddrs;
    let hostport = printer_addr(url)?;
    let net = |e: std::io::Error| {
        Failure::new(ExitClass::Network, format!("printer {url}: {e}"))
            .hint("the unit stays at its step; `line next` prints it when the printer is back")
    };
    let addr = hostport
        .to_socket_addrs()
        .map_err(net)?
        .next()
        .ok_or_else(|| usage(format!("--printer {url:?}: no address")))?;
    let mut s =
        std::net::TcpStream::connect_timeout(&addr, Duration::from_secs(10)).map_err(net)?;
    s.set_write_timeout(Some(Duration::from_secs(30)))
        .map_err(net)?;
    s.write_all(job).map_err(net)?;
    s.flush().map_err(net)?;
    s.shutdown(std::net::Shutdown::Write).map_err(net)?;
    Ok(())
}

fn write_payload(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    atomic::write(path, bytes, Some(0o600))
        .map_err(|e| Failure::io(format!("cannot write the payload {}: {e}", path.display())))
}

/// How far a state is along the line (higher = further).
fn rank(state: &str) -> u8 {
    match state {
        "claimed" => 0,
        "issued" => 1,
        "flashed" => 2,
        "printed" => 3,
        _ => 4,
    }
}

fn next(a: NextArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let payload_to_stdout = a.out.is_none() && a.flash.is_none();
    if payload_to_stdout && a.print.as_deref() == Some(Path::new("-")) {
        return Err(usage(
            "the payload and the label cannot both go to stdout: give --out FILE or --print FILE",
        )
        .into());
    }
    if payload_to_stdout && out.json && !a.dry_run {
        return Err(usage(
            "with --json, stdout carries the result: give --out FILE for the payload",
        )
        .into());
    }
    if payload_to_stdout && !a.show_secrets && !a.dry_run {
        return Err(usage(
            "the payload holds the unit's secret: writing it to stdout needs --show-secrets",
        )
        .hint("give --out FILE (written with mode 0600), or add --show-secrets to pipe it")
        .into());
    }
    if a.nvs_namespace.is_empty() || a.nvs_namespace.len() > 15 {
        return Err(usage("--nvs-namespace must be 1 to 15 characters (an NVS key limit)").into());
    }
    if let Some(f) = &a.flash {
        argv(f, "", "")?;
    }
    if let Some(v) = &a.verify {
        argv(v, "", "")?;
    }
    let mut store = open(opts)?;
    let sample = match a.sn.as_deref() {
        Some(sn) => store.get(sn)?,
        None => store
            .list(&crate::store::DeviceFilter {
                limit: Some(1),
                ..Default::default()
            })?
            .pop(),
    };
    preflight(&a, sample.as_ref())?;

    // 1. Which unit: this station's unfinished one first, then --sn or the next.
    let unfinished = store.line_unfinished()?;
    if a.dry_run {
        return dry_run(&a, &store, unfinished, out);
    }
    let (sn, claim, from_state) = match unfinished {
        Some(u) => {
            if let Some(want) = a.sn.as_deref().filter(|w| !w.eq_ignore_ascii_case(&u.sn)) {
                out.warn(format!(
                    "finishing {} (left {} by this station) before {want}; run again for {want}",
                    u.sn, u.state
                ));
            }
            store.line_note(
                &u.sn,
                "line-resumed",
                Some(&format!("from state {}", u.state)),
            )?;
            (u.sn, Claim::Resumed, u.state)
        }
        None => match &a.sn {
            Some(sn) => {
                let (sn, c) = store.line_claim_sn(sn, a.reissue.as_deref())?;
                (sn, c, "claimed".to_owned())
            }
            None => match store.line_claim_next()? {
                Some(sn) => (sn, Claim::New, "claimed".to_owned()),
                None => {
                    return Err(Failure::data(format!(
                        "no unit left to issue in {}",
                        store.path().display()
                    ))
                    .hint(format!(
                        "import the next registration export, or see `wecom-hw{} line status`",
                        opts.hint_flags()
                    ))
                    .into());
                }
            },
        },
    };
    let dev = store
        .get(&sn)?
        .ok_or_else(|| Failure::new(ExitClass::Internal, format!("claimed SN {sn} vanished")))?;
    let secret = dev.secret_no.expose().to_owned();
    let bytes = payload_of(&dev, &a.endpoint).encode(a.emit, &a.nvs_namespace);
    out.info(format!(
        "{sn}: {}",
        match claim {
            Claim::New => "claimed".to_owned(),
            Claim::Resumed => format!("resuming (was {from_state})"),
            Claim::Reissued => "reissued".to_owned(),
        }
    ));
    let mut steps: Vec<serde_json::Value> = Vec::new();
    let mut result = serde_json::json!({
        "sn": sn,
        "claim": claim,
        "station": store.station(),
        "emit": a.emit,
    });

    // 2. The payload. Rewritten on resume (the flasher needs the file again); the bytes
    // are the same, and the secret counts as issued once.
    let temp = if a.out.is_none() && a.flash.is_some() {
        Some(TempPayload::new()?)
    } else {
        None
    };
    let file: Option<PathBuf> = a.out.clone().or_else(|| {
        temp.as_ref()
            .map(|t| t.0.join(format!("payload.{}", emit_ext(a.emit))))
    });
    if rank(&from_state) <= 1 {
        match &file {
            Some(p) => write_payload(p, &bytes)?,
            None if rank(&from_state) == 0 => {
                let mut so = crate::output::stdout();
                so.write_all(&bytes)?;
                so.flush()?;
            }
            None => {}
        }
        if rank(&from_state) == 0 {
            let to = a.out.as_ref().map_or_else(
                || {
                    if temp.is_some() {
                        "temporary file".into()
                    } else {
                        "stdout".into()
                    }
                },
                |p| p.display().to_string(),
            );
            let detail = format!(
                "{} payload, {} bytes, secret fingerprint {}, to {to}",
                emit_ext(a.emit),
                bytes.len(),
                dev.secret_no.fingerprint()
            );
            store.line_mark(&sn, "issued", "secret-issued", Some(&detail))?;
            out.info(format!("{sn}: payload issued ({detail})"));
            steps.push(serde_json::json!({"step": "issued", "detail": detail}));
        }
    }
    if let Some(p) = &a.out {
        result["out"] = p.display().to_string().into();
    }

    // 3. Flash and verify.
    if rank(&from_state) <= 1 {
        let fname = file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let timeout = Duration::from_secs(a.flash_timeout);
        let mut detail = String::from("no flasher");
        let mut flash_log = None;
        if let Some(cmd) = &a.flash {
            let args = argv(cmd, &fname, &sn)?;
            let r = run_with_timeout(&args, timeout)?;
            let log = ledger_output(&r, &secret);
            if r.timed_out || r.code != Some(0) {
                let (class, why) = if r.timed_out {
                    (
                        ExitClass::Timeout,
                        format!("flasher timed out after {} s", a.flash_timeout),
                    )
                } else {
                    (
                        ExitClass::Network,
                        format!(
                            "flasher exited with {}",
                            r.code.map_or("a signal".into(), |c| c.to_string())
                        ),
                    )
                };
                let d = if log.is_empty() {
                    why.clone()
                } else {
                    format!("{why}: {log}")
                };
                store.line_mark(&sn, "failed", "flash-failed", Some(&d))?;
                return Err(Failure::new(class, format!("{sn}: {why}; the unit is marked failed"))
                    .hint(format!(
                        "see `wecom-hw{} line status`; after fixing the unit: the same line next with --sn {sn} --reissue 'REASON'",
                        opts.hint_flags()
                    ))
                    .into());
            }
            detail = format!("flasher exit 0 in {} ms", r.elapsed.as_millis());
            out.debug(format!("{sn}: flasher output:\n{log}"));
            if !log.is_empty() {
                flash_log = Some(log);
            }
        }
        if let Some(cmd) = &a.verify {
            let args = argv(cmd, &fname, &sn)?;
            let r = run_with_timeout(&args, timeout)?;
            let same = r.stdout == bytes || r.stdout.trim_ascii_end() == bytes.trim_ascii_end();
            if r.timed_out || r.code != Some(0) || !same {
                let (class, why) = if r.timed_out {
                    (
                        ExitClass::Timeout,
                        format!("verifier timed out after {} s", a.flash_timeout),
                    )
                } else if r.code != Some(0) {
                    (
                        ExitClass::Network,
                        format!(
                            "verifier exited with {}",
                            r.code.map_or("a signal".into(), |c| c.to_string())
                        ),
                    )
                } else {
                    (
                        ExitClass::Verify,
                        format!(
                            "read-back differs from the payload ({} bytes read, {} written)",
                            r.stdout.len(),
                            bytes.len()
                        ),
                    )
                };
                store.line_mark(&sn, "failed", "verify-failed", Some(&why))?;
                return Err(
                    Failure::new(class, format!("{sn}: {why}; the unit is marked failed")).into(),
                );
            }
            detail.push_str("; read-back verified");
        }
        // The ledger keeps the flasher's output (secret masked); the screen the summary.
        let ledger_detail = match &flash_log {
            Some(log) => format!("{detail}: {log}"),
            None => detail.clone(),
        };
        store.line_mark(&sn, "flashed", "flashed", Some(&ledger_detail))?;
        out.info(format!("{sn}: flashed ({detail})"));
        steps.push(serde_json::json!({"step": "flashed", "detail": detail}));
    }
    drop(temp);

    // 4. The label.
    if rank(&from_state) <= 2 {
        let mut detail = String::from("no label: neither --print nor --printer");
        let mut event = "label-skipped";
        if a.print.is_some() || a.printer.is_some() {
            let job = match label_job(&dev, &a) {
                Ok(j) => j,
                Err(f) => {
                    store.line_mark(&sn, "failed", "print-failed", Some(&f.message))?;
                    return Err(f.into());
                }
            };
            let lang = match a.label_format {
                LabelFormat::Zpl => "zpl",
                LabelFormat::Tspl => "tspl",
            };
            let to = if let Some(url) = &a.printer {
                send_to_printer(url, &job)?;
                url.clone()
            } else {
                let p = a.print.as_deref().expect("checked");
                if p == Path::new("-") {
                    let mut so = crate::output::stdout();
                    so.write_all(&job)?;
                    so.flush()?;
                    "stdout".to_owned()
                } else {
                    atomic::write(p, &job, None).map_err(|e| {
                        Failure::io(format!("cannot write the label {}: {e}", p.display()))
                    })?;
                    p.display().to_string()
                }
            };
            detail = format!("{lang} label ×{} to {to}", a.copies);
            event = "label-printed";
        }
        store.line_mark(&sn, "printed", event, Some(&detail))?;
        out.info(format!("{sn}: {detail}"));
        steps.push(serde_json::json!({"step": "printed", "detail": detail}));
    }

    // 5. Done.
    store.line_mark(&sn, "done", "line-done", None)?;
    result["state"] = "done".into();
    result["steps"] = steps.into();
    if out.json {
        out.json_line(&result)?;
    } else if payload_to_stdout || a.print.as_deref() == Some(Path::new("-")) {
        out.info(format!("{sn}: done"));
    } else {
        crate::outln!("{sn} done")?;
    }
    Ok(())
}

fn dry_run(
    a: &NextArgs,
    store: &Store,
    unfinished: Option<crate::store::line::LineUnit>,
    out: &Output,
) -> Result<()> {
    let (sn, how) = match (unfinished, &a.sn) {
        (Some(u), _) => (
            u.sn.clone(),
            format!("resume (left {} by this station)", u.state),
        ),
        (None, Some(sn)) => match store.line_unit(sn)? {
            Some(u) if a.reissue.is_none() => {
                return Err(Failure::new(
                    ExitClass::Conflict,
                    format!(
                        "SN {}: its secret was already issued (state {})",
                        u.sn, u.state
                    ),
                )
                .hint("give --reissue 'REASON' to issue it again")
                .into());
            }
            Some(u) => (u.sn, "reissue".to_owned()),
            None => (
                store
                    .get(sn)?
                    .ok_or_else(|| Failure::data(format!("SN {sn} is not in the device store")))?
                    .sn,
                "claim".to_owned(),
            ),
        },
        (None, None) => match store.line_peek_next()? {
            Some(sn) => (sn, "claim".to_owned()),
            None => return Err(Failure::data("no unit left to issue").into()),
        },
    };
    let file = match (&a.out, &a.flash) {
        (Some(p), _) => p.display().to_string(),
        (None, Some(_)) => "<temporary file>".to_owned(),
        (None, None) => "stdout".to_owned(),
    };
    let flash = a
        .flash
        .as_deref()
        .map(|c| argv(c, &file, &sn))
        .transpose()?;
    let verify = a
        .verify
        .as_deref()
        .map(|c| argv(c, &file, &sn))
        .transpose()?;
    let print = a
        .printer
        .clone()
        .or_else(|| a.print.as_ref().map(|p| p.display().to_string()));
    if out.json {
        out.json_line(&serde_json::json!({
            "dry_run": true, "sn": sn, "action": how, "emit": a.emit, "out": a.out,
            "flash": flash, "verify": verify, "print": print, "copies": a.copies,
        }))?;
    } else {
        crate::outln!("dry run, nothing claimed, written, flashed or printed:")?;
        crate::outln!("  {how} {sn}")?;
        crate::outln!("  write the {} payload to {file}", emit_ext(a.emit))?;
        if let Some(f) = flash {
            crate::outln!("  run {f:?} (timeout {} s)", a.flash_timeout)?;
        }
        if let Some(v) = verify {
            crate::outln!("  verify with {v:?}")?;
        }
        if let Some(p) = print {
            crate::outln!(
                "  print {} label ×{} to {p}",
                match a.label_format {
                    LabelFormat::Zpl => "zpl",
                    LabelFormat::Tspl => "tspl",
                },
                a.copies
            )?;
        }
    }
    Ok(())
}

fn status(s: StatusArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let store = open(opts)?;
    let counts = store.line_counts()?;
    let fails = store.line_failures(s.failures)?;
    let cutoff = time::OffsetDateTime::now_utc()
        - time::Duration::seconds(s.silent_after.min(i64::MAX as u64) as i64);
    let cutoff = cutoff
        .replace_nanosecond(0)
        .unwrap_or(cutoff)
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let silent = store.line_held_before(&cutoff)?;
    if out.json {
        let c: serde_json::Map<String, serde_json::Value> = counts
            .iter()
            .map(|(k, n)| (k.clone(), (*n).into()))
            .collect();
        out.json_line(&serde_json::json!({"counts": c, "failures": fails, "silent": silent}))?;
        return Ok(());
    }
    for (k, n) in &counts {
        crate::outln!("{k:<10} {n:>7}")?;
    }
    if !silent.is_empty() {
        crate::outln!(
            "held by silent stations (no step for {} s):",
            s.silent_after
        )?;
        for u in &silent {
            crate::outln!(
                "  {}  {:<14} {:<10} {}",
                u.updated_at,
                u.sn,
                u.station.as_deref().unwrap_or("-"),
                u.state
            )?;
        }
    }
    if !fails.is_empty() {
        crate::outln!("last failures:")?;
        for f in &fails {
            crate::outln!(
                "  {}  {:<14} {:<10} {}",
                f.updated_at,
                f.sn,
                f.station.as_deref().unwrap_or("-"),
                f.last_error
                    .as_deref()
                    .unwrap_or("")
                    .lines()
                    .next()
                    .unwrap_or("")
            )?;
        }
    }
    Ok(())
}

/// `2026-11-28` → `2026-11-28T00:00:00Z`; RFC 3339 in any offset → UTC `…Z`.
fn parse_since(s: &str) -> Result<String, Failure> {
    use time::format_description::well_known::Rfc3339;
    let t = if let Ok(t) = time::OffsetDateTime::parse(s, &Rfc3339) {
        t
    } else {
        let fmt = time::macros::format_description!("[year]-[month]-[day]");
        let d = time::Date::parse(s, &fmt).map_err(|_| {
            usage(format!(
                "--since {s:?}: expected RFC 3339 (2026-11-28T08:00:00Z) or a date"
            ))
        })?;
        d.midnight().assume_utc()
    };
    Ok(t.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(t)
        .format(&Rfc3339)
        .unwrap_or_default())
}

fn report(r: ReportArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let since = parse_since(&r.since)?;
    let store = open(opts)?;
    let rows = store.ledger_since(&since)?;
    let mut buf = Vec::new();
    match r.format {
        ReportFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut buf);
            w.write_record(["id", "at", "sn", "station", "event", "detail"])?;
            for e in &rows {
                w.write_record([
                    e.id.to_string().as_str(),
                    &e.at,
                    &e.sn,
                    e.station.as_deref().unwrap_or(""),
                    &e.event,
                    e.detail.as_deref().unwrap_or(""),
                ])?;
            }
            w.flush()?;
        }
        ReportFormat::Ndjson => {
            for e in &rows {
                serde_json::to_writer(&mut buf, e)?;
                buf.push(b'\n');
            }
        }
    }
    match &r.output {
        Some(p) => {
            atomic::write(p, &buf, None)
                .map_err(|e| Failure::io(format!("cannot write {}: {e}", p.display())))?;
            if out.json {
                out.json_line(
                    &serde_json::json!({"output": p, "since": since, "entries": rows.len()}),
                )?;
            } else {
                out.info(format!(
                    "{} ledger entries since {since} → {}",
                    rows.len(),
                    p.display()
                ));
            }
        }
        None => crate::output::stdout().write_all(&buf)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn flasher_echoes_are_masked_in_any_case() {
        let secret = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
        let text = format!("wrote {} ok; readback {}", secret.to_uppercase(), secret);
        let m = super::mask_ignoring_case(&text, secret);
        assert!(!m.to_ascii_lowercase().contains(&secret[4..28]), "{m}");
        assert!(m.starts_with("wrote 70") && m.ends_with("ac"), "{m}");
    }

    #[test]
    fn a_flashers_hex_dump_of_the_payload_is_masked_too() {
        let secret = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
        let dump = format!("{{\"secret_no\":\"{secret}\"}}")
            .bytes()
            .map(|b| format!("{b:02X}"))
            .collect::<String>();
        let r = super::Ran {
            code: Some(0),
            timed_out: false,
            elapsed: std::time::Duration::ZERO,
            stdout: format!("wrote {dump}\n").into_bytes(),
            stderr: Vec::new(),
        };
        let log = super::ledger_output(&r, secret).to_ascii_lowercase();
        let hex_secret = hex::encode(secret);
        assert!(!log.contains(&hex_secret[8..40]), "{log}");
        assert!(
            log.starts_with("wrote 7b22"),
            "the rest of the dump stays: {log}"
        );
    }

    use super::*;

    #[test]
    fn command_templates_split_like_a_shell_and_substitute_per_word() {
        let a = argv(
            r#"flash.sh --port '/dev/tty USB0' {file} "x {sn}" a\ b"#,
            "/t/p q.bin",
            "E3",
        )
        .unwrap();
        assert_eq!(
            a,
            [
                "flash.sh",
                "--port",
                "/dev/tty USB0",
                "/t/p q.bin",
                "x E3",
                "a b"
            ]
        );
        assert!(argv("a 'b", "", "").is_err());
    }

    #[test]
    fn since_accepts_dates_and_offsets() {
        assert_eq!(parse_since("2026-11-28").unwrap(), "2026-11-28T00:00:00Z");
        assert_eq!(
            parse_since("2026-11-28T10:00:00+08:00").unwrap(),
            "2026-11-28T02:00:00Z"
        );
        assert!(parse_since("yesterday").is_err());
    }
}
