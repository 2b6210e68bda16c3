//! The station profile (`station.toml`): every setting of a station, written once by the
//! line engineer so that nothing is left to be mistyped at the station. Parsing is pure:
//! [`Profile::parse`] takes the file's text and name and either gives a [`Profile`] or
//! every problem found, each with its line and what to write instead ([`ProfileError`]).
//! Reading the file and checking the world (store, printer, programs) is the caller's.
//!
//! Unknown keys are refused, not ignored: a misspelt `retires = 3` silently ignored is
//! exactly the misconfiguration the profile exists to prevent.
//!
//! The profile's [`Profile::short_hash`] (the first 12 hex digits of the file's SHA-256)
//! names the settings a unit was made with: the station shows it and writes it into every
//! ledger line.

use crate::core::payload::Emit;
use crate::i18n::Lang;
use crate::render::layout::LabelSize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Every key a profile may hold, in the order the sample lists them.
pub const KEYS: &[&str] = &[
    "station",
    "store",
    "mode",
    "slots",
    "emit",
    "flash",
    "verify",
    "flash_timeout",
    "printer",
    "label",
    "dpi",
    "format",
    "copies",
    "retries",
    "lang",
    "on_pass",
    "on_fail",
    "lead_pin_hash",
];

/// The keys of one `[[slots]]` entry.
pub const SLOT_KEYS: &[&str] = &["port"];

/// At most this many fixtures per station.
pub const MAX_SLOTS: usize = 8;

/// How a slot takes its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The operator scans the unit's SN.
    Scan,
    /// Enter (or the scanner's trigger) takes the next unissued unit.
    Next,
}

/// Printer language of the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LabelLang {
    Zpl,
    Tspl,
}

impl LabelLang {
    pub fn as_str(self) -> &'static str {
        match self {
            LabelLang::Zpl => "zpl",
            LabelLang::Tspl => "tspl",
        }
    }
}

/// Where labels go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterTo {
    /// A raw-port network printer, `tcp://HOST:PORT`.
    Tcp(String),
    /// A device file (`/dev/usb/lp0`) or a directory (one job file per unit, `SN.zpl`):
    /// which of the two is known only on the machine, so the preflight decides.
    Path(PathBuf),
}

/// One fixture.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SlotProfile {
    /// What `{port}` becomes in the flasher and verifier commands (may be empty).
    pub port: String,
}

/// A parsed profile. Paths are as written, relative ones taken from the profile's own
/// directory by the caller ([`Profile::resolve`]).
#[derive(Debug, Clone)]
pub struct Profile {
    /// The file the profile came from, for messages.
    pub file: PathBuf,
    /// `station`: the station's name in the ledger (slot `n` writes as `NAME/n`).
    pub station: String,
    /// `store`: a SQLite path or a `postgres://` URL.
    pub store: String,
    pub mode: Mode,
    pub slots: Vec<SlotProfile>,
    pub emit: Emit,
    pub flash: Option<String>,
    pub verify: Option<String>,
    pub flash_timeout: Duration,
    pub printer: Option<PrinterTo>,
    pub label: Option<LabelSize>,
    pub dpi: u32,
    pub format: LabelLang,
    pub copies: u32,
    pub retries: u32,
    pub lang: Option<Lang>,
    pub on_pass: Option<String>,
    pub on_fail: Option<String>,
    pub lead_pin_hash: Option<String>,
    /// The first 12 hex digits of the file's SHA-256.
    pub short_hash: String,
}

/// What is wrong with a profile, at which line (`None`: the file as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    pub line: Option<usize>,
    pub kind: ProfileErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileErrorKind {
    /// Not TOML: the parser's own words.
    Syntax(String),
    /// A key the profile does not have; the known key it most resembles, if any.
    UnknownKey {
        key: String,
        like: Option<&'static str>,
    },
    /// A required key is missing.
    Missing { key: &'static str },
    /// A value the key cannot take; `write` is a line that would be accepted.
    BadValue {
        key: String,
        why: BadValue,
        write: String,
    },
}

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadValue {
    /// A string was needed.
    NotText,
    /// A whole number was needed.
    NotNumber,
    /// Outside `min..=max`.
    OutOfRange { min: i64, max: i64 },
    /// Not one of the listed words.
    NotOneOf(&'static [&'static str]),
    /// Empty text where something is needed.
    Empty,
    /// A label size that does not parse.
    LabelSize,
    /// A `tcp://` printer address that does not parse.
    PrinterAddr,
    /// A command template with an unclosed quote (or nothing in it).
    Command,
    /// Not `sha256:SALT:HASH` in hex.
    PinHash,
}

