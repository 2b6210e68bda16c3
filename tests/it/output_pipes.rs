//! A reader that goes away (`wecom-hw … | head`) is not an error: the command stops
//! writing, prints nothing on stderr and exits 0 — for every kind of output (plain lines,
//! `--json`, tables, batches, help), never a panic. And no source file prints with
//! `println!`/`eprintln!`, which panic on a closed stream.

use crate::support::cloud;
use std::path::Path;
use std::process::{Command, Stdio};

const SECRET: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";

/// Runs the binary with stdout a pipe whose reading end is closed before the command can
/// write, and returns (exit code, stderr).
fn closed_stdout(args: &[&str], dir: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(cloud::bin())
        .args(args)
        .current_dir(dir)
        .env("WECOM_HW_SECRET_NO", SECRET)
        .env("WECOM_HW_STORE", dir.join("devices.db"))
        .env_remove("WECOM_HW_LANG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_quiet_success(args: &[&str], dir: &Path) {
    let (code, stderr) = closed_stdout(args, dir);
    assert!(
        !stderr.contains("panicked") && !stderr.contains("error"),
        "{args:?} complained about the closed pipe: {stderr}"
    );
    assert_eq!(code, Some(0), "{args:?} exit code; stderr: {stderr}");
}

#[test]
fn a_closed_stdout_ends_every_kind_of_output_quietly_with_exit_0() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let export = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/registration-export.csv");
    let st = Command::new(cloud::bin())
        .args(["--quiet", "import", export.to_str().unwrap()])
        .env("WECOM_HW_STORE", d.join("devices.db"))
        .status()
        .unwrap();
    assert!(st.success());
    let mut rows = String::from("sn,secret_no\n");
    for i in 0..2000 {
        rows.push_str(&format!("E3{i:010},{SECRET}\n"));
    }
    std::fs::write(d.join("rows.csv"), rows).unwrap();

    for args in [
        &["devices", "list"][..],
        &["--json", "devices", "list"],
        &["devices", "show", "E30000000001"],
        &["store", "info"],
        &["line", "status"],
        &["sign", "bind", "--input", "rows.csv", "--nonce", "1"],
        &["sign", "bind", "--sn", "E30000000001", "--explain"],
        &["qr", "bind", "--sn", "E30000000001", "--format", "term"],
        &["qr", "url", "https://example.invalid/x", "--format", "svg"],
        &["--help"],
        &["sign", "--help"],
    ] {
        assert_quiet_success(args, d);
    }
}

#[test]
fn a_closed_stdout_ends_cloud_status_quietly() {
    let emu = cloud::Cloud::start(&[]);
    let state = emu.state.to_str().unwrap().to_owned();
    for json in [false, true] {
        let mut args = vec!["cloud", "--state-dir", &state, "status"];
        if json {
            args.insert(0, "--json");
        }
        assert_quiet_success(&args, emu.dir.path());
    }
}

/// `println!` and `eprintln!` panic when their stream is closed; every write goes through
/// `outln!`/`errln!` (src/output.rs) instead.
#[test]
fn no_source_file_prints_with_the_panicking_macros() {
    let mut offenders = Vec::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(p) = stack.pop() {
        for e in std::fs::read_dir(&p).unwrap() {
            let path = e.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for (n, line) in text.lines().enumerate() {
                    let code = line.trim_start();
                    if code.starts_with("//") {
                        continue;
                    }
                    for m in ["println!(", "print!(", "eprintln!(", "eprint!("] {
                        let hit = code.match_indices(m).any(|(i, _)| {
                            i == 0 || !code.as_bytes()[i - 1].is_ascii_alphanumeric()
                        });
                        if hit {
                            offenders.push(format!("{}:{}: {code}", path.display(), n + 1));
                        }
                    }
                }
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}
