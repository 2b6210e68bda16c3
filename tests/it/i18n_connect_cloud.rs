//! `connect` and `cloud` in the reader's language, through the real binaries over real TLS
//! on loopback: a 600xxx rejection shows its meaning and what to do in Chinese under a
//! Chinese locale and in English with `--lang en`; the device's lifecycle lines are Chinese;
//! an operator's refused command is said in the operator's language; `--json` is the same in
//! every language except the human `error`/`hint` words of a failure.

use crate::support::connect::*;
use serde_json::Value;
use std::time::Duration;

/// `wecom-hw [PRE…] connect <dev's args> EXTRA` with a clean language environment plus `vars`.
fn connect_std(
    dev: &Dev,
    pre: &[&str],
    vars: &[(&str, &str)],
    extra: &[&str],
) -> std::process::Command {
    let mut c = std::process::Command::new(bin());
    for name in ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(name);
    }
    c.env("NO_COLOR", "1")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", dev.path("no-store.db"))
        .envs(vars.iter().copied())
        .args(pre)
        .args(dev.args())
        .args(extra)
        .current_dir(dev.dir.path());
    c
}

/// [`connect_std`] run to completion (bounded).
fn connect(dev: &Dev, pre: &[&str], vars: &[(&str, &str)], extra: &[&str]) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::from_std(connect_std(dev, pre, vars, extra));
    c.timeout(Duration::from_secs(60));
    c
}

/// `wecom-hw [PRE…] cloud --state-dir <cloud's> ARGS` with a clean language environment.
fn admin(cloud: &Cloud, pre: &[&str], vars: &[(&str, &str)], args: &[&str]) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::new(bin());
    for name in ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        c.env_remove(name);
    }
    c.env("NO_COLOR", "1")
        .envs(vars.iter().copied())
        .args(pre)
        .args(["cloud", "--state-dir"])
        .arg(&cloud.state)
        .args(args)
        .timeout(Duration::from_secs(30));
    c
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const ZH: &[(&str, &str)] = &[("LANG", "zh_CN.UTF-8")];

#[test]
fn a_600xxx_rejection_is_explained_in_the_readers_language() {
    let cloud = Cloud::start(&[]);
    // Not in the emulator's devices: `register` is refused with 600001.
    let dev = Dev::new(&cloud, "E39999999999", SECRET_NO);
    let until = ["--until", "registered", "--timeout", "20s"];

    let zh = connect(&dev, &[], ZH, &until).assert().code(8);
    let err = text(&zh.get_output().stderr);
    // The label, the refusal, the code's meaning with the console's word (登记), WeCom's
    // own errmsg, what to do, and the hint, all in Chinese.
    for want in [
        "错误：`register` 被云端拒绝：600001 ",
        "SN 不合法",
        "服务商管理端登记",
        "不合法的sn",
        "处理：",
        "提示：",
    ] {
        assert!(err.contains(want), "{want:?} missing from:\n{err}");
    }
    assert!(
        !err.contains("refused by the cloud") && !err.contains("invalid SN"),
        "{err}"
    );

    // The flag beats the Chinese locale.
    let en = connect(&dev, &["--lang", "en"], ZH, &until)
        .assert()
        .code(8);
    let err = text(&en.get_output().stderr);
    for want in [
        "error: `register` refused by the cloud: 600001 invalid SN",
        "(不合法的sn)",
        "check the SN was registered under this model in the console",
        "hint: is the SN registered",
    ] {
        assert!(err.contains(want), "{want:?} missing from:\n{err}");
    }
    assert!(!err.contains("被云端拒绝"), "{err}");
}

#[test]
fn the_lifecycle_is_told_in_chinese() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let a = connect(
        &dev,
        &[],
        ZH,
        &["--until", "subscribed", "--timeout", "30s"],
    )
    .assert()
    .success();
    let err = text(&a.get_output().stderr);
    for want in [
        &format!("正在以 {SN} 连接 {}", cloud.url)[..],
        "已连接",
        "已注册",
        "已绑定企业",
        "已上线：已订阅企业信息；每 30 秒一次心跳",
    ] {
        assert!(err.contains(want), "{want:?} missing from:\n{err}");
    }
    for english in ["connecting to", "registered", "online:", "bound to a corp"] {
        assert!(!err.contains(english), "{english:?} in:\n{err}");
    }

    // The operator's status table in Chinese, its columns aligned by display width.
    let status = admin(&cloud, &[], ZH, &["status"]).assert().success();
    let out = text(&status.get_output().stdout);
    assert!(out.starts_with("云端时间 "), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let header = lines[1];
    let row = lines
        .iter()
        .find(|l| l.starts_with(SN))
        .expect("a row for SN");
    assert!(row.contains("已注册"), "{out}");
    let column = |line: &str, word: &str| {
        let at = line
            .find(word)
            .unwrap_or_else(|| panic!("{word:?} in {line:?}"));
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    assert_eq!(
        column(header, "绑定企业"),
        column(row, "Emulated Corp"),
        "{out}"
    );
    assert_eq!(column(header, "备注"), column(row, "已注册"), "{out}");
}

/// The NDJSON lines without what differs between two runs: time stamps, the cloud's clock,
/// the signed request's timestamp and nonce, and the cloud's errmsg (it quotes its req id
/// and time).
fn events(stdout: &[u8]) -> Vec<Value> {
    text(stdout)
        .lines()
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            let o = v.as_object_mut().unwrap();
            for volatile in [
                "ts",
                "server_time",
                "offset_secs",
                "timestamp",
                "nonce",
                "errmsg",
            ] {
                o.remove(volatile);
            }
            v
        })
        .collect()
}

