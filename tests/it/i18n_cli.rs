//! The language a person gets, through the real binary: `--lang`, else `WECOM_HW_LANG`,
//! else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; `--help` from the
//! catalogs in that language; `--json` the same in every language.

use assert_cmd::Command;

const SECRET: &str = "00112233445566778899aabbccddeeff";

/// The binary with a clean language environment plus `vars`.
fn wecom_hw(vars: &[(&str, &str)]) -> Command {
    let mut cmd = Command::cargo_bin("wecom-hw").unwrap();
    for name in ["WECOM_HW_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(name);
    }
    cmd.env("NO_COLOR", "1").env_remove("WECOM_HW_STORE");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

fn assert_chinese_top_help(text: &str) {
    for word in [
        "用法:",
        "命令:",
        "选项:",
        "设备库",
        "设备登记表",
        "企业微信",
        "示例：",
        "退出码：",
        "显示帮助",
    ] {
        assert!(text.contains(word), "{word:?} missing from:\n{text}");
    }
    assert!(
        !text.contains("Usage:") && !text.contains("Options:"),
        "{text}"
    );
}

fn assert_english_help(text: &str) {
    assert!(
        text.contains("Usage:") && text.contains("Options:"),
        "{text}"
    );
    assert!(!text.contains("用法") && !text.contains("设备库"), "{text}");
}

#[test]
fn a_chinese_locale_gives_chinese_help() {
    let text = stdout(wecom_hw(&[("LANG", "zh_CN.UTF-8")]).arg("--help"));
    assert_chinese_top_help(&text);
    // The EXIT CODES table comes from the exit classes' Chinese meanings.
    assert!(text.contains("   6  与设备库冲突"), "{text}");

    let import = stdout(wecom_hw(&[("LANG", "zh_CN.UTF-8")]).args(["import", "--help"]));
    for word in [
        "参数:",
        "<FILE>",
        "设备登记表",
        "表头",
        "[默认值：1000000]",
        "[可选值：xlsx,",
        "[环境变量：WECOM_HW_STORE]",
        "--max-rows",
        "  secret_no   secret_no, SecretNo, 密钥",
    ] {
        assert!(import.contains(word), "{word:?} missing from:\n{import}");
    }
    assert!(
        !import.contains("[default:") && !import.contains("Arguments:"),
        "{import}"
    );

    // `-h`, `help import` and the traditional-Chinese locales take the same road.
    let short = stdout(wecom_hw(&[("LC_ALL", "zh_TW.UTF-8")]).args(["line", "next", "-h"]));
    assert!(
        short.contains("用法:") && short.contains("显示帮助（用 '--help' 查看详细说明）"),
        "{short}"
    );
    assert!(
        short.contains("（--help 会列出") && !short.contains("BIN 格式"),
        "{short}"
    );
    let long = stdout(wecom_hw(&[("LC_ALL", "zh_TW.UTF-8")]).args(["line", "next", "--help"]));
    assert!(
        long.contains("BIN 格式") && long.contains("产线状态"),
        "{long}"
    );
    let help_cmd = stdout(wecom_hw(&[("LC_MESSAGES", "zh_HK")]).args(["help", "import"]));
    assert!(
        help_cmd.contains("设备登记表") && help_cmd.contains("用法:"),
        "{help_cmd}"
    );
}

#[test]
fn the_flag_beats_the_variable_which_beats_the_locale() {
    // --lang en over a Chinese locale, before or after the subcommand, even for --help.
    for args in [
        &["--lang", "en", "import", "--help"][..],
        &["import", "--help", "--lang=en"][..],
    ] {
        let text =
            stdout(wecom_hw(&[("LANG", "zh_CN.UTF-8"), ("WECOM_HW_LANG", "zh-CN")]).args(args));
        assert_english_help(&text);
    }
    let text = stdout(wecom_hw(&[("LANG", "en_US.UTF-8")]).args(["--lang", "zh-CN", "--help"]));
    assert_chinese_top_help(&text);

    // WECOM_HW_LANG over the locale, both ways.
    let text =
        stdout(wecom_hw(&[("LANG", "en_US.UTF-8"), ("WECOM_HW_LANG", "zh-CN")]).arg("--help"));
    assert_chinese_top_help(&text);
    let text =
        stdout(wecom_hw(&[("LC_ALL", "zh_CN.UTF-8"), ("WECOM_HW_LANG", "en")]).arg("--help"));
    assert_english_help(&text);
}

#[test]
fn a_language_the_tool_does_not_have_gives_english_without_error() {
    for vars in [
        &[("LANG", "fr_FR.UTF-8")][..],
        &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")][..],
        &[("WECOM_HW_LANG", "klingon")][..],
        &[][..],
    ] {
        let out = wecom_hw(vars).arg("--help").assert().success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert_english_help(&text);
        assert!(out.get_output().stderr.is_empty(), "{vars:?}");
    }
    // The flag itself only takes a language it has (a usage error, exit 2).
    wecom_hw(&[])
        .args(["--lang", "fr", "--help"])
        .assert()
        .code(2);
}

#[test]
fn errors_and_hints_are_labelled_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("devices.db");
    let run = |lang: &str, json: bool| {
        let mut cmd = wecom_hw(&[("LANG", lang)]);
        cmd.arg("--store").arg(&store).args([
            "sign",
            "bind",
            "--sn",
            "E30000000001",
            "--timestamp",
            "1700000000",
            "--nonce",
            "1",
        ]);
        if json {
            cmd.arg("--json");
        }
        let out = cmd.assert().code(3).get_output().clone();
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (_, zh) = run("zh_CN.UTF-8", false);
    assert!(
        zh.starts_with("错误：") && zh.contains("\n  提示："),
        "{zh}"
    );
    let (_, en) = run("en_US.UTF-8", false);
    assert!(
        en.starts_with("error: ") && en.contains("\n  hint: "),
        "{en}"
    );

    // --json keeps its field names and codes; only the human words may differ.
    let (zh_json, _) = run("zh_CN.UTF-8", true);
    let (en_json, _) = run("C", true);
    let strip = |s: &str| {
        let mut v: serde_json::Value = serde_json::from_str(s.trim()).unwrap();
        let o = v.as_object_mut().unwrap();
        assert!(o.contains_key("error") && o.contains_key("hint"), "{s}");
        o.remove("error");
        o.remove("hint");
        v
    };
    assert_eq!(strip(&zh_json), strip(&en_json));
    assert_eq!(strip(&zh_json)["exit_code"], 3);
}

#[test]
fn json_results_are_the_same_in_every_language() {
    let run = |vars: &[(&str, &str)]| {
        let mut vars = vars.to_vec();
        vars.push(("WECOM_HW_SECRET_NO", SECRET));
        stdout(wecom_hw(&vars).args([
            "--json",
            "sign",
            "bind",
            "--sn",
            "E30000000001",
            "--timestamp",
            "1700000000",
            "--nonce",
            "1",
            "--explain",
        ]))
    };
    let en = run(&[("LANG", "en_US.UTF-8")]);
    assert!(en.contains("\"signature\""), "{en}");
    assert_eq!(run(&[("LANG", "zh_CN.UTF-8")]), en);
    assert_eq!(run(&[("WECOM_HW_LANG", "zh-CN")]), en);
}
