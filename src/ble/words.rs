//! The BLE session's outcomes in the reader's language. The session core
//! (`core::ble::session`) is pure and has no reader: it names what happened as data (a step,
//! a refusal, a warning) with a stable English record for `--json` and the trace, and this
//! edge turns it into the catalog's sentences. What the device or the signer said stays as
//! it said it.

use crate::core::ble::session::{FailKind, Refusal, SessionError, Step, Warning, WrongSn};
use crate::output::{ErrorCode, Failure};

impl From<SessionError> for Failure {
    /// The exit class and the words a technician needs for each way a session fails; the
    /// hints that depend on the run (the signer in use, dropped packets) are added by
    /// [`super::client::ClientError::failure`].
    fn from(e: SessionError) -> Self {
        let (code, hint) = match (&e.kind, e.step) {
            (FailKind::Timeout, Step::HandshakeStart) => (
                ErrorCode::BleTimeout,
                Some(crate::fl!("ble-hint-handshake-start")),
            ),
            (FailKind::Timeout, Step::WifiReport) => (
                ErrorCode::BleTimeout,
                Some(crate::fl!("ble-hint-wifi-report-timeout")),
            ),
            (FailKind::Timeout, _) => (ErrorCode::BleTimeout, None),
            (FailKind::Malformed(_), _) => (ErrorCode::BleMalformed, None),
            (FailKind::Refused(_) | FailKind::WifiRefused(_), Step::WifiReport) => (
                ErrorCode::BleRefused,
                Some(crate::fl!("ble-hint-wifi-refused")),
            ),
            (FailKind::Refused(_) | FailKind::WifiRefused(_), _) => (ErrorCode::BleRefused, None),
            (FailKind::Signer(_), _) => (ErrorCode::BleSignerFailed, None),
            (FailKind::WrongDevice(_), _) => (
                ErrorCode::BleWrongDevice,
                Some(crate::fl!("ble-hint-wrong-device")),
            ),
        };
        let message = match &e.kind {
            FailKind::Timeout => crate::fl!("ble-session-timeout", what = waiting_for(e.step)),
            FailKind::Malformed(m) => crate::fl!("ble-session-malformed", detail = m.clone()),
            FailKind::Refused(r) => refusal(r),
            FailKind::WifiRefused(ssid) => {
                crate::fl!("fmt-ble-wifi-refused", ssid = format!("{ssid:?}"))
            }
            FailKind::Signer(m) => crate::fl!("ble-session-signer", detail = m.clone()),
            FailKind::WrongDevice(w) => {
                crate::fl!("ble-session-wrong-device", detail = wrong_sn(w))
            }
        };
        let f = Failure::new(code, message).at(crate::fl!("ble-step", step = e.step.name()));
        match hint {
            Some(h) => f.hint(h),
            None => f,
        }
    }
}

/// A device's errcode refusal ([`Refusal::stable`] is its `--json` record).
pub fn refusal(r: &Refusal) -> String {
    crate::fl!(
        "i18nl-ble-refused",
        cmd = r.cmd.to_string(),
        errcode = r.errcode.to_string(),
        errmsg = r.errmsg.clone()
    )
}

/// A device that announced another SN ([`WrongSn::stable`] is its `--json` record).
pub fn wrong_sn(w: &WrongSn) -> String {
    crate::fl!(
        "i18nl-ble-wrong-sn",
        got = w.got.clone(),
        want = w.want.clone()
    )
}

/// Something odd but not fatal, for stderr.
pub fn warning(w: &Warning) -> String {
    match w {
        Warning::Ignored { cmd, name, step } => crate::fl!(
            "i18nl-ble-ignored-packet",
            cmd = cmd.to_string(),
            name = name.to_string(),
            waiting = waiting_for(*step)
        ),
        Warning::NoStatusCommand => crate::fl!("i18nl-ble-no-status-command"),
    }
}

/// [`Step::waiting_for`] in the reader's language.
fn waiting_for(step: Step) -> String {
    match step {
        Step::Adapter => crate::fl!("ble-waiting-adapter"),
        Step::Scan => crate::fl!("ble-waiting-scan"),
        Step::Connect => crate::fl!("ble-waiting-connect"),
        Step::HandshakeStart => crate::fl!("ble-waiting-handshake-start"),
        Step::Sign => crate::fl!("ble-waiting-sign"),
        Step::HandshakeConfirm => crate::fl!("ble-waiting-handshake-confirm"),
        Step::ReadInfo => crate::fl!("ble-waiting-read-info"),
        Step::Status => crate::fl!("ble-waiting-status"),
        Step::WifiList => crate::fl!("ble-waiting-wifi-list"),
        Step::WifiReport => crate::fl!("ble-waiting-wifi-report"),
    }
}
