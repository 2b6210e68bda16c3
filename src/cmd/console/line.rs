//! The line page: every station, the shift's counters, batch progress, the last failures
//! and units per hour, computed once per store change into a [`LineSnapshot`] that every
//! open page (and every event stream) renders in its own language without asking the
//! store again.

use super::page::{esc, loader, t, url_enc, when, when_text};
use crate::cmd::line::screen::{event_word, state_word};
use crate::core::ledger::LedgerEvent;
use crate::i18n::Lang;
use crate::output::Failure;
use crate::store::Store;
use crate::store::line::{LedgerRow, LineUnit};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// How far back the shift's counters and chart look.
pub const SHIFT_HOURS: i64 = 8;
/// A station with an unfinished unit that has not moved for this long is shown as silent
/// (`line status --silent-after`'s default).
pub const SILENT_AFTER_SECS: i64 = 300;
/// How many failures the page lists.
const FAILURES: usize = 8;

/// One station (or one slot of a station: a slot writes its own station name).
#[derive(Debug, Clone, Default)]
pub struct Station {
    pub name: String,
    /// The unit it holds now and that unit's step.
    pub current: Option<(String, String)>,
    /// The last ledger line it wrote: time, event, SN.
    pub last: Option<(String, String, String)>,
    pub done: u64,
    pub failed: u64,
    /// Holds a unit and wrote nothing for [`SILENT_AFTER_SECS`].
    pub silent: bool,
}

/// What the line page shows, computed from the store at one moment.
#[derive(Debug, Clone, Default)]
pub struct LineSnapshot {
    pub at: String,
    pub shift_start: String,
    /// `unclaimed` and every line state with its count (`line status`'s first table).
    pub counts: Vec<(String, u64)>,
    pub total: u64,
    pub pass: u64,
    pub fail: u64,
    /// Units done in the last hour.
    pub per_hour: u64,
    pub stations: Vec<Station>,
    pub failures: Vec<LineUnit>,
    /// Units done per station per hour of the shift (oldest hour first).
    pub chart: BTreeMap<String, Vec<u64>>,
    /// Where the first hour of the chart starts (a whole hour, UTC).
    pub chart_start: i64,
}

fn rfc(t: OffsetDateTime) -> String {
    t.replace_nanosecond(0)
        .unwrap_or(t)
        .format(&Rfc3339)
        .unwrap_or_default()
}

fn parse(at: &str) -> Option<i64> {
    OffsetDateTime::parse(at, &Rfc3339)
        .ok()
        .map(|t| t.unix_timestamp())
}

/// Reads the store and builds the snapshot for `now`. Everything but the state counts
/// comes from the shift's ledger lines (found by bisection on the id), so the cost grows
/// with the shift's work, not with the store: two counts and one range read.
///
/// `counts`: the state counts to show, when the caller has them (the counts are the one
/// part whose cost grows with the store: the watcher publishes the shift's news first,
/// with the previous counts, and the new counts right after).
pub fn snapshot(
    store: &Store,
    now: OffsetDateTime,
    counts: Option<Vec<(String, u64)>>,
) -> Result<LineSnapshot, Failure> {
    let now_s = now.unix_timestamp();
    let chart_start = (now_s / 3600 - (SHIFT_HOURS - 1)) * 3600;
    let start = OffsetDateTime::from_unix_timestamp(chart_start).unwrap_or(now);
    let shift_start = rfc(start);
    let counts = match counts {
        Some(c) => c,
        None => store.line_counts_quick()?,
    };
    let total = counts.iter().map(|(_, n)| n).sum();
    let rows: Vec<LedgerRow> = match store.ledger_first_id_since(&shift_start)? {
        Some(id) => store.ledger_from_id(id)?,
        None => Vec::new(),
    };
    Ok(build(now_s, chart_start, shift_start, counts, total, &rows))
}

/// The line state a ledger event leaves a unit in (`None`: it does not move it).
fn step_of(event: &str) -> Option<&'static str> {
    use crate::core::line::LineState as S;
    let e: LedgerEvent = event.parse().ok()?;
    Some(
        match e {
            LedgerEvent::LineClaimed | LedgerEvent::LineReissued => S::Claimed,
            LedgerEvent::SecretIssued => S::Issued,
            LedgerEvent::Flashed => S::Flashed,
            LedgerEvent::LabelPrinted | LedgerEvent::LabelSkipped => S::Printed,
            LedgerEvent::LineDone => S::Done,
            _ if is_failure(event) => S::Failed,
            _ => return None,
        }
        .as_str(),
    )
}

/// A failure's ledger detail (English, for every reader) in the page's language, in the
/// station's words ([`crate::core::ledger_words::failure_words`]); the profile tag is for
/// audits, not for the lead's eye. The line page's failures say it this way.
pub fn failure_why(lang: Lang, event: &str, detail: &str) -> String {
    crate::core::ledger_words::failure_words(
        loader(lang),
        event,
        crate::core::ledger_words::split_profile(detail).0,
    )
}

