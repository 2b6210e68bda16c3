//! `wecom-hw sign`: read arguments, call `core::sign`/`core::bindcode`, print.

use crate::cli::sign::{BatchFormat, SceneArgs, SignArgs, SignCommand, VerifyArgs};
use crate::core::bindcode::{BindCode, DynamicCode};
use crate::core::headers::{Field, match_header};
use crate::core::identity::validate_sn;
use crate::core::secret::Secret;
use crate::core::sign::{Explanation, Scene, SignRequest, sign_into};
use crate::error_code::ErrorCode;
use crate::io::atomic::AtomicFile;
use crate::io::secrets;
use crate::output::{ExitClass, Failure, Output};
use crate::store::StoreOptions;
use anyhow::{Context, Result};
use rand::{Rng, SeedableRng};
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;

pub fn run(args: SignArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    match args.command {
        SignCommand::Bind(a) => scene(Scene::Bind, a, store, out),
        SignCommand::Login(a) => scene(Scene::Login, a, store, out),
        SignCommand::Register(a) => scene(Scene::Register, a, store, out),
        SignCommand::SecretNo(a) => scene(Scene::SecretNo, a, store, out),
        SignCommand::Verify(a) => verify(a, store, out),
    }
}

/// Current unix time in seconds.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn check_scene_flags(scene: Scene, a: &SceneArgs) -> Result<(), Failure> {
    if a.url && !matches!(scene, Scene::Bind | Scene::Login) {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("sign-url-wrong-scene", scene = scene.name()),
        ));
    }
    if scene != Scene::Login && a.state.is_some() {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("sign-state-login-only"),
        ));
    }
    Ok(())
}

fn scene(scene: Scene, a: SceneArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    check_scene_flags(scene, &a)?;
    if a.input.is_some() {
        return batch(scene, &a, out);
    }
    let sn = a.sn.as_deref().unwrap_or_default();
    validate_sn(sn).map_err(|e| {
        Failure::new(ErrorCode::SnInvalid, e.to_string()).at(format_args!("--sn {sn:?}"))
    })?;
    if scene == Scene::Login && a.state.is_none() {
        return Err(Failure::new(
            ErrorCode::UsageMissingValue,
            crate::fl!("sign-login-needs-state"),
        )
        .into());
    }
    let kind = if scene == Scene::SecretNo {
        secrets::StoreSecret::Seed
    } else {
        secrets::StoreSecret::Device
    };
    let (secret, _) = secrets::load_for_sn(&a.secret, sn, store, scene.secret_name(), kind, out)?;
    let ts = a.timestamp.unwrap_or_else(now_secs).to_string();
    let nonce = a.nonce.unwrap_or_else(rand::random).to_string();
    let req = SignRequest {
        scene,
        sn,
        secret: &secret,
        timestamp: &ts,
        nonce: &nonce,
        state: a.state.as_deref(),
    };
    let signature = req.signature();
    let url = matches!(scene, Scene::Bind | Scene::Login).then(|| {
        DynamicCode {
            scene,
            sn: sn.to_owned(),
            timestamp: ts.clone(),
            nonce: nonce.clone(),
            signature: signature.clone(),
            state: a.state.clone(),
        }
        .to_url()
    });
    if out.json {
        let mut v = serde_json::json!({
            "scene": scene.name(),
            "sn": sn,
            "timestamp": ts.parse::<u64>().unwrap_or_default(),
            // A string, as in every --json output: the digits exactly as signed (a u64
            // is past what JSON readers such as jq hold exactly).
            "nonce": nonce,
            "signature": signature,
            "secret_fingerprint": secret.fingerprint(),
        });
        if let Some(u) = &url {
            v["url"] = u.clone().into();
        }
        if let Some(s) = &a.state {
            v["state"] = s.clone().into();
        }
        if a.explain {
            v["explain"] = serde_json::to_value(req.explain())?;
        }
        out.json_line(&v)?;
    } else if a.explain {
        crate::out!("{}", render_explanation(&req.explain(), url.as_deref()))?;
    } else if a.url {
        crate::outln!("{}", url.unwrap_or_default())?;
    } else {
        crate::outln!("{signature}")?;
    }
    Ok(())
}

