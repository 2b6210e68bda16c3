//! `wecom-hw line next` refuses before claiming whatever it can know would fail later: a
//! unit without a bind URL when a label is printed, a flasher or verifier that does not
//! exist; `--dry-run` lists the same problems. `--print` names may carry `{sn}`.

use crate::support::qr;
use crate::support::store;

use crate::support::line::*;
use std::path::Path;

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

/// Units 1..=n imported from an export whose 二维码链接 cell is empty for the units in
/// `no_url`.
fn line_without_urls(b: Backend, n: usize, no_url: &[usize]) -> Line {
    let dir = tempfile::tempdir().unwrap();
    let loc = StoreLoc::new(b, dir.path().join("devices.db"));
    let csv = dir.path().join("export.csv");
    let mut s = String::from("序列号,SecretNo,设备ID,二维码链接\n");
    for i in 1..=n {
        let u = if no_url.contains(&i) {
            String::new()
        } else {
            url(i)
        };
        s.push_str(&format!("{},{},{},{u}\n", sn(i), secret(i), device_id(i)));
    }
    std::fs::write(&csv, s).unwrap();
    let line = Line {
        dir,
        store: loc.location.clone(),
        loc,
    };
    line.cmd("import")
        .arg("import")
        .arg(&csv)
        .assert()
        .success();
    // A flasher that leaves a trace, so a test sees whether it ran.
    line.script("flash.sh", "echo \"$2\" >> flashed.log");
    line
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn a_scanned_unit_without_a_bind_url_is_refused_before_it_is_claimed(b: Backend) {
    let l = line_without_urls(b, 2, &[1]);
    let before = l.fingerprint();
    let run = |extra: &[&str]| {
        l.cmd("st1")
            .args(["line", "next", "--sn", &sn(1), "--out", "u.json"])
            .args(["--flash", "./flash.sh {file} {sn}", "--print", "label.zpl"])
            .args(extra)
            .output()
            .unwrap()
    };
    let o = run(&[]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(err.contains(&sn(1)) && err.contains("no bind URL"), "{err}");
    assert_eq!(l.fingerprint(), before, "nothing claimed: {err}");
    assert!(!l.path("u.json").exists(), "no payload written");
    assert!(!l.path("flashed.log").exists(), "not flashed");
    // --dry-run says the same, and exits as the run would.
    let o = run(&["--dry-run"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("problem: ") && text.contains("no bind URL"),
        "{text}"
    );
    assert_eq!(l.fingerprint(), before);
    // The hint's command runs as printed and issues the unit without a label.
    let hint = hinted_command(&err);
    assert!(!hint.contains("--print"), "{hint}");
    let o = run_hint(&l, &hint);
    assert!(o.status.success(), "{hint}: {}", stderr(&o));
    assert_eq!(l.events(&sn(1), "line-done"), 1);
    assert_eq!(l.events(&sn(1), "label-skipped"), 1);
    assert_eq!(
        std::fs::read_to_string(l.path("flashed.log")).unwrap(),
        format!("{}\n", sn(1))
    );
}

fn the_next_unit_is_one_with_a_bind_url_when_a_label_is_printed(b: Backend) {
    let l = line_without_urls(b, 3, &[1, 3]);
    let next = |label: bool| {
        let mut c = l.cmd("st1");
        c.args(["line", "next", "--json", "--out", "u.json"])
            .args(["--flash", "./flash.sh {file} {sn}"]);
        if label {
            c.args(["--print", "label-{sn}.zpl", "--label", "40x30"]);
        }
        c.output().unwrap()
    };
    let o = next(true);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert_eq!(
        json(&o.stdout)["sn"],
        sn(2),
        "unit 1 has no URL: passed over"
    );
    assert!(
        err.contains("passing over 2 unissued unit(s)") && err.contains(&sn(1)),
        "{err}"
    );
    let zpl = read(&l.path(&format!("label-{}.zpl", sn(2))));
    let r = qr::zpl_rasters(&zpl, 203);
    assert_eq!(
        qr::decode_gray(r[0].0 as usize, r[0].1 as usize, &r[0].2),
        vec![url(2)]
    );
    // None left with a URL: refused, nothing claimed, and the hint names the way out.
    let before = l.fingerprint();
    let o = next(true);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains("no unit with a bind URL") && err.contains(&sn(1)),
        "{err}"
    );
    assert_eq!(l.fingerprint(), before, "{err}");
    assert_eq!(
        std::fs::read_to_string(l.path("flashed.log")).unwrap(),
        format!("{}\n", sn(2)),
        "flashed once, unit 2 only"
    );
    let o = run_hint(&l, &hinted_command(&err));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(l.events(&sn(1), "line-done"), 1);
    // Without a label, the next unit is simply the next one.
    let o = next(false);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json(&o.stdout)["sn"], sn(3));
    assert_eq!(l.status()["counts"]["done"], 3);
    assert_eq!(
        l.events(&sn(1), "line-claimed"),
        1,
        "claimed once, by the hint"
    );
}

/// A station killed mid-flash leaves its unit `issued`; rerun with a label and the unit
/// has no URL: refused before it is resumed, and the hint finishes it.
fn an_unfinished_unit_without_a_bind_url_is_refused_before_it_is_resumed(b: Backend) {
    let l = line_without_urls(b, 2, &[1]);
    // A flasher that runs until the test lets it go: once its station is killed, it is
    // told to end instead of being killed (no signal sent to anything but our child).
    l.script(
        "hang.sh",
        "touch flashing; while [ ! -e release ]; do sleep 0.05; done",
    );
    let mut child = l
        .process("st1")
        .args(["line", "next", "--out", "u.json", "--flash", "./hang.sh"])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let t = std::time::Instant::now();
    while !l.path("flashing").exists() {
        assert!(t.elapsed().as_secs() < 30, "the flasher never started");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    std::fs::write(l.path("release"), "").unwrap();
    assert_eq!(l.status()["counts"]["issued"], 1);
    let before = l.fingerprint();
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--flash",
            "./flash.sh {file} {sn}",
        ])
        .args(["--print", "label.zpl"])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(
        err.contains("no bind URL") && err.contains("state issued"),
        "{err}"
    );
    assert_eq!(
        l.fingerprint(),
        before,
        "not even a line-resumed note: {err}"
    );
    assert!(!l.path("flashed.log").exists());
    let o = run_hint(&l, &hinted_command(&err));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(l.events(&sn(1), "line-resumed"), 1);
    assert_eq!(l.events(&sn(1), "line-done"), 1);
    assert_eq!(l.events(&sn(1), "secret-issued"), 1, "issued once");
}

