//! `wecom-hw doctor`: runs every check that applies and prints a checklist — ok, warn,
//! fail or skip, the measured value, what to do. The checks themselves are plain
//! functions in [`net`], [`bluetooth`] and [`crate::io::checks`] (the local ones, which a
//! station's preflight runs too); this file selects, runs and prints them, and turns the
//! first failure into the exit code. `--profile` checks what a station profile names.

pub mod bluetooth;
pub mod net;

use crate::cli::doctor::DoctorArgs;
use crate::core::doctor::{self, Check, Status};
use crate::fl;
use crate::io::checks as local;
use crate::output::{ErrorCode, Failure, Output};
use crate::store::StoreOptions;
use anyhow::Result;
use std::path::Path;
use std::time::Duration;
use unicode_width::UnicodeWidthStr;

pub fn run(a: DoctorArgs, store: &StoreOptions, out: &Output) -> Result<()> {
    let timeout = Duration::from_secs(a.timeout.max(1));
    let want = |name: &str| doctor::selected(&a.only, name);
    // A group runs when it or one of its checks is asked for (`--only store.file`).
    let group = |g: &str| {
        a.only.is_empty()
            || a.only
                .iter()
                .any(|o| o == g || o.strip_prefix(g).is_some_and(|r| r.starts_with('.')))
    };
    // What is shown is what is run: a check runs when the final filter below would keep
    // it, so `--only store` does not query the profile's printer.
    let runs = |name: &str| want(name) || group(name);
    let env = |n: &str| std::env::var(n).ok();
    let mut checks: Vec<Check> = Vec::new();

    // A profile that does not parse fails as the station fails on it, naming every row
    // and what to write there.
    let profile = match &a.profile {
        Some(path) => Some(crate::cmd::line::load_profile(path)?),
        None => None,
    };
    if let Some(p) = &profile
        && let Some(lang) = p.lang
    {
        // The station speaks the profile's language (unless one was asked for).
        crate::i18n::prefer(lang);
    }
    // The profile's checks, each group in its place below.
    let station = profile
        .as_ref()
        .map(|p| {
            let every: Vec<usize> = (0..p.slots.len()).collect();
            crate::cmd::line::station_checks(p, &every, store.allow_shared, &runs)
        })
        .unwrap_or_default();
    let of = |group: &str| -> Vec<Check> {
        station
            .iter()
            .filter(|l| l.check.name == group || l.check.name.starts_with(&format!("{group}.")))
            .map(|l| l.check.clone())
            .collect()
    };
    if group("profile") {
        checks.push(match &profile {
            Some(p) => Check::ok(
                "profile",
                fl!(
                    "doctor-profile",
                    file = p.file.display().to_string(),
                    station = p.station.clone(),
                    slots = p.slots.len(),
                    hash = p.short_hash.clone()
                ),
            ),
            None => Check::skip("profile", fl!("doctor-skip-give", flag = "--profile")),
        });
    }

    // clock and network: one walk to the endpoint.
    if group("clock") || group("network") {
        let Some(walk) = net::walk_blocking(&a.endpoint, a.ca_file.as_deref(), timeout) else {
            return Err(Failure::new(
                ErrorCode::UsageBadValue,
                fl!("doctor-endpoint-bad", url = a.endpoint.clone()),
            )
            .into());
        };
        checks.push(walk.clock);
        checks.extend(walk.network);
        checks.push(net::proxy_check(env));
    }

    if group("store") {
        if profile.is_some() {
            // The station's store, as the station opens it: it must exist and be writable.
            checks.extend(of("store"));
        } else if store.location.is_empty() {
            checks.push(Check::skip("store.file", fl!("doctor-store-nowhere")));
        } else {
            checks.extend(local::store_checks(
                &store.location,
                store.allow_shared,
                local::StoreNeed::Look,
            ));
        }
    }

    if group("printer") {
        let mut named = of("printer");
        if let Some(url) = &a.printer {
            named.push(local::printer_check(url, None, timeout));
        }
        if named.is_empty() {
            named.push(Check::skip(
                "printer",
                if profile.is_some() {
                    fl!("doctor-profile-no-printer")
                } else {
                    fl!("doctor-skip-give", flag = "--printer")
                },
            ));
        }
        checks.extend(named);
    }

    if group("bluetooth") {
        if a.ble {
            checks.extend(bluetooth::bluetooth_checks(
                None,
                timeout,
                Path::new("/sys/class/rfkill"),
            ));
        } else {
            checks.push(Check::skip(
                "bluetooth",
                fl!("doctor-skip-give", flag = "--ble"),
            ));
        }
    }

    if group("flasher") {
        let named = of("flasher");
        if a.flasher.is_empty() && named.is_empty() {
            checks.push(Check::skip(
                "flasher",
                if profile.is_some() {
                    fl!("doctor-profile-no-command")
                } else {
                    fl!("doctor-skip-give", flag = "--flasher")
                },
            ));
        }
        checks.extend(named);
        let path = std::env::var_os("PATH");
        for f in &a.flasher {
            checks.push(local::flasher_check("flasher", f, path.as_deref()));
        }
    }

    if group("machine") {
        checks.push(local::locale_check(crate::i18n::lang(), env));
        if profile.is_some() {
            // Where the station writes: the store's directory and the payloads' one.
            checks.extend(of("machine"));
        } else if let Some(path) = store
            .location
            .sqlite_path()
            .filter(|p| !p.as_os_str().is_empty())
        {
            let dir = path.parent().unwrap_or(Path::new("."));
            checks.push(local::disk_check(dir));
        }
        checks.push(local::terminal_check(out));
    }
    checks.retain(|c| runs(c.name));

    print_checklist(&checks, out)?;
    match doctor::verdict(&checks, a.strict) {
        None => Ok(()),
        Some(c) => Err(Failure::new(
            c.code.unwrap_or(ErrorCode::InternalBug),
            fl!(
                "doctor-verdict",
                name = c.name,
                failed = count(&checks, Status::Fail),
                warned = count(&checks, Status::Warn)
            ),
        )
        .json_reported(out.json)
        .into()),
    }
}

