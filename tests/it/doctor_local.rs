//! `wecom-hw doctor`'s local checks through the real binary: a store file others may read
//! (fail, `chmod 600`), a healthy store, the loopback label printer reporting paper out,
//! head open, or never answering a status query, a flasher that does not exist; the
//! `--json` shape, the exit codes, and the checklist's alignment in Chinese.

use crate::support::cloud::bin;
use crate::support::printer::{self, Answer};
use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output};
use unicode_width::UnicodeWidthStr;

fn run(store: &std::path::Path, args: &[&str]) -> Output {
    Command::new(bin())
        .env("WECOM_HW_STORE", store)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("WECOM_HW_LANG")
        .args(args)
        .output()
        .unwrap()
}

fn checks(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

/// A store made by the real binary (`store migrate`), mode 0600.
fn new_store(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let db = dir.path().join("devices.db");
    let out = run(&db, &["store", "migrate"]);
    assert!(out.status.success(), "{out:?}");
    db
}

#[test]
fn doctor_store_readable_by_others_fails_saying_chmod_600() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_store(&dir);
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    let before = std::fs::read(&db).unwrap();
    let out = run(&db, &["--lang", "en", "doctor", "--only", "store"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.contains("store.file")).unwrap();
    assert!(line.starts_with("FAIL") && line.contains("0644"), "{text}");
    assert!(
        text.contains(&format!("chmod 600 {}", db.display())),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(10), "store.shared is exit class 10");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "doctor changes nothing"
    );

    // Fixed as the hint says, the store passes.
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(&db, &["--json", "doctor", "--only", "store"]);
    let all = checks(&out);
    let names: Vec<&str> = all.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "store.file",
            "store.schema",
            "store.integrity",
            "store.units"
        ]
    );
    assert!(all.iter().all(|c| c["status"] == "ok"), "{all:?}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn doctor_store_counts_units_by_status() {
    let l = crate::support::line::Line::new(3);
    let out = l
        .cmd("doctor")
        .args(["--json", "doctor", "--only", "store.units"])
        .output()
        .unwrap();
    let all = checks(&out);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["value"], "imported 3", "{all:?}");
}

/// An empty file given as the store is said to be no store (the code of a missing store),
/// in both languages, instead of "schema version 0" and then a SQL error; doctor leaves
/// it empty. The units line says each status in the reader's words.
#[test]
fn doctor_says_an_empty_file_is_not_a_device_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("empty.db");
    std::fs::write(&db, b"").unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run(&db, &["--json", "doctor", "--only", "store"]);
    let all = checks(&out);
    let schema = all.iter().find(|c| c["name"] == "store.schema").unwrap();
    assert_eq!(schema["status"], "fail", "{all:?}");
    assert_eq!(schema["code"], "store.missing", "{all:?}");
    assert!(
        !all.iter().any(|c| c["name"] == "store.units"),
        "no SQL error about a missing table: {all:?}"
    );
    assert_ne!(out.status.code(), Some(0));
    let en = run(&db, &["--lang", "en", "doctor", "--only", "store"]);
    let en = String::from_utf8_lossy(&en.stdout);
    assert!(en.contains("is not a device store"), "{en}");
    assert!(!en.contains("no such table"), "{en}");
    let zh = run(&db, &["--lang", "zh-CN", "doctor", "--only", "store"]);
    let zh = String::from_utf8_lossy(&zh.stdout);
    assert!(zh.contains("不是设备库"), "{zh}");
    assert_eq!(std::fs::read(&db).unwrap(), b"", "doctor changes nothing");

    let l = crate::support::line::Line::new(2);
    let out = l
        .process_in_any_language("doctor")
        .args(["--lang", "zh-CN", "doctor", "--only", "store.units"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("已导入 2"), "{text}");
}

fn printer_check(url: &str, args: &[&str]) -> (Value, Output) {
    let mut a = vec!["--json", "doctor", "--printer", url, "--only", "printer"];
    a.extend_from_slice(args);
    let out = run(&crate::support::no_store(), &a);
    let all = checks(&out);
    assert_eq!(all.len(), 1, "{all:?}");
    (all[0].clone(), out)
}

