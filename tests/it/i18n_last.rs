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
