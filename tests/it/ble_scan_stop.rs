//! `ble` scans end as soon as the device asked for (`--device-id`, or `--sn` through the
//! device store) is seen, for `scan` and for every command that scans first, instead of
//! waiting out the whole scan time; and `--sn` of a unit the store does not hold says so
//! before anything goes on air. Against the in-process simulator (SN0001, device ID 12345)
//! and a real SQLite store filled by the real `wecom-hw import`.

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const SN: &str = "SN0001";
const SECRET: &str = "0123456789abcdef0123456789abcdef";
const PASSWORD: &str = "Tr0ub4dor&3-wifi";
/// The scan time asked for; a run that waits it out takes at least this long.
const SCAN: &str = "20";
/// Generous: the simulator answers at once, so a run that stops on sight takes well under
/// a second even on a loaded machine; a run that waits out the scan takes 20 s or more.
const BOUND: Duration = Duration::from_secs(10);

struct Env {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Env {
    /// A store holding the simulator's unit (and one more), imported the real way.
    fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("devices.db");
        let csv = dir.path().join("export.csv");
        std::fs::write(
            &csv,
            format!(
                "SN,SecretNo,Device ID\n{SN},{SECRET},12345\nSN0002,{},777\n",
                "f".repeat(32)
            ),
        )
        .unwrap();
        let env = Env { dir, db };
        env.cmd(&env.db.clone())
            .arg("import")
            .arg(&csv)
            .assert()
            .success();
        env
    }

    fn cmd(&self, store: &Path) -> Command {
        let mut c = Command::cargo_bin("wecom-hw").unwrap();
        c.args(["--lang", "en"]);
        c.env_remove("WECOM_HW_SECRET_NO")
            .env("SIM_SECRET", SECRET)
            .env("WIFI_PW", PASSWORD)
            .arg("--store")
            .arg(store)
            .timeout(Duration::from_secs(120));
        c
    }

    /// `ble --backend sim …` against `store`: exit code, stdout, stderr, and how long it took.
    fn ble_at(&self, store: &Path, args: &[&str]) -> (i32, String, String, Duration) {
        let t = Instant::now();
        let o = self
            .cmd(store)
            .args(["ble", "--backend", "sim", "--sim-secret-env", "SIM_SECRET"])
            .args(args)
            .output()
            .unwrap();
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stdout).into(),
            String::from_utf8_lossy(&o.stderr).into(),
            t.elapsed(),
        )
    }

    fn ble(&self, args: &[&str]) -> (i32, String, String, Duration) {
        self.ble_at(&self.db, args)
    }
}

#[test]
fn scan_stops_as_soon_as_the_device_id_or_the_sns_device_id_is_seen() {
    let env = Env::new();
    for args in [
        &["scan", "--timeout", SCAN, "--device-id", "12345"][..],
        &["scan", "--timeout", SCAN, "--sn", SN][..],
        &["scan", "--timeout", SCAN, "--sn", SN, "--pick", "only"][..],
        &["scan", "--timeout", SCAN, "--device-id", "12345", "--json"][..],
    ] {
        let (code, out, err, took) = env.ble(args);
        assert_eq!(code, 0, "{args:?}\n{out}\n{err}");
        assert!(out.contains("12345"), "{args:?}: {out}");
        assert!(took < BOUND, "{args:?} took {took:?}: waited out the scan");
    }
    // Without a device to look for, the scan still lists what it hears for the whole time
    // (there may be more than one device in range).
    let (code, out, err, took) = env.ble(&["scan", "--timeout", "1.5"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(took >= Duration::from_millis(1500), "took {took:?}");
}

#[test]
fn commands_that_scan_first_stop_when_the_device_is_seen() {
    let env = Env::new();
    let runs: [&[&str]; 4] = [
        &["status", "--device-id", "12345"],
        &["status", "--sn", SN],
        &["wifi-list", "--sn", SN],
        &[
            "provision",
            "--sn",
            SN,
            "--ssid",
            "TestAP",
            "--password-env",
            "WIFI_PW",
        ],
    ];
    for args in runs {
        let mut a = args.to_vec();
        a.extend(["--scan-timeout", SCAN]);
        // `status --device-id` has no store entry to take the SecretNo from.
        a.extend(["--secret-env", "SIM_SECRET"]);
        let (code, out, err, took) = env.ble(&a);
        assert_eq!(code, 0, "{a:?}\n{out}\n{err}");
        assert!(out.contains("SN SN0001"), "{a:?}: {out}");
        assert!(took < BOUND, "{a:?} took {took:?}: waited out the scan");
    }
}

#[test]
fn provision_by_an_sn_the_store_lacks_says_so_and_how_to_fix_it() {
    let env = Env::new();
    let shown = env.db.display().to_string();
    let provision = [
        "provision",
        "--sn",
        "SN0404",
        "--ssid",
        "TestAP",
        "--password-env",
        "WIFI_PW",
        "--scan-timeout",
        SCAN,
    ];
    let (code, out, err, took) = env.ble(&provision);
    assert_eq!(code, 3, "{out}\n{err}");
    assert!(
        err.contains(&format!("--sn SN0404 is not in the device store {shown}")),
        "{err}"
    );
    assert!(
        err.contains("hint:") && err.contains("wecom-hw import") && err.contains("--secret-file"),
        "{err}"
    );
    // Refused before the radio: no scan was started.
    assert!(!err.contains("scanning"), "{err}");
    assert!(took < BOUND, "took {took:?}");

    // No store at all: said as such, with its path.
    let none = env.dir.path().join("none.db");
    let (code, out, err, _) = env.ble_at(&none, &provision);
    assert_eq!(code, 3, "{out}\n{err}");
    assert!(
        err.contains(&format!("there is no device store at {}", none.display())),
        "{err}"
    );
    assert!(!none.exists(), "a missing store is not created");

    // --json: the same words where scripts read them.
    let mut a = provision.to_vec();
    a.push("--json");
    let (code, out, _, _) = env.ble(&a);
    assert_eq!(code, 3);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("SN0404 is not in the device store"),
        "{v}"
    );
    assert!(v["hint"].as_str().unwrap().contains("--secret-file"), "{v}");

    // With a secret source the SN need not be in the store: it is checked against the
    // device's handshake instead (SN0404 is not the simulator's SN: wrong unit, exit 4).
    // (No device ID to stop at here, so a short scan.)
    let mut a = provision[..7].to_vec();
    a.extend(["--scan-timeout", "0.3", "--secret-env", "SIM_SECRET"]);
    let (code, out, err, _) = env.ble(&a);
    assert_eq!(code, 4, "{out}\n{err}");
}
