//! Each fault option of `cloud serve` (wss.md 11.6), observed from a raw client.

use crate::support::cloud::*;
use serde_json::json;
use std::time::{Duration, Instant};

#[tokio::test]
async fn drop_after_n_frames_closes_once() {
    let emu = Cloud::start(&["--fault-drop-after", "2"]);
    let mut dev = emu.client().await;
    assert_eq!(code(&dev.call("get_timestamp", None).await), 0);
    // The second frame is answered, then the connection is closed.
    assert_eq!(code(&dev.call("get_timestamp", None).await), 0);
    assert!(matches!(dev.recv().await, Frame::Closed));
    // Fired once (--fault-times 1): the reconnect is left alone.
    let mut dev = emu.client().await;
    for _ in 0..4 {
        assert_eq!(code(&dev.call("get_timestamp", None).await), 0);
    }
}

#[tokio::test]
async fn delayed_replies() {
    let emu = Cloud::start(&["--fault-delay", "400"]);
    let mut dev = emu.client().await;
    let t = Instant::now();
    dev.request("get_timestamp", None).await;
    assert!(
        dev.recv_within(250).await.is_none(),
        "no reply before the delay"
    );
    assert_eq!(code(&dev.recv_text().await), 0);
    assert!(t.elapsed() >= Duration::from_millis(400));
}

#[tokio::test]
async fn injected_errcode_without_headers_then_normal_service() {
    let emu = Cloud::start(&[
        "--auto-bind-after",
        "0",
        "--fault-errcode",
        "ping=600020",
        "--fault-headerless",
        "--fault-times",
        "2",
    ]);
    let mut dev = emu.client().await;
    dev.login_bound().await;
    for _ in 0..2 {
        dev.request("ping", None).await;
        let r = dev.recv_text().await;
        assert_eq!(code(&r), 600020);
        assert!(r.get("headers").is_none(), "{r}");
    }
    assert_eq!(
        code(&dev.call("ping", None).await),
        0,
        "fault fired twice only"
    );
    emu.wait_event(|e| e["event"] == "fault" && e["fault"] == "errcode");
}

#[tokio::test]
async fn dropped_reply_then_the_resend_is_answered() {
    let emu = Cloud::start(&["--fault-drop-reply", "register"]);
    let mut dev = emu.client().await;
    dev.request(
        "register",
        Some(signed_body(SN, SECRET_NO, "register", now())),
    )
    .await;
    assert!(dev.recv_within(700).await.is_none(), "reply swallowed");
    // The register did happen: the resend on this connection is "already registered".
    assert_eq!(code(&dev.register(SN, SECRET_NO).await), 600012);
}

#[tokio::test]
async fn refused_tls_handshake_then_recovery() {
    let emu = Cloud::start(&["--fault-refuse-tls"]);
    let first = Client::connect(&emu.url, emu.ca.as_deref()).await;
    assert!(first.is_err(), "first handshake refused");
    let mut dev = emu.client().await;
    assert_eq!(code(&dev.call("get_timestamp", None).await), 0);
    emu.wait_event(|e| e["fault"] == "refuse_tls");
}

#[tokio::test]
async fn unknown_push_after_subscribe() {
    let emu = Cloud::start(&[
        "--auto-bind-after",
        "0",
        "--fault-unknown-push",
        "push_mystery",
    ]);
    let mut dev = emu.client().await;
    dev.login_bound().await;
    let p = dev.recv_text().await;
    assert_eq!(p["cmd"], "push_mystery");
    assert_eq!(code(&dev.call("ping", None).await), 0);
}

