//! The console's emulator page over real HTTP, against a real `cloud serve` and real
//! `connect` devices: the frame log holds a connected device's frames, live over the
//! event stream, and no route ever sends a SecretNo, device secret, active code or login
//! code while devices are connected (the secrets are read from the emulator's own state
//! file and the devices' files, not from the code under test); a fault switched on in the
//! page changes what the next `connect` sees; `cloud serve --console` serves all this
//! from the emulator's own process, behind the same token and origin checks.

use crate::support::cloud::{Cloud, SECRET_NO, SECRET_NO2, SEED, SEED_SN, SN, SN2, bin};
use crate::support::connect::Dev;
use crate::support::console::{Console, Reply};
use crate::support::line::Line;
use serde_json::Value;
use std::time::Duration;

/// Starts `cloud serve --store STORE --console` (port 0 for both) and attaches to the
/// console it printed on its NDJSON stdout.
fn cloud_with_console(store: &std::path::Path, extra: &[&str]) -> (Cloud, Console) {
    let store = store.to_str().unwrap();
    let mut args = vec![
        "--store",
        store,
        "--console",
        "--console-listen",
        "127.0.0.1:0",
    ];
    args.extend_from_slice(extra);
    let cloud = Cloud::start(&args);
    let ev = cloud.wait_event(|e| e["event"] == "console");
    let url = ev["url"].as_str().unwrap();
    assert!(url.contains("/emulator?token="), "{ev}");
    let console = Console::inside(url);
    (cloud, console)
}

/// Every string the emulator keeps under a credential's name, from its state file.
fn emulator_secrets(cloud: &Cloud) -> Vec<String> {
    let state: Value =
        serde_json::from_str(&std::fs::read_to_string(cloud.state.join("state.json")).unwrap())
            .unwrap();
    let mut v = Vec::new();
    for d in state["devices"].as_array().unwrap() {
        for k in [
            "secret_no",
            "seed_secret_no",
            "active_code",
            "secret",
            "login_code",
        ] {
            if let Some(s) = d[k].as_str() {
                v.push(s.to_owned());
            }
        }
    }
    v
}

fn form(c: &Console, path: &str, body: &str) -> Reply {
    c.post_form(path, body)
}

