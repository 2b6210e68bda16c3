//! Command IDs and JSON bodies (`ble.md` section 5). Bodies are parsed generally: unknown
//! keys are ignored, key order does not matter, numbers are accepted where strings are sent.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use zeroize::Zeroizing;

/// Device → phone: start handshake.
pub const HELLO: u16 = 10001;
/// Phone → device: handshake challenge reply.
pub const HELLO_REPLY: u16 = 20001;
/// Device → phone: confirm handshake.
pub const CONFIRM: u16 = 10002;
/// Phone → device: handshake done.
pub const CONFIRM_REPLY: u16 = 20002;
/// Phone → device: set Wi-Fi.
pub const SET_WIFI: u16 = 30003;
/// Device → phone: report status (must contain `wifi_connected`).
pub const REPORT: u16 = 10004;
/// Phone → device: get status (empty body).
pub const GET_STATUS: u16 = 30004;
/// A reply some newer apps may send to 10004; accepted and ignored (open question 2).
pub const REPORT_REPLY: u16 = 20004;

/// The Wi-Fi scan-list command IDs are unknown (`ble.md` 5.10): placeholders, configurable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WifiListIds {
    /// Phone → device request, empty body. *Assumed* 30005.
    pub request: u16,
    /// Device → phone answer. *Assumed* 10005.
    pub answer: u16,
}

impl Default for WifiListIds {
    fn default() -> Self {
        WifiListIds {
            request: 30005,
            answer: 10005,
        }
    }
}

/// A name for logs and traces.
pub fn name(cmd: u16, wifi: &WifiListIds) -> &'static str {
    match cmd {
        HELLO => "handshake-start",
        HELLO_REPLY => "handshake-challenge",
        CONFIRM => "handshake-confirm",
        CONFIRM_REPLY => "handshake-done",
        SET_WIFI => "set-wifi",
        REPORT => "report-status",
        GET_STATUS => "get-status",
        REPORT_REPLY => "report-reply",
        c if c == wifi.request => "wifi-list-request",
        c if c == wifi.answer => "wifi-list",
        _ => "unknown",
    }
}

/// Why a body could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BodyError {
    #[error("body is not a JSON object: {0}")]
    NotJson(String),
    #[error("body lacks `{0}`")]
    Missing(&'static str),
    #[error("`{0}` is empty")]
    Empty(&'static str),
}

fn object(body: &[u8]) -> Result<serde_json::Map<String, Value>, BodyError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(other) => Err(BodyError::NotJson(format!("got {}", kind(&other)))),
        Err(e) => Err(BodyError::NotJson(e.to_string())),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A string field, accepting a JSON number as its decimal text.
fn text(m: &serde_json::Map<String, Value>, key: &'static str) -> Result<String, BodyError> {
    match m.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(Value::Number(n)) => Ok(n.to_string()),
        _ => Err(BodyError::Missing(key)),
    }
}

/// 10001 `{"sn","client_nonce","scene"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hello {
    pub sn: String,
    pub client_nonce: String,
    pub scene: String,
}

impl Hello {
    pub fn parse(body: &[u8]) -> Result<Hello, BodyError> {
        let m = object(body)?;
        let sn = text(&m, "sn")?;
        if sn.is_empty() {
            return Err(BodyError::Empty("sn"));
        }
        // The App parses client_nonce as a 64-bit decimal; we pass it on as text unchanged.
        let client_nonce = text(&m, "client_nonce")?;
        let scene = text(&m, "scene").unwrap_or_default();
        Ok(Hello {
            sn,
            client_nonce,
            scene,
        })
    }
}

/// 20001 `{"errcode":0,"errmsg":"ok","server_nonce","signature"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelloReply {
    pub errcode: i64,
    pub errmsg: String,
    pub server_nonce: String,
    pub signature: String,
}

impl HelloReply {
    pub fn ok(server_nonce: String, signature: String) -> HelloReply {
        HelloReply {
            errcode: 0,
            errmsg: "ok".into(),
            server_nonce,
            signature,
        }
    }
    pub fn parse(body: &[u8]) -> Result<HelloReply, BodyError> {
        let m = object(body)?;
        Ok(HelloReply {
            errcode: m.get("errcode").and_then(Value::as_i64).unwrap_or(0),
            errmsg: text(&m, "errmsg").unwrap_or_default(),
            server_nonce: text(&m, "server_nonce")?,
            signature: text(&m, "signature")?,
        })
    }
}

