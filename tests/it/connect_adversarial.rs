//! The adversarial modes of `cloud serve --fault-adversarial`, each against the real
//! `wecom-hw connect` over TLS on 127.0.0.1: the device must reject or survive the frame
//! with a log line naming what it was doing, never crash, keep its memory bounded, and
//! keep its state (the next session logs in with the stored secret, without `active`).

use crate::support::connect::*;
use predicates::prelude::*;
use serde_json::Value;
use std::time::{Duration, Instant};

/// A cloud with `mode` (plus auto-bind) and a device that logged in once, so it has an
/// active_code and a secret stored. The login itself is never a target of these modes,
/// except where a test says so.
fn logged_in(mode: &str, extra: &[&str]) -> (Cloud, Dev, Value) {
    let mut args = vec!["--auto-bind-after", "0", "--fault-adversarial", mode];
    args.extend_from_slice(extra);
    let cloud = Cloud::start(&args);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "subscribed", "--timeout", "20s"])
        .success();
    let state = dev.state();
    assert!(
        state["active_code"].is_string() && state["secret"].is_string(),
        "{state}"
    );
    std::fs::remove_file(&dev.transcript).unwrap();
    (cloud, dev, state)
}

/// The state file is unchanged, no secret leaked, and this session did not re-activate.
fn nothing_lost(dev: &Dev, before: &Value, stderr: &str) {
    assert_eq!(&dev.state(), before);
    dev.assert_no_secret_in("stderr", stderr);
    dev.assert_no_secret_in("transcript", &dev.transcript_text());
    assert!(
        !dev.sent_cmds().contains(&"active".to_owned()),
        "{:?}",
        dev.sent_cmds()
    );
}

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// The cloud's fault log names the mode that fired.
fn fired(cloud: &Cloud, mode: &str) {
    wait_until(5, &format!("the cloud to log fault {mode}"), || {
        cloud
            .out
            .json()
            .iter()
            .any(|e| e["event"] == "fault" && e["fault"] == mode)
    });
}

/// Oversize modes: the frame is refused at its header (text) or once the fragments pass
/// the limit (binary), the device closes with 1009 and reconnects with backoff, and the
/// call is sent again on the new connection.
#[test]
fn oversize_text_reply_closes_and_the_call_is_resent() {
    let (cloud, dev, before) = logged_in("oversize-text", &[]);
    let a = dev
        .run(&["call", "corp"])
        .success()
        .stdout("Emulated Corp\n");
    let err = stderr_of(&a);
    assert!(
        err.contains("the cloud sent a message of 2097152 bytes, over the 1048576-byte limit (--max-message): closed with 1009 (online, `get_corp_info` in flight)"),
        "{err}"
    );
    assert!(err.contains("reconnecting in"), "{err}");
    fired(&cloud, "oversize-text");
    let calls = dev
        .sent_cmds()
        .iter()
        .filter(|c| *c == "get_corp_info")
        .count();
    assert_eq!(calls, 2, "{:?}", dev.sent_cmds());
    nothing_lost(&dev, &before, &err);
}

#[test]
fn oversize_binary_reply_closes_and_the_call_is_resent() {
    let (cloud, dev, before) = logged_in("oversize-binary", &[]);
    let a = dev
        .run(&["call", "login-qr"])
        .success()
        .stdout(predicate::str::contains(
            "https://open.work.weixin.qq.com/connect/hardware?",
        ));
    let err = stderr_of(&a);
    assert!(
        err.contains("over the 1048576-byte limit (--max-message): closed with 1009 (online, `gen_login_qrcode` in flight)"),
        "{err}"
    );
    fired(&cloud, "oversize-binary");
    nothing_lost(&dev, &before, &err);
}

/// A device configured for larger messages takes the padded reply (unknown keys are
/// ignored): the limit is the device's choice.
#[test]
fn oversize_text_within_a_raised_limit_is_accepted() {
    let (_cloud, dev, before) = logged_in("oversize-text", &[]);
    let a = dev
        .run(&["--max-message", "4194304", "call", "corp"])
        .success()
        .stdout("Emulated Corp\n");
    let err = stderr_of(&a);
    assert!(!err.contains("reconnecting"), "{err}");
    nothing_lost(&dev, &before, &err);
}

