//! `wecom-hw qr`: pick the payload (signed, static, text, Bluetooth), place it with the
//! sizing rule, write it, and refuse to report success unless it decodes back.

use crate::cli::qr::{DrawArgs, DynamicArgs, QrArgs, QrCommand, StaticArgs};
use crate::core::bindcode::{BLUETOOTH_DISCOVERY_URL, BindCode, DynamicCode};
use crate::core::identity::validate_sn;
use crate::core::sign::Scene;
use crate::io::atomic;
use crate::io::secrets;
use crate::output::{ErrorCode, Failure, Output};
use crate::render::batch::{self, InputFormat, Unit};
use crate::render::layout::SizeSpec;
use crate::render::{self, Dpi, Format, Label, Placed, raster, verify};
use crate::store::StoreOptions;
use anyhow::Result;
use std::collections::HashMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

mod store;

pub fn run(a: QrArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    match a.command {
        QrCommand::Bind(d) => dynamic(Scene::Bind, d, store, out),
        QrCommand::Login(d) => dynamic(Scene::Login, d, store, out),
        QrCommand::Static(s) if s.input.is_some() || s.from_store => static_batch(s, store, out),
        QrCommand::Static(s) => static_one(s, store, out),
        QrCommand::Url(u) => {
            let caption = caption(&u.draw, None);
            let data = url_text(&u)?;
            // Text from a file or stdin is where --help sends text that holds a secret (a
            // Wi-Fi QR with its password): --json names it by fingerprint, not by value.
            let extra = if u.text_file.is_some() || u.text.as_deref() == Some("-") {
                serde_json::json!({
                    "payload": null,
                    "payload_fingerprint": crate::core::secret::fingerprint(&data),
                    "payload_bytes": data.len(),
                })
            } else {
                serde_json::json!({})
            };
            single(Label { data, caption }, &u.draw, out, extra)
        }
        QrCommand::Bluetooth(d) => {
            let caption = caption(&d, None);
            let label = Label {
                data: BLUETOOTH_DISCOVERY_URL.to_owned(),
                caption,
            };
            single(label, &d, out, serde_json::json!({}))
        }
    }
}

/// `--format`, else the output file's extension, else `term`.
fn format_of(draw: &DrawArgs) -> Result<Format, Failure> {
    if let Some(f) = draw.format {
        return Ok(f);
    }
    match &draw.output {
        Some(p) if p != Path::new("-") => Format::from_path(p).ok_or_else(|| {
            Failure::new(
                ErrorCode::UsageUnknownFormat,
                crate::fl!("qr-unknown-format", file = p.display().to_string()),
            )
        }),
        _ => Ok(Format::Term),
    }
}

fn size_spec(draw: &DrawArgs, format: Format) -> SizeSpec {
    let default_dots = match format {
        Format::Png | Format::Svg | Format::Term => 8,
        Format::Zpl | Format::Tspl | Format::Pdf => 4,
    };
    SizeSpec {
        dpi: Dpi(draw.dpi),
        label: draw.label,
        dots: draw.dots.unwrap_or(default_dots),
        quiet: draw.quiet_zone,
        max_dots: format.max_dots(),
    }
}

fn caption(draw: &DrawArgs, default: Option<&str>) -> Option<String> {
    if draw.no_caption {
        None
    } else {
        draw.caption.clone().or(default.map(str::to_owned))
    }
}

/// Draws, checks and encodes one placed label; `colour` picks the coloured terminal form
/// (`render::term`) for `term`, and means nothing for the other formats.
fn produce(
    p: &Placed,
    format: Format,
    check: Option<verify::VerifyMode>,
    colour: bool,
) -> Result<Vec<u8>, Failure> {
    if format == Format::Png {
        // What is checked is the PNG as written, decoded again.
        let bytes = raster::png_of(p);
        if let Some(mode) = check {
            let g = verify::Geometry::of(p);
            verify::check_png(mode, &bytes, &g, &p.label.data)?;
        }
        return Ok(bytes);
    }
    let bytes = if format == Format::Term {
        render::term::term(&p.matrix, p.layout.quiet, colour).into_bytes()
    } else {
        render::write(format, std::slice::from_ref(p))?
    };
    if let Some(mode) = check {
        verify::check_placed(p, mode)?;
    }
    Ok(bytes)
}

