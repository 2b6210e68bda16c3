//! Inputs the fuzz targets of `fuzz/` (see the README, "Fuzzing") found to crash, hang, allocate
//! without bound or be accepted when they must not be. Each file under
//! `tests/data/fuzz/<target>/` goes through the same entry point as its fuzz target, under
//! plain `cargo test`, and must come back as an error: never a panic, never a value.

use std::path::{Path, PathBuf};
use wecom_hw::core::bindcode::BindCode;

/// The regression inputs of one target, sorted; each directory must hold at least one.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    files
        .into_iter()
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect()
}

/// `bind_url`: a malformed percent-escape ("%+1": `from_str_radix` takes a sign) was read
/// as a byte; it must be refused as bad encoding.
#[test]
fn bind_url_regressions_are_refused() {
    for (path, bytes) in inputs("bind_url") {
        let url = String::from_utf8(bytes).unwrap();
        let got = BindCode::parse(&url);
        assert!(got.is_err(), "{}: parsed as {got:?}", path.display());
    }
}

/// `import`: xlsx files on which the import crashed or ran out of memory, read through
/// `read_export` as `wecom-hw import` does. Column names of 14+ letters overflowed inside
/// calamine (a panic under overflow checks); a sheet with a stray cell at column ZZZZZ or at
/// XFD1048576 made calamine allocate its whole grid (gigabytes from a 3 KB file). A workbook
/// without `_rels/.rels` was read by the fast reader although calamine refuses it. Each must
/// be a data error that names the file.
#[test]
fn import_regressions_are_data_errors() {
    use wecom_hw::import::{ImportOptions, read_export};
    for (path, _) in inputs("import") {
        let got = read_export(&path, &ImportOptions::default());
        let err = got
            .err()
            .unwrap_or_else(|| panic!("{}: imported", path.display()));
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(err.to_string().contains(name), "{}: {err}", path.display());
    }
}

/// The same files through the real binary: one clean error (and hint) and exit 3, not a panic
/// message and backtrace from inside the spreadsheet reader (the test build has overflow
/// checks, so calamine's overflows do panic here), and no store left behind.
#[test]
fn import_regressions_fail_cleanly_in_the_tool() {
    for (path, _) in inputs("import") {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("devices.db");
        let out = assert_cmd::Command::cargo_bin("wecom-hw")
            .unwrap()
            .env_remove("RUST_BACKTRACE")
            .args(["--store", store.to_str().unwrap(), "import"])
            .arg(&path)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{}: {err}", path.display());
        assert!(!err.contains("panicked"), "{}: {err}", path.display());
        let lines: Vec<&str> = err.trim_end().lines().collect();
        assert!(lines[0].starts_with("error: "), "{}: {err}", path.display());
        assert!(
            lines[1..].iter().all(|l| l.starts_with("  hint: ")),
            "{}: {err}",
            path.display()
        );
        assert!(!store.exists(), "{}", path.display());
    }
}

/// `wss_wire`: transcripts redact credentials with `redact_text`, which left a credential
/// key's value alone when it was an object or array (`{"secret":{"req_id":"…"}}`). Every
/// string under a credential key, however deep, must come out as a fingerprint.
#[test]
fn wss_wire_regressions_leave_no_credential_in_transcripts() {
    use serde_json::Value;
    use wecom_hw::core::wss::messages::{SECRET_KEYS, redact_text};
    fn strings_under_secrets(v: &Value, under: bool, out: &mut Vec<String>) {
        match v {
            Value::String(s) if under && !s.starts_with("fp:") => out.push(s.clone()),
            Value::Object(m) => m.iter().for_each(|(k, x)| {
                strings_under_secrets(x, under || SECRET_KEYS.contains(&k.as_str()), out)
            }),
            Value::Array(a) => a.iter().for_each(|x| strings_under_secrets(x, under, out)),
            _ => {}
        }
    }
    for (path, bytes) in inputs("wss_wire") {
        let text = String::from_utf8(bytes).unwrap();
        let original: Value = serde_json::from_str(&text).unwrap();
        let mut before = Vec::new();
        strings_under_secrets(&original, false, &mut before);
        assert!(
            !before.is_empty(),
            "{}: holds no credential",
            path.display()
        );
        let mut left = Vec::new();
        strings_under_secrets(&redact_text(&text), false, &mut left);
        assert!(
            left.is_empty(),
            "{}: {left:?} left in the transcript",
            path.display()
        );
    }
}
