//! The QR payloads a WeCom device shows or carries on its label
//! (`registration-and-labels.md` section 5, `wss.md` 6.9):
//!
//! * dynamic bind: `…/connect/hardware?sn=…&timestamp=…&nonce=…&signature=…&type=qrcode`
//! * dynamic login: the same with `type=dynamic_login&state=…`
//! * static bind: `…/connect/hardware?hw_code=…` (the printed label)
//!
//! Build, parse, verify against a secret, and tell how long a code is still good.

use crate::core::secret::Secret;
use crate::core::sign::{Scene, SignRequest};

/// Scheme, host and path every hardware bind/login URL starts with.
pub const HARDWARE_URL: &str = "https://open.work.weixin.qq.com/connect/hardware";
/// The discovery code that makes the WeCom app look for devices over Bluetooth.
pub const BLUETOOTH_DISCOVERY_URL: &str = "https://open.work.weixin.qq.com/hw/f?t=bt";

/// A parsed or built bind/login code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BindCode {
    /// Signed on the device, shown on its screen.
    Dynamic(DynamicCode),
    /// The static `hw_code` printed on the label.
    Static { hw_code: String },
}

/// A dynamic bind or login code. Timestamp and nonce are kept as the exact text of the URL,
/// because that text (not its numeric value) is what was signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DynamicCode {
    pub scene: Scene,
    pub sn: String,
    pub timestamp: String,
    pub nonce: String,
    pub signature: String,
    /// Only for login codes.
    pub state: Option<String>,
}

/// What is wrong with a URL that should be a bind code.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UrlError {
    #[error("not a WeCom hardware URL: expected it to start with {HARDWARE_URL}?")]
    NotHardwareUrl,
    #[error("parameter `{0}` is missing")]
    Missing(&'static str),
    #[error("parameter `{0}` appears more than once")]
    Repeated(String),
    #[error("parameter `{name}` is not a decimal number: {value:?}")]
    NotDecimal { name: &'static str, value: String },
    #[error("parameter `type` is {0:?}; expected `qrcode` or `dynamic_login`")]
    UnknownType(String),
    #[error("signature must be 40 hex characters, got {0:?}")]
    BadSignature(String),
    #[error("sn {0:?} is not a valid SN: {1}")]
    BadSn(String, crate::core::identity::SnError),
    #[error("bad percent-encoding in the query")]
    BadEncoding,
}

impl From<UrlError> for crate::output::Failure {
    /// Callers say where the URL came from with [`Failure::at`](crate::output::Failure::at).
    fn from(e: UrlError) -> Self {
        let message = match &e {
            UrlError::NotHardwareUrl => crate::fl!("bindcode-not-hardware-url", url = HARDWARE_URL),
            UrlError::Missing(name) => crate::fl!("bindcode-missing", name = name.to_string()),
            UrlError::Repeated(name) => crate::fl!("bindcode-repeated", name = name.clone()),
            UrlError::NotDecimal { name, value } => crate::fl!(
                "bindcode-not-decimal",
                name = name.to_string(),
                value = format!("{value:?}")
            ),
            UrlError::UnknownType(t) => {
                crate::fl!("bindcode-unknown-type", value = format!("{t:?}"))
            }
            UrlError::BadSignature(sig) => {
                crate::fl!("bindcode-bad-signature", value = format!("{sig:?}"))
            }
            // The SN rule's own words (core/identity.rs) follow.
            UrlError::BadSn(sn, why) => crate::fl!(
                "bindcode-bad-sn",
                sn = format!("{sn:?}"),
                reason = why.to_string()
            ),
            UrlError::BadEncoding => crate::fl!("bindcode-bad-encoding"),
        };
        crate::output::Failure::new(crate::output::ErrorCode::BindcodeInvalid, message)
    }
}

/// Result of checking a dynamic code against a secret and a clock.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Validity {
    /// Seconds since the code's timestamp (negative when the timestamp lies in the future).
    pub age_secs: i64,
    /// Seconds the code is still accepted; 0 when expired.
    pub remaining_secs: u64,
    pub expired: bool,
    pub valid_for_secs: u64,
}

