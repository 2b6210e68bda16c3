//! Typed device → cloud commands (`wss.md` §6) and cloud → device pushes (§7), on top of the
//! [`envelope`](super::envelope). Builders produce exactly the bodies of the spec; reply and
//! push parsers tolerate unknown keys and number-or-string integers (2.6).

use super::envelope::{Push, Reply, Request, str_field, u64_field};
use crate::core::secret::Secret;
use crate::core::sign::{Scene, SignRequest};
use serde_json::{Map, Value, json};

/// Command names as sent on the wire.
pub mod cmd {
    pub const GET_TIMESTAMP: &str = "get_timestamp";
    pub const GET_SECRET_NO: &str = "get_secret_no";
    pub const REGISTER: &str = "register";
    pub const ACTIVE: &str = "active";
    pub const SUBSCRIBE_CORP: &str = "subscribe_corp";
    pub const PING: &str = "ping";
    pub const GET_FIRMWARE_INFO: &str = "get_firmware_info";
    pub const UPLOAD_LOG: &str = "upload_log";
    pub const GEN_LOGIN_QRCODE: &str = "gen_login_qrcode";
    pub const ERROR_REPORT: &str = "error_report";
    pub const GET_CORP_INFO: &str = "get_corp_info";
    pub const SELFHELP_NOTIFY: &str = "selfhelp_notify";

    pub const PUSH_BIND_CORP: &str = "push_bind_corp";
    pub const PUSH_UNBIND_CORP: &str = "push_unbind_corp";
    pub const PUSH_USER_SCAN: &str = "push_user_scan";
    pub const PUSH_UPDATE_FIRMWARE: &str = "push_update_firmware";
    pub const PUSH_FETCH_LOG: &str = "push_fetch_log";
    pub const PUSH_RESTART_DEVICE: &str = "push_restart_device";

    /// Every push of §7, for `--until` validation and help texts.
    pub const KNOWN_PUSHES: &[&str] = &[
        PUSH_BIND_CORP,
        PUSH_UNBIND_CORP,
        PUSH_USER_SCAN,
        PUSH_UPDATE_FIRMWARE,
        PUSH_FETCH_LOG,
        PUSH_RESTART_DEVICE,
    ];
}

/// Optional `net_info` of `register` (6.3).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetInfo {
    pub wifi_name: Option<String>,
    pub mac_address: Option<String>,
}

/// A device → cloud text command, without its req_id.
#[derive(Clone, PartialEq)]
pub enum Command {
    GetTimestamp,
    /// Signed with the seedSecretNo (6.2).
    GetSecretNo {
        sn: String,
        timestamp: u64,
        nonce: u64,
        signature: String,
    },
    /// Signed with the SecretNo (6.3).
    Register {
        sn: String,
        timestamp: u64,
        nonce: u64,
        signature: String,
        net_info: Option<NetInfo>,
    },
    Active {
        active_code: String,
    },
    SubscribeCorp {
        secret: Secret,
        firmware_version: String,
        ext_args: Option<Value>,
    },
    Ping,
    GetFirmwareInfo,
    GetCorpInfo,
    GenLoginQrcode {
        state: String,
    },
    ErrorReport {
        errcode: i64,
        errmsg: String,
    },
    SelfhelpNotify {
        data: String,
    },
}

// Hand-written so that the secret-bearing variants never print their credentials.
impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Command({})", self.name())
    }
}

impl Command {
    /// `get_secret_no`: `sign(sn, seedSecretNo, timestamp, nonce, "secret_no")`.
    pub fn get_secret_no(sn: &str, seed: &Secret, timestamp: u64, nonce: u64) -> Command {
        Command::GetSecretNo {
            sn: sn.to_owned(),
            timestamp,
            nonce,
            signature: signature(Scene::SecretNo, sn, seed, timestamp, nonce),
        }
    }

