//! `wecom-hw devices`: what the store holds, listed, shown and exported.
//!
//! Human tables are aligned by display width (`unicode-width`): a Chinese label takes two
//! columns per character, so padding by bytes or chars would shift every value after it.

use crate::cli::devices::{
    DevicesArgs, DevicesCommand, ExportArgs, ExportFormat, FilterArgs, ListArgs, ShowArgs,
};
use crate::core::ledger::LedgerEvent;
use crate::io::FileError;
use crate::io::atomic::AtomicFile;
use crate::output::{ErrorCode, Failure, Output};
use crate::store::{DeviceFilter, Store, StoreOptions, StoredDevice};
use anyhow::Result;
use std::io::Write;

pub fn run(a: DevicesArgs, store_opts: &StoreOptions, out: &Output) -> Result<()> {
    // Reading commands never create a store, and a missing one is an error like in every
    // other reading command: "0 units" would hide a mistyped --store.
    let store = Store::open_for_reading(store_opts)?;
    match a.command {
        DevicesCommand::List(l) => list(store, l, out),
        DevicesCommand::Show(s) => show(store, store_opts, s, out),
        DevicesCommand::Export(e) => export(store, e, out),
        DevicesCommand::Batches => batches(store, out),
    }
}

/// The columns `s` takes on a terminal (2 per CJK character).
pub(crate) fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `s` padded with spaces on the right to `width` display columns.
pub(crate) fn pad(s: &str, width: usize) -> String {
    let w = display_width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// `s` padded with spaces on the left to `width` display columns.
pub(crate) fn pad_left(s: &str, width: usize) -> String {
    let w = display_width(s);
    format!("{}{s}", " ".repeat(width.saturating_sub(w)))
}

fn filter(f: &FilterArgs) -> DeviceFilter {
    DeviceFilter {
        batch: f.batch,
        status: f.status.clone(),
        sn_pattern: f.sn_pattern.clone(),
        limit: f.limit,
    }
}

fn list(store: Store, a: ListArgs, out: &Output) -> Result<()> {
    if a.show_secrets {
        private_stdout(false)?;
    }
    let devs = store.list(&filter(&a.filter))?;
    if out.json {
        for d in &devs {
            out.json_line(&d.to_json(a.show_secrets))?;
        }
        return Ok(());
    }
    let mut w = crate::output::stdout();
    writeln!(
        w,
        "{} {} {}  {} {} {}",
        pad(&crate::fl!("devices-col-sn"), 20),
        pad(&crate::fl!("devices-col-status"), 14),
        pad_left(&crate::fl!("devices-col-batch"), 5),
        pad(&crate::fl!("devices-col-device-id"), 20),
        pad(&crate::fl!("devices-col-kind"), 10),
        crate::fl!("devices-col-secret-no")
    )?;
    for d in &devs {
        writeln!(
            w,
            "{:<20} {} {:>5}  {:<20} {} {}",
            d.sn,
            pad(&LedgerEvent::label_of(&d.status), 14),
            d.batch_id.map(|b| b.to_string()).unwrap_or_default(),
            d.device_id.map(|b| b.to_string()).unwrap_or_default(),
            pad(&kind_word(d.secret_kind.name()), 10),
            secret_text(d, a.show_secrets)
        )?;
    }
    drop(w);
    out.info(crate::fl!("devices-count", units = devs.len()));
    Ok(())
}

/// Refuses to write SecretNos into a file that group or others can read: `devices export
/// --show-secrets > FILE` lets the shell create FILE (usually mode 0644) before we run, and
/// `-o FILE` (mode 0600) is the way to get a private file. A pipe or a terminal is fine;
/// so is a file the user made private.
fn private_stdout(has_output_flag: bool) -> Result<(), Failure> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::PermissionsExt;
        let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() else {
            return Ok(()); // no stdout at all: nothing will be written anywhere
        };
        let Ok(meta) = std::fs::File::from(fd).metadata() else {
            return Ok(());
        };
        let mode = meta.permissions().mode() & 0o777;
        if meta.is_file() && mode & 0o077 != 0 {
            // Name the file where the system tells (Linux), so the hint runs as printed.
            let name = std::fs::read_link("/proc/self/fd/1")
                .ok()
                .filter(|p| p.is_absolute())
                .map(|p| shell_word(&p.display().to_string()));
            let shown = name.as_deref().unwrap_or("FILE");
            let hint = if has_output_flag {
                crate::fl!("devices-private-stdout-hint-output", file = shown)
            } else {
                crate::fl!("devices-private-stdout-hint", file = shown)
            };
            let mode = format!("{mode:03o}");
            let message = match &name {
                Some(n) => crate::fl!(
                    "devices-private-stdout-file",
                    file = n.as_str(),
                    mode = mode
                ),
                None => crate::fl!("devices-private-stdout", mode = mode),
            };
            return Err(Failure::new(ErrorCode::SecretOutputReadable, message).hint(hint));
        }
    }
    #[cfg(not(unix))]
    let _ = has_output_flag;
    Ok(())
}

