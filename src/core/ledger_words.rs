//! A ledger entry's detail in the reader's words: [`say`] turns a stored `(event, detail)`
//! into a sentence of the chosen catalog.
//!
//! The ledger is a record shared by stations in different languages, so what it stores
//! stays as written (English, for audits, `--json` and CSV). Every form this and earlier
//! releases write is parsed here once ([`parse`]), into a [`Detail`] that names its parts;
//! a detail no form matches (a lead's free-text reason, a store written by a later
//! version) is shown as stored. The failure forms are said the way the station's screen
//! says them (short, the flasher's output kept as written).

use i18n_embed::fluent::FluentLanguageLoader;

use crate::core::line::Step;

macro_rules! t {
    ($l:expr, $id:literal) => { i18n_embed_fl::fl!($l, $id) };
    ($l:expr, $id:literal, $($args:tt)*) => { i18n_embed_fl::fl!($l, $id, $($args)*) };
}

/// Where a payload or a label went, as the ledger names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dest<'a> {
    Stdout,
    TempFile,
    /// A path or a printer URL, shown as written.
    Other(&'a str),
}

impl<'a> Dest<'a> {
    fn parse(s: &'a str) -> Dest<'a> {
        match s {
            "stdout" => Dest::Stdout,
            "temporary file" => Dest::TempFile,
            other => Dest::Other(other),
        }
    }
}

/// A stored detail, its parts named. Numbers stay text: they are shown, never computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail<'a> {
    /// `imported`: `batch N from FILE row R`.
    Batch {
        batch: &'a str,
        file: &'a str,
        row: &'a str,
    },
    /// `label-printed` by `qr … --from-store`: `FORMAT → DEST`.
    Label { format: &'a str, to: Dest<'a> },
    /// `label-printed` by the line: `[reprint: ]FORMAT label ×N to DEST`.
    LineLabel {
        reprint: bool,
        format: &'a str,
        copies: &'a str,
        to: Dest<'a>,
    },
    /// `label-skipped`: `no label: neither --print nor --printer`.
    NoLabel,
    /// `secret-exchanged`: `get_secret_no, SecretNo fingerprint FP`.
    Exchanged { fingerprint: &'a str },
    /// `registered`: `register`.
    Register,
    /// `registered`: `the cloud says already registered`.
    AlreadyRegistered,
    /// `bound`: `active returned the secret`.
    ActiveSecret,
    /// `bound`: `subscribe_corp accepted the secret saved by an interrupted run`.
    SavedSecret,
    /// `unbound`: `push_unbind_corp`.
    UnbindPushed,
    /// `unbound`: `CALL answered CODE` (`active`, `subscribe_corp`).
    Answered { call: &'a str, code: &'a str },
    /// `secret-issued`: `FORMAT payload, N bytes, secret fingerprint FP, to DEST`.
    Issued {
        format: &'a str,
        bytes: &'a str,
        fingerprint: &'a str,
        to: Dest<'a>,
    },
    /// `flashed`: `flasher exit 0 in N ms` or `no flasher`, then `; read-back verified`
    /// and `: OUTPUT` when there were.
    Flashed {
        ms: Option<&'a str>,
        verified: bool,
        log: Option<&'a str>,
    },
    /// `step-retried`: `STEP attempt N of M failed: FAILURE`.
    Retried {
        step: Step,
        attempt: &'a str,
        of: &'a str,
        failure: &'a str,
    },
    /// `line-resumed`: `from state STATE`.
    Resumed { state: &'a str },
    /// `line-reissued` as `line next`'s hint suggests it: `retry after FAILURE`.
    RetryAfter { failure: &'a str },
    /// A failure event (`flash-failed`, `verify-failed`, `print-failed`,
    /// `line-set-aside`): said in the station's words.
    Failure(&'a str),
    /// Anything else: shown as stored.
    Stored(&'a str),
}

/// The failure events, whose detail is a `StepFailure` record.
pub const FAILURES: &[&str] = &[
    "flash-failed",
    "verify-failed",
    "print-failed",
    "line-set-aside",
];

/// The stable detail of a `print-failed` entry whose label could not be made: the error's
/// code, which [`failure_words`] says in the reader's language. (Until this form, the
/// station's sentence was stored, in the language of whoever ran it.)
pub fn label_not_made(code: &str) -> String {
    format!("{LABEL_NOT_MADE}{code}")
}

const LABEL_NOT_MADE: &str = "label not made: ";

/// A station's tag on what it writes: `DETAIL [profile HASH]` (or `profile HASH` alone).
/// Returns the detail and the hash.
pub fn split_profile(detail: &str) -> (&str, Option<&str>) {
    if let Some(hash) = detail.strip_prefix("profile ").filter(|h| is_hash(h)) {
        return ("", Some(hash));
    }
    match detail
        .strip_suffix(']')
        .and_then(|d| d.rsplit_once(" [profile "))
    {
        Some((d, hash)) if is_hash(hash) => (d, Some(hash)),
        _ => (detail, None),
    }
}

fn is_hash(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn step_of(s: &str) -> Option<Step> {
    [
        Step::Payload,
        Step::Flash,
        Step::Verify,
        Step::Label,
        Step::Finish,
    ]
    .into_iter()
    .find(|x| x.as_str() == s)
}

/// The parts of a stored detail (its profile tag already split off).
pub fn parse<'a>(event: &str, d: &'a str) -> Detail<'a> {
    let parsed = match event {
        _ if FAILURES.contains(&event) => Some(Detail::Failure(d)),
        "imported" => d.strip_prefix("batch ").and_then(|r| {
            let (batch, r) = r.split_once(" from ")?;
            let (file, row) = r.rsplit_once(" row ")?;
            Some(Detail::Batch { batch, file, row })
        }),
        "label-printed" => {
            let (reprint, r) = match d.strip_prefix("reprint: ") {
                Some(r) => (true, r),
                None => (false, d),
            };
            match r.split_once(" label ×") {
                Some((format, r)) => r.split_once(" to ").map(|(copies, to)| Detail::LineLabel {
                    reprint,
                    format,
                    copies,
                    to: Dest::parse(to),
                }),
                None if !reprint => r.split_once(" → ").map(|(format, to)| Detail::Label {
                    format,
                    to: Dest::parse(to),
                }),
                None => None,
            }
        }
        "label-skipped" if d == "no label: neither --print nor --printer" => Some(Detail::NoLabel),
        "secret-exchanged" => d
            .strip_prefix("get_secret_no, SecretNo fingerprint ")
            .map(|fingerprint| Detail::Exchanged { fingerprint }),
        "registered" => match d {
            "register" => Some(Detail::Register),
            "the cloud says already registered" => Some(Detail::AlreadyRegistered),
            _ => None,
        },
        "bound" => match d {
            "active returned the secret" => Some(Detail::ActiveSecret),
            "subscribe_corp accepted the secret saved by an interrupted run" => {
                Some(Detail::SavedSecret)
            }
            _ => None,
        },
        "unbound" => match d.split_once(" answered ") {
            _ if d == "push_unbind_corp" => Some(Detail::UnbindPushed),
            Some((call, code)) => Some(Detail::Answered { call, code }),
            None => None,
        },
        "secret-issued" => (|| {
            let (format, r) = d.split_once(" payload, ")?;
            let (bytes, r) = r.split_once(" bytes, secret fingerprint ")?;
            let (fingerprint, to) = r.split_once(", to ")?;
            Some(Detail::Issued {
                format,
                bytes,
                fingerprint,
                to: Dest::parse(to),
            })
        })(),
        "flashed" => {
            let (head, log) = match d.split_once(": ") {
                Some((h, l)) => (h, Some(l)),
                None => (d, None),
            };
            let (head, verified) = match head.strip_suffix("; read-back verified") {
                Some(h) => (h, true),
                None => (head, false),
            };
            let ms = head
                .strip_prefix("flasher exit 0 in ")
                .and_then(|r| r.strip_suffix(" ms"));
            (ms.is_some() || head == "no flasher").then_some(Detail::Flashed { ms, verified, log })
        }
        "step-retried" => (|| {
            let (step, r) = d.split_once(" attempt ")?;
            let (attempt, r) = r.split_once(" of ")?;
            let (of, failure) = r.split_once(" failed: ")?;
            Some(Detail::Retried {
                step: step_of(step)?,
                attempt,
                of,
                failure,
            })
        })(),
        "line-resumed" => d
            .strip_prefix("from state ")
            .map(|state| Detail::Resumed { state }),
        "line-reissued" => d
            .strip_prefix("retry after ")
            .map(|failure| Detail::RetryAfter { failure }),
        _ => None,
    };
    parsed.unwrap_or(Detail::Stored(d))
}

/// A detail said for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub text: String,
    /// False when the detail is shown as stored (no known form): its language is the
    /// writer's, not the reader's.
    pub translated: bool,
}

/// A stored `(event, detail)` in `l`'s language: every known form in the catalog's words,
/// anything else as stored. A station's profile tag is kept (for audits), except on a
/// failure, which is said as the station's screen says it.
pub fn say(l: &FluentLanguageLoader, event: &str, detail: &str) -> Said {
    let (d, profile) = split_profile(detail);
    if d.is_empty() {
        return match profile {
            Some(hash) => Said {
                text: t!(l, "ledger-words-profile-only", hash = hash.to_owned()),
                translated: true,
            },
            None => Said {
                text: String::new(),
                translated: true,
            },
        };
    }
    let parsed = parse(event, d);
    let (text, translated) = match parsed {
        Detail::Failure(d) => {
            return Said {
                text: failure_words(l, event, d),
                translated: true,
            };
        }
        Detail::Stored(d) => (d.to_owned(), false),
        p => (words(l, &p), true),
    };
    let text = match profile {
        Some(hash) => t!(
            l,
            "ledger-words-profile",
            words = text,
            hash = hash.to_owned()
        ),
        None => text,
    };
    Said { text, translated }
}

fn dest(l: &FluentLanguageLoader, d: Dest) -> String {
    match d {
        Dest::Stdout => t!(l, "ledger-words-stdout"),
        Dest::TempFile => t!(l, "ledger-words-temp-file"),
        Dest::Other(s) => s.to_owned(),
    }
}

fn s(v: &str) -> String {
    v.to_owned()
}

fn words(l: &FluentLanguageLoader, p: &Detail) -> String {
    match *p {
        Detail::Batch { batch, file, row } => t!(
            l,
            "ledger-words-batch",
            batch = s(batch),
            file = s(file),
            row = s(row)
        ),
        Detail::Label { format, to } => {
            t!(
                l,
                "ledger-words-label",
                format = s(format),
                to = dest(l, to)
            )
        }
        Detail::LineLabel {
            reprint,
            format,
            copies,
            to,
        } => {
            let label = t!(
                l,
                "ledger-words-line-label",
                format = s(format),
                copies = s(copies),
                to = dest(l, to)
            );
            if reprint {
                t!(l, "ledger-words-reprint", label = label)
            } else {
                label
            }
        }
        Detail::NoLabel => t!(l, "ledger-words-no-label"),
        Detail::Exchanged { fingerprint } => {
            t!(l, "ledger-words-exchanged", fingerprint = s(fingerprint))
        }
        Detail::Register => t!(l, "ledger-words-register"),
        Detail::AlreadyRegistered => t!(l, "ledger-words-already-registered"),
        Detail::ActiveSecret => t!(l, "ledger-words-active-secret"),
        Detail::SavedSecret => t!(l, "ledger-words-saved-secret"),
        Detail::UnbindPushed => t!(l, "ledger-words-unbind-pushed"),
        Detail::Answered { call, code } => {
            t!(l, "ledger-words-answered", call = s(call), code = s(code))
        }
        Detail::Issued {
            format,
            bytes,
            fingerprint,
            to,
        } => t!(
            l,
            "ledger-words-issued",
            format = s(format),
            bytes = s(bytes),
            fingerprint = s(fingerprint),
            to = dest(l, to)
        ),
        Detail::Flashed { ms, verified, log } => {
            let mut w = match ms {
                Some(ms) => t!(l, "ledger-words-flasher-exit", ms = s(ms)),
                None => t!(l, "ledger-words-no-flasher"),
            };
            if verified {
                w = t!(l, "ledger-words-verified", flashed = w);
            }
            match log {
                Some(log) => t!(l, "ledger-words-output", words = w, log = s(log)),
                None => w,
            }
        }
        Detail::Retried {
            step,
            attempt,
            of,
            failure,
        } => t!(
            l,
            "ledger-words-retried",
            step = step_word(l, step),
            attempt = s(attempt),
            of = s(of),
            why = failure_words(l, failure_event(step, failure), failure)
        ),
        Detail::Resumed { state } => t!(l, "ledger-words-resumed", state = state_word(l, state)),
        Detail::RetryAfter { failure } => {
            let event = failure_event(Step::Flash, failure);
            t!(
                l,
                "ledger-words-retry-after",
                why = failure_words(l, event, failure)
            )
        }
        Detail::Failure(d) | Detail::Stored(d) => d.to_owned(),
    }
}

/// A line unit's last error in the reader's words. It is the detail of the unit's failure
/// event (profile tag included), which the unit's row does not name: the form says which.
pub fn last_error_words(l: &FluentLanguageLoader, detail: &str) -> String {
    let (d, _) = split_profile(detail);
    let event = if d.starts_with(LABEL_NOT_MADE) {
        "print-failed"
    } else if d.starts_with("set aside at the ") {
        "line-set-aside"
    } else {
        failure_event(Step::Flash, d)
    };
    failure_words(l, event, d)
}

/// The failure event a nested failure record (in a retry or a reissue reason) belongs to.
fn failure_event(step: Step, failure: &str) -> &'static str {
    if step == Step::Verify
        || failure.starts_with("verifier ")
        || failure.starts_with("read-back differs")
    {
        "verify-failed"
    } else {
        "flash-failed"
    }
}

/// A step of a trip, as the station's screen names it.
pub fn step_word(l: &FluentLanguageLoader, s: Step) -> String {
    match s {
        Step::Payload => t!(l, "station-step-payload"),
        Step::Flash => t!(l, "station-step-flash"),
        Step::Verify => t!(l, "station-step-verify"),
        Step::Label => t!(l, "station-step-label"),
        Step::Finish => t!(l, "station-step-finish"),
    }
}

/// A unit's line state, as the store names it, in `l`'s language (an unknown name as is).
pub fn state_word(l: &FluentLanguageLoader, state: &str) -> String {
    match state {
        "unclaimed" => t!(l, "line-state-unclaimed"),
        "claimed" => t!(l, "line-state-claimed"),
        "issued" => t!(l, "line-state-issued"),
        "flashed" => t!(l, "line-state-flashed"),
        "printed" => t!(l, "line-state-printed"),
        "done" => t!(l, "line-state-done"),
        "failed" => t!(l, "line-state-failed"),
        other => other.to_owned(),
    }
}

/// A failure's detail (its profile tag split off) in the station's words. Its forms come
/// from `StepFailure::detail`: "flasher exited with 3: <the flasher's output>", "verifier
/// timed out after 90 s", "read-back differs from the payload (…)", "set aside at the flash
/// step: <the lead's reason> (…)". The flasher's output and the lead's reason are shown as
/// written; a form not known here says which step failed rather than show English.
pub fn failure_words(l: &FluentLanguageLoader, event: &str, detail: &str) -> String {
    let step = match event {
        "verify-failed" => Step::Verify,
        "print-failed" => Step::Label,
        _ => Step::Flash,
    };
    let word = step_word(l, step);
    if event == "line-set-aside" {
        let reason = detail.split_once(": ").map_or(detail, |(_, r)| r);
        let reason = reason.rsplit_once(" (").map_or(reason, |(r, _)| r);
        return t!(l, "station-why-set-aside", reason = reason.to_owned());
    }
    if let Some(code) = detail.strip_prefix(LABEL_NOT_MADE) {
        return match code {
            "store.no_url" => t!(l, "ledger-label-no-url"),
            "render.label_too_small" => t!(l, "ledger-label-too-small"),
            "render.payload_unsupported" => t!(l, "ledger-label-unsupported"),
            other => t!(l, "ledger-label-not-made", code = other.to_owned()),
        };
    }
    let (head, log) = match detail.split_once(": ") {
        Some((h, log)) if h.starts_with("flasher ") || h.starts_with("verifier ") => (h, log),
        _ => (detail, ""),
    };
    let rest = head
        .strip_prefix("flasher ")
        .or_else(|| head.strip_prefix("verifier "));
    let why = if let Some(code) = rest.and_then(|r| r.strip_prefix("exited with ")) {
        match code.parse::<i32>() {
            Ok(code) => t!(l, "station-why-exited", step = word, code = code),
            Err(_) => t!(l, "station-why-signal", step = word),
        }
    } else if let Some(secs) = rest
        .and_then(|r| r.strip_prefix("timed out after "))
        .and_then(|r| r.strip_suffix(" s"))
        .and_then(|r| r.parse::<u64>().ok())
    {
        t!(l, "station-why-timeout", step = word, seconds = secs)
    } else if head.starts_with("read-back differs") {
        t!(l, "station-why-mismatch")
    } else {
        t!(l, "station-failed-step", step = word)
    };
    if log.is_empty() {
        why
    } else {
        t!(l, "station-failed-log", why = why, log = log.to_owned())
    }
}

#[cfg(test)]
mod tests;
