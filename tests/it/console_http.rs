//! `wecom-hw console` over real HTTP on 127.0.0.1: the access token, the same-origin rule
//! for changes, the body cap, the pages, the live event stream, and a crawl of every route
//! against a store holding known secrets (SecretNo, active code, device secret) that
//! asserts none of them ever reaches a browser.

use crate::support::cloud::{Cloud, SECRET_NO, SECRET_NO2, SN, SN2, bin};
use crate::support::console::{Console, Reply};
use crate::support::line::{self, Backend, Line};
use serde_json::Value;
use std::time::Duration;

#[test]
fn every_request_needs_the_token_and_the_url_trades_it_for_a_cookie() {
    let l = Line::new(2);
    let c = Console::start(&l.store, &[]);
    for path in [
        "/",
        "/line",
        "/events",
        "/devices",
        "/assets/console.js",
        "/nope",
    ] {
        let r = c.request("GET", path, &[], b"");
        assert_eq!(r.status, 401, "{path}: {r:?}");
        assert!(r.body.contains("wecom-hw console"), "{path}: {}", r.body);
    }
    let wrong = c.request(
        "GET",
        "/line",
        &["Cookie: wecom_hw_console=0123456789abcdef".into()],
        b"",
    );
    assert_eq!(wrong.status, 401);
    let r = c.request("GET", "/line?token=nottheone", &[], b"");
    assert_eq!(r.status, 401);

    // The printed URL: a redirect that sets the cookie and drops the token from the address.
    let path = c.url().split_once(&c.addr).unwrap().1.to_owned();
    let r = c.request("GET", &path, &[], b"");
    assert_eq!(r.status, 303, "{r:?}");
    assert_eq!(r.header("location"), Some("/"));
    let cookie = r.header("set-cookie").unwrap();
    assert!(cookie.starts_with(&format!("{}; ", c.cookie())), "{cookie}");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );

    let page = c.get("/line");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Production line"), "{}", page.body);
    assert!(page.header("content-security-policy").is_some());
    assert!(
        !page.body.contains(&c.token),
        "the token never goes into a page"
    );
}

#[test]
fn a_change_from_another_origin_is_refused_and_big_bodies_too() {
    let l = Line::new(1);
    let c = Console::start(&l.store, &[]);
    let form = b"lang=zh-CN&back=/line";
    let cookie = format!("Cookie: {}", c.cookie());
    let kind = "Content-Type: application/x-www-form-urlencoded".to_owned();
    for origin in [
        vec!["Origin: http://evil.example".to_owned()],
        vec![format!("Origin: http://{}.evil.example", c.addr)],
        vec!["Referer: http://evil.example/line".to_owned()],
        vec![],
    ] {
        let mut h = vec![cookie.clone(), kind.clone()];
        h.extend(origin.clone());
        let r = c.request("POST", "/lang", &h, form);
        assert_eq!(r.status, 403, "{origin:?}: {r:?}");
        assert!(r.header("set-cookie").is_none());
    }
    // Without the token a POST is refused before its origin is even looked at.
    let r = c.request(
        "POST",
        "/lang",
        &[format!("Origin: {}", c.origin()), kind.clone()],
        form,
    );
    assert_eq!(r.status, 401);
    // From the page itself it works: the language cookie is set.
    let r = c.post_form("/lang", "lang=zh-CN&back=/devices");
    assert_eq!(r.status, 303, "{r:?}");
    assert_eq!(r.header("location"), Some("/devices"));
    assert!(
        r.header("set-cookie")
            .unwrap()
            .starts_with("wecom_hw_lang=zh-CN")
    );
    // A `back` that leaves the server goes to the line page instead.
    let r = c.post_form("/lang", "lang=en&back=//evil.example/x");
    assert_eq!(r.header("location"), Some("/line"));
    // Oversized: refused with 413 whatever the route.
    let big = format!("lang=en&back={}", "a".repeat(20_000));
    let r = c.post_form("/lang", &big);
    assert_eq!(r.status, 413, "{r:?}");
    let r = c.post_form("/emulator/action", &big);
    assert_eq!(r.status, 413, "{r:?}");
    // Input that is not an SN pattern or a batch number is refused, nothing looked up.
    for q in [
        "/devices?q=%27%3Bdrop",
        "/devices?batch=x",
        "/devices?batch=-1",
    ] {
        assert_eq!(c.get(q).status, 400, "{q}");
    }
}

