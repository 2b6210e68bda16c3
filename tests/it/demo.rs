//! The README's first command runs `wecom-hw demo`: it must work on a fresh machine with
//! nothing but the binary (sample export built in, store and emulator of its own).

use assert_cmd::Command;
use serde_json::Value;

#[test]
fn demo_runs_the_whole_job_on_built_in_defaults() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    let out = Command::cargo_bin("wecom-hw")
        .unwrap()
        // A default store that does not exist: the demo must not touch it.
        .env("WECOM_HW_STORE", tmp.path().join("user-store.db"))
        // A secret exported in the shell (as the README's sign examples do) must not
        // override the demo's own units.
        .env("WECOM_HW_SECRET_NO", "00000000000000000000000000000000")
        .env("NO_COLOR", "1")
        .current_dir(tmp.path())
        .args(["--lang", "en", "--json", "demo", "--dir"])
        .arg(&dir)
        .timeout(std::time::Duration::from_secs(180))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stdout: {stdout}\nstderr: {stderr}");
    assert!(
        !tmp.path().join("user-store.db").exists(),
        "default store touched"
    );

    let summary: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(summary["units"], 20);
    let sn = summary["online_sn"].as_str().unwrap();

    // The label PNG decodes to the unit's static URL from the sample export.
    let png = image::open(summary["label_png"].as_str().unwrap())
        .unwrap()
        .to_luma8();
    let mut img = rqrr::PreparedImage::prepare(png);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, text) = grids[0].decode().unwrap();
    let csv = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/registration-export.csv"
    ))
    .unwrap();
    let row = csv.lines().find(|l| l.contains(sn)).unwrap();
    assert!(row.contains(&text), "{text} not in {row}");
    assert!(
        std::fs::metadata(summary["labels_pdf"].as_str().unwrap())
            .unwrap()
            .len()
            > 1000
    );

    // The unit went online through the emulator: the store says so, ledger included.
    let show = Command::cargo_bin("wecom-hw")
        .unwrap()
        .arg("--store")
        .arg(summary["store"].as_str().unwrap())
        .args(["--json", "devices", "show", sn])
        .output()
        .unwrap();
    let dev: Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(dev["status"], "bound", "{dev}");
    // Each step said what it ran, and Wi-Fi went through over the simulator.
    for step in [
        "$ wecom-hw --store",
        "import",
        "qr static",
        "cloud",
        "connect",
        "ble",
    ] {
        assert!(stderr.contains(step), "{step} missing from: {stderr}");
    }
    assert!(stdout.contains("Wi-Fi \"DemoWiFi\": connected"), "{stdout}");
    // Every command the demo printed runs as printed, from a shell that has none of the
    // demo's own environment (here even a hostile one: a foreign secret and default store
    // exported, as a user's shell may have), except the emulator in the background and the
    // `connect` that needs it running.
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_wecom-hw"))
        .parent()
        .unwrap()
        .to_owned();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let printed: Vec<&str> = stderr
        .lines()
        .filter_map(|l| l.strip_prefix("$ "))
        .filter(|l| !l.ends_with(" &") && !l.contains("--endpoint"))
        .collect();
    assert!(
        printed.iter().any(|l| l.starts_with("wecom-hw ble ")),
        "{printed:?}"
    );
    for line in &printed {
        let o = std::process::Command::new("sh")
            .arg("-c")
            .arg(line)
            .env_clear()
            .env("PATH", &path)
            .env("WECOM_HW_STORE", tmp.path().join("user-store.db"))
            .env("WECOM_HW_SECRET_NO", "00000000000000000000000000000000")
            .current_dir(tmp.path())
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "printed command does not run as shown: {line}\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
        if line.starts_with("wecom-hw ble ") {
            let out = String::from_utf8_lossy(&o.stdout);
            assert!(out.contains("Wi-Fi \"DemoWiFi\": connected"), "{out}");
        }
    }
    assert!(
        !tmp.path().join("user-store.db").exists(),
        "a printed command touched the default store"
    );
    // The sample's secrets never reach the screen.
    for line in csv.lines().skip(1) {
        let secret = line.split(',').nth(1).unwrap();
        assert!(
            !stdout.contains(secret) && !stderr.contains(secret),
            "secret shown"
        );
    }
}
