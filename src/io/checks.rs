//! The checks of things on or beside this machine: the device store, the label printer,
//! flashers and other commands, free disk, the language, the terminal. Each is a plain
//! function of plain parameters returning [`Check`]s. `wecom-hw doctor` runs them, and so
//! does a station's preflight (`io/preflight.rs`): one implementation of each check, so
//! what `doctor --profile` says ahead of a shift is what the station will find.

use crate::core::doctor::{self, Check, PrinterState, Status};
use crate::core::station::profile::{LabelLang, PrinterTo};
use crate::fl;
use crate::output::ErrorCode;
use crate::store::StoreLocation;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What the store is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreNeed {
    /// `doctor --store`: a missing store is only a warning (importing creates one).
    Look,
    /// A station's (`line station`, `doctor --profile`): the store must exist, since a
    /// station never creates an empty one, and this user must be able to write it.
    Station,
}

/// The store checks: `store.file` (location, file and directory mode; for a station also
/// that it exists and can be written), `store.schema`, `store.integrity` (SQLite
/// `quick_check`), `store.units` (units by status). Reads only: the store is opened
/// read-only and never migrated or created. A `postgres://` location is checked by
/// [`pg_store_checks`].
pub fn store_checks(location: &StoreLocation, allow_shared: bool, need: StoreNeed) -> Vec<Check> {
    let location = match location {
        StoreLocation::Postgres(url) => return pg_store_checks(url, need),
        StoreLocation::Sqlite(path) => path.as_path(),
    };
    let path = location.display().to_string();
    let mut checks = Vec::new();
    let meta = match std::fs::metadata(location) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            checks.push(missing_check(&path, need));
            return checks;
        }
        Err(e) => {
            checks.push(Check::fail(
                "store.file",
                ErrorCode::StoreFailed,
                fl!(
                    "doctor-store-unreadable",
                    path = path.clone(),
                    error = e.to_string()
                ),
                fl!("doctor-store-unreadable-hint", path = path.clone()),
            ));
            return checks;
        }
    };
    let file = file_mode_check(location, &meta, allow_shared);
    checks.push(match need {
        StoreNeed::Station if file.status != Status::Fail && !writable(location) => Check::fail(
            "store.file",
            ErrorCode::StoreFailed,
            fl!("checks-store-readonly", path = path.clone()),
            fl!("station-check-store-hint"),
        ),
        _ => file,
    });
    checks.extend(sqlite_checks(location));
    checks
}

/// No store at `path` (a file, or a PostgreSQL database without the tool's tables).
fn missing_check(path: &str, need: StoreNeed) -> Check {
    let (status, hint) = match need {
        StoreNeed::Look => (Status::Warn, fl!("doctor-store-missing-hint")),
        StoreNeed::Station => (Status::Fail, fl!("station-check-store-missing-hint")),
    };
    Check::bad(
        "store.file",
        status,
        ErrorCode::StoreMissing,
        fl!("doctor-store-missing", path = path.to_owned()),
        hint,
    )
}

