//! The commands of the label and line side — `sign`, `qr`, `line`, `ble`, `demo` — in
//! Chinese, through the real binary: results, errors, hints and the demo's narration come
//! from the zh-CN catalog, tables stay aligned by display width, and `--json` is the same
//! in both languages except its `message` fields.

use assert_cmd::Command;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

const SECRET: &str = "ed712d95cee095898c7838c57e99a403";

/// The binary with a clean language environment plus `vars`, and no store of the user's.
fn wecom_hw(vars: &[(&str, &str)]) -> Command {
    let mut cmd = Command::cargo_bin("wecom-hw").unwrap();
    for name in ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(name);
    }
    cmd.env("NO_COLOR", "1")
        .env("WECOM_HW_STORE", super::support::no_store())
        .env_remove("WECOM_HW_SECRET_NO");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd
}

fn zh() -> Command {
    wecom_hw(&[("LANG", "zh_CN.UTF-8")])
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A Chinese character (CJK Unified Ideographs) is in `s`.
fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn i18n_qr_sign_line_sign_explain_captions_are_chinese_and_aligned() {
    let out = zh()
        .args(["sign", "bind", "--sn", "3389153100001"])
        .args([
            "--timestamp",
            "1500133456",
            "--nonce",
            "99",
            "--explain",
            "--url",
        ])
        .env("WECOM_HW_SECRET_NO", SECRET)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let so = text(&out);
    for caption in ["场景", "输入", "密钥", "排序", "待签名串"] {
        assert!(so.contains(caption), "{caption} missing from:\n{so}");
    }
    assert!(so.contains("各值按字节排序"), "{so}");
    assert!(
        !so.contains("scene ") && !so.contains("masked above"),
        "{so}"
    );
    // Every captioned line's value starts in the same display column.
    let columns: Vec<usize> = so
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(|l| {
            let (caption, rest) = l.split_once(' ').unwrap();
            UnicodeWidthStr::width(caption) + (l.len() - caption.len() - rest.trim_start().len())
        })
        .collect();
    assert_eq!(columns.len(), 7, "{so}");
    assert!(
        columns.iter().all(|&c| c == columns[0]),
        "{columns:?}\n{so}"
    );
    // The secret stays masked in every language.
    assert!(!so.contains(SECRET), "{so}");
}

#[test]
fn i18n_qr_sign_line_an_expired_code_is_explained_in_chinese() {
    let url = text(
        &wecom_hw(&[])
            .args(["sign", "bind", "--sn", "E30000000001", "--url"])
            .args(["--timestamp", "1700000000", "--nonce", "1"])
            .env("WECOM_HW_SECRET_NO", SECRET)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    );
    let verify = |cmd: &mut Command| {
        cmd.args(["sign", "verify", url.trim(), "--at", "1800000000"])
            .env("WECOM_HW_SECRET_NO", SECRET)
            .assert()
            .code(5)
            .get_output()
            .clone()
    };
    let out = verify(&mut zh());
    let err = text(&out.stderr);
    assert!(err.contains("错误：") && err.contains("已于"), "{err}");
    assert!(err.contains("提示：") && err.contains("设备时钟"), "{err}");
    assert!(!err.contains("expired"), "{err}");

    // --json: the same document in both languages, but for the message.
    let json = |lang: &str| -> Value {
        let out = verify(wecom_hw(&[]).args(["--lang", lang, "--json"]));
        let mut lines: Vec<Value> = text(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let last = lines.pop().unwrap();
        assert!(lines.iter().all(|l| l.get("message").is_none()));
        lines.push(last);
        Value::Array(lines)
    };
    let (en, zh) = (json("en"), json("zh-CN"));
    assert_eq!(without_messages(&en), without_messages(&zh));
}

/// A JSON value without the fields in the reader's language: `error` (a `--json` error's
/// text), `message` and `hint`.
fn without_messages(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !["error", "message", "hint"].contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), without_messages(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_messages).collect()),
        v => v.clone(),
    }
}

