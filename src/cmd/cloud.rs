//! `wecom-hw cloud`: run the emulator, or send it an operator command.

use crate::cli::cloud::{CloudArgs, CloudCommand, ServeArgs};
use crate::core::errcode;
use crate::core::wss::cloud::{Cloud, Config, DeviceRecord, Faults, push_name};
use crate::net::cloud::{self, ServeOptions, control, devices, state};
use crate::output::{ErrorCode, Failure, Output};
use anyhow::Result;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

pub fn run(args: CloudArgs, store: &crate::store::StoreOptions, out: &Output) -> Result<()> {
    let dir = match args.state_dir {
        Some(d) => d,
        None => default_state_dir()?,
    };
    let request = match args.command {
        CloudCommand::Serve(a) => return serve(*a, dir, store, out),
        CloudCommand::Bind { sn, corp } => json!({"action": "bind", "sn": sn, "corp": corp}),
        CloudCommand::Unbind { sn } => json!({"action": "unbind", "sn": sn}),
        CloudCommand::Push { sn, cmd, body } => {
            // Both are checked before the emulator is asked: bad input sends nothing.
            let name = checked_push_name(&sn, &cmd)?;
            let body = match body {
                None => None,
                Some(t) => Some(push_body(&sn, &name, &t)?),
            };
            json!({"action": "push", "sn": sn, "cmd": name, "body": body})
        }
        CloudCommand::PublishFirmware {
            fw_version: version,
            file,
            url,
        } => {
            // The emulator reads the file itself: give it a path that works from its cwd.
            let path = std::path::absolute(&file)
                .map_err(|e| Failure::caused_by(ErrorCode::IoReadFailed, file.display(), e))?;
            if !path.is_file() {
                return Err(Failure::new(
                    ErrorCode::CloudFirmwareUnreadable,
                    crate::fl!("cloud-firmware-not-file", path = file.display().to_string()),
                )
                .into());
            }
            json!({"action": control::PUBLISH_FILE, "version": version, "path": path, "url": url})
        }
        CloudCommand::ResetSecretNo { sn } => json!({"action": "reset-secret-no", "sn": sn}),
        CloudCommand::Expire { sn, undo } => {
            json!({"action": "expire", "sn": sn, "expired": !undo})
        }
        CloudCommand::Drop { sn } => json!({"action": "drop", "sn": sn}),
        CloudCommand::SetClockSkew { secs } => json!({"action": "set-clock-skew", "secs": secs}),
        CloudCommand::Status => json!({"action": "status"}),
    };
    let action = request["action"].as_str().unwrap_or_default().to_owned();
    let result = control::call(&state::control_path(&dir), &request)?;
    if out.json {
        out.json_line(&result)?;
    } else if action == "status" {
        print_status(&result)?;
    } else {
        crate::outln!("{}", summary(&action, &result))?;
    }
    Ok(())
}

/// The wire name of a push given as `fetch_log`, `push_fetch_log` or `restart`. A push name
/// is what `wss.md` 7 lists and what a firmware dispatches on: `push_` and lowercase
/// letters, digits and `_`. Anything else (a body given first, a typo with `-`) is refused
/// rather than sent as `push_{…`.
pub(crate) fn checked_push_name(sn: &str, cmd: &str) -> Result<String, Failure> {
    let name = push_name(cmd);
    let rest = name.strip_prefix("push_").unwrap_or_default();
    let ok = rest.starts_with(|c: char| c.is_ascii_lowercase())
        && rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if ok {
        return Ok(name);
    }
    let looks_like_body = cmd.trim_start().starts_with(['{', '[', '"']);
    Err(Failure::new(
        ErrorCode::CloudPushInvalid,
        crate::fl!(
            "cloud-push-name-bad",
            cmd = format!("{cmd:?}"),
            body = if looks_like_body { "yes" } else { "no" }
        ),
    )
    .hint(crate::fl!(
        "cloud-push-name-hint",
        example =
            format!("wecom-hw cloud push {sn} fetch_log '{{\"hint\":\"device_log/20190101\"}}'")
    )))
}