impl DynamicCode {
    /// Builds and signs a dynamic code.
    pub fn sign(
        scene: Scene,
        sn: &str,
        secret: &Secret,
        timestamp: u64,
        nonce: u64,
        state: Option<&str>,
    ) -> DynamicCode {
        assert!(
            matches!(scene, Scene::Bind | Scene::Login),
            "not a QR scene"
        );
        let ts = timestamp.to_string();
        let nc = nonce.to_string();
        let signature = SignRequest {
            scene,
            sn,
            secret,
            timestamp: &ts,
            nonce: &nc,
            state: if scene == Scene::Login {
                Some(state.unwrap_or(""))
            } else {
                None
            },
        }
        .signature();
        DynamicCode {
            scene,
            sn: sn.to_owned(),
            timestamp: ts,
            nonce: nc,
            signature,
            state: (scene == Scene::Login).then(|| state.unwrap_or("").to_owned()),
        }
    }

    /// The URL in the official parameter order.
    pub fn to_url(&self) -> String {
        let mut u = format!(
            "{HARDWARE_URL}?sn={}&timestamp={}&nonce={}&signature={}&type={}",
            encode(&self.sn),
            self.timestamp,
            self.nonce,
            self.signature,
            self.scene.constant()
        );
        if let Some(state) = &self.state {
            u.push_str("&state=");
            u.push_str(&encode(state));
        }
        u
    }

    /// Recomputes the signature with `secret`. Hex case is ignored, as the emulator does.
    pub fn verify(&self, secret: &Secret) -> bool {
        let expected = SignRequest {
            scene: self.scene,
            sn: &self.sn,
            secret,
            timestamp: &self.timestamp,
            nonce: &self.nonce,
            state: self.state.as_deref(),
        }
        .signature();
        expected.eq_ignore_ascii_case(&self.signature)
    }

    /// The timestamp as a number (validated at parse time).
    pub fn timestamp_secs(&self) -> u64 {
        self.timestamp.parse().unwrap_or(0)
    }

    /// Age and remaining validity at `now` (unix seconds).
    pub fn validity(&self, now: u64) -> Validity {
        let ts = self.timestamp_secs();
        let valid_for = self.scene.validity_secs();
        let age = now as i128 - ts as i128;
        let age_secs = age.clamp(i64::MIN as i128, i64::MAX as i128) as i64;
        let remaining = (valid_for as i128 - age).clamp(0, valid_for as i128) as u64;
        Validity {
            age_secs,
            remaining_secs: if age > valid_for as i128 {
                0
            } else {
                remaining
            },
            expired: age > valid_for as i128,
            valid_for_secs: valid_for,
        }
    }
}

impl BindCode {
    /// Parses a scanned URL into one of the three forms.
    pub fn parse(url: &str) -> Result<BindCode, UrlError> {
        let url = url.trim();
        let query = url
            .strip_prefix(HARDWARE_URL)
            .and_then(|r| r.strip_prefix('?'))
            .ok_or(UrlError::NotHardwareUrl)?;
        let query = query.split('#').next().unwrap_or_default();
        let mut params: Vec<(String, String)> = Vec::new();
        // A set, not a scan of `params`: a URL read from a file may carry any number of
        // parameters, and checking each against all before it is quadratic.
        let mut seen = std::collections::HashSet::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let k = decode(k)?;
            if !seen.insert(k.clone()) {
                return Err(UrlError::Repeated(k));
            }
            params.push((k, decode(v)?));
        }
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        };
        if let Some(hw_code) = get("hw_code") {
            if hw_code.is_empty() {
                return Err(UrlError::Missing("hw_code"));
            }
            return Ok(BindCode::Static { hw_code });
        }
        let ty = get("type").ok_or(UrlError::Missing("type"))?;
        let scene = match ty.as_str() {
            "qrcode" => Scene::Bind,
            "dynamic_login" => Scene::Login,
            _ => return Err(UrlError::UnknownType(ty)),
        };
        let sn = get("sn").ok_or(UrlError::Missing("sn"))?;
        crate::core::identity::validate_sn(&sn).map_err(|e| UrlError::BadSn(sn.clone(), e))?;
        let timestamp = decimal(get("timestamp"), "timestamp")?;
        let nonce = decimal(get("nonce"), "nonce")?;
        let signature = get("signature").ok_or(UrlError::Missing("signature"))?;
        if signature.len() != 40 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(UrlError::BadSignature(signature));
        }
        let state = match scene {
            Scene::Login => Some(get("state").ok_or(UrlError::Missing("state"))?),
            _ => None,
        };
        Ok(BindCode::Dynamic(DynamicCode {
            scene,
            sn,
            timestamp,
            nonce,
            signature,
            state,
        }))
    }

    /// The static label URL for an `hw_code`.
    pub fn static_url(hw_code: &str) -> String {
        format!("{HARDWARE_URL}?hw_code={}", encode(hw_code))
    }

    pub fn to_url(&self) -> String {
        match self {
            BindCode::Dynamic(d) => d.to_url(),
            BindCode::Static { hw_code } => Self::static_url(hw_code),
        }
    }

    /// `dynamic-bind`, `dynamic-login` or `static`.
    pub fn kind(&self) -> &'static str {
        match self {
            BindCode::Dynamic(d) if d.scene == Scene::Login => "dynamic-login",
            BindCode::Dynamic(_) => "dynamic-bind",
            BindCode::Static { .. } => "static",
        }
    }
}

