//! Lifecycle events as human lines on stderr, or NDJSON on stdout with `--json`.

use super::Session;
use crate::core::errcode;
use crate::core::wss::client::{Doing, Lifecycle, Part, Reason};
use serde_json::Value;

impl Session {
    pub(super) fn describe_event(&mut self, l: &Lifecycle) {
        let v = serde_json::to_value(l).unwrap_or(Value::Null);
        match l {
            Lifecycle::Connected => {
                self.last = crate::fl!("connect-last-connected");
                self.line(crate::fl!("connect-connected"), v);
            }
            Lifecycle::TimeSynced {
                server_time,
                offset_secs,
            } => {
                self.offset = *offset_secs;
                if self.out.json {
                    self.line("", v);
                } else {
                    self.out.debug(crate::fl!(
                        "connect-time-synced",
                        time = fmt_unix(*server_time),
                        offset = format!("{offset_secs:+}")
                    ));
                }
            }
            Lifecycle::ClockSkew { offset_secs } => self.warn(
                crate::fl!(
                    "connect-clock-skew",
                    skew = crate::cmd::sign::human_secs(offset_secs.saturating_abs()),
                    direction = if *offset_secs > 0 { "behind" } else { "ahead" }
                ),
                v,
            ),
            Lifecycle::SecretExchanged {
                secret_no_fingerprint,
            } => {
                self.last = crate::fl!("connect-last-exchanged");
                self.line(
                    crate::fl!(
                        "connect-secret-exchanged",
                        fingerprint = secret_no_fingerprint.to_string()
                    ),
                    v,
                )
            }
            Lifecycle::Registered {
                new_registration,
                active_code_changed,
            } => {
                self.last = crate::fl!("connect-last-registered");
                let how = match (new_registration, active_code_changed) {
                    (true, true) => crate::fl!("connect-registered-code-stored"),
                    (true, false) => crate::fl!("connect-registered"),
                    (false, _) => crate::fl!("connect-already-registered"),
                };
                self.line(how, v)
            }
            Lifecycle::WaitingForBind { errcode, polls } => {
                self.last = crate::fl!("connect-last-waiting");
                if self.out.json {
                    self.line("", v);
                } else if *polls == 1 {
                    self.out.info(crate::fl!(
                        "connect-waiting-for-bind",
                        sn = self.sn.clone(),
                        code = errcode.to_string(),
                        meaning = errcode::meaning(*errcode).unwrap_or_default()
                    ));
                } else if polls % 12 == 0 {
                    let polls = *polls;
                    self.out
                        .info(crate::fl!("connect-still-waiting", polls = polls));
                }
            }
            Lifecycle::Bound { secret_changed } => {
                self.last = crate::fl!("connect-last-bound");
                self.line(
                    if *secret_changed {
                        crate::fl!("connect-bound")
                    } else {
                        crate::fl!("connect-bound-same")
                    },
                    v,
                )
            }
            Lifecycle::Subscribed => {
                self.last = crate::fl!("connect-last-online");
                self.line(
                    crate::fl!(
                        "connect-online",
                        secs = self.ping_interval.as_secs().to_string()
                    ),
                    v,
                )
            }
            Lifecycle::Pong { rtt_ms } => {
                if self.out.json {
                    self.line("", v);
                } else {
                    self.out
                        .debug(crate::fl!("connect-pong", ms = rtt_ms.to_string()));
                }
            }
            Lifecycle::PongMissed { missed } => {
                let missed = *missed;
                self.warn(crate::fl!("connect-pong-missed", missed = missed), v)
            }
            Lifecycle::Push { cmd, body, .. } => self.line(
                match body {
                    Some(b) => {
                        crate::fl!("connect-push-body", cmd = cmd.clone(), body = b.to_string())
                    }
                    None => crate::fl!("connect-push", cmd = cmd.clone()),
                },
                v,
            ),
            Lifecycle::Unbound { reason } => {
                self.last = crate::fl!("connect-last-unbound");
                self.warn(crate::fl!("connect-unbound", reason = words(reason)), v)
            }
            Lifecycle::CloudError {
                step,
                errcode: code,
                errmsg,
            } => {
                let mut v = v;
                // The event is the same in every language: its meaning in English.
                v["meaning"] = errcode::describe_en(*code).into();
                // 600004 while polling is the normal "not bound yet": shown once above.
                if *code == errcode::NOT_AUTHORISED && step == "active" {
                    if self.out.json {
                        self.line("", v);
                    }
                    return;
                }
                self.warn(
                    crate::fl!(
                        "connect-cloud-error",
                        step = step.clone(),
                        what = errcode::describe(*code),
                        errmsg = errmsg.clone()
                    ),
                    v,
                )
            }
            Lifecycle::Resend { cmd, attempt } => self.warn(
                crate::fl!(
                    "connect-resend",
                    cmd = cmd.clone(),
                    attempt = attempt.to_string()
                ),
                v,
            ),
            Lifecycle::Restart { reason } => {
                self.warn(crate::fl!("connect-restart", reason = words(reason)), v)
            }
            Lifecycle::Malformed {
                step, part, error, ..
            } => self.warn(
                crate::fl!(
                    "connect-malformed",
                    step = doing(step),
                    detail = malformed(*part, error)
                ),
                v,
            ),
            Lifecycle::LateReply { req_id, step } => self.warn(
                crate::fl!(
                    "connect-late-reply",
                    req_id = req_id.clone(),
                    step = doing(step)
                ),
                v,
            ),
            Lifecycle::PushIgnored { cmd, step } => self.warn(
                crate::fl!(
                    "connect-push-ignored",
                    cmd = cmd.clone(),
                    step = doing(step)
                ),
                v,
            ),
            Lifecycle::PingFlood { pings } => self.warn(
                crate::fl!("connect-ping-flood", limit = (pings - 1).to_string()),
                v,
            ),
            Lifecycle::Disconnected { reason } => {
                let reason = words(reason);
                self.last = crate::fl!("connect-last-disconnected", reason = reason.clone());
                self.warn(crate::fl!("connect-disconnected", reason = reason), v)
            }
            Lifecycle::Reconnecting { after_ms, attempt } => self.line(
                crate::fl!(
                    "connect-reconnecting",
                    secs = format!("{:.1}", *after_ms as f64 / 1000.0),
                    attempt = attempt.to_string()
                ),
                v,
            ),
            Lifecycle::CallReply { .. }
            | Lifecycle::CallBinary { .. }
            | Lifecycle::CallFailed { .. }
            | Lifecycle::Fatal { .. }
            | Lifecycle::Stopped => {}
        }
    }
}

