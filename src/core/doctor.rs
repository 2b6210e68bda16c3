//! `wecom-hw doctor`'s model: a [`Check`] (stable name, status, measured value, what to do)
//! and the pure rules that turn a measured value into a status — clock skew, certificate
//! expiry, file modes, free disk, a printer's status answer. No I/O here: the drivers in
//! `cmd/doctor/` and `io/checks.rs` measure, these functions judge, and the unit tests below pin the limits.

use crate::output::ErrorCode;

/// How a check came out. `Skip`: it did not apply (nothing to check, or a check before it
/// failed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warn,
    Fail,
    Skip,
}

/// One line of the checklist. `name` is stable (`clock`, `network.tls`, `store.file` …):
/// scripts and `--only` key on it. `value` and `hint` are in the chosen language; `code`
/// says which failure a warning or failure is (and so the exit class).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Check {
    pub name: &'static str,
    pub status: Status,
    pub value: String,
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<ErrorCode>,
}

impl Check {
    pub fn ok(name: &'static str, value: impl Into<String>) -> Check {
        Check {
            name,
            status: Status::Ok,
            value: value.into(),
            hint: None,
            code: None,
        }
    }

    pub fn skip(name: &'static str, value: impl Into<String>) -> Check {
        Check {
            status: Status::Skip,
            ..Check::ok(name, value)
        }
    }

    /// A warning or failure with its code and what to do.
    pub fn bad(
        name: &'static str,
        status: Status,
        code: ErrorCode,
        value: impl Into<String>,
        hint: impl Into<String>,
    ) -> Check {
        Check {
            name,
            status,
            value: value.into(),
            hint: Some(hint.into()),
            code: Some(code),
        }
    }

    pub fn warn(
        name: &'static str,
        code: ErrorCode,
        value: impl Into<String>,
        hint: impl Into<String>,
    ) -> Check {
        Check::bad(name, Status::Warn, code, value, hint)
    }

    pub fn fail(
        name: &'static str,
        code: ErrorCode,
        value: impl Into<String>,
        hint: impl Into<String>,
    ) -> Check {
        Check::bad(name, Status::Fail, code, value, hint)
    }
}

/// Whether `name` is selected by `--only` values: a value selects the check of that name
/// and every check of that group (`network` selects `network.tls`). No values: all.
pub fn selected(only: &[String], name: &str) -> bool {
    only.is_empty()
        || only.iter().any(|o| {
            name == o
                || name
                    .strip_prefix(o.as_str())
                    .is_some_and(|rest| rest.starts_with('.'))
        })
}

/// The groups `--only` accepts (each also accepts its `group.check` names).
pub const GROUPS: &[&str] = &[
    "profile",
    "clock",
    "network",
    "store",
    "printer",
    "bluetooth",
    "flasher",
    "machine",
];

/// The check that decides the exit code: the first failure, or with `strict` the first
/// warning when nothing failed. `None`: exit 0.
pub fn verdict(checks: &[Check], strict: bool) -> Option<&Check> {
    checks
        .iter()
        .find(|c| c.status == Status::Fail)
        .or_else(|| {
            strict
                .then(|| checks.iter().find(|c| c.status == Status::Warn))
                .flatten()
        })
}

/// Beyond this the device clock is worth fixing (NTP usually keeps it within a second).
pub const CLOCK_WARN_SECS: i64 = 30;
/// A signed request is valid this long (`wss.md`): beyond it every signature is refused.
pub const SIGNATURE_WINDOW_SECS: i64 = 300;

/// Clock skew (cloud minus local, seconds) → status.
pub fn clock_status(skew_secs: i64) -> Status {
    match skew_secs.unsigned_abs() {
        s if s > SIGNATURE_WINDOW_SECS as u64 => Status::Fail,
        s if s > CLOCK_WARN_SECS as u64 => Status::Warn,
        _ => Status::Ok,
    }
}

/// A certificate expiring within this many days is worth a warning.
pub const CERT_WARN_DAYS: i64 = 14;

/// Days until the server certificate expires → status.
pub fn cert_expiry_status(days_left: i64) -> Status {
    if days_left < 0 {
        Status::Fail
    } else if days_left < CERT_WARN_DAYS {
        Status::Warn
    } else {
        Status::Ok
    }
}

