//! A file without a header row puts a SecretNo where the headers should be. Every command
//! that reads such files must refuse it without echoing that first row's secret.

use assert_cmd::Command;

const SECRET: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";

fn check(args: &[&str], dir: &std::path::Path) {
    let out = Command::cargo_bin("wecom-hw")
        .unwrap()
        .env("WECOM_HW_LANG", "en")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", dir.join("store.db"))
        .current_dir(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(3), "{args:?}: {all}");
    assert!(!all.contains(SECRET), "{args:?} printed the secret: {all}");
    assert!(
        !all.contains(&SECRET[4..20]),
        "{args:?} printed part of the secret: {all}"
    );
}

#[test]
fn headerless_files_never_echo_the_first_rows_secret() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("noheader.csv"),
        format!("E30000000001,{SECRET}\nE30000000002,{SECRET}\n"),
    )
    .unwrap();
    check(&["sign", "bind", "--input", "noheader.csv"], tmp.path());
    check(&["import", "noheader.csv"], tmp.path());
    check(&["--json", "import", "noheader.csv"], tmp.path());
    check(
        &[
            "cloud",
            "--state-dir",
            "cloud",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--devices",
            "noheader.csv",
        ],
        tmp.path(),
    );
}

#[test]
fn a_numeric_secret_cell_is_reported_without_its_value() {
    let tmp = tempfile::tempdir().unwrap();
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "SN").unwrap();
    ws.write_string(0, 1, "SecretNo").unwrap();
    ws.write_string(1, 0, "E30000000001").unwrap();
    // A SecretNo typed into Excel as a (too long) number.
    ws.write_number(1, 1, 12345678901234567890.0).unwrap();
    wb.save(tmp.path().join("num.xlsx")).unwrap();
    let out = Command::cargo_bin("wecom-hw")
        .unwrap()
        .env("WECOM_HW_LANG", "en")
        .env("WECOM_HW_STORE", tmp.path().join("store.db"))
        .current_dir(tmp.path())
        .args(["--json", "import", "num.xlsx"])
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(3), "{all}");
    assert!(all.contains("cannot be read exactly"), "{all}");
    assert!(!all.contains("1234567890123456"), "{all}");
}