    /// `register`: `sign(sn, SecretNo, timestamp, nonce, "register")`.
    pub fn register(
        sn: &str,
        secret_no: &Secret,
        timestamp: u64,
        nonce: u64,
        net_info: Option<NetInfo>,
    ) -> Command {
        Command::Register {
            sn: sn.to_owned(),
            timestamp,
            nonce,
            signature: signature(Scene::Register, sn, secret_no, timestamp, nonce),
            net_info,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Command::GetTimestamp => cmd::GET_TIMESTAMP,
            Command::GetSecretNo { .. } => cmd::GET_SECRET_NO,
            Command::Register { .. } => cmd::REGISTER,
            Command::Active { .. } => cmd::ACTIVE,
            Command::SubscribeCorp { .. } => cmd::SUBSCRIBE_CORP,
            Command::Ping => cmd::PING,
            Command::GetFirmwareInfo => cmd::GET_FIRMWARE_INFO,
            Command::GetCorpInfo => cmd::GET_CORP_INFO,
            Command::GenLoginQrcode { .. } => cmd::GEN_LOGIN_QRCODE,
            Command::ErrorReport { .. } => cmd::ERROR_REPORT,
            Command::SelfhelpNotify { .. } => cmd::SELFHELP_NOTIFY,
        }
    }

    /// The `body`, `None` for the commands the spec sends without one.
    pub fn body(&self) -> Option<Value> {
        match self {
            Command::GetTimestamp
            | Command::Ping
            | Command::GetFirmwareInfo
            | Command::GetCorpInfo => None,
            // Numbers, not strings: the device rule of 2.6.
            Command::GetSecretNo {
                sn,
                timestamp,
                nonce,
                signature,
            } => Some(json!({"device_signature": signature, "nonce": nonce,
                "timestamp": timestamp, "sn": sn})),
            Command::Register {
                sn,
                timestamp,
                nonce,
                signature,
                net_info,
            } => {
                let mut b = json!({"device_signature": signature, "nonce": nonce,
                    "timestamp": timestamp, "sn": sn});
                if let Some(n) = net_info {
                    let mut m = Map::new();
                    if let Some(w) = &n.wifi_name {
                        m.insert("wifi_name".into(), w.clone().into());
                    }
                    if let Some(a) = &n.mac_address {
                        m.insert("mac_address".into(), a.clone().into());
                    }
                    b["net_info"] = Value::Object(m);
                }
                Some(b)
            }
            Command::Active { active_code } => Some(json!({"active_code": active_code})),
            Command::SubscribeCorp {
                secret,
                firmware_version,
                ext_args,
            } => {
                let mut b =
                    json!({"secret": secret.expose(), "firmware_version": firmware_version});
                if let Some(e) = ext_args {
                    b["ext_args"] = e.clone();
                }
                Some(b)
            }
            Command::GenLoginQrcode { state } => Some(json!({"state": state, "format_version": 1})),
            Command::ErrorReport { errcode, errmsg } => {
                Some(json!({"errcode": errcode, "errmsg": errmsg}))
            }
            Command::SelfhelpNotify { data } => Some(json!({"data": data})),
        }
    }

    pub fn to_request(&self, req_id: impl Into<String>) -> Request {
        Request::new(self.name(), req_id, self.body())
    }

    /// `get_timestamp`, `register` and `active` are resent after 5 s without a reply
    /// (4.2, observed in Client L); everything else waits the generic 10 s.
    pub fn resends(&self) -> bool {
        matches!(
            self,
            Command::GetTimestamp | Command::Register { .. } | Command::Active { .. }
        )
    }
}

fn signature(scene: Scene, sn: &str, secret: &Secret, timestamp: u64, nonce: u64) -> String {
    let ts = timestamp.to_string();
    let n = nonce.to_string();
    SignRequest {
        scene,
        sn,
        secret,
        timestamp: &ts,
        nonce: &n,
        state: None,
    }
    .signature()
}

/// Why a successful reply body could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("reply to `{cmd}` lacks `body.{field}`")]
pub struct BodyError {
    pub cmd: &'static str,
    pub field: &'static str,
}

impl From<BodyError> for crate::output::Failure {
    fn from(e: BodyError) -> Self {
        crate::output::Failure::new(
            crate::output::ErrorCode::CloudUnexpectedReply,
            crate::fl!("cloud-reply-lacks", cmd = e.cmd, field = e.field),
        )
        .with_source(e)
    }
}

