//! What a person noticed on the console's pages, over real HTTP: a token link keeps its
//! query; times read on the line PC's clock (`TZ`), with the exact instant kept in
//! `<time datetime>`, in pages and in live events; a unit's failures read in the page's
//! language on its timeline; the emulator page says how to attach an emulator, says its
//! states in words of the page's language, labels its fields and columns, keeps its
//! connections live and its device across the language switch.

use crate::support::cloud::{Cloud, SECRET_NO, SN};
use crate::support::connect::Dev;
use crate::support::console::Console;
use crate::support::line::{self, Line};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// Every `<time datetime="INSTANT" …>TEXT</time>` of a page: (INSTANT, TEXT).
fn times(body: &str) -> Vec<(String, String)> {
    let mut v = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find("<time datetime=\"") {
        rest = &rest[i + "<time datetime=\"".len()..];
        let instant = rest[..rest.find('"').unwrap()].to_owned();
        let text_at = rest.find('>').unwrap() + 1;
        let end = rest.find("</time>").unwrap();
        v.push((instant, rest[text_at..end].to_owned()));
        rest = &rest[end..];
    }
    v
}

/// `INSTANT` read in a zone `hours` ahead of UTC, as a person writes it.
fn local(instant: &str, hours: i64) -> String {
    let t = OffsetDateTime::parse(instant, &Rfc3339).unwrap_or_else(|e| panic!("{instant}: {e}"))
        + time::Duration::hours(hours);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The text a person sees: the page without its tags (and so without attributes).
fn visible(body: &str) -> String {
    let mut o = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => o.push(c),
            _ => {}
        }
    }
    o
}

/// An ISO instant (`2026-12-06T08:30:34`) anywhere in `text`.
fn has_iso(text: &str) -> bool {
    let b = text.as_bytes();
    let d = |i: usize| b[i].is_ascii_digit();
    (0..b.len().saturating_sub(18)).any(|i| {
        d(i) && d(i + 3)
            && b[i + 4] == b'-'
            && b[i + 7] == b'-'
            && b[i + 10] == b'T'
            && d(i + 11)
            && b[i + 13] == b':'
    })
}

/// A readable local time (`2026-12-06 16:30:34`) anywhere in `text`.
fn has_readable(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(18)).any(|i| {
        b[i].is_ascii_digit()
            && b[i + 4] == b'-'
            && b[i + 7] == b'-'
            && b[i + 10] == b' '
            && b[i + 13] == b':'
            && b[i + 16] == b':'
    })
}

#[test]
fn a_token_link_keeps_its_other_query_parameters() {
    let l = Line::new(2);
    let c = Console::start(&l.store, &[]);
    let r = c.request(
        "GET",
        &format!("/devices?q=L7&token={}&batch=1", c.token),
        &[],
        b"",
    );
    assert_eq!(r.status, 303, "{r:?}");
    assert_eq!(r.header("location"), Some("/devices?q=L7&batch=1"));
    assert!(r.header("set-cookie").is_some());
    // Where it leads: the search, with its results.
    let page = c.get("/devices?q=L7&batch=1");
    assert!(page.body.contains(&line::sn(2)), "{}", page.body);
    // A link with nothing else keeps its bare path.
    let r = c.request("GET", &format!("/devices?token={}", c.token), &[], b"");
    assert_eq!(r.header("location"), Some("/devices"));
    // And the language switch comes back to the same search.
    assert!(
        page.body
            .contains("name=\"back\" value=\"/devices?q=L7&amp;batch=1\""),
        "{}",
        page.body
    );
    let r = c.post_form("/lang", "lang=zh-CN&back=%2Fdevices%3Fq%3DL7%26batch%3D1");
    assert_eq!(r.header("location"), Some("/devices?q=L7&batch=1"), "{r:?}");
}

/// A line PC in China (`TZ=Asia/Shanghai`, 8 hours ahead of UTC, no summer time): every
/// time on the line page, its live events and the unit pages reads on that clock; the
/// instant stays in `datetime`; no ISO string is left for a person to convert.
#[test]
fn times_read_on_the_line_pcs_clock_in_pages_and_live_events() {
    let l = Line::new(3);
    l.cmd("st-1")
        .args(["line", "next", "--emit", "json", "--out", "u1.json"])
        .assert()
        .success();
    let flasher = l.script("flash.sh", "echo 'no ack from the chip' >&2; exit 3");
    l.cmd("st-2")
        .args([
            "line", "next", "--emit", "json", "--out", "u2.json", "--flash",
        ])
        .arg(&flasher)
        .assert()
        .failure();
    let c = Console::start_env(&l.store, &[], &[("TZ", "Asia/Shanghai")]);
    let mut pages = Vec::new();
    for path in [
        "/line".to_owned(),
        "/devices?q=L7".to_owned(),
        format!("/devices/{}", line::sn(1)),
        format!("/devices/{}", line::sn(2)),
    ] {
        for lang in ["en", "zh-CN"] {
            let r = c.get_lang(&path, lang);
            assert_eq!(r.status, 200, "{path}: {r:?}");
            pages.push((format!("{path} ({lang})"), r.body));
        }
    }
    let events = c
        .events()
        .read_until(10, |t| t.contains("event: line") && t.contains("</table>"));
    pages.push(("events".into(), events));
    for (what, body) in &pages {
        let shown = times(body);
        assert!(!shown.is_empty(), "{what}: no <time>: {body}");
        for (instant, text) in &shown {
            assert_eq!(text, &local(instant, 8), "{what}");
        }
        let seen = visible(body);
        assert!(!has_iso(&seen), "{what} shows an ISO time: {seen}");
    }
    // The shift's sentence (a message, no <time> inside) reads the same way.
    let line = visible(&pages[0].1);
    assert!(has_readable(&line), "{line}");
}

