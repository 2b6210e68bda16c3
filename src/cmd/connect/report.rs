//! Lifecycle events as human lines on stderr, or NDJSON on stdout with `--json`.

use super::Session;
use crate::core::errcode;
use crate::core::wss::client::Lifecycle;
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
                self.warn(crate::fl!("connect-unbound", reason = reason.clone()), v)
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
                self.warn(crate::fl!("connect-restart", reason = reason.clone()), v)
            }
            Lifecycle::Malformed { detail, step } => self.warn(
                crate::fl!(
                    "connect-malformed",
                    step = step.to_string(),
                    detail = detail.clone()
                ),
                v,
            ),
            Lifecycle::LateReply { req_id, step } => self.warn(
                crate::fl!(
                    "connect-late-reply",
                    req_id = req_id.clone(),
                    step = step.to_string()
                ),
                v,
            ),
            Lifecycle::PushIgnored { cmd, step } => self.warn(
                crate::fl!(
                    "connect-push-ignored",
                    cmd = cmd.clone(),
                    step = step.to_string()
                ),
                v,
            ),
            Lifecycle::PingFlood { pings } => self.warn(
                crate::fl!("connect-ping-flood", limit = (pings - 1).to_string()),
                v,
            ),
            Lifecycle::Disconnected { reason } => {
                self.last = crate::fl!("connect-last-disconnected", reason = reason.clone());
                self.warn(
                    crate::fl!("connect-disconnected", reason = reason.clone()),
                    v,
                )
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

pub(super) fn fmt_unix(ts: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(ts as i64)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| ts.to_string())
}