#[test]
fn a_non_loopback_address_needs_allow_remote() {
    let o = assert_cmd::Command::new(bin())
        .args(["--lang", "en", "--store"])
        .arg(crate::support::no_store())
        .args(["console", "--listen", "0.0.0.0:0"])
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--allow-remote"), "{err}");
    assert!(o.stdout.is_empty(), "no URL printed");
}

#[test]
fn pages_follow_the_browser_language_and_the_switch() {
    let l = Line::new(1);
    let c = Console::start(&l.store, &[]);
    let zh = c.get_lang("/line", "zh-CN,zh;q=0.9,en;q=0.5");
    assert!(zh.body.contains("<html lang=\"zh-CN\">"));
    assert!(
        zh.body.contains("<h1>产线</h1>") && zh.body.contains("良率"),
        "{}",
        zh.body
    );
    let en = c.get_lang("/line", "fr-FR,en;q=0.8");
    assert!(en.body.contains("Yield") && !en.body.contains("良率"));
    // The switch's cookie wins over Accept-Language.
    let r = c.request(
        "GET",
        "/devices",
        &[
            format!("Cookie: {}; wecom_hw_lang=zh-CN", c.cookie()),
            "Accept-Language: en".into(),
        ],
        b"",
    );
    assert!(r.body.contains("搜索"), "{}", r.body);
}

/// The live stream follows the ledger: a `line next` in another process shows up as a new
/// event with the counters moved (SQLite: `PRAGMA data_version`; PostgreSQL: the newest
/// ledger id).
fn events_follow_line_next(b: Backend) {
    let l = Line::on(b, 3);
    let c = Console::start(&l.store, &[]);
    let mut ev = c.events();
    let first = ev.read_until(10, |t| t.contains("id=\"counter-pass\">"));
    assert!(first.contains("text/event-stream"), "{first}");
    assert!(first.contains("id=\"counter-pass\">0<"), "{first}");
    l.cmd("st-7")
        .args(["line", "next", "--emit", "json", "--out", "unit.json"])
        .assert()
        .success();
    let next = ev.read_until(10, |t| t.contains("id=\"counter-pass\">1<"));
    assert!(next.contains("id=\"counter-pass\">1<"), "{next}");
    assert!(next.contains("st-7"), "the station appears: {next}");
    // A failing flasher: the failure and its reason arrive the same way.
    let flasher = l.script("flash.sh", "echo 'no ack from the chip' >&2; exit 1");
    let o = l
        .cmd("st-8")
        .args([
            "line",
            "next",
            "--emit",
            "json",
            "--out",
            "unit2.json",
            "--flash",
        ])
        .arg(&flasher)
        .output()
        .unwrap();
    assert!(!o.status.success());
    let failed = ev.read_until(10, |t| t.contains("no ack from the chip"));
    assert!(failed.contains("id=\"counter-fail\">1<"), "{failed}");
    assert!(failed.contains("50.0 %"), "yield: {failed}");
    // A page loaded now shows it too, with the station's last unit.
    let page = c.get("/line").body;
    assert!(page.contains("id=\"counter-pass\">1<"), "{page}");
    assert!(page.contains(&line::sn(1)), "{page}");
}

