//! Why `connect` left a connection, in the reader's language: the reasons the device's core
//! gives as data are worded from the catalogs at the edge, in Chinese under a Chinese
//! locale and in English with `--lang en`, while `--json` keeps their stable English
//! record, byte for byte the same in every language. The BLE Wi-Fi refusal likewise.
//!
//! Real binaries, real TLS on loopback: `cloud serve` injects the fault, `connect` meets it.

use crate::support::connect::*;
use serde_json::Value;
use std::time::Duration;

/// `wecom-hw [PRE…] connect <dev's args> --until subscribed` with a clean language
/// environment plus `vars`, run to completion.
fn connect(dev: &Dev, pre: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    let mut c = assert_cmd::Command::new(bin());
    for name in ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(name);
    }
    c.env("NO_COLOR", "1")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", dev.path("no-store.db"))
        .envs(vars.iter().copied())
        .args(pre)
        .args(dev.args())
        .args(["--until", "subscribed", "--timeout", "50s"])
        .current_dir(dev.dir.path())
        .timeout(Duration::from_secs(60));
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A fresh cloud that answers `subscribe_corp` once with 600005 (secret invalid): the
/// device wipes its secret (unbound), and the connection, already activated, cannot give
/// the secret again, so the device disconnects and reconnects to activate.
fn fresh() -> (Cloud, Dev) {
    let cloud = Cloud::start(&[
        "--auto-bind-after",
        "0",
        "--fault-errcode",
        "subscribe_corp=600005",
    ]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    (cloud, dev)
}

#[test]
fn disconnect_reason_is_chinese_under_a_chinese_locale() {
    let (_cloud, dev) = fresh();
    let out = connect(&dev, &[], &[("LANG", "zh_CN.UTF-8")]);
    let err = String::from_utf8_lossy(&out.stderr);
    // The disconnect and the wipe, each said in Chinese with the code's meaning.
    assert!(
        err.contains("这条长连接已激活，但本地没有保存 secret；重连以重新激活设备"),
        "{err}"
    );
    assert!(err.contains("`subscribe_corp` 返回 600005（"), "{err}");
    for english in [
        "reconnecting to activate again",
        "already activated but no secret",
        "subscribe_corp answered",
    ] {
        assert!(!err.contains(english), "English {english:?} in:\n{err}");
    }
}

#[test]
fn disconnect_reason_is_english_with_lang_en() {
    let (_cloud, dev) = fresh();
    let out = connect(&dev, &["--lang", "en"], &[("LANG", "zh_CN.UTF-8")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("this connection is already activated but no secret is stored: reconnecting to activate again"),
        "{err}"
    );
    assert!(err.contains("`subscribe_corp` answered 600005 ("), "{err}");
    assert!(!err.contains("长连接"), "{err}");
}

/// The events that carry a reason, as the exact NDJSON lines `connect --json` printed,
/// less their `ts` (the clock differs between two runs, not the language).
fn reason_lines(stdout: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter(|l| {
            let v: Value = serde_json::from_str(l).unwrap_or(Value::Null);
            matches!(
                v["event"].as_str(),
                Some("disconnected" | "unbound" | "restart" | "malformed")
            )
        })
        .map(|l| {
            let at = l.find(r#","ts":""#).expect("ts");
            let end = at + 7 + l[at + 7..].find('"').expect("ts end") + 1;
            format!("{}{}", &l[..at], &l[end..])
        })
        .collect()
}

/// The event names in order: the same story in every language.
fn story(stdout: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["event"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn json_reasons_are_byte_identical_across_languages() {
    let (_c1, zh) = fresh();
    let zh = connect(&zh, &["--json"], &[("LANG", "zh_CN.UTF-8")]);
    let (_c2, en) = fresh();
    let en = connect(&en, &["--json", "--lang", "en"], &[]);
    let (zl, el) = (reason_lines(&zh.stdout), reason_lines(&en.stdout));
    // The stable record, not words from either catalog.
    assert!(
        el.iter().any(|l| l.contains(
            r#""reason":"this connection is already activated but no secret is stored: reconnecting to activate again""#
        )),
        "{el:#?}"
    );
    assert!(
        el.iter()
            .any(|l| l.contains(r#""reason":"subscribe_corp answered 600005""#)),
        "{el:#?}"
    );
    // Byte-identical except `message` fields (these events have none).
    assert!(zl.iter().all(|l| !l.contains("\"message\"")), "{zl:#?}");
    assert_eq!(zl, el);
    assert_eq!(story(&zh.stdout), story(&en.stdout));
}

/// `ble … provision` against the simulator whose device cannot join the Wi-Fi.
fn wifi_fail(pre: &[&str], vars: &[(&str, &str)]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let mut c = assert_cmd::Command::new(bin());
    for name in ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(name);
    }
    c.env("NO_COLOR", "1")
        .env("WECOM_HW_SECRET_NO", "secretNo")
        .env("WIFI_PASS", "correct-horse-battery")
        .env("WECOM_HW_STORE", dir.path().join("no-store.db"))
        .envs(vars.iter().copied())
        .args(pre)
        .args([
            "ble",
            "--backend",
            "sim",
            "--sim-fault",
            "wifi-fail",
            "provision",
        ])
        .args(["--address", "11:22:33:44:55:66", "--ssid", "TestAP"])
        .args(["--password-env", "WIFI_PASS"])
        .current_dir(dir.path())
        .timeout(Duration::from_secs(60));
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(8), "{out:?}");
    out
}

/// The Wi-Fi refusal is said in the reader's language; under `--json` the failure record
/// is the same in every language but for its human words.
#[test]
fn wifi_refusal_in_chinese_and_english_json_the_same_but_its_words() {
    let zh = wifi_fail(&[], &[("LANG", "zh_CN.UTF-8")]);
    let err = String::from_utf8_lossy(&zh.stderr);
    assert!(
        err.contains("设备报告未能连上 \"TestAP\"（wifi_connected: false）"),
        "{err}"
    );
    assert!(!err.contains("wrong password"), "{err}");
    let en = wifi_fail(&["--lang", "en"], &[]);
    assert!(
        String::from_utf8_lossy(&en.stderr).contains(
            r#"the device reports wifi_connected: false for "TestAP" (wrong password, out of range, or MAC not whitelisted)"#
        ),
        "{en:?}"
    );
    let json = |o: &std::process::Output| -> Vec<Value> {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    };
    let zh = json(&wifi_fail(&["--json"], &[("LANG", "zh_CN.UTF-8")]));
    let en = json(&wifi_fail(&["--json", "--lang", "en"], &[]));
    // The failure record is the same in every language except its human words
    // (`error`, `hint`: the failure's message in the reader's language).
    let machine = |vs: &[Value]| -> Vec<Value> {
        vs.iter()
            .map(|v| {
                let mut v = v.clone();
                if let Some(o) = v.as_object_mut() {
                    o.remove("error");
                    o.remove("hint");
                }
                v
            })
            .collect()
    };
    let (zm, em) = (machine(&zh), machine(&en));
    assert!(
        em.iter()
            .any(|v| v["code"] == "ble.refused" && v["step"] == "wifi-report"),
        "{en:#?}"
    );
    assert_eq!(zm, em);
    assert!(
        zh.iter().any(|v| v["error"]
            .as_str()
            .is_some_and(|e| e.contains("设备报告未能连上"))),
        "{zh:#?}"
    );
}

/// A connection the cloud drops mid-login: the reason and what the device was doing then
/// are both Chinese, and `--json` keeps the stable English `step`-style wording.
#[test]
fn a_dropped_connection_says_what_the_device_was_doing_in_chinese() {
    let start = || Cloud::start(&["--auto-bind-after", "0", "--fault-drop-after", "3"]);
    let c1 = start();
    let zh = connect(
        &Dev::new(&c1, SN, SECRET_NO),
        &[],
        &[("LANG", "zh_CN.UTF-8")],
    );
    let err = String::from_utf8_lossy(&zh.stderr);
    let line = err
        .lines()
        .find(|l| l.contains("连接已断开："))
        .unwrap_or_else(|| panic!("no disconnect line:\n{err}"));
    assert!(line.contains("（当时：正在等待 `"), "{line}");
    assert!(!line.contains("waiting for"), "{line}");
    let c2 = start();
    let en = connect(
        &Dev::new(&c2, SN, SECRET_NO),
        &["--json"],
        &[("LANG", "zh_CN.UTF-8")],
    );
    let reasons: Vec<Value> = String::from_utf8_lossy(&en.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["event"] == "disconnected")
        .collect();
    assert!(
        reasons.iter().any(|v| v["reason"]
            .as_str()
            .is_some_and(|r| r.contains("(waiting for `"))),
        "{reasons:#?}"
    );
}