/// Whether this user may write `p` (access(2), so ACLs and read-only mounts count).
#[cfg(unix)]
pub fn writable(p: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access(2) reads a NUL-terminated path we own; no memory is shared.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
pub fn writable(p: &Path) -> bool {
    std::fs::metadata(p).is_ok_and(|m| !m.permissions().readonly())
}

#[cfg(unix)]
fn file_mode_check(location: &Path, meta: &std::fs::Metadata, allow_shared: bool) -> Check {
    use std::os::unix::fs::PermissionsExt;
    let path = location.display().to_string();
    let mode = meta.permissions().mode() & 0o777;
    let dir = location
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir_mode = std::fs::metadata(dir)
        .map(|m| m.permissions().mode() & 0o777)
        .unwrap_or(0o700);
    let value = fl!(
        "doctor-store-file",
        path = path.clone(),
        mode = format!("{mode:04o}"),
        dir_mode = format!("{dir_mode:04o}")
    );
    match doctor::store_mode_status(mode, allow_shared) {
        Status::Ok => {}
        status => {
            // The code the store itself refuses such a file with.
            return Check::bad(
                "store.file",
                status,
                ErrorCode::StoreReadableByOthers,
                value,
                fl!(
                    "doctor-store-mode-hint",
                    command = format!("chmod 600 {}", crate::output::shell_quote(&path))
                ),
            );
        }
    }
    match doctor::store_dir_mode_status(dir_mode) {
        Status::Ok => Check::ok("store.file", value),
        status => Check::bad(
            "store.file",
            status,
            ErrorCode::StoreShared,
            value,
            fl!(
                "doctor-store-dir-hint",
                command = format!(
                    "chmod go-w {}",
                    crate::output::shell_quote(&dir.display().to_string())
                )
            ),
        ),
    }
}

#[cfg(not(unix))]
fn file_mode_check(location: &Path, _meta: &std::fs::Metadata, _allow_shared: bool) -> Check {
    Check::ok("store.file", location.display().to_string())
}

/// Schema version, `quick_check`, units by status, over a read-only connection.
fn sqlite_checks(location: &Path) -> Vec<Check> {
    use rusqlite::{Connection, OpenFlags};
    let path = location.display().to_string();
    let conn = match Connection::open_with_flags(
        location,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) {
        Ok(c) => c,
        Err(e) => {
            return vec![Check::fail(
                "store.schema",
                ErrorCode::StoreFailed,
                fl!(
                    "doctor-store-unreadable",
                    path = path.clone(),
                    error = e.to_string()
                ),
                fl!("doctor-store-unreadable-hint", path = path),
            )];
        }
    };
    let _ = conn.busy_timeout(Duration::from_secs(5));
    let mut checks = Vec::new();
    let current = crate::store::schema_version();
    match conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)) {
        // An empty file, or someone else's database: no version and none of our tables.
        // Said as such rather than as "schema version 0" and then a SQL error.
        Ok(0) if !has_devices_table(&conn) => {
            return vec![Check::fail(
                "store.schema",
                ErrorCode::StoreMissing,
                fl!("doctor-store-not-a-store", path = path),
                fl!("doctor-store-missing-hint"),
            )];
        }
        Ok(v) => checks.push(schema_check(v, current)),
        Err(e) => checks.push(Check::fail(
            "store.schema",
            ErrorCode::StoreCorrupt,
            fl!(
                "doctor-store-unreadable",
                path = path.clone(),
                error = e.to_string()
            ),
            fl!("doctor-store-corrupt-hint", path = path.clone()),
        )),
    }
    let start = Instant::now();
    match conn.query_row("PRAGMA quick_check", [], |r| r.get::<_, String>(0)) {
        Ok(s) if s == "ok" => checks.push(Check::ok(
            "store.integrity",
            fl!(
                "doctor-store-integrity-ok",
                ms = start.elapsed().as_millis()
            ),
        )),
        Ok(s) => checks.push(Check::fail(
            "store.integrity",
            ErrorCode::StoreCorrupt,
            fl!("doctor-store-integrity-bad", detail = s),
            fl!("doctor-store-corrupt-hint", path = path.clone()),
        )),
        Err(e) => checks.push(Check::fail(
            "store.integrity",
            ErrorCode::StoreCorrupt,
            fl!("doctor-store-integrity-bad", detail = e.to_string()),
            fl!("doctor-store-corrupt-hint", path = path.clone()),
        )),
    }
    let units = conn
        .prepare("SELECT status, count(*) FROM devices GROUP BY status ORDER BY status")
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
                .collect::<Result<Vec<_>, _>>()
        });
    checks.push(units_check(units.map_err(|e| e.to_string()), &path));
    checks
}

/// Whether a SQLite file has the `devices` table every schema version has.
fn has_devices_table(conn: &rusqlite::Connection) -> bool {
    conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'devices'",
        [],
        |r| r.get::<_, i64>(0),
    )
    .is_ok_and(|n| n > 0)
}

fn schema_check(v: i64, current: i64) -> Check {
    let value = fl!("doctor-store-schema", version = v, current = current);
    if v > current {
        Check::fail(
            "store.schema",
            ErrorCode::StoreTooNew,
            value,
            fl!("doctor-store-too-new-hint"),
        )
    } else {
        // An older schema is brought up to date by the next command that opens the store.
        Check::ok("store.schema", value)
    }
}

/// Units by status; `path` is the store as shown, for the hint when they cannot be read.
fn units_check(units: Result<Vec<(String, i64)>, String>, path: &str) -> Check {
    match units {
        Ok(u) if u.is_empty() => Check::ok("store.units", fl!("doctor-store-no-units")),
        Ok(u) => Check::ok(
            "store.units",
            u.iter()
                .map(|(s, n)| format!("{} {n}", crate::core::ledger::LedgerEvent::label_of(s)))
                .collect::<Vec<_>>()
                .join(&fl!("doctor-list-separator")),
        ),
        Err(e) => Check::fail(
            "store.units",
            ErrorCode::StoreFailed,
            e,
            fl!("doctor-store-corrupt-hint", path = path.to_owned()),
        ),
    }
}

