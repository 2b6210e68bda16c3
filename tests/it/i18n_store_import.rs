//! The store and import commands in both languages (issue 14): the real binary with
//! `LANG=zh_CN.UTF-8` and with `--lang en`, on a real SQLite store in a temp dir. A
//! successful import and a refused one (naming its row and column) read in Chinese;
//! `devices show` starts every value in the same display column in both languages; and
//! `--json` output is the same bytes in both languages except the words meant for people
//! (`message` of a problem; `error` and `hint` of an error object).

use crate::support::import::{Env, good_rows, s, write_xlsx};
use assert_cmd::Command;
use serde_json::Value;

/// The command in Chinese, chosen the way a Chinese desktop chooses it: by the locale.
fn zh(env: &Env) -> Command {
    let mut c = env.cmd();
    c.env_remove("WECOM_HW_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "zh_CN.UTF-8");
    c
}

/// The command in English by the flag, although the locale says Chinese.
fn en(env: &Env) -> Command {
    let mut c = zh(env);
    c.args(["--lang", "en"]);
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(mut c: Command, args: &[&str]) -> Run {
    let o = c.args(args).output().unwrap();
    Run {
        code: o.status.code().unwrap(),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

/// An export with three good units.
fn good_export(env: &Env) -> String {
    let f = env.path("export.xlsx");
    write_xlsx(&f, &[("设备列表", good_rows(1, 3))]);
    f.to_str().unwrap().to_owned()
}

/// An export whose second data row (Excel row 3) has an empty SN in column A.
fn bad_export(env: &Env) -> String {
    let f = env.path("bad.xlsx");
    let mut rows = good_rows(1, 3);
    rows[2][0] = s("");
    write_xlsx(&f, &[("设备列表", rows)]);
    f.to_str().unwrap().to_owned()
}

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn a_successful_import_reports_in_chinese_and_in_english() {
    let env = Env::new();
    let file = good_export(&env);
    let r = run(zh(&env), &["import", &file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // "imported 3 units into … as batch 1", as a Chinese reader says it.
    assert!(r.stdout.contains("已将 3 台设备导入"), "{}", r.stdout);
    assert!(r.stdout.contains("批次 1"), "{}", r.stdout);
    assert!(r.stdout.contains("新增 3 台"), "{}", r.stdout);
    assert!(!r.stdout.contains("imported"), "{}", r.stdout);
    // The column mapping on stderr names the header row in Chinese too.
    assert!(r.stderr.contains("表头在第 1 行"), "{}", r.stderr);

    let again = run(en(&env), &["import", &file]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stdout
            .starts_with("nothing changed: all 3 units are already in"),
        "{}",
        again.stdout
    );
    assert!(!has_han(&again.stdout), "{}", again.stdout);
}

#[test]
fn a_refused_import_names_its_row_and_column_in_chinese() {
    let env = Env::new();
    let file = bad_export(&env);
    let r = run(zh(&env), &["import", &file]);
    assert_eq!(r.code, 3, "bad data: {}", r.stderr);
    let line = r
        .stderr
        .lines()
        .find(|l| l.contains("SN 为空"))
        .unwrap_or_else(|| panic!("no Chinese row error: {}", r.stderr));
    assert!(line.contains("第 3 行"), "{line}");
    assert!(line.contains("A 列（SN）"), "{line}");
    assert!(line.contains("工作表 \"设备列表\""), "{line}");
    assert!(r.stderr.contains("未导入任何设备"), "{}", r.stderr);
    assert!(
        r.stderr.contains("提示："),
        "the hint is labelled: {}",
        r.stderr
    );
    assert!(!env.store_exists(), "a refused import creates nothing");

    let r = run(en(&env), &["import", &file]);
    assert_eq!(r.code, 3);
    assert!(
        r.stderr
            .contains("sheet \"设备列表\", row 3, column A (SN): SN is empty"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("nothing imported"), "{}", r.stderr);
}

/// The display column (CJK characters are two wide) where each `devices show` line's value
/// starts: after the label and the run of spaces that pads it.
fn value_columns(show: &str) -> Vec<(String, usize)> {
    show.lines()
        .take_while(|l| !l.starts_with(' ') && !l.ends_with(':') && !l.ends_with('：'))
        .map(|l| {
            let gap = l
                .find("  ")
                .unwrap_or_else(|| panic!("no padding in {l:?}"));
            let start = gap + l[gap..].find(|c| c != ' ').unwrap();
            let col = unicode_width::UnicodeWidthStr::width(&l[..start]);
            (l.to_owned(), col)
        })
        .collect()
}

#[test]
fn devices_show_aligns_values_by_display_width_in_both_languages() {
    let env = Env::new();
    let file = good_export(&env);
    assert_eq!(run(en(&env), &["import", &file]).code, 0);
    for (lang, cmd) in [("zh", zh(&env)), ("en", en(&env))] {
        let r = run(cmd, &["devices", "show", "E30000000002"]);
        assert_eq!(r.code, 0, "{lang}: {}", r.stderr);
        let cols = value_columns(&r.stdout);
        assert!(cols.len() >= 8, "{lang}: {}", r.stdout);
        let first = cols[0].1;
        for (line, col) in &cols {
            assert_eq!(*col, first, "{lang}: {line:?} in\n{}", r.stdout);
        }
        if lang == "zh" {
            assert!(r.stdout.contains("设备序列号（SN）"), "{}", r.stdout);
            assert!(r.stdout.contains("二维码链接"), "{}", r.stdout);
            assert!(r.stdout.contains("台账："), "{}", r.stdout);
        } else {
            assert!(
                r.stdout.lines().any(|l| l.starts_with("status ")),
                "{}",
                r.stdout
            );
            assert!(r.stdout.contains("\nledger:\n"), "{}", r.stdout);
        }
        // Values are the same in both: an SN, a masked SecretNo, the URL.
        assert!(r.stdout.contains("E30000000002"), "{}", r.stdout);
        assert!(r.stdout.contains("hw_code=HW2"), "{}", r.stdout);
    }
}

/// The value with every field meant for people removed.
fn without_words(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| !matches!(k.as_str(), "message" | "error" | "hint"))
                .map(|(k, v)| (k.clone(), without_words(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_words).collect()),
        other => other.clone(),
    }
}

fn json_lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn json_output_is_the_same_in_both_languages_except_its_words() {
    let env = Env::new();
    let good = good_export(&env);
    let bad = bad_export(&env);

    // Results without words: byte for byte the same.
    let a = run(zh(&env), &["import", "--dry-run", "--json", &good]);
    let b = run(en(&env), &["import", "--dry-run", "--json", &good]);
    assert_eq!((a.code, b.code), (0, 0));
    assert_eq!(a.stdout, b.stdout);

    // A refused import: the same code, exit code, rows and columns; only messages differ.
    let a = run(zh(&env), &["import", "--json", &bad]);
    let b = run(en(&env), &["import", "--json", &bad]);
    assert_eq!((a.code, b.code), (3, 3));
    let (va, vb) = (json_lines(&a.stdout), json_lines(&b.stdout));
    assert_eq!(va.len(), 1);
    assert_eq!(va[0]["code"], "import.row_invalid");
    assert_eq!(va[0]["exit_code"], 3);
    assert_eq!(without_words(&va[0]), without_words(&vb[0]));
    let msg = |v: &Value| -> Vec<String> {
        v["problems"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["message"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(
        msg(&va[0]).iter().any(|m| m == "SN 为空"),
        "{:?}",
        msg(&va[0])
    );
    assert!(
        msg(&vb[0]).iter().any(|m| m == "SN is empty"),
        "{:?}",
        msg(&vb[0])
    );

    // An error object: code and exit code stable, the words in the chosen language.
    assert_eq!(run(en(&env), &["import", &good]).code, 0);
    let a = run(zh(&env), &["devices", "show", "NOPE1", "--json"]);
    let b = run(en(&env), &["devices", "show", "NOPE1", "--json"]);
    assert_eq!((a.code, b.code), (3, 3));
    let (va, vb) = (json_lines(&a.stdout), json_lines(&b.stdout));
    assert_eq!(va[0]["code"], "store.unknown_sn");
    assert_eq!(without_words(&va[0]), without_words(&vb[0]));
    assert!(has_han(va[0]["error"].as_str().unwrap()), "{}", va[0]);
    assert!(!has_han(vb[0]["error"].as_str().unwrap()), "{}", vb[0]);

    // A unit as stored: no words at all, the same bytes.
    let a = run(zh(&env), &["devices", "show", "E30000000001", "--json"]);
    let b = run(en(&env), &["devices", "show", "E30000000001", "--json"]);
    assert_eq!((a.code, b.code), (0, 0));
    assert_eq!(a.stdout, b.stdout);
}