fn missing_flasher_and_verifier_programs_are_refused_before_claiming(b: Backend) {
    let l = Line::on(b, 1);
    std::fs::write(l.path("not-executable.sh"), "#!/bin/sh\n").unwrap();
    let before = l.fingerprint();
    for (extra, says) in [
        (
            vec!["--flash", "./nope.sh {file}"],
            "cannot find the flasher \"./nope.sh\"",
        ),
        (
            vec!["--flash", "./not-executable.sh {file}"],
            "cannot find the flasher",
        ),
        (
            vec!["--flash", "true", "--verify", "no-such-verifier-4711 {sn}"],
            "cannot find the verifier \"no-such-verifier-4711\"",
        ),
    ] {
        let o = l
            .cmd("st1")
            .args(["line", "next", "--out", "u.json"])
            .args(&extra)
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {err}");
        assert!(err.contains(says), "{extra:?}: {err}");
        assert!(!l.path("u.json").exists(), "no payload written");
        assert_eq!(l.fingerprint(), before, "{extra:?}: store unchanged");
    }
    // --dry-run lists every problem, in text and JSON, and exits as the run would.
    let dry = |json: bool| {
        let mut c = l.cmd("st1");
        c.args(["line", "next", "--dry-run", "--out", "u.json"])
            .args([
                "--flash",
                "./nope.sh {file}",
                "--verify",
                "no-such-verifier-4711",
            ]);
        if json {
            c.arg("--json");
        }
        c.output().unwrap()
    };
    let o = dry(false);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert_eq!(text.matches("  problem: ").count(), 2, "{text}");
    let o = dry(true);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let v = json(&o.stdout);
    assert_eq!(v["problems"].as_array().unwrap().len(), 2, "{v}");
    assert_eq!(v["problems"][0]["exit"], 2);
    assert_eq!(l.fingerprint(), before);
}

fn print_file_names_take_the_sn_so_a_loop_keeps_every_label(b: Backend) {
    let l = Line::on(b, 2);
    let o = l
        .cmd("st1")
        .args(["line", "next", "--dry-run", "--out", "u.json"])
        .args(["--print", "labels/{sn}.zpl"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains(&format!("to labels/{}.zpl", sn(1))), "{text}");
    std::fs::create_dir(l.path("labels")).unwrap();
    for _ in 1..=2 {
        l.cmd("st1")
            .args(["line", "next", "--out", "u.json"])
            .args(["--print", "labels/{sn}.zpl", "--label", "40x30"])
            .assert()
            .success();
    }
    for i in 1..=2 {
        let zpl = read(&l.path(&format!("labels/{}.zpl", sn(i))));
        let r = qr::zpl_rasters(&zpl, 203);
        assert_eq!(
            qr::decode_gray(r[0].0 as usize, r[0].1 as usize, &r[0].2),
            vec![url(i)],
            "unit {i}'s label is still there"
        );
    }
    assert!(!Path::new(&l.path("labels/{sn}.zpl")).exists());
    let led = l.ledger();
    assert!(
        led.iter().any(|e| e["event"] == "label-printed"
            && e["detail"] == format!("zpl label ×1 to labels/{}.zpl", sn(2))),
        "the ledger names the file written"
    );
}

store::both_backends!(
    a_scanned_unit_without_a_bind_url_is_refused_before_it_is_claimed,
    the_next_unit_is_one_with_a_bind_url_when_a_label_is_printed,
    an_unfinished_unit_without_a_bind_url_is_refused_before_it_is_resumed,
    missing_flasher_and_verifier_programs_are_refused_before_claiming,
    print_file_names_take_the_sn_so_a_loop_keeps_every_label,
);
