//! The text half of the wire: JSON requests, replies and pushes (`wss.md` 2.1–2.3, 2.6).
//!
//! Shared by both roles: the device builds [`Request`]s and classifies what comes back with
//! [`classify`]; the cloud emulator parses [`Request`]s and answers with [`Reply`]/[`Push`].
//! Parsers never depend on key order and ignore unknown keys (2.6).

use serde::Serialize;
use serde_json::{Map, Value};

/// A device → cloud request: `{"cmd":..,"headers":{"req_id":..},"body":{..}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub cmd: String,
    pub req_id: String,
    /// `None` for commands without parameters: the key is then omitted, as the spec's
    /// examples do for `ping`, `get_timestamp`, ...
    pub body: Option<Value>,
}

/// A cloud → device reply: `{"headers":{"req_id":..},"body":{..},"errcode":0,"errmsg":"ok"}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// `None` for a reply without `headers` (observed, 2.2): an error that belongs to no
    /// particular request.
    pub req_id: Option<String>,
    pub body: Option<Value>,
    pub errcode: i64,
    pub errmsg: String,
}

/// A cloud → device push: `{"cmd":"push_..","headers":{"req_id":..},"body":{..}}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Push {
    pub cmd: String,
    pub req_id: String,
    pub body: Option<Value>,
}

/// What a device receives as text: a message with a `cmd` key is a push, one without is a
/// reply (2.3, the classification rule).
#[derive(Debug, Clone, PartialEq)]
pub enum Inbound {
    Reply(Reply),
    Push(Push),
}

/// Why a text message is not a valid envelope. The `Display` text names the field, so a
/// log line says exactly what the peer got wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("not a JSON object")]
    NotObject,
    #[error("missing field `{0}`")]
    Missing(&'static str),
    #[error("field `{field}` should be {expected}")]
    WrongType {
        field: &'static str,
        expected: &'static str,
    },
}

impl From<EnvelopeError> for crate::output::Failure {
    /// The peer's fault on the wire: a network-class failure, as an unusable answer is.
    fn from(e: EnvelopeError) -> Self {
        crate::output::Failure::new(
            crate::output::ErrorCode::CloudMalformed,
            crate::fl!("cloud-bad-envelope", detail = e.to_string()),
        )
        .with_source(e)
    }
}

#[derive(Serialize)]
struct Headers<'a> {
    req_id: &'a str,
}

#[derive(Serialize)]
struct RequestWire<'a> {
    cmd: &'a str,
    headers: Headers<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a Value>,
}

#[derive(Serialize)]
struct ReplyWire<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    headers: Option<Headers<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<&'a Value>,
    errcode: i64,
    errmsg: &'a str,
}

fn to_string<T: Serialize>(v: &T) -> String {
    // Serialising plain strings, integers and `Value`s cannot fail.
    serde_json::to_string(v).expect("envelope serialises")
}

fn object(text: &str) -> Result<Map<String, Value>, EnvelopeError> {
    match serde_json::from_str::<Strict>(text) {
        Ok(Strict(Value::Object(m))) => Ok(m),
        Ok(_) => Err(EnvelopeError::NotObject),
        Err(e) => Err(EnvelopeError::NotJson(e.to_string())),
    }
}

/// A JSON value whose objects have unique keys. RFC 8259 leaves duplicates to each parser
/// (first wins, last wins, error), so a frame with `errcode` or `cmd` twice means different
/// things to different readers; it is refused as not JSON instead of guessed at.
struct Strict(Value);

impl<'de> serde::Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Strict, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut a: A) -> Result<Value, A::Error> {
        let mut v = Vec::new();
        while let Some(Strict(x)) = a.next_element()? {
            v.push(x);
        }
        Ok(Value::Array(v))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut a: A) -> Result<Value, A::Error> {
        let mut m = Map::new();
        while let Some(k) = a.next_key::<String>()? {
            let Strict(v) = a.next_value()?;
            if m.contains_key(&k) {
                return Err(serde::de::Error::custom(format_args!(
                    "duplicate key `{k}`"
                )));
            }
            m.insert(k, v);
        }
        Ok(Value::Object(m))
    }
}