/// The human form of `--explain`.
///
/// The labels come from the catalog and are padded to one column by display width (a
/// Chinese label is two columns a character), so every value starts in the same column.
pub fn render_explanation(e: &Explanation, url: Option<&str>) -> String {
    let labels = [
        crate::fl!("sign-explain-scene"),
        crate::fl!("sign-explain-inputs"),
        crate::fl!("sign-explain-secret"),
        crate::fl!("sign-explain-sorted"),
        crate::fl!("sign-explain-canonical"),
        crate::fl!("sign-explain-sha1"),
        crate::fl!("sign-explain-url"),
    ];
    let column = crate::i18n::width::caption_column(&labels, 3);
    let label = |i: usize| crate::i18n::width::pad_to(&labels[i], column);
    let mut s = String::new();
    s.push_str(&format!(
        "{}{} ({})\n",
        label(0),
        e.scene.name(),
        e.scene.constant()
    ));
    s.push_str(&label(1));
    let inputs: Vec<String> = e
        .inputs
        .iter()
        .map(|v| format!("{}={}", v.name, v.value))
        .collect();
    s.push_str(&inputs.join("  "));
    s.push('\n');
    s.push_str(&label(2));
    s.push_str(&crate::fl!(
        "sign-explain-secret-value",
        fingerprint = e.secret_fingerprint.to_string()
    ));
    s.push('\n');
    s.push_str(&label(3));
    s.push_str(&crate::fl!("sign-explain-sorted-value"));
    s.push('\n');
    let width = e.sorted.iter().map(|v| v.name.len()).max().unwrap_or(0);
    for (i, v) in e.sorted.iter().enumerate() {
        s.push_str(&format!("  {}. {:<width$}  {}\n", i + 1, v.name, v.value));
    }
    s.push_str(&format!("{}{}\n", label(4), e.canonical_masked));
    s.push_str(&format!("{}{}\n", label(5), e.signature));
    if let Some(u) = url {
        s.push_str(&format!("{}{u}\n", label(6)));
    }
    s
}

fn verify(a: VerifyArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    let code = BindCode::parse(&a.url).map_err(|e| {
        let f = Failure::from(e);
        Failure::new(f.code, crate::fl!("sign-malformed-url", error = f.message))
    })?;
    let d = match code {
        BindCode::Static { hw_code } => {
            if out.json {
                out.json_line(&serde_json::json!({
                    "kind": "static", "hw_code": hw_code, "valid": true,
                    "note": "static codes carry no signature and do not expire"
                }))?;
            } else {
                crate::outln!(
                    "{}",
                    crate::fl!("sign-static-code", hw_code = hw_code.to_string())
                )?;
            }
            return Ok(());
        }
        BindCode::Dynamic(d) => d,
    };
    let (secret, origin) = secrets::load_for_sn(
        &a.secret,
        &d.sn,
        store,
        "SecretNo",
        secrets::StoreSecret::Device,
        out,
    )?;
    let now = a.at.unwrap_or_else(now_secs);
    let sig_ok = d.verify(&secret);
    let v = d.validity(now);
    let (reason, class) = if !sig_ok {
        ("bad-signature", Some(ExitClass::Verify))
    } else if v.expired {
        ("expired", Some(ExitClass::Expired))
    } else {
        ("ok", None)
    };
    let kind = BindCode::Dynamic(d.clone()).kind();
    if out.json {
        out.json_line(&serde_json::json!({
            "kind": kind,
            "sn": d.sn,
            "timestamp": d.timestamp_secs(),
            "nonce": d.nonce,
            "state": d.state,
            "valid": class.is_none(),
            "signature_ok": sig_ok,
            "reason": reason,
            "age_secs": v.age_secs,
            "remaining_secs": v.remaining_secs,
            "valid_for_secs": v.valid_for_secs,
            "expired": v.expired,
            "secret_fingerprint": secret.fingerprint(),
        }))?;
    }
    match class {
        None => {
            if !out.json {
                crate::outln!(
                    "{}",
                    crate::fl!(
                        "sign-valid",
                        kind = kind.to_string(),
                        sn = d.sn.clone(),
                        age = human_secs(v.age_secs),
                        left = human_secs(v.remaining_secs as i64),
                        valid_for = human_secs(v.valid_for_secs as i64)
                    )
                )?;
            }
            Ok(())
        }
        Some(ExitClass::Verify) => Err(Failure::new(
            ErrorCode::SignBadSignature,
            crate::fl!(
                "sign-bad-signature",
                sn = d.sn.clone(),
                fingerprint = secret.fingerprint().to_string(),
                origin = origin.to_string()
            ),
        )
        .json_reported(out.json)
        .hint(crate::fl!(
            "sign-bad-signature-hint",
            sn = d.sn.clone(),
            command = explain_command(&d, store, &origin)
        ))
        .into()),
        Some(_) => Err(Failure::new(
            ErrorCode::SignExpired,
            crate::fl!(
                "sign-expired",
                kind = kind.to_string(),
                sn = d.sn.clone(),
                ago = human_secs(v.age_secs - v.valid_for_secs as i64),
                age = human_secs(v.age_secs),
                valid_for = human_secs(v.valid_for_secs as i64)
            ),
        )
        .json_reported(out.json)
        .hint(crate::fl!("sign-expired-hint"))
        .into()),
    }
}

