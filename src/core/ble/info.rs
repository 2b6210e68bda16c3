//! The FCC9 read value (`ble.md` section 3): 6-byte MAC + 2-byte protocol version.

/// Decoded FCC9 value.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Info {
    /// The bytes as read, hex.
    pub raw: String,
    /// `AA:BB:CC:DD:EE:FF`, most significant byte first as sent; `None` when the value is short.
    pub mac: Option<String>,
    /// Decoded the App's way: the two bytes as hex text parsed as decimal (`00 02` → 2,
    /// `01 00` → 100); short or unparsable → 1 (observed, `fkm.dn`).
    pub version: u32,
}

impl Info {
    pub fn decode(bytes: &[u8]) -> Info {
        let raw = hex::encode(bytes);
        if bytes.len() < 8 {
            let mac = (bytes.len() >= 6).then(|| format_mac(&bytes[..6]));
            return Info {
                raw,
                mac,
                version: 1,
            };
        }
        let version = hex::encode(&bytes[6..8]).parse::<u32>().unwrap_or(1);
        Info {
            raw,
            mac: Some(format_mac(&bytes[..6])),
            version,
        }
    }

    /// Whether the phone should ask for the status (30004) after the handshake.
    pub fn supports_status(&self) -> bool {
        self.version >= 2
    }
}

/// Encodes a device's FCC9 value; `version` (≤ 9999) is written in the same BCD-like style
/// the App decodes (`2` → `00 02`).
pub fn encode(mac: [u8; 6], version: u16) -> [u8; 8] {
    let bcd = u16::from_str_radix(&format!("{:04}", version.min(9999)), 16)
        .expect("4 decimal digits are hex");
    let mut out = [0u8; 8];
    out[..6].copy_from_slice(&mac);
    out[6..].copy_from_slice(&bcd.to_be_bytes());
    out
}

/// `AA:BB:CC:DD:EE:FF`.
pub fn format_mac(mac: &[u8]) -> String {
    mac.iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// Parses a MAC written as `AABBCCDDEEFF`, `AA:BB:…` or `aa-bb-…` (open question 7).
pub fn parse_mac(text: &str) -> Option<[u8; 6]> {
    let hexdigits: String = text.chars().filter(|c| !matches!(c, ':' | '-')).collect();
    let bytes = hex::decode(hexdigits).ok()?;
    bytes.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_example_round_trips() {
        let v = encode([0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF], 2);
        assert_eq!(v, [0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00, 0x02]);
        let i = Info::decode(&v);
        assert_eq!(i.mac.as_deref(), Some("AA:BB:CC:DD:EE:FF"));
        assert_eq!(i.version, 2);
        assert!(i.supports_status());
        assert_eq!(i.raw, "aabbccddeeff0002");
    }

    #[test]
    fn version_is_decoded_the_app_way() {
        assert_eq!(Info::decode(&[0, 0, 0, 0, 0, 0, 0x01, 0x00]).version, 100);
        assert_eq!(
            Info::decode(&[0, 0, 0, 0, 0, 0, 0x00, 0x0a]).version,
            1,
            "hex digit a is not decimal"
        );
        assert_eq!(
            Info::decode(&[1, 2, 3, 4, 5, 6, 0]).version,
            1,
            "short value"
        );
        assert!(!Info::decode(&[1, 2, 3, 4, 5, 6]).supports_status());
        assert_eq!(Info::decode(&encode([0; 6], 100)).version, 100);
    }

    #[test]
    fn mac_text_forms() {
        let m = Some([0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF]);
        assert_eq!(parse_mac("AABBCCDDEEFF"), m);
        assert_eq!(parse_mac("aa:bb:cc:dd:ee:ff"), m);
        assert_eq!(parse_mac("aa-bb-cc-dd-ee-ff"), m);
        assert_eq!(parse_mac("aabbcc"), None);
    }
}
