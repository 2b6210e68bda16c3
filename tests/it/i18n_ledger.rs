//! A unit's ledger details in the reader's language (issue 14): a real store filled by the
//! real binary (import, `qr static --from-store`, `line next` with a flasher and a label,
//! a failed flash and its `--reissue`, `connect` against the real `cloud serve` over TLS),
//! then `devices show` read in Chinese (no English detail sentence left), in English (the
//! details as stored) and with `--json` (the same bytes in both languages).

use crate::support::cloud::{Cloud, SECRET_NO, SN};
use crate::support::console::Console;
use crate::support::line::*;
use std::time::Duration;

/// The English sentences the writers store (the forms the ledger holds; each must be
/// said in Chinese words, not shown as stored).
const ENGLISH: &[&str] = &[
    " from ",
    " row ",
    "payload,",
    " bytes",
    "secret fingerprint",
    "flasher exit",
    "no flasher",
    "read-back verified",
    " label ×",
    " to ",
    "active returned the secret",
    "retry after",
    "attempt",
    "exited with",
    "get_secret_no",
    "from state",
];

fn in_lang(l: &Line, lang: &str, args: &[&str]) -> Vec<u8> {
    let o = l
        .process_in_any_language("st1")
        .args(["--lang", lang])
        .args(args)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

/// Units 1..=2 for the line, SN (the cloud's unit) for `connect`, each with a history.
fn store_with_history() -> Line {
    let l = Line::new(2);
    let csv = l.path("cloud-units.csv");
    std::fs::write(&csv, format!("序列号,SecretNo\n{SN},{SECRET_NO}\n")).unwrap();
    l.cmd("import").arg("import").arg(&csv).assert().success();

    // A label from the store (`qr … --from-store`): `png → FILE`.
    l.cmd("st1")
        .args(["qr", "static", "--sn", &sn(1), "-o", "u1.png"])
        .assert()
        .success();
    // A unit through the line: issued, flashed (read back), label printed, done.
    l.script("flash.sh", "echo flashed ok");
    l.script("verify.sh", "cat \"$1\"");
    l.cmd("st1")
        .args(["line", "next", "--sn", &sn(1), "--out", "u1.json"])
        .args([
            "--flash",
            "./flash.sh {file}",
            "--verify",
            "./verify.sh {file}",
        ])
        .args(["--print", "u1.zpl", "--label", "40x30"])
        .assert()
        .success();
    // A failed flash, then the reissue its hint suggests, with no label.
    l.script("bad.sh", "echo 'E: chip not responding' >&2; exit 3");
    l.cmd("st1")
        .args(["line", "next", "--sn", &sn(2), "--out", "u2.json"])
        .args(["--flash", "./bad.sh"])
        .assert()
        .code(7);
    l.cmd("st1")
        .args(["line", "next", "--sn", &sn(2), "--out", "u2.json"])
        .args(["--reissue", "retry after flasher exited with 3"])
        .assert()
        .success();
    // The cloud's unit registers and is bound.
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    l.cmd("st1")
        .args(["connect", "--sn", SN, "--endpoint", &cloud.url, "--ca-file"])
        .arg(cloud.ca_file())
        .args(["--until", "subscribed", "--timeout", "40s"])
        .timeout(Duration::from_secs(60))
        .assert()
        .success();
    l
}

#[test]
fn devices_show_says_every_ledger_detail_in_chinese_and_keeps_the_stored_ones_elsewhere() {
    let l = store_with_history();
    for unit in [sn(1), sn(2), SN.to_owned()] {
        let json_en = in_lang(&l, "en", &["--json", "devices", "show", &unit]);
        let json_zh = in_lang(&l, "zh-CN", &["--json", "devices", "show", &unit]);
        assert_eq!(
            json_en, json_zh,
            "--json is the same bytes in both languages"
        );
        let v: serde_json::Value = serde_json::from_slice(&json_en).unwrap();
        let details: Vec<&str> = v["ledger"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["detail"].as_str())
            .collect();
        assert!(!details.is_empty(), "{v}");

        // English: every stored detail, as stored.
        let en = String::from_utf8(in_lang(&l, "en", &["devices", "show", &unit])).unwrap();
        for d in &details {
            assert!(en.contains(d), "{unit}: {d:?} missing from\n{en}");
        }

        // Chinese: no stored English sentence, and no English phrase of one.
        let zh = String::from_utf8(in_lang(&l, "zh-CN", &["devices", "show", &unit])).unwrap();
        let timeline = zh.split_once('\n').map_or(&*zh, |(_, t)| t);
        let ledger = timeline
            .lines()
            .skip_while(|l| !l.starts_with("  "))
            .collect::<Vec<_>>()
            .join("\n");
        // (A one-word detail is a command's name, kept as it is: `register`.)
        for d in details.iter().filter(|d| d.contains(' ')) {
            assert!(!ledger.contains(d), "{unit}: {d:?} shown in English:\n{zh}");
        }
        for phrase in ENGLISH {
            assert!(
                !ledger.contains(phrase),
                "{unit}: {phrase:?} left in English:\n{ledger}"
            );
        }
    }
    // Every kind of detail was written, so each form above was read back.
    let all = String::from_utf8(in_lang(&l, "zh-CN", &["devices", "show", &sn(1)])).unwrap()
        + &String::from_utf8(in_lang(&l, "zh-CN", &["devices", "show", &sn(2)])).unwrap()
        + &String::from_utf8(in_lang(&l, "zh-CN", &["devices", "show", SN])).unwrap();
    for want in [
        "第 1 批次，来自 ",
        "export.csv 第 2 行",
        "png 标签，写入 u1.png",
        "烧录程序正常退出",
        "标签 1 份，发往 u1.zpl",
        "SecretNo 指纹",
        "回读校验通过",
        "失败后重试：烧录失败（退出码 3）",
        "未打印标签",
        "已调用 register 注册",
        "active 返回了设备 secret",
    ] {
        assert!(all.contains(want), "{want:?} not in\n{all}");
    }

    // The console's unit timeline says them in the page's language too, and marks as
    // English (`lang="en"`) only what it shows as stored.
    let console = Console::start(&l.store, &[]);
    for unit in [sn(1), sn(2), SN.to_owned()] {
        let page = console.get_lang(&format!("/devices/{unit}"), "zh-CN");
        assert_eq!(page.status, 200, "{}", page.body);
        let timeline = page
            .body
            .split_once("id=\"timeline\"")
            .map(|(_, t)| t.split_once("</ol>").map_or(t, |(t, _)| t))
            .unwrap_or_else(|| panic!("no timeline in {}", page.body));
        assert!(!timeline.contains("lang=\"en\""), "{unit}: {timeline}");
        for phrase in ENGLISH {
            assert!(
                !timeline.contains(phrase),
                "{unit}: {phrase:?} left in English: {timeline}"
            );
        }
    }
    let page = console
        .get_lang(&format!("/devices/{}", sn(1)), "zh-CN")
        .body;
    assert!(page.contains("zpl 标签 1 份，发往 u1.zpl"), "{page}");
    let page = console.get_lang(&format!("/devices/{SN}"), "en").body;
    assert!(page.contains("active returned the secret"), "{page}");
}
