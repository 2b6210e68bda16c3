//! Every `--emit` format: a golden file (tests/golden/line/, reviewed by hand; rewrite with
//! UPDATE_GOLDEN=1) and a parser-side round trip written from the format's documentation,
//! not from wecom-hw's encoder.

use crate::support::line::*;
use std::collections::HashMap;
use std::path::Path;

const FORMATS: [(&str, &str); 5] = [
    ("json", "json"),
    ("env", "env"),
    ("c-header", "h"),
    ("nvs-csv", "csv"),
    ("bin", "bin"),
];

/// Unit `i` issued in format `emit`; returns the payload bytes.
fn issue(l: &Line, i: usize, emit: &str) -> Vec<u8> {
    let out = l.path(&format!("payload-{emit}"));
    l.cmd("st1")
        .args(["line", "next", "--sn", &sn(i), "--emit", emit, "--out"])
        .arg(&out)
        .assert()
        .success();
    read(&out)
}

fn golden(ext: &str, bytes: &[u8]) {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/line/payload.{ext}"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, bytes).unwrap();
    }
    let want = std::fs::read(&p).unwrap_or_else(|_| panic!("missing golden {}", p.display()));
    assert!(want == bytes, "{ext} payload differs from {}", p.display());
}

/// What every format must carry for unit `i`.
fn expected(i: usize) -> HashMap<&'static str, String> {
    HashMap::from([
        ("sn", sn(i)),
        ("secret_no", secret(i)),
        ("seed", "0".to_owned()),
        ("device_id", device_id(i).to_string()),
        ("endpoint", "wss://openhw.work.weixin.qq.com/".to_owned()),
    ])
}

fn every_format_matches_its_golden_file_and_parses_back(b: Backend) {
    let l = Line::on(b, 5);
    for (i, (emit, ext)) in FORMATS.iter().enumerate() {
        let i = i + 1;
        let bytes = issue(&l, i, emit);
        golden(&format!("{i}.{ext}"), &bytes);
        let got = match *emit {
            "json" => parse_json(&bytes),
            "env" => parse_env(&bytes),
            "c-header" => parse_header(&bytes),
            "nvs-csv" => parse_nvs(&bytes),
            "bin" => parse_bin(&bytes),
            _ => unreachable!(),
        };
        assert_eq!(got, expected(i), "{emit}");
    }
}

fn parse_json(b: &[u8]) -> HashMap<&'static str, String> {
    let v: serde_json::Value = serde_json::from_slice(b).unwrap();
    HashMap::from([
        ("sn", v["sn"].as_str().unwrap().to_owned()),
        ("secret_no", v["secret_no"].as_str().unwrap().to_owned()),
        (
            "seed",
            if v["seed"].as_bool().unwrap() {
                "1"
            } else {
                "0"
            }
            .to_owned(),
        ),
        ("device_id", v["device_id"].as_str().unwrap().to_owned()),
        ("endpoint", v["endpoint"].as_str().unwrap().to_owned()),
    ])
}

/// Sources the file in /bin/sh and prints the variables: what a flasher script does.
fn parse_env(b: &[u8]) -> HashMap<&'static str, String> {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("p.env");
    std::fs::write(&f, b).unwrap();
    let o = std::process::Command::new("sh")
        .arg("-c")
        .arg(r#". "$0"; printf '%s\n' "$WECOM_SN" "$WECOM_SECRET_NO" "$WECOM_SEED" "$WECOM_DEVICE_ID" "$WECOM_ENDPOINT""#)
        .arg(&f)
        .output()
        .unwrap();
    let v: Vec<String> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    HashMap::from([
        ("sn", v[0].clone()),
        ("secret_no", v[1].clone()),
        ("seed", v[2].clone()),
        ("device_id", v[3].clone()),
        ("endpoint", v[4].clone()),
    ])
}

/// `#define WECOM_X "…"` / `#define WECOM_SEED 0`, with include guards.
fn parse_header(b: &[u8]) -> HashMap<&'static str, String> {
    let s = std::str::from_utf8(b).unwrap();
    assert!(s.contains("#ifndef WECOM_PROVISION_H") && s.trim_end().ends_with("#endif"));
    let mut m = HashMap::new();
    for line in s.lines().filter_map(|l| l.strip_prefix("#define WECOM_")) {
        let (k, v) = line.split_once(' ').unwrap_or((line, ""));
        let v = v.trim_matches('"').to_owned();
        let k = match k {
            "SN" => "sn",
            "SECRET_NO" => "secret_no",
            "SEED" => "seed",
            "DEVICE_ID" => "device_id",
            "ENDPOINT" => "endpoint",
            "PROVISION_H" => continue,
            k => panic!("unexpected define {k}"),
        };
        m.insert(k, v);
    }
    m
}

