//! `wecom-hw ble` end to end against the in-process simulator (`--backend sim`): the real
//! binary, every fault, the exit code and message a technician sees, and the Wi-Fi password
//! never leaking into stdout, stderr or the trace.

use assert_cmd::Command;
use std::io::Write;

const ADDR: &str = "11:22:33:44:55:66";
const PASSWORD: &str = "Tr0ub4dor&3-wifi";

fn ble() -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.args(["--lang", "en"]);
    // A store path that does not exist: the user's own store is never read.
    c.env_remove("WECOM_HW_SECRET_NO")
        .env(
            "WECOM_HW_STORE",
            std::env::temp_dir().join(format!("wecom-hw-test-{}/no-store.db", std::process::id())),
        )
        .arg("ble")
        .arg("--backend")
        .arg("sim");
    c
}

/// Short per-step timeouts so silent-device faults fail fast.
fn fast(c: &mut Command) -> &mut Command {
    for s in [
        "handshake-start=0.6",
        "handshake-confirm=0.6",
        "status=0.6",
        "wifi-list=0.6",
        "wifi-report=0.6",
    ] {
        c.arg("--step-timeout").arg(s);
    }
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(c: &mut Command) -> Run {
    let o = c.output().unwrap();
    Run {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into(),
        stderr: String::from_utf8_lossy(&o.stderr).into(),
    }
}

/// `ble provision` with the password in an env var, the SecretNo in another, and a trace file.
fn provision(faults: &[&str], extra: &[&str]) -> (Run, String) {
    let dir = tempfile::tempdir().unwrap();
    let trace = dir.path().join("trace.ndjson");
    let mut c = ble();
    for f in faults {
        c.arg("--sim-fault").arg(f);
    }
    c.args([
        "provision",
        "--address",
        ADDR,
        "--ssid",
        "TestAP",
        "--password-env",
        "WIFI_PW",
    ])
    .env("WIFI_PW", PASSWORD)
    .env("WECOM_HW_SECRET_NO", "secretNo")
    .arg("--trace")
    .arg(&trace);
    // Extra arguments come last so they can override the short step timeouts.
    fast(&mut c).args(extra);
    let r = run(&mut c);
    let t = std::fs::read_to_string(&trace).unwrap_or_default();
    assert!(
        !r.stdout.contains(PASSWORD) && !r.stderr.contains(PASSWORD) && !t.contains(PASSWORD),
        "password leaked:\n{}\n{}\n{t}",
        r.stdout,
        r.stderr
    );
    (r, t)
}

#[test]
fn scan_lists_the_wecom_device_and_filters_lookalikes() {
    let r = run(ble().args(["scan", "--timeout", "0.3"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("ADDRESS")
            && r.stdout.contains(ADDR)
            && r.stdout.contains("12345")
            && r.stdout.contains("unbound"),
        "{}",
        r.stdout
    );
    // 0xFCE7 without WeCom data, and WeCom data without 0xFCE7, are not WeCom devices.
    assert!(!r.stdout.contains("C0:FF:EE"), "{}", r.stdout);
}

#[test]
fn scan_json_streams_one_object_per_device_with_a_sign_check() {
    let r = run(ble()
        .args(["--sim-advert", "ed", "scan", "--timeout", "0.3", "--json"])
        .env("WECOM_HW_SECRET_NO", "secretNo"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["device_id"], 12345);
    assert_eq!(lines[0]["layout"], "ed");
    assert_eq!(lines[0]["nonce"], 42);
    assert_eq!(lines[0]["sign_check"], "ok");
    // With another SecretNo the same advert does not verify.
    let r = run(ble()
        .args([
            "--sim-advert",
            "ed",
            "scan",
            "--timeout",
            "0.3",
            "--json",
            "--secret-env",
            "OTHER",
        ])
        .env("OTHER", "notTheSeed"));
    assert!(
        r.stdout.contains("\"sign_check\":\"MISMATCH\""),
        "{}",
        r.stdout
    );
}

#[test]
fn scan_warns_when_a_0xed_nonce_goes_backwards() {
    let r = run(ble().args([
        "--sim-advert",
        "ed",
        "--sim-fault",
        "replay",
        "scan",
        "--timeout",
        "0.3",
        "--json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("nonce went backwards from 42 to 41"),
        "{}",
        r.stderr
    );
    let v: serde_json::Value = serde_json::from_str(r.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(
        v["nonce"], 42,
        "the replayed advert does not replace the genuine one"
    );
}

#[test]
fn scan_for_an_absent_device_id_fails_in_step_scan() {
    let r = run(ble().args(["scan", "--timeout", "0.2", "--device-id", "999", "--json"]));
    assert_eq!(r.code, 7);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["step"], "scan");
    assert!(v["error"].as_str().unwrap().contains("no WeCom device"));
    // Adverts carry no SN: without a store entry mapping it to a device ID, say so.
    let dir = tempfile::tempdir().unwrap();
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.args(["--lang", "en"]);
    c.env_remove("WECOM_HW_SECRET_NO")
        .arg("--store")
        .arg(dir.path().join("none.db"))
        .args(["ble", "--backend", "sim", "scan", "--sn", "SN0001"]);
    let r = run(&mut c);
    assert_eq!(r.code, 3, "adverts carry no SN: {}", r.stderr);
    assert!(r.stderr.contains("does not hold this SN"), "{}", r.stderr);
}

#[test]
fn status_scans_connects_and_reports_fcc9_and_wifi() {
    let r = run(ble()
        .args(["status", "--scan-timeout", "0.3", "--json"])
        .env("WECOM_HW_SECRET_NO", "secretNo"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["ok"], true);
    assert_eq!(v["address"], ADDR);
    assert_eq!(v["sn"], "SN0001");
    assert_eq!(v["info"]["mac"], "AA:BB:CC:DD:EE:FF");
    assert_eq!(v["info"]["version"], 2);
    assert_eq!(v["status"]["wifi_connected"], false);
    assert_eq!(v["device_signature"], "verified");
    assert!(
        r.stderr.contains("not WeCom's"),
        "the user is told the signer is not genuine: {}",
        r.stderr
    );
}

#[test]
fn version1_devices_skip_the_status_command() {
    let r = run(ble().args([
        "--sim-fault",
        "version1",
        "status",
        "--address",
        ADDR,
        "--signer",
        "none",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("protocol version 1"), "{}", r.stdout);
    assert!(r.stderr.contains("no status command"), "{}", r.stderr);
}

#[test]
fn wifi_list_prints_networks_and_honours_configured_ids() {
    let r = run(ble().args(["wifi-list", "--address", ADDR, "--signer", "none"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Guest") && r.stdout.contains("-48"),
        "{}",
        r.stdout
    );
    let r = run(ble().args([
        "wifi-list",
        "--address",
        ADDR,
        "--signer",
        "none",
        "--json",
        "--wifi-list-request-id",
        "30099",
        "--wifi-list-answer-id",
        "10099",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["wifi_list"]["wifi_list"][0]["ssid"], "TestAP");
    let r = run(fast(ble().args([
        "--sim-fault",
        "no-wifi-list",
        "wifi-list",
        "--address",
        ADDR,
        "--signer",
        "none",
    ])));
    assert_eq!(r.code, 9);
    assert!(r.stderr.contains("step wifi-list"), "{}", r.stderr);
}

#[test]
fn provision_succeeds_and_the_trace_has_every_packet_masked() {
    let (r, trace) = provision(&[], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Wi-Fi \"TestAP\": connected"),
        "{}",
        r.stdout
    );
    let names: Vec<String> = trace
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter_map(|v| v["name"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(
        names,
        [
            "handshake-start",
            "handshake-challenge",
            "handshake-confirm",
            "handshake-done",
            "get-status",
            "report-status",
            "set-wifi",
            "report-status"
        ]
    );
    assert!(trace.contains("\"password\":\"***\""), "{trace}");
}

#[test]
fn provision_reads_the_password_from_a_file_or_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let pw = dir.path().join("pw.txt");
    std::fs::File::create(&pw)
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .unwrap();
    let r = run(ble()
        .args([
            "provision",
            "--address",
            ADDR,
            "--ssid",
            "TestAP",
            "--signer",
            "none",
            "--json",
        ])
        .arg("--password-file")
        .arg(&pw));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(
        (
            v["ok"].clone(),
            v["report"]["wifi_connected"].clone(),
            v["ssid"].clone()
        ),
        (true.into(), true.into(), "TestAP".into())
    );
    let r = run(ble()
        .args([
            "provision",
            "--address",
            ADDR,
            "--ssid",
            "TestAP",
            "--signer",
            "none",
            "--password-stdin",
        ])
        .write_stdin(format!("{PASSWORD}\n")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains(PASSWORD) && !r.stderr.contains(PASSWORD));
}

#[test]
fn provision_without_a_password_source_is_bad_input_off_a_tty() {
    let r = run(ble().args([
        "provision",
        "--address",
        ADDR,
        "--ssid",
        "TestAP",
        "--signer",
        "none",
    ]));
    // Like a missing SecretNo: bad input data (3), not a malformed command line.
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("--password-file"), "{}", r.stderr);
    // There is no flag taking the password itself.
    let r = run(ble().args([
        "provision",
        "--address",
        ADDR,
        "--ssid",
        "TestAP",
        "--password",
        "x",
    ]));
    assert_eq!(r.code, 2);
    // Too short for WPA2: refused before connecting.
    let r = run(ble()
        .args([
            "provision",
            "--address",
            ADDR,
            "--ssid",
            "TestAP",
            "--signer",
            "none",
            "--password-env",
            "P",
        ])
        .env("P", "short"));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(!r.stderr.contains("short"));
}

#[test]
fn open_networks_need_no_password() {
    let r = run(ble().args([
        "provision",
        "--address",
        ADDR,
        "--ssid",
        "Cafe",
        "--protocol",
        "None",
        "--signer",
        "none",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// (faults, exit code, step in the message, words the technician needs)
#[test]
fn each_fault_gives_the_exit_code_and_step_a_technician_needs() {
    let cases: &[(&[&str], i32, &str, &str)] = &[
        (&["silent"], 9, "step handshake-start", "10001"),
        (&["wrong-version"], 9, "step handshake-start", "bVer"),
        (
            &["reject-signature"],
            8,
            "step handshake-confirm",
            "rejected the handshake",
        ),
        (&["drop-chunk=2"], 9, "step handshake-confirm", "10002"),
        (
            &["wifi-fail"],
            8,
            "step wifi-report",
            "wifi_connected: false",
        ),
        (
            &["no-wifi-connected"],
            3,
            "step wifi-report",
            "wifi_connected",
        ),
        (&["connect-transient=5"], 7, "step connect", "transient"),
        (&["slow-wifi=3"], 9, "step wifi-report", "still be joining"),
    ];
    for (faults, code, step, words) in cases {
        let (r, _) = provision(faults, &[]);
        assert_eq!(r.code, *code, "{faults:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(step) && r.stderr.contains(words),
            "{faults:?}: {}",
            r.stderr
        );
    }
}

#[test]
fn failures_in_json_name_the_step() {
    let (r, trace) = provision(&["wifi-fail"], &["--json"]);
    assert_eq!(r.code, 8);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(
        (v["ok"].clone(), v["step"].clone(), v["exit_code"].clone()),
        (false.into(), "wifi-report".into(), 8.into())
    );
    assert!(v["hint"].as_str().unwrap().contains("whitelisted"));
    assert!(trace.contains("\"event\":\"failed\""), "{trace}");
    // Link-level failures are in the trace too, with their step.
    let (r, trace) = provision(&["reject-signature"], &[]);
    assert_eq!(r.code, 8);
    let last: serde_json::Value = serde_json::from_str(trace.lines().last().unwrap()).unwrap();
    assert_eq!(last["event"], "failed");
    assert!(
        last["detail"]
            .as_str()
            .unwrap()
            .contains("handshake-confirm"),
        "{trace}"
    );
}

#[test]
fn noisy_links_and_transient_connects_still_provision() {
    for faults in [
        &["garbage", "short-indications"][..],
        &["connect-transient=2"][..],
    ] {
        let (r, _) = provision(faults, &[]);
        assert_eq!(r.code, 0, "{faults:?}: {}", r.stderr);
        assert!(r.stdout.contains("connected"), "{}", r.stdout);
    }
}

#[test]
fn a_slow_wifi_join_succeeds_when_the_report_step_waits_long_enough() {
    let (r, _) = provision(&["slow-wifi=1"], &["--step-timeout", "wifi-report=8"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Wi-Fi \"TestAP\": connected"),
        "{}",
        r.stdout
    );
}

#[test]
fn the_wrong_unit_is_refused_before_anything_is_sent() {
    let (r, trace) = provision(&[], &["--sn", "SN9999"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains("SN0001") && r.stderr.contains("SN9999"),
        "{}",
        r.stderr
    );
    assert!(!trace.contains("\"dir\":\"tx\""), "nothing sent: {trace}");
}

#[test]
fn the_default_signer_needs_the_secret_and_exec_signers_plug_in() {
    let r = run(ble().args(["status", "--address", ADDR]));
    assert_eq!(r.code, 3);
    assert!(r.stderr.contains("SecretNo"), "{}", r.stderr);

    let dir = tempfile::tempdir().unwrap();
    let seen = dir.path().join("request.json");
    let prog = dir.path().join("signer.sh");
    std::fs::write(
        &prog,
        format!(
            "#!/bin/sh\ncat > '{}'\necho vendor-signature\n",
            seen.display()
        ),
    )
    .unwrap();
    let failing = dir.path().join("failing.sh");
    std::fs::write(
        &failing,
        "#!/bin/sh\necho 'backend unreachable' >&2\nexit 3\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for p in [&prog, &failing] {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
    let dirp = dir.path().join("trace.ndjson");
    let r = run(ble()
        .args(["status", "--address", ADDR])
        .arg(format!("--signer=exec:{}", prog.display()))
        .arg("--trace")
        .arg(&dirp));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let req: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&seen).unwrap()).unwrap();
    assert_eq!(req["sn"], "SN0001");
    assert!(req["client_nonce"].as_str().is_some() && req["server_nonce"].as_str().is_some());
    assert!(
        std::fs::read_to_string(&dirp)
            .unwrap()
            .contains("\"signature\":\"vendor-signature\"")
    );

    let r = run(ble()
        .args(["status", "--address", ADDR])
        .arg(format!("--signer=exec:{}", failing.display())));
    assert_eq!(r.code, 10, "{}", r.stderr);
    assert!(
        r.stderr.contains("step sign") && r.stderr.contains("backend unreachable"),
        "{}",
        r.stderr
    );
}

#[test]
fn help_documents_exit_codes_backends_and_assumptions() {
    let r = run(Command::cargo_bin("wecom-hw")
        .unwrap()
        .args(["--lang", "en"])
        .args(["ble", "--help"]));
    assert_eq!(r.code, 0);
    for words in [
        "EXIT CODES",
        "handshake-confirm",
        "wifi-report",
        "--backend",
        "sim",
        "ASSUMED",
        "exec:PROGRAM",
        "Examples",
    ] {
        assert!(r.stdout.contains(words), "missing {words}: {}", r.stdout);
    }
}

#[test]
fn qr_prints_a_scannable_discovery_code() {
    let r = run(Command::cargo_bin("wecom-hw")
        .unwrap()
        .args(["--lang", "en"])
        .args(["ble", "qr"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Turn the half blocks back into pixels and decode them with rqrr.
    let rows: Vec<Vec<char>> = r
        .stdout
        .lines()
        .filter(|l| l.contains('█') || l.trim().is_empty() && !l.is_empty())
        .map(|l| l.chars().collect())
        .collect();
    let w = rows.iter().map(Vec::len).max().unwrap();
    let scale = 4u32;
    let h = rows.len() * 2;
    let img = image::GrayImage::from_fn(w as u32 * scale, h as u32 * scale, |x, y| {
        let (cx, cy) = ((x / scale) as usize, (y / scale) as usize);
        let c = rows[cy / 2].get(cx).copied().unwrap_or(' ');
        let dark = match c {
            '█' => true,
            '▀' => cy % 2 == 0,
            '▄' => cy % 2 == 1,
            _ => false,
        };
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut prepared = rqrr::PreparedImage::prepare(img);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, content) = grids[0].decode().unwrap();
    assert_eq!(content, "https://open.work.weixin.qq.com/hw/f?t=bt");
    assert!(
        r.stdout
            .trim_end()
            .ends_with("https://open.work.weixin.qq.com/hw/f?t=bt")
    );
}

#[test]
fn unknown_faults_and_steps_are_usage_errors() {
    let r = run(ble().args(["--sim-fault", "explode", "scan", "--timeout", "0.1"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("known:"), "{}", r.stderr);
    let r = run(ble().args([
        "status",
        "--address",
        ADDR,
        "--signer",
        "none",
        "--step-timeout",
        "nap=3",
    ]));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("wifi-report"),
        "lists the steps: {}",
        r.stderr
    );
}

#[test]
fn a_wrong_secret_shows_as_a_device_signature_mismatch() {
    let r = run(ble()
        .args([
            "status",
            "--address",
            ADDR,
            "--json",
            "--secret-env",
            "MY_SECRET",
        ])
        .env("MY_SECRET", "someOtherSecret"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("\"device_signature\":\"mismatch\""),
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("does not match"), "{}", r.stderr);
    assert!(!r.stderr.contains("someOtherSecret") && !r.stdout.contains("someOtherSecret"));
    // The simulated device's own SecretNo is configurable.
    let r = run(ble()
        .args([
            "--sim-secret-env",
            "SIM_SECRET",
            "status",
            "--address",
            ADDR,
            "--json",
            "--secret-env",
            "MY_SECRET",
        ])
        .env("MY_SECRET", "someOtherSecret")
        .env("SIM_SECRET", "someOtherSecret"));
    assert!(
        r.stdout.contains("\"device_signature\":\"verified\""),
        "{}",
        r.stdout
    );
}