#[test]
fn i18n_qr_sign_line_qr_errors_and_results_are_chinese() {
    let tmp = tempfile::tempdir().unwrap();
    let out = zh()
        .args(["qr", "url", ""])
        .assert()
        .code(3)
        .get_output()
        .clone();
    let err = text(&out.stderr);
    assert!(err.contains("要编码的文本为空"), "{err}");

    let png = tmp.path().join("a.png");
    let out = zh()
        .args(["qr", "static", "--hw-code", "abc123", "-o"])
        .arg(&png)
        .assert()
        .success()
        .get_output()
        .clone();
    let err = text(&out.stderr);
    assert!(
        err.contains("已写入") && err.contains("回读解码正确"),
        "{err}"
    );

    let out = zh()
        .args(["qr", "static", "--url"])
        .arg(format!(
            "https://open.work.weixin.qq.com/connect/hardware?sn=E1&timestamp=1700000000\
             &nonce=1&signature={}&type=qrcode",
            "0".repeat(40)
        ))
        .arg("-o")
        .arg(&png)
        .assert()
        .code(3)
        .get_output()
        .clone();
    let err = text(&out.stderr);
    assert!(err.contains("动态绑定二维码"), "{err}");
    // The command in the hint stays as typed, in its backticks.
    assert!(err.contains("qr bind --sn E1`"), "{err}");
}

#[test]
fn i18n_qr_sign_line_the_demo_narrates_in_chinese_and_succeeds() {
    let tmp = tempfile::tempdir().unwrap();
    let out = zh()
        .env("WECOM_HW_STORE", tmp.path().join("user-store.db"))
        .args(["demo", "--dir"])
        .arg(tmp.path().join("demo"))
        .timeout(std::time::Duration::from_secs(180))
        .output()
        .unwrap();
    let (so, err) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "stdout: {so}\nstderr: {err}");
    for step in [
        "第 1/5 步：将设备登记表导入",
        "第 2/5 步：为每台设备打印静态绑定二维码标签",
        "第 3/5 步：",
        "第 4/5 步：",
        "第 5/5 步：通过低功耗蓝牙配网",
        "模拟器运行于",
    ] {
        assert!(err.contains(step), "{step} missing from: {err}");
    }
    assert!(so.contains("演示完成："), "{so}");
    // None of the demo's own English narration is left.
    for english in ["== 1/5", "demo done", "emulator on "] {
        assert!(!so.contains(english) && !err.contains(english), "{english}");
    }
    // The commands it runs speak Chinese too (qr is one of them).
    assert!(err.contains("已写入"), "{err}");
    assert!(has_chinese(&so));
}