fn decimal(v: Option<String>, name: &'static str) -> Result<String, UrlError> {
    let v = v.ok_or(UrlError::Missing(name))?;
    // A u64 at most: 20 digits; anything else was not produced by a device.
    if v.is_empty() || v.len() > 20 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(UrlError::NotDecimal { name, value: v });
    }
    if v.parse::<u64>().is_err() {
        return Err(UrlError::NotDecimal { name, value: v });
    }
    Ok(v)
}

/// Percent-encodes everything outside RFC 3986's unreserved set, so `state` values with
/// reserved characters survive (WeCom does not say; `wss.md` 6.9 assumes this).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> Result<String, UrlError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).ok_or(UrlError::BadEncoding)?;
                // Exactly two hex digits: `from_str_radix` alone would take "%+1" as 0x01.
                if !hex.iter().all(u8::is_ascii_hexdigit) {
                    return Err(UrlError::BadEncoding);
                }
                let hex = std::str::from_utf8(hex).map_err(|_| UrlError::BadEncoding)?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| UrlError::BadEncoding)?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| UrlError::BadEncoding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn vectors() -> Value {
        serde_json::from_str(include_str!("../../tests/data/test-vectors.json")).unwrap()
    }

    fn secret_for(name: &str) -> Secret {
        let v = vectors();
        let vec = v["sha1_sorted_vectors"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["name"] == name)
            .unwrap()
            .clone();
        Secret::new(vec["inputs"]["secret_no"].as_str().unwrap()).unwrap()
    }

    /// Every URL of the spec parses, verifies with its vector's secret and prints back
    /// byte for byte.
    #[test]
    fn every_spec_url_round_trips_and_verifies() {
        let v = vectors();
        for (name, url) in v["qr_urls"].as_object().unwrap() {
            let url = url.as_str().unwrap();
            let code = BindCode::parse(url).unwrap();
            assert_eq!(code.to_url(), url, "{name}");
            let BindCode::Dynamic(d) = code else {
                panic!("{name} is dynamic")
            };
            assert!(d.verify(&secret_for(name)), "{name}");
            let other = Secret::new("00000000000000000000000000000000").unwrap();
            assert!(!d.verify(&other), "{name}");
        }
    }

    #[test]
    fn building_reproduces_the_spec_urls() {
        let v = vectors();
        let s = secret_for("qrcode_E30000000001_1700000000");
        let bind = DynamicCode::sign(Scene::Bind, "E30000000001", &s, 1700000000, 123456, None);
        assert_eq!(
            bind.to_url(),
            v["qr_urls"]["qrcode_E30000000001_1700000000"]
                .as_str()
                .unwrap()
        );
        let login = DynamicCode::sign(
            Scene::Login,
            "E30000000001",
            &s,
            1672381950,
            123456,
            Some("qrcode_login"),
        );
        assert_eq!(
            login.to_url(),
            v["qr_urls"]["dynamic_login_E30000000001_1672381950"]
                .as_str()
                .unwrap()
        );
    }

    #[test]
    fn tampering_any_signed_field_breaks_verification() {
        let s = secret_for("qrcode_3389153100001");
        let d = DynamicCode::sign(Scene::Bind, "3389153100001", &s, 1500133456, 17394011, None);
        for f in 0..4 {
            let mut t = d.clone();
            match f {
                0 => t.sn.push('1'),
                1 => t.timestamp = "1500133457".into(),
                2 => t.nonce = "17394012".into(),
                _ => t.scene = Scene::Login,
            }
            assert!(!t.verify(&s), "field {f}");
        }
        // Uppercase hex is accepted (the emulator rule).
        let mut up = d.clone();
        up.signature = up.signature.to_uppercase();
        assert!(up.verify(&s));
    }

    #[test]
    fn validity_windows() {
        let s = secret_for("qrcode_3389153100001");
        let d = DynamicCode::sign(Scene::Bind, "A1", &s, 1_000_000, 1, None);
        assert_eq!(d.validity(1_000_000).remaining_secs, 1800);
        let v = d.validity(1_000_000 + 1799);
        assert_eq!((v.age_secs, v.remaining_secs, v.expired), (1799, 1, false));
        let v = d.validity(1_000_000 + 1800);
        assert!(!v.expired);
        let v = d.validity(1_000_000 + 1801);
        assert_eq!((v.remaining_secs, v.expired), (0, true));
        // A code from the future: negative age, full validity left, not expired.
        let v = d.validity(1_000_000 - 10);
        assert_eq!(
            (v.age_secs, v.remaining_secs, v.expired),
            (-10, 1800, false)
        );
        let l = DynamicCode::sign(Scene::Login, "A1", &s, 1_000_000, 1, Some("x"));
        assert!(l.validity(1_000_000 + 1801).expired);
    }

    #[test]
    fn static_codes() {
        let u = "https://open.work.weixin.qq.com/connect/hardware?hw_code=lS5abcDEF123";
        let c = BindCode::parse(u).unwrap();
        assert_eq!(
            c,
            BindCode::Static {
                hw_code: "lS5abcDEF123".into()
            }
        );
        assert_eq!(c.to_url(), u);
        assert_eq!(c.kind(), "static");
    }

    #[test]
    fn malformed_urls_say_what_is_wrong() {
        let base = "https://open.work.weixin.qq.com/connect/hardware?";
        let cases: &[(&str, UrlError)] = &[
            ("https://example.com/?sn=1", UrlError::NotHardwareUrl),
            (&format!("{base}hw_code="), UrlError::Missing("hw_code")),
            (
                &format!(
                    "{base}sn=A&timestamp=1&nonce=2&signature={}",
                    "a".repeat(40)
                ),
                UrlError::Missing("type"),
            ),
            (
                &format!(
                    "{base}sn=A&timestamp=x1&nonce=2&signature={}&type=qrcode",
                    "a".repeat(40)
                ),
                UrlError::NotDecimal {
                    name: "timestamp",
                    value: "x1".into(),
                },
            ),
            (
                &format!("{base}sn=A&timestamp=1&nonce=2&signature=abc&type=qrcode"),
                UrlError::BadSignature("abc".into()),
            ),
            (
                &format!("{base}sn=A&sn=B&type=qrcode"),
                UrlError::Repeated("sn".into()),
            ),
            (
                &format!(
                    "{base}sn=A&timestamp=1&nonce=2&signature={}&type=dynamic_login",
                    "a".repeat(40)
                ),
                UrlError::Missing("state"),
            ),
            (
                &format!("{base}type=foo"),
                UrlError::UnknownType("foo".into()),
            ),
            (&format!("{base}sn=%zz&type=qrcode"), UrlError::BadEncoding),
            // A sign is not a hex digit (found while writing the fuzz target).
            (&format!("{base}hw_code=%+1"), UrlError::BadEncoding),
        ];
        for (url, want) in cases {
            assert_eq!(BindCode::parse(url).unwrap_err(), *want, "{url}");
        }
    }

    #[test]
    fn state_with_reserved_characters_is_encoded_and_signed_raw() {
        let s = secret_for("qrcode_3389153100001");
        let d = DynamicCode::sign(Scene::Login, "A1", &s, 1, 2, Some("a&b=c d"));
        let url = d.to_url();
        assert!(url.ends_with("&state=a%26b%3Dc%20d"), "{url}");
        let BindCode::Dynamic(back) = BindCode::parse(&url).unwrap() else {
            panic!()
        };
        assert_eq!(back.state.as_deref(), Some("a&b=c d"));
        assert!(back.verify(&s));
    }
}
