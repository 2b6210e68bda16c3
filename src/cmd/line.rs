//! `wecom-hw line`: one unit through the production line — claim, issue the payload,
//! flash, verify, print the label — each step recorded in the store before the next, so
//! a crash anywhere resumes at the step that did not finish.
//!
//! `line next` finds its unit and checks everything that can fail before claiming it,
//! claims it, then hands the steps to the line core (`core::line::Trip`) and carries out
//! what the core asks for: files here, processes through `io::runner`, the printer
//! through `net::printer`, the ledger through the store.

mod hint;
mod next;
pub(crate) mod screen;
mod station;
mod tui;

pub(crate) use station::{load as load_profile, station_checks};

use crate::cli::line::{LineArgs, LineCommand, ReportArgs, ReportFormat, StatusArgs};
use crate::i18n::width::{display_width, left};
use crate::io::atomic;
use crate::output::{ErrorCode, Failure, Output};
use crate::store::{Store, StoreOptions};
use anyhow::Result;
use std::io::Write;

pub fn run(a: LineArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    match a.command {
        LineCommand::Next(n) => next::next(*n, store, out),
        LineCommand::Station(s) => station::station(s, store, out),
        LineCommand::Status(s) => status(s, store, out),
        LineCommand::Report(r) => report(r, store, out),
    }
}

fn open(opts: &StoreOptions) -> Result<Store, Failure> {
    Store::open_for_reading(opts)
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
    // States in the reader's words, instants on this machine's clock; the failure as
    // stored for English readers (the record), in the station's words for others.
    let l = crate::i18n::loader();
    let words: Vec<(String, u64)> = counts
        .iter()
        .map(|(k, n)| (crate::core::ledger_words::state_word(l, k), *n))
        .collect();
    let width = words
        .iter()
        .map(|(w, _)| display_width(w))
        .max()
        .unwrap_or(0);
    for (w, n) in &words {
        crate::outln!("{} {n:>7}", left(w, width))?;
    }
    let english = crate::i18n::lang() == crate::i18n::Lang::En;
    let unit_line = |u: &crate::store::line::LineUnit, what: &str| {
        format!(
            "  {}  {:<14} {:<10} {what}",
            crate::i18n::time::when_text(&u.updated_at),
            u.sn,
            u.station.as_deref().unwrap_or("-"),
        )
    };
    if !silent.is_empty() {
        crate::outln!(
            "{}",
            crate::fl!("line-status-silent", secs = s.silent_after)
        )?;
        for u in &silent {
            let state = crate::core::ledger_words::state_word(l, u.state.as_str());
            crate::outln!("{}", unit_line(u, &state))?;
        }
    }
    if !fails.is_empty() {
        crate::outln!("{}", crate::fl!("line-status-failures"))?;
        for f in &fails {
            let stored = f.last_error.as_deref().unwrap_or("");
            let first = stored.lines().next().unwrap_or("");
            let why = if english || first.is_empty() {
                first.to_owned()
            } else {
                crate::core::ledger_words::last_error_words(l, first)
            };
            crate::outln!("{}", unit_line(f, &why))?;
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
            Failure::new(ErrorCode::UsageBadValue, crate::fl!("line-bad-since"))
                .at(format_args!("--since {s:?}"))
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
            atomic::write(p, &buf, None).map_err(|e| {
                Failure::caused_by(
                    ErrorCode::IoWriteFailed,
                    crate::fl!("qr-cannot-write", path = p.display().to_string()),
                    e,
                )
            })?;
            if out.json {
                out.json_line(
                    &serde_json::json!({"output": p, "since": since, "entries": rows.len()}),
                )?;
            } else {
                out.info(crate::fl!(
                    "line-report-written",
                    entries = rows.len(),
                    since = since.clone(),
                    file = p.display().to_string()
                ));
            }
        }
        None => crate::output::stdout().write_all(&buf)?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