pub fn is_failure(event: &str) -> bool {
    [
        LedgerEvent::FlashFailed,
        LedgerEvent::VerifyFailed,
        LedgerEvent::PrintFailed,
        LedgerEvent::LineSetAside,
    ]
    .iter()
    .any(|e| e.as_str() == event)
}

fn build(
    now: i64,
    chart_start: i64,
    shift_start: String,
    counts: Vec<(String, u64)>,
    total: u64,
    rows: &[LedgerRow],
) -> LineSnapshot {
    let mut stations: BTreeMap<String, Station> = BTreeMap::new();
    let mut chart: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    let mut failures: Vec<LineUnit> = Vec::new();
    let (mut pass, mut fail, mut per_hour) = (0, 0, 0);
    for r in rows {
        let line_event = r.event.starts_with("line-") || step_of(&r.event).is_some();
        if !line_event {
            continue;
        }
        let name = r.station.clone().unwrap_or_else(|| "-".to_owned());
        let s = stations.entry(name.clone()).or_insert_with(|| Station {
            name: name.clone(),
            ..Station::default()
        });
        s.last = Some((r.at.clone(), r.event.clone(), r.sn.clone()));
        match step_of(&r.event) {
            Some("done") | Some("failed") => s.current = None,
            Some(step) => s.current = Some((r.sn.clone(), step.to_owned())),
            None => {}
        }
        if r.event == LedgerEvent::LineDone.as_str() {
            s.done += 1;
            pass += 1;
            if let Some(t) = parse(&r.at) {
                if now - t < 3600 {
                    per_hour += 1;
                }
                let h = ((t - chart_start) / 3600).clamp(0, SHIFT_HOURS - 1) as usize;
                chart
                    .entry(name)
                    .or_insert_with(|| vec![0; SHIFT_HOURS as usize])[h] += 1;
            }
        } else if is_failure(&r.event) {
            s.failed += 1;
            fail += 1;
            failures.push(LineUnit {
                sn: r.sn.clone(),
                state: crate::core::line::LineState::Failed,
                station: r.station.clone(),
                claimed_at: r.at.clone(),
                updated_at: r.at.clone(),
                issues: 1,
                reason: None,
                last_error: Some(format!(
                    "{}: {}",
                    r.event,
                    r.detail.as_deref().unwrap_or("")
                )),
            });
        }
    }
    // A station that holds a unit and wrote nothing for a while has gone silent.
    for s in stations.values_mut() {
        let quiet = s
            .last
            .as_ref()
            .and_then(|(at, _, _)| parse(at))
            .is_some_and(|t| now - t >= SILENT_AFTER_SECS);
        s.silent = s.current.is_some() && quiet;
    }
    failures.reverse();
    failures.truncate(FAILURES);
    LineSnapshot {
        at: rfc(OffsetDateTime::from_unix_timestamp(now).unwrap_or(OffsetDateTime::UNIX_EPOCH)),
        shift_start,
        counts,
        total,
        pass,
        fail,
        per_hour,
        stations: stations.into_values().collect(),
        failures,
        chart,
        chart_start,
    }
}