/// The ESP-IDF NVS partition generator's CSV: header `key,type,encoding,value`; a
/// `namespace` row first; `data` rows with an encoding from the generator's list; keys at
/// most 15 characters.
fn parse_nvs(b: &[u8]) -> HashMap<&'static str, String> {
    let mut r = csv::Reader::from_reader(b);
    assert_eq!(
        r.headers().unwrap(),
        vec!["key", "type", "encoding", "value"]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][1], "namespace");
    assert_eq!(&rows[0][0], "wecom");
    let encodings = [
        "u8", "i8", "u16", "i16", "u32", "i32", "u64", "i64", "string", "hex2bin", "base64",
        "binary",
    ];
    let mut m = HashMap::new();
    for row in &rows[1..] {
        assert_eq!(&row[1], "data");
        assert!(encodings.contains(&&row[2]), "encoding {}", &row[2]);
        assert!(row[0].len() <= 15, "NVS keys are at most 15 characters");
        if row[2].starts_with('u') {
            row[3].parse::<u64>().expect("integer value");
        }
        let k = ["sn", "secret_no", "seed", "device_id", "endpoint"]
            .into_iter()
            .find(|k| *k == &row[0])
            .unwrap_or_else(|| panic!("unexpected key {}", &row[0]));
        m.insert(k, row[3].to_owned());
    }
    m
}

/// CRC-32/ISO-HDLC written out here from its definition, independent of wecom-hw.
fn crc32(data: &[u8]) -> u32 {
    let table: Vec<u32> = (0..256u32)
        .map(|n| {
            (0..8).fold(n, |c, _| {
                if c & 1 == 1 {
                    0xEDB88320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            })
        })
        .collect();
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8)
    })
}

/// The layout documented in `line next --help` (BIN LAYOUT).
fn parse_bin(b: &[u8]) -> HashMap<&'static str, String> {
    assert_eq!(&b[0..4], b"WCHW");
    assert_eq!(b[4], 1, "version");
    let seed = b[5] & 1;
    let total = u16::from_le_bytes([b[6], b[7]]) as usize;
    assert_eq!(total, b.len());
    let (body, crc) = b.split_at(b.len() - 4);
    assert_eq!(u32::from_le_bytes(crc.try_into().unwrap()), crc32(body));
    let mut at = 8;
    let mut fields = Vec::new();
    for _ in 0..4 {
        let n = u16::from_le_bytes([body[at], body[at + 1]]) as usize;
        fields.push(String::from_utf8(body[at + 2..at + 2 + n].to_vec()).unwrap());
        at += 2 + n;
    }
    assert_eq!(at, body.len(), "nothing after the four fields but the CRC");
    HashMap::from([
        ("sn", fields[0].clone()),
        ("secret_no", fields[1].clone()),
        ("seed", seed.to_string()),
        ("device_id", fields[2].clone()),
        ("endpoint", fields[3].clone()),
    ])
}

fn the_bin_layout_is_documented_in_the_help(b: Backend) {
    let l = Line::on(b, 1);
    let o = l
        .cmd("x")
        .args(["line", "next", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(o.stdout).unwrap();
    assert!(
        help.contains("BIN LAYOUT") && help.contains("magic \"WCHW\"") && help.contains("CRC-32")
    );
}

fn a_seed_batch_carries_the_seed_secret_and_flag(b: Backend) {
    let d = tempfile::tempdir().unwrap();
    let loc = StoreLoc::new(b, d.path().join("d.db"));
    let csv = d.path().join("seed.csv");
    let seed = "0123456789abcdef0123456789abcdef";
    let mut s = String::from("SN,seedSecretNo,二维码链接\n");
    for i in 1..=3 {
        s.push_str(&format!("{},{seed},{}\n", sn(i), url(i)));
    }
    std::fs::write(&csv, s).unwrap();
    let store = &loc.location;
    let run = |args: &[&str]| {
        assert_cmd::Command::cargo_bin("wecom-hw")
            .unwrap()
            .env("WECOM_HW_STORE", store)
            .current_dir(d.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(run(&["import", csv.to_str().unwrap()]).status.success());
    let o = run(&["line", "next", "--out", "p.json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&read(&d.path().join("p.json"))).unwrap();
    assert_eq!(v["seed_secret_no"], seed);
    assert_eq!(v["seed"], true);
    assert!(v.get("secret_no").is_none());
    assert!(v["device_id"].is_null());
    let o = run(&["line", "next", "--out", "p.bin", "--emit", "bin"]);
    assert!(o.status.success());
    let b = read(&d.path().join("p.bin"));
    assert_eq!(b[5] & 1, 1, "seed flag");
}

crate::support::store::both_backends!(
    a_seed_batch_carries_the_seed_secret_and_flag,
    every_format_matches_its_golden_file_and_parses_back,
    the_bin_layout_is_documented_in_the_help,
);
