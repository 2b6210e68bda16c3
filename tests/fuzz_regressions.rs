//! Inputs the fuzz targets of `fuzz/` (see docs/fuzz.md) found to crash, hang, allocate
//! without bound or be accepted when they must not be. Each file under
//! `tests/data/fuzz/<target>/` goes through the same entry point as its fuzz target, under
//! plain `cargo test`, and must come back as an error: never a panic, never a value.

use std::path::{Path, PathBuf};
use wecom_hw::core::bindcode::BindCode;

/// The regression inputs of one target, sorted; each directory must hold at least one.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no regression inputs in {}", dir.display());
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
