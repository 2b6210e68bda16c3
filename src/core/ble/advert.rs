//! Manufacturer data of WeCom advertisements (`ble.md` section 2): the 0xEE layout (devices
//! without Bluetooth check-in) and the 0xED layout (check-in devices, MD5-signed, nonce).
//!
//! Values here are what btleplug/BlueZ report: the bytes *after* the company ID.
//! The 0xED field order and both byte orders are *assumed* (open question 4), so they are
//! configuration ([`EdLayout`]).

use md5::{Digest, Md5};

pub const MARKER_EE: u8 = 0xEE;
pub const MARKER_ED: u8 = 0xED;
/// Length of the 0xEE value after the company ID: marker, status, device ID, sign.
pub const EE_LEN: usize = 18;
/// Length of the 0xED value after the company ID: marker, status, device ID, nonce, sign.
pub const ED_LEN: usize = 22;
/// Company ID our simulator uses (0xFFFF, the SIG test value; *assumed*, `ble.md` 2.1).
pub const DEFAULT_COMPANY_ID: u16 = 0xFFFF;

/// Bind state from the low status bits (`ble.md` 2.2/2.3; 1 bound, 2 unbound).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BindState {
    Bound,
    Unbound,
    /// Any other value, kept raw.
    Unknown(u8),
}

impl BindState {
    pub fn label(self) -> String {
        match self {
            BindState::Bound => "bound".into(),
            BindState::Unbound => "unbound".into(),
            BindState::Unknown(v) => format!("unknown({v})"),
        }
    }
}

/// Byte order of a multi-byte field on air.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ByteOrder {
    #[default]
    Big,
    Little,
}

/// How the 8 sign bytes sit on air (`ble.md` 2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignOrder {
    /// `MD5(..)[0..8]` as is (the simulator default).
    #[default]
    Digest,
    /// `MD5(..)[0..8]` reversed (a firmware that writes the memcpy'd u64 big-endian).
    Reversed,
}

/// 0xED layout choices (*assumed*, open question 4). Defaults follow `ble.md` 2.3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EdLayout {
    /// Sign before nonce instead of nonce (offset 10) then sign (offset 14).
    pub sign_first: bool,
    pub nonce_order: ByteOrder,
    pub sign_order: SignOrder,
}

/// Which layout a value used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Kind {
    #[serde(rename = "ee")]
    Ee,
    #[serde(rename = "ed")]
    Ed,
}

/// A decoded WeCom advertisement value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WecomAdvert {
    pub kind: Kind,
    pub company_id: u16,
    /// The raw status byte.
    pub status: u8,
    pub device_id: u64,
    /// The 8 sign bytes as on air (0 for 0xEE per the Doc; reserved).
    pub sign: [u8; 8],
    /// Only in 0xED.
    pub nonce: Option<u32>,
}

impl WecomAdvert {
    /// Bind state from bits 1–0 (0xED) or the whole byte (0xEE, where App 3.0.2 tests `== 1`).
    pub fn bind(&self) -> BindState {
        let v = match self.kind {
            Kind::Ee => self.status,
            Kind::Ed => self.status & 0x03,
        };
        match v {
            1 => BindState::Bound,
            2 => BindState::Unbound,
            other => BindState::Unknown(other),
        }
    }

    /// Battery bit 2 of the 0xED status (1 = below 10 %); 0xEE has no battery field.
    pub fn battery_low(&self) -> Option<bool> {
        match self.kind {
            Kind::Ee => None,
            Kind::Ed => Some(self.status & 0x04 != 0),
        }
    }

