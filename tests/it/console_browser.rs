//! `wecom-hw console` in a real headless Chromium (Debian's, driven over WebDriver): the
//! line page follows `line next` runs without a reload, the emulator page's bind button
//! lets a waiting `connect --until subscribed` finish, and the language switch works.
//! Screenshots land in target/console-screenshots/ for the record.
//!
//! Without chromium and chromedriver these tests fail, saying how to install them: CI
//! installs them (`.ci/test`), so a skip would hide a broken browser path.

use crate::support::browser::{Browser, screenshot_path};
use crate::support::cloud::{Cloud, SECRET_NO, SN};
use crate::support::connect::Dev;
use crate::support::console::Console;
use crate::support::line::Line;

#[test]
fn the_line_page_follows_line_next_without_a_reload_and_switches_language() {
    let l = Line::new(6);
    let c = Console::start(&l.store, &[]);
    let b = Browser::start("en-US");
    b.goto(&c.url());
    assert!(b.url().ends_with("/line"), "{}", b.url());
    assert!(!b.url().contains("token"), "the token left the address bar");
    assert_eq!(b.text("#counter-pass"), "0");
    assert_eq!(b.attribute("#chart", "data-total"), "0");
    // A mark in the page: gone if the page were reloaded.
    b.script("window.__still_here = 42;");

    // Two stations run a unit each, in the background of the page.
    let runs: Vec<_> = ["st-1", "st-2"]
        .into_iter()
        .map(|st| {
            l.process(st)
                .args(["line", "next", "--emit", "json", "--out"])
                .arg(l.path(&format!("{st}.json")))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut r in runs {
        assert!(r.wait().unwrap().success());
    }
    // The bound: shown within 2 s of the ledger line, without a reload.
    let shown = b.wait(2.0, |b| b.text("#counter-pass") == "2");
    assert!(shown, "counter: {}", b.text("#counter-pass"));
    assert_eq!(
        b.attribute("#chart", "data-total"),
        "2",
        "the chart moved too"
    );
    assert_eq!(b.script("return window.__still_here;"), 42, "no reload");
    let stations = b.text("#stations");
    assert!(
        stations.contains("st-1") && stations.contains("st-2"),
        "{stations}"
    );
    b.screenshot(&screenshot_path("line-en"));

    // The switch: the same page in Chinese, and it stays Chinese on the next page.
    b.click("#lang-zh-CN");
    assert!(b.wait(5.0, |b| b.text("h1") == "产线"), "{}", b.text("h1"));
    assert!(b.text("#live").contains("良率"));
    b.screenshot(&screenshot_path("line-zh"));
    b.goto(&format!("http://{}/devices?q=L7", c.addr));
    assert_eq!(b.text("h1"), "设备");
    b.click("#results a");
    assert!(b.wait(5.0, |b| b.url().contains("/devices/L7")));
    assert!(b.text("dl.unit").contains("指纹"), "fingerprints only");
    let w = b.script("return document.getElementById('label').naturalWidth;");
    assert!(w.as_u64().unwrap_or(0) > 0, "the label image loaded: {w}");
    b.screenshot(&screenshot_path("unit-zh"));
}

#[test]
fn the_bind_button_lets_a_waiting_device_finish() {
    let cloud = Cloud::start(&[]);
    let l = Line::new(1);
    let c = Console::start(&l.store, &["--cloud-dir", cloud.state.to_str().unwrap()]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let running = dev.spawn(&["--until", "subscribed", "--timeout", "60s"]);
    let b = Browser::start("zh-CN,zh;q=0.9");
    b.goto(&c.url());
    b.goto(&format!("http://{}/emulator", c.addr));
    assert_eq!(b.text("h1"), "模拟云端");
    // The device shows up online once it has connected (the page is reloaded to see it).
    let row = format!("tr[data-sn=\"{SN}\"]");
    let emulator = format!("http://{}/emulator", c.addr);
    let online = b.wait(30.0, |b| {
        b.goto(&emulator);
        b.text(&format!("{row} .online")) == "在线"
    });
    assert!(online, "{}", b.text("#emu-devices"));
    b.screenshot(&screenshot_path("emulator-before-bind"));
    b.click(&format!("{row} button.bind"));
    assert!(b.wait(10.0, |b| b.text("#note").contains(SN)), "no note");
    running.wait_exit(60, 0);
    b.goto(&format!("http://{}/emulator", c.addr));
    assert!(
        !b.text(&format!("{row} .bound")).is_empty(),
        "bound to a corp now"
    );
    b.screenshot(&screenshot_path("emulator-bound"));
}