/// The `sign … --explain` command that shows what the code should have signed, in
/// backticks (the catalog message places it; `hints_run` finds it here).
fn explain_command(
    d: &DynamicCode,
    store: &StoreOptions,
    origin: &secrets::SecretOrigin,
) -> String {
    format!(
        "`wecom-hw{} sign {} --sn {} --timestamp {} --nonce {}{}{} --explain`",
        store.hint_flags(),
        if d.scene == Scene::Login {
            "login"
        } else {
            "bind"
        },
        d.sn,
        d.timestamp,
        d.nonce,
        d.state
            .as_ref()
            .map(|s| format!(" --state {}", crate::output::shell_quote(s)))
            .unwrap_or_default(),
        origin.hint_flags()
    )
}

/// A duration for people, the one form every command shows: `45s`, `1m 05s`, `1h 02m 03s`
/// (codes live minutes, so seconds count), and from a day on `1117d 2h` (a code or a
/// clock that is days off is read by its days; "26810h 55m 20s" is not). The units are
/// catalog text (`duration-*`: 秒, 分钟, 小时, 天 in Chinese).
pub fn human_secs(s: i64) -> String {
    let sign = if s < 0 { "-" } else { "" };
    let s = s.unsigned_abs();
    let (d, h, m, sec) = (s / 86400, (s % 86400) / 3600, (s % 3600) / 60, s % 60);
    let text = if d > 0 {
        crate::fl!("duration-d-h", d = d.to_string(), h = h.to_string())
    } else if h > 0 {
        crate::fl!(
            "duration-h-m-s",
            h = h.to_string(),
            m = format!("{m:02}"),
            s = format!("{sec:02}")
        )
    } else if m > 0 {
        crate::fl!("duration-m-s", m = m.to_string(), s = format!("{sec:02}"))
    } else {
        crate::fl!("duration-s", s = sec.to_string())
    };
    format!("{sign}{text}")
}

// ---------------------------------------------------------------------------------------
// Batch signing: streaming, constant memory, no allocation per row on the CSV path.

/// Column positions of a batch input.
struct Columns {
    sn: usize,
    secret: usize,
    timestamp: Option<usize>,
    nonce: Option<usize>,
    state: Option<usize>,
}

struct BatchCtx<'a> {
    scene: Scene,
    input_name: String,
    timestamp: String,
    fixed_nonce: Option<String>,
    state: Option<&'a str>,
    rng: rand::rngs::SmallRng,
    format: BatchFormat,
    with_url: bool,
    rows: u64,
    /// The CSV header is still to be written: it goes out with the first result (or at a
    /// clean end), so a batch refused before its first row prints nothing on stdout.
    header_pending: bool,
    /// Reused output buffer: one write per row instead of one per field.
    line: Vec<u8>,
}