/// `s` as one shell word: as is when it is plain, else in single quotes.
fn shell_word(s: &str) -> String {
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/._-+,:@%".contains(&b))
    {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

fn secret_text(d: &StoredDevice, show: bool) -> String {
    if show {
        d.secret_no.expose().to_owned()
    } else {
        d.secret_no.masked()
    }
}

fn show(store: Store, opts: &StoreOptions, a: ShowArgs, out: &Output) -> Result<()> {
    if a.show_secrets {
        private_stdout(false)?;
    }
    let found = store.get(&a.sn)?.map(|d| (d, store.ledger(&a.sn)));
    let Some((d, ledger)) = found else {
        return Err(Failure::new(
            ErrorCode::StoreUnknownSn,
            crate::fl!(
                "store-unknown-sn",
                sn = a.sn.as_str(),
                store = opts.location.to_string()
            ),
        )
        .hint(crate::fl!(
            "devices-show-unknown-hint",
            flags = opts.hint_flags()
        ))
        .into());
    };
    let ledger = ledger?;
    if out.json {
        let mut v = d.to_json(a.show_secrets);
        v["ledger"] = serde_json::to_value(&ledger)?;
        return out.json_line(&v);
    }
    let v = d.to_json(a.show_secrets);
    let rows: Vec<(String, String)> = SHOW_ORDER
        .iter()
        .filter_map(|k| {
            let text = match &v[*k] {
                serde_json::Value::Null => return None,
                serde_json::Value::String(s) if *k == "status" => LedgerEvent::label_of(s),
                serde_json::Value::String(s) if *k == "secret_kind" => kind_word(s),
                // Instants on this machine's clock (`--json` keeps UTC).
                serde_json::Value::String(s) if ["imported_at", "last_seen"].contains(k) => {
                    crate::i18n::time::when_text(s)
                }
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            Some((show_label(k), text))
        })
        .collect();
    // Every value starts in the same display column, whatever the labels' language.
    let width = rows
        .iter()
        .map(|(l, _)| display_width(l))
        .max()
        .unwrap_or(0);
    let mut w = crate::output::stdout();
    for (label, text) in &rows {
        writeln!(w, "{}  {text}", pad(label, width))?;
    }
    writeln!(w, "{}", crate::fl!("devices-show-ledger"))?;
    // The stored detail is the English record: English readers see it as written (every
    // byte of it, failures too), others in their words (`--json` keeps it as stored).
    let english = crate::i18n::lang() == crate::i18n::Lang::En;
    for e in &ledger {
        let detail = e.detail.as_deref().unwrap_or("");
        let detail = if english {
            detail.to_owned()
        } else {
            crate::core::ledger_words::say(crate::i18n::loader(), &e.event, detail).text
        };
        writeln!(
            w,
            "  {}  {} {:<12} {detail}",
            crate::i18n::time::when_text(&e.at),
            pad(&LedgerEvent::label_of(&e.event), 14),
            e.station.as_deref().unwrap_or("-"),
        )?;
    }
    Ok(())
}

/// Field order of `devices show`.
const SHOW_ORDER: &[&str] = &[
    "sn",
    "status",
    "secret_no",
    "secret_fingerprint",
    "secret_kind",
    "device_id",
    "qr_url",
    "hw_code",
    "model_id",
    "remark",
    "batch",
    "source_file",
    "source_sheet",
    "source_row",
    "imported_at",
    "active_code",
    "device_secret",
    "exchanged_secret_no",
    "corp_name",
    "last_seen",
];

/// The label of a `devices show` field, in the chosen language.
fn show_label(key: &str) -> String {
    match key {
        "sn" => crate::fl!("devices-field-sn"),
        "status" => crate::fl!("devices-field-status"),
        "secret_no" => crate::fl!("devices-field-secret-no"),
        "secret_fingerprint" => crate::fl!("devices-field-secret-fingerprint"),
        "secret_kind" => crate::fl!("devices-field-secret-kind"),
        "device_id" => crate::fl!("devices-field-device-id"),
        "qr_url" => crate::fl!("devices-field-qr-url"),
        "hw_code" => crate::fl!("devices-field-hw-code"),
        "model_id" => crate::fl!("devices-field-model-id"),
        "remark" => crate::fl!("devices-field-remark"),
        "batch" => crate::fl!("devices-field-batch"),
        "source_file" => crate::fl!("devices-field-source-file"),
        "source_sheet" => crate::fl!("devices-field-source-sheet"),
        "source_row" => crate::fl!("devices-field-source-row"),
        "imported_at" => crate::fl!("devices-field-imported-at"),
        "active_code" => crate::fl!("devices-field-active-code"),
        "device_secret" => crate::fl!("devices-field-device-secret"),
        "exchanged_secret_no" => crate::fl!("devices-field-exchanged-secret-no"),
        "corp_name" => crate::fl!("devices-field-corp-name"),
        "last_seen" => crate::fl!("devices-field-last-seen"),
        other => other.to_owned(),
    }
}

fn batches(store: Store, out: &Output) -> Result<()> {
    let list = store.batches()?;
    let mut w = crate::output::stdout();
    if out.json {
        drop(w);
        for b in &list {
            out.json_line(b)?;
        }
        return Ok(());
    }
    writeln!(
        w,
        "{}  {}  {}  {}  {}  {}",
        pad_left(&crate::fl!("devices-col-batch"), 5),
        pad(&crate::fl!("devices-col-imported-at"), 20),
        pad_left(&crate::fl!("devices-col-units"), 7),
        pad(&crate::fl!("devices-col-kind"), 10),
        pad(&crate::fl!("devices-col-station"), 12),
        crate::fl!("devices-col-source")
    )?;
    for b in &list {
        writeln!(
            w,
            "{:>5}  {:<20}  {:>7}  {}  {:<12}  {}{}",
            b.id,
            crate::i18n::time::when_text(&b.imported_at),
            b.devices,
            pad(&kind_word(&b.secret_kind), 10),
            b.station.as_deref().unwrap_or("-"),
            b.source_file,
            b.sheet
                .as_ref()
                .map(|s| format!(" [{s}]"))
                .unwrap_or_default()
        )?;
    }
    Ok(())
}

/// A batch's or unit's secret kind (`per_device`, `seed`, `mixed`) in the reader's words;
/// `--json` and exports keep the stored name.
pub(crate) fn kind_word(kind: &str) -> String {
    match kind {
        "per_device" => crate::fl!("devices-kind-per-device"),
        "seed" => crate::fl!("devices-kind-seed"),
        "mixed" => crate::fl!("devices-kind-mixed"),
        other => other.replace('_', "-"),
    }
}

/// Columns of CSV and XLSX exports, in order.
const EXPORT_COLUMNS: &[&str] = &[
    "sn",
    "secret_no",
    "secret_kind",
    "device_id",
    "qr_url",
    "hw_code",
    "model_id",
    "remark",
    "status",
    "batch",
];

fn export_row(d: &StoredDevice, show: bool) -> Vec<String> {
    let v = d.to_json(show);
    EXPORT_COLUMNS
        .iter()
        .map(|k| match &v[*k] {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

fn export(store: Store, a: ExportArgs, out: &Output) -> Result<()> {
    let format = a
        .format
        .or_else(|| {
            let ext = a
                .output
                .as_ref()?
                .extension()?
                .to_str()?
                .to_ascii_lowercase();
            match ext.as_str() {
                "csv" => Some(ExportFormat::Csv),
                "ndjson" | "jsonl" => Some(ExportFormat::Ndjson),
                "xlsx" => Some(ExportFormat::Xlsx),
                _ => None,
            }
        })
        .unwrap_or(ExportFormat::Csv);
    if format == ExportFormat::Xlsx && a.output.is_none() && out.stdout_is_tty {
        return Err(Failure::new(
            ErrorCode::UsageBadCombination,
            crate::fl!("devices-xlsx-to-terminal"),
        )
        .into());
    }
    if a.show_secrets && a.output.is_none() {
        private_stdout(true)?;
    }
    let devs = store.list(&filter(&a.filter))?;
    let bytes = match format {
        ExportFormat::Csv => {
            // UTF-8 with BOM and every field quoted: what Excel and label tools open
            // correctly (registration-and-labels.md section 9).
            let mut w = csv::WriterBuilder::new()
                .quote_style(csv::QuoteStyle::Always)
                .terminator(csv::Terminator::CRLF)
                .from_writer(b"\xEF\xBB\xBF".to_vec());
            w.write_record(EXPORT_COLUMNS)?;
            for d in &devs {
                w.write_record(export_row(d, a.show_secrets))?;
            }
            w.into_inner().map_err(|e| {
                Failure::new(ErrorCode::InternalBug, crate::fl!("devices-csv-unfinished"))
                    .with_source(e.into_error())
            })?
        }
        ExportFormat::Ndjson => {
            let mut b = Vec::new();
            for d in &devs {
                serde_json::to_writer(&mut b, &d.to_json(a.show_secrets))?;
                b.push(b'\n');
            }
            b
        }
        ExportFormat::Xlsx => xlsx(&devs, a.show_secrets)?,
    };
    match &a.output {
        Some(path) => {
            let mode = a.show_secrets.then_some(0o600);
            let written = AtomicFile::create(path, mode).and_then(|mut f| {
                f.write_all(&bytes)?;
                f.commit()
            });
            written.map_err(|e| FileError::write(path, e))?;
            out.info(crate::fl!(
                "devices-exported",
                units = devs.len(),
                file = path.display().to_string()
            ));
        }
        None => {
            let mut w = crate::output::stdout();
            w.write_all(&bytes)?;
            w.flush()?;
        }
    }
    Ok(())
}

/// Every cell written as text (number format `@`), so that SNs and device ids keep their
/// digits when the file is opened and saved again in Excel.
fn xlsx(devs: &[StoredDevice], show: bool) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let text = Format::new().set_num_format("@");
    let bold = Format::new().set_bold().set_num_format("@");
    let ws = wb.add_worksheet();
    ws.set_name("devices")?;
    for (c, h) in EXPORT_COLUMNS.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
        ws.set_column_format(c as u16, &text)?;
    }
    for (r, d) in devs.iter().enumerate() {
        for (c, v) in export_row(d, show).iter().enumerate() {
            ws.write_string_with_format(r as u32 + 1, c as u16, v, &text)?;
        }
    }
    Ok(wb.save_to_buffer()?)
}
