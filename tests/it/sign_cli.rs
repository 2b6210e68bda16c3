//! `wecom-hw sign` through the real binary: every scene, --explain, verify, batches, every
//! secret source, and bad input. Expected digests come from the spec's test vectors, never
//! from the code under test.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::io::Write;

const SECRET: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
const SEED: &str = "dbd7f84e64ec64708df6df39aadfb039";

fn vectors() -> Value {
    serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/test-vectors.json"
    )))
    .unwrap()
}

fn vector(name: &str) -> Value {
    vectors()["sha1_sorted_vectors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == name)
        .unwrap_or_else(|| panic!("no vector {name}"))
        .clone()
}

/// The binary with a clean environment: no secret leaks in from the caller, and a device
/// store path that does not exist, so the user's own store is never read.
fn bin() -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    // The English texts asserted here are the English catalog.
    c.args(["--lang", "en"]);
    let store =
        std::env::temp_dir().join(format!("wecom-hw-sign-cli-{}/none.db", std::process::id()));
    c.env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", store)
        .env("NO_COLOR", "1");
    c
}

fn stdout_of(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `c` and returns (exit code, stdout, stderr), asserting the secret appears nowhere.
fn run_checked(c: &mut Command, secrets: &[&str]) -> (i32, String, String) {
    let out = c.output().unwrap();
    let so = String::from_utf8_lossy(&out.stdout).into_owned();
    let se = String::from_utf8_lossy(&out.stderr).into_owned();
    for s in secrets {
        assert!(!so.contains(s), "secret on stdout: {so}");
        assert!(!se.contains(s), "secret on stderr: {se}");
    }
    (out.status.code().unwrap_or(-1), so, se)
}

#[test]
fn each_scene_matches_its_vector() {
    for (scene, name, state) in [
        ("bind", "qrcode_E30000000001_1700000000", None),
        (
            "login",
            "dynamic_login_E30000000001_1672381950",
            Some("qrcode_login"),
        ),
        ("register", "register_E30000000001_1672381950", None),
        ("secret-no", "get_secret_no_E30000000001_1672381950", None),
    ] {
        let v = vector(name);
        let i = &v["inputs"];
        let secret = i
            .get("secret_no")
            .or(i.get("seed_secret_no"))
            .unwrap()
            .as_str()
            .unwrap();
        let mut c = bin();
        c.args(["sign", scene, "--sn", i["sn"].as_str().unwrap()])
            .args(["--timestamp", i["timestamp"].as_str().unwrap()])
            .args(["--nonce", i["nonce"].as_str().unwrap()])
            .env("WECOM_HW_SECRET_NO", secret);
        if let Some(s) = state {
            c.args(["--state", s]);
        }
        let (code, so, _) = run_checked(&mut c, &[secret]);
        assert_eq!(code, 0, "{scene}");
        assert_eq!(so.trim(), v["sha1"].as_str().unwrap(), "{scene}");
    }
}

#[test]
fn url_flag_prints_the_spec_url() {
    let urls = &vectors()["qr_urls"];
    let so = stdout_of(
        bin()
            .args([
                "sign",
                "login",
                "--sn",
                "E30000000001",
                "--timestamp",
                "1672381950",
            ])
            .args(["--nonce", "123456", "--state", "qrcode_login", "--url"])
            .env("WECOM_HW_SECRET_NO", SECRET),
    );
    assert_eq!(
        so.trim(),
        urls["dynamic_login_E30000000001_1672381950"]
            .as_str()
            .unwrap()
    );
}

#[test]
fn defaults_use_now_and_a_random_nonce() {
    let run = || -> Value {
        let so = stdout_of(
            bin()
                .args(["sign", "bind", "--sn", "A1", "--json"])
                .env("WECOM_HW_SECRET_NO", SECRET),
        );
        serde_json::from_str(&so).unwrap()
    };
    let (a, b) = (run(), run());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(now.abs_diff(a["timestamp"].as_u64().unwrap()) < 60);
    assert_ne!(a["nonce"], b["nonce"], "two random nonces collided");
    assert_ne!(a["signature"], b["signature"]);
}

#[test]
fn explain_shows_sorted_order_and_masks_the_secret() {
    let v = vector("qrcode_string_vs_number_trap");
    let (code, so, _) = run_checked(
        bin()
            .args([
                "sign",
                "bind",
                "--sn",
                "3389153100001",
                "--timestamp",
                "1500133456",
            ])
            .args(["--nonce", "99", "--explain"])
            .env("WECOM_HW_SECRET_NO", "ed712d95cee095898c7838c57e99a403"),
        &["ed712d95cee095898c7838c57e99a403", "d95cee0958"],
    );
    assert_eq!(code, 0);
    // The trap: "1500133456" sorts before "99" because numbers compare as text.
    let ts = so.find("timestamp  1500133456").expect(&so);
    let nonce = so.find("nonce      99").expect(&so);
    assert!(ts < nonce, "{so}");
    assert!(so.contains(v["sha1"].as_str().unwrap()));
    assert!(
        so.contains("canonical   1500133456338915310000199ed"),
        "{so}"
    );

    let (_, so, _) = run_checked(
        bin()
            .args([
                "sign",
                "bind",
                "--sn",
                "3389153100001",
                "--timestamp",
                "1500133456",
            ])
            .args(["--nonce", "99", "--explain", "--json"])
            .env("WECOM_HW_SECRET_NO", "ed712d95cee095898c7838c57e99a403"),
        &["ed712d95cee095898c7838c57e99a403"],
    );
    let j: Value = serde_json::from_str(&so).unwrap();
    let order: Vec<&str> = j["explain"]["sorted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["timestamp", "sn", "nonce", "SecretNo", "type"]);
}

#[test]
fn verify_valid_tampered_expired_malformed() {
    let url = vectors()["qr_urls"]["qrcode_E30000000001_1700000000"]
        .as_str()
        .unwrap()
        .to_owned();
    let verify = |u: &str, at: &str| {
        let mut c = bin();
        c.args(["sign", "verify", u, "--at", at])
            .env("WECOM_HW_SECRET_NO", SECRET);
        run_checked(&mut c, &[SECRET])
    };
    let (code, so, _) = verify(&url, "1700000600");
    assert_eq!(code, 0);
    assert!(
        so.contains("valid dynamic-bind code for SN E30000000001"),
        "{so}"
    );
    assert!(so.contains("age 10m 00s, 20m 00s left"), "{so}");

    let tampered = url.replace("nonce=123456", "nonce=123457");
    let (code, _, se) = verify(&tampered, "1700000600");
    assert_eq!(code, 4, "{se}");
    assert!(
        se.contains("signature does not match for SN E30000000001"),
        "{se}"
    );

    let (code, _, se) = verify(&url, "1700001801");
    assert_eq!(code, 5, "{se}");
    assert!(se.contains("expired 1s ago"), "{se}");

    let (code, _, se) = verify("https://open.work.weixin.qq.com/connect/hardware?sn=A", "0");
    assert_eq!(code, 3, "{se}");
    assert!(se.contains("malformed URL"), "{se}");
    assert_eq!(se.trim().lines().count(), 1, "one-line error: {se}");

    // --json carries the verdict as data, once.
    let out = bin()
        .args(["sign", "verify", &tampered, "--at", "1700000600", "--json"])
        .env("WECOM_HW_SECRET_NO", SECRET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let so = String::from_utf8(out.stdout).unwrap();
    assert_eq!(so.lines().count(), 1, "{so}");
    let j: Value = serde_json::from_str(&so).unwrap();
    assert_eq!(j["valid"], false);
    assert_eq!(j["reason"], "bad-signature");
}

#[test]
fn every_secret_source_works_and_none_leaks() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("secret.txt");
    std::fs::write(&file, format!("{SEED}\n")).unwrap();
    let want = vector("get_secret_no_E30000000001_1672381950")["sha1"]
        .as_str()
        .unwrap()
        .to_owned();
    let base = |c: &mut Command| {
        c.args(["sign", "secret-no", "--sn", "E30000000001"]).args([
            "--timestamp",
            "1672381950",
            "--nonce",
            "123456",
            "--json",
            "-v",
        ]);
    };
    // file
    let mut c = bin();
    base(&mut c);
    c.arg("--secret-file").arg(&file);
    let (code, so, se) = run_checked(&mut c, &[SEED]);
    assert_eq!(code, 0, "{se}");
    assert!(so.contains(&want));
    assert!(se.contains("from file"), "-v names the source: {se}");
    // stdin
    let mut c = bin();
    base(&mut c);
    c.arg("--secret-stdin").write_stdin(format!("{SEED}\n"));
    let (code, so, _) = run_checked(&mut c, &[SEED]);
    assert_eq!(code, 0);
    assert!(so.contains(&want));
    // default env var
    let mut c = bin();
    base(&mut c);
    c.env("WECOM_HW_SECRET_NO", SEED);
    let (code, so, _) = run_checked(&mut c, &[SEED]);
    assert_eq!(code, 0);
    assert!(so.contains(&want));
    // named env var
    let mut c = bin();
    base(&mut c);
    c.args(["--secret-env", "MY_SEED"]).env("MY_SEED", SEED);
    let (code, so, _) = run_checked(&mut c, &[SEED]);
    assert_eq!(code, 0);
    assert!(so.contains(&want));
}

#[test]
fn no_flag_accepts_a_secret_value() {
    let help = stdout_of(bin().args(["sign", "bind", "--help"]));
    assert!(help.contains("--secret-file"));
    for flag in ["--secret ", "--secret-no ", "--secret=", "--secretno"] {
        assert!(!help.contains(flag), "{flag} in help");
    }
    bin()
        .args(["sign", "bind", "--sn", "A1", "--secret", SECRET])
        .assert()
        .code(2);
}

#[test]
fn bad_input_gives_one_line_and_a_documented_code() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "\n").unwrap();
    let cases: Vec<(Vec<String>, Option<&str>, i32, &str)> = vec![
        (
            vec!["--sn".into(), "A1".into()],
            None,
            3,
            "no SecretNo given for SN A1",
        ),
        (
            vec![
                "--sn".into(),
                "A1".into(),
                "--secret-file".into(),
                empty.display().to_string(),
            ],
            None,
            3,
            "the secret is empty",
        ),
        (
            vec!["--sn".into(), "A-1".into()],
            Some(SECRET),
            3,
            "only 0-9, A-Z and a-z",
        ),
        (
            vec!["--sn".into(), "A".repeat(129)],
            Some(SECRET),
            3,
            "at most 128",
        ),
        (
            vec![
                "--sn".into(),
                "A1".into(),
                "--secret-file".into(),
                "/nonexistent/s".into(),
            ],
            None,
            10,
            "cannot read SecretNo from secret file",
        ),
    ];
    for (args, env, code, msg) in cases {
        let mut c = bin();
        c.args(["sign", "bind"]).args(&args);
        if let Some(s) = env {
            c.env("WECOM_HW_SECRET_NO", s);
        }
        let (got, so, se) = run_checked(&mut c, &[SECRET]);
        assert_eq!(got, code, "{args:?}: {se}");
        assert!(so.is_empty(), "{args:?}: nothing on stdout: {so}");
        assert!(se.contains(msg), "{args:?}: {se}");
        assert!(se.lines().next().unwrap().starts_with("error: "), "{se}");
    }
    // A non-numeric timestamp is a usage error naming the flag.
    bin()
        .args(["sign", "bind", "--sn", "A1", "--timestamp", "soon"])
        .env("WECOM_HW_SECRET_NO", SECRET)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--timestamp"));
}

