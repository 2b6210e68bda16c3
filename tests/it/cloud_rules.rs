//! Each rule of `wss.md` 11.3 over the wire, plus the binary side (login QR, uploads) and
//! firmware publishing — against the real binary, with a raw client.

use crate::support::cloud::*;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

/// `<text>, hint: [<ts>_<n>_<32 hex>], reqid: [<req_id>]`
fn assert_errmsg_style(r: &Value) {
    let m = r["errmsg"].as_str().unwrap();
    let (_, rest) = m.split_once(", hint: [").unwrap_or_else(|| panic!("{m}"));
    let (hint, tail) = rest.split_once("], reqid: [").unwrap();
    assert_eq!(
        tail,
        format!("{}]", r["headers"]["req_id"].as_str().unwrap())
    );
    let p: Vec<&str> = hint.split('_').collect();
    assert_eq!(p.len(), 3, "{m}");
    assert!(p[0].parse::<u64>().unwrap().abs_diff(now()) < 10);
    assert!(p[1].parse::<u32>().is_ok());
    assert!(p[2].len() == 32 && p[2].bytes().all(|b| b.is_ascii_hexdigit()));
}

#[tokio::test]
async fn signed_request_rules() {
    let emu = Cloud::start(&[]);
    let mut dev = emu.client().await;
    // Stale timestamp, both directions; then a fresh one on the same connection works.
    for ts in [now() - 400, now() + 400] {
        let r = dev
            .call("register", Some(signed_body(SN, SECRET_NO, "register", ts)))
            .await;
        assert_eq!(code(&r), 600023, "{r}");
        assert_errmsg_style(&r);
        assert!(r.get("body").is_none());
    }
    // Wrong secret.
    let r = dev
        .call("register", Some(signed_body(SN, SEED, "register", now())))
        .await;
    assert_eq!(code(&r), 600011);
    assert!(
        r["errmsg"]
            .as_str()
            .unwrap()
            .starts_with("invalid signature, hint: [")
    );
    // Unknown SN.
    let r = dev
        .call(
            "register",
            Some(signed_body("UNKNOWN9", SECRET_NO, "register", now())),
        )
        .await;
    assert_eq!(code(&r), 600001);
    // Missing fields, in the spec's order.
    let full = signed_body(SN, SECRET_NO, "register", now());
    for (field, want) in [
        ("sn", 600007),
        ("nonce", 600008),
        ("timestamp", 600009),
        ("device_signature", 600010),
    ] {
        let mut b = full.clone();
        b.as_object_mut().unwrap().remove(field);
        let r = dev.call("get_secret_no", Some(b.clone())).await;
        assert_eq!(code(&r), want, "get_secret_no without {field}");
        let r = dev.call("register", Some(b)).await;
        assert_eq!(code(&r), want, "register without {field}");
    }
    // get_secret_no for a device with its own SecretNo.
    let r = dev
        .call(
            "get_secret_no",
            Some(signed_body(SN, SECRET_NO, "secret_no", now())),
        )
        .await;
    assert_eq!(code(&r), 600047);
    // register of a seed device before its exchange.
    let r = dev
        .call(
            "register",
            Some(signed_body(SEED_SN, SEED, "register", now())),
        )
        .await;
    assert_eq!(code(&r), 600047);
    // Numbers as strings and an uppercase signature are accepted.
    let ts = now().to_string();
    let sig = signature(&[SN, SECRET_NO, &ts, "98765", "register"]).to_uppercase();
    let r = dev
        .call(
            "register",
            Some(json!({"sn": SN, "timestamp": ts, "nonce": "98765", "device_signature": sig})),
        )
        .await;
    assert_eq!(code(&r), 0, "{r}");
    assert_eq!(code(&dev.register(SN, SECRET_NO).await), 600012);
}

