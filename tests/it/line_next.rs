//! `wecom-hw line next` one station at a time: payload, fake flashers (success, failure,
//! hang), read-back verification, labels to a file and to a loopback "printer", reissue.

use crate::support::line::*;
use crate::support::qr;
use std::io::Read;
use std::os::unix::fs::PermissionsExt;

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

fn each_unit_is_issued_flashed_and_printed_once_in_import_order(b: Backend) {
    let l = Line::on(b, 3);
    // The flasher keeps what it was given, per SN, so the test sees what was burnt.
    l.script(
        "flash.sh",
        "mkdir -p burnt && cp \"$1\" \"burnt/$2\" && echo ok",
    );
    for i in 1..=3 {
        let o = l
            .cmd("st1")
            .args([
                "line",
                "next",
                "--json",
                "--out",
                "unit.json",
                "--flash",
                "./flash.sh {file} {sn}",
            ])
            .args(["--print", "label.zpl", "--label", "40x30"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v = json(&o.stdout);
        assert_eq!(v["sn"], sn(i));
        assert_eq!(v["claim"], "new");
        assert_eq!(v["state"], "done");
        let burnt = json(&read(&l.path(&format!("burnt/{}", sn(i)))));
        assert_eq!(burnt["secret_no"], secret(i));
        assert_eq!(burnt["device_id"], device_id(i).to_string());
        let mode = std::fs::metadata(l.path("unit.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "payload file must be owner-only");
        // Neither stdout nor stderr shows the secret.
        for s in [&o.stdout, &o.stderr] {
            assert!(!String::from_utf8_lossy(s).contains(&secret(i)));
        }
        let zpl = read(&l.path("label.zpl"));
        let r = qr::zpl_rasters(&zpl, 203);
        assert_eq!(
            qr::decode_gray(r[0].0 as usize, r[0].1 as usize, &r[0].2),
            vec![url(i)]
        );
    }
    let o = l
        .cmd("st1")
        .args(["line", "next", "--out", "unit.json"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "no unit left");
    assert!(String::from_utf8_lossy(&o.stderr).contains("no unit left"));
    let st = l.status();
    assert_eq!(st["counts"]["done"], 3);
    assert_eq!(st["counts"]["unclaimed"], 0);
    // The device list shows them issued, and the ledger has the station on every step.
    let led = l.ledger();
    for ev in [
        "line-claimed",
        "secret-issued",
        "flashed",
        "label-printed",
        "line-done",
    ] {
        let e: Vec<_> = led.iter().filter(|e| e["event"] == ev).collect();
        assert_eq!(e.len(), 3, "{ev}");
        assert!(e.iter().all(|e| e["station"] == "st1"));
    }
    let o = l
        .cmd("x")
        .args(["devices", "show", &sn(1), "--json"])
        .output()
        .unwrap();
    assert_eq!(json(&o.stdout)["status"], "secret-issued");
}

fn a_failing_flasher_fails_the_unit_and_its_output_stays_in_the_ledger(b: Backend) {
    let l = Line::on(b, 2);
    // The flasher echoes the payload (secret included) before failing.
    l.script(
        "bad.sh",
        "cat \"$1\"; echo 'E: chip not responding on /dev/ttyUSB0' >&2; exit 3",
    );
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--emit",
            "env",
            "--out",
            "u.env",
            "--flash",
            "./bad.sh {file}",
        ])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("flasher exited with 3"));
    let st = l.status();
    assert_eq!(st["counts"]["failed"], 1);
    let f = &st["failures"][0];
    assert_eq!(f["sn"], sn(1));
    let err = f["last_error"].as_str().unwrap();
    assert!(err.contains("chip not responding"), "{err}");
    let report = String::from_utf8(
        l.cmd("r")
            .args(["line", "report", "--since", "2000-01-01"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(report.contains("flash-failed") && report.contains("chip not responding"));
    assert!(
        !report.contains(&secret(1)),
        "the flasher's echo of the secret is masked"
    );
    // A failed unit is not taken again: the next run gets unit 2.
    l.script("ok.sh", "exit 0");
    let o = l
        .cmd("st1")
        .args([
            "line", "next", "--json", "--out", "u.env", "--flash", "./ok.sh",
        ])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert_eq!(json(&o.stdout)["sn"], sn(2));
}

fn a_hanging_flasher_times_out_and_fails_the_unit(b: Backend) {
    let l = Line::on(b, 1);
    // `sleep` is a child of the script: the whole process group must go.
    l.script("hang.sh", "echo starting; sleep 30; echo never");
    let t = std::time::Instant::now();
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--flash",
            "./hang.sh",
            "--flash-timeout",
            "1",
        ])
        .output()
        .unwrap();
    assert_eq!(
        o.status.code(),
        Some(9),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        t.elapsed() < std::time::Duration::from_secs(20),
        "returned after the timeout"
    );
    let st = l.status();
    assert_eq!(st["counts"]["failed"], 1);
    let err = st["failures"][0]["last_error"].as_str().unwrap();
    assert!(
        err.contains("timed out") && err.contains("starting"),
        "{err}"
    );
}

fn an_issued_unit_is_refused_without_a_reissue_reason(b: Backend) {
    let l = Line::on(b, 2);
    l.cmd("st1")
        .args(["line", "next", "--out", "u.json"])
        .assert()
        .success();
    let o = l
        .cmd("st2")
        .args([
            "line",
            "next",
            "--sn",
            &sn(1).to_lowercase(),
            "--out",
            "u.json",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&o.stderr).contains("already issued"));
    let o = l
        .cmd("st2")
        .args([
            "line",
            "next",
            "--sn",
            &sn(1),
            "--reissue",
            "flash chip replaced",
            "--out",
            "again.json",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(json(&o.stdout)["claim"], "reissued");
    assert_eq!(json(&read(&l.path("again.json")))["secret_no"], secret(1));
    let led = l.ledger();
    let re: Vec<_> = led
        .iter()
        .filter(|e| e["event"] == "line-reissued")
        .collect();
    assert_eq!(re.len(), 1);
    assert_eq!(re[0]["detail"], "flash chip replaced");
    assert_eq!(re[0]["station"], "st2");
    assert_eq!(l.events(&sn(1), "secret-issued"), 2);
    // Unit 2 was never touched.
    assert_eq!(l.status()["counts"]["unclaimed"], 1);
}

fn verify_must_read_back_what_was_written(b: Backend) {
    let l = Line::on(b, 2);
    l.script("readback.sh", "cat \"$1\"");
    l.script("corrupt.sh", "echo '{\"sn\":\"wrong\"}'");
    l.cmd("st1")
        .args([
            "line",
            "next",
            "--emit",
            "c-header",
            "--out",
            "u.h",
            "--flash",
            "true",
            "--verify",
            "./readback.sh {file}",
        ])
        .assert()
        .success();
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--flash",
            "true",
            "--verify",
            "./corrupt.sh {sn}",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(4));
    assert_eq!(l.status()["failures"][0]["sn"], sn(2));
    assert_eq!(l.events(&sn(2), "verify-failed"), 1);
}

fn dry_run_claims_writes_and_prints_nothing(b: Backend) {
    let l = Line::on(b, 1);
    let before = l.fingerprint();
    let o = l
        .cmd("st1")
        .args([
            "line",
            "next",
            "--dry-run",
            "--out",
            "u.json",
            "--flash",
            "true {file} {sn}",
            "--print",
            "l.zpl",
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains(&sn(1)) && text.contains("\"true\", \"u.json\""),
        "{text}"
    );
    assert!(!l.path("u.json").exists() && !l.path("l.zpl").exists());
    assert_eq!(
        l.fingerprint(),
        before,
        "the store file is byte-for-byte unchanged"
    );
}

/// One connection's bytes, from a listener standing in for a raw-port label printer.
fn printer() -> (String, std::thread::JoinHandle<Vec<u8>>) {
    let lis = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("tcp://{}", lis.local_addr().unwrap());
    let h = std::thread::spawn(move || {
        let (mut s, _) = lis.accept().unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
            .unwrap();
        let mut v = Vec::new();
        s.read_to_end(&mut v).unwrap();
        v
    });
    (url, h)
}

fn the_printer_gets_a_zpl_job_whose_codes_decode_to_the_unit_url(b: Backend) {
    let l = Line::on(b, 1);
    let (url_p, h) = printer();
    l.cmd("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--printer",
            &url_p,
            "--copies",
            "2",
            "--label",
            "40x30",
        ])
        .assert()
        .success();
    let job = h.join().unwrap();
    let text = String::from_utf8(job.clone()).unwrap();
    assert_eq!(text.matches("^XA").count(), 2, "two copies");
    assert_eq!(text.matches("^XZ").count(), 2);
    let rasters = qr::zpl_rasters(&job, 203);
    assert_eq!(rasters.len(), 2);
    for (w, h, px) in rasters {
        assert_eq!((w, h), (320, 240), "40×30 mm at 203 dpi");
        assert_eq!(qr::decode_gray(w as usize, h as usize, &px), vec![url(1)]);
    }
}

fn the_printer_gets_a_tspl_job_whose_code_decodes_to_the_unit_url(b: Backend) {
    let l = Line::on(b, 1);
    let (url_p, h) = printer();
    l.cmd("st1")
        .args([
            "line",
            "next",
            "--out",
            "u.json",
            "--printer",
            &url_p,
            "--label-format",
            "tspl",
            "--label",
            "40x30",
        ])
        .assert()
        .success();
    let job = String::from_utf8(h.join().unwrap()).unwrap();
    assert!(job.starts_with("SIZE 40"), "{job}");
    assert!(job.contains("PRINT 1"), "{job}");
    let codes = qr::tspl_qrcodes(&job);
    assert_eq!(codes.len(), 1);
    assert_eq!(codes[0].model, "M2");
    assert_eq!(qr::decode_tspl(&codes[0]), vec![url(1)]);
}

fn payload_to_stdout_needs_show_secrets(b: Backend) {
    let l = Line::on(b, 1);
    let o = l.cmd("st1").args(["line", "next"]).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(l.status()["counts"]["unclaimed"], 1, "nothing claimed");
    let o = l
        .cmd("st1")
        .args(["line", "next", "--show-secrets", "--emit", "env"])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stdout).contains(&format!("WECOM_SECRET_NO='{}'", secret(1)))
    );
}

/// A label that cannot hold the code, or a printer address without `tcp://`, would only
/// show after the unit's secret was issued and the unit flashed: both are refused before
/// any unit is claimed, and the store is untouched.
fn label_and_printer_mistakes_are_caught_before_a_unit_is_claimed(b: Backend) {
    let l = Line::on(b, 2);
    let before = l.fingerprint();
    for (extra, says) in [
        (vec!["--print", "l.zpl", "--label", "8x8"], "too small"),
        (
            vec!["--printer", "10.0.0.1:9100"],
            "expected tcp://HOST:PORT",
        ),
    ] {
        let o = l
            .cmd("st1")
            .args(["line", "next", "--out", "u.json", "--flash", "true"])
            .args(&extra)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {err}");
        assert!(err.contains(says), "{extra:?}: {err}");
        assert!(!l.path("u.json").exists(), "no payload written");
        assert_eq!(l.fingerprint(), before, "{extra:?}: store unchanged");
    }
}

crate::support::store::both_backends!(
    each_unit_is_issued_flashed_and_printed_once_in_import_order,
    a_failing_flasher_fails_the_unit_and_its_output_stays_in_the_ledger,
    a_hanging_flasher_times_out_and_fails_the_unit,
    an_issued_unit_is_refused_without_a_reissue_reason,
    verify_must_read_back_what_was_written,
    dry_run_claims_writes_and_prints_nothing,
    the_printer_gets_a_zpl_job_whose_codes_decode_to_the_unit_url,
    the_printer_gets_a_tspl_job_whose_code_decodes_to_the_unit_url,
    payload_to_stdout_needs_show_secrets,
    label_and_printer_mistakes_are_caught_before_a_unit_is_claimed,
);