/// The body of a push: a JSON object, or the error says where it stops being one.
pub(crate) fn push_body(sn: &str, name: &str, text: &str) -> Result<Value, Failure> {
    let hint = || {
        // A body that fits the push at hand (`wss.md` 7), so the example runs as printed.
        let example = match name {
            "push_fetch_log" => r#"{"hint":"device_log/20190101"}"#,
            "push_user_scan" => {
                r#"{"userid":"aa","state":"s","user_type":1,"op_type":"scan_qrcode_open","oper_id":"x1"}"#
            }
            _ => "{}",
        };
        crate::fl!(
            "cloud-push-body-hint",
            example = format!(
                "wecom-hw cloud push {sn} {} '{example}'",
                name.strip_prefix("push_").unwrap_or(name)
            )
        )
    };
    match serde_json::from_str::<Value>(text) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(other) => Err(Failure::new(
            ErrorCode::CloudPushInvalid,
            crate::fl!(
                "cloud-push-body-not-object",
                name = name,
                kind = match other {
                    Value::Null => "null",
                    Value::Bool(_) => "boolean",
                    Value::Number(_) => "number",
                    Value::String(_) => "string",
                    Value::Array(_) => "array",
                    Value::Object(_) => unreachable!("matched above"),
                }
            ),
        )
        .hint(hint())),
        Err(e) => Err(Failure::new(
            ErrorCode::CloudPushInvalid,
            crate::fl!(
                "cloud-push-body-not-json",
                name = name,
                error = e.to_string()
            ),
        )
        .with_source(e)
        .hint(hint())),
    }
}

/// `$XDG_STATE_HOME/wecom-hw/cloud`, or the local data dir where there is no state dir.
fn default_state_dir() -> Result<PathBuf, Failure> {
    dirs::state_dir()
        .or_else(dirs::data_local_dir)
        .map(|d| d.join("wecom-hw").join("cloud"))
        .ok_or_else(|| {
            Failure::new(ErrorCode::UsageMissingValue, crate::fl!("cloud-no-home"))
                .hint(crate::fl!("cloud-no-home-hint"))
        })
}

fn summary(action: &str, r: &Value) -> String {
    let sn = r["sn"].as_str().unwrap_or("").to_owned();
    let pushed = |cmd: &str| {
        if r["pushed"] == true {
            crate::fl!("cloud-pushed", cmd = cmd)
        } else {
            crate::fl!("cloud-not-pushed")
        }
    };
    match action {
        "bind" => crate::fl!(
            "cloud-bound",
            sn = sn,
            corp = r["bound_corp"].as_str().unwrap_or(""),
            pushed = pushed("push_bind_corp")
        ),
        "unbind" => {
            let was = match r["was_bound_to"].as_str() {
                Some(c) => c.to_owned(),
                None => crate::fl!("cloud-was-not-bound"),
            };
            crate::fl!(
                "cloud-unbound",
                sn = sn,
                was = was,
                pushed = pushed("push_unbind_corp")
            )
        }
        "push" => crate::fl!(
            "cloud-push-sent",
            cmd = r["cmd"].as_str().unwrap_or(""),
            sn = sn,
            conn = r["conn"].to_string()
        ),
        "publish-firmware-file" => crate::fl!(
            "cloud-published",
            version = r["version"].as_str().unwrap_or(""),
            bytes = r["size"].to_string(),
            md5 = r["md5sum"].as_str().unwrap_or(""),
            url = r["download_url"].as_str().unwrap_or("")
        ),
        "reset-secret-no" => crate::fl!("cloud-secret-no-reset", sn = sn),
        "expire" if r["expired"] == true => crate::fl!(
            "cloud-expired",
            sn = sn,
            code = errcode::DEVICE_EXPIRED.to_string()
        ),
        "expire" => crate::fl!("cloud-not-expired", sn = sn),
        "drop" => crate::fl!("cloud-dropped", sn = sn, conn = r["conn"].to_string()),
        "set-clock-skew" => crate::fl!(
            "cloud-clock-skewed",
            secs = r["clock_skew_secs"].to_string(),
            time = cloud_time(r)
        ),
        _ => r.to_string(),
    }
}

use crate::i18n::width::left as pad;

/// The emulator's clock (`cloud_time`, Unix seconds) on this machine's clock.
fn cloud_time(r: &Value) -> String {
    match r["cloud_time"].as_i64() {
        Some(t) => crate::i18n::time::local_text(t),
        None => r["cloud_time"].to_string(),
    }
}

/// A connection's stage (`connected` … `subscribed`) in the reader's words; a stage not
/// known here as the emulator names it.
fn stage_word(stage: &str) -> String {
    match stage {
        "connected" => crate::fl!("console-emu-stage-connected"),
        "registered" => crate::fl!("console-emu-stage-registered"),
        "activated" => crate::fl!("console-emu-stage-activated"),
        "subscribed" => crate::fl!("console-emu-stage-subscribed"),
        other => other.to_owned(),
    }
}

