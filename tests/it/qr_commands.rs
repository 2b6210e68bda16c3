//! `qr bind`/`qr login` sign like `sign` does (checked against the spec's test vector),
//! never leak the secret, and `--watch` re-signs; bad input fails cleanly.

use crate::support::qr::*;

const SECRET: &str = "ed712d95cee095898c7838c57e99a403";

#[test]
fn bind_code_is_the_spec_vector_and_decodes() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("bind.png");
    let o = bin()
        .env("WECOM_HW_SECRET_NO", SECRET)
        .args([
            "qr",
            "bind",
            "--sn",
            "3389153100001",
            "--timestamp",
            "1500133456",
            "--nonce",
            "17394011",
            "--json",
            "-o",
        ])
        .arg(&p)
        .assert()
        .success();
    // registration-and-labels.md 5.3, vector qrcode_3389153100001.
    let want = "https://open.work.weixin.qq.com/connect/hardware?sn=3389153100001&timestamp=1500133456&nonce=17394011&signature=195505fdc0f0d3d6eb5a41a42f2d9c75744ab7e6&type=qrcode";
    assert_eq!(decode_png(&std::fs::read(&p).unwrap()), vec![want]);
    let out = String::from_utf8(o.get_output().stdout.clone()).unwrap();
    let err = String::from_utf8(o.get_output().stderr.clone()).unwrap();
    assert!(!out.contains(SECRET) && !err.contains(SECRET));
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["payload"], want);
    assert_eq!(v["verified"], true);
    assert_eq!(v["version"], 9); // 164 bytes at M → V9 (spec 6.1)
}

#[test]
fn login_code_needs_state_and_decodes() {
    let d = tempfile::tempdir().unwrap();
    let sf = d.path().join("secret.txt");
    std::fs::write(&sf, format!("{SECRET}\n")).unwrap();
    bin()
        .args(["qr", "login", "--sn", "E30000000001", "--secret-file"])
        .arg(&sf)
        .assert()
        .code(2);
    let o = bin()
        .args([
            "qr",
            "login",
            "--sn",
            "E30000000001",
            "--state",
            "qrcode_login",
            "--format",
            "term",
            "--secret-file",
        ])
        .arg(&sf)
        .assert()
        .success();
    let text = String::from_utf8(o.get_output().stdout.clone()).unwrap();
    let got = decode_term(&text);
    assert_eq!(got.len(), 1);
    assert!(
        got[0].contains("&type=dynamic_login&state=qrcode_login"),
        "{}",
        got[0]
    );
    assert!(!text.contains(SECRET));
}

#[test]
fn watch_resigns_and_stops_after_count() {
    let o = bin()
        .env("WECOM_HW_SECRET_NO", SECRET)
        .args([
            "qr",
            "bind",
            "--sn",
            "E30000000001",
            "--watch",
            "--every",
            "1s",
            "--count",
            "2",
            "--format",
            "term",
        ])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .success();
    let text = String::from_utf8(o.get_output().stdout.clone()).unwrap();
    let codes = decode_term(&text);
    assert_eq!(codes.len(), 2, "two codes on screen over time");
    assert_ne!(codes[0], codes[1], "re-signed with a new timestamp/nonce");
    let err = String::from_utf8(o.get_output().stderr.clone()).unwrap();
    assert!(
        err.contains("code 1 for SN E30000000001") && err.contains("next in 1 s"),
        "{err}"
    );
    assert!(err.contains("code 2 for SN E30000000001"));
}

#[test]
fn missing_secret_and_bad_urls_are_data_errors() {
    bin()
        .args(["qr", "bind", "--sn", "E1", "--format", "term"])
        .assert()
        .code(3);
    bin()
        .args([
            "qr",
            "static",
            "--url",
            "https://example.com/?hw_code=1",
            "--format",
            "svg",
        ])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("qr url"));
    // A dynamic code must not be printed as a static label.
    bin()
        .args(["qr", "static", "--format", "svg", "--url"])
        .arg("https://open.work.weixin.qq.com/connect/hardware?sn=3389153100001&timestamp=1500133456&nonce=17394011&signature=195505fdc0f0d3d6eb5a41a42f2d9c75744ab7e6&type=qrcode")
        .assert()
        .code(3)
        .stderr(predicates::str::contains("expires"));
}

#[test]
fn help_teaches() {
    bin()
        .args(["qr", "static", "--help"])
        .assert()
        .success()
        .stdout(predicates::str::contains("--label <WxH>"))
        .stdout(predicates::str::contains("benchmarking only"));
}

/// Text that holds a secret (a Wi-Fi QR with its password) can come from a file or stdin
/// instead of argv, and is encoded exactly (one trailing newline dropped).
#[test]
fn url_text_from_a_file_or_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let text = "WIFI:T:WPA;S:lab;P:s3cret-pass;;";
    std::fs::write(dir.path().join("wifi.txt"), format!("{text}\n")).unwrap();
    bin()
        .current_dir(dir.path())
        .args(["qr", "url", "--text-file", "wifi.txt", "-o", "a.png"])
        .assert()
        .success();
    bin()
        .current_dir(dir.path())
        .args(["qr", "url", "-", "-o", "b.png"])
        .write_stdin(format!("{text}\n"))
        .assert()
        .success();
    for f in ["a.png", "b.png"] {
        let bytes = std::fs::read(dir.path().join(f)).unwrap();
        assert_eq!(decode_png(&bytes), vec![text.to_owned()], "{f}");
    }
    bin()
        .current_dir(dir.path())
        .args(["qr", "url", "--text-file", "missing.txt", "-o", "c.png"])
        .assert()
        .code(10);
    assert!(!dir.path().join("c.png").exists());
}
