//! Batch labels: one file per unit, resumable after a hard kill, identical bytes on rerun,
//! a summary in --json, and bad input rejected before anything is written.

use crate::support::qr::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

fn write_csv(path: &Path, n: usize) {
    let mut s = String::from("sn,url\n");
    for i in 0..n {
        s.push_str(&format!(
            "E3{i:010},{HW_URL}K{i:07}x{}\n",
            i * 7919 % 100_000
        ));
    }
    std::fs::write(path, s).unwrap();
}

/// Every file in `dir`: name → bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn batch_args(csv: &Path, out: &Path) -> Vec<std::ffi::OsString> {
    let mut v: Vec<std::ffi::OsString> = [
        "qr",
        "static",
        "--dots",
        "2",
        "--no-caption",
        "--no-verify",
        "--threads",
        "2",
        "--input",
    ]
    .iter()
    .map(Into::into)
    .collect();
    v.push(csv.into());
    v.push("--out-dir".into());
    v.push(out.into());
    v
}

#[test]
fn killed_batch_resumes_to_the_same_set_as_an_uninterrupted_run() {
    const N: usize = 2000;
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("units.csv");
    write_csv(&csv, N);
    let (a, b) = (d.path().join("killed"), d.path().join("clean"));

    // Start the real binary and SIGKILL it once some labels are out. The decode-back check
    // is off here only to keep a debug build fast; tests/it/qr_formats.rs covers it.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wecom-hw"))
        .args(batch_args(&csv, &a))
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let t0 = Instant::now();
    let visible = |dir: &Path| {
        std::fs::read_dir(dir).map_or(0, |r| {
            r.filter(|e| {
                !e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with('.')
            })
            .count()
        })
    };
    while visible(&a) < 50 {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "batch never started writing"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "batch ended before it could be killed"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let done = visible(&a);
    assert!(done < N, "killed part-way ({done} of {N})");
    // What is visible is whole: every PNG decodes to its unit's URL.
    for (name, bytes) in files(&a).iter().filter(|(n, _)| !n.starts_with('.')) {
        let sn = name.strip_suffix(".png").unwrap();
        let got = decode_png(bytes);
        assert_eq!(got.len(), 1, "{name} is complete");
        let i: usize = sn[2..].parse().unwrap();
        assert_eq!(got[0], format!("{HW_URL}K{i:07}x{}", i * 7919 % 100_000));
    }

    // Rerun: skips what is there, finishes the rest, removes leftovers of the killed run.
    let o = bin()
        .args(batch_args(&csv, &a))
        .arg("--json")
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&o.get_output().stdout).unwrap();
    assert_eq!(v["skipped"], done);
    assert_eq!(v["written"], N - done);
    assert_eq!(v["failed"], 0);

    bin().args(batch_args(&csv, &b)).assert().success();
    let (fa, fb) = (files(&a), files(&b));
    assert!(
        fa.keys().all(|k| !k.starts_with('.')),
        "no partial/temporary file left"
    );
    assert_eq!(fa.len(), N);
    assert!(
        fa == fb,
        "resumed set equals an uninterrupted run, byte for byte"
    );
}

#[test]
fn rerun_skips_force_redoes_and_summary_is_json() {
    let d = tempfile::tempdir().unwrap();
    let nd = d.path().join("u.ndjson");
    std::fs::write(&nd, "{\"sn\":\"A1\",\"hw_code\":\"abc\"}\n{\"SN\":\"A2\",\"qr_url\":\"https://open.work.weixin.qq.com/connect/hardware?hw_code=def\"}\n").unwrap();
    let out = d.path().join("o");
    let run = |extra: &[&str]| {
        let o = bin()
            .args([
                "qr",
                "static",
                "--json",
                "--name",
                "{sn}-{row}.svg",
                "--input",
            ])
            .arg(&nd)
            .arg("--out-dir")
            .arg(&out)
            .args(extra)
            .assert()
            .success();
        serde_json::from_slice::<serde_json::Value>(&o.get_output().stdout).unwrap()
    };
    let v = run(&[]);
    assert_eq!(
        (v["written"].as_u64(), v["skipped"].as_u64()),
        (Some(2), Some(0))
    );
    let first = files(&out);
    assert_eq!(first.keys().collect::<Vec<_>>(), ["A1-1.svg", "A2-2.svg"]);
    assert_eq!(decode_svg(&first["A2-2.svg"]), vec![format!("{HW_URL}def")]);
    let v = run(&[]);
    assert_eq!(
        (v["written"].as_u64(), v["skipped"].as_u64()),
        (Some(0), Some(2))
    );
    // A file a power cut left empty is not finished: the rerun redoes it.
    std::fs::write(out.join("A1-1.svg"), b"").unwrap();
    let v = run(&[]);
    assert_eq!(
        (v["written"].as_u64(), v["skipped"].as_u64()),
        (Some(1), Some(1))
    );
    assert!(files(&out) == first);
    let v = run(&["--force"]);
    assert_eq!(v["written"], 2);
    assert!(files(&out) == first, "identical bytes when redone");
}

#[test]
fn bad_row_fails_before_anything_is_written() {
    let d = tempfile::tempdir().unwrap();
    let csv = d.path().join("u.csv");
    std::fs::write(&csv, "sn,url\nE1,https://open.work.weixin.qq.com/connect/hardware?hw_code=a\nE 2,https://open.work.weixin.qq.com/connect/hardware?hw_code=b\n").unwrap();
    let out = d.path().join("o");
    bin()
        .args(["qr", "static", "--input"])
        .arg(&csv)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("u.csv, row 3, column sn"));
    assert!(!out.exists());
    // Duplicate SNs would overwrite each other's file.
    std::fs::write(&csv, "sn,hw_code\nE1,a\nE1,b\n").unwrap();
    bin()
        .args(["qr", "static", "--input"])
        .arg(&csv)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(3)
        .stderr(predicates::str::contains("rows 2 and 3"));
}