fn describe(p: &Placed) -> String {
    let l = &p.layout;
    let code = format!("V{}-{}", p.matrix.version, p.matrix.ecc.letter());
    match l.label {
        Some(lab) => crate::fl!(
            "qr-describe-label",
            code = code,
            modules = p.matrix.width,
            dots = l.dots,
            module_mm = format!("{:.3}", l.module_mm()),
            label = lab.to_string(),
            dpi = l.dpi.0
        ),
        None => crate::fl!(
            "qr-describe-image",
            code = code,
            modules = p.matrix.width,
            dots = l.dots,
            width = l.width,
            height = l.height
        ),
    }
}

fn json_of(p: &Placed, format: Format, output: Option<&Path>, verified: bool) -> serde_json::Value {
    let l = &p.layout;
    serde_json::json!({
        "payload": p.label.data,
        "format": format,
        "output": output.map(|o| o.display().to_string()),
        "version": p.matrix.version,
        "ecc": p.matrix.ecc,
        "modules": p.matrix.width,
        "quiet_zone": l.quiet,
        "dots_per_module": l.dots,
        "module_mm": (l.module_mm() * 1000.0).round() / 1000.0,
        "dpi": l.dpi.0,
        "width_dots": l.width,
        "height_dots": l.height,
        "label_mm": l.label.map(|x| [x.w_mm(), x.h_mm()]),
        "caption": p.label.caption,
        "verified": verified,
        "warnings": l.warnings,
    })
}

/// One code: place, check, write to the file or stdout, report.
fn single(label: Label, draw: &DrawArgs, out: &Output, extra: serde_json::Value) -> Result<()> {
    let format = format_of(draw)?;
    let to_stdout = draw.output.as_deref().is_none_or(|p| p == Path::new("-"));
    if to_stdout && format.is_binary() && std::io::stdout().is_terminal() {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("qr-binary-to-terminal", format = format.name()),
        )
        .into());
    }
    if to_stdout && out.json {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("qr-json-needs-output"),
        )
        .into());
    }
    let spec = size_spec(draw, format);
    let placed = render::place(label, draw.ecc, &spec).map_err(Failure::from)?;
    for w in &placed.layout.warnings {
        out.warn(w);
    }
    // Colour codes only where a terminal shows them: `--color` resolved against stdout
    // when the code goes there (stderr's answer says nothing about a pipe on stdout), and
    // never in a file unless `--color always`.
    let colour = out.color_for(to_stdout && out.stdout_is_tty);
    let bytes = produce(&placed, format, draw.check(), colour)?;
    if to_stdout {
        let mut so = crate::output::stdout();
        so.write_all(&bytes)?;
        so.flush()?;
        out.debug(describe(&placed));
        return Ok(());
    }
    let path = draw.output.as_deref().expect("not stdout");
    atomic::write(path, &bytes, None).map_err(|e| cannot_write(path, e))?;
    if out.json {
        let mut v = json_of(&placed, format, Some(path), !draw.no_verify);
        if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
            o.extend(e.clone());
        }
        out.json_line(&v)?;
    } else {
        let what = describe(&placed);
        let file = path.display().to_string();
        out.info(if draw.no_verify {
            crate::fl!("qr-wrote-unchecked", file = file, what = what)
        } else {
            crate::fl!("qr-wrote-checked", file = file, what = what)
        });
    }
    Ok(())
}