/// A reason in the reader's language; `--json` carries [`Reason::stable`] instead.
pub(crate) fn words(r: &Reason) -> String {
    use Reason::*;
    match r {
        Driver { words, .. } => words.clone(),
        SendFailed { error } => crate::fl!("fmt-reason-send-failed", error = error.clone()),
        ClosedByCloud { code, why } => crate::fl!(
            "fmt-reason-closed-by-cloud",
            code = code.to_string(),
            why = why.clone()
        ),
        ClosedByCloudBare => crate::fl!("fmt-reason-closed-by-cloud-bare"),
        ConnectionClosed => crate::fl!("fmt-reason-connection-closed"),
        ConnectionLost { error } => {
            crate::fl!("fmt-reason-connection-lost", error = error.clone())
        }
        TooBig { size, max } => crate::fl!(
            "fmt-reason-too-big",
            size = size.to_string(),
            max = max.to_string()
        ),
        NotUtf8 { detail } => crate::fl!("fmt-reason-not-utf8", detail = detail.clone()),
        ProtocolBroken { detail } => {
            crate::fl!("fmt-reason-protocol-broken", detail = detail.clone())
        }
        During { why, doing } => {
            crate::fl!(
                "fmt-reason-during",
                why = words(why),
                doing = self::doing(doing)
            )
        }
        HeartbeatsMissed { n } => crate::fl!("fmt-reason-heartbeats-missed", n = n.to_string()),
        NoReply { cmd, tries } => crate::fl!(
            "fmt-reason-no-reply",
            cmd = cmd.clone(),
            tries = tries.to_string()
        ),
        KeepsFailing { why } => crate::fl!("fmt-reason-keeps-failing", why = words(why)),
        Busy { cmd } => crate::fl!("fmt-reason-busy", cmd = cmd.clone()),
        Answered { cmd, code } | AnsweredBare { cmd, code } => crate::fl!(
            "fmt-reason-answered",
            cmd = cmd.clone(),
            code = code.to_string(),
            what = code_meaning(*code)
        ),
        HeartbeatAnswered { code } => crate::fl!(
            "fmt-reason-heartbeat-answered",
            code = code.to_string(),
            what = code_meaning(*code)
        ),
        NoHeaders { code } => crate::fl!(
            "fmt-reason-no-headers",
            code = code.to_string(),
            what = code_meaning(*code)
        ),
        RegisterAgain { why } => crate::fl!("fmt-reason-register-again", why = words(why)),
        NoActiveCode { code } => crate::fl!("fmt-reason-no-active-code", code = code.to_string()),
        HeldElsewhere => crate::fl!("fmt-reason-held-elsewhere"),
        LostActivation => crate::fl!("fmt-reason-lost-activation"),
        PushUnbind => crate::fl!("fmt-reason-push-unbind"),
        CallTimeout { secs } => crate::fl!("fmt-reason-call-timeout", secs = secs.to_string()),
        BinaryMalformed { detail } => {
            crate::fl!("fmt-reason-binary-malformed", detail = detail.clone())
        }
    }
}