/// 10002 `{"signature"}`; must be non-empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Confirm {
    pub signature: String,
}

impl Confirm {
    pub fn parse(body: &[u8]) -> Result<Confirm, BodyError> {
        let signature = text(&object(body)?, "signature")?;
        if signature.is_empty() {
            return Err(BodyError::Empty("signature"));
        }
        Ok(Confirm { signature })
    }
}

/// 20002 `{"errcode":0,"errmsg":"ok"}` (also the shape of any errcode reply).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Done {
    pub errcode: i64,
    pub errmsg: String,
}

impl Done {
    pub fn ok() -> Done {
        Done {
            errcode: 0,
            errmsg: "ok".into(),
        }
    }
}

/// Wi-Fi security as the App offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub enum Protocol {
    #[default]
    #[serde(rename = "WPA2")]
    Wpa2,
    #[serde(rename = "WPA")]
    Wpa,
    #[serde(rename = "WEP")]
    Wep,
    #[serde(rename = "None")]
    None,
}

impl Protocol {
    pub const NAMES: [&'static str; 4] = ["WPA2", "WPA", "WEP", "None"];

    /// Parses the App's spelling (case-insensitive).
    pub fn parse(text: &str) -> Option<Protocol> {
        match text.to_ascii_uppercase().as_str() {
            "WPA2" => Some(Protocol::Wpa2),
            "WPA" => Some(Protocol::Wpa),
            "WEP" => Some(Protocol::Wep),
            "NONE" => Some(Protocol::None),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Wpa2 => "WPA2",
            Protocol::Wpa => "WPA",
            Protocol::Wep => "WEP",
            Protocol::None => "None",
        }
    }
}

/// 30003 set Wi-Fi. The password is zeroized on drop and masked in traces.
#[derive(Clone, PartialEq, Eq)]
pub struct SetWifi {
    pub ssid: String,
    pub bssid: String,
    pub password: Zeroizing<String>,
    pub protocol: Protocol,
}

impl std::fmt::Debug for SetWifi {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetWifi")
            .field("ssid", &self.ssid)
            .field("bssid", &self.bssid)
            .field("password", &"***")
            .field("protocol", &self.protocol)
            .finish()
    }
}

impl SetWifi {
    /// The body, keys in the order of `ble.md` 5.7. An empty password always says `"None"`.
    pub fn body(&self) -> Zeroizing<Vec<u8>> {
        // A struct, not a `json!` map: serde_json's map sorts keys, the spec order is fixed.
        #[derive(Serialize)]
        struct Body<'a> {
            ssid: &'a str,
            bssid: &'a str,
            password: &'a str,
            manual_input: u8,
            protocol: &'static str,
        }
        let protocol = if self.password.is_empty() {
            Protocol::None
        } else {
            self.protocol
        };
        let b = Body {
            ssid: &self.ssid,
            bssid: &self.bssid,
            password: &self.password,
            manual_input: 1,
            protocol: protocol.as_str(),
        };
        Zeroizing::new(to_body(&b))
    }
}

/// Status fields of 10004 / the answer to 30004.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mac_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wifi_name: Option<String>,
    /// Missing → false for a status answer; mandatory in a 10004 report (see [`Status::parse_report`]).
    pub wifi_connected: bool,
}

impl Status {
    /// Answer to 30004: any JSON object; missing `wifi_connected` means false (`ble.md` 5.8).
    pub fn parse(body: &[u8]) -> Result<Status, BodyError> {
        let m = object(body)?;
        Ok(Status {
            mac_address: text(&m, "mac_address").ok(),
            wifi_name: text(&m, "wifi_name").ok(),
            wifi_connected: m.get("wifi_connected").is_some_and(truthy),
        })
    }

    /// A 10004 after 30003 must contain `wifi_connected` (the App's error −6 otherwise).
    pub fn parse_report(body: &[u8]) -> Result<Status, BodyError> {
        let m = object(body)?;
        if !m.contains_key("wifi_connected") {
            return Err(BodyError::Missing("wifi_connected"));
        }
        Status::parse(body)
    }

    /// Device-side body, keys in the order of `ble.md` section 7.
    pub fn body(&self) -> Vec<u8> {
        to_body(self)
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_i64().is_some_and(|n| n != 0),
        Value::String(s) => s == "true" || s == "1",
        _ => false,
    }
}