/// A store file (it holds SecretNos) or its directory: group or others may read it →
/// fail (the store refuses to open such a file unless sharing is allowed, then warn).
pub fn store_mode_status(mode: u32, allow_shared: bool) -> Status {
    if mode & 0o077 == 0 {
        Status::Ok
    } else if allow_shared {
        Status::Warn
    } else {
        Status::Fail
    }
}

/// The store's directory: others entering it is fine (0755 is common), but group or others
/// writing it could swap the store file.
pub fn store_dir_mode_status(mode: u32) -> Status {
    if mode & 0o022 == 0 {
        Status::Ok
    } else {
        Status::Warn
    }
}

/// Under this much free space a large import or a store copy may not fit.
pub const DISK_FAIL_BYTES: u64 = 50 << 20;
pub const DISK_WARN_BYTES: u64 = 500 << 20;

pub fn disk_status(free_bytes: u64) -> Status {
    if free_bytes < DISK_FAIL_BYTES {
        Status::Fail
    } else if free_bytes < DISK_WARN_BYTES {
        Status::Warn
    } else {
        Status::Ok
    }
}

/// What a label printer said about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PrinterState {
    pub paper_out: bool,
    pub head_open: bool,
    pub ribbon_out: bool,
    pub paused: bool,
    /// TSPL only: paper jam, or an error the printer does not name.
    pub jammed: bool,
    pub other_error: bool,
}

impl PrinterState {
    pub fn ready(&self) -> bool {
        *self == PrinterState::default()
    }
}

/// A ZPL printer's answer to `~HS` (host status): three lines, each framed by STX (0x02) and
/// ETX (0x03). Line 1 field 2 is "paper out", field 3 "pause"; line 2 field 3 is "head up"
/// (open), field 4 "ribbon out" (ZPL II programming guide, `~HS`). `None` until all of
/// line 2 has arrived, or when the answer is not a host status.
pub fn parse_zpl_host_status(answer: &[u8]) -> Option<PrinterState> {
    let text = String::from_utf8_lossy(answer);
    let mut lines = text
        .split('\u{2}')
        .skip(1)
        .filter_map(|part| part.split_once('\u{3}').map(|(line, _)| line));
    let one: Vec<&str> = lines.next()?.split(',').map(str::trim).collect();
    let two: Vec<&str> = lines.next()?.split(',').map(str::trim).collect();
    if one.len() < 3 || two.len() < 4 {
        return None;
    }
    let flag = |v: &str| match v {
        "0" => Some(false),
        "1" => Some(true),
        _ => None,
    };
    Some(PrinterState {
        paper_out: flag(one[1])?,
        paused: flag(one[2])?,
        head_open: flag(two[2])?,
        ribbon_out: flag(two[3])?,
        jammed: false,
        other_error: false,
    })
}

/// The byte a TSPL printer answers to `<ESC>!?` (TSPL/TSPL2 programming manual): bit 0 head
/// open, 1 paper jam, 2 out of paper, 3 out of ribbon, 4 paused, 5 printing (not a
/// problem), 7 another error.
pub fn parse_tspl_status(byte: u8) -> PrinterState {
    PrinterState {
        head_open: byte & 0x01 != 0,
        jammed: byte & 0x02 != 0,
        paper_out: byte & 0x04 != 0,
        ribbon_out: byte & 0x08 != 0,
        paused: byte & 0x10 != 0,
        other_error: byte & 0x80 != 0,
    }
}

