//! One-shot `connect call ...`: preparing the call and printing its answer.

use super::report::fmt_unix;
use super::{OneShot, Session, react};
use crate::cli::connect::CallKind;
use crate::core::wss::client::{Call, Lifecycle};
use crate::core::wss::messages::{self, Command};
use crate::net::client::{Flow, Inbox};
use crate::output::{ErrorCode, Failure};
use serde_json::{Value, json};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub(super) fn prepare_call(kind: &CallKind) -> Result<OneShot, Failure> {
    let call = match kind {
        CallKind::Firmware => Call::Command(Command::GetFirmwareInfo),
        CallKind::Corp => Call::Command(Command::GetCorpInfo),
        CallKind::Time => Call::Command(Command::GetTimestamp),
        CallKind::ErrorReport { errcode, errmsg } => Call::Command(Command::ErrorReport {
            errcode: *errcode,
            errmsg: errmsg.clone(),
        }),
        CallKind::UploadLog { file } => Call::UploadLog(react::read_log_tail(file)?),
        CallKind::LoginQr { state, .. } => Call::Command(Command::GenLoginQrcode {
            state: state.clone(),
        }),
        CallKind::Selfhelp { data } => {
            Call::Command(Command::SelfhelpNotify { data: data.clone() })
        }
    };
    Ok(OneShot {
        kind: kind.clone(),
        call,
    })
}

impl Session {
    pub(super) fn on_call_result(&mut self, l: &Lifecycle, inbox: &Inbox) -> Flow {
        let Some(kind) = self.oneshot.as_ref().map(|o| o.kind.clone()) else {
            return Flow::Continue;
        };
        match (l, &kind) {
            (
                Lifecycle::CallFailed {
                    reason,
                    cmd,
                    timed_out,
                    ..
                },
                _,
            ) => {
                // An unusable answer is the cloud's fault on the wire: exit 7, not 9.
                let code = if *timed_out {
                    ErrorCode::CloudNoAnswer
                } else {
                    ErrorCode::CloudMalformed
                };
                let reason = super::report::words(reason);
                Flow::Fail(
                    Failure::new(
                        code,
                        crate::fl!("fmt-call-failed", cmd = cmd.clone(), reason = reason),
                    )
                    .into(),
                )
            }
            (
                Lifecycle::CallReply {
                    errcode: crate::core::errcode::NO_FIRMWARE,
                    ..
                },
                CallKind::Firmware,
            ) => {
                self.result(
                    crate::fl!(
                        "connect-no-firmware",
                        code = crate::core::errcode::NO_FIRMWARE.to_string()
                    ),
                    json!({"call": "firmware", "firmware": null, "errcode": crate::core::errcode::NO_FIRMWARE}),
                );
                Flow::Done
            }
            (
                Lifecycle::CallReply {
                    errcode,
                    errmsg,
                    cmd,
                    ..
                },
                _,
            ) if *errcode != 0 => Flow::Fail(self.fatal(cmd, *errcode, errmsg, None, None)),
            (Lifecycle::CallReply { body, .. }, kind) => {
                let body = body.clone().unwrap_or(Value::Null);
                self.print_call(kind, body, inbox)
            }
            (Lifecycle::CallBinary { data, .. }, CallKind::LoginQr { out, .. }) => {
                match react::login_qr(data, out.as_deref()) {
                    Ok(r) => {
                        let human = match (&r.url, &r.saved) {
                            (Some(u), Some(p)) => format!(
                                "{u}\n{}",
                                crate::fl!("connect-qr-saved", format = r.format, path = p.clone())
                            ),
                            (Some(u), None) => u.clone(),
                            (None, Some(p)) => crate::fl!(
                                "connect-qr-saved-undecoded",
                                format = r.format,
                                path = p.clone()
                            ),
                            (None, None) => crate::fl!(
                                "connect-qr-undecoded",
                                format = r.format,
                                bytes = data.len().to_string()
                            ),
                        };
                        self.result(
                            human,
                            json!({"call": "login-qr", "format": r.format,
                            "bytes": data.len(), "url": r.url, "saved": r.saved}),
                        );
                        Flow::Done
                    }
                    Err(e) => Flow::Fail(e.into()),
                }
            }
            (Lifecycle::CallBinary { cmd, len, .. }, _) => Flow::Fail(
                Failure::new(
                    ErrorCode::CloudUnexpectedReply,
                    crate::fl!(
                        "connect-unexpected-binary",
                        cmd = cmd.clone(),
                        bytes = len.to_string()
                    ),
                )
                .into(),
            ),
            _ => Flow::Continue,
        }
    }

    fn print_call(&mut self, kind: &CallKind, body: Value, inbox: &Inbox) -> Flow {
        match kind {
            CallKind::Firmware => {
                let r = crate::core::wss::envelope::Reply::ok("", Some(body.clone()));
                match messages::parse_firmware_info(&r) {
                    Ok(fw) => self.result(
                        format!(
                            "{}\n{}",
                            crate::fl!(
                                "connect-firmware",
                                version = fw.firmware_version.clone(),
                                bytes = fw.size.to_string(),
                                md5 = fw.md5sum.clone()
                            ),
                            fw.download_url
                        ),
                        json!({"call": "firmware", "firmware": fw}),
                    ),
                    Err(e) => return Flow::Fail(Failure::from(e).into()),
                }
            }
            CallKind::Corp => {
                let name = body["corp_name"].as_str().unwrap_or("").to_owned();
                if let Err(e) = self.backend.corp_name(&name) {
                    self.out.warn(&e);
                }
                self.result(&name, json!({"call": "corp", "corp_name": name}));
            }
            CallKind::Time => {
                let ts = body["timestamp"].as_u64();
                let local = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or(0);
                let offset = ts.map(|t| t as i64 - local as i64);
                self.result(
                    crate::fl!(
                        "connect-cloud-time",
                        time = ts.map(fmt_unix).unwrap_or_else(|| "?".into()),
                        offset = format!("{:+}", offset.unwrap_or(0))
                    ),
                    json!({"call": "time", "timestamp": ts, "offset_secs": offset}),
                );
            }
            CallKind::ErrorReport { .. } => self.result(
                crate::fl!("connect-error-report-accepted"),
                json!({"call": "error-report", "errcode": 0}),
            ),
            CallKind::UploadLog { file } => self.result(
                crate::fl!("connect-uploaded", path = file.display().to_string()),
                json!({"call": "upload-log", "file": file, "errcode": 0}),
            ),
            CallKind::Selfhelp { data } => {
                self.result(
                    crate::fl!("connect-selfhelp-accepted"),
                    json!({"call": "selfhelp", "data": data, "errcode": 0}),
                );
                let inbox = inbox.clone();
                tokio::spawn(async move {
                    tokio::time::sleep(Duration::from_secs(3)).await;
                    inbox.note(json!({"selfhelp_wait": "over"}));
                });
                return Flow::Continue;
            }
            CallKind::LoginQr { .. } => {
                return Flow::Fail(
                    Failure::new(
                        ErrorCode::CloudUnexpectedReply,
                        crate::fl!("connect-qr-json"),
                    )
                    .into(),
                );
            }
        }
        Flow::Done
    }
}
