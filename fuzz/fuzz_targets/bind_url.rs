//! Bind/login URL parsing (`src/core/bindcode.rs`): what `qr verify`, `qr inspect`, the
//! import's `qr_url` column and the cloud emulator read from a scanned code or a file.
//! Invariants: no panic; a parsed code prints as a URL that parses back to the same code,
//! and printing is a fixed point; `verify` and `validity` accept anything parsed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wecom_hw::core::bindcode::{BindCode, encode};
use wecom_hw::core::secret::Secret;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = encode(text);
    let Ok(code) = BindCode::parse(text) else {
        return;
    };
    let url = code.to_url();
    let again = BindCode::parse(&url).expect("a printed code parses");
    assert_eq!(again, code, "url round trip");
    assert_eq!(again.to_url(), url, "printing is a fixed point");
    let _ = code.kind();
    if let BindCode::Dynamic(d) = &code {
        let secret = Secret::new("708d0b6f4d4bd97e5d4eb1cb47d260ac").expect("a valid secret");
        let _ = d.verify(&secret);
        for now in [0, d.timestamp_secs(), u64::MAX] {
            let v = d.validity(now);
            assert!(v.remaining_secs <= v.valid_for_secs);
            assert_eq!(
                v.expired,
                v.remaining_secs == 0 && v.age_secs > v.valid_for_secs as i64
            );
        }
    }
});