fn print_status(r: &Value) -> std::io::Result<()> {
    let fw = match &r["firmware"] {
        Value::Object(f) => crate::fl!(
            "cloud-status-firmware",
            version = f.get("version").and_then(Value::as_str).unwrap_or(""),
            bytes = f.get("size").cloned().unwrap_or_default().to_string()
        ),
        _ => crate::fl!("cloud-status-no-firmware"),
    };
    crate::outln!(
        "{}",
        crate::fl!(
            "cloud-status",
            time = cloud_time(r),
            skew = r["clock_skew_secs"].to_string(),
            connections = r["connections"].to_string(),
            firmware = fw
        )
    )?;
    let devices = r["devices"].as_array().cloned().unwrap_or_default();
    if devices.is_empty() {
        crate::outln!("{}", crate::fl!("cloud-status-no-devices"))?;
        return Ok(());
    }
    let header = [
        crate::fl!("rest-cloud-status-sn"),
        crate::fl!("cloud-status-online"),
        crate::fl!("cloud-status-stage"),
        crate::fl!("cloud-status-bound-to"),
        crate::fl!("cloud-status-notes"),
    ];
    let mut rows = vec![header];
    for d in devices {
        let mut notes = Vec::new();
        if d["seed_mode"] == true {
            notes.push(if d["exchanged"] == true {
                crate::fl!("cloud-note-seed-exchanged")
            } else {
                crate::fl!("cloud-note-seed-not-exchanged")
            });
        }
        if d["registered"] == true {
            notes.push(crate::fl!("cloud-note-registered"));
        }
        if d["expired"] == true {
            notes.push(crate::fl!("cloud-note-expired"));
        }
        if let Some(v) = d["firmware_version"].as_str() {
            notes.push(crate::fl!("cloud-note-firmware", version = v));
        }
        let ups = d["uploads"].as_array().map_or(0, Vec::len);
        if ups > 0 {
            notes.push(crate::fl!("cloud-note-uploads", count = ups));
        }
        let online = if d["online"] == true {
            crate::fl!("cloud-status-yes")
        } else {
            crate::fl!("cloud-status-no")
        };
        rows.push([
            d["sn"].as_str().unwrap_or("").to_owned(),
            online,
            d["stage"]
                .as_str()
                .map_or_else(|| "-".to_owned(), stage_word),
            d["bound_corp"].as_str().unwrap_or("-").to_owned(),
            notes.join(&crate::fl!("cloud-note-separator")),
        ]);
    }
    // Each column as wide as its widest cell in display columns (at least its old width).
    let width = |c: usize, min: usize| {
        rows.iter()
            .map(|r| crate::i18n::width::display_width(&r[c]))
            .max()
            .unwrap_or(0)
            .max(min)
    };
    let widths = [width(0, 20), width(1, 7), width(2, 11), width(3, 20)];
    for r in &rows {
        let line = format!(
            "{} {} {} {} {}",
            pad(&r[0], widths[0]),
            pad(&r[1], widths[1]),
            pad(&r[2], widths[2]),
            pad(&r[3], widths[3]),
            r[4]
        );
        crate::outln!("{}", line.trim_end())?;
    }
    Ok(())
}

/// The units of a registration export, read and validated as `import` does; any row
/// error stops the start (the emulator never knows half a file).
fn devices_from_export(path: &std::path::Path) -> Result<Vec<DeviceRecord>, Failure> {
    let ex = crate::import::read_export(path, &crate::import::ImportOptions::default())?;
    if let Some(p) = ex
        .problems
        .iter()
        .find(|p| p.severity == crate::import::Severity::Error)
    {
        return Err(Failure::new(
            ErrorCode::ImportRowInvalid,
            crate::fl!(
                "cloud-export-errors",
                path = path.display().to_string(),
                count = ex.errors(),
                first = p.to_string()
            ),
        )
        .hint(crate::fl!(
            "cloud-export-errors-hint",
            command = format!(
                "`wecom-hw import {} --dry-run`",
                crate::output::shell_quote(&path.display().to_string())
            )
        )));
    }
    Ok(ex
        .records
        .into_iter()
        .map(|r| device_record(&r.sn, r.secret_no.expose(), r.secret_kind))
        .collect())
}

/// Every unit of the device store.
fn devices_from_store(opts: &crate::store::StoreOptions) -> Result<Vec<DeviceRecord>, Failure> {
    let store = crate::store::Store::open_for_reading(opts)?;
    Ok(store
        .list(&crate::store::DeviceFilter::default())?
        .into_iter()
        .map(|d| device_record(&d.sn, d.secret_no.expose(), d.secret_kind))
        .collect())
}

