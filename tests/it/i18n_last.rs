//! The last English `format!` sites moved to the catalogs, checked through the real binary
//! in both languages: what each says to a person, and that `--json` stays the same record
//! in every language apart from its `message`/`error`/`hint` words.

use serde_json::Value;

/// The binary with no store, no secret and no locale from the machine.
fn bin() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("wecom-hw").unwrap();
    c.env_remove("WECOM_HW_SECRET_NO")
        .env_remove("WECOM_HW_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("WECOM_HW_STORE", crate::support::no_store());
    c
}

/// `v` with the human words (`message`, `error`, `hint`) taken out, everywhere.
fn without_words(mut v: Value) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                for k in ["message", "error", "hint"] {
                    m.remove(k);
                }
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut v);
    v
}

/// Every JSON line of `out`.
fn json_lines(out: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(out)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

const NON_ASCII_URL: &str = "https://例.cn/a";

#[test]
fn zpl_refuses_a_non_ascii_payload_in_the_chosen_language() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("label.zpl");
    let run = |lang: &[&str]| {
        bin()
            .args(lang)
            .args(["qr", "url", NON_ASCII_URL, "--format", "zpl", "-o"])
            .arg(&out)
            .assert()
            .code(3)
            .get_output()
            .stderr
            .clone()
    };
    let en = String::from_utf8(run(&["--lang", "en"])).unwrap();
    assert!(
        en.contains("ZPL automatic QR mode cannot carry the non-ASCII payload")
            && en.contains(NON_ASCII_URL),
        "{en}"
    );
    let mut zh = bin();
    zh.env("LANG", "zh_CN.UTF-8")
        .args(["qr", "url", NON_ASCII_URL, "--format", "zpl", "-o"])
        .arg(&out);
    let zh = String::from_utf8(zh.assert().code(3).get_output().stderr.clone()).unwrap();
    assert!(
        zh.contains("自动 QR 模式无法承载非 ASCII 内容") && zh.contains(NON_ASCII_URL),
        "{zh}"
    );
    assert!(!zh.contains("cannot carry"), "{zh}");
    assert!(!out.exists(), "a refused label writes no file");
}

#[test]
fn zpl_refusal_json_is_the_same_record_in_both_languages() {
    let d = tempfile::tempdir().unwrap();
    let run = |lang: &str| {
        let o = bin()
            .args([
                "--lang",
                lang,
                "qr",
                "url",
                NON_ASCII_URL,
                "--format",
                "zpl",
            ])
            .arg("-o")
            .arg(d.path().join("label.zpl"))
            .arg("--json")
            .assert()
            .code(3);
        let mut all = json_lines(&o.get_output().stdout);
        all.extend(json_lines(&o.get_output().stderr));
        all
    };
    let (en, zh) = (run("en"), run("zh-CN"));
    assert!(!en.is_empty(), "an error record under --json");
    assert!(
        en.iter().any(|v| v["code"] == "render.payload_unsupported"),
        "{en:?}"
    );
    assert!(
        zh.iter().any(|v| v.to_string().contains("无法承载")),
        "{zh:?}"
    );
    let strip = |v: Vec<Value>| v.into_iter().map(without_words).collect::<Vec<_>>();
    assert_eq!(strip(en), strip(zh));
}

const ADDR: &str = "11:22:33:44:55:66";

/// `wecom-hw ble --backend sim …` in `lang`, with a SecretNo and a short handshake.
fn ble_sim(lang: &str, args: &[&str]) -> (i32, String, String) {
    let o = bin()
        .env("WECOM_HW_SECRET_NO", "secretNo")
        .args(["--lang", lang, "ble", "--backend", "sim"])
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into(),
        String::from_utf8_lossy(&o.stderr).into(),
    )
}