    /// The value after the company ID, as a device would advertise it.
    pub fn encode(&self, layout: &EdLayout) -> Vec<u8> {
        let mut v = Vec::with_capacity(ED_LEN);
        match self.kind {
            Kind::Ee => {
                v.push(MARKER_EE);
                v.push(self.status);
                v.extend_from_slice(&self.device_id.to_be_bytes());
                v.extend_from_slice(&self.sign);
            }
            Kind::Ed => {
                v.push(MARKER_ED);
                v.push(self.status);
                v.extend_from_slice(&self.device_id.to_be_bytes());
                let nonce = self.nonce.unwrap_or(0);
                let nb = match layout.nonce_order {
                    ByteOrder::Big => nonce.to_be_bytes(),
                    ByteOrder::Little => nonce.to_le_bytes(),
                };
                if layout.sign_first {
                    v.extend_from_slice(&self.sign);
                    v.extend_from_slice(&nb);
                } else {
                    v.extend_from_slice(&nb);
                    v.extend_from_slice(&self.sign);
                }
            }
        }
        v
    }
}

/// 0xED status byte: `(battery_low << 2) | bind` (`ble.md` 2.3, bit positions *assumed*).
pub fn ed_status(bound: bool, battery_low: bool) -> u8 {
    (u8::from(battery_low) << 2) | if bound { 1 } else { 2 }
}

/// A complete AD structure (length, type 0xFF, company ID little-endian, value).
pub fn ad_structure(company_id: u16, value: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(value.len() + 4);
    v.push((value.len() + 3) as u8);
    v.push(0xFF);
    v.extend_from_slice(&company_id.to_le_bytes());
    v.extend_from_slice(value);
    v
}

/// Decodes one manufacturer-data value. The marker must be the first byte (our device rule);
/// with `lenient`, the first 0xEE anywhere is accepted too, as App 3.0.2 does.
pub fn decode_value(
    company_id: u16,
    value: &[u8],
    layout: &EdLayout,
    lenient: bool,
) -> Option<WecomAdvert> {
    let start = match value.first() {
        Some(&MARKER_EE) | Some(&MARKER_ED) => 0,
        _ if lenient => value.iter().position(|&b| b == MARKER_EE)?,
        _ => return None,
    };
    let v = &value[start..];
    let device_id = |v: &[u8]| u64::from_be_bytes(v[2..10].try_into().expect("8 bytes"));
    match v[0] {
        MARKER_EE if v.len() >= EE_LEN => Some(WecomAdvert {
            kind: Kind::Ee,
            company_id,
            status: v[1],
            device_id: device_id(v),
            sign: v[10..18].try_into().expect("8 bytes"),
            nonce: None,
        }),
        MARKER_ED if v.len() >= ED_LEN => {
            let (nonce_at, sign_at) = if layout.sign_first {
                (18, 10)
            } else {
                (10, 14)
            };
            let nb: [u8; 4] = v[nonce_at..nonce_at + 4].try_into().expect("4 bytes");
            let nonce = match layout.nonce_order {
                ByteOrder::Big => u32::from_be_bytes(nb),
                ByteOrder::Little => u32::from_le_bytes(nb),
            };
            Some(WecomAdvert {
                kind: Kind::Ed,
                company_id,
                status: v[1],
                device_id: device_id(v),
                sign: v[sign_at..sign_at + 8].try_into().expect("8 bytes"),
                nonce: Some(nonce),
            })
        }
        _ => None,
    }
}

/// Finds the WeCom value among all manufacturer data of a sighting (any company ID,
/// `ble.md` 2.1). Strict matches win over lenient ones.
pub fn decode(manufacturer_data: &[(u16, Vec<u8>)], layout: &EdLayout) -> Option<WecomAdvert> {
    let strict = manufacturer_data
        .iter()
        .find_map(|(c, v)| decode_value(*c, v, layout, false));
    strict.or_else(|| {
        manufacturer_data
            .iter()
            .find_map(|(c, v)| decode_value(*c, v, layout, true))
    })
}