fn write(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::File::create(&p)
        .unwrap()
        .write_all(body.as_bytes())
        .unwrap();
    p
}

#[test]
fn batch_csv_and_ndjson_match_single_signatures() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "devices.csv",
        "\u{feff}设备SN, SecretNo ,remark\n3389153100001,ed712d95cee095898c7838c57e99a403,x\n\nE30000000001,708d0b6f4d4bd97e5d4eb1cb47d260ac,y\n",
    );
    let so = stdout_of(bin().args(["sign", "bind", "--input"]).arg(&csv).args([
        "--timestamp",
        "1500133456",
        "--nonce",
        "17394011",
        "-q",
    ]));
    let lines: Vec<&str> = so.lines().collect();
    assert_eq!(lines[0], "sn,timestamp,nonce,signature,url");
    assert_eq!(lines.len(), 3, "{so}");
    let urls = &vectors()["qr_urls"];
    assert_eq!(
        lines[1],
        format!(
            "3389153100001,1500133456,17394011,195505fdc0f0d3d6eb5a41a42f2d9c75744ab7e6,{}",
            urls["qrcode_3389153100001"].as_str().unwrap()
        )
    );

    let nd = write(
        dir.path(),
        "devices.ndjson",
        "{\"sn\":\"E30000000001\",\"secret_no\":\"708d0b6f4d4bd97e5d4eb1cb47d260ac\",\"timestamp\":1700000000,\"nonce\":\"123456\"}\n",
    );
    let out = dir.path().join("out.ndjson");
    bin()
        .args(["sign", "bind", "--input"])
        .arg(&nd)
        .arg("--output")
        .arg(&out)
        .args(["--output-format", "ndjson"])
        .assert()
        .success();
    let j: Value = serde_json::from_str(std::fs::read_to_string(&out).unwrap().trim()).unwrap();
    assert_eq!(
        j["url"],
        urls["qrcode_E30000000001_1700000000"].as_str().unwrap()
    );
    assert_eq!(j["timestamp"], 1700000000);
}