fn count(checks: &[Check], s: Status) -> i64 {
    checks.iter().filter(|c| c.status == s).count() as i64
}

/// The status word in the chosen language.
pub fn status_word(s: Status) -> String {
    match s {
        Status::Ok => fl!("doctor-status-ok"),
        Status::Warn => fl!("doctor-status-warn"),
        Status::Fail => fl!("doctor-status-fail"),
        Status::Skip => fl!("doctor-status-skip"),
    }
}

fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The checklist (columns measured in display columns: Chinese words are two wide), or
/// one JSON object per check. (Also for a profile's or a station's own list of checks.)
pub fn print_checklist(checks: &[Check], out: &Output) -> Result<()> {
    if out.json {
        for c in checks {
            out.json_line(c)?;
        }
        return Ok(());
    }
    let words: Vec<String> = checks.iter().map(|c| status_word(c.status)).collect();
    let sw = words.iter().map(|w| w.width()).max().unwrap_or(0);
    let nw = checks.iter().map(|c| c.name.width()).max().unwrap_or(0);
    let colour = out.color_for(out.stdout_is_tty);
    let fix = fl!("doctor-fix");
    for (c, w) in checks.iter().zip(&words) {
        let word = pad(w, sw);
        let word = match (colour, c.status) {
            (true, Status::Ok) => format!("\x1b[32m{word}\x1b[0m"),
            (true, Status::Warn) => format!("\x1b[33m{word}\x1b[0m"),
            (true, Status::Fail) => format!("\x1b[31m{word}\x1b[0m"),
            _ => word,
        };
        crate::outln!("{word}  {}  {}", pad(c.name, nw), c.value)?;
        if let Some(h) = &c.hint {
            crate::outln!(
                "{}  {}",
                " ".repeat(sw + 2 + nw),
                fl!("doctor-fix-line", label = fix.clone(), text = h.clone())
            )?;
        }
    }
    crate::outln!(
        "{}",
        fl!(
            "doctor-summary",
            ok = count(checks, Status::Ok),
            warned = count(checks, Status::Warn),
            failed = count(checks, Status::Fail),
            skipped = count(checks, Status::Skip)
        )
    )?;
    Ok(())
}