/// A PostgreSQL store: `store.server` (reachable, TLS in use, server version),
/// `store.schema`, `store.privileges` (what the tool needs on its tables), `store.units`.
pub fn pg_store_checks(url: &str, need: StoreNeed) -> Vec<Check> {
    crate::store::pg::off_runtime(|| pg_checks_blocking(url, need))
}

fn pg_checks_blocking(url: &str, need: StoreNeed) -> Vec<Check> {
    let mut checks = Vec::new();
    let shown = crate::store::pg::connect::redact(url);
    let mut c = match crate::store::pg::connect::connect(url) {
        Ok(c) => c,
        Err(f) => {
            checks.push(Check {
                name: "store.server",
                status: Status::Fail,
                value: f.message,
                hint: f.hint,
                code: Some(ErrorCode::StoreConnectionLost),
            });
            return checks;
        }
    };
    let fail = |name, e: postgres::Error| {
        Check::fail(
            name,
            ErrorCode::StoreFailed,
            crate::store::pg::connect::error_text(&e),
            fl!("doctor-store-pg-hint", url = shown.clone()),
        )
    };
    let version: String = match c.query_one("SHOW server_version", &[]) {
        Ok(r) => r.get(0),
        Err(e) => return vec![fail("store.server", e)],
    };
    let ssl: bool = c
        .query_opt(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .ok()
        .flatten()
        .map(|r| r.get(0))
        .unwrap_or(false);
    checks.push(Check::ok(
        "store.server",
        fl!(
            "doctor-store-pg-server",
            url = shown.clone(),
            version = version,
            tls = on_off(ssl)
        ),
    ));
    let exists: bool = match c.query_one("SELECT to_regclass('wecom_hw_schema') IS NOT NULL", &[]) {
        Ok(r) => r.get(0),
        Err(e) => {
            checks.push(fail("store.schema", e));
            return checks;
        }
    };
    if !exists {
        checks.push(Check {
            name: "store.schema",
            ..missing_check(&shown, need)
        });
        return checks;
    }
    let v: i64 = c
        .query_opt("SELECT version FROM wecom_hw_schema", &[])
        .ok()
        .flatten()
        .map(|r| r.get::<_, i32>(0) as i64)
        .unwrap_or(0);
    checks.push(schema_check(
        v,
        crate::store::pg::schema::MIGRATIONS.len() as i64,
    ));
    // What the commands do: read and update units, append to the ledger, run the line.
    let needed = [
        ("devices", "SELECT,INSERT,UPDATE"),
        ("ledger", "SELECT,INSERT"),
        ("batches", "SELECT,INSERT"),
        ("line_units", "SELECT,INSERT,UPDATE,DELETE"),
    ];
    let mut missing = Vec::new();
    for (table, privs) in needed {
        for p in privs.split(',') {
            let ok: bool = c
                .query_one(
                    "SELECT to_regclass($1) IS NOT NULL AND has_table_privilege($1, $2)",
                    &[&table, &p],
                )
                .map(|r| r.get(0))
                .unwrap_or(false);
            if !ok {
                missing.push(format!("{p} {table}"));
            }
        }
    }
    checks.push(if missing.is_empty() {
        Check::ok("store.privileges", fl!("doctor-store-pg-privileges-ok"))
    } else {
        Check::fail(
            "store.privileges",
            ErrorCode::StoreNoPrivilege,
            fl!(
                "doctor-store-pg-privileges-missing",
                missing = missing.join(", ")
            ),
            fl!("doctor-store-pg-privileges-hint"),
        )
    });
    let units = c
        .query(
            "SELECT status, count(*) FROM devices GROUP BY status ORDER BY status",
            &[],
        )
        .map(|rows| {
            rows.iter()
                .map(|r| (r.get::<_, String>(0), r.get::<_, i64>(1)))
                .collect()
        })
        .map_err(|e| crate::store::pg::connect::error_text(&e));
    checks.push(units_check(units, &shown));
    checks
}

/// How a printer's status is asked, when its language is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterLanguage {
    Zpl,
    Tspl,
}