#[test]
fn ble_wrong_sn_is_worded_in_both_languages_and_json_keeps_its_record() {
    let args = ["status", "--address", ADDR, "--sn", "SN9999"];
    let (code, _, en) = ble_sim("en", &args);
    assert_eq!(code, 4, "{en}");
    assert!(
        en.contains("the device says SN SN0001, expected SN9999"),
        "{en}"
    );
    let (code, _, zh) = ble_sim("zh-CN", &args);
    assert_eq!(code, 4, "{zh}");
    assert!(zh.contains("设备报告的 SN 为 SN0001，应为 SN9999"), "{zh}");
    assert!(!zh.contains("the device says"), "{zh}");

    let json = |lang| {
        let mut a = args.to_vec();
        a.push("--json");
        let (code, out, err) = ble_sim(lang, &a);
        assert_eq!(code, 4, "{err}");
        let mut all = json_lines(out.as_bytes());
        all.extend(json_lines(err.as_bytes()));
        all
    };
    let (en, zh) = (json("en"), json("zh-CN"));
    assert!(!en.is_empty(), "an error record under --json");
    let strip = |v: Vec<Value>| v.into_iter().map(without_words).collect::<Vec<_>>();
    assert_eq!(strip(en), strip(zh));
}

#[test]
fn ble_simulator_out_of_range_is_worded_in_both_languages() {
    let args = ["status", "--address", "AA:BB:CC:DD:EE:FF"];
    let (code, _, en) = ble_sim("en", &args);
    assert_ne!(code, 0);
    assert!(
        en.contains("AA:BB:CC:DD:EE:FF is not in range of the simulator"),
        "{en}"
    );
    let (code2, _, zh) = ble_sim("zh-CN", &args);
    assert_eq!(code, code2);
    assert!(zh.contains("AA:BB:CC:DD:EE:FF 不在模拟器的范围内"), "{zh}");
    assert!(!zh.contains("not in range"), "{zh}");
}

/// 600023 after every clock sync failed: the cloud's errmsg, then the catalog's words in
/// the reader's language; `--json` keeps the same English `errmsg` in both.
#[test]
fn still_stale_after_clock_syncs_is_worded_in_both_languages() {
    use crate::support::connect::{Cloud, Dev, SECRET_NO, SN};
    let cloud = Cloud::start(&[
        "--fault-errcode",
        "get_timestamp=600039",
        "--fault-times",
        "0",
    ]);
    cloud.admin(&["set-clock-skew", "1000"]).success();
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let run = |lang: &str, json: bool| {
        let mut c = assert_cmd::Command::new(crate::support::connect::bin());
        c.args(["--lang", lang]);
        if json {
            c.arg("--json");
        }
        let o = c
            .args(dev.args())
            .args(["--until", "registered", "--timeout", "30s"])
            .env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", crate::support::no_store())
            .current_dir(dev.dir.path())
            .timeout(std::time::Duration::from_secs(60))
            .assert()
            .code(5);
        let o = o.get_output();
        (
            String::from_utf8_lossy(&o.stdout).to_string(),
            String::from_utf8_lossy(&o.stderr).to_string(),
        )
    };
    let (_, en) = run("en", false);
    assert!(en.contains("still stale after 3 clock syncs"), "{en}");
    std::fs::remove_file(&dev.state_file).ok();
    let (_, zh) = run("zh-CN", false);
    assert!(zh.contains("已校时 3 次，时间戳仍然过期"), "{zh}");
    assert!(!zh.contains("still stale"), "{zh}");
    std::fs::remove_file(&dev.state_file).ok();
    let fatal = |lang| {
        let (out, _) = run(lang, true);
        let v: Value = json_lines(out.as_bytes())
            .into_iter()
            .find(|l| l["event"] == "fatal")
            .expect("a fatal event");
        // The cloud's errmsg carries a per-request hint id: compare from `reqid` on.
        let m = v["errmsg"].as_str().unwrap().to_owned();
        Value::from(m.split_once("reqid").expect("reqid in errmsg").1)
    };
    let en = fatal("en");
    std::fs::remove_file(&dev.state_file).ok();
    assert_eq!(en, fatal("zh-CN"));
    assert!(
        en.as_str()
            .unwrap()
            .contains("still stale after 3 clock syncs"),
        "{en}"
    );
}

