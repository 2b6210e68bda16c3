//! The net for what the literal lint cannot see: a stored English name or a `Display`
//! printed as a value inside a Chinese line. Real commands run under a Chinese locale on
//! a real store (a failed unit, a done unit, the BLE simulator), and every line with Chinese
//! in it is searched for words that only the English catalog uses ("unclaimed", "failed",
//! "the"): such a word in a Chinese line is English a reader cannot read.
//!
//! A word both catalogs use is an identifier (SN, SecretNo, `register`, `qrcode`, `json`)
//! and passes; so does text in backticks or quotes, a path, flag or URL, and a command
//! line to copy (`wecom-hw …` to the end of the line): data or something to copy. The
//! net's hole: an English word the Chinese catalog also uses as an identifier
//! (`subscribed`, an `--until` value) passes wherever it appears.

use crate::support::line::*;
use std::collections::BTreeSet;
use wecom_hw::i18n::catalog_files;

/// Lower-case words (3+ letters) of a catalog's message texts, without `{ … }` placeables
/// and `…` code spans.
fn words_of(lang: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (tag, _, text) in catalog_files() {
        if tag != lang {
            continue;
        }
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let value = match line.split_once(" = ") {
                Some((id, v)) if !id.starts_with(' ') => v,
                _ => line,
            };
            out.extend(words(&strip(value)));
        }
    }
    out
}

/// `s` without `{ … }`, `` `…` ``, `"…"` and `'…'` spans.
fn strip(s: &str) -> String {
    let mut out = String::new();
    let mut close: Option<char> = None;
    for c in s.chars() {
        match close {
            Some(end) if c == end => close = None,
            Some(_) => {}
            None => match c {
                '{' => close = Some('}'),
                '`' | '"' | '\'' => close = Some(c),
                c => out.push(c),
            },
        }
    }
    out
}

/// The words of `s` that are not part of a path, flag, URL, address or identifier with
/// digits or underscores.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || "（）()，。：；、,;[]<>|=".contains(c))
        .filter(|t| {
            !t.contains(['/', '_', '.', '@', '$'])
                && !t.starts_with('-')
                && !t.chars().any(|c| c.is_ascii_digit())
        })
        .flat_map(|t| {
            t.split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() >= 3 && w.is_ascii())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Identifiers the Chinese catalog happens not to use, each with where it shows.
const IDENTIFIERS: &[&str] = &[
    // A table name in `store info` (with `devices`, `batches`, `line_units`).
    "ledger",
];

/// `line` up to a command to copy (`wecom-hw …`), its spans stripped.
fn prose(line: &str) -> String {
    let s = strip(line);
    match s.find("wecom-hw ") {
        Some(at) => s[..at].to_owned(),
        None => s,
    }
}

fn has_han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn chinese_lines_of_real_commands_carry_no_english_only_words() {
    let english_only: BTreeSet<String> = words_of("en-US")
        .difference(&words_of("zh-CN"))
        .cloned()
        .collect();
    assert!(
        english_only.contains("unclaimed") || english_only.contains("cannot"),
        "the English-only word list is built: {} words",
        english_only.len()
    );
    let l = Line::new(3);
    let run = |args: &[&str]| {
        let o = l
            .process_in_any_language("工位1")
            .env("LANG", "zh_CN.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("WECOM_HW_LANG")
            .env("WECOM_HW_SECRET_NO", "secretNo")
            .args(args)
            .output()
            .unwrap();
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        )
    };
    let sn1 = sn(1);
    let commands: Vec<Vec<&str>> = vec![
        vec![
            "line",
            "next",
            "--out",
            "u.json",
            "--flash",
            "sh -c 'exit 2'",
        ],
        vec!["line", "next", "--out", "u.json"],
        vec!["line", "status"],
        vec!["devices", "list"],
        vec!["devices", "show", &sn1],
        vec!["devices", "batches"],
        vec!["store", "info"],
        vec!["doctor", "--only", "store", "machine"],
        vec!["sign", "bind", "--sn", &sn1, "--explain"],
        vec!["qr", "static", "--sn", &sn1, "-o", "label.png"],
        vec!["import", "export.csv", "--dry-run"],
        vec![
            "ble",
            "--backend",
            "sim",
            "--sim-advert",
            "ed",
            "scan",
            "--timeout",
            "0.3",
            "-v",
        ],
        vec!["ble", "--backend", "sim", "status", "--pick", "first"],
        vec!["ble", "--backend", "sim", "wifi-list", "--pick", "first"],
    ];
    let mut problems = Vec::new();
    for args in &commands {
        let text = run(args);
        for line in text.lines().filter(|l| has_han(l)) {
            let found: Vec<String> = words(&prose(line))
                .into_iter()
                .filter(|w| english_only.contains(w) && !IDENTIFIERS.contains(&w.as_str()))
                .collect();
            if !found.is_empty() {
                problems.push(format!(
                    "wecom-hw {}: {found:?} in {line:?}",
                    args.join(" ")
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The net catches what the sweep found before it existed: a stored failure in `line
/// status`, English bind states and sign checks in a Chinese table, an English `-v` reason.
/// (Not an English stage such as `subscribed`: the Chinese catalog uses that word as
/// `--until`'s value, so it counts as an identifier.)
#[test]
fn the_sweep_flags_the_english_it_was_written_for() {
    let english_only: BTreeSet<String> = words_of("en-US")
        .difference(&words_of("zh-CN"))
        .cloned()
        .collect();
    let caught = |line: &str| {
        words(&prose(line))
            .into_iter()
            .any(|w| english_only.contains(&w))
    };
    for leak in [
        "最近的失败：  2026-12-06 12:26:39  E30000000003   line-1     flasher exited with 2",
        "11:22:33:44:55:66   -52  12345   0xED    unbound   LOW      MISMATCH      名称",
        "已忽略 C0:FF:EE:00:00:02：no 0xFCE7 service in its advertisement",
    ] {
        assert!(caught(leak), "not caught: {leak}");
    }
    for fine in [
        "场景       bind (qrcode)",
        "E30000000001：已下发烧录数据（json 格式，159 字节，写入 u.json）",
        "提示：重新下发：wecom-hw line next --reissue 'retry after flasher exited with 2'",
    ] {
        assert!(!caught(fine), "flagged: {fine}");
    }
}
