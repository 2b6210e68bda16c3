//! Human tables as a person at the line reads them: instants on this machine's clock (`TZ`),
//! line states and failures in the reader's words; `--json` keeps UTC and stored names.

use crate::support::line::*;
use serde_json::Value;

/// `at` (RFC 3339, UTC) on a clock eight hours ahead: what `TZ=CST-8` must show.
fn plus_eight(at: &str) -> String {
    let t = time::OffsetDateTime::parse(at, &time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|e| panic!("{at}: {e}"))
        + time::Duration::hours(8);
    t.format(time::macros::format_description!(
        "[year]-[month]-[day] [hour]:[minute]:[second]"
    ))
    .unwrap()
}

fn run(l: &Line, args: &[&str]) -> String {
    let o = l
        .process_in_any_language("t1")
        .env("TZ", "CST-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("WECOM_HW_LANG")
        .env("LANG", "C")
        .args(args)
        .output()
        .unwrap();
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn devices_show_and_batches_give_local_time_and_json_keeps_utc() {
    let l = Line::new(2);
    let sn1 = sn(1);
    let v: Value = serde_json::from_str(&run(&l, &["--json", "devices", "show", &sn1])).unwrap();
    let at = v["imported_at"].as_str().unwrap().to_owned();
    assert!(at.ends_with('Z'), "--json keeps UTC: {at}");
    let local = plus_eight(&at);
    for lang in ["en", "zh-CN"] {
        let show = run(&l, &["--lang", lang, "devices", "show", &sn1]);
        assert!(
            show.lines()
                .any(|line| line.ends_with(&format!("  {local}"))),
            "{lang}: the import time as {local}:\n{show}"
        );
        assert!(
            show.lines()
                .any(|line| line.starts_with(&format!("  {local}  "))),
            "{lang}: the ledger's time as {local}:\n{show}"
        );
        assert!(!show.contains(&at), "{lang}: no UTC instant:\n{show}");
        let batches = run(&l, &["--lang", lang, "devices", "batches"]);
        assert!(batches.contains(&local), "{lang}:\n{batches}");
    }
}

#[test]
fn line_status_says_states_and_failures_in_the_readers_words() {
    let l = Line::new(3);
    let failed = l
        .process_in_any_language("t1")
        .args(["--lang", "en", "line", "next", "--out", "u.json"])
        .args(["--flash", "sh -c 'echo no ack >&2; exit 2'"])
        .output()
        .unwrap();
    assert_eq!(failed.status.code(), Some(7), "{failed:?}");
    let zh = run(&l, &["--lang", "zh-CN", "line", "status"]);
    assert!(zh.contains("未下发") && zh.contains("失败"), "{zh}");
    assert!(!zh.contains("unclaimed"), "{zh}");
    assert!(zh.contains("烧录失败（退出码 2）"), "{zh}");
    assert!(!zh.contains("flasher exited"), "{zh}");
    let en = run(&l, &["--lang", "en", "line", "status"]);
    assert!(en.contains("not issued"), "{en}");
    assert!(en.contains("flasher exited with 2: no ack"), "{en}");
    // Every count ends in the same display column, in both languages.
    for text in [&zh, &en] {
        let counts: Vec<usize> = text
            .lines()
            .take(7)
            .map(|l| unicode_width::UnicodeWidthStr::width(l.trim_end()))
            .collect();
        assert!(counts.windows(2).all(|w| w[0] == w[1]), "{text}");
    }
    let json: Value =
        serde_json::from_str(&run(&l, &["--lang", "zh-CN", "--json", "line", "status"])).unwrap();
    assert_eq!(json["counts"]["failed"], 1, "{json}");
    assert!(
        json["failures"][0]["updated_at"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
}
