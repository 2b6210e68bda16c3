//! Instants as a person reads them: on this machine's clock.
//!
//! The store, the ledger and the emulator keep instants in UTC (RFC 3339, `…Z`), and so do
//! `--json`, CSV and every record. A person at the line reads them on the line PC's clock:
//! human tables (`devices show`, `devices batches`, `line status`) and the console turn
//! them into local time here, `TZ` first as libc does (`Asia/Shanghai`, `CST-8`), else
//! /etc/localtime, else UTC. The console renders on the server rather than in the
//! viewer's browser, so a viewer elsewhere (`--allow-remote`) still sees the factory's
//! clock, and the shift, the chart's hours and the station screens agree.

use std::sync::OnceLock;

/// The machine's time zone (`TZ`, else /etc/localtime), read once; UTC when neither says.
fn zone() -> Option<&'static tz::TimeZone> {
    static ZONE: OnceLock<Option<tz::TimeZone>> = OnceLock::new();
    // `TZ` first, as libc does: tz-rs's `local()` reads /etc/localtime only.
    ZONE.get_or_init(|| match std::env::var("TZ") {
        Ok(tz) if !tz.trim().is_empty() => tz::TimeZone::from_posix_tz(&tz)
            .or_else(|_| tz::TimeZone::local())
            .ok(),
        _ => tz::TimeZone::local().ok(),
    })
    .as_ref()
}

/// The instant `unix` (seconds) on this machine's clock.
pub fn local(unix: i64) -> Option<time::OffsetDateTime> {
    let off = zone()
        .and_then(|z| z.find_local_time_type(unix).ok())
        .map_or(0, |t| t.ut_offset());
    let off = time::UtcOffset::from_whole_seconds(off).unwrap_or(time::UtcOffset::UTC);
    Some(
        time::OffsetDateTime::from_unix_timestamp(unix)
            .ok()?
            .to_offset(off),
    )
}

/// `2026-12-06 16:30:34`: `unix` on this machine's clock.
pub fn local_text(unix: i64) -> String {
    local(unix)
        .and_then(|t| {
            t.format(time::macros::format_description!(
                "[year]-[month]-[day] [hour]:[minute]:[second]"
            ))
            .ok()
        })
        .unwrap_or_default()
}

pub fn parse_rfc3339(at: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339).ok()
}

/// A stored RFC 3339 instant as readable local text (as it was when it cannot be read).
pub fn when_text(at: &str) -> String {
    match parse_rfc3339(at) {
        Some(t) => local_text(t.unix_timestamp()),
        None => at.to_owned(),
    }
}