impl ProfileError {
    /// The stable code of this problem.
    pub fn code(&self) -> crate::error_code::ErrorCode {
        use crate::error_code::ErrorCode as C;
        match self.kind {
            ProfileErrorKind::Syntax(_) => C::StationProfileSyntax,
            ProfileErrorKind::UnknownKey { .. } => C::StationProfileUnknownKey,
            ProfileErrorKind::Missing { .. } => C::StationProfileMissingKey,
            ProfileErrorKind::BadValue { .. } => C::StationProfileBadValue,
        }
    }

    /// One line in the reader's language: `station.toml:4: …`.
    pub fn message(&self, file: &Path) -> String {
        let at = match self.line {
            Some(n) => format!("{}:{n}", file.display()),
            None => file.display().to_string(),
        };
        match &self.kind {
            ProfileErrorKind::Syntax(e) => {
                crate::fl!(
                    "station-profile-syntax",
                    at = at,
                    error = e.trim().to_owned()
                )
            }
            ProfileErrorKind::UnknownKey { key, .. } => {
                crate::fl!("station-profile-unknown-key", at = at, key = key.clone())
            }
            ProfileErrorKind::Missing { key } => {
                crate::fl!(
                    "station-profile-missing-key",
                    at = at,
                    key = key.to_string()
                )
            }
            ProfileErrorKind::BadValue { key, why, .. } => {
                let why = match why {
                    BadValue::NotText => crate::fl!("station-profile-not-text"),
                    BadValue::NotNumber => crate::fl!("station-profile-not-number"),
                    BadValue::OutOfRange { min, max } => {
                        crate::fl!("station-profile-out-of-range", min = min, max = max)
                    }
                    BadValue::NotOneOf(words) => {
                        crate::fl!("station-profile-not-one-of", words = words.join(", "))
                    }
                    BadValue::Empty => crate::fl!("station-profile-empty"),
                    BadValue::LabelSize => crate::fl!("station-profile-label-size"),
                    BadValue::PrinterAddr => crate::fl!("station-profile-printer-addr"),
                    BadValue::Command => crate::fl!("station-profile-command"),
                    BadValue::PinHash => crate::fl!("station-profile-pin-hash"),
                };
                crate::fl!(
                    "station-profile-bad-value",
                    at = at,
                    key = key.clone(),
                    why = why
                )
            }
        }
    }

    /// What to write instead.
    pub fn hint(&self) -> String {
        match &self.kind {
            ProfileErrorKind::Syntax(_) => crate::fl!("station-profile-syntax-hint"),
            ProfileErrorKind::UnknownKey { like: Some(k), .. } => {
                crate::fl!("station-profile-unknown-key-like", key = k.to_string())
            }
            ProfileErrorKind::UnknownKey { like: None, .. } => {
                crate::fl!("station-profile-unknown-key-hint", keys = KEYS.join(", "))
            }
            ProfileErrorKind::Missing { key } => crate::fl!(
                "station-profile-missing-key-hint",
                write = example(key).to_owned()
            ),
            ProfileErrorKind::BadValue { write, .. } => {
                crate::fl!("station-profile-write", write = write.clone())
            }
        }
    }
}

/// A line the profile accepts for `key` (what a hint offers to write).
pub fn example(key: &str) -> &'static str {
    match key {
        "station" => "station = \"line-1\"",
        "store" => "store = \"devices.db\"",
        "mode" => "mode = \"scan\"",
        "slots" => "slots = 2",
        "emit" => "emit = \"json\"",
        "flash" => "flash = \"./flash.sh {file} {port}\"",
        "verify" => "verify = \"./readback.sh {port}\"",
        "flash_timeout" => "flash_timeout = 120",
        "printer" => "printer = \"tcp://192.168.1.50:9100\"",
        "label" => "label = \"40x30\"",
        "dpi" => "dpi = 203",
        "format" => "format = \"zpl\"",
        "copies" => "copies = 1",
        "retries" => "retries = 1",
        "lang" => "lang = \"zh-CN\"",
        "on_pass" => "on_pass = \"./light.sh green\"",
        "on_fail" => "on_fail = \"./light.sh red\"",
        "lead_pin_hash" => "lead_pin_hash = \"sha256:SALT:HASH\"",
        "port" => "port = \"/dev/ttyUSB0\"",
        _ => "",
    }
}