fn need_str(reply: &Reply, cmd: &'static str, field: &'static str) -> Result<String, BodyError> {
    reply
        .body
        .as_ref()
        .and_then(|b| str_field(b, field))
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .ok_or(BodyError { cmd, field })
}

/// `body.timestamp` of `get_timestamp` (6.1).
pub fn parse_timestamp(reply: &Reply) -> Result<u64, BodyError> {
    reply
        .body
        .as_ref()
        .and_then(|b| u64_field(b, "timestamp"))
        .map(|(v, _)| v)
        .ok_or(BodyError {
            cmd: cmd::GET_TIMESTAMP,
            field: "timestamp",
        })
}

/// `body.secret_no` of `get_secret_no` (6.2).
pub fn parse_secret_no(reply: &Reply) -> Result<String, BodyError> {
    need_str(reply, cmd::GET_SECRET_NO, "secret_no")
}

/// `body.active_code` of `register` (6.3).
pub fn parse_active_code(reply: &Reply) -> Result<String, BodyError> {
    need_str(reply, cmd::REGISTER, "active_code")
}

/// `body.secret` of `active` (6.4).
pub fn parse_secret(reply: &Reply) -> Result<String, BodyError> {
    need_str(reply, cmd::ACTIVE, "secret")
}

/// `get_firmware_info` reply body (6.7).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FirmwareInfo {
    pub firmware_version: String,
    pub md5sum: String,
    pub size: u64,
    pub download_url: String,
}

pub fn parse_firmware_info(reply: &Reply) -> Result<FirmwareInfo, BodyError> {
    let c = cmd::GET_FIRMWARE_INFO;
    let size = reply
        .body
        .as_ref()
        .and_then(|b| u64_field(b, "size"))
        .map(|(v, _)| v)
        .ok_or(BodyError {
            cmd: c,
            field: "size",
        })?;
    Ok(FirmwareInfo {
        firmware_version: need_str(reply, c, "firmware_version")?,
        md5sum: need_str(reply, c, "md5sum")?,
        size,
        download_url: need_str(reply, c, "download_url")?,
    })
}

/// Is `new` a newer firmware version than `current`? The official comparison appendix is
/// unavailable (open question 4); assumed: dotted numeric when every component of both is
/// decimal (`1.0.1001` > `1.0.999`), else byte-wise.
pub fn version_newer(new: &str, current: &str) -> bool {
    let nums = |v: &str| -> Option<Vec<u64>> { v.split('.').map(|c| c.parse().ok()).collect() };
    match (nums(new), nums(current)) {
        (Some(a), Some(b)) => {
            let n = a.len().max(b.len());
            let pad = |v: Vec<u64>| {
                v.into_iter()
                    .chain(std::iter::repeat(0))
                    .take(n)
                    .collect::<Vec<_>>()
            };
            pad(a) > pad(b)
        }
        _ => new.as_bytes() > current.as_bytes(),
    }
}

/// `get_corp_info` reply body (6.11).
pub fn parse_corp_name(reply: &Reply) -> Result<String, BodyError> {
    need_str(reply, cmd::GET_CORP_INFO, "corp_name")
}

/// `push_user_scan` body (7).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UserScan {
    pub userid: String,
    pub op_type: Option<String>,
    pub oper_id: Option<String>,
    pub state: Option<String>,
    pub user_type: Option<u64>,
}

/// A cloud → device push, typed.
#[derive(Debug, Clone, PartialEq)]
pub enum PushMsg {
    BindCorp,
    UnbindCorp,
    UserScan(UserScan),
    UpdateFirmware,
    FetchLog {
        hint: String,
    },
    /// The body is not documented (open question 3); kept as received.
    RestartDevice {
        body: Option<Value>,
    },
    /// Anything else (attendance pushes, `push_selfhelp_notify`, ...): logged verbatim.
    Unknown {
        cmd: String,
        body: Option<Value>,
    },
}