/// Serialises a body struct compactly.
pub fn to_body<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).expect("body structs serialise")
}

/// A body for traces and `--json`: the JSON with every `password` value masked; non-JSON
/// bodies as hex.
pub fn masked_json(body: &[u8]) -> Value {
    match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            mask_passwords(&mut v);
            v
        }
        Err(_) if body.is_empty() => Value::Null,
        Err(_) => serde_json::json!({ "hex": hex::encode(body) }),
    }
}

fn mask_passwords(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, val) in m.iter_mut() {
                if k.to_ascii_lowercase().contains("password") || k == "pwd" || k == "psk" {
                    *val = Value::String("***".into());
                } else {
                    mask_passwords(val);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(mask_passwords),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_serialise_exactly_as_the_spec_streams() {
        let w = SetWifi {
            ssid: "TestAP".into(),
            bssid: "".into(),
            password: Zeroizing::new("12345678".into()),
            protocol: Protocol::Wpa2,
        };
        assert_eq!(
            w.body().as_slice(),
            br#"{"ssid":"TestAP","bssid":"","password":"12345678","manual_input":1,"protocol":"WPA2"}"#
        );
        assert_eq!(
            to_body(&HelloReply::ok("987654321".into(), "abc".into())),
            br#"{"errcode":0,"errmsg":"ok","server_nonce":"987654321","signature":"abc"}"#
        );
        assert_eq!(to_body(&Done::ok()), br#"{"errcode":0,"errmsg":"ok"}"#);
        let hello = Hello {
            sn: "SN0001".into(),
            client_nonce: "1234567890".into(),
            scene: "1".into(),
        };
        assert_eq!(
            to_body(&hello),
            br#"{"sn":"SN0001","client_nonce":"1234567890","scene":"1"}"#
        );
        let st = Status {
            mac_address: Some("AABBCCDDEEFF".into()),
            wifi_name: Some("TestAP".into()),
            wifi_connected: true,
        };
        assert_eq!(
            st.body(),
            br#"{"mac_address":"AABBCCDDEEFF","wifi_name":"TestAP","wifi_connected":true}"#
        );
    }

    #[test]
    fn empty_password_means_protocol_none_and_debug_hides_it() {
        let w = SetWifi {
            ssid: "Open".into(),
            bssid: "".into(),
            password: Zeroizing::new(String::new()),
            protocol: Protocol::Wpa2,
        };
        assert!(
            String::from_utf8(w.body().to_vec())
                .unwrap()
                .contains(r#""protocol":"None""#)
        );
        let w = SetWifi {
            password: Zeroizing::new("hunter22".into()),
            ..w
        };
        assert!(!format!("{w:?}").contains("hunter22"));
    }

    #[test]
    fn parsing_is_general() {
        let h = Hello::parse(br#"{"scene":"1","client_nonce":1234,"sn":"X","extra":[1]}"#).unwrap();
        assert_eq!((h.sn.as_str(), h.client_nonce.as_str()), ("X", "1234"));
        assert_eq!(
            Hello::parse(br#"{"sn":"","client_nonce":"1"}"#),
            Err(BodyError::Empty("sn"))
        );
        assert!(matches!(Hello::parse(b"[1]"), Err(BodyError::NotJson(_))));
        assert_eq!(
            Confirm::parse(br#"{"signature":""}"#),
            Err(BodyError::Empty("signature"))
        );
        assert_eq!(
            Status::parse_report(br#"{"wifi_name":"x"}"#),
            Err(BodyError::Missing("wifi_connected"))
        );
        assert!(
            !Status::parse(br#"{"wifi_name":"x"}"#)
                .unwrap()
                .wifi_connected
        );
        assert!(
            Status::parse_report(br#"{"wifi_connected":1}"#)
                .unwrap()
                .wifi_connected
        );
    }

    #[test]
    fn traces_mask_passwords_at_any_depth() {
        let v = masked_json(br#"{"ssid":"a","password":"hunter22","nested":{"Password":"x"}}"#);
        let s = v.to_string();
        assert!(!s.contains("hunter22") && !s.contains("\"x\""), "{s}");
        assert_eq!(
            masked_json(&[0xff, 0x00]),
            serde_json::json!({"hex": "ff00"})
        );
    }
}
