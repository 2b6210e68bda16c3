//! `ble scan --sn` and `ble status|provision --sn` with the device store: the SN is mapped
//! to the device ID the adverts carry, and the default signer takes the SecretNo from the
//! store when no secret source is given. Against the in-process simulator (SN0001, device
//! ID 12345), with a real SQLite store filled by the real `wecom-hw import`.

use crate::support::store::{Backend, StoreLoc};
use assert_cmd::Command;
use std::path::PathBuf;

/// The simulator's unit (src/ble/sim.rs); its SecretNo is set with --sim-secret-env so it
/// can be a well-formed one the import accepts.
const SN: &str = "SN0001";
const DEVICE_ID: &str = "12345";
const SECRET: &str = "0123456789abcdef0123456789abcdef";
const PASSWORD: &str = "Tr0ub4dor&3-wifi";

struct Env {
    _dir: tempfile::TempDir,
    /// A SQLite path or a PostgreSQL URL.
    db: PathBuf,
    _loc: StoreLoc,
}

impl Env {
    /// A store holding the simulator's unit with `secret`, plus a unit nearby.
    fn new(b: Backend, secret: &str) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let loc = StoreLoc::new(b, dir.path().join("devices.db"));
        let db = loc.location.clone();
        let csv = dir.path().join("export.csv");
        std::fs::write(
            &csv,
            format!(
                "SN,SecretNo,Device ID\n{SN},{secret},{DEVICE_ID}\nSN0002,{},777\n",
                "f".repeat(32)
            ),
        )
        .unwrap();
        let env = Env {
            _dir: dir,
            db,
            _loc: loc,
        };
        env.cmd().arg("import").arg(&csv).assert().success();
        env
    }

    fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("wecom-hw").unwrap();
        c.args(["--lang", "en"]);
        c.env_remove("WECOM_HW_SECRET_NO")
            .env("SIM_SECRET", SECRET)
            .env("WIFI_PW", PASSWORD)
            .arg("--store")
            .arg(&self.db);
        c
    }

    fn ble(&self, args: &[&str]) -> (i32, String, String) {
        let o = self
            .cmd()
            .args([
                "-v",
                "ble",
                "--backend",
                "sim",
                "--sim-secret-env",
                "SIM_SECRET",
            ])
            .args(args)
            .output()
            .unwrap();
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stdout).into(),
            String::from_utf8_lossy(&o.stderr).into(),
        )
    }
}

fn scan_by_sn_finds_the_unit_by_its_device_id_and_checks_nothing_secret_leaks(b: Backend) {
    let env = Env::new(b, SECRET);
    let (code, out, err) = env.ble(&[
        "scan",
        "--timeout",
        "0.3",
        "--sn",
        SN,
        "--pick",
        "only",
        "--json",
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(
        v["device_id"].to_string().trim_matches('"'),
        DEVICE_ID,
        "{v}"
    );
    assert!(err.contains("device ID 12345 in the device store"), "{err}");
    assert!(!out.contains(SECRET) && !err.contains(SECRET));
    // Another SN of the store maps to a device ID that is not in range: nothing found.
    let (code, _, err) = env.ble(&["scan", "--timeout", "0.3", "--sn", "SN0002", "--json"]);
    assert_eq!(code, 7, "{err}");
    // An SN the store lacks: a data error naming the store.
    let (code, _, err) = env.ble(&["scan", "--timeout", "0.3", "--sn", "SN0404"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("does not hold this SN"), "{err}");
}

fn provision_by_sn_signs_with_the_stores_secret_no(b: Backend) {
    let env = Env::new(b, SECRET);
    let (code, out, err) = env.ble(&[
        "provision",
        "--sn",
        SN,
        "--scan-timeout",
        "0.3",
        "--ssid",
        "TestAP",
        "--password-env",
        "WIFI_PW",
        "--json",
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["sn"], SN, "{v}");
    // The device's handshake signature checks out with the store's SecretNo.
    assert_eq!(v["device_signature"], "verified", "{v}");
    assert!(
        err.contains("SecretNo of SN SN0001 from the device store"),
        "{err}"
    );
    for leak in [SECRET, PASSWORD] {
        assert!(
            !out.contains(leak) && !err.contains(leak),
            "leaked:\n{out}\n{err}"
        );
    }
}

fn a_wrong_secret_no_in_the_store_shows_as_a_signature_mismatch(b: Backend) {
    // The store holds another SecretNo than the device: the device's handshake signature
    // does not check out, which shows the store's SecretNo is the one used.
    let env = Env::new(b, "fedcba9876543210fedcba9876543210");
    let (code, out, err) = env.ble(&["status", "--sn", SN, "--scan-timeout", "0.3"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("device signature mismatch"), "{out}\n{err}");
    // An explicit secret source wins over the store.
    let (code, out, err) = env.ble(&[
        "status",
        "--sn",
        SN,
        "--scan-timeout",
        "0.3",
        "--secret-env",
        "SIM_SECRET",
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("device signature verified"), "{out}\n{err}");
}

crate::support::store::both_backends!(
    scan_by_sn_finds_the_unit_by_its_device_id_and_checks_nothing_secret_leaks,
    provision_by_sn_signs_with_the_stores_secret_no,
    a_wrong_secret_no_in_the_store_shows_as_a_signature_mismatch,
);