impl PushMsg {
    /// Never fails: a known push with an unusable body is reported as `Unknown` so that it
    /// is still logged verbatim rather than dropped.
    pub fn parse(p: &Push) -> PushMsg {
        let body = p.body.as_ref();
        let s = |k: &str| body.and_then(|b| str_field(b, k)).map(str::to_owned);
        match p.cmd.as_str() {
            cmd::PUSH_BIND_CORP => PushMsg::BindCorp,
            cmd::PUSH_UNBIND_CORP => PushMsg::UnbindCorp,
            cmd::PUSH_UPDATE_FIRMWARE => PushMsg::UpdateFirmware,
            cmd::PUSH_RESTART_DEVICE => PushMsg::RestartDevice {
                body: p.body.clone(),
            },
            cmd::PUSH_FETCH_LOG => PushMsg::FetchLog {
                hint: s("hint").unwrap_or_default(),
            },
            cmd::PUSH_USER_SCAN if s("userid").is_some() => PushMsg::UserScan(UserScan {
                userid: s("userid").unwrap_or_default(),
                op_type: s("op_type"),
                oper_id: s("oper_id"),
                state: s("state"),
                user_type: body.and_then(|b| u64_field(b, "user_type")).map(|v| v.0),
            }),
            _ => PushMsg::Unknown {
                cmd: p.cmd.clone(),
                body: p.body.clone(),
            },
        }
    }
}

/// Keys whose values are credentials wherever they appear in a frame.
pub const SECRET_KEYS: &[&str] = &["secret", "secret_no", "active_code", "device_signature"];

/// Replaces every credential in a JSON frame by `fp:<fingerprint>` (recursively), for
/// transcripts and logs: two different secrets still look different, none is recoverable.
pub fn redact(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, val) in m.iter_mut() {
                if SECRET_KEYS.contains(&k.as_str()) {
                    redact_all(val);
                } else {
                    redact(val);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(redact),
        _ => {}
    }
}

/// Fingerprints every string in a credential's value, however it is nested: a peer may
/// send `{"secret":{"x":"…"}}` and the transcript must not keep it (found by fuzzing).
fn redact_all(v: &mut Value) {
    match v {
        Value::String(s) => {
            *v = Value::String(format!("fp:{}", crate::core::secret::fingerprint(s)));
        }
        Value::Object(m) => m.values_mut().for_each(redact_all),
        Value::Array(a) => a.iter_mut().for_each(redact_all),
        _ => {}
    }
}

/// Redacts a text frame; text that is not JSON is replaced by a length note, since it
/// cannot be scanned for credentials.
pub fn redact_text(text: &str) -> Value {
    match serde_json::from_str::<Value>(text) {
        Ok(mut v) => {
            redact(&mut v);
            v
        }
        Err(_) => Value::String(format!("<{} bytes of non-JSON text>", text.len())),
    }
}

