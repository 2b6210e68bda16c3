//! Column headers of the vendor console's registration export and of our own CSV/NDJSON
//! inputs: normalisation and the alias table (`registration-and-labels.md` 3.2–3.3).
//!
//! The console's real layout is not published, so nothing here is final: users can always
//! map a column explicitly, and the table below is the default guess.

/// A logical field of a device row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Sn,
    SecretNo,
    DeviceId,
    QrUrl,
    ModelId,
    Remark,
    Timestamp,
    Nonce,
    State,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Sn => "sn",
            Field::SecretNo => "secret_no",
            Field::DeviceId => "device_id",
            Field::QrUrl => "qr_url",
            Field::ModelId => "model_id",
            Field::Remark => "remark",
            Field::Timestamp => "timestamp",
            Field::Nonce => "nonce",
            Field::State => "state",
        }
    }

    pub fn from_name(s: &str) -> Option<Field> {
        ALIASES
            .iter()
            .map(|(f, _)| *f)
            .find(|f| f.name() == normalize(s).to_ascii_lowercase())
    }
}

/// Default aliases per field. Matching happens after [`normalize`] on both sides.
pub const ALIASES: &[(Field, &[&str])] = &[
    (
        Field::Sn,
        &[
            "sn",
            "设备SN",
            "序列号",
            "设备序列号",
            "device_sn",
            "devicesn",
            "serial",
        ],
    ),
    (
        Field::SecretNo,
        &[
            "secret_no",
            "SecretNo",
            "密钥",
            "设备密钥",
            "seedSecretNo",
            "初始SecretNo",
            "seed_secret_no",
        ],
    ),
    (Field::DeviceId, &["device_id", "设备ID", "DeviceId"]),
    (
        Field::QrUrl,
        &[
            "qr_url",
            "二维码",
            "二维码链接",
            "二维码URL",
            "绑定二维码",
            "qr_code",
            "QRCode",
            "url",
        ],
    ),
    (Field::ModelId, &["model_id", "型号ID", "modelid"]),
    (Field::Remark, &["remark", "备注", "remark_name"]),
    (Field::Timestamp, &["timestamp"]),
    (Field::Nonce, &["nonce"]),
    (Field::State, &["state"]),
];

/// Aliases that mean the secret column holds a seed (`registration-and-labels.md` 2.4).
pub const SEED_ALIASES: &[&str] = &["seedSecretNo", "初始SecretNo", "seed_secret_no"];

/// Trim; drop BOM, zero-width characters and all whitespace; full-width ASCII forms to
/// ASCII; ASCII case-fold. Chinese characters are left as they are.
pub fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}')
        })
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            _ => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The field a header names, if any.
pub fn match_header(header: &str) -> Option<Field> {
    let h = normalize(header);
    ALIASES
        .iter()
        .find(|(_, names)| names.iter().any(|n| normalize(n) == h))
        .map(|(f, _)| *f)
}

/// The cells of a supposed header row, for an error message. When a file has no header
/// row, the "headers" are the first data row, and that row holds a SecretNo: any cell
/// that looks like a value rather than a column name (12 or more characters of letters,
/// digits, `-` or `_`, with at least one digit) is masked.
pub fn show_header_cells<S: AsRef<str>>(cells: &[S]) -> String {
    cells
        .iter()
        .map(|c| {
            let c = c.as_ref().trim();
            let value_like = c.chars().count() >= 12
                && c.chars().any(|ch| ch.is_ascii_digit())
                && c.chars()
                    .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_');
            if value_like {
                crate::core::secret::mask(c)
            } else {
                c.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// True when the header is one of the seed aliases.
pub fn is_seed_header(header: &str) -> bool {
    let h = normalize(header);
    SEED_ALIASES.iter().any(|n| normalize(n) == h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_handles_full_width_spaces_bom_and_case() {
        assert_eq!(normalize("\u{feff} Ｓ Ｎ "), "sn");
        assert_eq!(normalize("Secret\u{200b}No"), "secretno");
        assert_eq!(normalize("设备 ID"), "设备id");
        assert_eq!(match_header("ＳＮ"), Some(Field::Sn));
        assert_eq!(match_header(" SecretNO "), Some(Field::SecretNo));
        assert_eq!(match_header("设备ID"), Some(Field::DeviceId));
        assert_eq!(match_header("设备id"), Some(Field::DeviceId));
        assert_eq!(match_header("二维码 URL"), Some(Field::QrUrl));
        assert_eq!(match_header("colour"), None);
        assert!(is_seed_header("初始 SecretNo"));
        assert!(!is_seed_header("SecretNo"));
    }

    #[test]
    fn header_listings_never_show_a_secret_from_a_headerless_file() {
        let shown = show_header_cells(&["E30000000001", "708d0b6f4d4bd97e5d4eb1cb47d260ac", "x"]);
        assert!(
            !shown.contains("708d0b6f4d4bd97e5d4eb1cb47d260ac"),
            "{shown}"
        );
        assert!(!shown.contains("d0b6f4d4"), "{shown}");
        assert!(shown.ends_with(", x"), "{shown}");
        // Real headers, Chinese or English, are shown as they are.
        assert_eq!(
            show_header_cells(&["序列号", "secret_no", "二维码URL", "colour"]),
            "序列号, secret_no, 二维码URL, colour"
        );
    }

    #[test]
    fn no_alias_is_claimed_by_two_fields() {
        let mut all: Vec<String> = ALIASES
            .iter()
            .flat_map(|(_, n)| n.iter().map(|a| normalize(a)))
            .collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n);
    }
}