/// All sources' devices in one list. The same SN from two sources must carry the same
/// secret: which one the emulator should believe is not for it to guess.
fn merge_sources(sources: Vec<(String, Vec<DeviceRecord>)>) -> Result<Vec<DeviceRecord>, Failure> {
    let mut seen: std::collections::HashMap<String, (String, usize)> = Default::default();
    let mut out: Vec<DeviceRecord> = Vec::new();
    for (source, records) in sources {
        for r in records {
            let key = crate::core::identity::sn_key(&r.sn);
            match seen.get(&key) {
                Some((first, i)) => {
                    let o = &out[*i];
                    if (o.seed_mode, &o.seed_secret_no, &o.secret_no)
                        != (r.seed_mode, &r.seed_secret_no, &r.secret_no)
                    {
                        return Err(Failure::new(
                            ErrorCode::CloudDevicesConflict,
                            crate::fl!(
                                "cloud-devices-conflict",
                                sn = r.sn.clone(),
                                source = source.clone(),
                                first = first.clone()
                            ),
                        )
                        .hint(crate::fl!("cloud-devices-conflict-hint")));
                    }
                }
                None => {
                    seen.insert(key, (source.clone(), out.len()));
                    out.push(r);
                }
            }
        }
    }
    Ok(out)
}

fn device_record(sn: &str, secret: &str, kind: crate::import::SecretKind) -> DeviceRecord {
    match kind {
        crate::import::SecretKind::Seed => DeviceRecord::seeded(sn, secret),
        crate::import::SecretKind::PerDevice => DeviceRecord::plain(sn, secret),
    }
}

/// The largest WebSocket message `serve` reads from a device: the upload cap plus 64 KiB
/// for an upload's other fields, and never under 1 MiB (the device's own default).
pub fn max_message(max_upload: usize) -> usize {
    max_upload.saturating_add(64 * 1024).max(1 << 20)
}

fn serve(
    a: ServeArgs,
    dir: PathBuf,
    store: &crate::store::StoreOptions,
    out: &Output,
) -> Result<()> {
    let cfg = Config {
        window_secs: a.timestamp_window,
        strict: !a.permissive,
        takeover: a.takeover,
        subscribe_without_register: a.subscribe_without_register,
        resubscribe_errcode: a.resubscribe_errcode,
        unbound_errcode: a.unbound_errcode,
        unknown_cmd_errcode: a.unknown_cmd_errcode,
        malformed_errcode: a.malformed_errcode,
        auto_bind_after: a.auto_bind_after,
        default_corp: a.corp,
        selfhelp_push: a.selfhelp_push,
        max_upload: a.max_upload,
        rng_seed: None,
        faults: Faults {
            times: a.faults.fault_times,
            drop_after_frames: a.faults.fault_drop_after,
            delay_ms: a.faults.fault_delay,
            errcodes: a.faults.fault_errcode,
            drop_replies: a.faults.fault_drop_reply,
            headerless_errors: a.faults.fault_headerless,
            refuse_tls: a.faults.fault_refuse_tls,
            unknown_push: a.faults.fault_unknown_push,
            truncate_binary: a.faults.fault_truncate_binary,
            adversarial: a
                .faults
                .fault_adversarial
                .iter()
                .map(|m| m.core())
                .collect(),
        },
    };
    // Every devices file is read whole before anything starts: a bad row stops here.
    let mut sources: Vec<(String, Vec<DeviceRecord>)> = Vec::new();
    for f in &a.devices {
        sources.push((f.display().to_string(), devices::load(f)?));
    }
    for f in &a.export {
        sources.push((f.display().to_string(), devices_from_export(f)?));
    }
    if a.from_store {
        sources.push((
            crate::fl!("cloud-source-store", path = store.location.to_string()),
            devices_from_store(store)?,
        ));
    }
    let records = merge_sources(sources)?;
    let snapshot = load_state(&dir)?;
    let mut cloud = Cloud::new(cfg, snapshot);
    cloud.set_clock_skew(a.clock_offset);
    let added = cloud.load_devices(records);
    out.debug(crate::fl!("cloud-devices-added", count = added));
    let opts = ServeOptions {
        listen: a.listen,
        plain: a.insecure_plain,
        state_dir: dir,
        extra_names: a.san,
        firmware_listen: a.firmware_listen,
        idle_timeout_secs: a.idle_timeout,
        max_message: max_message(a.max_upload),
        json: out.json,
        verbose: out.verbose,
        quiet: out.quiet,
    };
    let console = a.console.then(|| crate::cmd::console::BesideEmulator {
        listen: a.console_listen,
        allow_remote: a.allow_remote,
        store: store.clone(),
        state_dir: opts.state_dir.clone(),
        json: out.json,
        quiet: out.quiet,
    });
    if let Some(c) = &console {
        crate::cmd::console::check_beside_emulator(c)?;
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::caused_by(ErrorCode::InternalBug, crate::fl!("runtime-failed"), e))?;
    rt.block_on(async move {
        // The console binds before the emulator starts (a busy port stops both) and runs
        // beside it on this runtime, until the emulator stops.
        if let Some(c) = console {
            tokio::spawn(crate::cmd::console::beside_emulator(c).await?);
        }
        cloud::serve(cloud, opts).await
    })
}

fn load_state(dir: &Path) -> Result<crate::core::wss::cloud::Snapshot> {
    Ok(state::load(dir)?)
}
