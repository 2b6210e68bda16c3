//! Every one-shot `connect call` on a fresh session against the real emulator over TLS.

use crate::support::connect::*;
use predicates::prelude::*;
use serde_json::Value;

fn bound_device() -> (Cloud, Dev) {
    let cloud = Cloud::start(&["--auto-bind-after", "0", "--corp", "Acme Ltd"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "subscribed", "--timeout", "30s"])
        .success();
    (cloud, dev)
}

fn json_result(dev: &Dev, args: &[&str]) -> Value {
    let out = assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .arg("--json")
        .args(dev.args())
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    lines
        .into_iter()
        .find(|v| v.get("call").is_some())
        .expect("a call result line")
}

#[test]
fn corp_time_error_report_and_selfhelp() {
    let (_cloud, dev) = bound_device();
    dev.run(&["call", "corp"]).success().stdout("Acme Ltd\n");
    let t = json_result(&dev, &["call", "time"]);
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(t["timestamp"].as_u64().unwrap().abs_diff(now) < 5, "{t}");
    assert!(t["offset_secs"].as_i64().unwrap().abs() < 5);
    dev.run(&[
        "call",
        "error-report",
        "--errcode",
        "-1",
        "--errmsg",
        "connect timeout",
    ])
    .success()
    .stdout("error report accepted\n");
    dev.run(&["call", "selfhelp", "helloworld"])
        .success()
        .stderr(predicate::str::contains(
            r#"push push_selfhelp_notify {"data":"helloworld"}"#,
        ));
}

#[test]
fn firmware_none_then_published() {
    let (cloud, dev) = bound_device();
    let v = json_result(&dev, &["call", "firmware"]);
    assert_eq!(v["firmware"], Value::Null);
    assert_eq!(v["errcode"], 600026);
    let f = dev.path("fw.bin");
    std::fs::write(&f, b"firmware image bytes").unwrap();
    cloud
        .admin(&["publish-firmware", "2.0.0", f.to_str().unwrap()])
        .success();
    let v = json_result(&dev, &["call", "firmware"]);
    assert_eq!(v["firmware"]["firmware_version"], "2.0.0");
    assert_eq!(v["firmware"]["size"], 20);
    assert_eq!(
        v["firmware"]["md5sum"],
        md5_hex(b"firmware image bytes").as_str()
    );
}

fn md5_hex(b: &[u8]) -> String {
    use md5::{Digest, Md5};
    hex::encode(Md5::digest(b))
}

#[test]
fn upload_log_reaches_the_cloud() {
    let (cloud, dev) = bound_device();
    let log = dev.path("app.log");
    std::fs::write(&log, "2020-01-13T16:00:00.000Z info hello\n").unwrap();
    dev.run(&["call", "upload-log", log.to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("uploaded"));
    let frames = dev.frames();
    let up = frames
        .iter()
        .find(|f| f["dir"] == "out" && f["type"] == "binary")
        .expect("binary upload in the transcript");
    assert_eq!(up["frame"]["cmd"], "upload_log");
    assert_eq!(up["frame"]["format_version"], 1);
    assert_eq!(up["frame"]["data_len"], 36);
    let status = String::from_utf8(
        cloud
            .admin(&["status"])
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(status.contains("upload"), "{status}");
    // A missing file fails before connecting, naming the file.
    dev.run(&["call", "upload-log", "nope.log"])
        .code(10)
        .stderr(predicate::str::contains("nope.log"));
}

#[test]
fn login_qr_is_saved_and_decoded() {
    let (_cloud, dev) = bound_device();
    let out = dev.path("qr.png");
    let v = json_result(
        &dev,
        &[
            "call",
            "login-qr",
            "--state",
            "Matchine_01",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(v["format"], "png");
    let url = v["url"].as_str().unwrap();
    assert!(
        url.starts_with("https://open.work.weixin.qq.com/connect/hardware?"),
        "{url}"
    );
    assert!(url.contains("state=Matchine_01"), "{url}");
    // The saved file decodes to the same URL with an independent decode here.
    let img = image::open(&out).unwrap().to_luma8();
    let mut p = rqrr::PreparedImage::prepare(img);
    let grids = p.detect_grids();
    assert_eq!(grids[0].decode().unwrap().1, url);
}