#[test]
fn doctor_printer_reports_paper_out_and_head_open() {
    let url = printer::start(Answer::Zpl {
        paper_out: true,
        paused: false,
        head_open: false,
        ribbon_out: false,
    });
    let (c, out) = printer_check(&url, &[]);
    assert_eq!(c["status"], "fail", "{c}");
    let v = c["value"].as_str().unwrap();
    assert!(
        v.contains("ZPL") && v.contains("paper out") && !v.contains("head open"),
        "{v}"
    );
    assert_eq!(c["code"], "printer.not_ready");
    assert_eq!(out.status.code(), Some(7));

    let url = printer::start(Answer::Zpl {
        paper_out: false,
        paused: false,
        head_open: true,
        ribbon_out: false,
    });
    let (c, _) = printer_check(&url, &["--lang", "zh-CN"]);
    let v = c["value"].as_str().unwrap();
    assert!(v.contains("打印头未合上") && !v.contains("缺纸"), "{v}");

    let (c, out) = printer_check(&printer::start(Answer::ZPL_READY), &[]);
    assert_eq!(c["status"], "ok", "{c}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn doctor_printer_speaking_tspl_is_asked_with_its_own_query() {
    // 0x04: out of paper; 0x10: paused.
    let url = printer::start(Answer::Tspl(0x14));
    let (c, _) = printer_check(&url, &["--timeout", "1"]);
    let v = c["value"].as_str().unwrap();
    assert!(
        v.contains("TSPL") && v.contains("paper out") && v.contains("paused"),
        "{v}"
    );
}

#[test]
fn doctor_printer_that_never_answers_a_status_query_is_a_warning() {
    let url = printer::start(Answer::Silent);
    let (c, out) = printer_check(&url, &["--timeout", "1"]);
    assert_eq!(c["status"], "warn", "{c}");
    assert!(c["value"].as_str().unwrap().contains("reachable"), "{c}");
    assert_eq!(out.status.code(), Some(0), "a warning alone exits 0");
    let (_, strict) = printer_check(&url, &["--timeout", "1", "--strict"]);
    assert_eq!(strict.status.code(), Some(7));

    // Nobody listening: a failure.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("tcp://{}", free.local_addr().unwrap());
    drop(free);
    let (c, out) = printer_check(&url, &["--timeout", "1"]);
    assert_eq!(
        (c["status"].as_str(), c["code"].as_str()),
        (Some("fail"), Some("printer.unreachable"))
    );
    assert_eq!(out.status.code(), Some(7));
}

#[test]
fn doctor_flasher_that_does_not_exist_fails() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("flash.sh");
    std::fs::write(&script, "#!/bin/sh\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o644)).unwrap();
    let s = script.display().to_string();
    let out = run(
        &crate::support::no_store(),
        &[
            "--json",
            "doctor",
            "--only",
            "flasher",
            "--flasher",
            "no-such-flasher-xyz --port /dev/ttyUSB0 {file}",
            "--flasher",
            "sh -c true",
            "--flasher",
            &format!("{s} {{file}}"),
        ],
    );
    let all = checks(&out);
    assert_eq!(all.len(), 3, "{all:?}");
    assert_eq!(all[0]["status"], "fail");
    assert!(
        all[0]["value"]
            .as_str()
            .unwrap()
            .contains("no-such-flasher-xyz")
    );
    assert_eq!(all[0]["code"], "flasher.missing");
    assert_eq!(all[1]["status"], "ok", "{:?}", all[1]);
    assert_eq!(all[2]["status"], "fail");
    assert!(
        all[2]["hint"].as_str().unwrap().contains("chmod +x"),
        "{:?}",
        all[2]
    );
    assert_eq!(out.status.code(), Some(10));
}

#[test]
fn doctor_json_is_one_object_per_check_with_stable_fields_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_store(&dir);
    let args = [
        "--json",
        "doctor",
        "--only",
        "store",
        "machine",
        "printer",
        "flasher",
        "bluetooth",
    ];
    let en = checks(&run(&db, &[&["--lang", "en"][..], &args].concat()));
    let zh = checks(&run(&db, &[&["--lang", "zh-CN"][..], &args].concat()));
    assert_eq!(en.len(), zh.len());
    for (e, z) in en.iter().zip(&zh) {
        let obj = e.as_object().unwrap();
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort();
        let want: &[&str] = if e["status"] == "ok" || e["status"] == "skip" {
            &["hint", "name", "status", "value"]
        } else {
            &["code", "hint", "name", "status", "value"]
        };
        assert_eq!(keys, want, "{e}");
        assert!(["ok", "warn", "fail", "skip"].contains(&e["status"].as_str().unwrap()));
        assert_eq!(
            (&e["name"], &e["status"], &e.get("code")),
            (&z["name"], &z["status"], &z.get("code"))
        );
    }
    let names: Vec<&str> = en.iter().map(|c| c["name"].as_str().unwrap()).collect();
    for n in [
        "store.file",
        "printer",
        "bluetooth",
        "flasher",
        "machine.locale",
        "machine.disk",
        "machine.terminal",
    ] {
        assert!(names.contains(&n), "{n} in {names:?}");
    }
    let locale = &zh.iter().find(|c| c["name"] == "machine.locale").unwrap()["value"];
    assert!(locale.as_str().unwrap().contains("zh-CN"), "{locale}");
}

#[test]
fn doctor_checklist_aligns_chinese_by_display_width() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_store(&dir);
    let url = printer::start(Answer::Zpl {
        paper_out: true,
        paused: true,
        head_open: false,
        ribbon_out: false,
    });
    let out = run(
        &db,
        &[
            "--lang",
            "zh-CN",
            "doctor",
            "--only",
            "store",
            "printer",
            "machine",
            "--printer",
            &url,
        ],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    // Every check line's value starts in the same display column; fix lines start there too.
    let col = |l: &str, at: &str| l.find(at).map(|i| l[..i].width());
    let mut starts = Vec::new();
    for l in &lines[..lines.len() - 1] {
        if let Some(c) = col(l, "处理：") {
            starts.push(c);
            continue;
        }
        // "{status}  {name}  {value}": the value starts after the name and its padding.
        let name_at = ["store.", "printer", "machine."]
            .iter()
            .filter_map(|n| l.find(n))
            .min()
            .unwrap_or_else(|| panic!("no check name in {l:?}"));
        let after_name = name_at + l[name_at..].find(' ').unwrap();
        let value_at = after_name + (l[after_name..].len() - l[after_name..].trim_start().len());
        starts.push(l[..value_at].width());
    }
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "{starts:?}\n{text}"
    );
    assert!(text.contains("缺纸、已暂停"), "{text}");
    assert!(lines.last().unwrap().starts_with("正常 "), "{text}");
    for ambiguous in ['✓', '✗', '■', '①', '→', '…'] {
        assert!(!text.contains(ambiguous), "{text}");
    }
}

#[test]
fn doctor_unknown_check_or_endpoint_is_a_usage_error() {
    let out = run(
        &crate::support::no_store(),
        &["--lang", "en", "doctor", "--only", "clocks"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("clock, network, store"), "{err}");
    let out = run(
        &crate::support::no_store(),
        &[
            "--json",
            "doctor",
            "--endpoint",
            "https://example.com/",
            "--only",
            "clock",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["code"], "usage.bad_value");
}