/// `sign = MD5(seed ++ decimal(nonce))[0..8]` in the given order (`ble.md` 2.4, confirmed formula).
pub fn ed_sign(seed: &str, nonce: u32, order: SignOrder) -> [u8; 8] {
    let mut h = Md5::new();
    h.update(seed.as_bytes());
    h.update(itoa::Buffer::new().format(nonce).as_bytes());
    let d = h.finalize();
    let mut s: [u8; 8] = d[..8].try_into().expect("8 bytes");
    if order == SignOrder::Reversed {
        s.reverse();
    }
    s
}

/// Result of checking a 0xED sign against a known seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignCheck {
    /// Matched in this byte order.
    Ok(SignOrder),
    Mismatch,
    /// 0xEE values carry no sign.
    NotSigned,
}

impl SignCheck {
    pub fn label(self) -> &'static str {
        match self {
            SignCheck::Ok(SignOrder::Digest) => "ok",
            SignCheck::Ok(SignOrder::Reversed) => "ok(reversed)",
            SignCheck::Mismatch => "MISMATCH",
            SignCheck::NotSigned => "-",
        }
    }
}

/// Verifies a 0xED sign; `accept` lists the byte orders tried (the verifier accepts
/// either by default, `ble.md` 2.4).
pub fn check_sign(adv: &WecomAdvert, seed: &str, accept: &[SignOrder]) -> SignCheck {
    let Some(nonce) = adv.nonce else {
        return SignCheck::NotSigned;
    };
    accept
        .iter()
        .find(|o| ed_sign(seed, nonce, **o) == adv.sign)
        .map_or(SignCheck::Mismatch, |o| SignCheck::Ok(*o))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unhex(s: &str) -> Vec<u8> {
        hex::decode(s.replace(' ', "")).unwrap()
    }

    #[test]
    fn ee_example_of_the_spec_round_trips() {
        // ble.md 2.2: company 0xFFFF, device ID 12345, status 0x02, sign 0.
        let value = unhex("ee 02 00 00 00 00 00 00 30 39 00 00 00 00 00 00 00 00");
        let a = decode(&[(0xFFFF, value.clone())], &EdLayout::default()).unwrap();
        assert_eq!(
            (a.kind, a.status, a.device_id, a.nonce),
            (Kind::Ee, 2, 12345, None)
        );
        assert_eq!(a.bind(), BindState::Unbound);
        assert_eq!(a.battery_low(), None);
        assert_eq!(a.encode(&EdLayout::default()), value);
        let mut adv = unhex("02 01 06 03 03 e7 fc");
        adv.extend(ad_structure(0xFFFF, &value));
        assert_eq!(
            adv,
            unhex(
                "02 01 06 03 03 e7 fc 15 ff ff ff ee 02 00 00 00 00 00 00 30 39 00 00 00 00 00 00 00 00"
            )
        );
    }

    #[test]
    fn ed_example_of_the_spec_round_trips() {
        // ble.md 2.3: status bound, device 12345, nonce 42, seed secretNo, digest order.
        let air = unhex(
            "02 01 06 19 ff ff ff ed 01 00 00 00 00 00 00 30 39 00 00 00 2a 36 78 d8 c2 53 af a5 44",
        );
        let value = air[7..].to_vec();
        let a = decode(&[(0xFFFF, value.clone())], &EdLayout::default()).unwrap();
        assert_eq!((a.kind, a.device_id, a.nonce), (Kind::Ed, 12345, Some(42)));
        assert_eq!((a.bind(), a.battery_low()), (BindState::Bound, Some(false)));
        assert_eq!(
            check_sign(&a, "secretNo", &[SignOrder::Digest, SignOrder::Reversed]),
            SignCheck::Ok(SignOrder::Digest)
        );
        assert_eq!(
            check_sign(&a, "otherSeed", &[SignOrder::Digest, SignOrder::Reversed]),
            SignCheck::Mismatch
        );
        let mut built = unhex("02 01 06");
        built.extend(ad_structure(0xFFFF, &a.encode(&EdLayout::default())));
        assert_eq!(built, air);
    }

    #[test]
    fn ed_sign_matches_the_shared_vectors() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/test-vectors.json"
        ))
        .unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let vectors = json["ed_sign_md5_vectors"].as_array().unwrap();
        assert!(vectors.len() >= 2);
        for v in vectors {
            let seed = v["seed"].as_str().unwrap();
            let nonce = v["nonce"].as_u64().unwrap() as u32;
            assert_eq!(
                hex::encode(ed_sign(seed, nonce, SignOrder::Digest)),
                v["sign_digest_order"].as_str().unwrap()
            );
            assert_eq!(
                hex::encode(ed_sign(seed, nonce, SignOrder::Reversed)),
                v["sign_reversed"].as_str().unwrap()
            );
        }
    }

    #[test]
    fn ed_status_bits_and_alternative_layouts() {
        assert_eq!(
            [
                ed_status(true, false),
                ed_status(false, false),
                ed_status(true, true),
                ed_status(false, true)
            ],
            [1, 2, 5, 6]
        );
        let layout = EdLayout {
            sign_first: true,
            nonce_order: ByteOrder::Little,
            sign_order: SignOrder::Reversed,
        };
        let a = WecomAdvert {
            kind: Kind::Ed,
            company_id: 0x1234,
            status: 6,
            device_id: u64::MAX >> 1,
            sign: ed_sign("seed", 7, SignOrder::Reversed),
            nonce: Some(0x01020304),
        };
        let value = a.encode(&layout);
        assert_eq!(value.len(), ED_LEN);
        assert_eq!(
            &value[18..],
            &[4, 3, 2, 1],
            "little-endian nonce after the sign"
        );
        let back = decode(&[(0x1234, value.clone())], &layout).unwrap();
        assert_eq!(back, a);
        assert_eq!(
            (back.bind(), back.battery_low()),
            (BindState::Unbound, Some(true))
        );
        // Decoding the same bytes with the default layout gives a different nonce: the
        // layout really is configuration.
        assert_ne!(
            decode(&[(0x1234, value)], &EdLayout::default())
                .unwrap()
                .nonce,
            Some(0x01020304)
        );
    }

    #[test]
    fn foreign_data_is_not_wecom_and_lenient_finds_a_later_marker() {
        assert_eq!(
            decode(&[(0x004C, vec![0x02, 0x15, 1, 2, 3])], &EdLayout::default()),
            None
        );
        assert_eq!(
            decode(&[(0xFFFF, vec![0xEE, 0x02, 0, 0])], &EdLayout::default()),
            None,
            "too short"
        );
        let mut v = vec![0x01, 0x02];
        v.extend(unhex(
            "ee 01 00 00 00 00 00 00 00 07 00 00 00 00 00 00 00 00",
        ));
        let a = decode(&[(0x0059, v)], &EdLayout::default()).unwrap();
        assert_eq!((a.device_id, a.bind()), (7, BindState::Bound));
    }

    proptest::proptest! {
        #[test]
        fn any_advert_round_trips_under_any_layout(
            ed: bool, status: u8, device_id: u64, sign: [u8; 8], nonce: u32, company: u16,
            sign_first: bool, nonce_le: bool, reversed: bool,
        ) {
            let layout = EdLayout {
                sign_first,
                nonce_order: if nonce_le { ByteOrder::Little } else { ByteOrder::Big },
                sign_order: if reversed { SignOrder::Reversed } else { SignOrder::Digest },
            };
            let a = WecomAdvert {
                kind: if ed { Kind::Ed } else { Kind::Ee },
                company_id: company,
                status,
                device_id,
                sign,
                nonce: ed.then_some(nonce),
            };
            let v = a.encode(&layout);
            proptest::prop_assert_eq!(v.len(), if ed { ED_LEN } else { EE_LEN });
            proptest::prop_assert_eq!(decode(&[(company, v)], &layout), Some(a));
        }
    }
}