/// The `printer` check of a raw-port printer (`tcp://HOST:PORT`): reachable within
/// `timeout`, then asked for its status — ZPL `~HS`, TSPL `<ESC>!?`, both in turn when
/// `language` is `None`. A printer that answers neither is reachable only (a warning:
/// many print fine without answering).
pub fn printer_check(url: &str, language: Option<PrinterLanguage>, timeout: Duration) -> Check {
    const NAME: &str = "printer";
    let hostport = match crate::net::printer::addr(url) {
        Ok(h) => h.to_owned(),
        Err(f) => {
            return Check::fail(
                NAME,
                ErrorCode::UsageBadValue,
                f.message,
                fl!("doctor-printer-url-hint"),
            );
        }
    };
    let unreachable = |error: String| {
        Check::fail(
            NAME,
            ErrorCode::PrinterUnreachable,
            fl!(
                "doctor-printer-unreachable",
                printer = url.to_owned(),
                error = error
            ),
            fl!("doctor-printer-unreachable-hint"),
        )
    };
    let addr =
        match std::net::ToSocketAddrs::to_socket_addrs(&hostport.as_str()).map(|mut a| a.next()) {
            Ok(Some(a)) => a,
            Ok(None) => return unreachable(String::new()),
            Err(e) => return unreachable(e.to_string()),
        };
    let start = Instant::now();
    if let Err(e) = std::net::TcpStream::connect_timeout(&addr, timeout) {
        return unreachable(e.to_string());
    }
    let reach_ms = start.elapsed().as_millis();
    // A status answer comes within a fraction of a second; a printer that does not answer
    // status queries should not hold the checklist for the whole network timeout.
    let wait = timeout.min(Duration::from_secs(2));
    let asked: &[PrinterLanguage] = match language {
        Some(PrinterLanguage::Zpl) => &[PrinterLanguage::Zpl],
        Some(PrinterLanguage::Tspl) => &[PrinterLanguage::Tspl],
        None => &[PrinterLanguage::Zpl, PrinterLanguage::Tspl],
    };
    for lang in asked {
        let state = match lang {
            PrinterLanguage::Zpl => ask(addr, timeout, wait, b"~HS\r\n", |b| {
                doctor::parse_zpl_host_status(b)
            })
            .map(|s| ("ZPL", s)),
            PrinterLanguage::Tspl => ask(addr, timeout, wait, b"\x1b!?", |b| {
                b.first().map(|&x| doctor::parse_tspl_status(x))
            })
            .map(|s| ("TSPL", s)),
        };
        if let Some((language, s)) = state {
            return printer_state_check(url, language, s);
        }
    }
    Check::warn(
        NAME,
        ErrorCode::PrinterNotReady,
        fl!(
            "doctor-printer-silent",
            printer = url.to_owned(),
            ms = reach_ms
        ),
        fl!("doctor-printer-silent-hint"),
    )
}

/// The `printer` check of where a station profile sends its labels: a raw-port printer
/// is asked for its status as [`printer_check`] asks, in the profile's label language; a
/// device file (`/dev/usb/lp0`) or a label folder must exist and be writable.
pub fn printer_to_check(to: &PrinterTo, format: LabelLang, timeout: Duration) -> Check {
    match to {
        PrinterTo::Tcp(url) => printer_check(
            url,
            Some(match format {
                LabelLang::Zpl => PrinterLanguage::Zpl,
                LabelLang::Tspl => PrinterLanguage::Tspl,
            }),
            timeout,
        ),
        PrinterTo::Path(p) => {
            let path = p.display().to_string();
            if p.exists() && writable(p) {
                Check::ok("printer", fl!("checks-printer-path-ok", path = path))
            } else {
                Check::fail(
                    "printer",
                    ErrorCode::PrinterUnreachable,
                    fl!("station-check-printer-path", path = path),
                    fl!("station-check-printer-path-hint"),
                )
            }
        }
    }
}

/// Sends `query` on a fresh connection and reads until `parse` accepts the answer.
fn ask<T>(
    addr: std::net::SocketAddr,
    timeout: Duration,
    wait: Duration,
    query: &[u8],
    parse: impl Fn(&[u8]) -> Option<T>,
) -> Option<T> {
    let mut s = std::net::TcpStream::connect_timeout(&addr, timeout).ok()?;
    s.set_write_timeout(Some(timeout)).ok()?;
    s.write_all(query).ok()?;
    let deadline = Instant::now() + wait;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 512];
    while buf.len() < 4096 {
        let left = deadline.checked_duration_since(Instant::now())?;
        s.set_read_timeout(Some(left.max(Duration::from_millis(1))))
            .ok()?;
        match s.read(&mut chunk) {
            Ok(0) => return parse(&buf),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(_) => return None,
        }
        if let Some(v) = parse(&buf) {
            return Some(v);
        }
    }
    None
}