fn static_one(mut s: StaticArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    if let Some(sn) = &s.sn {
        validate_sn(sn).map_err(|e| Failure::from(e).at(format_args!("--sn {sn:?}")))?;
    }
    let mut from_store = false;
    let data = match (&s.url, &s.hw_code) {
        (None, None) if s.sn.is_some() => {
            let (sn, url) = store::unit(opts, s.sn.as_deref().unwrap_or_default())?;
            out.debug_with(|| {
                crate::fl!(
                    "rest-debug-url-from-store",
                    sn = sn.clone(),
                    store = opts.location.to_string()
                )
            });
            s.sn = Some(sn);
            from_store = true;
            url
        }
        (Some(u), _) => match BindCode::parse(u) {
            Ok(BindCode::Static { .. }) => u.trim().to_owned(),
            Ok(BindCode::Dynamic(d)) => {
                let cmd = match (d.scene, &d.state) {
                    (Scene::Login, Some(state)) => format!(
                        "qr login --sn {} --state {}",
                        d.sn,
                        crate::output::shell_quote(state)
                    ),
                    _ => format!("qr bind --sn {}", d.sn),
                };
                return Err(Failure::new(
                    ErrorCode::BindcodeDynamicOnLabel,
                    crate::fl!("qr-dynamic-on-label"),
                )
                .hint(crate::fl!(
                    "qr-dynamic-on-label-hint",
                    command = format!("`wecom-hw{} {cmd}`", opts.hint_flags())
                ))
                .into());
            }
            Err(e) => {
                return Err(Failure::from(e)
                    .at("--url")
                    .hint(crate::fl!(
                        "qr-other-text-hint",
                        command = format!(
                            "`wecom-hw qr url {}{}`",
                            crate::output::shell_quote(u.trim()),
                            s.draw
                                .output
                                .as_ref()
                                .map(|o| format!(
                                    " -o {}",
                                    crate::output::shell_quote(&o.display().to_string())
                                ))
                                .unwrap_or_default()
                        )
                    ))
                    .into());
            }
        },
        (None, Some(h)) if !h.trim().is_empty() => BindCode::static_url(h.trim()),
        _ => {
            return Err(Failure::new(
                ErrorCode::UsageMissingValue,
                crate::fl!("qr-static-needs-data"),
            )
            .into());
        }
    };
    let caption = caption(&s.draw, s.sn.as_deref());
    single(
        Label { data, caption },
        &s.draw,
        out,
        serde_json::json!({ "sn": s.sn }),
    )?;
    if from_store && let Some(sn) = &s.sn {
        store::printed(opts, &[sn.as_str()], &printed_detail(&s.draw))?;
    }
    Ok(())
}

/// The ledger's note on a printed label: format and where it went.
fn printed_detail(draw: &DrawArgs) -> String {
    let format = format_of(draw).map_or("?", |f| f.name());
    match draw.output.as_deref().filter(|p| *p != Path::new("-")) {
        Some(p) => format!("{format} → {}", p.display()),
        None => format!("{format} → stdout"),
    }
}

// ---------------------------------------------------------------------------------------
// Dynamic codes and --watch.

fn parse_duration(s: &str) -> Option<u64> {
    let s = s.trim();
    let (num, mult) = match s.char_indices().last()? {
        (i, 's') => (&s[..i], 1),
        (i, 'm') => (&s[..i], 60),
        (i, 'h') => (&s[..i], 3600),
        _ => (s, 1),
    };
    num.trim().parse::<u64>().ok()?.checked_mul(mult)
}

