//! The committed `completions/`, `man/` (English), `man/zh_CN/` (Chinese) and the books'
//! command references (`docs/{en,zh-CN}/src/reference/commands.md`) must be exactly what
//! the clap definitions and the help catalogs (i18n/*/help.ftl) generate today. When this fails, run:
//!     cargo run -- gen-assets .
//! and commit the result.

use std::collections::BTreeMap;
use std::path::Path;

fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for sub in ["completions", "man", "man/zh_CN"] {
        let dir = root.join(sub);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                continue;
            }
            out.insert(
                format!("{sub}/{}", e.file_name().to_string_lossy()),
                std::fs::read(e.path()).unwrap(),
            );
        }
    }
    // The books' reference pages sit among hand-written pages: only they are generated.
    for page in [
        "docs/en/src/reference/commands.md",
        "docs/zh-CN/src/reference/commands.md",
        "docs/en/src/reference/errcodes.md",
        "docs/zh-CN/src/reference/errcodes.md",
    ] {
        if let Ok(bytes) = std::fs::read(root.join(page)) {
            out.insert(page.to_owned(), bytes);
        }
    }
    out
}

#[test]
fn committed_completions_and_man_pages_are_fresh() {
    let tmp = tempfile::tempdir().unwrap();
    assert_cmd::Command::cargo_bin("wecom-hw")
        .unwrap()
        .args(["gen-assets"])
        .arg(tmp.path())
        .assert()
        .success();
    let fresh = read_tree(tmp.path());
    let committed = read_tree(Path::new(env!("CARGO_MANIFEST_DIR")));
    assert!(fresh.len() > 5, "generated {} files", fresh.len());
    let fresh_names: Vec<&String> = fresh.keys().collect();
    let committed_names: Vec<&String> = committed.keys().collect();
    assert_eq!(
        fresh_names, committed_names,
        "completions/ or man/ has missing or extra files: run `cargo run -- gen-assets .`"
    );
    for (name, bytes) in &fresh {
        assert!(
            committed[name] == *bytes,
            "{name} is stale: run `cargo run -- gen-assets .` and commit"
        );
    }
    // One page per subcommand, including nested ones.
    for page in [
        "man/wecom-hw.1",
        "man/wecom-hw-sign.1",
        "man/wecom-hw-sign-verify.1",
        "man/zh_CN/wecom-hw.1",
        "man/zh_CN/wecom-hw-sign-verify.1",
    ] {
        assert!(fresh.contains_key(page), "{page}");
    }
    // The same pages in both languages, and the Chinese ones are in Chinese.
    let pages = |dir: &str| -> Vec<String> {
        fresh
            .keys()
            .filter_map(|k| k.strip_prefix(dir))
            .filter(|k| !k.contains('/'))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(pages("man/"), pages("man/zh_CN/"));
    // The books' reference has every command, in its language.
    let en = String::from_utf8(fresh["docs/en/src/reference/commands.md"].clone()).unwrap();
    let zh = String::from_utf8(fresh["docs/zh-CN/src/reference/commands.md"].clone()).unwrap();
    for heading in ["\n## wecom-hw sign verify\n", "\n## wecom-hw line next\n"] {
        assert!(en.contains(heading) && zh.contains(heading), "{heading:?}");
    }
    assert!(en.contains("Usage: wecom-hw sign verify"));
    let codes = String::from_utf8(fresh["docs/en/src/reference/errcodes.md"].clone()).unwrap();
    assert!(
        codes.contains("| 600004 | hardware not authorised to any corp | 该硬件尚未授权任何企业 |")
    );
    assert!(zh.contains("用法: wecom-hw sign verify") && zh.contains("# 命令与参数"));
    let zh = String::from_utf8(fresh["man/zh_CN/wecom-hw-import.1"].clone()).unwrap();
    for word in [".SH 名称", ".SH 选项", "设备登记表", "设备库", "示例："] {
        assert!(
            zh.contains(word),
            "man/zh_CN/wecom-hw-import.1 lacks {word:?}"
        );
    }
    assert!(
        !fresh.keys().any(|k| k.contains("gen-assets")),
        "hidden command documented"
    );
}