/// Every frame of every connection arrives one byte per TCP segment (one TLS record per
/// byte): login, and a binary login QR of over a kilobyte, work as usual.
#[test]
fn frames_split_at_every_byte_are_reassembled() {
    let (cloud, dev, before) = logged_in("split-bytes", &["--fault-times", "0"]);
    fired(&cloud, "split-bytes");
    let a = dev
        .run(&["call", "login-qr", "--out", "qr.png"])
        .success()
        .stdout(predicate::str::contains(
            "https://open.work.weixin.qq.com/connect/hardware?",
        ));
    let png = std::fs::read(dev.path("qr.png")).unwrap();
    assert!(
        png.len() > 1000 && png.starts_with(b"\x89PNG"),
        "{}",
        png.len()
    );
    let faults = cloud
        .out
        .json()
        .iter()
        .filter(|e| e["fault"] == "split-bytes")
        .count();
    assert_eq!(faults, 2, "both sessions dribbled");
    let err = stderr_of(&a);
    assert!(!err.contains("warning"), "{err}");
    nothing_lost(&dev, &before, &err);
}

/// RFC 6455 8.1: a text frame that is not UTF-8 fails the connection (1007).
#[test]
fn invalid_utf8_closes_with_1007_and_the_call_is_resent() {
    let (cloud, dev, before) = logged_in("invalid-utf8", &[]);
    let a = dev
        .run(&["call", "corp"])
        .success()
        .stdout("Emulated Corp\n");
    let err = stderr_of(&a);
    assert!(
        err.contains("the cloud sent a text frame that is not UTF-8")
            && err.contains("closed with 1007: ")
            && err.contains(" (online, `get_corp_info` in flight)"),
        "{err}"
    );
    fired(&cloud, "invalid-utf8");
    nothing_lost(&dev, &before, &err);
}

/// `{"cmd":"push_unbind_corp",...,"cmd":"push_user_scan"}`: a first-key-wins reader would
/// wipe the secret. The device drops the frame and stays online; the next push works.
#[test]
fn duplicate_keys_are_dropped_and_the_secret_kept() {
    let (cloud, dev, before) = logged_in("duplicate-keys", &[]);
    let run = dev.spawn(&["--until", "push_user_scan", "--timeout", "20s"]);
    run.wait_event("subscribed", 15);
    let body = r#"{"userid":"zhangsan","state":"s","user_type":0,"op_type":"scan_qrcode_open","oper_id":"o"}"#;
    cloud.admin(&["push", SN, "user_scan", body]).success();
    let m = run.wait_event("malformed", 10);
    assert!(
        m["detail"]
            .as_str()
            .unwrap()
            .contains("duplicate key `cmd`")
            && m["step"] == "online",
        "{m}"
    );
    assert_eq!(dev.state(), before);
    cloud.admin(&["push", SN, "user_scan", body]).success();
    let (out, err) = run.wait_exit(15, 0);
    let text = out.text();
    assert!(!text.contains("\"unbound\""), "{text}");
    assert_eq!(
        out.json().iter().filter(|e| e["event"] == "push").count(),
        1,
        "{text}"
    );
    nothing_lost(&dev, &before, &err.text());
}

