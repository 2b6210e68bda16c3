//! What a station checks before it takes its first unit: everything its profile names —
//! the store, the printer, every command (flasher, verifier, hooks) and the free disk.
//! The checks are `wecom-hw doctor`'s own ([`crate::io::checks`]), so `doctor --profile`
//! ahead of a shift finds exactly what the station would; this file only lists which ones
//! a profile calls for and, for the station's screen and events, says what each looked at.
//! They touch the world but decide nothing: the station refuses to start on any failure.

use crate::core::doctor::{self, Status};
use crate::core::station::profile::{PrinterTo, Profile};
use crate::io::checks::{self, StoreNeed};
use crate::store::StoreLocation;
use std::path::Path;
use std::time::Duration;

/// What a check looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckWhat {
    Store,
    Printer,
    Flasher,
    Verifier,
    Label,
    Disk,
    /// A fixture's serial port.
    Port,
}

/// A failed check as the station shows it. `problem` and `hint` are in the reader's
/// language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Check {
    pub what: CheckWhat,
    /// The store, the printer address, the program: what was looked at.
    pub target: String,
    pub problem: Option<String>,
    pub hint: Option<String>,
}

impl Check {
    pub fn ok(&self) -> bool {
        self.problem.is_none()
    }

    /// The problem naming its target once, as the screen and the plain line show it: the
    /// shared checks' messages mostly name what they looked at already ("tcp://… does
    /// not answer", as `doctor` prints them); the others ("quick check found damage")
    /// get the target in front.
    pub fn text(&self) -> String {
        self.text_in(crate::i18n::loader())
    }

    /// [`Check::text`] in `l`'s language.
    pub fn text_in(&self, l: &i18n_embed::fluent::FluentLanguageLoader) -> String {
        let problem = self.problem.clone().unwrap_or_default();
        if self.target.is_empty() || problem.contains(&self.target) {
            problem
        } else {
            i18n_embed_fl::fl!(
                l,
                "station-check-target",
                target = self.target.clone(),
                problem = problem
            )
        }
    }
}

/// One of doctor's checks, with what it looked at.
#[derive(Debug, Clone)]
pub struct Looked {
    pub what: CheckWhat,
    pub target: String,
    pub check: doctor::Check,
}

impl Looked {
    fn new(what: CheckWhat, target: impl Into<String>, check: doctor::Check) -> Looked {
        Looked {
            what,
            target: target.into(),
            check,
        }
    }

    /// As the station shows it: a failure has its problem (the check's measured value)
    /// and what to do; anything else has no problem.
    pub fn station_view(&self) -> Check {
        let failed = self.check.status == Status::Fail;
        Check {
            what: self.what,
            target: self.target.clone(),
            problem: failed.then(|| self.check.value.clone()),
            hint: if failed {
                self.check.hint.clone()
            } else {
                None
            },
        }
    }
}

/// Seconds the printer has to answer at the station's start.
pub const PRINTER_TIMEOUT: Duration = Duration::from_secs(3);