fn batch(scene: Scene, a: &SceneArgs, out: &Output) -> Result<()> {
    let input = a.input.as_deref().expect("batch needs --input");
    let in_format = match a.input_format {
        Some(f) => f,
        None => format_from_extension(input).ok_or_else(|| {
            Failure::new(
                ErrorCode::UsageUnknownFormat,
                crate::fl!(
                    "sign-batch-unknown-format",
                    file = input.display().to_string()
                ),
            )
        })?,
    };
    let out_format = a.output_format.unwrap_or(if out.json {
        BatchFormat::Ndjson
    } else {
        BatchFormat::Csv
    });
    let reader: Box<dyn Read> = if input == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::fs::File::open(input).map_err(|e| {
            Failure::new(
                ErrorCode::IoReadFailed,
                crate::fl!(
                    "sign-batch-cannot-open",
                    file = input.display().to_string(),
                    error = e.to_string()
                ),
            )
        })?)
    };
    let mut ctx = BatchCtx {
        scene,
        input_name: input.display().to_string(),
        timestamp: a.timestamp.unwrap_or_else(now_secs).to_string(),
        fixed_nonce: a.nonce.map(|n| n.to_string()),
        state: a.state.as_deref(),
        rng: rand::rngs::SmallRng::from_os_rng(),
        format: out_format,
        with_url: matches!(scene, Scene::Bind | Scene::Login),
        rows: 0,
        header_pending: out_format == BatchFormat::Csv,
        line: Vec::with_capacity(512),
    };
    let started = std::time::Instant::now();
    match &a.output {
        Some(path) => {
            let mut f = AtomicFile::create(path, None).with_context(|| {
                crate::fl!("qr-cannot-create", path = path.display().to_string())
            })?;
            run_batch(&mut ctx, in_format, reader, &mut f)?;
            f.commit().with_context(|| {
                crate::fl!("qr-cannot-write", path = path.display().to_string())
            })?;
        }
        None => {
            let mut w = BufWriter::with_capacity(1 << 16, crate::output::stdout());
            run_batch(&mut ctx, in_format, reader, &mut w)?;
            w.flush()?;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    out.info(crate::fl!(
        "sign-batch-done",
        rows = ctx.rows,
        file = ctx.input_name.clone(),
        secs = format!("{secs:.2}")
    ));
    Ok(())
}

fn format_from_extension(p: &Path) -> Option<BatchFormat> {
    match p.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "csv" => Some(BatchFormat::Csv),
        "ndjson" | "jsonl" | "json" => Some(BatchFormat::Ndjson),
        _ => None,
    }
}

fn run_batch(
    ctx: &mut BatchCtx,
    fmt: BatchFormat,
    r: Box<dyn Read>,
    w: &mut dyn Write,
) -> Result<()> {
    match fmt {
        BatchFormat::Csv => batch_csv(ctx, r, w)?,
        BatchFormat::Ndjson => batch_ndjson(ctx, r, w)?,
    }
    // An input without rows still gets its header: the output is a valid empty table.
    write_header(ctx, w)?;
    Ok(())
}

/// Writes the CSV header once, before the first result line.
fn write_header(ctx: &mut BatchCtx, w: &mut dyn Write) -> std::io::Result<()> {
    if std::mem::take(&mut ctx.header_pending) {
        w.write_all(if ctx.with_url {
            b"sn,timestamp,nonce,signature,url\n"
        } else {
            b"sn,timestamp,nonce,signature\n"
        })?;
    }
    Ok(())
}