/// The reply to the very first request carries a req_id the device never sent: it is
/// dropped with a line, the request is sent again after 5 s (4.2) and login goes on.
#[test]
fn wrong_req_id_is_dropped_and_the_step_resent() {
    let cloud = Cloud::start(&[
        "--auto-bind-after",
        "0",
        "--fault-adversarial",
        "wrong-req-id",
    ]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let a = dev
        .run(&["--until", "subscribed", "--timeout", "20s"])
        .success();
    let err = stderr_of(&a);
    assert!(
        err.contains("dropped a reply to no request in flight [get_timestamp-1-not-yours] (waiting for `get_timestamp`): late, or not ours"),
        "{err}"
    );
    assert!(
        err.contains("no reply to `get_timestamp`; sending again (retry 1)"),
        "{err}"
    );
    fired(&cloud, "wrong-req-id");
    let before = dev.state();
    std::fs::remove_file(&dev.transcript).unwrap();
    let a = dev
        .run(&["call", "corp"])
        .success()
        .stdout("Emulated Corp\n");
    nothing_lost(&dev, &before, &stderr_of(&a));
}

/// A push_unbind_corp before `register` on every connection: it cannot be for this
/// device, so the stored secret survives and the device subscribes without `active`.
#[test]
fn push_before_register_is_ignored() {
    let (cloud, dev, before) = logged_in("push-before-subscribe", &["--fault-times", "0"]);
    let a = dev
        .run(&["call", "corp"])
        .success()
        .stdout("Emulated Corp\n");
    let err = stderr_of(&a);
    assert!(
        err.contains("ignored push_unbind_corp: a push before `register` succeeded on this connection (waiting for `get_timestamp`) cannot be for this device"),
        "{err}"
    );
    assert!(!err.contains("unbound"), "{err}");
    fired(&cloud, "push-before-subscribe");
    nothing_lost(&dev, &before, &err);
}

/// Lying length fields in the login-QR reply: nothing is allocated from them, the frame
/// is dropped, the call it answers fails at once (exit 7, not a 10 s timeout), the
/// connection and the state stay, and the next call gets a good image.
fn lying_length(mode: &str, detail: &str) {
    let (cloud, dev, before) = logged_in(mode, &[]);
    let a = dev.run(&["call", "login-qr"]).code(7);
    let err = stderr_of(&a);
    let line = format!(
        "dropped a malformed frame from the cloud (online, `gen_login_qrcode` in flight): a binary frame does not decode: {detail}"
    );
    assert!(err.contains(&line), "{err}");
    if mode == "binary-len-short" {
        assert!(err.contains("bytes after its last field"), "{err}");
    }
    assert!(
        err.contains("`gen_login_qrcode`: the cloud's binary reply was malformed"),
        "{err}"
    );
    fired(&cloud, mode);
    nothing_lost(&dev, &before, &err);
    dev.run(&["call", "login-qr"])
        .success()
        .stdout(predicate::str::contains(
            "https://open.work.weixin.qq.com/connect/hardware?",
        ));
}

#[test]
fn binary_length_longer_than_payload() {
    lying_length(
        "binary-len-long",
        "binary message truncated: `binary` needs",
    );
}

#[test]
fn binary_length_shorter_than_payload() {
    // "binary message has N bytes after its last field" (N: the image's second half)
    lying_length("binary-len-short", "binary message has ");
}

#[test]
fn binary_length_huge() {
    lying_length(
        "binary-len-huge",
        "binary field `binary` declares 4294967295 bytes, over the 16777216-byte cap",
    );
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// 50,000 WebSocket pings back to back: the device answers them (tungstenite keeps only
/// the latest unsent pong), says so once, stays connected with bounded memory, and still
/// makes requests and gets their replies afterwards.
#[test]
fn ping_flood_is_survived_with_bounded_memory() {
    let (cloud, dev, before) = logged_in("ping-flood", &[]);
    let run = dev.spawn(&["--on", "push_update_firmware=fetch"]);
    run.wait_event("subscribed", 15);
    let pid = run.pid();
    let baseline = rss_kib(pid);
    assert!(baseline > 0);
    cloud.admin(&["push", SN, "update_firmware"]).success();
    // The reply to get_firmware_info comes first, then the flood.
    run.wait_event("reaction", 10);
    let mut peak = baseline;
    let deadline = Instant::now() + Duration::from_secs(15);
    while run.count(is("ping_flood")) == 0 {
        assert!(
            Instant::now() < deadline,
            "no ping_flood event: {}",
            run.err.text()
        );
        peak = peak.max(rss_kib(pid));
        std::thread::sleep(Duration::from_millis(10));
    }
    // Keep sampling while the rest of the flood drains.
    let until = Instant::now() + Duration::from_millis(1500);
    while Instant::now() < until {
        peak = peak.max(rss_kib(pid));
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        peak < baseline + 32 * 1024,
        "RSS grew from {baseline} KiB to {peak} KiB during the flood"
    );
    // Still answering: a second push makes a second request, answered.
    cloud.admin(&["push", SN, "update_firmware"]).success();
    run.wait_nth(2, 10, "second reaction", is("reaction"));
    assert_eq!(run.count(is("disconnected")), 0, "{}", run.out.text());
    // Reported once per second of flooding, not per ping.
    assert!(
        (1..=5).contains(&run.count(is("ping_flood"))),
        "{}",
        run.out.text()
    );
    assert_eq!(dev.state(), before);
    let (out, err) = run.stop();
    dev.assert_no_secret_in("stdout", &out.text());
    dev.assert_no_secret_in("stderr", &err.text());
    let t = dev.transcript_text();
    assert!(t.contains("ws_ping_flood"), "flood noted in the transcript");
    // Bounded transcript too: a few lines per second, not one per ping.
    assert!(
        t.lines().count() < 200,
        "{} transcript lines",
        t.lines().count()
    );
}

/// The reply to get_firmware_info is held until the reply to upload_log has gone out:
/// the device matches both by req_id, whatever their order.
#[test]
fn reordered_replies_are_matched_by_req_id() {
    let (cloud, dev, before) = logged_in("reorder-replies", &[]);
    std::fs::write(dev.path("app.log"), "line 1\nline 2\n").unwrap();
    let run = dev.spawn(&[
        "--on",
        "push_update_firmware=fetch",
        "--on",
        "push_fetch_log=upload:app.log",
    ]);
    run.wait_event("subscribed", 15);
    cloud.admin(&["push", SN, "update_firmware"]).success();
    cloud.admin(&["push", SN, "fetch_log"]).success();
    run.wait_nth(2, 10, "both reactions", is("reaction"));
    let reactions: Vec<Value> = run
        .events()
        .into_iter()
        .filter(|e| e["event"] == "reaction")
        .collect();
    for r in &reactions {
        assert_eq!(r["ok"], true, "{r}");
    }
    fired(&cloud, "reorder-replies");
    // The wire shows the replies out of order.
    let frames = dev.frames();
    let req_of = |cmd: &str| {
        frames
            .iter()
            .find(|f| f["dir"] == "out" && f["frame"]["cmd"] == cmd)
            .map(|f| {
                f["frame"]["headers"]["req_id"]
                    .as_str()
                    .or(f["frame"]["req_id"].as_str())
                    .unwrap_or_default()
                    .to_owned()
            })
            .unwrap_or_default()
    };
    let (fw, up) = (req_of("get_firmware_info"), req_of("upload_log"));
    let pos = |id: &str| {
        frames
            .iter()
            .position(|f| f["dir"] == "in" && f["frame"]["headers"]["req_id"] == id)
    };
    assert!(
        pos(&up).is_some() && pos(&up) < pos(&fw),
        "reply to {up} should come before {fw}: {}",
        dev.transcript_text()
    );
    assert_eq!(dev.state(), before);
    run.stop();
}

/// `cloud serve --help` lists every mode with its one line, and a wrong name is a usage
/// error that lists the valid ones.
#[test]
fn help_lists_every_mode() {
    use clap::ValueEnum;
    let out = assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(["cloud", "serve", "--help"])
        .assert()
        .success();
    let help = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for m in wecom_hw::cli::cloud::AdversarialMode::value_variants() {
        let name = m.to_possible_value().unwrap().get_name().to_owned();
        assert!(
            help.lines()
                .any(|l| l.trim_start().starts_with(&format!("{name} "))),
            "--help lacks a line for {name}"
        );
    }
    assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(["cloud", "serve", "--fault-adversarial", "nonsense"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("oversize-text"));
}