/// `http://user:pass@proxy:3128` → `http://proxy:3128`: proxy variables may carry a
/// password, which must not be printed.
pub fn redact_userinfo(url: &str) -> String {
    let (scheme, rest) = match url.split_once("://") {
        Some((s, r)) => (Some(s), r),
        None => (None, url),
    };
    let host_end = rest.find('/').unwrap_or(rest.len());
    let rest = match rest[..host_end].rfind('@') {
        Some(at) => &rest[at + 1..],
        None => rest,
    };
    match scheme {
        Some(s) => format!("{s}://{rest}"),
        None => rest.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_limits() {
        assert_eq!(clock_status(0), Status::Ok);
        assert_eq!(clock_status(30), Status::Ok);
        assert_eq!(clock_status(-31), Status::Warn);
        assert_eq!(clock_status(45), Status::Warn);
        assert_eq!(clock_status(300), Status::Warn);
        assert_eq!(clock_status(301), Status::Fail);
        assert_eq!(clock_status(-400), Status::Fail);
        assert_eq!(clock_status(i64::MIN), Status::Fail);
    }

    #[test]
    fn expiry_mode_and_disk_limits() {
        assert_eq!(cert_expiry_status(-1), Status::Fail);
        assert_eq!(cert_expiry_status(3), Status::Warn);
        assert_eq!(cert_expiry_status(90), Status::Ok);
        assert_eq!(store_mode_status(0o600, false), Status::Ok);
        assert_eq!(store_mode_status(0o644, false), Status::Fail);
        assert_eq!(store_mode_status(0o640, true), Status::Warn);
        assert_eq!(store_dir_mode_status(0o755), Status::Ok);
        assert_eq!(store_dir_mode_status(0o777), Status::Warn);
        assert_eq!(disk_status(10 << 20), Status::Fail);
        assert_eq!(disk_status(100 << 20), Status::Warn);
        assert_eq!(disk_status(10 << 30), Status::Ok);
    }

    /// Host status as a ZT410 sends it (CR LF after each ETX).
    fn hs(paper_out: u8, paused: u8, head_up: u8, ribbon_out: u8) -> Vec<u8> {
        format!(
            "\u{2}030,{paper_out},{paused},1245,000,0,0,0,000,0,0,0\u{3}\r\n\
             \u{2}001,0,{head_up},{ribbon_out},0,2,6,0,00000000,1,000\u{3}\r\n\
             \u{2}1234,0\u{3}\r\n"
        )
        .into_bytes()
    }

    #[test]
    fn zpl_host_status_flags() {
        assert!(parse_zpl_host_status(&hs(0, 0, 0, 0)).unwrap().ready());
        let s = parse_zpl_host_status(&hs(1, 0, 0, 0)).unwrap();
        assert!(s.paper_out && !s.head_open && !s.paused && !s.ribbon_out);
        let s = parse_zpl_host_status(&hs(0, 1, 1, 1)).unwrap();
        assert!(s.paused && s.head_open && s.ribbon_out && !s.paper_out);
        // Incomplete or foreign answers are not a status.
        let full = hs(1, 0, 0, 0);
        assert_eq!(parse_zpl_host_status(&full[..40]), None);
        assert_eq!(parse_zpl_host_status(b"OK\r\n"), None);
        assert_eq!(parse_zpl_host_status(b"\x02a,b,c\x03\x02d,e,f,g\x03"), None);
    }

    #[test]
    fn tspl_status_bits() {
        assert!(parse_tspl_status(0x00).ready());
        assert!(parse_tspl_status(0x20).ready(), "printing is not a problem");
        assert!(parse_tspl_status(0x01).head_open);
        assert!(parse_tspl_status(0x04).paper_out);
        let s = parse_tspl_status(0x1A);
        assert!(s.jammed && s.ribbon_out && s.paused && !s.paper_out);
        assert!(parse_tspl_status(0x80).other_error);
    }

    #[test]
    fn selection_by_group_or_name() {
        assert!(selected(&[], "network.tls"));
        let only = vec!["network".to_owned(), "store.file".to_owned()];
        assert!(selected(&only, "network.tls"));
        assert!(selected(&only, "store.file"));
        assert!(!selected(&only, "store.units"));
        assert!(!selected(&only, "networkx"));
        assert!(!selected(&only, "clock"));
    }

    #[test]
    fn the_first_failure_decides_and_strict_counts_warnings() {
        let ok = Check::ok("a", "");
        let warn = Check::warn("b", ErrorCode::ClockSkewed, "", "");
        let fail = Check::fail("c", ErrorCode::StoreShared, "", "");
        let all = [ok.clone(), warn.clone(), fail.clone()];
        assert_eq!(verdict(&all, false), Some(&fail));
        assert_eq!(verdict(&all, true), Some(&fail));
        let some = [ok.clone(), warn.clone()];
        assert_eq!(verdict(&some, false), None);
        assert_eq!(verdict(&some, true), Some(&warn));
        assert_eq!(verdict(&[ok], true), None);
    }

    #[test]
    fn proxy_redaction() {
        assert_eq!(
            redact_userinfo("http://bob:hunter2@proxy.lan:3128/"),
            "http://proxy.lan:3128/"
        );
        assert_eq!(redact_userinfo("proxy.lan:3128"), "proxy.lan:3128");
        assert_eq!(
            redact_userinfo("socks5://p:x@y@h:1"),
            "socks5://h:1",
            "the last @ before the path ends the user info"
        );
    }
}
