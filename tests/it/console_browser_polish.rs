//! What only a browser shows, on a phone (390 × 844 CSS pixels) in Chinese: the chart's
//! axis text is drawn at a legible size, an emulator device's row is one compact line,
//! and the emulator page's connections and device states follow without a reload.
//! Screenshots land in target/console-screenshots/. Fails (never skips) without chromium
//! and chromedriver, like the other browser tests.

use crate::support::browser::{Browser, screenshot_path};
use crate::support::cloud::{Cloud, SECRET_NO, SN};
use crate::support::connect::Dev;
use crate::support::console::Console;
use crate::support::line::Line;

#[test]
fn on_a_phone_the_chart_reads_and_the_emulator_rows_stay_compact_and_live() {
    let cloud = Cloud::start(&[]);
    let l = Line::new(2);
    l.cmd("st-1")
        .args(["line", "next", "--emit", "json", "--out", "u.json"])
        .assert()
        .success();
    let c = Console::start(&l.store, &["--cloud-dir", cloud.state.to_str().unwrap()]);
    let b = Browser::start("zh-CN,zh;q=0.9");
    b.resize(390, 844);
    b.goto(&c.url());
    let width = b.script("return window.innerWidth;").as_u64().unwrap();
    assert!(width <= 400, "a phone's width: {width}");

    // The chart's axis text, in CSS pixels as drawn (the SVG shrinks to the phone).
    let px = b.script(
        "var svg = document.getElementById('chart');\
         var t = svg.querySelector('text');\
         return parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;",
    );
    let px = px.as_f64().unwrap();
    assert!(px >= 10.0, "the chart's axis text is {px:.1} px on a phone");
    b.screenshot(&screenshot_path("polish-line-phone-zh"));

    // The emulator: one line per device, and live without a reload.
    b.goto(&format!("http://{}/emulator?sn={SN}", c.addr));
    b.script("window.__still_here = 42;");
    let row = format!("tr[data-sn=\"{SN}\"]");
    let height = b
        .script(&format!(
            "return document.querySelector('{}').getBoundingClientRect().height;",
            row.replace('\'', "\\'")
        ))
        .as_f64()
        .unwrap();
    assert!(height <= 50.0, "a device's row is {height:.0} px tall");
    assert!(b.text("#emu-summary").contains("0 个长连接"));
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let _running = dev.spawn(&["--until", "subscribed", "--timeout", "60s"]);
    assert!(
        b.wait(30.0, |b| b.text("#emu-summary").contains("1 个长连接")
            && b.text(&format!("{row} .online")) == "在线"),
        "{} / {}",
        b.text("#emu-summary"),
        b.text(&format!("{row} .online"))
    );
    assert_eq!(b.script("return window.__still_here;"), 42, "no reload");
    let stage = b.attribute(&format!("{row} .stage"), "title");
    assert!(
        !stage.is_empty() && b.text(&format!("{row} .stage")) != stage,
        "stage word and its machine name: {stage}"
    );
    b.screenshot(&screenshot_path("polish-emulator-phone-zh"));
}