fn printer_state_check(url: &str, language: &str, s: PrinterState) -> Check {
    if s.ready() {
        return Check::ok(
            "printer",
            fl!(
                "doctor-printer-ready",
                printer = url.to_owned(),
                language = language.to_owned()
            ),
        );
    }
    let mut problems = Vec::new();
    if s.paper_out {
        problems.push(fl!("doctor-printer-paper-out"));
    }
    if s.head_open {
        problems.push(fl!("doctor-printer-head-open"));
    }
    if s.ribbon_out {
        problems.push(fl!("doctor-printer-ribbon-out"));
    }
    if s.paused {
        problems.push(fl!("doctor-printer-paused"));
    }
    if s.jammed {
        problems.push(fl!("doctor-printer-jammed"));
    }
    if s.other_error {
        problems.push(fl!("doctor-printer-error"));
    }
    Check::fail(
        "printer",
        ErrorCode::PrinterNotReady,
        fl!(
            "doctor-printer-not-ready",
            printer = url.to_owned(),
            language = language.to_owned(),
            problems = problems.join(fl!("doctor-list-separator").as_str())
        ),
        fl!("doctor-printer-not-ready-hint"),
    )
}

/// The check of one command line a flasher, verifier or hook runs (`'esptool.py
/// write_flash 0x0 {file}'`), named `name` (`flasher`, `flasher.verify` …): it splits as
/// the station's runner splits it, and its program exists and is executable — found the
/// way the runner will start it (a word with a slash from the current directory, a bare
/// name on `path_var`, the `PATH` to search).
pub fn flasher_check(
    name: &'static str,
    command_line: &str,
    path_var: Option<&std::ffi::OsStr>,
) -> Check {
    let program = match crate::io::runner::argv(command_line, &[]) {
        Ok(words) => words.into_iter().next().unwrap_or_default(),
        Err(f) => {
            return Check::fail(
                name,
                ErrorCode::FlasherMissing,
                f.message,
                fl!("doctor-flasher-missing-hint"),
            );
        }
    };
    use crate::io::runner::Located;
    match crate::io::runner::locate_program(&program, path_var) {
        Located::Missing if program.contains('/') => Check::fail(
            name,
            ErrorCode::FlasherMissing,
            fl!("checks-program-missing", program = program),
            fl!("checks-program-path-hint"),
        ),
        Located::Missing => Check::fail(
            name,
            ErrorCode::FlasherMissing,
            fl!("doctor-flasher-missing", program = program),
            fl!("doctor-flasher-missing-hint"),
        ),
        Located::NotExecutable(found) => Check::fail(
            name,
            ErrorCode::FlasherMissing,
            fl!(
                "doctor-flasher-not-executable",
                path = found.display().to_string()
            ),
            fl!(
                "doctor-flasher-chmod-hint",
                command = format!(
                    "chmod +x {}",
                    crate::output::shell_quote(&found.display().to_string())
                )
            ),
        ),
        Located::Runnable(found) => Check::ok(
            name,
            fl!(
                "doctor-flasher-ok",
                program = program,
                path = found.display().to_string()
            ),
        ),
    }
}

/// The `flasher.port` check of a fixture's `port` (what `{port}` becomes in its commands)
/// when it names a device (`/dev/ttyUSB0`): it exists and this user may open it for
/// reading and writing — the serial port's permission is what most often stops a flasher.
/// `None` for anything else (an address, a serial number, nothing): there is nothing here
/// to look at.
pub fn port_check(slot: usize, port: &str) -> Option<Check> {
    const NAME: &str = "flasher.port";
    if !port.starts_with("/dev/") {
        return None;
    }
    let path = Path::new(port);
    let Ok(meta) = std::fs::metadata(path) else {
        return Some(Check::fail(
            NAME,
            ErrorCode::FlasherMissing,
            fl!("checks-port-missing", slot = slot, port = port.to_owned()),
            fl!("checks-port-missing-hint"),
        ));
    };
    if !may_open(path) {
        let group = group_name(&meta).unwrap_or_else(|| "dialout".to_owned());
        return Some(Check::fail(
            NAME,
            ErrorCode::FlasherMissing,
            fl!("checks-port-denied", slot = slot, port = port.to_owned()),
            fl!(
                "checks-port-denied-hint",
                group = group.clone(),
                command = format!("sudo usermod -aG {group} \"$USER\"")
            ),
        ));
    }
    Some(Check::ok(
        NAME,
        fl!("checks-port-ok", slot = slot, port = port.to_owned()),
    ))
}

