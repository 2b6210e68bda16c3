//! Every integration test is a module of this one binary. Cargo.toml turns cargo's own
//! discovery of tests off (`autotests = false`), so a test file anywhere else under
//! `tests/`, or one here that `main.rs` does not declare, would never be built or run —
//! silently. This test makes that loud.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Names of the `.rs` files directly in `dir` other than `root` (`main`, `mod`) that the
/// root file `root` of that directory does not declare as `mod NAME;`.
fn undeclared(dir: &Path, root: &str) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join(format!("{root}.rs"))).unwrap();
    let declared: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim().trim_start_matches("pub ").strip_prefix("mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    let mut missing = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        let Some(name) = p.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if p.extension().is_some_and(|x| x == "rs") && name != root && !declared.contains(&name) {
            missing.push(p.display().to_string());
        }
    }
    missing
}

#[test]
fn every_test_file_is_a_module_of_the_one_test_binary() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let it = tests.join("it");
    let mut files = Vec::new();
    rust_files(&tests, &mut files);
    let outside: Vec<_> = files.iter().filter(|p| !p.starts_with(&it)).collect();
    assert!(
        outside.is_empty(),
        "test files outside tests/it/ are not built (autotests = false): move them to \
         tests/it/ and declare them in tests/it/main.rs: {outside:?}"
    );
    let mut missing = undeclared(&it, "main");
    missing.extend(undeclared(&it.join("support"), "mod"));
    assert!(
        missing.is_empty(),
        "not declared as a module, so never built: {missing:?}"
    );
    assert!(files.len() > 40, "only {} files found", files.len());
}
