//! Reading the device store (issue 19, item 7 and 6): a location without a store is one
//! error in every reading command, never "0 units"; `--status` takes only the statuses a
//! unit can have; and `--show-secrets` never writes SecretNos into a file others can read.
//! Through the real binary, on real SQLite stores in temp dirs.

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

const EXPORT_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/registration-export.csv"
);

/// The binary with the store at `store`, no secret from the caller's environment.
fn bin(store: &Path) -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.env("WECOM_HW_LANG", "en")
        .env_remove("WECOM_HW_SECRET_NO")
        .env_remove("WECOM_HW_CLOUD_DIR")
        .env("WECOM_HW_STORE", store)
        .env("NO_COLOR", "1")
        // A command that wrongly waits (a server) must not hang the suite.
        .timeout(Duration::from_secs(30));
    c
}

/// Every SecretNo of the sample export (its second column), read from the file.
fn sample_secrets() -> Vec<String> {
    std::fs::read_to_string(EXPORT_CSV)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1).map(str::to_owned))
        .filter(|s| s.len() == 32)
        .collect()
}

/// The same, as a plain process, for a stdout that is a file.
fn raw(store: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"));
    c.env("WECOM_HW_LANG", "en")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", store)
        .env("NO_COLOR", "1");
    c
}

fn imported_store(dir: &Path) -> std::path::PathBuf {
    let store = dir.join("devices.db");
    bin(&store)
        .args(["import", EXPORT_CSV, "-q"])
        .assert()
        .success();
    store
}

#[test]
fn every_reading_command_refuses_a_store_that_does_not_exist() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("typo").join("devcies.db");
    let want = format!("no device store at {}", store.display());
    let state = dir.path().join("cloud");
    let state = state.to_str().unwrap();
    let cases: &[&[&str]] = &[
        &["devices", "list"],
        &["--json", "devices", "list"],
        &["devices", "list", "--status", "imported"],
        &["devices", "show", "E30000000001"],
        &["devices", "export"],
        &["devices", "export", "--format", "ndjson"],
        &["devices", "batches"],
        &["--json", "devices", "batches"],
        &["store", "info"],
        &["line", "status"],
        &["qr", "static", "--sn", "E30000000001", "--format", "svg"],
        &[
            "cloud",
            "--state-dir",
            state,
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--from-store",
        ],
    ];
    for args in cases {
        let o = bin(&store).args(*args).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(3), "{args:?}: {err}");
        assert!(err.contains(&want), "{args:?}: {err}");
        assert!(err.contains("hint: "), "{args:?} has no hint: {err}");
        if args[0] == "--json" {
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(v["exit_code"], 3, "{args:?}");
        } else {
            assert!(o.stdout.is_empty(), "{args:?} printed a result: {o:?}");
        }
        assert!(!store.exists(), "{args:?} created the store");
        assert!(!store.parent().unwrap().exists(), "{args:?} made its dir");
    }
    // A secret looked up by SN says why it is not there: no store, not "no such SN".
    let o = bin(&store)
        .args(["sign", "bind", "--sn", "E30000000001"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains(&format!("there is no device store at {}", store.display())),
        "{err}"
    );
    assert!(!store.exists());
}

#[test]
fn an_existing_empty_selection_is_still_a_success() {
    let dir = tempfile::tempdir().unwrap();
    let store = imported_store(dir.path());
    let o = bin(&store)
        .args(["devices", "list", "--status", "bound"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
    assert!(String::from_utf8_lossy(&o.stderr).contains("0 units"));
}

#[test]
fn an_unknown_status_is_refused_with_the_valid_ones() {
    let dir = tempfile::tempdir().unwrap();
    let store = imported_store(dir.path());
    for cmd in [["devices", "list"], ["devices", "export"]] {
        let o = bin(&store)
            .args(cmd)
            .args(["--status", "bogus"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{cmd:?}: {err}");
        assert!(err.contains("'bogus'"), "{err}");
        for s in [
            "imported",
            "label-printed",
            "secret-issued",
            "bound",
            "unbound",
        ] {
            assert!(err.contains(s), "{s} not listed: {err}");
        }
        assert!(o.stdout.is_empty(), "{cmd:?}: {o:?}");
    }
    // Every listed status is accepted.
    for s in [
        "imported",
        "label-printed",
        "secret-issued",
        "registered",
        "activated",
        "bound",
        "unbound",
    ] {
        bin(&store)
            .args(["devices", "list", "--status", s])
            .assert()
            .success();
    }
}

#[cfg(unix)]
fn file_with_mode(path: &Path, mode: u32) -> std::fs::File {
    use std::os::unix::fs::OpenOptionsExt;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(path)
        .unwrap();
    // The process umask may have narrowed the mode: set it exactly.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    f
}

#[cfg(unix)]
#[test]
fn show_secrets_never_go_into_a_file_others_can_read() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let store = imported_store(dir.path());
    let secrets = sample_secrets();
    assert_eq!(secrets.len(), 20);
    let leaked = |text: &str| secrets.iter().any(|s| text.contains(s.as_str()));
    let cases: &[&[&str]] = &[
        &["devices", "export", "--format", "ndjson", "--show-secrets"],
        &["devices", "list", "--show-secrets"],
        &["devices", "show", "E30000000001", "--show-secrets"],
    ];
    for args in cases {
        // What `… --show-secrets > burn-list.ndjson` gives under the usual umask 022.
        let out = dir.path().join("burn list.ndjson");
        let f = file_with_mode(&out, 0o644);
        let o = raw(&store).args(*args).stdout(f).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(10), "{args:?}: {err}");
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(!leaked(&text), "{args:?} wrote secrets into a 0644 file");
        assert!(text.is_empty(), "{args:?}: {text}");
        assert!(err.contains("mode 644"), "{err}");
        // The hint names the file (quoted: it has a space) and runs as printed.
        let quoted = format!("'{}'", out.display());
        assert!(err.contains(&format!("chmod 600 {quoted}")), "{err}");
        if args[1] == "export" {
            assert!(err.contains(&format!("-o {quoted}")), "{err}");
        }
        assert!(!leaked(&err));
        // After the chmod of the hint, the same redirection works.
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).unwrap();
        let f = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(&out)
            .unwrap();
        let o = raw(&store).args(*args).stdout(f).output().unwrap();
        assert!(o.status.success(), "{args:?}: {o:?}");
        assert!(leaked(&std::fs::read_to_string(&out).unwrap()), "{args:?}");
    }
    // Masked output may go anywhere.
    let out = dir.path().join("masked.csv");
    let f = file_with_mode(&out, 0o644);
    let o = raw(&store)
        .args(["devices", "export"])
        .stdout(f)
        .output()
        .unwrap();
    assert!(o.status.success(), "{o:?}");
    assert!(!leaked(&std::fs::read_to_string(&out).unwrap()));
    // The README's way: -o makes a private file.
    let out = dir.path().join("burn-list.ndjson");
    bin(&store)
        .args([
            "devices",
            "export",
            "--format",
            "ndjson",
            "--show-secrets",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success();
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(leaked(&std::fs::read_to_string(&out).unwrap()));
}