fn dynamic(scene: Scene, d: DynamicArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    validate_sn(&d.sn).map_err(|e| Failure::from(e).at(format_args!("--sn {:?}", d.sn)))?;
    if scene == Scene::Login && d.state.is_none() {
        return Err(Failure::new(
            ErrorCode::UsageMissingValue,
            crate::fl!("sign-login-needs-state"),
        )
        .into());
    }
    if scene != Scene::Login && d.state.is_some() {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("sign-state-login-only"),
        )
        .into());
    }
    let (secret, _) = secrets::load_for_sn(
        &d.secret,
        &d.sn,
        store,
        "SecretNo",
        secrets::StoreSecret::Device,
        out,
    )?;
    let caption = caption(&d.draw, None);
    let signed = |ts: u64, nonce: u64| {
        DynamicCode::sign(scene, &d.sn, &secret, ts, nonce, d.state.as_deref())
    };
    let valid = scene.validity_secs();
    if !d.watch {
        let ts = d.timestamp.unwrap_or_else(super::sign::now_secs);
        let code = signed(ts, d.nonce.unwrap_or_else(rand::random));
        let extra = serde_json::json!({
            "sn": d.sn, "scene": scene.name(), "timestamp": ts,
            "nonce": code.nonce, // a string, as in `sign --json` (README "sign")
            "expires_at": ts + valid,
            "secret_fingerprint": secret.fingerprint(),
        });
        return single(
            Label {
                data: code.to_url(),
                caption,
            },
            &d.draw,
            out,
            extra,
        );
    }
    let every = parse_duration(&d.every)
        .filter(|s| (1..valid).contains(s))
        .ok_or_else(|| {
            Failure::new(
                ErrorCode::UsageBadValue,
                crate::fl!(
                    "qr-bad-every",
                    every = format!("{:?}", d.every),
                    minutes = { valid / 60 }
                ),
            )
        })?;
    let tty = std::io::stdout().is_terminal() && d.draw.output.is_none();
    let mut n = 0u64;
    loop {
        let ts = super::sign::now_secs();
        let code = signed(ts, rand::random());
        n += 1;
        if tty {
            crate::out!("\x1b[2J\x1b[H")?;
        }
        single(
            Label {
                data: code.to_url(),
                caption: caption.clone(),
            },
            &d.draw,
            out,
            serde_json::json!({"sn": d.sn, "scene": scene.name(), "timestamp": ts, "expires_at": ts + valid}),
        )?;
        let last = d.count.is_some_and(|c| n >= c);
        let (sn, until, signed_at) = (d.sn.clone(), (ts + valid).to_string(), ts.to_string());
        let msg = if last {
            crate::fl!(
                "qr-watch-code-last",
                n = n,
                sn = sn,
                ts = signed_at,
                until = until,
                valid = valid
            )
        } else {
            crate::fl!(
                "qr-watch-code",
                n = n,
                sn = sn,
                ts = signed_at,
                until = until,
                valid = valid,
                every = every
            )
        };
        if !tty {
            out.info(msg);
        }
        if last {
            return Ok(());
        }
        if tty {
            // Count down in place; a technician sees how long the code on screen still works.
            for left in (1..=every).rev() {
                let age = super::sign::now_secs().saturating_sub(ts);
                crate::out!(
                    "\r\x1b[2K{}",
                    crate::fl!(
                        "qr-watch-countdown",
                        sn = d.sn.clone(),
                        left = super::sign::human_secs(valid.saturating_sub(age) as i64),
                        next = super::sign::human_secs(left as i64)
                    )
                )?;
                let _ = std::io::stdout().flush();
                std::thread::sleep(std::time::Duration::from_secs(1));
            }
        } else {
            std::thread::sleep(std::time::Duration::from_secs(every));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Batch labels.

struct Failed {
    row: usize,
    sn: String,
    code: ErrorCode,
    error: String,
}

fn read_input(s: &StaticArgs) -> Result<Vec<Unit>, Failure> {
    let input = s.input.as_deref().expect("batch");
    let fmt = match s.input_format {
        Some(f) => f,
        None => InputFormat::from_path(input).ok_or_else(|| {
            Failure::new(
                ErrorCode::UsageUnknownFormat,
                crate::fl!(
                    "sign-batch-unknown-format",
                    file = input.display().to_string()
                ),
            )
        })?,
    };
    let name = input.display().to_string();
    let mut raw = Vec::new();
    if input == Path::new("-") {
        std::io::stdin().lock().read_to_end(&mut raw)
    } else {
        std::fs::File::open(input).and_then(|mut f| f.read_to_end(&mut raw))
    }
    .map_err(|e| {
        Failure::caused_by(
            ErrorCode::IoReadFailed,
            crate::fl!("qr-cannot-read", file = name.clone()),
            e,
        )
    })?;
    batch::read_units(&raw[..], fmt, &name).map_err(|m| Failure::new(ErrorCode::QrInputInvalid, m))
}

fn batch_caption(draw: &DrawArgs, u: &Unit) -> Option<String> {
    if draw.no_caption {
        return None;
    }
    let t = draw.caption.as_deref().unwrap_or("{sn}");
    Some(
        t.replace("{sn}", &u.sn)
            .replace("{row}", &u.row.to_string()),
    )
}

/// Progress on a TTY (indicatif), milestone lines (every 10 %) otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    done: AtomicUsize,
    total: usize,
    quiet: bool,
}

impl Progress {
    fn new(out: &Output, total: usize) -> Progress {
        let bar = (out.stderr_is_tty && !out.quiet && !out.json).then(|| {
            let b = indicatif::ProgressBar::new(total as u64);
            b.set_style(
                indicatif::ProgressStyle::with_template(&crate::fl!("qr-progress-bar"))
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            b
        });
        Progress {
            bar,
            done: AtomicUsize::new(0),
            total,
            quiet: out.quiet || out.json,
        }
    }

    fn tick(&self) {
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(b) = &self.bar {
            b.inc(1);
        } else if !self.quiet && self.total >= 10 && n.is_multiple_of(self.total.div_ceil(10)) {
            crate::errln!("{}", crate::fl!("qr-progress", n = n, total = self.total));
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// The text of `qr url`: the argument, stdin for "-", or --text-file; one trailing
/// newline (from `echo` or an editor) is dropped.
fn url_text(u: &crate::cli::qr::UrlArgs) -> Result<String, Failure> {
    let raw = match (&u.text_file, u.text.as_deref()) {
        (Some(p), _) => std::fs::read_to_string(p).map_err(|e| {
            Failure::caused_by(
                ErrorCode::IoReadFailed,
                crate::fl!("qr-cannot-read-text-file", file = p.display().to_string()),
                e,
            )
        })?,
        (None, Some("-")) => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| {
                Failure::caused_by(
                    ErrorCode::IoReadFailed,
                    crate::fl!("qr-cannot-read-stdin"),
                    e,
                )
            })?;
            s
        }
        (None, Some(t)) => t.to_owned(),
        (None, None) => {
            return Err(Failure::new(
                ErrorCode::UsageMissingValue,
                crate::fl!("qr-url-needs-text"),
            ));
        }
    };
    let text = raw
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&raw)
        .to_owned();
    if text.is_empty() {
        return Err(Failure::new(
            ErrorCode::QrEmptyText,
            crate::fl!("qr-empty-text"),
        ));
    }
    Ok(text)
}

/// Removes the temporary files (`io::atomic::temp_path`) an interrupted run left for one
/// of `names`, and returns how many it removed and which of `names` exist already (one
/// directory scan instead of a failing open per label on a fresh run).
fn scan_out_dir(
    dir: &Path,
    names: &HashMap<String, usize>,
) -> std::io::Result<(usize, std::collections::HashSet<String>)> {
    let mut removed = 0;
    let mut present = std::collections::HashSet::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let f = e.file_name();
        let Some(f) = f.to_str() else { continue };
        if crate::io::atomic::temp_target(f).is_some_and(|name| names.contains_key(name)) {
            std::fs::remove_file(e.path())?;
            removed += 1;
        } else if names.contains_key(f) {
            present.insert(f.to_owned());
        }
    }
    Ok((removed, present))
}

/// One durability barrier for the whole batch: syncfs(2) on the output's filesystem.
fn sync_filesystem(dir: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let d = std::fs::File::open(dir)?;
        // SAFETY: syncfs only reads the descriptor, which stays open for the call.
        if unsafe { libc::syncfs(d.as_raw_fd()) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        std::fs::File::open(dir)?.sync_all()
    }
}

/// A file a previous run finished: present and ending the way its format ends (a power
/// cut before the final sync can leave a renamed but empty or short file).
fn is_complete(path: &Path, format: Format) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let tail: &[u8] = match format {
        Format::Png => &[0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], // IEND + CRC
        Format::Svg => b"</svg>\n",
        Format::Pdf => b"%%EOF",
        Format::Zpl => b"^XZ\n",
        Format::Tspl => b"PRINT 1,1\r\n",
        Format::Term => b"\n",
    };
    bytes.trim_ascii_end().ends_with(tail.trim_ascii_end())
}

