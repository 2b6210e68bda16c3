//! What `sign` prints (issue 19, items 7 and 9): a batch refused before its first row
//! prints nothing on stdout; `nonce` is a string in every `--json` output, the digits as
//! signed; ages read in days once they are days. Expected signatures come from the spec's
//! test vectors, never from the code under test.

use assert_cmd::Command;
use serde_json::Value;

const SECRET: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
/// The spec's URL for SN E30000000001, timestamp 1700000000, nonce 123456 (test vectors).
const SPEC_URL: &str = "https://open.work.weixin.qq.com/connect/hardware?sn=E30000000001&timestamp=1700000000&nonce=123456&signature=3f1ec40282f30ded33ea79ce342e273fc3df8272&type=qrcode";

/// The binary with the secret in the environment and a store path that does not exist.
fn bin() -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    // The English texts asserted here are the English catalog.
    c.args(["--lang", "en"]);
    let store = std::env::temp_dir().join(format!(
        "wecom-hw-sign-output-{}/none.db",
        std::process::id()
    ));
    c.env("WECOM_HW_SECRET_NO", SECRET)
        .env("WECOM_HW_STORE", store)
        .env("NO_COLOR", "1");
    c
}

fn write(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

fn json_of(c: &mut Command) -> Value {
    let o = c.output().unwrap();
    assert!(o.status.success(), "{o:?}");
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn a_batch_refused_before_its_first_row_prints_nothing() {
    let dir = tempfile::tempdir().unwrap();
    // No secret_no column: refused at the header, nothing on stdout (used to print the
    // CSV header line first).
    let csv = write(dir.path(), "nosecret.csv", "sn,remark\nA1,x\n");
    let o = bin()
        .args(["sign", "bind", "--input"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "",
        "stdout of a refused batch"
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("no `secret_no` column"));
    // The same with a bad first row.
    let csv = write(dir.path(), "badfirst.csv", "sn,secret_no\nA_1,abc\n");
    let o = bin()
        .args(["sign", "bind", "--input"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "");
    // A later bad row: what was signed before it stays printed, under its header (the
    // documented behaviour; --output FILE is all or nothing).
    let csv = write(
        dir.path(),
        "badthird.csv",
        &format!("sn,secret_no\nE30000000001,{SECRET}\nA2\n"),
    );
    let o = bin()
        .args(["sign", "bind", "--input"])
        .arg(&csv)
        .args(["--timestamp", "1700000000", "--nonce", "123456"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    let so = String::from_utf8_lossy(&o.stdout);
    let lines: Vec<&str> = so.lines().collect();
    assert_eq!(lines.len(), 2, "{so}");
    assert_eq!(lines[0], "sn,timestamp,nonce,signature,url");
    assert!(lines[1].ends_with(SPEC_URL), "{so}");
    // An input without rows is a valid empty table: the header alone.
    let csv = write(dir.path(), "empty.csv", "sn,secret_no\n");
    let o = bin()
        .args(["sign", "register", "--input"])
        .arg(&csv)
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "sn,timestamp,nonce,signature\n"
    );
}

#[test]
fn nonce_is_a_string_in_every_json_output() {
    let dir = tempfile::tempdir().unwrap();
    let v = json_of(bin().args([
        "sign",
        "bind",
        "--sn",
        "E30000000001",
        "--timestamp",
        "1700000000",
        "--nonce",
        "123456",
        "--json",
    ]));
    assert_eq!(v["nonce"], "123456");
    assert_eq!(v["timestamp"], 1700000000);
    assert_eq!(v["url"], SPEC_URL);
    let v = json_of(bin().args([
        "sign",
        "register",
        "--sn",
        "E30000000001",
        "--timestamp",
        "1700000000",
        "--nonce",
        "123456",
        "--json",
    ]));
    assert_eq!(v["nonce"], "123456");
    // A random u64 (past 2^53 nearly always) keeps every digit: the URL carries the same.
    for _ in 0..3 {
        let v = json_of(bin().args(["sign", "bind", "--sn", "E30000000001", "--json"]));
        let n = v["nonce"].as_str().expect("nonce is a string");
        assert!(n.parse::<u64>().is_ok(), "{n}");
        let url = v["url"].as_str().unwrap();
        assert!(url.contains(&format!("&nonce={n}&")), "{url} vs {n}");
    }
    let v = json_of(
        bin()
            .args(["--json", "sign", "verify", SPEC_URL])
            .args(["--at", "1700000600"]),
    );
    assert_eq!(v["nonce"], "123456");
    assert_eq!(v["valid"], true);
    // A batch as NDJSON, with a nonce cell that has leading zeros: the string keeps the
    // signed text (and the line is JSON at all: `"nonce":000123` is not).
    let csv = write(
        dir.path(),
        "rows.csv",
        &format!(
            "sn,secret_no,nonce\nE30000000001,{SECRET},000123\nE30000000001,{SECRET},123456\n"
        ),
    );
    let o = bin()
        .args(["sign", "bind", "--input"])
        .arg(&csv)
        .args(["--timestamp", "1700000000", "--output-format", "ndjson"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    let rows: Vec<Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect();
    assert_eq!(rows[0]["nonce"], "000123");
    assert_eq!(rows[1]["nonce"], "123456");
    assert_eq!(rows[1]["url"], SPEC_URL);
    assert_eq!(rows[1]["timestamp"], 1700000000);
    // The leading-zero code verifies, and verify reports the nonce it signed.
    let url = rows[0]["url"].as_str().unwrap();
    assert!(url.contains("&nonce=000123&"), "{url}");
    let v = json_of(
        bin()
            .args(["--json", "sign", "verify", url])
            .args(["--at", "1700000001"]),
    );
    assert_eq!(
        (v["nonce"].as_str(), v["valid"].as_bool()),
        (Some("000123"), Some(true))
    );
    // qr bind too.
    let svg = dir.path().join("bind.svg");
    let v = json_of(
        bin()
            .args([
                "qr",
                "bind",
                "--sn",
                "E30000000001",
                "--timestamp",
                "1700000000",
            ])
            .args(["--nonce", "123456", "--json", "-o"])
            .arg(&svg),
    );
    assert_eq!(v["nonce"], "123456");
    assert_eq!(v["payload"], SPEC_URL);
}

#[test]
fn a_timestamp_cell_with_a_leading_zero_is_refused() {
    // Its digits would be signed as written and printed as a JSON number, which cannot
    // start with 0: `"timestamp":01700000000` is not JSON.
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "ts.csv",
        &format!("sn,secret_no,timestamp\nE30000000001,{SECRET},01700000000\n"),
    );
    let o = bin()
        .args(["--json", "sign", "bind", "--input"])
        .arg(&csv)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "ts.csv line 2: timestamp \"01700000000\" is not a decimal number without leading zeros"
        ),
        "{err}"
    );
    // Every stdout line is JSON (here: only the error object).
    for l in String::from_utf8_lossy(&o.stdout).lines() {
        serde_json::from_str::<Value>(l).unwrap_or_else(|e| panic!("{l}: {e}"));
    }
}

#[test]
fn ages_read_in_days_once_they_are_days() {
    // The spec's code, checked 1117 days, 2 hours and 5 s after it was signed: it expired
    // 30 minutes into that.
    let at = 1700000000u64 + 1117 * 86400 + 2 * 3600 + 5;
    let o = bin()
        .args(["sign", "verify", SPEC_URL, "--at", &at.to_string()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(5), "{o:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(
            "dynamic-bind code for SN E30000000001 expired 1117d 1h ago (age 1117d 2h, valid for 30m 00s)"
        ),
        "{err}"
    );
    // Minutes and seconds while they matter.
    let o = bin()
        .args(["sign", "verify", SPEC_URL, "--at", "1700000600"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "valid dynamic-bind code for SN E30000000001: age 10m 00s, 20m 00s left of 30m 00s\n"
    );
}
