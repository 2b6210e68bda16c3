//! The wss wire codec, both halves (`src/core/wss/envelope.rs`, `src/core/wss/frame.rs`).
//! The first input byte picks the half (even: text envelope, odd: binary frame); the rest
//! is the message as the transport delivers it.
//!
//! Text: every text message a device receives goes through `classify`, every one the cloud
//! emulator receives through `Request::parse`; the typed body parsers of `messages.rs` and
//! the redaction used for transcripts run on whatever parses.
//! Binary: cloud → device `BinaryReply`, device → cloud `Upload` v1/v2, and the big-endian
//! diagnosis switch.
//!
//! Invariants: no panic; a parsed envelope re-encodes to JSON that parses back to the same
//! value (and re-encoding is a fixed point); a decoded binary frame re-encodes to exactly
//! the input bytes, and nothing decoded is larger than the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wecom_hw::core::wss::envelope::{Inbound, Push, Reply, Request, classify};
use wecom_hw::core::wss::frame::{BinaryReply, ByteOrder, Upload, peek_version};
use wecom_hw::core::wss::messages;

fn inbound_json(i: &Inbound) -> String {
    match i {
        Inbound::Reply(r) => r.to_json(),
        Inbound::Push(p) => p.to_json(),
    }
}

fn text(data: &[u8]) {
    // The transport hands text frames over as UTF-8 (tungstenite refuses anything else).
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    if let Ok(i) = classify(text) {
        let once = inbound_json(&i);
        let again = classify(&once).expect("a re-encoded envelope parses");
        assert_eq!(again, i, "classify round trip");
        assert_eq!(inbound_json(&again), once, "encoding is a fixed point");
        match &i {
            Inbound::Reply(r) => {
                let _ = messages::parse_timestamp(r);
                let _ = messages::parse_secret_no(r);
                let _ = messages::parse_active_code(r);
                let _ = messages::parse_secret(r);
                let _ = messages::parse_firmware_info(r);
                let _ = messages::parse_corp_name(r);
            }
            Inbound::Push(p) => {
                let _ = messages::PushMsg::parse(p);
            }
        }
    }

    if let Ok(r) = Request::parse(text) {
        let once = r.to_json();
        let again = Request::parse(&once).expect("a re-encoded request parses");
        assert_eq!(again, r, "request round trip");
        assert_eq!(again.to_json(), once, "encoding is a fixed point");
    }

    if let Ok(r) = Reply::parse(text) {
        let again = Reply::parse(&r.to_json()).expect("a re-encoded reply parses");
        assert_eq!(again, r, "reply round trip");
    }

    if let Ok(p) = Push::parse(text) {
        let again = Push::parse(&p.to_json()).expect("a re-encoded push parses");
        assert_eq!(again, p, "push round trip");
    }

    // Transcripts redact whatever text came in, JSON or not: no string under a credential
    // key may survive, however deep.
    assert_redacted(&messages::redact_text(text), false);
}

fn assert_redacted(v: &serde_json::Value, under_secret: bool) {
    match v {
        serde_json::Value::String(s) if under_secret => {
            assert!(
                s.starts_with("fp:"),
                "credential left in a transcript: {s:?}"
            )
        }
        serde_json::Value::Object(m) => {
            for (k, val) in m {
                assert_redacted(
                    val,
                    under_secret || messages::SECRET_KEYS.contains(&k.as_str()),
                );
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| assert_redacted(x, under_secret)),
        _ => {}
    }
}

fn binary(data: &[u8]) {
    let version = peek_version(data);

    if let Ok(r) = BinaryReply::decode(data) {
        assert_eq!(version, Some(1));
        assert_eq!(r.encode(), data, "binary reply round trip");
        assert!(r.data.len() + r.req_id.len() <= data.len());
    }

    if let Ok(u) = Upload::decode(data) {
        assert_eq!(Some(u.version), version);
        assert_eq!(u.args.is_some(), u.version == 2);
        assert_eq!(u.encode(), data, "upload round trip");
    }

    // Big-endian is only a diagnosis switch, but it parses the same untrusted bytes.
    if let Ok(r) = BinaryReply::decode_with(data, ByteOrder::Big) {
        assert!(r.data.len() + r.req_id.len() <= data.len());
        let le = r.encode();
        assert_eq!(BinaryReply::decode(&le), Ok(r), "re-encoded little-endian");
    }
}

fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((sel, rest)) if sel & 1 == 0 => text(rest),
        Some((_, rest)) => binary(rest),
        None => {}
    }
});