#[tokio::test]
async fn connection_rules() {
    let emu = Cloud::start(&[]);
    let mut dev = emu.client().await;
    assert_eq!(
        code(&dev.call("ping", None).await),
        600020,
        "ping before login"
    );
    assert_eq!(
        code(&dev.call("active", Some(json!({"active_code": "x"}))).await),
        600014
    );
    let r = dev
        .call("subscribe_corp", Some(json!({"secret": "x"})))
        .await;
    assert_eq!(code(&r), 600014);
    let ac = dev.register(SN, SECRET_NO).await["body"]["active_code"].clone();
    assert_eq!(code(&dev.call("active", None).await), 600013);
    assert_eq!(
        code(
            &dev.call("active", Some(json!({"active_code": "nope"})))
                .await
        ),
        600003
    );
    assert_eq!(
        code(
            &dev.call("subscribe_corp", Some(json!({"secret": "x"})))
                .await
        ),
        600004
    );
    emu.admin(&["bind", SN]).success();
    assert_eq!(dev.recv_text().await["cmd"], "push_bind_corp");
    let r = dev.call("active", Some(json!({"active_code": ac}))).await;
    let secret = r["body"]["secret"].as_str().unwrap().to_owned();
    assert_eq!(
        code(&dev.call("active", Some(json!({"active_code": ac}))).await),
        600053
    );
    assert_eq!(
        code(&dev.call("subscribe_corp", Some(json!({}))).await),
        600015
    );
    assert_eq!(
        code(
            &dev.call("subscribe_corp", Some(json!({"secret": "wrong"})))
                .await
        ),
        600005
    );
    assert_eq!(
        code(
            &dev.call("subscribe_corp", Some(json!({"secret": secret})))
                .await
        ),
        0
    );
    assert_eq!(
        code(
            &dev.call("subscribe_corp", Some(json!({"secret": secret})))
                .await
        ),
        600054
    );
    assert_eq!(code(&dev.call("get_firmware_info", None).await), 600026);
    let r = dev.call("no_such_cmd", None).await;
    assert_eq!(
        (code(&r), r["headers"]["req_id"].as_str().is_some()),
        (-1, true)
    );
    // The same SN on a second connection.
    let mut twin = emu.client().await;
    assert_eq!(code(&twin.register(SN, SECRET_NO).await), 600002);
    // Expired device.
    emu.admin(&["expire", SN]).success();
    drop(dev);
    emu.wait_event(|e| e["event"] == "disconnected");
    let mut dev = emu.client().await;
    assert_eq!(code(&dev.register(SN, SECRET_NO).await), 600051);
}

#[tokio::test]
async fn malformed_frames_get_a_reply_without_headers_and_keep_the_connection() {
    let emu = Cloud::start(&[]);
    let mut dev = emu.client().await;
    for bad in [
        "{\"cmd\":",
        "[1,2]",
        r#"{"cmd":"ping"}"#,
        r#"{"cmd":"ping","headers":{"req":"x"}}"#,
    ] {
        dev.send_text(bad).await;
        let r = dev.recv_text().await;
        assert!(r.get("headers").is_none(), "{bad} -> {r}");
        assert_eq!(code(&r), -1);
        assert!(r["errmsg"].as_str().unwrap().contains("hint: ["));
    }
    // A truncated binary upload is dropped without a reply.
    dev.send(Message::binary(vec![1, 0, 0, 0, 10, 0, 0, 0, b'u']))
        .await;
    assert!(dev.recv_within(300).await.is_none());
    assert_eq!(
        code(&dev.call("get_timestamp", None).await),
        0,
        "still connected"
    );
    emu.wait_event(|e| e["event"] == "malformed_binary");
}

fn upload(version: u32, req_id: &str, data: &[u8], args: Option<&[u8]>) -> Vec<u8> {
    let mut b = version.to_le_bytes().to_vec();
    for f in [b"upload_log".as_slice(), req_id.as_bytes(), data] {
        b.extend((f.len() as u32).to_le_bytes());
        b.extend_from_slice(f);
    }
    if let Some(a) = args {
        b.extend((a.len() as u32).to_le_bytes());
        b.extend_from_slice(a);
    }
    b
}