/// BlueZ not on the bus (a private D-Bus where nobody owns org.bluez): the BlueZ words
/// inside the `ble` failure message follow the reader's language.
#[test]
fn bluez_not_running_is_worded_in_both_languages() {
    let bus = crate::support::fake_bluez::PrivateBus::start();
    let run = |lang: &str| {
        let o = bin()
            .env("DBUS_SYSTEM_BUS_ADDRESS", bus.address())
            .timeout(std::time::Duration::from_secs(60))
            .args(["--lang", lang, "ble", "--backend", "bluez", "scan"])
            .args(["--timeout", "1"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(7));
        String::from_utf8_lossy(&o.stderr).to_string()
    };
    let en = run("en");
    assert!(en.contains("BlueZ is not running"), "{en}");
    let zh = run("zh-CN");
    assert!(zh.contains("BlueZ 未运行"), "{zh}");
    assert!(!zh.contains("is not running"), "{zh}");
}

const TWO_LINES: &str = "https://a.cn/x\nsecond line";

#[test]
fn tspl_refuses_a_line_break_in_the_chosen_language_and_json_keeps_its_record() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("label.tspl");
    let run = |lang: &str, json: bool| {
        let mut c = bin();
        c.env("LANG", lang)
            .args(["qr", "url", TWO_LINES, "--format", "tspl", "-o"])
            .arg(&out);
        if json {
            c.arg("--json");
        }
        let o = c.assert().code(3).get_output().clone();
        (
            String::from_utf8(o.stderr).unwrap(),
            String::from_utf8(o.stdout).unwrap(),
        )
    };
    let (en, _) = run("C", false);
    assert!(
        en.contains("TSPL QRCODE data cannot contain line breaks") && en.contains("--format png"),
        "{en}"
    );
    let (zh, _) = run("zh_CN.UTF-8", false);
    assert!(
        zh.contains("无法承载含换行的内容") && zh.contains("请去掉换行"),
        "{zh}"
    );
    assert!(!zh.contains("cannot"), "{zh}");
    assert!(!out.exists(), "a refused label writes no file");
    let (_, en) = run("C", true);
    let (_, zh) = run("zh_CN.UTF-8", true);
    let (en, zh) = (json_lines(en.as_bytes()), json_lines(zh.as_bytes()));
    assert!(
        en.iter().any(|v| v["code"] == "render.payload_unsupported"),
        "{en:?}"
    );
    let strip = |v: Vec<Value>| v.into_iter().map(without_words).collect::<Vec<_>>();
    assert_eq!(strip(en), strip(zh));
}

/// The scan table's values (bind state, battery, sign check) and `-v`'s reasons for
/// ignoring a look-alike are in the reader's words; `--json` keeps `unbound`, `ok`.
#[test]
fn ble_scan_table_values_and_ignored_reasons_are_worded_in_both_languages() {
    let args = ["--sim-advert", "ed", "scan", "--timeout", "0.3", "-v"];
    let (code, zh, zh_err) = ble_sim("zh-CN", &args);
    assert_eq!(code, 0, "{zh_err}");
    let row = zh.lines().find(|l| l.starts_with(ADDR)).unwrap();
    for word in ["未绑定", "正常", "正确"] {
        assert!(row.contains(word), "{word}: {row}");
    }
    assert!(!row.contains("unbound") && !row.contains(" ok "), "{row}");
    assert!(zh_err.contains("广播中没有 0xFCE7 服务"), "{zh_err}");
    assert!(!zh_err.contains("advertisement"), "{zh_err}");
    let (_, en, en_err) = ble_sim("en", &args);
    let row = en.lines().find(|l| l.starts_with(ADDR)).unwrap();
    assert!(row.contains("unbound") && row.contains("ok"), "{row}");
    assert!(
        en_err.contains("no 0xFCE7 service in its advertisement"),
        "{en_err}"
    );
    let (_, json, _) = ble_sim(
        "zh-CN",
        &["--sim-advert", "ed", "scan", "--timeout", "0.3", "--json"],
    );
    let v: Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(
        (v["bind"].as_str(), v["sign_check"].as_str()),
        (Some("unbound"), Some("ok"))
    );
}
