//! Checks made before a station takes its first unit, each a small function returning a
//! [`Check`]: what was checked, and when it failed, what is wrong and what to do. They
//! touch the world (the store, the printer, programs, the disk) but decide nothing: the
//! station refuses to start on any failure, and `wecom-hw doctor` may run the same ones.

use crate::core::station::profile::PrinterTo;
use crate::store::{Store, StoreOptions};
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
}

/// One check's result. `problem` and `hint` are in the reader's language.
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

    fn new(what: CheckWhat, target: impl Into<String>) -> Check {
        Check {
            what,
            target: target.into(),
            problem: None,
            hint: None,
        }
    }

    fn fail(mut self, problem: String, hint: String) -> Check {
        self.problem = Some(problem);
        self.hint = Some(hint);
        self
    }
}

/// The store opens (it must exist: a station never creates an empty one), its schema is
/// current, and (a file) it can be written.
pub fn store(opts: &StoreOptions) -> Check {
    let c = Check::new(CheckWhat::Store, opts.location.to_string());
    match Store::open_existing(opts) {
        Ok(Some(_)) => {}
        Ok(None) => {
            return c.fail(
                crate::fl!("station-check-store-missing"),
                crate::fl!("station-check-store-missing-hint"),
            );
        }
        Err(f) => return c.fail(f.message, crate::fl!("station-check-store-hint")),
    }
    if opts.location.sqlite_path().is_some_and(|p| !writable(p)) {
        return c.fail(
            crate::fl!("station-check-store-readonly"),
            crate::fl!("station-check-store-hint"),
        );
    }
    c
}

/// The printer answers (a TCP connection opens), or its device file or directory can be
/// written.
pub fn printer(to: &PrinterTo) -> Check {
    match to {
        PrinterTo::Tcp(url) => {
            let c = Check::new(CheckWhat::Printer, url.clone());
            let reached = crate::net::printer::addr(url).ok().and_then(|hp| {
                use std::net::ToSocketAddrs;
                let a = hp.to_socket_addrs().ok()?.next()?;
                std::net::TcpStream::connect_timeout(&a, Duration::from_secs(3)).ok()
            });
            match reached {
                Some(_) => c,
                None => c.fail(
                    crate::fl!("station-check-printer-down", printer = url.clone()),
                    crate::fl!("station-check-printer-down-hint"),
                ),
            }
        }
        PrinterTo::Path(p) => {
            let c = Check::new(CheckWhat::Printer, p.display().to_string());
            if p.exists() && writable(p) {
                c
            } else {
                c.fail(
                    crate::fl!("station-check-printer-path", path = p.display().to_string()),
                    crate::fl!("station-check-printer-path-hint"),
                )
            }
        }
    }
}

/// The flasher (or verifier) command's program can be started.
pub fn program(what: CheckWhat, template: &str) -> Check {
    let words = crate::io::runner::argv(template, &[]).unwrap_or_default();
    let prog = words.first().cloned().unwrap_or_default();
    let c = Check::new(what, prog.clone());
    if crate::io::runner::find_program(&prog) {
        c
    } else {
        c.fail(
            crate::fl!("station-check-program", program = prog),
            crate::fl!("station-check-program-hint"),
        )
    }
}

/// At least `min` bytes free where the station writes (payload files, label files, a
/// SQLite store and its journal).
pub fn disk(dir: &Path, min: u64) -> Check {
    let c = Check::new(CheckWhat::Disk, dir.display().to_string());
    match free_bytes(dir) {
        Some(n) if n >= min => c,
        n => c.fail(
            crate::fl!(
                "station-check-disk",
                free = n.map_or("?".into(), |n| format!("{} MB", n / 1_000_000)),
                need = format!("{} MB", min / 1_000_000)
            ),
            crate::fl!("station-check-disk-hint"),
        ),
    }
}

/// The label check's result is built by the caller, who renders the label.
pub fn label(target: String, problem: Option<String>) -> Check {
    let c = Check::new(CheckWhat::Label, target);
    match problem {
        None => c,
        Some(p) => c.fail(p, crate::fl!("station-check-label-hint")),
    }
}

fn writable(p: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access(2) reads a NUL-terminated path we own; no memory is shared.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

fn free_bytes(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: statvfs(2) fills the struct we pass; the path is NUL-terminated.
    if unsafe { libc::statvfs(c.as_ptr(), &mut s) } != 0 {
        return None;
    }
    Some(s.f_bavail as u64 * s.f_frsize as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_program_and_a_closed_port_fail_with_a_hint() {
        let c = program(CheckWhat::Flasher, "./no-such-flasher {file}");
        assert!(!c.ok());
        assert_eq!(c.target, "./no-such-flasher");
        assert!(c.hint.is_some());
        assert!(program(CheckWhat::Flasher, "true").ok());
        // A port nobody listens on (bound, then closed).
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        drop(l);
        let c = printer(&PrinterTo::Tcp(format!("tcp://127.0.0.1:{port}")));
        assert_eq!(c.what, CheckWhat::Printer);
        assert!(!c.ok());
        assert!(disk(Path::new("/"), 1).ok());
        assert!(!disk(Path::new("/"), u64::MAX).ok());
    }
}