fn header_columns(ctx: &BatchCtx, headers: &[String]) -> Result<Columns, Failure> {
    let mut found: Vec<(Field, usize)> = Vec::new();
    for (i, h) in headers.iter().enumerate() {
        if let Some(f) = match_header(h)
            && !found.iter().any(|(g, _)| *g == f)
        {
            found.push((f, i));
        }
    }
    let get = |f: Field| found.iter().find(|(g, _)| *g == f).map(|(_, i)| *i);
    let need = |f: Field| {
        get(f).ok_or_else(|| {
            Failure::new(
                ErrorCode::SignInputInvalid,
                crate::fl!(
                    "sign-batch-no-column",
                    column = f.name(),
                    headers = crate::core::headers::show_header_cells(headers)
                ),
            )
            .at(crate::fl!(
                "sign-batch-at-line",
                file = ctx.input_name.clone(),
                line = 1
            ))
        })
    };
    Ok(Columns {
        sn: need(Field::Sn)?,
        secret: need(Field::SecretNo)?,
        timestamp: get(Field::Timestamp),
        nonce: get(Field::Nonce),
        state: get(Field::State),
    })
}

fn row_error(ctx: &BatchCtx, line: u64, msg: impl std::fmt::Display) -> anyhow::Error {
    Failure::new(ErrorCode::SignInputInvalid, msg.to_string())
        .at(crate::fl!(
            "sign-batch-at-line",
            file = ctx.input_name.clone(),
            line = line
        ))
        .into()
}

fn is_decimal_u64(b: &[u8]) -> bool {
    !b.is_empty()
        && b.len() <= 20
        && b.iter().all(u8::is_ascii_digit)
        && std::str::from_utf8(b).is_ok_and(|s| s.parse::<u64>().is_ok())
}

/// The cells of one batch row, borrowed from the reader's buffers.
struct Row<'a> {
    sn: &'a [u8],
    secret: &'a [u8],
    ts: Option<&'a [u8]>,
    nonce: Option<&'a [u8]>,
    state: Option<&'a [u8]>,
}

/// Signs one row and writes its result line. Nothing is allocated here on the CSV path.
fn sign_row(ctx: &mut BatchCtx, line: u64, row: Row, w: &mut dyn Write) -> Result<()> {
    let Row {
        sn,
        secret,
        ts,
        nonce,
        state,
    } = row;
    let sn = sn.trim_ascii();
    if sn.is_empty() {
        return Err(row_error(ctx, line, crate::fl!("sign-row-sn-empty")));
    }
    if sn.len() > crate::core::identity::SN_MAX_LEN || !sn.iter().all(u8::is_ascii_alphanumeric) {
        let e = validate_sn(&String::from_utf8_lossy(sn)).err();
        return Err(row_error(
            ctx,
            line,
            format!(
                "sn {:?}: {}",
                String::from_utf8_lossy(sn),
                e.map(|e| e.to_string()).unwrap_or_default()
            ),
        ));
    }
    let secret = secret.trim_ascii();
    if secret.is_empty() {
        return Err(row_error(ctx, line, crate::fl!("sign-row-secret-empty")));
    }
    let ts: &[u8] = match ts.map(<[u8]>::trim_ascii).filter(|t| !t.is_empty()) {
        // No leading zero: the digits are signed as written and printed as a JSON number,
        // which may not start with 0 (and `wss.md` 2.6 says the signed text has none).
        Some(t) if is_decimal_u64(t) && (t.len() == 1 || t[0] != b'0') => t,
        Some(t) => {
            return Err(row_error(
                ctx,
                line,
                crate::fl!(
                    "sign-row-bad-timestamp",
                    value = format!("{:?}", String::from_utf8_lossy(t))
                ),
            ));
        }
        None => ctx.timestamp.as_bytes(),
    };
    let mut nbuf = itoa::Buffer::new();
    let nonce: &[u8] = match nonce.map(<[u8]>::trim_ascii).filter(|t| !t.is_empty()) {
        Some(n) if is_decimal_u64(n) => n,
        Some(n) => {
            return Err(row_error(
                ctx,
                line,
                crate::fl!(
                    "sign-row-bad-nonce",
                    value = format!("{:?}", String::from_utf8_lossy(n))
                ),
            ));
        }
        None => match &ctx.fixed_nonce {
            Some(n) => n.as_bytes(),
            None => nbuf.format(ctx.rng.random::<u64>()).as_bytes(),
        },
    };
    let state: &[u8] = match ctx.scene {
        Scene::Login => match state
            .filter(|s| !s.is_empty())
            .or(ctx.state.map(str::as_bytes))
        {
            Some(s) => s,
            None => {
                return Err(row_error(
                    ctx,
                    line,
                    crate::fl!("sign-row-login-needs-state"),
                ));
            }
        },
        _ => b"",
    };
    let mut values: [&[u8]; 6] = [
        sn,
        secret,
        ts,
        nonce,
        ctx.scene.constant().as_bytes(),
        state,
    ];
    let n = if ctx.scene == Scene::Login { 6 } else { 5 };
    let mut sig = [0u8; 40];
    sign_into(&mut values[..n], &mut sig);
    let mut line = std::mem::take(&mut ctx.line);
    line.clear();
    format_result(ctx, sn, ts, nonce, &sig, state, &mut line);
    let written = write_header(ctx, w).and_then(|()| w.write_all(&line));
    ctx.line = line;
    written?;
    ctx.rows += 1;
    Ok(())
}