#[tokio::test]
async fn operator_drop_skew_and_reset_secret_no() {
    let emu = Cloud::start(&["--auto-bind-after", "0"]);
    let mut dev = emu.client().await;
    dev.login_bound().await;
    emu.admin(&["drop", SN]).success();
    assert!(matches!(dev.recv().await, Frame::Closed));

    // A skewed cloud clock: a device signing with its own clock gets 600023, and
    // get_timestamp tells it the cloud's time, which then works.
    emu.admin(&["set-clock-skew", "-1000"]).success();
    let mut dev = emu.client().await;
    assert_eq!(code(&dev.register(SN, SECRET_NO).await), 600023);
    let cloud_ts = dev.call("get_timestamp", None).await["body"]["timestamp"]
        .as_u64()
        .unwrap();
    assert!(cloud_ts.abs_diff(now() - 1000) < 5);
    let r = dev
        .call(
            "register",
            Some(signed_body(SN, SECRET_NO, "register", cloud_ts)),
        )
        .await;
    assert_eq!(code(&r), 0, "{r}");
    emu.admin(&["set-clock-skew", "0"]).success();

    // Seed device: exchange, register, then reset lets it exchange again.
    let mut seed = emu.client().await;
    let r = seed
        .call(
            "get_secret_no",
            Some(signed_body(SEED_SN, SEED, "secret_no", now())),
        )
        .await;
    let first = r["body"]["secret_no"].as_str().unwrap().to_owned();
    assert_eq!(code(&seed.register(SEED_SN, &first).await), 0);
    let r = seed
        .call(
            "get_secret_no",
            Some(signed_body(SEED_SN, SEED, "secret_no", now())),
        )
        .await;
    assert_eq!(code(&r), 600047);
    emu.admin(&["reset-secret-no", SEED_SN]).success();
    let r = seed
        .call(
            "get_secret_no",
            Some(signed_body(SEED_SN, SEED, "secret_no", now())),
        )
        .await;
    assert_eq!(code(&r), 0);
    assert_ne!(r["body"]["secret_no"], json!(first));
}

#[tokio::test]
async fn silent_connections_are_closed_after_the_idle_timeout() {
    let emu = Cloud::start(&["--idle-timeout", "1"]);
    let mut dev = emu.client().await;
    assert_eq!(code(&dev.call("get_timestamp", None).await), 0);
    assert!(matches!(dev.recv_within(5000).await, Some(Frame::Closed)));
    emu.wait_event(|e| e["event"] == "idle_timeout");
}

#[tokio::test]
async fn truncated_binary_reply_once() {
    let emu = Cloud::start(&["--auto-bind-after", "0", "--fault-truncate-binary"]);
    let mut dev = emu.client().await;
    dev.login_bound().await;
    let mut lens = Vec::new();
    for _ in 0..2 {
        dev.request(
            "gen_login_qrcode",
            Some(json!({"state": "s", "format_version": 1})),
        )
        .await;
        let Frame::Binary(b) = dev.recv().await else {
            panic!("binary expected")
        };
        let l = u32::from_le_bytes(b[4..8].try_into().unwrap()) as usize;
        let d = u32::from_le_bytes(b[8 + l..12 + l].try_into().unwrap()) as usize;
        lens.push((b.len(), 12 + l + d));
    }
    assert!(
        lens[0].0 < lens[0].1,
        "first reply overruns its declared length"
    );
    assert_eq!(lens[1].0, lens[1].1, "then whole again");
}

/// A device that sends requests but never reads its replies: the emulator queues at most
/// 256 frames for it, then closes it, instead of buffering replies without end.
#[tokio::test]
async fn a_device_that_never_reads_is_closed() {
    let emu = Cloud::start(&[]);
    let mut dev = emu.client().await;
    // Large req_ids make large replies (echoed in headers and errmsg), so the socket
    // buffers fill after a few hundred.
    let big = "r".repeat(16 * 1024);
    let start = Instant::now();
    let mut sent = 0u32;
    while start.elapsed() < Duration::from_secs(30) {
        let t = json!({"cmd": "ping", "headers": {"req_id": format!("{big}-{sent}")}});
        let m = tokio_tungstenite::tungstenite::Message::text(t.to_string());
        match tokio::time::timeout(Duration::from_secs(5), dev.try_send(m)).await {
            Ok(true) => sent += 1,
            _ => break,
        }
        if sent.is_multiple_of(100) && emu.events().iter().any(|e| e["event"] == "stalled") {
            break;
        }
    }
    let e = emu.wait_event(|e| e["event"] == "stalled");
    assert_eq!(e["queued"], 256, "{e}");
    assert!(sent > 256, "{sent} requests before the close");
}