#[test]
fn json_is_the_same_in_every_language() {
    let cloud = Cloud::start(&[]);
    let dev = Dev::new(&cloud, "E39999999999", SECRET_NO);
    let until = ["--until", "registered", "--timeout", "20s"];
    let run = |vars: &[(&str, &str)]| {
        let a = connect(&dev, &["--json"], vars, &until).assert().code(8);
        events(&a.get_output().stdout)
    };
    let en = run(&[("LANG", "C")]);
    let fatal = en
        .iter()
        .find(|e| e["event"] == "fatal")
        .expect("a fatal event");
    assert_eq!(fatal["errcode"], 600001, "{fatal}");
    assert!(
        fatal["meaning"]
            .as_str()
            .unwrap()
            .starts_with("600001 invalid SN"),
        "{fatal}"
    );
    assert_eq!(run(ZH), en);
    assert_eq!(run(&[("WECOM_HW_LANG", "zh-CN")]), en);

    // An operator's refused command: the same object except its human words, which are
    // the operator's language (the emulator runs in English).
    let refuse = |vars: &[(&str, &str)]| {
        let a = admin(&cloud, &["--json"], vars, &["bind", "E39999999999"])
            .assert()
            .code(8);
        let mut v: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
        let o = v.as_object_mut().unwrap();
        let words = (
            o.remove("error").unwrap().as_str().unwrap().to_owned(),
            o.remove("hint")
                .unwrap()
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        );
        (v, words)
    };
    let (zh_json, (zh_error, zh_hint)) = refuse(ZH);
    let (en_json, (en_error, _)) = refuse(&[("LANG", "C")]);
    assert_eq!(zh_json, en_json);
    assert_eq!(zh_json["code"], "cloud.rejected");
    assert!(zh_error.contains("未知的 SN E39999999999"), "{zh_error}");
    assert!(zh_hint.contains("--devices"), "{zh_hint}");
    assert!(en_error.contains("unknown SN E39999999999"), "{en_error}");
}

#[test]
fn a_failed_reaction_is_told_in_chinese_and_its_event_stays_english() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let until = [
        "--until",
        "push_fetch_log",
        "--on",
        "push_fetch_log=upload:missing.log",
        "--timeout",
        "30s",
    ];
    let run = |pre: &'static [&'static str]| {
        let child = connect_std(&dev, pre, ZH, &until)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Pushed once the device is online, as an operator would.
        wait_until(20, "the device online", || {
            let a = admin(&cloud, &["--json"], &[], &["status"])
                .assert()
                .success();
            let v: Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
            v["devices"].as_array().is_some_and(|d| {
                d.iter()
                    .any(|d| d["sn"] == SN && d["stage"] == "subscribed")
            })
        });
        admin(&cloud, &[], &[], &["push", SN, "fetch_log"])
            .assert()
            .success();
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
        (text(&out.stdout), text(&out.stderr))
    };
    let (_, err) = run(&[]);
    assert!(
        err.contains("警告：对 push_fetch_log 的响应动作失败：无法读取日志文件 missing.log"),
        "{err}"
    );
    assert!(
        err.contains("错误：对 push_fetch_log 的响应动作失败"),
        "{err}"
    );

    let (out, _) = run(&["--json"]);
    let reaction = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|v| v["event"] == "reaction")
        .unwrap_or_else(|| panic!("no reaction event in {out}"));
    assert_eq!(reaction["ok"], false, "{reaction}");
    assert_eq!(
        reaction["error"], "io.read_failed: missing.log",
        "{reaction}"
    );
    assert!(reaction.get("human").is_none(), "{reaction}");
}

#[test]
fn a_bad_devices_file_is_refused_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let devices = dir.path().join("devices.csv");
    std::fs::write(&devices, "name,secret_no\nE30000000001,x\n").unwrap();
    let a = assert_cmd::Command::new(bin())
        .env_remove("WECOM_HW_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8")
        .env("NO_COLOR", "1")
        .args(["cloud", "--state-dir"])
        .arg(dir.path().join("state"))
        .args(["serve", "--listen", "127.0.0.1:0", "--devices"])
        .arg(&devices)
        .timeout(Duration::from_secs(30))
        .assert()
        .code(3);
    let err = text(&a.get_output().stderr);
    assert!(
        err.starts_with(&format!("错误：{}：没有 SN 列（表头：", devices.display())),
        "{err}"
    );
}
