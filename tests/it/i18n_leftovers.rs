//! The words that stayed English after the catalogs landed (issue 14), now in Chinese too,
//! through the real binary with `LANG=zh_CN.UTF-8` (and `--lang en` beside it): durations,
//! the ledger's event names and a unit's status in human tables (while `--json` keeps the
//! stored names), why an SN is refused, the sentence around an OS error, and the demo as a
//! whole: no English sentence is left in what `wecom-hw demo` prints.

use crate::support::import::{Env, good_rows, write_xlsx};
use assert_cmd::Command;
use serde_json::Value;

const SECRET: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";

/// The command in Chinese, chosen by the locale as a Chinese desktop chooses it.
fn zh(env: &Env) -> Command {
    let mut c = env.cmd();
    c.env_remove("WECOM_HW_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("NO_COLOR", "1")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("LANG", "zh_CN.UTF-8");
    c
}

/// The command in English by the flag, although the locale says Chinese.
fn en(env: &Env) -> Command {
    let mut c = zh(env);
    c.args(["--lang", "en"]);
    c
}

fn run(mut c: Command, args: &[&str]) -> (i32, String, String) {
    let o = c.args(args).output().unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

fn import(env: &Env) {
    let f = env.path("export.xlsx");
    write_xlsx(&f, &[("设备列表", good_rows(1, 3))]);
    let (code, _, err) = run(en(env), &["import", f.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
}

/// A dynamic bind code of the spec's test vectors (signed at 1700000000).
fn signed_url() -> String {
    let v: Value = serde_json::from_str(include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/test-vectors.json"
    )))
    .unwrap();
    v["qr_urls"]["qrcode_E30000000001_1700000000"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn durations_read_in_the_readers_units() {
    let env = Env::new();
    let url = signed_url();
    let verify = |c: Command| {
        let mut c = c;
        c.env("WECOM_HW_SECRET_NO", SECRET);
        run(c, &["sign", "verify", &url, "--at", "1700000605"])
    };
    let (code, so, err) = verify(zh(&env));
    assert_eq!(code, 0, "{err}");
    // 605 s old of 1800: "10 分钟 05 秒" old, "19 分钟 55 秒" left, valid for "30 分钟 00 秒".
    assert!(so.contains("10 分钟 05 秒"), "{so}");
    assert!(so.contains("19 分钟 55 秒"), "{so}");
    assert!(!so.contains("10m") && !so.contains("05s"), "{so}");
    let (code, so, _) = verify(en(&env));
    assert_eq!(code, 0);
    assert!(so.contains("age 10m 05s, 19m 55s left"), "{so}");
}

/// The display column where the text after `sn` starts on `line` (CJK is two wide).
fn column_after(line: &str, field: &str) -> usize {
    let at = line
        .find(field)
        .unwrap_or_else(|| panic!("{field} in {line:?}"));
    unicode_width::UnicodeWidthStr::width(&line[..at])
}

#[test]
fn statuses_and_ledger_events_are_labelled_for_people_and_stay_stored_names_in_json() {
    let env = Env::new();
    import(&env);

    let (code, so, err) = run(zh(&env), &["devices", "show", "E30000000002"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        so.contains("已导入"),
        "the status and the ledger event: {so}"
    );
    assert!(!so.contains(" imported "), "{so}");
    let (_, so_en, _) = run(en(&env), &["devices", "show", "E30000000002"]);
    assert!(so_en.contains("imported"), "{so_en}");

    // The list's table: the batch column starts in one display column on every row,
    // header (Chinese labels) and units (Chinese status) alike.
    let (code, so, err) = run(zh(&env), &["devices", "list"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = so.lines().collect();
    assert!(lines.len() >= 4, "{so}");
    assert!(lines[1].contains("已导入"), "{so}");
    // The last column (SecretNo) starts in one display column on every line: each column
    // before it is padded by display width, Chinese header and status included.
    let last_col = |l: &str| column_after(l, l.split_whitespace().last().unwrap());
    let cols: Vec<usize> = lines.iter().map(|l| last_col(l)).collect();
    assert!(cols.windows(2).all(|w| w[0] == w[1]), "{cols:?}\n{so}");

    // --json: the stored names, byte for byte the same in both languages.
    let (_, a, _) = run(zh(&env), &["devices", "show", "E30000000002", "--json"]);
    let (_, b, _) = run(en(&env), &["devices", "show", "E30000000002", "--json"]);
    assert_eq!(a, b);
    let v: Value = serde_json::from_str(a.trim()).unwrap();
    assert_eq!(v["status"], "imported");
    assert_eq!(v["ledger"][0]["event"], "imported");
    let (_, a, _) = run(zh(&env), &["devices", "list", "--json"]);
    let (_, b, _) = run(en(&env), &["devices", "list", "--json"]);
    assert_eq!(a, b);
}

#[test]
fn a_refused_sn_is_explained_in_chinese() {
    let env = Env::new();
    let mut c = zh(&env);
    c.env("WECOM_HW_SECRET_NO", SECRET);
    let (code, _, err) = run(c, &["sign", "bind", "--sn", "E3-01"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("SN 含有 '-'；只允许 0-9、A-Z 和 a-z"), "{err}");
    let mut c = en(&env);
    c.env("WECOM_HW_SECRET_NO", SECRET);
    let (_, _, err) = run(c, &["sign", "bind", "--sn", "E3-01"]);
    assert!(err.contains("only 0-9, A-Z and a-z"), "{err}");
}

#[test]
fn the_sentence_around_an_os_error_is_chinese_and_the_os_text_is_kept() {
    let env = Env::new();
    let missing = env.path("no-such-secret.txt");
    let (code, _, err) = run(
        zh(&env),
        &[
            "sign",
            "bind",
            "--sn",
            "E30000000001",
            "--secret-file",
            missing.to_str().unwrap(),
        ],
    );
    assert_ne!(code, 0);
    let line = err
        .lines()
        .find(|l| l.contains("no-such-secret.txt"))
        .unwrap_or_else(|| panic!("{err}"));
    // The OS's words stay as the OS gives them, after a full-width colon of ours.
    assert!(line.contains("：No such file or directory"), "{line}");
    assert!(!line.contains(": No such"), "{line}");
}

/// Two English words in a row (`active returned`, `not known`): a sentence, not an
/// identifier. A word here has three letters or more and a lowercase one: command names
/// (`qr static`), acronyms and hex (`MAC AA`) are not words.
fn english_phrase(line: &str) -> Option<String> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || "，。：；（）()、,:;\"'`".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|w| {
        let word = |s: &str| {
            s.len() > 2
                && s.chars().all(|c| c.is_ascii_alphabetic())
                && s.chars().any(|c| c.is_ascii_lowercase())
        };
        (word(w[0]) && word(w[1])).then(|| format!("{} {}", w[0], w[1]))
    })
}

#[test]
fn the_demo_prints_no_english_sentence_in_chinese() {
    let env = Env::new();
    let mut c = zh(&env);
    c.env("WECOM_HW_STORE", env.path("user-store.db"))
        .args(["demo", "--dir"])
        .arg(env.path("demo"))
        .timeout(std::time::Duration::from_secs(180));
    let o = c.output().unwrap();
    let (so, err) = (
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    );
    assert!(o.status.success(), "{so}\n{err}");
    let mut in_ledger = false;
    let mut english = Vec::new();
    for line in so.lines().chain(err.lines()) {
        // The commands it runs are printed to be copied: identifiers, not words.
        if line.starts_with("$ ") {
            continue;
        }
        // The ledger's detail column is what was recorded, as it was recorded (stored
        // text, the same for every reader of a shared store): see CONTRIBUTING.md.
        if line == "台账：" {
            in_ledger = true;
            continue;
        }
        if in_ledger && line.starts_with("  ") {
            continue;
        }
        in_ledger = false;
        if let Some(p) = english_phrase(line) {
            english.push(format!("{p:?} in {line:?}"));
        }
    }
    assert!(english.is_empty(), "English left:\n{}", english.join("\n"));
    assert!(english_phrase("active returned the secret").is_some());
    assert!(english_phrase("已连接（网络 \"DemoWiFi\"），SN E30000000001").is_none());
    assert!(english_phrase("qr static：2/20 张标签，MAC AA:BB").is_none());
}

#[test]
fn a_failed_flash_is_told_in_chinese_with_its_seconds() {
    let l = crate::support::line::Line::new(1);
    l.script("slow.sh", "sleep 5");
    let o = l
        .process_in_any_language("st1")
        .env_remove("WECOM_HW_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .args([
            "line",
            "next",
            "--emit",
            "env",
            "--out",
            "u.env",
            "--flash",
            "./slow.sh {file}",
            "--flash-timeout",
            "1",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8(o.stderr).unwrap();
    assert_ne!(o.status.code(), Some(0), "{err}");
    assert!(err.contains("已下发烧录数据（env 格式，"), "{err}");
    let line = err.lines().find(|l| l.starts_with("错误：")).unwrap();
    assert!(line.contains("烧录程序超时：1 秒内未完成"), "{line}");
    assert!(!line.contains("timed out"), "{line}");
}

#[test]
fn a_second_emulator_on_the_same_state_is_refused_in_chinese() {
    let cloud = crate::support::cloud::Cloud::start(&[]);
    let o = std::process::Command::new(crate::support::cloud::bin())
        .env_remove("WECOM_HW_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .env("NO_COLOR", "1")
        .args(["cloud", "--state-dir"])
        .arg(&cloud.state)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    let err = String::from_utf8(o.stderr).unwrap();
    assert_ne!(o.status.code(), Some(0), "{err}");
    assert!(
        err.contains(&format!(
            "错误：已有另一个模拟器在使用 {}",
            cloud.state.display()
        )),
        "{err}"
    );
    assert!(err.contains("提示：请先停止它"), "{err}");
    drop(cloud);
}