/// Summarises a binary frame for transcripts and logs: its layout, req_id, length and
/// SHA-256, never its bytes (a login QR or an uploaded log is not for a transcript).
/// `from_device`: an upload (device → cloud), else a binary reply (cloud → device).
pub fn redact_binary(from_device: bool, bytes: &[u8]) -> Value {
    use crate::core::wss::frame::{BinaryReply, Upload};
    use sha2::{Digest, Sha256};
    let summary = if from_device {
        match Upload::decode(bytes) {
            Ok(u) => json!({"format_version": u.version, "cmd": u.cmd, "req_id": u.req_id,
                "data_len": u.data.len()}),
            Err(e) => json!({"malformed": e.to_string()}),
        }
    } else {
        match BinaryReply::decode(bytes) {
            Ok(r) => json!({"format_version": 1, "req_id": r.req_id, "data_len": r.data.len()}),
            Err(e) => json!({"malformed": e.to_string()}),
        }
    };
    json!({"len": bytes.len(), "sha256": hex::encode(Sha256::digest(bytes)), "frame": summary})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::wss::envelope::{Inbound, classify};

    fn secret(s: &str) -> Secret {
        Secret::new(s).unwrap()
    }

    /// 6.2 example: the device_signature is the spec's vector for this seed.
    #[test]
    fn get_secret_no_matches_spec_example() {
        let seed = secret("dbd7f84e64ec64708df6df39aadfb039");
        let c = Command::get_secret_no("E30000000001", &seed, 1672381950, 123456);
        let r = c.to_request("s-1");
        let parsed = Request::parse(&r.to_json()).unwrap();
        assert_eq!(parsed.cmd, "get_secret_no");
        let b = parsed.body.unwrap();
        assert_eq!(
            b["device_signature"],
            "012b968dbc5cdc456fa8d40de758aa4928b96c69"
        );
        assert_eq!(b["nonce"], 123456);
        assert_eq!(b["timestamp"], 1672381950);
        assert!(!r.to_json().contains("dbd7f84e"), "seed must not be sent");
    }

    /// 6.3 example with its net_info.
    #[test]
    fn register_matches_spec_example() {
        let v: Value =
            serde_json::from_str(include_str!("../../../tests/data/test-vectors.json")).unwrap();
        let vec = v["sha1_sorted_vectors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == "register_E30000000001_1672381950")
            .unwrap();
        let secret_no = secret(vec["inputs"]["secret_no"].as_str().unwrap());
        let c = Command::register(
            "E30000000001",
            &secret_no,
            1672381950,
            123456,
            Some(NetInfo {
                wifi_name: Some("wifi111".into()),
                mac_address: Some("08:00:20:0A:8C:6D".into()),
            }),
        );
        let b = c.body().unwrap();
        assert_eq!(
            b["device_signature"],
            "adb25448f0ef7ff694ca209eb9608e53742a30d0"
        );
        assert_eq!(b["net_info"]["mac_address"], "08:00:20:0A:8C:6D");
        assert!(c.resends());
    }

    #[test]
    fn bodiless_commands_send_no_body() {
        for c in [
            Command::GetTimestamp,
            Command::Ping,
            Command::GetFirmwareInfo,
            Command::GetCorpInfo,
        ] {
            assert!(!c.to_request("x").to_json().contains("body"), "{c:?}");
        }
        assert_eq!(
            Command::GenLoginQrcode {
                state: "Matchine_01".into()
            }
            .to_request("qr-1")
            .to_json(),
            r#"{"cmd":"gen_login_qrcode","headers":{"req_id":"qr-1"},"body":{"format_version":1,"state":"Matchine_01"}}"#
        );
    }

    #[test]
    fn subscribe_debug_hides_secret_but_body_carries_it() {
        let c = Command::SubscribeCorp {
            secret: secret("dJoEGgt9NCzygTzwGwkzVvmlLy6Hc4P2DICISBTZ34o"),
            firmware_version: "1.0.1000".into(),
            ext_args: Some(json!({"fp_algorithm":["default"]})),
        };
        assert!(!format!("{c:?}").contains("dJoE"));
        let b = c.body().unwrap();
        assert_eq!(b["secret"], "dJoEGgt9NCzygTzwGwkzVvmlLy6Hc4P2DICISBTZ34o");
        assert_eq!(b["ext_args"]["fp_algorithm"][0], "default");
    }

    fn reply(text: &str) -> Reply {
        match classify(text).unwrap() {
            Inbound::Reply(r) => r,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reply_bodies_from_spec_examples() {
        assert_eq!(
            parse_timestamp(&reply(
                r#"{"headers":{"req_id":"t-1"},"body":{"timestamp":1700000000},"errcode":0,"errmsg":"ok"}"#
            )),
            Ok(1700000000)
        );
        let fw = parse_firmware_info(&reply(
            r#"{"headers":{"req_id":"f-1"},"body":{"firmware_version":"1.0.1001","md5sum":"7ed1f027745e3e05fe7489b8f27def35","size":12345,"download_url":"http://DOWNLOAD_URL/PATH"},"errcode":0,"errmsg":"ok"}"#,
        ))
        .unwrap();
        assert_eq!(fw.size, 12345);
        assert_eq!(fw.download_url, "http://DOWNLOAD_URL/PATH");
        assert_eq!(
            parse_corp_name(&reply(
                r#"{"headers":{"req_id":"g-1"},"body":{"corp_name":"xxxx"},"errcode":0,"errmsg":"ok"}"#
            )),
            Ok("xxxx".into())
        );
        let e = parse_secret(&reply(r#"{"headers":{"req_id":"a"},"errcode":0}"#)).unwrap_err();
        assert_eq!(e.to_string(), "reply to `active` lacks `body.secret`");
    }

    fn push(text: &str) -> PushMsg {
        match classify(text).unwrap() {
            Inbound::Push(p) => PushMsg::parse(&p),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn every_push_of_section_7() {
        assert_eq!(
            push(r#"{"cmd":"push_bind_corp","headers":{"req_id":"1"}}"#),
            PushMsg::BindCorp
        );
        assert_eq!(
            push(r#"{"cmd":"push_unbind_corp","headers":{"req_id":"1"}}"#),
            PushMsg::UnbindCorp
        );
        assert_eq!(
            push(r#"{"cmd":"push_update_firmware","headers":{"req_id":"1"}}"#),
            PushMsg::UpdateFirmware
        );
        assert_eq!(
            push(
                r#"{"cmd":"push_fetch_log","headers":{"req_id":"1"},"body":{"hint":"device_log/20190101"}}"#
            ),
            PushMsg::FetchLog {
                hint: "device_log/20190101".into()
            }
        );
        assert_eq!(
            push(r#"{"cmd":"push_restart_device","headers":{"req_id":"1"}}"#),
            PushMsg::RestartDevice { body: None }
        );
        match push(
            r#"{"cmd":"push_user_scan","headers":{"req_id":"1"},"body":{"userid":"aa","op_type":"op_type1","oper_id":"xxx","state":"STATE","user_type":1}}"#,
        ) {
            PushMsg::UserScan(u) => {
                assert_eq!(u.userid, "aa");
                assert_eq!(u.state.as_deref(), Some("STATE"));
                assert_eq!(u.user_type, Some(1));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            push(
                r#"{"cmd":"push_change_contact","headers":{"req_id":"1"},"body":{"perm_version":3}}"#
            ),
            PushMsg::Unknown {
                cmd: "push_change_contact".into(),
                body: Some(json!({"perm_version":3}))
            }
        );
        // A user_scan without userid is kept, verbatim, as unknown.
        assert!(matches!(
            push(r#"{"cmd":"push_user_scan","headers":{"req_id":"1"}}"#),
            PushMsg::Unknown { .. }
        ));
    }

    #[test]
    fn version_comparison() {
        assert!(version_newer("1.0.1001", "1.0.1000"));
        assert!(version_newer("1.0.1000", "1.0.999"));
        assert!(version_newer("1.1", "1.0.9"));
        assert!(!version_newer("1.0", "1.0.0"));
        assert!(!version_newer("1.0.0", "1.0.0"));
        assert!(version_newer("1.0b", "1.0a"));
    }

    #[test]
    fn redact_masks_every_credential_and_keeps_the_rest() {
        let c = Command::SubscribeCorp {
            secret: secret("dJoEGgt9NCzygTzwGwkzVvmlLy6Hc4P2DICISBTZ34o"),
            firmware_version: "1.0".into(),
            ext_args: None,
        };
        let v = redact_text(&c.to_request("c-1").to_json());
        let s = v.to_string();
        assert!(!s.contains("dJoEGgt9"), "{s}");
        assert!(s.contains("fp:"), "{s}");
        assert!(s.contains("1.0"));
        let v = redact_text(
            r#"{"headers":{"req_id":"x"},"body":{"secret_no":"708d0b6f4d4bd97e5d4eb1cb47d260ac","active_code":"AI3VIJt5S4R4Nq"},"errcode":0}"#,
        );
        assert!(!v.to_string().contains("708d0b6f"));
        assert!(!v.to_string().contains("AI3VIJ"));
        assert_eq!(
            redact_text("not json {"),
            Value::String("<10 bytes of non-JSON text>".into())
        );
    }
}