/// Appends one result line to `line`. SNs are [0-9A-Za-z], numbers are digits and the URL
/// is percent-encoded: nothing needs CSV quoting or JSON escaping.
fn format_result(
    ctx: &BatchCtx,
    sn: &[u8],
    ts: &[u8],
    nonce: &[u8],
    sig: &[u8; 40],
    state: &[u8],
    line: &mut Vec<u8>,
) {
    let url = |line: &mut Vec<u8>| {
        line.extend_from_slice(crate::core::bindcode::HARDWARE_URL.as_bytes());
        for (k, v) in [
            (&b"?sn="[..], sn),
            (b"&timestamp=", ts),
            (b"&nonce=", nonce),
            (b"&signature=", sig),
            (b"&type=", ctx.scene.constant().as_bytes()),
        ] {
            line.extend_from_slice(k);
            line.extend_from_slice(v);
        }
        if ctx.scene == Scene::Login {
            line.extend_from_slice(b"&state=");
            line.extend_from_slice(
                crate::core::bindcode::encode(&String::from_utf8_lossy(state)).as_bytes(),
            );
        }
    };
    match ctx.format {
        BatchFormat::Csv => {
            for (i, v) in [sn, ts, nonce, sig].into_iter().enumerate() {
                if i > 0 {
                    line.push(b',');
                }
                line.extend_from_slice(v);
            }
            if ctx.with_url {
                line.push(b',');
                url(line);
            }
            line.push(b'\n');
        }
        BatchFormat::Ndjson => {
            for (k, v) in [
                (&b"{\"sn\":\""[..], sn),
                (b"\",\"timestamp\":", ts),
                // The nonce is a string, as in every --json output (README "sign").
                (b",\"nonce\":\"", nonce),
                (b"\",\"signature\":\"", sig),
            ] {
                line.extend_from_slice(k);
                line.extend_from_slice(v);
            }
            if ctx.with_url {
                line.extend_from_slice(b"\",\"url\":\"");
                url(line);
            }
            line.extend_from_slice(b"\"}\n");
        }
    }
}

fn batch_csv(ctx: &mut BatchCtx, r: Box<dyn Read>, w: &mut dyn Write) -> Result<()> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .buffer_capacity(1 << 16)
        .from_reader(r);
    let headers: Vec<String> = rdr
        .byte_headers()
        .map_err(|e| row_error(ctx, 1, e))?
        .iter()
        .map(|h| String::from_utf8_lossy(h).into_owned())
        .collect();
    let cols = header_columns(ctx, &headers)?;
    let mut rec = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                return Err(row_error(ctx, line, e));
            }
        }
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        if rec.iter().all(|f| f.trim_ascii().is_empty()) {
            continue; // blank line
        }
        let missing = |name: &str| {
            row_error(
                ctx,
                line,
                crate::fl!("rest-sign-row-missing-column", name = name.to_string()),
            )
        };
        let sn = rec.get(cols.sn).ok_or_else(|| missing("sn"))?;
        let secret = rec.get(cols.secret).ok_or_else(|| missing("secret_no"))?;
        let ts = cols.timestamp.and_then(|i| rec.get(i));
        let nonce = cols.nonce.and_then(|i| rec.get(i));
        let state = cols.state.and_then(|i| rec.get(i));
        let row = Row {
            sn,
            secret,
            ts,
            nonce,
            state,
        };
        sign_row(ctx, line, row, w)?;
    }
    Ok(())
}