impl Profile {
    /// Parses a profile's text; `file` names it in messages. Every problem is reported,
    /// not just the first, so one edit fixes them all.
    pub fn parse(text: &str, file: &Path) -> Result<Profile, Vec<ProfileError>> {
        let doc = match toml_edit::Document::parse(text) {
            Ok(d) => d,
            Err(e) => {
                return Err(vec![ProfileError {
                    line: e.span().map(|s| line_of(text, s.start)),
                    kind: ProfileErrorKind::Syntax(e.message().to_owned()),
                }]);
            }
        };
        let mut p = Reader {
            text,
            table: doc.as_table(),
            errors: Vec::new(),
        };
        for (key, _) in p.table.iter() {
            if !KEYS.contains(&key) {
                let line = p.key_line(key);
                p.errors.push(ProfileError {
                    line,
                    kind: ProfileErrorKind::UnknownKey {
                        key: key.to_owned(),
                        like: resembles(key, KEYS),
                    },
                });
            }
        }
        let station = p.text_req("station");
        let store = p.text_req("store");
        let mode = p
            .word("mode", &["scan", "next"])
            .map(|w| if w == "next" { Mode::Next } else { Mode::Scan })
            .unwrap_or(Mode::Scan);
        let slots = p.slots();
        let emit = p
            .word("emit", &["json", "env", "c-header", "nvs-csv", "bin"])
            .map(|w| <Emit as clap::ValueEnum>::from_str(w, false).unwrap_or(Emit::Json))
            .unwrap_or(Emit::Json);
        let flash = p.command("flash");
        let verify = p.command("verify");
        let flash_timeout = p.number("flash_timeout", 1, 3600).unwrap_or(120);
        let printer = p.text_opt("printer").and_then(|s| {
            if s.starts_with("tcp://") {
                if crate::net::printer::addr(&s).is_ok() {
                    Some(PrinterTo::Tcp(s))
                } else {
                    p.bad("printer", BadValue::PrinterAddr);
                    None
                }
            } else {
                Some(PrinterTo::Path(PathBuf::from(s)))
            }
        });
        let label = p
            .text_opt("label")
            .and_then(|s| match s.parse::<LabelSize>() {
                Ok(l) => Some(l),
                Err(_) => {
                    p.bad("label", BadValue::LabelSize);
                    None
                }
            });
        let dpi = p.number("dpi", 100, 1200).unwrap_or(203) as u32;
        let format = p
            .word("format", &["zpl", "tspl"])
            .map(|w| {
                if w == "tspl" {
                    LabelLang::Tspl
                } else {
                    LabelLang::Zpl
                }
            })
            .unwrap_or(LabelLang::Zpl);
        let copies = p.number("copies", 1, 100).unwrap_or(1) as u32;
        let retries = p.number("retries", 0, 10).unwrap_or(1) as u32;
        let lang = p
            .word("lang", &["zh-CN", "en"])
            .map(|w| if w == "en" { Lang::En } else { Lang::ZhCn });
        let on_pass = p.command("on_pass");
        let on_fail = p.command("on_fail");
        let lead_pin_hash = p.text_opt("lead_pin_hash").and_then(|h| {
            if parse_pin_hash(&h).is_some() {
                Some(h)
            } else {
                p.bad("lead_pin_hash", BadValue::PinHash);
                None
            }
        });
        if !p.errors.is_empty() {
            p.errors.sort_by_key(|e| e.line.unwrap_or(0));
            return Err(p.errors);
        }
        Ok(Profile {
            file: file.to_owned(),
            station: station.unwrap_or_default(),
            store: store.unwrap_or_default(),
            mode,
            slots,
            emit,
            flash,
            verify,
            flash_timeout: Duration::from_secs(flash_timeout as u64),
            printer,
            label,
            dpi,
            format,
            copies,
            retries,
            lang,
            on_pass,
            on_fail,
            lead_pin_hash,
            short_hash: short_hash(text.as_bytes()),
        })
    }

    /// The profile with its relative `store` and printer paths taken from `dir` (the
    /// profile's own directory): the profile means the same wherever the station starts.
    pub fn resolve(mut self, dir: &Path) -> Profile {
        let rel = |p: &Path| {
            if p.is_relative() {
                dir.join(p)
            } else {
                p.to_owned()
            }
        };
        if !self.store.starts_with("postgres://") && !self.store.starts_with("postgresql://") {
            self.store = rel(Path::new(&self.store)).display().to_string();
        }
        if let Some(PrinterTo::Path(p)) = &self.printer {
            self.printer = Some(PrinterTo::Path(rel(p)));
        }
        self
    }
}

