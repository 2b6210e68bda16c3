//! The committed `completions/` and `man/` must be exactly what the clap definitions
//! generate today. When this fails, run:
//!     cargo run -- gen-assets .
//! and commit the result.

use std::collections::BTreeMap;
use std::path::Path;

fn read_tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for sub in ["completions", "man"] {
        let dir = root.join(sub);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries {
            let e = e.unwrap();
            out.insert(
                format!("{sub}/{}", e.file_name().to_string_lossy()),
                std::fs::read(e.path()).unwrap(),
            );
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
    ] {
        assert!(fresh.contains_key(page), "{page}");
    }
    assert!(
        !fresh.keys().any(|k| k.contains("gen-assets")),
        "hidden command documented"
    );
}