fn string_field(
    m: &Map<String, Value>,
    key: &'static str,
) -> Result<Option<String>, EnvelopeError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(EnvelopeError::WrongType {
            field: key,
            expected: "a string",
        }),
    }
}

fn cmd_field(m: &Map<String, Value>) -> Result<String, EnvelopeError> {
    string_field(m, "cmd")?.ok_or(EnvelopeError::Missing("cmd"))
}

/// `headers.req_id`: `Ok(None)` when `headers` is absent altogether.
fn req_id_field(m: &Map<String, Value>) -> Result<Option<String>, EnvelopeError> {
    match m.get("headers") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(h)) => match h.get("req_id") {
            Some(Value::String(s)) => Ok(Some(s.clone())),
            None | Some(Value::Null) => Err(EnvelopeError::Missing("headers.req_id")),
            Some(_) => Err(EnvelopeError::WrongType {
                field: "headers.req_id",
                expected: "a string",
            }),
        },
        Some(_) => Err(EnvelopeError::WrongType {
            field: "headers",
            expected: "an object",
        }),
    }
}

fn body_field(m: &Map<String, Value>) -> Result<Option<Value>, EnvelopeError> {
    match m.get("body") {
        None | Some(Value::Null) => Ok(None),
        Some(v @ Value::Object(_)) => Ok(Some(v.clone())),
        Some(_) => Err(EnvelopeError::WrongType {
            field: "body",
            expected: "an object",
        }),
    }
}

impl Request {
    pub fn new(cmd: impl Into<String>, req_id: impl Into<String>, body: Option<Value>) -> Self {
        Request {
            cmd: cmd.into(),
            req_id: req_id.into(),
            body,
        }
    }

    pub fn to_json(&self) -> String {
        to_string(&RequestWire {
            cmd: &self.cmd,
            headers: Headers {
                req_id: &self.req_id,
            },
            body: self.body.as_ref(),
        })
    }

    /// Cloud side. A request must carry `cmd` and `headers.req_id`; the cloud answers one
    /// that does not with a reply without `headers` (`wss.md` 11.3).
    pub fn parse(text: &str) -> Result<Request, EnvelopeError> {
        let m = object(text)?;
        let cmd = cmd_field(&m)?;
        let req_id = req_id_field(&m)?.ok_or(EnvelopeError::Missing("headers.req_id"))?;
        Ok(Request {
            cmd,
            req_id,
            body: body_field(&m)?,
        })
    }
}

impl Reply {
    /// Success: errcode 0, errmsg `"ok"`.
    pub fn ok(req_id: impl Into<String>, body: Option<Value>) -> Reply {
        Reply {
            req_id: Some(req_id.into()),
            body,
            errcode: 0,
            errmsg: "ok".to_owned(),
        }
    }

    /// An error reply; `req_id: None` gives the header-less shape of 2.2.
    pub fn error(req_id: Option<String>, errcode: i64, errmsg: impl Into<String>) -> Reply {
        Reply {
            req_id,
            body: None,
            errcode,
            errmsg: errmsg.into(),
        }
    }

    pub fn is_ok(&self) -> bool {
        self.errcode == 0
    }

    pub fn to_json(&self) -> String {
        to_string(&ReplyWire {
            headers: self.req_id.as_deref().map(|r| Headers { req_id: r }),
            body: self.body.as_ref(),
            errcode: self.errcode,
            errmsg: &self.errmsg,
        })
    }

    /// Device side. `errcode` must be an integer; a missing `errmsg` is tolerated (it is
    /// human text that is never parsed).
    pub fn parse(text: &str) -> Result<Reply, EnvelopeError> {
        Self::from_map(&object(text)?)
    }