/// The live part of the line page (replaced whole by each event).
pub fn live_html(s: &LineSnapshot, lang: Lang) -> String {
    let mut h = String::with_capacity(8192);
    let yield_pct = if s.pass + s.fail > 0 {
        format!("{:.1} %", s.pass as f64 * 100.0 / (s.pass + s.fail) as f64)
    } else {
        "–".to_owned()
    };
    let _ = write!(
        h,
        "<p class=\"muted\">{}</p><section class=\"counters\">",
        esc(&t!(
            lang,
            "console-line-shift",
            start = when_text(&s.shift_start),
            at = when_text(&s.at)
        ))
    );
    for (id, label, value) in [
        ("pass", t!(lang, "console-line-pass"), s.pass.to_string()),
        ("fail", t!(lang, "console-line-fail"), s.fail.to_string()),
        ("yield", t!(lang, "console-line-yield"), yield_pct),
        (
            "uph",
            t!(lang, "console-line-per-hour"),
            s.per_hour.to_string(),
        ),
    ] {
        let _ = write!(
            h,
            "<div class=\"counter\"><span class=\"label\">{}</span>\
             <span class=\"value\" id=\"counter-{id}\">{}</span></div>",
            esc(&label),
            esc(&value)
        );
    }
    h.push_str("</section>");
    // Batch progress: how many of the store's units have been through the line.
    let unclaimed = s
        .counts
        .iter()
        .find(|(k, _)| k == crate::store::line::UNCLAIMED)
        .map_or(0, |(_, n)| *n);
    let done = s
        .counts
        .iter()
        .find(|(k, _)| k == "done")
        .map_or(0, |(_, n)| *n);
    let pct = if s.total > 0 {
        done as f64 * 100.0 / s.total as f64
    } else {
        0.0
    };
    let _ = write!(
        h,
        "<h2>{}</h2><p id=\"progress\">{}</p><progress id=\"progress-bar\" max=\"{max}\" value=\"{done}\" title=\"{pct:.1} %\"></progress><table class=\"states\"><tr>",
        esc(&t!(lang, "console-line-progress")),
        esc(&t!(
            lang,
            "console-line-progress-text",
            done = done,
            total = s.total,
            left = unclaimed
        )),
        max = s.total.max(1),
    );
    for (k, _) in &s.counts {
        let _ = write!(h, "<th>{}</th>", esc(&state_word(loader(lang), k)));
    }
    h.push_str("</tr><tr>");
    for (k, n) in &s.counts {
        let _ = write!(h, "<td id=\"state-{}\">{n}</td>", esc(k));
    }
    h.push_str("</tr></table>");
    // Stations.
    let _ = write!(
        h,
        "<h2>{}</h2><table id=\"stations\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(&t!(lang, "console-line-stations")),
        esc(&t!(lang, "console-line-station")),
        esc(&t!(lang, "console-line-current")),
        esc(&t!(lang, "console-line-last")),
        esc(&t!(lang, "console-line-pass")),
        esc(&t!(lang, "console-line-fail")),
        esc(&t!(lang, "console-line-state"))
    );
    if s.stations.is_empty() {
        let _ = write!(
            h,
            "<tr><td colspan=\"6\" class=\"muted\">{}</td></tr>",
            esc(&t!(lang, "console-line-no-stations"))
        );
    }
    for st in &s.stations {
        let current = match &st.current {
            Some((sn, step)) => format!(
                "<a href=\"/devices/{}\">{}</a> · {}",
                url_enc(sn),
                esc(sn),
                esc(&state_word(loader(lang), step))
            ),
            None => "–".to_owned(),
        };
        let last = match &st.last {
            Some((at, ev, sn)) => format!(
                "<span class=\"ev {cls}\" title=\"{}\">{}</span> {} <span class=\"muted\">{}</span>",
                esc(ev),
                esc(&event_word(loader(lang), ev)),
                esc(sn),
                when(at),
                cls = if is_failure(ev) { "bad" } else { "" }
            ),
            None => "–".to_owned(),
        };
        let state = if st.silent {
            format!(
                "<span class=\"bad\">{}</span>",
                esc(&t!(lang, "console-line-silent"))
            )
        } else if st.current.is_some() {
            esc(&t!(lang, "console-line-running"))
        } else {
            esc(&t!(lang, "console-line-idle"))
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td>{current}</td><td>{last}</td><td>{}</td><td>{}</td><td>{state}</td></tr>",
            esc(&st.name),
            st.done,
            st.failed
        );
    }
    h.push_str("</table>");
    // Chart.
    let _ = write!(h, "<h2>{}</h2>", esc(&t!(lang, "console-line-chart")));
    h.push_str(&chart_svg(s, lang));
    // Failures.
    let _ = write!(
        h,
        "<h2>{}</h2><table id=\"failures\"><tr><th>{}</th><th>SN</th><th>{}</th><th>{}</th></tr>",
        esc(&t!(lang, "console-line-failures")),
        esc(&t!(lang, "console-line-time")),
        esc(&t!(lang, "console-line-station")),
        esc(&t!(lang, "console-line-reason"))
    );
    if s.failures.is_empty() {
        let _ = write!(
            h,
            "<tr><td colspan=\"4\" class=\"muted\">{}</td></tr>",
            esc(&t!(lang, "console-line-no-failures"))
        );
    }
    for f in &s.failures {
        // `event: detail` as the ledger has it (English, for every reader), said in the
        // page's language; the profile tag is for audits, not for the lead's eye.
        let reason = f
            .last_error
            .as_deref()
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("");
        let reason = match reason.split_once(": ") {
            Some((event, detail)) => failure_why(lang, event, detail),
            None => event_word(loader(lang), reason),
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td><a href=\"/devices/{}\">{}</a></td><td>{}</td><td>{}</td></tr>",
            when(&f.updated_at),
            url_enc(&f.sn),
            esc(&f.sn),
            esc(f.station.as_deref().unwrap_or("-")),
            esc(&reason)
        );
    }
    h.push_str("</table>");
    h
}

/// Colours for the stations' series (repeated past eight stations).
const COLOURS: [&str; 8] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
];

