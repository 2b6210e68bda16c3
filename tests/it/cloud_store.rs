//! `cloud serve` knows the units of the device store (`--from-store`) and of a
//! registration export (`--export`), so the emulator runs on the same inventory the line
//! imported. Checked over the wire with the raw client of the cloud tests: a unit known
//! only from the store or the export registers with its own SecretNo, and not without it.

use crate::support::cloud::{self, Client, code};
use crate::support::store::{Backend, StoreLoc};
use assert_cmd::Command;

const EXPORT_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/registration-export.csv"
);
const EXPORT_XLSX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/registration-export.xlsx"
);

/// Row 7 of the sample export (read from the file, not copied from the code under test).
fn sample_unit() -> (String, String) {
    let text = std::fs::read_to_string(EXPORT_CSV).unwrap();
    let line = text.lines().nth(6).unwrap();
    let mut cells = line.split(',');
    (
        cells.next().unwrap().to_owned(),
        cells.next().unwrap().to_owned(),
    )
}

/// Starts `wecom-hw GLOBAL… cloud serve --listen 127.0.0.1:0 SERVE…`; returns the child
/// and its first JSON line.
fn serve(
    dir: &std::path::Path,
    global: &[&std::ffi::OsStr],
    serve_args: &[&std::ffi::OsStr],
) -> (std::process::Child, serde_json::Value) {
    use std::io::BufRead;
    let mut child = std::process::Command::new(cloud::bin())
        .arg("--json")
        .args(global)
        .arg("cloud")
        .arg("--state-dir")
        .arg(dir.join("state"))
        .args(["serve", "--listen", "127.0.0.1:0"])
        .args(serve_args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    (
        child,
        serde_json::from_str(&first).unwrap_or(serde_json::Value::Null),
    )
}

async fn registers(first: &serde_json::Value, sn: &str, secret: &str) -> i64 {
    let ca = first["ca_file"].as_str().unwrap();
    let mut dev = Client::connect(
        first["url"].as_str().unwrap(),
        Some(std::path::Path::new(ca)),
    )
    .await
    .unwrap();
    code(&dev.register(sn, secret).await)
}

/// On both engines; the store (a PostgreSQL database is made and dropped with the
/// synchronous client) lives outside the runtime.
fn from_store_knows_every_imported_unit(b: Backend) {
    let tmp = tempfile::tempdir().unwrap();
    let loc = StoreLoc::new(b, tmp.path().join("devices.db"));
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(from_store(tmp.path(), &loc.location));
}

async fn from_store(tmp: &std::path::Path, db: &std::path::Path) {
    Command::cargo_bin("wecom-hw")
        .unwrap()
        .args(["--lang", "en"])
        .arg("--store")
        .arg(db)
        .args(["import", EXPORT_CSV, "-q"])
        .assert()
        .success();
    let (mut child, first) = serve(
        tmp,
        &["--store".as_ref(), db.as_os_str()],
        &["--from-store".as_ref()],
    );
    assert_eq!(first["devices"], 20, "{first}");
    let (sn, secret) = sample_unit();
    assert_eq!(registers(&first, &sn, &secret).await, 0);
    assert_eq!(
        registers(&first, &sn, "00000000000000000000000000000000").await,
        600011
    );
    child.kill().unwrap();
    child.wait().unwrap();
}

#[tokio::test]
async fn export_file_is_read_like_import() {
    let tmp = tempfile::tempdir().unwrap();
    let (mut child, first) = serve(
        tmp.path(),
        &[],
        &["--export".as_ref(), EXPORT_XLSX.as_ref()],
    );
    assert_eq!(first["devices"], 20, "{first}");
    let (sn, secret) = sample_unit();
    assert_eq!(registers(&first, &sn, &secret).await, 0);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn the_same_sn_with_two_secrets_is_a_conflict() {
    // The shared test devices file holds E30000000001 with another SecretNo than the
    // sample export: the emulator must refuse to guess.
    let tmp = tempfile::tempdir().unwrap();
    let devices = tmp.path().join("devices.csv");
    std::fs::write(
        &devices,
        "sn,secret_no\nE30000000001,708d0b6f4d4bd97e5d4eb1cb47d260ac\n",
    )
    .unwrap();
    let out = Command::cargo_bin("wecom-hw")
        .unwrap()
        .args(["--lang", "en"])
        .arg("cloud")
        .arg("--state-dir")
        .arg(tmp.path().join("state"))
        .args(["serve", "--listen", "127.0.0.1:0", "--devices"])
        .arg(&devices)
        .args(["--export", EXPORT_CSV])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("SN E30000000001 has a different secret in"),
        "{err}"
    );
    assert!(!err.contains("708d0b6f4d4bd97e5d4eb1cb47d260ac"), "{err}");
}

#[test]
fn a_bad_export_or_a_missing_store_stops_the_start() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.csv");
    std::fs::write(&bad, "序列号,SecretNo\nE3-1,abc\n").unwrap();
    let state = tmp.path().join("state");
    let out = Command::cargo_bin("wecom-hw")
        .unwrap()
        .args(["--lang", "en"])
        .arg("cloud")
        .arg("--state-dir")
        .arg(&state)
        .args(["serve", "--listen", "127.0.0.1:0", "--export"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.csv has 1 error(s)"), "{err}");
    assert!(err.contains("row 2"), "{err}");

    let out = Command::cargo_bin("wecom-hw")
        .unwrap()
        .args(["--lang", "en"])
        .arg("--store")
        .arg(tmp.path().join("none.db"))
        .arg("cloud")
        .arg("--state-dir")
        .arg(&state)
        .args(["serve", "--listen", "127.0.0.1:0", "--from-store"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no device store at"));
}

crate::support::store::both_backends!(from_store_knows_every_imported_unit);