    fn from_map(m: &Map<String, Value>) -> Result<Reply, EnvelopeError> {
        let errcode = match m.get("errcode") {
            None | Some(Value::Null) => return Err(EnvelopeError::Missing("errcode")),
            Some(v) => v.as_i64().ok_or(EnvelopeError::WrongType {
                field: "errcode",
                expected: "an integer",
            })?,
        };
        Ok(Reply {
            req_id: req_id_field(m)?,
            body: body_field(m)?,
            errcode,
            errmsg: string_field(m, "errmsg")?.unwrap_or_default(),
        })
    }
}

impl Push {
    pub fn new(cmd: impl Into<String>, req_id: impl Into<String>, body: Option<Value>) -> Self {
        Push {
            cmd: cmd.into(),
            req_id: req_id.into(),
            body,
        }
    }

    pub fn to_json(&self) -> String {
        to_string(&RequestWire {
            cmd: &self.cmd,
            headers: Headers {
                req_id: &self.req_id,
            },
            body: self.body.as_ref(),
        })
    }

    /// A push whose `headers` are missing is accepted with an empty req_id: pushes are
    /// never answered, so the req_id is informational only.
    pub fn parse(text: &str) -> Result<Push, EnvelopeError> {
        Self::from_map(&object(text)?)
    }

    fn from_map(m: &Map<String, Value>) -> Result<Push, EnvelopeError> {
        Ok(Push {
            cmd: cmd_field(m)?,
            req_id: req_id_field(m)?.unwrap_or_default(),
            body: body_field(m)?,
        })
    }
}

/// Device side: a text message with a `cmd` key is a [`Push`], anything else a [`Reply`].
pub fn classify(text: &str) -> Result<Inbound, EnvelopeError> {
    let m = object(text)?;
    if m.contains_key("cmd") {
        Push::from_map(&m).map(Inbound::Push)
    } else {
        Reply::from_map(&m).map(Inbound::Reply)
    }
}

/// Reads a `Uint32`/`Uint64` field (`timestamp`, `nonce`) that may be a JSON number or a
/// decimal string (2.6). Returns the value and the exact decimal text that enters the
/// signature: the number's own digits, or the string as sent (leading zeros kept, because
/// a client sending `"012345"` signed those six characters). `None` when absent, negative,
/// fractional, out of range or not decimal.
pub fn u64_field(body: &Value, key: &str) -> Option<(u64, String)> {
    match body.get(key)? {
        // serde_json keeps integers exact; a float (1.5, 1e3) gives None here.
        Value::Number(n) => n.as_u64().map(|v| (v, v.to_string())),
        Value::String(s) => {
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse::<u64>().ok().map(|v| (v, s.clone()))
        }
        _ => None,
    }
}