#[test]
fn the_frame_log_shows_a_devices_frames_live_and_no_route_sends_a_secret() {
    let l = Line::new(1);
    let (cloud, c) = cloud_with_console(&l.store, &["--auto-bind-after", "0"]);
    // The line and devices pages read the store, in the emulator's process.
    let line = c.get("/line");
    assert_eq!(line.status, 200, "{line:?}");
    assert!(line.body.contains("Production line"), "{}", line.body);
    assert!(
        c.get("/devices?q=L7")
            .body
            .contains(&crate::support::line::sn(1))
    );
    // The page before any device: the log of the first device, empty, and the switches.
    let before = c.get("/emulator");
    assert_eq!(before.status, 200, "{before:?}");
    assert!(before.body.contains("id=\"frames\""), "{}", before.body);
    assert!(before.body.contains("id=\"fault-wrong-req-id\""));
    let mut live = c.events_at(&format!("/emulator/events?sn={SN}&after=0"));

    // A device that logs in, a seed device that exchanges its SecretNo, and one that
    // stays connected during the crawl.
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "subscribed", "--timeout", "40s"])
        .success();
    let mut seed = Dev::new(&cloud, SEED_SN, SEED);
    seed.seed = true;
    seed.run(&["--until", "subscribed", "--timeout", "40s"])
        .success();
    let dev2 = Dev::new(&cloud, SN2, SECRET_NO2);
    let online = dev2.spawn(&[]);
    crate::support::cloud::wait_until(30, "SN2 online", || {
        let s = cloud.admin_json(&["status"]);
        s["devices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["sn"] == SN2 && d["stage"] == "subscribed")
    });

    // The live feed carried the device's login, in order, as rows of the log.
    let fed = live.read_until(10, |t| {
        t.contains("subscribe_corp") && t.contains("event: state")
    });
    assert!(fed.contains("event: frames"), "{fed}");
    for cmd in ["get_timestamp", "register", "active", "subscribe_corp"] {
        assert!(
            fed.contains(&format!("<td class=\"cmd\">{cmd}</td>")),
            "{cmd}: {fed}"
        );
    }
    assert!(fed.contains("fp:"), "credentials as fingerprints: {fed}");

    // The page shows the same frames, received and sent.
    let page = c.get(&format!("/emulator?sn={SN}"));
    assert!(
        page.body.contains("<td class=\"cmd\">subscribe_corp</td>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<td>received</td>") && page.body.contains("<td>sent</td>"));
    assert!(
        page.body.contains(&format!("Frame log of {SN}")),
        "{}",
        page.body
    );
    let seed_page = c.get(&format!("/emulator?sn={SEED_SN}"));
    assert!(
        seed_page
            .body
            .contains("<td class=\"cmd\">get_secret_no</td>"),
        "the exchange is logged: {}",
        seed_page.body
    );

    let mut secrets = emulator_secrets(&cloud);
    for d in [&dev, &seed, &dev2] {
        secrets.extend(d.secrets());
    }
    secrets.retain(|s| s.len() >= 8);
    secrets.sort();
    secrets.dedup();
    assert!(
        secrets.len() >= 9,
        "SecretNos, active codes, secrets and login codes: {}",
        secrets.len()
    );

    let mut replies: Vec<(String, String)> = Vec::new();
    for path in [
        "/",
        "/line",
        "/devices",
        "/emulator",
        &format!("/emulator?sn={SN}"),
        &format!("/emulator?sn={SEED_SN}"),
        &format!("/emulator?sn={SN2}"),
        &format!("/emulator?sn={}", SN.to_lowercase()),
        "/emulator?sn=NOSUCHSN",
        "/emulator?sn=%3Cscript%3E",
        "/assets/emulator.js",
        "/assets/console.css",
    ] {
        replies.push((path.to_owned(), c.get(path).all()));
        replies.push((format!("{path} (zh)"), c.get_lang(path, "zh-CN").all()));
    }
    for (name, path, body) in [
        (
            "fault",
            "/emulator/fault",
            format!("fault=headerless&on=1&log={SN}"),
        ),
        ("bad fault", "/emulator/fault", "fault=nope&on=1".to_owned()),
        (
            "bind",
            "/emulator/action",
            format!("action=bind&sn={SN2}&corp=Acme"),
        ),
        (
            "unbind",
            "/emulator/action",
            format!("action=unbind&sn={SN}"),
        ),
        (
            "push",
            "/emulator/action",
            format!("action=push&sn={SN2}&cmd=fetch_log&body=%7B%22hint%22%3A%22x%22%7D"),
        ),
    ] {
        let r = form(&c, path, &body);
        assert!(r.status == 200 || r.status == 400, "{name}: {r:?}");
        replies.push((name.to_owned(), r.all()));
    }
    for sn in [SN, SEED_SN, SN2] {
        let ev = c
            .events_at(&format!("/emulator/events?sn={sn}&after=0"))
            .read_until(5, |t| {
                t.contains("event: frames") && t.contains("event: state")
            });
        assert!(ev.contains("event: frames"), "{sn}: {ev}");
        replies.push((format!("events {sn}"), ev));
    }
    replies.push(("live feed".into(), fed));
    for (path, text) in &replies {
        let lower = text.to_lowercase();
        for s in &secrets {
            assert!(
                !lower.contains(&s.to_lowercase()),
                "{path} sends a secret ({}…)",
                &s[..4]
            );
        }
    }
    drop(online);
}

