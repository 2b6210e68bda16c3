//! Lifecycle events as human lines on stderr, or NDJSON on stdout with `--json`.

use super::Session;
use crate::core::errcode;
use crate::core::wss::device::Lifecycle;
use serde_json::Value;

impl Session {
    pub(super) fn describe_event(&mut self, l: &Lifecycle) {
        let v = serde_json::to_value(l).unwrap_or(Value::Null);
        match l {
            Lifecycle::Connected => {
                self.last = "connected".into();
                self.line("connected", v);
            }
            Lifecycle::TimeSynced {
                server_time,
                offset_secs,
            } => {
                self.offset = *offset_secs;
                if self.out.json {
                    self.line("", v);
                } else {
                    self.out.debug(format!(
                        "cloud time {} (device offset {offset_secs:+} s)",
                        fmt_unix(*server_time)
                    ));
                }
            }
            Lifecycle::ClockSkew { offset_secs } => self.warn(
                format!(
                    "the device clock is {} {} the cloud's; signing with the cloud's time",
                    crate::cmd::sign::human_secs(offset_secs.saturating_abs()),
                    if *offset_secs > 0 {
                        "behind"
                    } else {
                        "ahead of"
                    }
                ),
                v,
            ),
            Lifecycle::SecretExchanged {
                secret_no_fingerprint,
            } => {
                self.last = "seed exchanged".into();
                self.line(
                    format!("seed exchanged: device SecretNo stored (fingerprint {secret_no_fingerprint})"),
                    v,
                )
            }
            Lifecycle::Registered {
                new_registration,
                active_code_changed,
            } => {
                self.last = "registered".into();
                let how = match (new_registration, active_code_changed) {
                    (true, true) => "registered (active_code stored)",
                    (true, false) => "registered",
                    (false, _) => "already registered on the cloud: continuing",
                };
                self.line(how, v)
            }
            Lifecycle::WaitingForBind { errcode, polls } => {
                self.last = "waiting for a bind".into();
                if self.out.json {
                    self.line("", v);
                } else if *polls == 1 {
                    let meaning = errcode::lookup(*errcode).map_or("", |e| e.meaning);
                    self.out.info(format!(
                        "waiting for an admin to bind {} (active: {errcode} {meaning}); polling every 5 s",
                        self.sn
                    ));
                } else if polls % 12 == 0 {
                    self.out
                        .info(format!("still waiting for a bind ({polls} polls)"));
                }
            }
            Lifecycle::Bound { secret_changed } => {
                self.last = "bound".into();
                self.line(
                    if *secret_changed {
                        "bound to a corp: secret stored"
                    } else {
                        "bound (same secret)"
                    },
                    v,
                )
            }
            Lifecycle::Subscribed => {
                self.last = "online".into();
                self.line(
                    format!(
                        "online: subscribed to corp info; heartbeat every {} s",
                        self.ping_interval.as_secs()
                    ),
                    v,
                )
            }
            Lifecycle::Pong { rtt_ms } => {
                if self.out.json {
                    self.line("", v);
                } else {
                    self.out.debug(format!("heartbeat answered in {rtt_ms} ms"));
                }
            }
            Lifecycle::PongMissed { missed } => self.warn(
                format!("heartbeat not answered within 10 s ({missed} in a row)"),
                v,
            ),
            Lifecycle::Push { cmd, body, .. } => self.line(
                match body {
                    Some(b) => format!("push {cmd} {b}"),
                    None => format!("push {cmd}"),
                },
                v,
            ),
            Lifecycle::Unbound { reason } => {
                self.last = "unbound".into();
                self.warn(
                    format!("unbound ({reason}): secret wiped, polling active again"),
                    v,
                )
            }
            Lifecycle::CloudError {
                step,
                errcode: code,
                errmsg,
            } => {
                let mut v = v;
                v["meaning"] = errcode::describe(*code).into();
                // 600004 while polling is the normal "not bound yet": shown once above.
                if *code == errcode::NOT_AUTHORISED && step == "active" {
                    if self.out.json {
                        self.line("", v);
                    }
                    return;
                }
                self.warn(
                    format!(
                        "cloud error on `{step}`: {} [{errmsg}]",
                        errcode::describe(*code)
                    ),
                    v,
                )
            }
            Lifecycle::Resend { cmd, attempt } => self.warn(
                format!("no reply to `{cmd}`; sending again (retry {attempt})"),
                v,
            ),
            Lifecycle::Restart { reason } => self.warn(
                format!("login restarted on the same connection: {reason}"),
                v,
            ),
            Lifecycle::Malformed { detail, step } => self.warn(
                format!("dropped a malformed frame from the cloud ({step}): {detail}"),
                v,
            ),
            Lifecycle::LateReply { req_id, step } => self.warn(
                format!("dropped a reply to no request in flight [{req_id}] ({step}): late, or not ours"),
                v,
            ),
            Lifecycle::PushIgnored { cmd, step } => self.warn(
                format!("ignored {cmd}: a push before `register` succeeded on this connection ({step}) cannot be for this device"),
                v,
            ),
            Lifecycle::PingFlood { pings } => self.warn(
                format!("ping flood: over {} WebSocket pings from the cloud within 1 s; answering them (a newer ping replaces an unsent pong), staying connected", pings - 1),
                v,
            ),
            Lifecycle::Disconnected { reason } => {
                self.last = format!("disconnected ({reason})");
                self.warn(format!("disconnected: {reason}"), v)
            }
            Lifecycle::Reconnecting { after_ms, attempt } => self.line(
                format!(
                    "reconnecting in {:.1} s (attempt {attempt})",
                    *after_ms as f64 / 1000.0
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
