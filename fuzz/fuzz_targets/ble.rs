//! BLE bytes from a device (`src/core/ble`). The first input byte picks the part:
//!
//! * `% 3 == 0` advertising data: manufacturer-data values as btleplug reports them
//!   (company ID + value), decoded strictly and leniently with every 0xED layout.
//!   Invariant: a strictly decoded value re-encodes to exactly the bytes it came from.
//! * `% 3 == 1` packet reassembly: a stream of indications of any length at advancing
//!   times, with a cap taken from the input. Invariants: the buffer never holds a whole
//!   cap's worth (`pending() < cap`), no packet exceeds the cap, every packet re-encodes
//!   and reassembles again to itself.
//! * `% 3 == 2` the phone-side session fed arbitrary indications and FCC9 values, with
//!   the signer always answering. Invariant: no panic, and a finished session stays over.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wecom_hw::core::ble::advert::{
    self, ByteOrder, EdLayout, Kind, SignOrder, check_sign, decode, decode_value,
};
use wecom_hw::core::ble::frame::{HEADER_LEN, Reassembler, fragment};
use wecom_hw::core::ble::info::Info;
use wecom_hw::core::ble::session::{Action, Goal, Session, SessionConfig};
use wecom_hw::core::ble::signer::SignAnswer;

/// Splits `data` into chunks, each prefixed by one length byte.
fn chunks(mut data: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    std::iter::from_fn(move || {
        let (&n, rest) = data.split_first()?;
        let take = (n as usize & 0x7f).min(rest.len());
        let (c, rest) = rest.split_at(take);
        data = rest;
        Some((n, c))
    })
}

fn layout(bits: u8) -> EdLayout {
    EdLayout {
        sign_first: bits & 1 != 0,
        nonce_order: if bits & 2 != 0 {
            ByteOrder::Little
        } else {
            ByteOrder::Big
        },
        sign_order: if bits & 4 != 0 {
            SignOrder::Reversed
        } else {
            SignOrder::Digest
        },
    }
}

fn adverts(data: &[u8]) {
    let mut list = Vec::new();
    for (n, value) in chunks(data) {
        let company = u16::from(n) << 8 | u16::from(value.first().copied().unwrap_or(0));
        list.push((company, value.to_vec()));
    }
    for bits in 0..8 {
        let l = layout(bits);
        for (company, value) in &list {
            if let Some(a) = decode_value(*company, value, &l, false) {
                let len = match a.kind {
                    Kind::Ee => advert::EE_LEN,
                    Kind::Ed => advert::ED_LEN,
                };
                assert_eq!(a.encode(&l), value[..len], "advert round trip");
                let _ = (a.bind().label(), a.battery_low());
                let _ = check_sign(
                    &a,
                    "dbd7f84e64ec64708df6df39aadfb039",
                    &[SignOrder::Digest, SignOrder::Reversed],
                );
            }
            let _ = decode_value(*company, value, &l, true);
            let _ = advert::ad_structure(*company, value);
        }
        let _ = decode(&list, &l);
    }
}

fn reassembly(data: &[u8]) {
    let Some((cap, data)) = data.split_first_chunk::<2>() else {
        return;
    };
    let cap = usize::from(u16::from_be_bytes(*cap)).max(HEADER_LEN);
    let mut r = Reassembler::new(cap);
    let mut now = 0u64;
    for (n, frame) in chunks(data) {
        // The top bit of the length byte lets time jump past the staleness limit.
        now += if n & 0x80 != 0 { 6_000 } else { 7 };
        for p in r.push(frame, now) {
            let wire = p.encode().expect("a received packet fits its length field");
            assert!(
                wire.len() <= cap,
                "packet of {} bytes over the {cap}-byte cap",
                wire.len()
            );
            let mut again = Reassembler::new(cap);
            let got: Vec<_> = fragment(&wire)
                .iter()
                .flat_map(|f| again.push(f, 0))
                .collect();
            assert_eq!(got, vec![p], "re-encoded packet reassembles to itself");
        }
        assert!(
            r.pending() < cap,
            "{} bytes pending with a {cap}-byte cap",
            r.pending()
        );
    }
}

fn session(data: &[u8]) {
    let Some((&sel, data)) = data.split_first() else {
        return;
    };
    let goal = if sel & 1 == 0 {
        Goal::Status
    } else {
        Goal::WifiList
    };
    let mut cfg = SessionConfig::new(1234567890);
    cfg.max_packet = 512;
    let mut s = Session::new(goal, cfg, 0);
    let mut now = 0u64;
    let mut over = false;
    for (n, bytes) in chunks(data) {
        now += 10;
        let mut pending = if n & 0x80 != 0 {
            s.on_info(bytes, now)
        } else {
            s.on_indication(bytes, now)
        };
        // Answer the signer at once, so the fuzzer can reach the later steps.
        while let Some(a) = pending.pop() {
            if let Action::Sign(req) = a {
                let answer = Ok(SignAnswer {
                    signature: "00".repeat(20),
                    server_nonce: None,
                });
                pending.extend(s.on_signed(req, answer, now));
            }
        }
        if over {
            assert!(s.is_over(), "a finished session came back to life");
        }
        over = s.is_over();
        let _ = s.on_tick(now);
    }
    let _ = Info::decode(data);
}

fuzz_target!(|data: &[u8]| {
    match data.split_first() {
        Some((sel, rest)) if sel % 3 == 0 => adverts(rest),
        Some((sel, rest)) if sel % 3 == 1 => reassembly(rest),
        Some((_, rest)) => session(rest),
        None => {}
    }
});