/// What the device was doing, in the reader's language.
pub(crate) fn doing(d: &Doing) -> String {
    match d {
        Doing::Waiting { cmd } => crate::fl!("fmt-doing-waiting", cmd = cmd.clone()),
        Doing::Online => crate::fl!("fmt-doing-online"),
        Doing::OnlineInFlight { cmds } => {
            crate::fl!("fmt-doing-online-in-flight", cmds = cmds.join("`, `"))
        }
        Doing::PollingActive => crate::fl!("fmt-doing-polling-active"),
        Doing::State(s) => {
            use crate::core::wss::client::State;
            match s {
                State::Disconnected => crate::fl!("fmt-doing-disconnected"),
                State::TimeSync => crate::fl!("fmt-doing-time-sync"),
                State::SecretExchange => crate::fl!("fmt-doing-secret-exchange"),
                State::Registering => crate::fl!("fmt-doing-registering"),
                State::Activating => crate::fl!("fmt-doing-polling-active"),
                State::Subscribing => crate::fl!("fmt-doing-subscribing"),
                State::Online => crate::fl!("fmt-doing-online"),
                State::Stopped => crate::fl!("fmt-doing-stopped"),
            }
        }
        // A command name, an identifier.
        Doing::Named(s) => s.clone(),
    }
}

/// A code's meaning in the reader's language; the bare code when the table lacks it.
fn code_meaning(code: i64) -> String {
    errcode::meaning(code).unwrap_or_else(|| code.to_string())
}

/// What was malformed, in the reader's language, then the parser's detail as data.
pub(crate) fn malformed(part: Part, error: &str) -> String {
    let error = error.to_owned();
    match part {
        Part::TextFrame => crate::fl!("fmt-malformed-text-frame", error = error),
        Part::BinaryFrame => crate::fl!("fmt-malformed-binary-frame", error = error),
        Part::Timestamp => crate::fl!("fmt-malformed-timestamp", error = error),
    }
}

/// A cloud timestamp on this machine's clock, for people (`--json` keeps the number).
pub(super) fn fmt_unix(ts: u64) -> String {
    match i64::try_from(ts).map(crate::i18n::time::local_text) {
        Ok(t) if !t.is_empty() => t,
        _ => ts.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::wss::client::State;

    /// A lifecycle state is said in words (English here: unit tests run without a language),
    /// while `--json` keeps its lower-case name.
    #[test]
    fn a_lifecycle_state_is_said_in_words_and_recorded_by_name() {
        let cases = [
            (State::TimeSync, "timesync", "syncing the clock"),
            (
                State::Registering,
                "registering",
                "registering on the network",
            ),
            (
                State::Subscribing,
                "subscribing",
                "subscribing to corp information",
            ),
            (State::Activating, "activating", "polling `active`"),
        ];
        for (state, stable, words) in cases {
            let d = Doing::State(state);
            assert_eq!(d.stable(), stable);
            assert_eq!(doing(&d), words);
        }
    }
}