/// Every check a (resolved) profile calls for except the label's, which needs the
/// renderer (the station adds it after the printer): the store (`store.*`: it must exist
/// and be writable), the printer, each command (`flasher`, `flasher.verify`,
/// `flasher.on_pass`, `flasher.on_fail`), the serial port of each of `slots` (indexes
/// into the profile's) that names a device (`flasher.port`) and the free disk where the
/// station writes (the store's directory, and the temporary directory where payloads go
/// when it is on another disk).
///
/// Only the checks `runs` accepts are made, asked by check name (`printer`,
/// `flasher.port`) or, for the store's several checks, by its group (`store`): `doctor
/// --profile --only store` must not query the printer. A station runs them all.
pub fn profile_checks(
    p: &Profile,
    slots: &[usize],
    allow_shared: bool,
    timeout: Duration,
    runs: &dyn Fn(&str) -> bool,
) -> Vec<Looked> {
    let location = StoreLocation::parse(std::ffi::OsStr::new(&p.store));
    let shown = location.to_string();
    let mut all: Vec<Looked> = Vec::new();
    if runs("store") {
        all.extend(
            checks::store_checks(&location, allow_shared, StoreNeed::Station)
                .into_iter()
                .map(|c| Looked::new(CheckWhat::Store, shown.clone(), c)),
        );
    }
    if let Some(to) = p.printer.as_ref().filter(|_| runs("printer")) {
        let target = match to {
            PrinterTo::Tcp(url) => url.clone(),
            PrinterTo::Path(p) => p.display().to_string(),
        };
        all.push(Looked::new(
            CheckWhat::Printer,
            target,
            checks::printer_to_check(to, p.format, timeout),
        ));
    }
    let path = std::env::var_os("PATH");
    for (name, what, cmd) in [
        ("flasher", CheckWhat::Flasher, &p.flash),
        ("flasher.verify", CheckWhat::Verifier, &p.verify),
        ("flasher.on_pass", CheckWhat::Flasher, &p.on_pass),
        ("flasher.on_fail", CheckWhat::Flasher, &p.on_fail),
    ] {
        if let Some(cmd) = cmd.as_ref().filter(|_| runs(name)) {
            let program = crate::io::runner::argv(cmd, &[])
                .ok()
                .and_then(|w| w.into_iter().next())
                .unwrap_or_else(|| cmd.clone());
            all.push(Looked::new(
                what,
                program,
                checks::flasher_check(name, cmd, path.as_deref()),
            ));
        }
    }
    for &slot in slots.iter().filter(|_| runs("flasher.port")) {
        let port = &p.slots[slot].port;
        if let Some(c) = checks::port_check(slot + 1, port) {
            all.push(Looked::new(CheckWhat::Port, port.clone(), c));
        }
    }
    if !runs("machine.disk") {
        return all;
    }
    let temp = std::env::temp_dir();
    let mut dirs = Vec::new();
    if let Some(store) = location.sqlite_path() {
        dirs.push(
            store
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .to_owned(),
        );
    }
    if !dirs.iter().any(|d| same_disk(d, &temp)) {
        dirs.push(temp);
    }
    for d in dirs {
        // Named as the check names it (the system's name of the directory), so the
        // screen does not show it twice in two spellings.
        let shown = std::fs::canonicalize(&d).unwrap_or_else(|_| d.clone());
        all.push(Looked::new(
            CheckWhat::Disk,
            shown.display().to_string(),
            checks::disk_check(&d),
        ));
    }
    all
}

/// Whether two directories are on one file system (a missing one is on none).
fn same_disk(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::station::profile::Profile;

    #[test]
    fn a_missing_program_and_a_closed_port_fail_with_what_was_looked_at() {
        let dir = tempfile::tempdir().unwrap();
        // A port nobody listens on (bound, then closed).
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        drop(l);
        let text = format!(
            "station = \"t\"\nstore = \"devices.db\"\nflash = \"./no-such-flasher {{file}}\"\n\
             verify = \"true\"\nprinter = \"tcp://127.0.0.1:{port}\"\n"
        );
        let p = Profile::parse(&text, Path::new("t.toml"))
            .unwrap()
            .resolve(dir.path());
        let all = profile_checks(&p, &[0], false, Duration::from_secs(1), &|_| true);
        let view = |what| {
            all.iter()
                .find(|l| l.what == what)
                .map(Looked::station_view)
                .unwrap()
        };
        // No store file: a station never creates one.
        assert!(!view(CheckWhat::Store).ok());
        let printer = view(CheckWhat::Printer);
        assert!(!printer.ok() && printer.hint.is_some());
        assert_eq!(printer.target, format!("tcp://127.0.0.1:{port}"));
        let flasher = view(CheckWhat::Flasher);
        assert_eq!(flasher.target, "./no-such-flasher");
        assert!(!flasher.ok() && flasher.hint.is_some());
        assert!(view(CheckWhat::Verifier).ok(), "true is on PATH");
        assert!(all.iter().any(|l| l.what == CheckWhat::Disk));
    }
}