#[test]
fn i18n_qr_sign_line_line_refusals_are_chinese_with_their_codes() {
    let out = zh()
        .args(["line", "next", "--out", "x.json", "--nvs-namespace"])
        .arg("0123456789abcdefg")
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = text(&out.stderr);
    assert!(err.contains("--nvs-namespace 须为 1 到 15 个字符"), "{err}");

    let out = zh()
        .args(["line", "report", "--since", "yesterday"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let err = text(&out.stderr);
    assert!(
        // Where it happened, then a full-width colon: the frame is Chinese too.
        err.contains("--since \"yesterday\"：应为 RFC 3339 时间"),
        "{err}"
    );

    // The same refusal under --json: one code, a message in each language.
    let json = |lang: &str| -> Value {
        let out = wecom_hw(&[])
            .args([
                "--lang",
                lang,
                "--json",
                "line",
                "report",
                "--since",
                "yesterday",
            ])
            .assert()
            .code(2)
            .get_output()
            .clone();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let (en, zh) = (json("en"), json("zh-CN"));
    assert_eq!(without_messages(&en), without_messages(&zh));
    assert_eq!(zh["code"], "usage.bad_value", "{zh}");
    assert!(has_chinese(&zh.to_string()) && !has_chinese(&en.to_string()));
}

/// The display column at which `needle` starts in `line`.
fn column_of(line: &str, needle: &str) -> usize {
    let at = line
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {line:?}"));
    UnicodeWidthStr::width(&line[..at])
}

#[test]
fn i18n_qr_sign_line_ble_scan_table_and_result_block_are_chinese_and_aligned() {
    let out = zh()
        .args(["ble", "--backend", "sim", "scan", "--timeout", "1"])
        .assert()
        .success()
        .get_output()
        .clone();
    let so = text(&out.stdout);
    let mut lines = so.lines();
    let (header, row) = (lines.next().unwrap(), lines.next().unwrap());
    // Each caption starts in the display column its values start in.
    assert_eq!(column_of(header, "设备ID"), column_of(row, "12345"), "{so}");
    assert_eq!(column_of(header, "格式"), column_of(row, "0xEE"), "{so}");
    assert_eq!(
        column_of(header, "名称"),
        column_of(row, "WeComSim"),
        "{so}"
    );
    assert!(text(&out.stderr).contains("发现 1 台企业微信设备"));

    let tmp = tempfile::tempdir().unwrap();
    let (pw, secret) = (tmp.path().join("pw"), tmp.path().join("secret"));
    std::fs::write(&pw, "pw12345678\n").unwrap();
    std::fs::write(&secret, "secretNo\n").unwrap();
    let out = zh()
        .args(["ble", "--backend", "sim", "provision", "--pick", "first"])
        .args(["--ssid", "DemoWiFi", "--password-file"])
        .arg(&pw)
        .arg("--secret-file")
        .arg(&secret)
        .assert()
        .success()
        .get_output()
        .clone();
    let so = text(&out.stdout);
    assert!(so.contains("Wi-Fi \"DemoWiFi\"：已连接"), "{so}");
    let starts: Vec<usize> = so
        .lines()
        .map(|l| {
            let (caption, _) = l.split_once(' ').unwrap();
            column_of(l, l[caption.len()..].trim_start())
        })
        .collect();
    assert!(starts.iter().all(|&c| c == starts[0]), "{starts:?}\n{so}");
    for caption in ["设备", "握手", "信息", "结果"] {
        assert!(so.contains(caption), "{caption}: {so}");
    }
}

#[test]
fn i18n_qr_sign_line_clap_parse_errors_are_chinese() {
    let err = |args: &[&str]| -> String {
        let out = zh().args(args).assert().code(2).get_output().clone();
        assert!(out.stdout.is_empty());
        text(&out.stderr)
    };
    let e = err(&["sign", "bind", "--explainn"]);
    assert!(e.starts_with("错误：无法识别的参数 '--explainn'"), "{e}");
    assert!(e.contains("提示：有一个相似的参数：'--explain'"), "{e}");
    assert!(e.contains("用法：wecom-hw sign bind"), "{e}");
    assert!(e.contains("更多信息请运行 '--help'。"), "{e}");
    assert!(!e.contains("unexpected") && !e.contains("Usage"), "{e}");

    let e = err(&["sign", "bind", "--sn"]);
    assert!(e.contains("'--sn <SN>' 需要一个值，但没有给出"), "{e}");
    let e = err(&["qr", "static", "--ecc", "Z"]);
    assert!(e.contains("'--ecc <LEVEL>' 的值 'Z' 无效"), "{e}");
    assert!(e.contains("[可选值：L, M, Q, H]"), "{e}");
    let e = err(&["sgn"]);
    assert!(e.contains("无法识别的子命令 'sgn'"), "{e}");
    assert!(e.contains("有一个相似的子命令：'sign'"), "{e}");
    let e = err(&["sign", "bind", "--sn", "A", "--sn", "B"]);
    assert!(e.contains("参数 '--sn <SN>' 不能多次使用"), "{e}");
    let e = err(&[]);
    assert!(e.contains("'wecom-hw' 需要一个子命令，但没有给出"), "{e}");

    // English keeps clap's own words, and the exit code is the same.
    let out = wecom_hw(&[])
        .args(["--lang", "en", "sign", "bind", "--explainn"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let e = text(&out.stderr);
    assert!(
        e.starts_with("error: unexpected argument '--explainn' found"),
        "{e}"
    );
    assert!(e.contains("For more information, try '--help'."), "{e}");
}

#[test]
fn i18n_qr_sign_line_chinese_help_fits_the_terminal_by_display_width() {
    for columns in ["60", "80"] {
        for args in [
            &["--help"][..],
            &["ble", "provision", "--help"],
            &["line", "next", "--help"],
            &["import", "--help"],
            &["sign", "bind", "-h"],
        ] {
            let out = zh()
                .env("COLUMNS", columns)
                .args(args)
                .assert()
                .success()
                .get_output()
                .clone();
            let help = text(&out.stdout);
            assert!(has_chinese(&help), "{help}");
            let width: usize = columns.parse().unwrap();
            // A URL is one word that no terminal breaks: it may stick out; nothing else.
            for line in help.lines().filter(|l| !l.contains("://")) {
                assert!(
                    UnicodeWidthStr::width(line) <= width,
                    "{args:?} at {columns} columns: {line:?}"
                );
            }
        }
    }
}