#[test]
fn batch_errors_name_the_line_and_leave_no_output_file() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "bad.csv",
        "sn,secret_no\nA1,708d0b6f4d4bd97e5d4eb1cb47d260ac\nA2\n",
    );
    let out = dir.path().join("out.csv");
    let (code, _, se) = run_checked(
        bin()
            .args(["sign", "bind", "--input"])
            .arg(&csv)
            .arg("--output")
            .arg(&out),
        &["708d0b6f4d4bd97e5d4eb1cb47d260ac"],
    );
    assert_eq!(code, 3);
    assert!(
        se.contains("bad.csv line 3: missing column `secret_no`"),
        "{se}"
    );
    assert!(!out.exists(), "no half-written output");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp file left"
    );

    let csv = write(dir.path(), "nosecret.csv", "sn,remark\nA1,x\n");
    let (code, _, se) = run_checked(bin().args(["sign", "bind", "--input"]).arg(&csv), &[]);
    assert_eq!(code, 3);
    assert!(
        se.contains("line 1: no `secret_no` column (headers: sn, remark)"),
        "{se}"
    );

    let csv = write(dir.path(), "badsn.csv", "sn,secret_no\nA_1,abc\n");
    let (code, _, se) = run_checked(bin().args(["sign", "bind", "--input"]).arg(&csv), &[]);
    assert_eq!(code, 3);
    assert!(se.contains("badsn.csv line 2: sn \"A_1\""), "{se}");
}

#[test]
fn tests_use_the_spec_vectors_verbatim() {
    // The copy under tests/data must stay identical to the spec when the spec is beside us.
    let spec = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/spec/test-vectors.json"
    );
    if let Ok(s) = std::fs::read_to_string(spec) {
        assert_eq!(
            s,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/test-vectors.json"
            ))
        );
    }
}
