//! `wecom-hw cloud serve` over TLS on loopback, driven by a raw WebSocket client: the
//! whole device lifecycle, operator commands over the control socket, restarts.

use crate::support::cloud::*;
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn seed_exchange_polling_admin_bind_subscribe_pings_and_unbind() {
    let emu = Cloud::start(&[]);
    assert!(
        emu.ca.as_ref().unwrap().exists(),
        "CA written next to the state"
    );
    let mut dev = emu.client().await;

    let t = dev.call("get_timestamp", None).await;
    assert_eq!(code(&t), 0);
    assert!(t["body"]["timestamp"].as_u64().unwrap().abs_diff(now()) < 5);

    // Seed exchange (6.2), then register with the exchanged SecretNo.
    let ts = now();
    let r = dev
        .call(
            "get_secret_no",
            Some(signed_body(SEED_SN, SEED, "secret_no", ts)),
        )
        .await;
    assert_eq!((code(&r), r["errmsg"].as_str()), (0, Some("ok")));
    let secret_no = r["body"]["secret_no"].as_str().unwrap().to_owned();
    assert!(secret_no.len() == 32 && secret_no.bytes().all(|b| b.is_ascii_hexdigit()));
    let r = dev.register(SEED_SN, &secret_no).await;
    assert_eq!(code(&r), 0, "{r}");
    let ac = r["body"]["active_code"].as_str().unwrap().to_owned();

    // Polling while unbound.
    for _ in 0..2 {
        let r = dev.call("active", Some(json!({"active_code": ac}))).await;
        assert_eq!(code(&r), 600004, "{r}");
    }
    // The admin binds from another terminal; the push arrives on this connection.
    emu.admin(&["bind", SEED_SN, "--corp", "Acme Ltd"])
        .success()
        .stdout(predicates::str::contains("S30000000001 bound to Acme Ltd"));
    let push = dev.recv_text().await;
    assert_eq!(push["cmd"], "push_bind_corp", "{push}");
    assert!(push["headers"]["req_id"].is_string());
    let r = dev.call("active", Some(json!({"active_code": ac}))).await;
    let secret = r["body"]["secret"].as_str().unwrap().to_owned();
    let r = dev
        .call(
            "subscribe_corp",
            Some(json!({"secret": secret, "firmware_version": "2.1"})),
        )
        .await;
    assert_eq!(code(&r), 0);
    assert!(r.get("body").is_none());
    for _ in 0..3 {
        let p = dev.call("ping", None).await;
        assert_eq!((code(&p), p.get("body")), (0, None));
    }
    // WebSocket-level ping is answered with a pong.
    dev.send(Message::Ping(b"hi".to_vec().into())).await;
    assert!(matches!(dev.recv().await, Frame::Pong));
    let c = dev.call("get_corp_info", None).await;
    assert_eq!(c["body"]["corp_name"], "Acme Ltd");

    let st = emu.admin_json(&["status"]);
    let d = st["devices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["sn"] == SEED_SN)
        .unwrap()
        .clone();
    assert_eq!(
        (d["stage"].as_str(), d["online"].as_bool()),
        (Some("subscribed"), Some(true))
    );
    assert_eq!(d["firmware_version"], "2.1");
    emu.admin(&["status"])
        .success()
        .stdout(predicates::str::contains("subscribed"));

    // Unbind: push, and the old secret no longer logs in.
    emu.admin(&["unbind", SEED_SN]).success();
    let push = dev.recv_text().await;
    assert_eq!(push["cmd"], "push_unbind_corp");
    let r = dev.call("active", Some(json!({"active_code": ac}))).await;
    assert_eq!(code(&r), 600004);
    let mut again = emu.client().await;
    assert_eq!(code(&again.register(SN, SECRET_NO).await), 0);
    let r = again
        .call("subscribe_corp", Some(json!({"secret": secret})))
        .await;
    assert_eq!(code(&r), 600004, "the other device is unbound too: {r}");

    // Pushes by name, with a body.
    emu.admin(&["push", SEED_SN, "fetch_log", r#"{"hint":"wechat"}"#])
        .success();
    let p = dev.recv_text().await;
    assert_eq!(
        (p["cmd"].as_str(), p["body"]["hint"].as_str()),
        (Some("push_fetch_log"), Some("wechat"))
    );
    emu.admin(&["push", SEED_SN, "restart"]).success();
    assert_eq!(dev.recv_text().await["cmd"], "push_restart_device");

    // The operator's table in Chinese: the connected device's stage and the cloud's clock
    // in words and local time (`--json` keeps the stage name and the Unix time).
    let zh = assert_cmd::Command::new(bin())
        .args(["--lang", "zh-CN", "cloud", "--state-dir"])
        .arg(&emu.state)
        .arg("status")
        .output()
        .unwrap();
    let zh = String::from_utf8(zh.stdout).unwrap();
    let row = zh.lines().find(|l| l.starts_with(SEED_SN)).unwrap();
    assert!(
        ["已连接", "已注册网络", "已激活", "已订阅企业信息"]
            .iter()
            .any(|w| row.contains(w)),
        "{zh}"
    );
    assert!(
        !row.contains("subscribed") && !row.contains("activated"),
        "{zh}"
    );
    let clock = zh.lines().next().unwrap();
    let stamp = clock
        .strip_prefix("云端时间 ")
        .and_then(|r| r.get(..19))
        .unwrap_or_else(|| panic!("{zh}"));
    assert!(
        stamp.len() == 19 && stamp.as_bytes()[10] == b' ' && stamp.as_bytes()[13] == b':',
        "a local date and time, not Unix seconds: {clock}"
    );
    let json = emu.admin_json(&["status"]);
    let dev_json = json["devices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["sn"] == SEED_SN)
        .unwrap();
    assert!(dev_json["stage"].as_str().unwrap().is_ascii(), "{json}");
    assert!(json["cloud_time"].is_u64(), "{json}");

    // No secret ever reaches the emulator's output or the operator's.
    let status_text =
        String::from_utf8(emu.admin(&["status"]).get_output().stdout.clone()).unwrap();
    for s in [
        SEED,
        SECRET_NO,
        secret_no.as_str(),
        secret.as_str(),
        ac.as_str(),
    ] {
        assert!(
            !emu.all_output().contains(s),
            "secret leaked in serve output"
        );
        assert!(!status_text.contains(s));
    }
}

#[tokio::test]
async fn restart_keeps_bindings_and_the_ca() {
    let emu = Cloud::start(&[]);
    let ca_before = std::fs::read(emu.ca.as_ref().unwrap()).unwrap();
    let mut dev = emu.client().await;
    assert_eq!(code(&dev.register(SN, SECRET_NO).await), 0);
    emu.admin(&["bind", SN]).success();
    assert_eq!(dev.recv_text().await["cmd"], "push_bind_corp");
    drop(dev);
    let secret = emu.client().await.login_bound().await;
    // The state holds secrets: owner-only, and so is the CA key.
    use std::os::unix::fs::PermissionsExt;
    for f in ["state.json", "ca-key.pem"] {
        let mode = std::fs::metadata(emu.state.join(f))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "{f}");
    }
    let dir = emu.stop();
    assert!(
        !dir.path().join("state/control.sock").exists(),
        "socket removed on Ctrl-C"
    );

    let emu = Cloud::start_in(dir, &[]);
    assert_eq!(
        std::fs::read(emu.ca.as_ref().unwrap()).unwrap(),
        ca_before,
        "same CA"
    );
    let mut dev = emu.client().await;
    let r = dev.register(SN, SECRET_NO).await;
    assert_eq!(code(&r), 0);
    // A bound device that kept its secret subscribes directly (skips active).
    let r = dev
        .call(
            "subscribe_corp",
            Some(json!({"secret": secret, "firmware_version": "1"})),
        )
        .await;
    assert_eq!(code(&r), 0, "binding survived the restart: {r}");
    let st = emu.admin_json(&["status"]);
    assert!(
        st["devices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["sn"] == SN && d["bound_corp"] == "Emulated Corp")
    );
}

#[tokio::test]
async fn auto_bind_after_polls_and_operator_errors() {
    let emu = Cloud::start(&["--auto-bind-after", "2", "--corp", "Auto Corp"]);
    let mut dev = emu.client().await;
    let ac = dev.register(SN, SECRET_NO).await["body"]["active_code"].clone();
    assert_eq!(
        code(&dev.call("active", Some(json!({"active_code": ac}))).await),
        600004
    );
    assert_eq!(
        code(&dev.call("active", Some(json!({"active_code": ac}))).await),
        600004
    );
    assert_eq!(dev.recv_text().await["cmd"], "push_bind_corp");
    let r = dev.call("active", Some(json!({"active_code": ac}))).await;
    assert!(r["body"]["secret"].is_string());

    // Unknown SN: a clear message and a distinct exit code; nothing changed.
    emu.admin(&["bind", "NOSUCHSN"])
        .failure()
        .code(8)
        .stderr(predicates::str::contains("unknown SN NOSUCHSN"));
    emu.admin(&["push", SEED_SN, "restart"])
        .failure()
        .code(8)
        .stderr(predicates::str::contains("not connected"));
    emu.admin(&["push", SN, "user_scan", "[1]"])
        .failure()
        .code(3);
    // No emulator on that state dir: exit 7 with a hint.
    assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(["cloud", "--state-dir"])
        .arg(emu.dir.path().join("elsewhere"))
        .arg("status")
        .assert()
        .failure()
        .code(7)
        .stderr(predicates::str::contains("no emulator answers"));
    // A second emulator on the same state dir refuses to start.
    assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(["cloud", "--state-dir"])
        .arg(&emu.state)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .failure()
        .code(6)
        .stderr(predicates::str::contains("another emulator"));
}

#[tokio::test]
async fn plain_ws_when_asked() {
    let emu = Cloud::start(&["--insecure-plain"]);
    assert!(emu.url.starts_with("ws://"));
    assert!(emu.ca.is_none());
    let mut dev = Client::connect(&emu.url, None).await.unwrap();
    assert_eq!(code(&dev.call("get_timestamp", None).await), 0);
}

#[test]
fn bad_devices_file_stops_before_listening() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("d.csv");
    std::fs::write(&f, "sn,secret_no\nE1,aa\nE-2,bb\n").unwrap();
    assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(["cloud", "--state-dir"])
        .arg(dir.path().join("st"))
        .args(["serve", "--listen", "127.0.0.1:0", "--devices"])
        .arg(&f)
        .timeout(std::time::Duration::from_secs(20))
        .assert()
        .failure()
        .code(3)
        .stderr(predicates::str::contains("d.csv:3: column sn"));
    assert!(!dir.path().join("st").exists(), "nothing created");
}
