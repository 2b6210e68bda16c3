//! The emulator page of `cloud serve --console` in a real headless Chromium: a `connect`
//! run shows up in the device's frame log within 2 s, without a reload; a fault switched
//! in the page reaches the next `connect`, whose wrong reply appears in the log the same
//! way; the page switches to Chinese. Screenshots land in target/console-screenshots/.
//!
//! Like the line page's browser tests, these fail (never skip) without chromium and
//! chromedriver, saying how to install them.

use crate::support::browser::{Browser, screenshot_path};
use crate::support::cloud::{Cloud, SECRET_NO, SN};
use crate::support::connect::Dev;

#[test]
fn a_devices_frames_appear_live_and_a_fault_switch_reaches_connect() {
    // No store: the emulator page needs none (the line pages then say so).
    let no_store = crate::support::no_store();
    let cloud = Cloud::start(&[
        "--store",
        no_store.to_str().unwrap(),
        "--auto-bind-after",
        "0",
        "--console",
        "--console-listen",
        "127.0.0.1:0",
    ]);
    let url = cloud.wait_event(|e| e["event"] == "console")["url"]
        .as_str()
        .unwrap()
        .to_owned();
    let b = Browser::start("en-US");
    b.goto(&url);
    assert!(b.url().ends_with("/emulator"), "{}", b.url());
    assert!(!b.url().contains("token"), "the token left the address bar");
    assert_eq!(
        b.attribute("#frames", "data-sn"),
        SN,
        "the first device's log"
    );
    assert_eq!(b.text("#frames tbody"), "", "nothing yet");
    // A mark in the page: gone if the page were reloaded.
    b.script("window.__still_here = 7;");

    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "subscribed", "--timeout", "40s"])
        .success();
    // The bound: shown within 2 s, without a reload.
    let shown = b.wait(2.0, |b| b.text("#frames tbody").contains("subscribe_corp"));
    assert!(shown, "frames: {}", b.text("#frames"));
    let log = b.text("#frames tbody");
    for cmd in ["get_timestamp", "register", "active"] {
        assert!(log.contains(cmd), "{cmd}: {log}");
    }
    assert!(log.contains("received") && log.contains("sent"), "{log}");
    assert!(log.contains("fp:"), "credentials masked: {log}");
    assert!(!log.contains(SECRET_NO), "{log}");
    assert_eq!(b.script("return window.__still_here;"), 7, "no reload");
    // The device's state cells follow too (it left again: no longer online).
    assert!(
        b.wait(5.0, |b| b.text(&format!("tr[data-sn=\"{SN}\"] .bound"))
            == "Emulated Corp"),
        "{}",
        b.text("#emu-devices")
    );
    b.screenshot(&screenshot_path("emulator-frames-en"));

    // The switch: on in the page, then the next connect gets a reply it never asked for.
    b.click("#fault-wrong-req-id");
    assert!(
        b.wait(10.0, |b| b
            .text("#note")
            .contains("wrong-req-id switched on")),
        "note: {}",
        b.text("#note")
    );
    assert_eq!(b.attribute("#fault-wrong-req-id", "aria-pressed"), "true");
    b.script("window.__still_here = 8;");
    let a = dev
        .run(&["--until", "subscribed", "--timeout", "40s"])
        .success();
    let err = String::from_utf8_lossy(&a.get_output().stderr).into_owned();
    assert!(err.contains("get_timestamp-1-not-yours"), "{err}");
    let shown = b.wait(2.0, |b| b.text("#frames tbody").contains("not-yours"));
    assert!(shown, "frames: {}", b.text("#frames tbody"));
    assert_eq!(b.script("return window.__still_here;"), 8, "no reload");
    b.screenshot(&screenshot_path("emulator-fault-en"));

    // The same page in Chinese.
    b.click("#lang-zh-CN");
    assert!(
        b.wait(5.0, |b| b.text("h1") == "模拟云端"),
        "{}",
        b.text("h1")
    );
    assert!(b.text("#frames-title").contains("帧日志"));
    assert!(b.text("#frames tbody").contains("收到"));
    assert_eq!(b.attribute("#fault-wrong-req-id", "aria-pressed"), "true");
    b.screenshot(&screenshot_path("emulator-zh"));
}
