//! What the user sees when something is wrong: the spec's error code, explained, one clear
//! line, a documented exit code, and no secret in any output. Plus a raw cloud written
//! here that sends malformed frames and WebSocket PINGs: the device survives and answers.

use crate::support::connect::*;
use futures_util::{SinkExt, StreamExt};
use predicates::prelude::*;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).to_string()
}

#[test]
fn unknown_sn_is_600001() {
    let cloud = Cloud::start(&[]);
    let dev = Dev::new(&cloud, "E39999999999", SECRET_NO);
    let a = dev
        .run(&["--until", "registered", "--timeout", "20s"])
        .code(8);
    let err = stderr_of(&a);
    assert!(
        err.contains("error: `register` refused by the cloud: 600001 invalid SN"),
        "{err}"
    );
    assert!(err.contains("hint: is the SN registered"), "{err}");
    dev.assert_no_secret_in("stderr", &err);
}

#[test]
fn wrong_secret_is_600011_and_never_printed() {
    let cloud = Cloud::start(&[]);
    let wrong = "0123456789abcdef0123456789abcdef";
    let dev = Dev::new(&cloud, SN, wrong);
    let a = dev
        .run(&["--until", "registered", "--timeout", "20s"])
        .code(8);
    let err = stderr_of(&a);
    assert!(err.contains("600011 signature check failed"), "{err}");
    assert!(
        err.contains("use --seed for a shared seedSecretNo"),
        "{err}"
    );
    assert!(!err.contains(wrong));
    assert!(!dev.transcript_text().contains(wrong));
    // JSON mode: the failure is one object on stdout, with the explained code.
    let out = assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .arg("--json")
        .args(dev.args())
        .args(["--until", "registered", "--timeout", "20s"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .code(8)
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let fatal = lines
        .iter()
        .find(|l| l["event"] == "fatal")
        .expect("fatal line");
    assert_eq!(fatal["errcode"], 600011);
    assert_eq!(fatal["step"], "register");
    assert!(
        fatal["meaning"]
            .as_str()
            .unwrap()
            .contains("signature check failed")
    );
    assert_eq!(
        lines.iter().filter(|l| l.get("error").is_some()).count(),
        0,
        "{lines:?}"
    );
}

/// The device cannot sync its clock (get_timestamp fails every time) and the cloud is
/// 1000 s ahead: every register is stale (600023). After 3 re-syncs the device gives up
/// with exit 5 and says why.
#[test]
fn stale_timestamp_that_cannot_be_fixed_is_exit_5() {
    let cloud = Cloud::start(&[
        "--fault-errcode",
        "get_timestamp=600039",
        "--fault-times",
        "0",
    ]);
    cloud.admin(&["set-clock-skew", "1000"]).success();
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let a = dev
        .run(&["--until", "registered", "--timeout", "30s"])
        .code(5);
    let err = stderr_of(&a);
    assert!(err.contains("600023 timestamp expired"), "{err}");
    assert!(err.contains("still stale after 3 clock syncs"), "{err}");
}

#[test]
fn expired_device_is_600051() {
    let cloud = Cloud::start(&[]);
    cloud.admin(&["expire", SN]).success();
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "registered", "--timeout", "20s"])
        .code(8)
        .stderr(predicate::str::contains("600051 device expired"));
}

/// A seed may be exchanged once: a device that lost its state cannot exchange again.
#[test]
fn second_seed_exchange_is_600047() {
    let cloud = Cloud::start(&[]);
    let mut dev = Dev::new(&cloud, SEED_SN, SEED);
    dev.seed = true;
    dev.run(&["--until", "registered", "--timeout", "20s"])
        .success();
    std::fs::remove_file(&dev.state_file).unwrap();
    let a = dev
        .run(&["--until", "registered", "--timeout", "20s"])
        .code(8);
    let err = stderr_of(&a);
    assert!(
        err.contains("`get_secret_no` refused by the cloud: 600047"),
        "{err}"
    );
    assert!(
        err.contains("hint: the seed exchange is not possible now"),
        "{err}"
    );
}

#[test]
fn untrusted_certificate_is_exit_7_with_a_hint() {
    let cloud = Cloud::start(&[]);
    let mut dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.ca = Default::default();
    let a = dev
        .run(&["--until", "registered", "--timeout", "20s"])
        .code(7);
    let err = stderr_of(&a);
    assert!(err.contains("TLS handshake with 127.0.0.1 failed"), "{err}");
    assert!(err.contains("--ca-file"), "{err}");
}

#[test]
fn plain_ws_needs_an_explicit_opt_in() {
    let cloud = Cloud::start(&["--insecure-plain", "--auto-bind-after", "0"]);
    assert!(cloud.url.starts_with("ws://"), "{}", cloud.url);
    let mut dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.ca = Default::default();
    dev.run(&["--until", "subscribed", "--timeout", "20s"])
        .code(2)
        .stderr(predicate::str::contains("add --insecure-plain"));
    dev.run(&[
        "--insecure-plain",
        "--until",
        "subscribed",
        "--timeout",
        "20s",
    ])
    .success();
}

#[test]
fn timeout_says_where_it_stopped() {
    let cloud = Cloud::start(&[]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "bound", "--timeout", "3s"])
        .code(9)
        .stderr(predicate::str::contains(
            "timed out after 3 s waiting for bound; last state: waiting for a bind",
        ));
}