/// What kind of JSON value `v` is, for messages that must not show it (catalog text).
fn json_kind(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => crate::fl!("rest-json-null"),
        serde_json::Value::Bool(_) => crate::fl!("rest-json-boolean"),
        serde_json::Value::Number(_) => crate::fl!("rest-json-number"),
        serde_json::Value::String(_) => crate::fl!("rest-json-string"),
        serde_json::Value::Array(_) => crate::fl!("rest-json-array"),
        serde_json::Value::Object(_) => crate::fl!("rest-json-object"),
    }
}

fn batch_ndjson(ctx: &mut BatchCtx, r: Box<dyn Read>, w: &mut dyn Write) -> Result<()> {
    let reader = BufReader::with_capacity(1 << 16, r);
    for (i, line) in reader.lines().enumerate() {
        let n = i as u64 + 1;
        let line = line.map_err(|e| row_error(ctx, n, e))?;
        if line.trim().is_empty() {
            continue;
        }
        let obj: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&line).map_err(|e| {
                row_error(
                    ctx,
                    n,
                    crate::fl!("rest-sign-row-not-object", error = e.to_string()),
                )
            })?;
        let mut fields: [Option<String>; 5] = Default::default();
        for (k, v) in &obj {
            let slot = match match_header(k) {
                Some(Field::Sn) => 0,
                Some(Field::SecretNo) => 1,
                Some(Field::Timestamp) => 2,
                Some(Field::Nonce) => 3,
                Some(Field::State) => 4,
                _ => continue,
            };
            let text = match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(num) if num.is_u64() => num.to_string(),
                // The value of a secret column is never repeated, whatever its type.
                other if slot == 1 => {
                    return Err(row_error(
                        ctx,
                        n,
                        crate::fl!(
                            "rest-sign-row-not-string",
                            key = k.clone(),
                            got = json_kind(other)
                        ),
                    ));
                }
                other => {
                    return Err(row_error(
                        ctx,
                        n,
                        crate::fl!(
                            "rest-sign-row-not-string",
                            key = k.clone(),
                            got = other.to_string()
                        ),
                    ));
                }
            };
            fields[slot] = Some(text);
        }
        let sn = fields[0]
            .take()
            .ok_or_else(|| row_error(ctx, n, "missing key `sn`"))?;
        let secret = Secret::new(fields[1].as_deref().unwrap_or(""))
            .map_err(|_| row_error(ctx, n, "missing or empty key `secret_no`"))?;
        let row = Row {
            sn: sn.as_bytes(),
            secret: secret.expose().as_bytes(),
            ts: fields[2].as_deref().map(str::as_bytes),
            nonce: fields[3].as_deref().map(str::as_bytes),
            state: fields[4].as_deref().map(str::as_bytes),
        };
        sign_row(ctx, n, row, w)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_secs_reads_well() {
        assert_eq!(human_secs(5), "5s");
        assert_eq!(human_secs(65), "1m 05s");
        assert_eq!(human_secs(3723), "1h 02m 03s");
        assert_eq!(human_secs(-90), "-1m 30s");
        assert_eq!(human_secs(0), "0s");
        assert_eq!(human_secs(86399), "23h 59m 59s");
        assert_eq!(human_secs(86400), "1d 0h");
        // The example: 26810h 55m is 1117 days and 2 hours.
        assert_eq!(human_secs(26810 * 3600 + 55 * 60), "1117d 2h");
        assert_eq!(human_secs(-(3 * 86400 + 7200 + 59)), "-3d 2h");
        // Never overflows, whatever a clock says.
        assert_eq!(human_secs(i64::MIN), "-106751991167300d 15h");
    }
}