/// Units per hour per station as grouped bars, drawn here as SVG (no chart library).
pub fn chart_svg(s: &LineSnapshot, lang: Lang) -> String {
    let (w, hgt, left, bottom, top) = (720.0, 240.0, 40.0, 30.0, 10.0);
    let hours = SHIFT_HOURS as usize;
    let max = s
        .chart
        .values()
        .flat_map(|v| v.iter())
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let plot_w = w - left - 10.0;
    let plot_h = hgt - bottom - top;
    let group = plot_w / hours as f64;
    let n = s.chart.len().max(1) as f64;
    let bar = (group * 0.8 / n).max(1.0);
    let mut o = String::with_capacity(4096);
    let total: u64 = s.chart.values().flat_map(|v| v.iter()).sum();
    let _ = write!(
        o,
        "<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {hgt}\" \
         role=\"img\" data-total=\"{total}\" aria-label=\"{}\">",
        esc(&t!(lang, "console-line-chart"))
    );
    let _ = write!(
        o,
        "<line x1=\"{left}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\" stroke=\"#888\"/>\
         <text x=\"{tx}\" y=\"{ty}\" font-size=\"11\" text-anchor=\"end\">{max}</text>\
         <text x=\"{tx}\" y=\"{y}\" font-size=\"11\" text-anchor=\"end\">0</text>",
        y = top + plot_h,
        x2 = w - 10.0,
        tx = left - 4.0,
        ty = top + 10.0,
    );
    for hour in 0..hours {
        let x0 = left + group * hour as f64;
        let t = s.chart_start + 3600 * hour as i64;
        // The hour on the line PC's clock, as every other time on the page.
        let label = super::page::local(t)
            .map(|t| format!("{:02}:{:02}", t.hour(), t.minute()))
            .unwrap_or_default();
        let _ = write!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{label}</text>",
            x0 + group / 2.0,
            hgt - 10.0
        );
        for (i, (name, v)) in s.chart.iter().enumerate() {
            let c = v.get(hour).copied().unwrap_or(0);
            if c == 0 {
                continue;
            }
            let bh = plot_h * c as f64 / max as f64;
            let _ = write!(
                o,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{bh:.1}\" fill=\"{}\"><title>{} {label}: {c}</title></rect>",
                x0 + group * 0.1 + bar * i as f64,
                top + plot_h - bh,
                COLOURS[i % COLOURS.len()],
                esc(name)
            );
        }
    }
    o.push_str("</svg><p class=\"legend\">");
    for (i, name) in s.chart.keys().enumerate() {
        let _ = write!(
            o,
            "<span><svg width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"{}\"/></svg> {}</span> ",
            COLOURS[i % COLOURS.len()],
            esc(name)
        );
    }
    o.push_str("</p>");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, at: &str, st: &str, ev: &str) -> LedgerRow {
        LedgerRow {
            id,
            sn: format!("S{id}"),
            at: at.into(),
            station: Some(st.into()),
            event: ev.into(),
            detail: None,
        }
    }

    #[test]
    fn counters_and_chart_count_done_and_failed_lines_per_station() {
        let now = parse("2026-12-06T10:30:00Z").unwrap();
        let start = (now / 3600 - (SHIFT_HOURS - 1)) * 3600;
        let rows = [
            row(1, "2026-12-06T03:10:00Z", "a", "line-done"),
            row(2, "2026-12-06T10:10:00Z", "a", "line-done"),
            row(3, "2026-12-06T10:11:00Z", "b", "flash-failed"),
            row(4, "2026-12-06T10:12:00Z", "b", "imported"),
        ];
        let s = build(now, start, String::new(), vec![], 0, &rows);
        assert_eq!((s.pass, s.fail, s.per_hour), (2, 1, 1));
        assert_eq!(s.chart["a"], vec![1, 0, 0, 0, 0, 0, 0, 1]);
        assert_eq!(s.stations.len(), 2);
        assert_eq!(s.stations[1].failed, 1);
        assert_eq!(s.stations[1].last.as_ref().unwrap().1, "flash-failed");
        assert_eq!(s.failures.len(), 1);
        assert!(s.stations.iter().all(|s| s.current.is_none()));
    }

    #[test]
    fn a_station_holds_its_unit_at_its_last_step_and_turns_silent() {
        let now = parse("2026-12-06T10:30:00Z").unwrap();
        let start = (now / 3600 - (SHIFT_HOURS - 1)) * 3600;
        let rows = [
            row(1, "2026-12-06T10:00:00Z", "a", "line-claimed"),
            row(1, "2026-12-06T10:00:01Z", "a", "secret-issued"),
            row(2, "2026-12-06T10:29:50Z", "b", "line-claimed"),
        ];
        let s = build(now, start, String::new(), vec![], 0, &rows);
        let a = &s.stations[0];
        assert_eq!(a.current.as_ref().unwrap().1, "issued");
        assert!(a.silent, "30 minutes without a step");
        assert!(!s.stations[1].silent);
    }
}