#[tokio::test]
async fn login_qr_uploads_selfhelp_and_firmware() {
    let emu = Cloud::start(&["--auto-bind-after", "0"]);
    let mut dev = emu.client().await;
    dev.login_bound().await;

    // Static login QR: binary reply v1, little-endian, keyed by our req_id; a real PNG.
    let id = dev
        .request(
            "gen_login_qrcode",
            Some(json!({"state": "Matchine_01", "format_version": 1})),
        )
        .await;
    let Frame::Binary(b) = dev.recv().await else {
        panic!("binary reply expected")
    };
    assert_eq!(u32::from_le_bytes(b[0..4].try_into().unwrap()), 1);
    let l = u32::from_le_bytes(b[4..8].try_into().unwrap()) as usize;
    assert_eq!(&b[8..8 + l], id.as_bytes());
    let d = u32::from_le_bytes(b[8 + l..12 + l].try_into().unwrap()) as usize;
    assert_eq!(b.len(), 12 + l + d);
    let png = &b[12 + l..];
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let img = image::load_from_memory(png).unwrap().to_luma8();
    let mut prep = rqrr::PreparedImage::prepare(img);
    let (_, url) = prep.detect_grids()[0].decode().unwrap();
    assert!(
        url.starts_with(
            "https://open.work.weixin.qq.com/connect/hardware?type=static_login&login_code="
        ),
        "{url}"
    );
    assert!(url.ends_with("&state=Matchine_01"));

    // Uploads v1 and v2: JSON reply with the upload's req_id; stored per SN.
    dev.send(Message::binary(upload(
        1,
        "lb_upload_log",
        b"hello\n",
        None,
    )))
    .await;
    let r = dev.recv_text().await;
    assert_eq!(
        (code(&r), r["headers"]["req_id"].as_str()),
        (0, Some("lb_upload_log"))
    );
    dev.send(Message::binary(upload(
        2,
        "u-2",
        b"second\n",
        Some(br#"{"k":"v"}"#),
    )))
    .await;
    let r = dev.recv_text().await;
    assert_eq!(
        (code(&r), r["headers"]["req_id"].as_str()),
        (0, Some("u-2"))
    );
    let dir = emu.state.join("uploads").join(SN);
    let mut stored: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    stored.sort();
    assert_eq!(
        stored,
        vec![
            b"hello\n".to_vec(),
            b"second\n".to_vec(),
            br#"{"k":"v"}"#.to_vec()
        ]
    );

    // selfhelp_notify: reply 0, then the push carrying data.
    let r = dev
        .call("selfhelp_notify", Some(json!({"data": "helloworld"})))
        .await;
    assert_eq!(code(&r), 0);
    let p = dev.recv_text().await;
    assert_eq!(
        (p["cmd"].as_str(), p["body"]["data"].as_str()),
        (Some("push_selfhelp_notify"), Some("helloworld"))
    );
    let r = dev
        .call(
            "error_report",
            Some(json!({"errcode": -1, "errmsg": "connect timeout"})),
        )
        .await;
    assert_eq!(code(&r), 0);

    // Publish firmware, push the update, fetch its info and download it over HTTP.
    let image_path = emu.dir.path().join("fw.bin");
    let image: Vec<u8> = (0..5000u32).map(|i| (i * 7) as u8).collect();
    std::fs::write(&image_path, &image).unwrap();
    emu.admin(&["publish-firmware", "1.0.1001", image_path.to_str().unwrap()])
        .success();
    emu.admin(&["push", SN, "update_firmware"]).success();
    assert_eq!(dev.recv_text().await["cmd"], "push_update_firmware");
    let r = dev.call("get_firmware_info", None).await;
    let f = &r["body"];
    assert_eq!(
        (f["firmware_version"].as_str(), f["size"].as_u64()),
        (Some("1.0.1001"), Some(5000))
    );
    use md5::Digest;
    assert_eq!(
        f["md5sum"].as_str().unwrap(),
        hex::encode(md5::Md5::digest(&image))
    );
    let url = f["download_url"].as_str().unwrap();
    let body = http_get(url).await;
    assert_eq!(body, image);
}

/// A few lines of HTTP/1.0, to keep an HTTP client out of the dependencies.
async fn http_get(url: &str) -> Vec<u8> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
    s.write_all(format!("GET /{path} HTTP/1.0\r\nHost: {host}\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).await.unwrap();
    let split = all.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    assert!(
        all.starts_with(b"HTTP/1.0 200"),
        "{}",
        String::from_utf8_lossy(&all[..split])
    );
    all[split + 4..].to_vec()
}