/// Reads a string field of a body.
pub fn str_field<'a>(body: &'a Value, key: &str) -> Option<&'a str> {
    body.get(key)?.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn duplicate_keys_are_refused_at_any_depth() {
        for text in [
            r#"{"cmd":"push_unbind_corp","headers":{"req_id":"p"},"cmd":"push_bind_corp"}"#,
            r#"{"headers":{"req_id":"a","req_id":"b"},"errcode":0}"#,
            r#"{"headers":{"req_id":"a"},"errcode":0,"body":{"secret":"x","secret":"y"}}"#,
        ] {
            let e = classify(text).unwrap_err();
            assert!(e.to_string().contains("duplicate key"), "{e}");
        }
        // Same key in different objects is fine.
        let ok = r#"{"headers":{"req_id":"a"},"errcode":0,"body":{"headers":{"req_id":"x"}}}"#;
        assert!(matches!(classify(ok), Ok(Inbound::Reply(_))));
    }

    #[test]
    fn request_without_body_omits_the_key() {
        let r = Request::new("ping", "p-1", None);
        assert_eq!(r.to_json(), r#"{"cmd":"ping","headers":{"req_id":"p-1"}}"#);
    }

    #[test]
    fn spec_register_example_parses() {
        let text = r#"{"cmd":"register","headers":{"req_id":"r-1"},
 "body":{"device_signature":"adb25448f0ef7ff694ca209eb9608e53742a30d0","nonce":123456,"timestamp":1672381950,
         "sn":"E30000000001","net_info":{"wifi_name":"wifi111","mac_address":"08:00:20:0A:8C:6D"}}}"#;
        let r = Request::parse(text).unwrap();
        assert_eq!(r.cmd, "register");
        assert_eq!(r.req_id, "r-1");
        let b = r.body.unwrap();
        assert_eq!(u64_field(&b, "nonce"), Some((123456, "123456".into())));
        assert_eq!(str_field(&b, "sn"), Some("E30000000001"));
    }

    #[test]
    fn printer_cmd_with_slash_survives() {
        let r = Request::new("printer/gen_qrcode", "x", Some(json!({"a":1})));
        assert_eq!(Request::parse(&r.to_json()).unwrap(), r);
    }

    #[test]
    fn request_missing_req_id_is_named() {
        let e = Request::parse(r#"{"cmd":"ping"}"#).unwrap_err();
        assert_eq!(e, EnvelopeError::Missing("headers.req_id"));
        assert_eq!(e.to_string(), "missing field `headers.req_id`");
        let e = Request::parse(r#"{"cmd":"ping","headers":{}}"#).unwrap_err();
        assert_eq!(e, EnvelopeError::Missing("headers.req_id"));
        let e = Request::parse(r#"{"headers":{"req_id":"1"}}"#).unwrap_err();
        assert_eq!(e, EnvelopeError::Missing("cmd"));
    }

    #[test]
    fn wrong_types_are_refused() {
        assert!(matches!(
            Request::parse(r#"{"cmd":7,"headers":{"req_id":"1"}}"#),
            Err(EnvelopeError::WrongType { field: "cmd", .. })
        ));
        assert!(matches!(
            Request::parse(r#"{"cmd":"a","headers":{"req_id":1}}"#),
            Err(EnvelopeError::WrongType {
                field: "headers.req_id",
                ..
            })
        ));
        assert!(matches!(
            Request::parse(r#"{"cmd":"a","headers":"x"}"#),
            Err(EnvelopeError::WrongType {
                field: "headers",
                ..
            })
        ));
        assert!(matches!(
            Request::parse(r#"{"cmd":"a","headers":{"req_id":"1"},"body":[1]}"#),
            Err(EnvelopeError::WrongType { field: "body", .. })
        ));
        assert!(matches!(
            Reply::parse(r#"{"errcode":"0"}"#),
            Err(EnvelopeError::WrongType {
                field: "errcode",
                ..
            })
        ));
        assert_eq!(
            Reply::parse(r#"{}"#),
            Err(EnvelopeError::Missing("errcode"))
        );
    }

    #[test]
    fn not_json_and_not_object() {
        assert!(matches!(classify("{"), Err(EnvelopeError::NotJson(_))));
        assert_eq!(classify("[1,2]"), Err(EnvelopeError::NotObject));
        assert_eq!(classify("\"x\""), Err(EnvelopeError::NotObject));
    }

    #[test]
    fn observed_error_reply_classifies_as_reply() {
        let text = r#"{"headers":{"req_id":"1001"},"errcode":600011,"errmsg":"invalid signature, hint: [1607495025_119_4fd3dea0ef8f92b54cae66c76ccd829b], reqid: [1001]"}"#;
        match classify(text).unwrap() {
            Inbound::Reply(r) => {
                assert_eq!(r.req_id.as_deref(), Some("1001"));
                assert_eq!(r.errcode, 600011);
                assert!(r.body.is_none());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn headerless_reply_is_accepted() {
        match classify(r#"{"errcode":600020,"errmsg":"not login"}"#).unwrap() {
            Inbound::Reply(r) => {
                assert_eq!(r.req_id, None);
                assert_eq!(r.errcode, 600020);
            }
            other => panic!("{other:?}"),
        }
        let r = Reply::error(None, -1, "system busy");
        assert_eq!(r.to_json(), r#"{"errcode":-1,"errmsg":"system busy"}"#);
    }

    #[test]
    fn push_examples_classify_as_pushes_and_ignore_unknown_keys() {
        let text = r#"{"body":{"hint":"device_log/20190101"},"extra":true,"headers":{"req_id":"x"},"cmd":"push_fetch_log"}"#;
        match classify(text).unwrap() {
            Inbound::Push(p) => {
                assert_eq!(p.cmd, "push_fetch_log");
                assert_eq!(p.body.unwrap()["hint"], "device_log/20190101");
            }
            other => panic!("{other:?}"),
        }
        match classify(r#"{"cmd":"push_bind_corp","headers":{"req_id":"b"}}"#).unwrap() {
            Inbound::Push(p) => assert!(p.body.is_none()),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn reply_ok_shape() {
        let r = Reply::ok("t-1", Some(json!({"timestamp":1700000000})));
        assert_eq!(
            r.to_json(),
            r#"{"headers":{"req_id":"t-1"},"body":{"timestamp":1700000000},"errcode":0,"errmsg":"ok"}"#
        );
        assert_eq!(Reply::parse(&r.to_json()).unwrap(), r);
    }

    #[test]
    fn u64_field_number_and_string_forms() {
        let b = json!({"n":18446744073709551615u64,"s":"123451","z":"012345","neg":-1,
            "f":1.5,"e":"1e3","plus":"+5","big":"18446744073709551616","empty":""});
        assert_eq!(
            u64_field(&b, "n"),
            Some((u64::MAX, "18446744073709551615".into()))
        );
        assert_eq!(u64_field(&b, "s"), Some((123451, "123451".into())));
        assert_eq!(u64_field(&b, "z"), Some((12345, "012345".into())));
        for k in ["neg", "f", "e", "plus", "big", "empty", "missing"] {
            assert_eq!(u64_field(&b, k), None, "{k}");
        }
    }

    #[test]
    fn nonce_above_2_53_is_exact() {
        // 2^53 + 1 is not representable in f64; routing through f64 would change it.
        let b: Value = serde_json::from_str(r#"{"nonce":9007199254740993}"#).unwrap();
        assert_eq!(
            u64_field(&b, "nonce"),
            Some((9007199254740993, "9007199254740993".into()))
        );
    }

    fn small_body() -> impl Strategy<Value = Option<Value>> {
        proptest::option::of(
            proptest::collection::btree_map("[a-z_]{1,8}", any::<i64>(), 0..4).prop_map(|m| {
                Value::Object(m.into_iter().map(|(k, v)| (k, Value::from(v))).collect())
            }),
        )
    }

    proptest! {
        #[test]
        fn request_round_trips(cmd in "[a-z_/]{1,20}", req in "\\PC{0,20}", body in small_body()) {
            let r = Request::new(cmd, req, body);
            prop_assert_eq!(Request::parse(&r.to_json()).unwrap(), r);
        }

        #[test]
        fn reply_round_trips(req in proptest::option::of("\\PC{0,20}"), code in any::<i64>(),
                             msg in "\\PC{0,30}", body in small_body()) {
            let r = Reply { req_id: req, body, errcode: code, errmsg: msg };
            prop_assert_eq!(Reply::parse(&r.to_json()).unwrap(), r.clone());
            prop_assert_eq!(classify(&r.to_json()).unwrap(), Inbound::Reply(r));
        }

        #[test]
        fn push_round_trips(cmd in "push_[a-z_]{1,12}", req in "\\PC{0,20}", body in small_body()) {
            let p = Push::new(cmd, req, body);
            prop_assert_eq!(classify(&p.to_json()).unwrap(), Inbound::Push(p));
        }

        #[test]
        fn classify_never_panics(s in "\\PC{0,64}") {
            let _ = classify(&s);
            let _ = Request::parse(&s);
        }
    }
}