/// The first 12 hex digits of the SHA-256 of `bytes`.
pub fn short_hash(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))[..12].to_owned()
}

/// `sha256:SALT:HASH` (hex) → (salt, hash).
fn parse_pin_hash(s: &str) -> Option<(Vec<u8>, Vec<u8>)> {
    let mut parts = s.split(':');
    let (Some("sha256"), Some(salt), Some(hash), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let salt = hex::decode(salt).ok().filter(|s| s.len() >= 8)?;
    let hash = hex::decode(hash).ok().filter(|h| h.len() == 32)?;
    Some((salt, hash))
}

/// The stored form of a lead PIN: `sha256:SALT:HASH`, SHA-256 over the salt then the PIN.
pub fn hash_pin(pin: &str, salt: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(pin.as_bytes());
    format!("sha256:{}:{}", hex::encode(salt), hex::encode(h.finalize()))
}

/// Whether `pin` matches a stored `sha256:SALT:HASH` (compared in constant time).
pub fn pin_matches(stored: &str, pin: &str) -> bool {
    let Some((salt, want)) = parse_pin_hash(stored) else {
        return false;
    };
    let mut h = Sha256::new();
    h.update(&salt);
    h.update(pin.as_bytes());
    let got = h.finalize();
    got.iter().zip(&want).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The known key a mistyped one most resembles (at most 2 edits away, or differing only
/// in `-` for `_` and letter case).
fn resembles(key: &str, known: &[&'static str]) -> Option<&'static str> {
    let norm = key.to_ascii_lowercase().replace('-', "_");
    known
        .iter()
        .map(|k| (edits(&norm, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// One key of a `[[slots]]` entry: its name, line and text value (if it is text).
type SlotEntry = (String, Option<usize>, Option<String>);

/// Reads typed values out of the root table, collecting every problem.
struct Reader<'a> {
    text: &'a str,
    table: &'a toml_edit::Table,
    errors: Vec<ProfileError>,
}

impl Reader<'_> {
    fn key_line(&self, key: &str) -> Option<usize> {
        let (k, item) = self.table.get_key_value(key)?;
        k.span()
            .or_else(|| item.span())
            .map(|s| line_of(self.text, s.start))
    }

    fn bad(&mut self, key: &str, why: BadValue) {
        let line = self.key_line(key);
        self.errors.push(ProfileError {
            line,
            kind: ProfileErrorKind::BadValue {
                key: key.to_owned(),
                why,
                write: example(key).to_owned(),
            },
        });
    }

    fn text_opt(&mut self, key: &str) -> Option<String> {
        let item = self.table.get(key)?;
        match item.as_str() {
            Some(s) if s.trim().is_empty() => {
                self.bad(key, BadValue::Empty);
                None
            }
            Some(s) => Some(s.trim().to_owned()),
            None => {
                self.bad(key, BadValue::NotText);
                None
            }
        }
    }

    fn text_req(&mut self, key: &'static str) -> Option<String> {
        if self.table.get(key).is_none() {
            self.errors.push(ProfileError {
                line: None,
                kind: ProfileErrorKind::Missing { key },
            });
            return None;
        }
        self.text_opt(key)
    }

    fn word(&mut self, key: &str, words: &'static [&'static str]) -> Option<&'static str> {
        let s = self.text_opt(key)?;
        match words.iter().find(|w| w.eq_ignore_ascii_case(&s)) {
            Some(w) => Some(w),
            None => {
                self.bad(key, BadValue::NotOneOf(words));
                None
            }
        }
    }

    fn number(&mut self, key: &str, min: i64, max: i64) -> Option<i64> {
        let item = self.table.get(key)?;
        match item.as_integer() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(_) => {
                self.bad(key, BadValue::OutOfRange { min, max });
                None
            }
            None => {
                self.bad(key, BadValue::NotNumber);
                None
            }
        }
    }

    /// A command template: it must split into words (see `io::runner::argv`).
    fn command(&mut self, key: &str) -> Option<String> {
        let s = self.text_opt(key)?;
        match crate::io::runner::argv(&s, &[]) {
            Ok(w) if !w.is_empty() => Some(s),
            _ => {
                self.bad(key, BadValue::Command);
                None
            }
        }
    }

    /// `slots = N`, or `[[slots]]` entries (or an inline array of tables) each with its
    /// `port`. No key: one slot without a port.
    fn slots(&mut self) -> Vec<SlotProfile> {
        let one = vec![SlotProfile::default()];
        let Some(item) = self.table.get("slots") else {
            return one;
        };
        let range = BadValue::OutOfRange {
            min: 1,
            max: MAX_SLOTS as i64,
        };
        if let Some(n) = item.as_integer() {
            if (1..=MAX_SLOTS as i64).contains(&n) {
                return vec![SlotProfile::default(); n as usize];
            }
            self.bad("slots", range);
            return one;
        }
        let tables: Vec<Vec<SlotEntry>> = if let Some(aot) = item.as_array_of_tables() {
            aot.iter()
                .map(|t| {
                    let line = t.span().map(|s| line_of(self.text, s.start));
                    t.iter()
                        .map(|(k, v)| {
                            let l = t
                                .get_key_value(k)
                                .and_then(|(k, _)| k.span())
                                .map(|s| line_of(self.text, s.start))
                                .or(line);
                            (k.to_owned(), l, v.as_str().map(str::to_owned))
                        })
                        .collect()
                })
                .collect()
        } else if let Some(arr) = item.as_array() {
            let line = self.key_line("slots");
            let mut v = Vec::new();
            for e in arr.iter() {
                let Some(t) = e.as_inline_table() else {
                    self.bad("slots", BadValue::NotNumber);
                    return one;
                };
                let kv = t
                    .iter()
                    .map(|(k, v)| (k.to_owned(), line, v.as_str().map(str::to_owned)))
                    .collect();
                v.push(kv);
            }
            v
        } else {
            self.bad("slots", BadValue::NotNumber);
            return one;
        };
        if tables.is_empty() || tables.len() > MAX_SLOTS {
            self.bad("slots", range);
            return one;
        }
        let mut slots = Vec::new();
        for kv in tables {
            let mut s = SlotProfile::default();
            for (k, line, v) in kv {
                if !SLOT_KEYS.contains(&k.as_str()) {
                    self.errors.push(ProfileError {
                        line,
                        kind: ProfileErrorKind::UnknownKey {
                            like: resembles(&k, SLOT_KEYS),
                            key: k,
                        },
                    });
                    continue;
                }
                match v {
                    Some(p) => s.port = p,
                    None => self.errors.push(ProfileError {
                        line,
                        kind: ProfileErrorKind::BadValue {
                            key: k,
                            why: BadValue::NotText,
                            write: example("port").to_owned(),
                        },
                    }),
                }
            }
            slots.push(s);
        }
        slots
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
station = "line-1"
store = "devices.db"
mode = "scan"
emit = "nvs-csv"
flash = "./flash.sh {file} {port}"
verify = "./readback.sh {port}"
flash_timeout = 60
printer = "tcp://127.0.0.1:9100"
label = "40x30"
dpi = 300
format = "tspl"
copies = 2
retries = 2
lang = "zh-CN"
on_pass = "./light.sh green"
on_fail = "./light.sh red"

[[slots]]
port = "/dev/ttyUSB0"

[[slots]]
port = "/dev/ttyUSB1"
"#;

    fn parse(t: &str) -> Result<Profile, Vec<ProfileError>> {
        Profile::parse(t, Path::new("station.toml"))
    }

    #[test]
    fn every_key_is_read() {
        let p = parse(GOOD).unwrap();
        assert_eq!(p.station, "line-1");
        assert_eq!(p.mode, Mode::Scan);
        assert_eq!(p.emit, Emit::NvsCsv);
        assert_eq!(p.slots.len(), 2);
        assert_eq!(p.slots[1].port, "/dev/ttyUSB1");
        assert_eq!(p.flash_timeout, Duration::from_secs(60));
        assert_eq!(
            p.printer,
            Some(PrinterTo::Tcp("tcp://127.0.0.1:9100".into()))
        );
        assert_eq!(
            (p.dpi, p.format, p.copies, p.retries),
            (300, LabelLang::Tspl, 2, 2)
        );
        assert_eq!(p.lang, Some(Lang::ZhCn));
        assert_eq!(p.short_hash.len(), 12);
        assert_eq!(p.short_hash, short_hash(GOOD.as_bytes()));
        // Every key of the list is in the sample above but lead_pin_hash (tested below).
        for k in KEYS.iter().filter(|k| **k != "lead_pin_hash") {
            assert!(GOOD.contains(&format!("{k} ")) || *k == "slots", "{k}");
        }
    }

    #[test]
    fn slots_as_a_count_or_inline() {
        let p = parse("station = \"a\"\nstore = \"s.db\"\nslots = 4\n").unwrap();
        assert_eq!(p.slots.len(), 4);
        let p = parse(
            "station = \"a\"\nstore = \"s.db\"\nslots = [{port = \"p0\"}, {port = \"p1\"}]\n",
        )
        .unwrap();
        assert_eq!(p.slots[0].port, "p0");
        let e = parse("station = \"a\"\nstore = \"s.db\"\nslots = 9\n").unwrap_err();
        assert_eq!(e[0].line, Some(3));
        assert!(matches!(
            e[0].kind,
            ProfileErrorKind::BadValue {
                why: BadValue::OutOfRange { min: 1, max: 8 },
                ..
            }
        ));
    }

    #[test]
    fn unknown_keys_are_refused_at_their_line_with_the_likely_key() {
        let e = parse("station = \"a\"\nstore = \"s.db\"\n\nretires = 3\nfoo = 1\n").unwrap_err();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].line, Some(4));
        assert_eq!(
            e[0].kind,
            ProfileErrorKind::UnknownKey {
                key: "retires".into(),
                like: Some("retries")
            }
        );
        assert_eq!(e[1].line, Some(5));
        assert_eq!(
            e[1].kind,
            ProfileErrorKind::UnknownKey {
                key: "foo".into(),
                like: None
            }
        );
        assert!(e[0].hint().contains("retries"));
        assert_eq!(e[0].code().as_str(), "station.profile_unknown_key");
        let e = parse("station = \"a\"\nstore = \"s.db\"\n[[slots]]\nprot = \"x\"\n").unwrap_err();
        assert_eq!(e[0].line, Some(4));
    }

    #[test]
    fn bad_values_say_what_to_write() {
        let e = parse(
            "station = \"a\"\nstore = \"s.db\"\nmode = \"scn\"\ncopies = 0\nprinter = \"tcp://x\"\n\
             label = \"big\"\nflash = \"'open\"\nlead_pin_hash = \"1234\"\nretries = \"2\"\n",
        )
        .unwrap_err();
        let lines: Vec<_> = e.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7, 8, 9].map(Some));
        match &e[0].kind {
            ProfileErrorKind::BadValue { key, why, write } => {
                assert_eq!(key, "mode");
                assert_eq!(*why, BadValue::NotOneOf(&["scan", "next"]));
                assert_eq!(write, "mode = \"scan\"");
            }
            k => panic!("{k:?}"),
        }
        assert!(
            e[0].message(Path::new("station.toml"))
                .starts_with("station.toml:3: ")
        );
        assert!(e[0].hint().contains("mode = \"scan\""));
        assert!(
            e.iter()
                .all(|e| e.code().as_str() == "station.profile_bad_value")
        );
    }

    #[test]
    fn missing_keys_and_syntax() {
        let e = parse("mode = \"next\"\n").unwrap_err();
        let missing: Vec<_> = e
            .iter()
            .map(|e| match e.kind {
                ProfileErrorKind::Missing { key } => key,
                _ => "",
            })
            .collect();
        assert_eq!(missing, ["station", "store"]);
        let e = parse("station = \"a\"\nstore = \n").unwrap_err();
        assert_eq!(e[0].line, Some(2));
        assert!(matches!(e[0].kind, ProfileErrorKind::Syntax(_)));
    }

    #[test]
    fn pins_are_salted_hashes() {
        let h = hash_pin("4711", b"0123456789abcdef");
        assert!(h.starts_with("sha256:30313233"));
        assert!(pin_matches(&h, "4711"));
        assert!(!pin_matches(&h, "4712"));
        let other = hash_pin("4711", b"fedcba9876543210");
        assert_ne!(h, other, "the salt changes the stored form");
        let p = parse(&format!(
            "station = \"a\"\nstore = \"s.db\"\nlead_pin_hash = \"{h}\"\n"
        ))
        .unwrap();
        assert_eq!(p.lead_pin_hash.as_deref(), Some(h.as_str()));
    }

    #[test]
    fn relative_paths_are_the_profiles() {
        let p = parse("station = \"a\"\nstore = \"s.db\"\nprinter = \"labels\"\n")
            .unwrap()
            .resolve(Path::new("/etc/line"));
        assert_eq!(p.store, "/etc/line/s.db");
        assert_eq!(p.printer, Some(PrinterTo::Path("/etc/line/labels".into())));
        let p = parse("station = \"a\"\nstore = \"postgres://h/db\"\n")
            .unwrap()
            .resolve(Path::new("/etc/line"));
        assert_eq!(p.store, "postgres://h/db");
    }
}