/// Whether this user may open `p` for reading and writing (access(2)).
#[cfg(unix)]
fn may_open(p: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(p.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access(2) reads a NUL-terminated path we own; no memory is shared.
    unsafe { libc::access(c.as_ptr(), libc::R_OK | libc::W_OK) == 0 }
}

#[cfg(not(unix))]
fn may_open(p: &Path) -> bool {
    writable(p)
}

/// The name of the group owning a file, from /etc/group (serial ports: `dialout` on Debian
/// and Ubuntu, `uucp` on Arch and Fedora).
#[cfg(unix)]
fn group_name(meta: &std::fs::Metadata) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let gid = meta.gid().to_string();
    std::fs::read_to_string("/etc/group")
        .ok()?
        .lines()
        .find_map(|l| {
            let mut f = l.split(':');
            let name = f.next()?;
            (f.nth(1)? == gid).then(|| name.to_owned())
        })
}

#[cfg(not(unix))]
fn group_name(_meta: &std::fs::Metadata) -> Option<String> {
    None
}

/// `machine.disk`: free space in `dir` (the store's directory, or its nearest existing
/// parent).
pub fn disk_check(dir: &Path) -> Check {
    const NAME: &str = "machine.disk";
    let mut d = dir.to_path_buf();
    while !d.exists() {
        if !d.pop() {
            d = PathBuf::from(".");
            break;
        }
    }
    if d.as_os_str().is_empty() {
        d = PathBuf::from(".");
    }
    let Some(free) = free_bytes(&d) else {
        return Check::skip(NAME, d.display().to_string());
    };
    // `.` says little in a checklist: the directory as the system names it.
    let shown = std::fs::canonicalize(&d).unwrap_or(d);
    let value = fl!(
        "doctor-disk-free",
        free = format!("{:.1}", free as f64 / (1u64 << 30) as f64),
        dir = shown.display().to_string()
    );
    match doctor::disk_status(free) {
        Status::Ok => Check::ok(NAME, value),
        status => Check::bad(
            NAME,
            status,
            ErrorCode::DiskLow,
            value,
            fl!("doctor-disk-hint"),
        ),
    }
}

#[cfg(unix)]
fn free_bytes(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut s: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: `c` is a valid NUL-terminated path and `s` a writable statvfs.
    if unsafe { libc::statvfs(c.as_ptr(), &mut s) } != 0 {
        return None;
    }
    Some((s.f_bavail as u64).saturating_mul(s.f_frsize as u64))
}

#[cfg(not(unix))]
fn free_bytes(_dir: &Path) -> Option<u64> {
    None
}

/// `machine.locale`: the locale variable that decides and the language the tool speaks.
pub fn locale_check(lang: crate::i18n::Lang, var: impl Fn(&str) -> Option<String>) -> Check {
    const NAME: &str = "machine.locale";
    let locale = ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|n| var(n).filter(|v| !v.is_empty()).map(|v| format!("{n}={v}")))
        .unwrap_or_else(|| fl!("doctor-locale-unset"));
    Check::ok(
        NAME,
        fl!("doctor-locale", locale = locale, lang = lang.tag()),
    )
}

/// "on" or "off" in the chosen language.
fn on_off(on: bool) -> String {
    if on {
        fl!("doctor-on")
    } else {
        fl!("doctor-off")
    }
}

/// `machine.terminal`: width and colour of the terminal the results go to.
pub fn terminal_check(out: &crate::output::Output) -> Check {
    const NAME: &str = "machine.terminal";
    if !out.stdout_is_tty {
        return Check::ok(NAME, fl!("doctor-terminal-none"));
    }
    let width = terminal_size::terminal_size()
        .map(|(w, _)| w.0 as i64)
        .unwrap_or(0);
    Check::ok(
        NAME,
        fl!(
            "doctor-terminal",
            width = width,
            color = on_off(out.color_for(true))
        ),
    )
}