#[test]
fn a_fault_switched_on_in_the_page_changes_what_connect_sees() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let l = Line::new(1);
    let c = Console::start(&l.store, &["--cloud-dir", cloud.state.to_str().unwrap()]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let calm = dev
        .run(&["--until", "subscribed", "--timeout", "40s"])
        .success();
    let err = String::from_utf8_lossy(&calm.get_output().stderr).into_owned();
    assert!(!err.contains("not-yours"), "{err}");

    // From another origin, or a name that is no switch: refused, nothing switched.
    let r = c.request(
        "POST",
        "/emulator/fault",
        &[
            format!("Cookie: {}", c.cookie()),
            "Origin: http://evil.example".into(),
            "Content-Type: application/x-www-form-urlencoded".into(),
        ],
        b"fault=wrong-req-id&on=1",
    );
    assert_eq!(r.status, 403, "{r:?}");
    for bad in [
        "fault=delay&on=1",
        "fault=wrong-req-id&on=maybe",
        "fault=%3Cscript%3E&on=1",
    ] {
        let r = c.post_form("/emulator/fault", bad);
        assert_eq!(r.status, 400, "{bad}: {r:?}");
        assert!(!r.body.contains("<script>"), "{}", r.body);
    }
    let on = |s: &Value| -> Vec<String> {
        s["faults"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["on"] == true)
            .map(|f| f["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(on(&cloud.admin_json(&["status"])).is_empty());

    // The page's switch.
    let r = c.post_form(
        "/emulator/fault",
        &format!("fault=wrong-req-id&on=1&log={SN}"),
    );
    assert_eq!(r.status, 200, "{r:?}");
    assert!(r.body.contains("wrong-req-id switched on"), "{}", r.body);
    assert!(
        r.body
            .contains("id=\"fault-wrong-req-id\" class=\"fault on\" aria-pressed=\"true\""),
        "{}",
        r.body
    );
    assert_eq!(on(&cloud.admin_json(&["status"])), ["wrong-req-id"]);

    // The next connect gets a reply to a request it never sent, drops it, and resends.
    let hit = dev
        .run(&["--until", "subscribed", "--timeout", "40s"])
        .success();
    let err = String::from_utf8_lossy(&hit.get_output().stderr).into_owned();
    assert!(
        err.contains("dropped a reply to no request in flight [get_timestamp-1-not-yours]"),
        "{err}"
    );
    // The frame log shows the wrong reply as it went out.
    let page = c.get(&format!("/emulator?sn={SN}"));
    assert!(
        page.body.contains("get_timestamp-1-not-yours"),
        "{}",
        page.body
    );

    // Switched off: the next connect is calm again.
    let r = c.post_form(
        "/emulator/fault",
        &format!("fault=wrong-req-id&on=0&log={SN}"),
    );
    assert!(r.body.contains("wrong-req-id switched off"), "{}", r.body);
    // In Chinese too.
    let zh = c.get_lang("/emulator", "zh-CN");
    assert!(
        zh.body.contains("故障开关") && zh.body.contains("帧日志") && zh.body.contains("发出"),
        "{}",
        zh.body
    );
    let r = c.request(
        "POST",
        "/emulator/fault",
        &[
            format!("Cookie: {}; wecom_hw_lang=zh-CN", c.cookie()),
            format!("Origin: {}", c.origin()),
            "Content-Type: application/x-www-form-urlencoded".into(),
        ],
        b"fault=refuse-tls&on=1",
    );
    assert!(r.body.contains("refuse-tls 已开"), "{}", r.body);
}

#[test]
fn cloud_serve_console_needs_allow_remote_off_loopback() {
    for (lang, needle) in [
        ("en", "is not a loopback address"),
        ("zh-CN", "不是本机回环地址"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let o = assert_cmd::Command::new(bin())
            .args(["--lang", lang, "cloud", "--state-dir"])
            .arg(dir.path().join("state"))
            .args([
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--console",
                "--console-listen",
                "0.0.0.0:0",
            ])
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{o:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains(needle) && err.contains("--allow-remote"),
            "{err}"
        );
        assert!(o.stdout.is_empty(), "nothing started: {o:?}");
        assert!(!dir.path().join("state").join("control.sock").exists());
    }
    // --console-listen without --console is a usage error, not silently ignored.
    let o = assert_cmd::Command::new(bin())
        .args([
            "--lang",
            "en",
            "cloud",
            "serve",
            "--console-listen",
            "127.0.0.1:0",
        ])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{o:?}");
}