#[test]
fn usage_and_input_errors() {
    let cloud = Cloud::start(&[]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "forever"])
        .code(2)
        .stderr(predicate::str::contains("--until \"forever\""));
    dev.run(&["--on", "push_fetch_log=email:me"])
        .code(2)
        .stderr(predicate::str::contains("unknown action"));
    dev.run(&["--ping-interval", "10"]).code(2);
    dev.run(&["--until", "bound", "call", "corp"]).code(2);
    std::fs::write(&dev.state_file, r#"{"sn":"OTHER1"}"#).unwrap();
    dev.run(&["--until", "registered"])
        .code(3)
        .stderr(predicate::str::contains("belongs to SN OTHER1"));
    std::fs::remove_file(&dev.state_file).unwrap();
    assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(["connect", "--sn", SN, "--endpoint", &cloud.url])
        .env_remove("WECOM_HW_SECRET_NO")
        .env(
            "WECOM_HW_STORE",
            std::env::temp_dir().join(format!("wecom-hw-test-{}/no-store.db", std::process::id())),
        )
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no SecretNo given"));
    assert!(!dev.state_file.exists(), "nothing written on bad input");
}

/// A cloud written here, plain ws:// on 127.0.0.1: it answers get_timestamp only after a
/// malformed text frame, a lying binary frame, a reply with a wrongly typed errcode and a
/// WebSocket PING. The device must drop the junk, answer the PING, and log in.
#[test]
fn malformed_frames_from_the_cloud_are_survived_and_pings_answered() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = rt.spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        let mut ws = tokio_tungstenite::accept_async(tcp).await.unwrap();
        let mut got_pong = false;
        let mut cmds = Vec::new();
        while let Some(Ok(m)) = ws.next().await {
            let text = match m {
                Message::Text(t) => t.to_string(),
                Message::Pong(p) => {
                    got_pong = p.as_ref() == b"are you there";
                    continue;
                }
                Message::Close(_) => break,
                _ => continue,
            };
            let req: Value = serde_json::from_str(&text).unwrap();
            let cmd = req["cmd"].as_str().unwrap().to_owned();
            let rid = req["headers"]["req_id"].clone();
            cmds.push(cmd.clone());
            let reply = |body: Value| {
                json!({"headers": {"req_id": rid}, "body": body, "errcode": 0, "errmsg": "ok"})
                    .to_string()
            };
            match cmd.as_str() {
                "get_timestamp" => {
                    ws.send(Message::text("{not json")).await.unwrap();
                    ws.send(Message::binary(vec![1u8, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]))
                        .await
                        .unwrap();
                    ws.send(Message::text(
                        r#"{"headers":{"req_id":"x"},"errcode":"zero"}"#,
                    ))
                    .await
                    .unwrap();
                    ws.send(Message::Ping(b"are you there".to_vec().into()))
                        .await
                        .unwrap();
                    let now = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .unwrap()
                        .as_secs();
                    ws.send(Message::text(reply(json!({"timestamp": now}))))
                        .await
                        .unwrap();
                }
                "register" => ws
                    .send(Message::text(reply(
                        json!({"active_code": "code-abcdefghijkl"}),
                    )))
                    .await
                    .unwrap(),
                "active" => ws
                    .send(Message::text(reply(
                        json!({"secret": "secret-abcdefghijkl"}),
                    )))
                    .await
                    .unwrap(),
                "subscribe_corp" => ws
                    .send(Message::text(
                        json!({"headers": {"req_id": rid}, "errcode": 0, "errmsg": "ok"})
                            .to_string(),
                    ))
                    .await
                    .unwrap(),
                _ => {}
            }
        }
        (cmds, got_pong)
    });
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret");
    std::fs::write(&secret, SECRET_NO).unwrap();
    let a = assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(["connect", "--sn", SN, "--secret-file"])
        .arg(&secret)
        .args([
            "--endpoint",
            &format!("ws://127.0.0.1:{port}/"),
            "--insecure-plain",
        ])
        .args(["--until", "subscribed", "--timeout", "20s"])
        .timeout(std::time::Duration::from_secs(30))
        .assert()
        .success();
    let err = stderr_of(&a);
    assert_eq!(
        err.matches("dropped a malformed frame from the cloud")
            .count(),
        3,
        "{err}"
    );
    assert!(err.contains("not JSON"), "{err}");
    assert!(err.contains("over the 16777216-byte cap"), "{err}");
    assert!(err.contains("`errcode` should be an integer"), "{err}");
    let (cmds, got_pong) = rt.block_on(server).unwrap();
    assert_eq!(
        cmds,
        ["get_timestamp", "register", "active", "subscribe_corp"]
    );
    assert!(got_pong, "the device did not answer the WebSocket PING");
}

/// A server that accepts TCP but never answers the TLS handshake: Ctrl-C still ends the
/// device at once (exit 0), without waiting for the 10 s connect timeout.
#[test]
fn ctrl_c_during_a_hanging_handshake() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret");
    std::fs::write(&secret, SECRET_NO).unwrap();
    let mut child = std::process::Command::new(bin())
        .args(["--lang", "en"])
        .args(["connect", "--sn", SN, "--secret-file"])
        .arg(&secret)
        .args(["--endpoint", &format!("wss://127.0.0.1:{port}/")])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let started = std::time::Instant::now();
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "still running after Ctrl-C"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    drop(listener);
}
