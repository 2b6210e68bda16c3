//! `--json` errors carry a stable machine `code` beside `error`, `exit_code` and `hint`
//! (README, "Output, errors and exit codes"), and the code's exit class is the process's
//! exit code. Real commands, real files, a real (empty) emulator state dir.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn bin(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.env("WECOM_HW_LANG", "en")
        .env("WECOM_HW_STORE", dir.join("devices.db"))
        .env("WECOM_HW_STATION", "test-station")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("NO_COLOR", "1");
    c
}

/// Runs the command with `--json` and returns its exit code and the one JSON line on stdout.
fn json_failure(mut c: Command) -> (i32, Value) {
    let o = c.arg("--json").output().unwrap();
    let stdout = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "one JSON line on stdout: {stdout:?}");
    let v: Value = serde_json::from_str(lines[0]).unwrap();
    (o.status.code().unwrap(), v)
}

/// The error object every command prints for a failure it did not report itself.
fn assert_error_object(v: &Value, code: &str, exit: i32) {
    assert_eq!(v["code"], code, "{v}");
    assert_eq!(v["exit_code"], exit, "{v}");
    assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{v}");
    assert!(
        v.get("hint").is_some(),
        "hint is always present (null when none): {v}"
    );
}

fn secret(i: u32) -> String {
    format!("{i:032x}")
}

#[test]
fn a_bad_import_row_is_import_row_invalid() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("export.csv");
    std::fs::write(
        &f,
        format!("SN,SecretNo\nE1,{}\nbad sn!,{}\n", secret(1), secret(2)),
    )
    .unwrap();
    let mut c = bin(d.path());
    c.arg("import").arg(&f);
    let (exit, v) = json_failure(c);
    assert_eq!(exit, 3);
    // import reports its failure in its own result (with the problems), so that result
    // carries the code and exit code.
    assert_eq!(v["code"], "import.row_invalid", "{v}");
    assert_eq!(v["exit_code"], 3, "{v}");
    assert_eq!(v["counts"]["errors"], 1, "{v}");
    assert_eq!(v["committed"], false, "{v}");
}

#[test]
fn an_sn_not_in_the_store_is_store_unknown_sn() {
    let d = tempfile::tempdir().unwrap();
    let f = d.path().join("export.csv");
    std::fs::write(&f, format!("SN,SecretNo\nE1,{}\n", secret(1))).unwrap();
    bin(d.path()).arg("import").arg(&f).assert().success();
    let mut c = bin(d.path());
    c.args(["qr", "static", "--sn", "NOSUCHSN", "-o"])
        .arg(d.path().join("x.png"));
    let (exit, v) = json_failure(c);
    assert_eq!(exit, 3);
    assert_error_object(&v, "store.unknown_sn", 3);
    assert!(v["error"].as_str().unwrap().contains("NOSUCHSN"), "{v}");
    assert!(!d.path().join("x.png").exists());
}

#[test]
fn a_label_too_small_for_the_code_is_a_usage_error_with_its_code() {
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("x.zpl");
    let mut c = bin(d.path());
    c.args([
        "qr",
        "static",
        "--hw-code",
        "lS5aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT",
        "--no-caption",
        "--label",
        "10x10",
        "--dpi",
        "203",
        "-o",
    ])
    .arg(&out);
    let (exit, v) = json_failure(c);
    assert_eq!(exit, 2);
    assert_error_object(&v, "render.label_too_small", 2);
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("at least 12.3×12.3 mm"),
        "{v}"
    );
    assert!(!out.exists());
}

#[test]
fn no_emulator_on_the_control_socket_is_cloud_unreachable() {
    let d = tempfile::tempdir().unwrap();
    let mut c = bin(d.path());
    c.args(["cloud", "--state-dir"])
        .arg(d.path().join("nothing-here"))
        .arg("status");
    let (exit, v) = json_failure(c);
    assert_eq!(exit, 7);
    assert_error_object(&v, "cloud.unreachable", 7);
    assert!(v["hint"].as_str().unwrap().contains(" serve`"), "{v}");
}

#[test]
fn an_unclassified_io_error_is_io_failed() {
    // gen-assets into a path under a plain file: the directory cannot be created, and the
    // error is an io::Error under context, not a Failure.
    let d = tempfile::tempdir().unwrap();
    let file = d.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let mut c = bin(d.path());
    c.arg("gen-assets").arg(file.join("sub"));
    let (exit, v) = json_failure(c);
    assert_eq!(exit, 10);
    assert_error_object(&v, "io.failed", 10);
    assert_eq!(v["hint"], Value::Null);
}

#[test]
fn ble_failures_reported_as_results_carry_the_code_too() {
    // No device in range on the simulator: the step, the code and the exit class.
    let d = tempfile::tempdir().unwrap();
    let mut c = bin(d.path());
    c.args([
        "ble",
        "--backend",
        "sim",
        "scan",
        "--timeout",
        "0.2",
        "--device-id",
        "999",
    ]);
    let (exit, v) = json_failure(c);
    assert_eq!(exit, 7, "{v}");
    assert_eq!(
        (&v["ok"], &v["step"]),
        (&Value::Bool(false), &"scan".into())
    );
    assert_eq!(v["code"], "ble.not_found", "{v}");
    assert_eq!(v["exit_code"], 7, "{v}");
}

#[test]
fn a_payload_no_code_can_hold_is_the_data_not_the_command_line() {
    // Unlike a label too small (exit 2), the text itself cannot be drawn: exit 3.
    let d = tempfile::tempdir().unwrap();
    let out = d.path().join("x.png");
    let mut c = bin(d.path());
    c.args(["qr", "url", &"x".repeat(4000), "-o"]).arg(&out);
    let (exit, v) = json_failure(c);
    assert_eq!(exit, 3);
    assert_error_object(&v, "render.payload_too_long", 3);
    assert!(v["hint"].as_str().unwrap().contains("--ecc"), "{v}");
    assert!(!out.exists());
}