/// Every route, against a store whose units hold a SecretNo, an active code and a device
/// secret (learnt from the real emulator by `connect`), and whose ledger has line steps:
/// no response, header, event or image contains any of them.
#[test]
fn no_route_ever_sends_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("devices.db");
    let csv = dir.path().join("export.csv");
    std::fs::write(
        &csv,
        format!(
            "序列号,SecretNo,设备ID,二维码链接\n{SN},{SECRET_NO},7100000000000001,{}\n{SN2},{SECRET_NO2},7100000000000002,{}\n",
            line::url(1),
            line::url(2)
        ),
    )
    .unwrap();
    let cmd = || {
        let mut c = assert_cmd::Command::new(bin());
        c.arg("--store")
            .arg(&store)
            .args(["--station", "st-1"])
            .env_remove("WECOM_HW_STORE")
            .env_remove("WECOM_HW_SECRET_NO")
            .current_dir(dir.path())
            .timeout(Duration::from_secs(60));
        c
    };
    cmd().arg("import").arg(&csv).assert().success();
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    cmd()
        .args(["connect", "--sn", SN, "--endpoint", &cloud.url, "--ca-file"])
        .arg(cloud.ca_file())
        .args(["--until", "subscribed", "--timeout", "40s"])
        .assert()
        .success();
    cmd()
        .args([
            "line", "next", "--sn", SN2, "--emit", "json", "--out", "u.json",
        ])
        .assert()
        .success();
    let mut secrets: Vec<String> = Vec::new();
    for sn in [SN, SN2] {
        let o = cmd()
            .args(["--json", "devices", "show", sn, "--show-secrets"])
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        for k in ["secret_no", "active_code", "device_secret"] {
            if let Some(s) = v[k].as_str().filter(|s| s.len() >= 8) {
                secrets.push(s.to_owned());
            }
        }
    }
    assert!(
        secrets.len() >= 4,
        "the store must hold the secrets: {secrets:?}"
    );

    let c = Console::start(&store, &["--cloud-dir", cloud.state.to_str().unwrap()]);
    let mut replies: Vec<(String, Reply)> = Vec::new();
    for path in [
        "/",
        "/line",
        "/devices",
        "/devices?q=E3",
        "/devices?q=E3*&batch=1",
        &format!("/devices/{SN}"),
        &format!("/devices/{SN2}"),
        &format!("/devices/{}", SN.to_lowercase()),
        &format!("/devices/{SN}/label.svg"),
        &format!("/devices/{SN2}/label.svg"),
        "/devices/NOSUCHSN",
        "/emulator",
        "/assets/console.css",
        "/assets/console.js",
        "/no/such/page",
    ] {
        replies.push((path.to_owned(), c.get(path)));
        replies.push((format!("{path} (zh)"), c.get_lang(path, "zh-CN")));
    }
    replies.push((
        "bind".into(),
        c.post_form(
            "/emulator/action",
            &format!("action=bind&sn={SN2}&corp=Acme"),
        ),
    ));
    replies.push((
        "push".into(),
        c.post_form(
            "/emulator/action",
            &format!("action=push&sn={SN}&cmd=fetch_log&body=%7B%22hint%22%3A%22x%22%7D"),
        ),
    ));
    replies.push(("lang".into(), c.post_form("/lang", "lang=zh-CN&back=/line")));
    let events = c.events().read_until(10, |t| t.contains("event: line"));
    assert!(events.contains("event: line"), "{events}");

    // The pages are real: the unit page shows fingerprints and the label is an SVG.
    let unit = &replies[10].1;
    assert_eq!(unit.status, 200);
    assert!(unit.body.contains("fingerprint"), "{}", unit.body);
    let svg = &replies[16].1;
    assert_eq!(svg.header("content-type"), Some("image/svg+xml"));
    assert!(svg.body.contains("<svg"));
    assert_eq!(replies[20].1.status, 404, "unknown SN");
    assert!(
        replies[22].1.body.contains(SN),
        "the emulator page lists its devices"
    );

    let mut all: Vec<(String, String)> =
        replies.iter().map(|(p, r)| (p.clone(), r.all())).collect();
    all.push(("events".into(), events));
    for (path, text) in &all {
        let lower = text.to_lowercase();
        for s in &secrets {
            assert!(
                !lower.contains(&s.to_lowercase()),
                "{path} sends a secret ({}…)",
                &s[..4]
            );
        }
    }
}

crate::support::store::both_backends!(events_follow_line_next);