fn static_batch(s: StaticArgs, opts: &StoreOptions, out: &Output) -> Result<()> {
    let units = if s.from_store {
        store::units(opts, s.batch)?
    } else {
        read_input(&s)?
    };
    let written_sns: Vec<&str>;
    let mut skipped_sns: Vec<&str> = Vec::new();
    let check = s.draw.check();
    let mut failed: Vec<Failed> = Vec::new();
    let (written, skipped, target) = if let Some(dir) = s.out_dir.clone() {
        let format = match s.draw.format {
            Some(f) => f,
            None => Format::from_path(Path::new(&s.name)).ok_or_else(|| {
                Failure::new(
                    ErrorCode::UsageUnknownFormat,
                    crate::fl!("qr-unknown-name-format", name = format!("{:?}", s.name)),
                )
            })?,
        };
        if format == Format::Term {
            return Err(Failure::new(ErrorCode::UsageBadValue, crate::fl!("qr-batch-term")).into());
        }
        let mut names: HashMap<String, usize> = HashMap::new();
        let mut jobs: Vec<(&Unit, PathBuf)> = Vec::with_capacity(units.len());
        for u in &units {
            let name = batch::file_name(&s.name, u)
                .map_err(|m| Failure::new(ErrorCode::UsageBadValue, m))?;
            if let Some(prev) = names.insert(name.clone(), u.row) {
                return Err(Failure::new(
                    ErrorCode::QrDuplicateFile,
                    crate::fl!(
                        "qr-duplicate-file",
                        first = prev,
                        second = u.row,
                        name = name
                    ),
                )
                .into());
            }
            jobs.push((u, dir.join(name)));
        }
        std::fs::create_dir_all(&dir).map_err(|e| {
            io_failure(
                ErrorCode::IoWriteFailed,
                crate::fl!("qr-cannot-create", path = dir.display().to_string()),
                e,
            )
        })?;
        let (stale, present) = scan_out_dir(&dir, &names).map_err(|e| {
            io_failure(
                ErrorCode::IoWriteFailed,
                crate::fl!("qr-cannot-clean", path = dir.display().to_string()),
                e,
            )
        })?;
        if stale > 0 {
            out.info(crate::fl!("qr-removed-stale", count = stale));
        }
        let (todo, done): (Vec<&(&Unit, PathBuf)>, Vec<_>) = jobs.iter().partition(|(_, p)| {
            let exists = p
                .file_name()
                .and_then(|f| f.to_str())
                .is_some_and(|f| present.contains(f));
            s.force || !exists || !is_complete(p, format)
        });
        let skipped = done.len();
        skipped_sns = done.iter().map(|(u, _)| u.sn.as_str()).collect();
        let spec = size_spec(&s.draw, format);
        let threads = s
            .threads
            .unwrap_or_else(|| {
                std::thread::available_parallelism()
                    .map_or(1, |n| n.get())
                    .min(8)
            })
            .clamp(1, 64);
        let out_dir = atomic::Dir::open(&dir).map_err(|e| {
            io_failure(
                ErrorCode::IoWriteFailed,
                crate::fl!("qr-cannot-open", path = dir.display().to_string()),
                e,
            )
        })?;
        let progress = Progress::new(out, todo.len());
        let next = AtomicUsize::new(0);
        let fails = Mutex::new(Vec::new());
        let warned = std::sync::Once::new();
        std::thread::scope(|sc| {
            for _ in 0..threads {
                sc.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some((u, path)) = todo.get(i).map(|j| (j.0, &j.1)) else {
                            break;
                        };
                        let label = Label {
                            data: u.data.clone(),
                            caption: batch_caption(&s.draw, u),
                        };
                        let r = render::place(label, s.draw.ecc, &spec)
                            .map_err(Failure::from)
                            .and_then(|p| {
                                if !p.layout.warnings.is_empty() {
                                    warned.call_once(|| out.warn(&p.layout.warnings[0]));
                                }
                                produce(&p, format, check, false)
                            })
                            .and_then(|bytes| {
                                // `path` is out_dir/name, name a plain UTF-8 file name.
                                let name = path.file_name().and_then(|f| f.to_str());
                                out_dir
                                    .write_unsynced(name.unwrap_or_default(), &bytes)
                                    .map_err(|e| cannot_write(path, e))
                            });
                        if let Err(f) = r {
                            fails.lock().expect("no panics hold it").push(Failed {
                                row: u.row,
                                sn: u.sn.clone(),
                                code: f.code,
                                error: f.message,
                            });
                        }
                        progress.tick();
                    }
                });
            }
        });
        progress.finish();
        sync_filesystem(&dir).map_err(|e| {
            io_failure(
                ErrorCode::IoWriteFailed,
                crate::fl!("qr-cannot-sync", path = dir.display().to_string()),
                e,
            )
        })?;
        failed = fails.into_inner().expect("threads joined");
        failed.sort_by_key(|f| f.row);
        let failed_sns: std::collections::HashSet<&str> =
            failed.iter().map(|f| f.sn.as_str()).collect();
        written_sns = todo
            .iter()
            .map(|(u, _)| u.sn.as_str())
            .filter(|sn| !failed_sns.contains(sn))
            .collect();
        (todo.len() - failed.len(), skipped, dir)
    } else {
        let Some(path) = s.draw.output.clone().filter(|p| p != Path::new("-")) else {
            return Err(Failure::new(
                ErrorCode::UsageMissingValue,
                crate::fl!("qr-batch-needs-target"),
            )
            .into());
        };
        let format = format_of(&s.draw)?;
        if !format.is_job() {
            return Err(Failure::new(
                ErrorCode::RenderOneCodePerFile,
                crate::fl!("qr-one-code-per-file", format = format.name()),
            )
            .into());
        }
        let spec = size_spec(&s.draw, format);
        let progress = Progress::new(out, units.len());
        let mut placed = Vec::with_capacity(units.len());
        for u in &units {
            let label = Label {
                data: u.data.clone(),
                caption: batch_caption(&s.draw, u),
            };
            let p = render::place(label, s.draw.ecc, &spec).map_err(|e| at_row(u, e.into()))?;
            if let Some(mode) = check {
                verify::check_placed(&p, mode).map_err(|e| at_row(u, e.into()))?;
            }
            placed.push(p);
            progress.tick();
        }
        progress.finish();
        if let Some(w) = placed.iter().find_map(|p| p.layout.warnings.first()) {
            out.warn(w);
        }
        let bytes = render::write(format, &placed).map_err(Failure::from)?;
        atomic::write(&path, &bytes, None).map_err(|e| cannot_write(&path, e))?;
        written_sns = units.iter().map(|u| u.sn.as_str()).collect();
        (units.len(), 0, path)
    };
    if s.from_store {
        let format = match (&s.out_dir, s.draw.format) {
            (_, Some(f)) => f.name().to_owned(),
            (Some(_), None) => Format::from_path(Path::new(&s.name))
                .map_or("?", |f| f.name())
                .to_owned(),
            (None, None) => format_of(&s.draw).map_or("?", |f| f.name()).to_owned(),
        };
        let detail = format!("{format} → {}", target.display());
        store::printed(opts, &written_sns, &detail)?;
        store::printed_earlier(opts, &skipped_sns, &detail)?;
    }
    if out.json {
        out.json_line(&serde_json::json!({
            "written": written,
            "skipped": skipped,
            "failed": failed.len(),
            "target": target.display().to_string(),
            "failures": failed.iter().map(|f| serde_json::json!({
                "row": f.row, "sn": f.sn, "error": f.error, "code": f.code,
                "exit_code": f.code.class().code()
            })).collect::<Vec<_>>(),
        }))?;
    } else {
        for f in failed.iter().take(20) {
            out.warn(format!("{}: {}", row_sn(f.row, &f.sn), f.error));
        }
        out.info(crate::fl!(
            "qr-batch-summary",
            written = written,
            skipped = skipped,
            failed = failed.len(),
            target = target.display().to_string()
        ));
    }
    match failed.first() {
        None => Ok(()),
        // The batch fails the way its first unit failed.
        Some(f) => Err(Failure::new(
            f.code,
            crate::fl!(
                "qr-batch-failed",
                failed = failed.len(),
                total = units.len(),
                at = row_sn(f.row, &f.sn),
                error = f.error.clone()
            ),
        )
        .json_reported(out.json)
        .hint(crate::fl!("qr-batch-failed-hint"))
        .into()),
    }
}

fn at_row(u: &Unit, f: Failure) -> Failure {
    f.at(row_sn(u.row, &u.sn))
}

/// `row 7 (SN X)`: where a unit of a batch failed.
fn row_sn(row: usize, sn: &str) -> String {
    crate::fl!("qr-at-row", row = row, sn = sn)
}

/// `cannot write PATH: ERROR`.
fn cannot_write(path: &Path, e: std::io::Error) -> Failure {
    io_failure(
        ErrorCode::IoWriteFailed,
        crate::fl!("qr-cannot-write", path = path.display().to_string()),
        e,
    )
}

/// `WHAT: ERROR`, keeping the error.
fn io_failure(code: ErrorCode, what: String, e: std::io::Error) -> Failure {
    Failure::caused_by(code, what, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10m"), Some(600));
        assert_eq!(parse_duration("90s"), Some(90));
        assert_eq!(parse_duration("45"), Some(45));
        assert_eq!(parse_duration("1h"), Some(3600));
        assert_eq!(parse_duration("x"), None);
    }
}