/// A failure on a unit's timeline says why in the page's language, as the line page does.
#[test]
fn a_units_timeline_says_its_failure_in_the_pages_language() {
    let l = Line::new(2);
    let flasher = l.script("flash.sh", "echo 'no ack from the chip' >&2; exit 3");
    l.cmd("st-2")
        .args([
            "line", "next", "--emit", "json", "--out", "u.json", "--flash",
        ])
        .arg(&flasher)
        .assert()
        .failure();
    let failed = l
        .ledger()
        .into_iter()
        .find(|r| r["event"] == "flash-failed")
        .expect("a flash-failed ledger line");
    let sn = failed["sn"].as_str().unwrap().to_owned();
    let c = Console::start(&l.store, &[]);
    let item = |lang: &str| {
        let body = c.get_lang(&format!("/devices/{sn}"), lang).body;
        let tl = body.split("id=\"timeline\"").nth(1).unwrap().to_owned();
        tl.split("<li>")
            .find(|li| li.contains("title=\"flash-failed\""))
            .unwrap_or_else(|| panic!("{body}"))
            .to_owned()
    };
    let zh = item("zh-CN");
    assert!(zh.contains("退出码 3"), "{zh}");
    assert!(
        zh.contains("no ack from the chip"),
        "the flasher's words: {zh}"
    );
    assert!(!zh.contains("exited with"), "English left: {zh}");
    let en = item("en");
    assert!(en.contains("exit code 3"), "{en}");
}

#[test]
fn without_an_emulator_the_page_says_how_to_attach_one() {
    let l = Line::new(1);
    let c = Console::start(&l.store, &[]);
    for (lang, words) in [("en", "not attached"), ("zh-CN", "未连接模拟云端")] {
        let r = c.get_lang("/emulator", lang);
        assert_eq!(r.status, 404, "{r:?}");
        let text = visible(&r.body);
        assert!(text.contains(words), "{lang}: {text}");
        assert!(
            text.contains("wecom-hw cloud serve --console")
                && text.contains("wecom-hw console --cloud-dir DIR"),
            "{lang}: {text}"
        );
    }
}

/// The emulator page in Chinese with a device online: words, not machine names or
/// symbols; every column and field named; the connections follow live; the device shown
/// survives the language switch.
#[test]
fn the_emulator_page_speaks_the_pages_language_and_keeps_its_device() {
    let cloud = Cloud::start(&[]);
    let l = Line::new(1);
    let c = Console::start(&l.store, &["--cloud-dir", cloud.state.to_str().unwrap()]);
    let mut feed = c.events_at_lang(&format!("/emulator/events?sn={SN}"), "zh-CN");
    let first = feed.read_until(10, |t| t.contains("event: state"));
    assert!(first.contains("\"connections\":0"), "{first}");
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let _running = dev.spawn(&["--until", "subscribed", "--timeout", "60s"]);
    // The summary follows without a reload.
    let live = feed.read_until(30, |t| t.contains("\"connections\":1"));
    assert!(live.contains("1 个长连接"), "{live}");

    let row_of = |body: &str| -> String {
        let at = body
            .find(&format!("<tr data-sn=\"{SN}\""))
            .unwrap_or_else(|| panic!("{body}"));
        body[at..at + body[at..].find("</tr>").unwrap()].to_owned()
    };
    let mut body = String::new();
    crate::support::cloud::wait_until(30, "online with a stage", || {
        body = c.get_lang(&format!("/emulator?sn={SN}"), "zh-CN").body;
        row_of(&body).contains("在线")
    });
    let row = row_of(&body);
    assert!(!body.contains('✔'), "{row}");
    assert!(row.contains("已注册"), "{row}");
    let stage = row.split("class=\"stage\" title=\"").nth(1).unwrap();
    let (raw, rest) = stage.split_once('"').unwrap();
    assert!(
        ["connected", "registered", "activated", "subscribed"].contains(&raw),
        "the machine name stays in the title: {raw}"
    );
    let word = &rest[1..rest.find("</td>").unwrap()];
    assert!(
        !word.is_empty() && !word.is_ascii(),
        "stage said in Chinese: {word:?}"
    );
    // Every column has its heading, every field its label.
    let head = body.split("id=\"emu-devices\"").nth(1).unwrap();
    let head = &head[..head.find("</tr>").unwrap()];
    assert_eq!(head.matches("<th>").count(), 7, "{head}");
    assert!(!head.contains("<th></th>"), "{head}");
    for field in ["corp", "cmd", "body"] {
        let before = &row[..row.find(&format!("name=\"{field}\"")).unwrap()];
        let label = before.rfind("<label>").unwrap();
        assert!(
            !before[label..].contains("</label>"),
            "{field} is inside its label: {row}"
        );
    }
    // The cloud time reads as a time, not as Unix seconds.
    let summary = body.split("id=\"emu-summary\"").nth(1).unwrap();
    let summary = &summary[..summary.find("</p>").unwrap()];
    assert!(has_readable(summary), "{summary}");
    // The language switch comes back to this device.
    assert!(
        body.contains(&format!("name=\"back\" value=\"/emulator?sn={SN}\"")),
        "{body}"
    );
    let r = c.post_form("/lang", &format!("lang=en&back=%2Femulator%3Fsn%3D{SN}"));
    assert_eq!(r.status, 303, "{r:?}");
    assert_eq!(
        r.header("location"),
        Some(format!("/emulator?sn={SN}").as_str())
    );
    let en = c.get_lang(&format!("/emulator?sn={SN}"), "en").body;
    let row = row_of(&en);
    assert!(row.contains(">online<"), "{row}");
}
