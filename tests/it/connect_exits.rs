//! How a run of `wecom-hw connect` ends when it cannot go on (issue 19): an unreachable
//! cloud gives exit 7 (a one-shot call after a bounded number of attempts, `--timeout`
//! when no connection ever opened), a second live connection of one SN exits 8 instead of
//! polling, a missing `--download-dir` is said before connecting, and a fatal cloud error
//! is printed once.

use crate::support::connect::*;
use serde_json::Value;
use std::path::Path;
use std::time::{Duration, Instant};

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).to_string()
}

fn stdout_json(a: &assert_cmd::assert::Assert) -> Vec<Value> {
    String::from_utf8_lossy(&a.get_output().stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// A loopback port nothing listens on: connecting is refused at once.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// A device pointed at `endpoint` (no CA), with the emulator's SN and secret.
fn dev_at(cloud: &Cloud, endpoint: String) -> Dev {
    let mut dev = Dev::new(cloud, SN, SECRET_NO);
    dev.endpoint = endpoint;
    dev.ca = Default::default();
    dev
}

/// `wecom-hw [--json] connect <dev's args with --download-dir replaced> EXTRA`.
fn run_with_download_dir(dev: &Dev, dir: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut args = dev.args();
    let i = args.iter().position(|a| a == "--download-dir").unwrap();
    args[i + 1] = dir.display().to_string();
    assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .args(args)
        .args(extra)
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", dev.path("no-store.db"))
        .current_dir(dev.dir.path())
        .timeout(Duration::from_secs(60))
        .assert()
}

/// A one-shot call used to retry an unreachable cloud until killed. By default it now tries
/// 5 times (backoff 1+2+4+8 s) and exits 7 naming the endpoint, the step and the error.
#[test]
fn a_call_to_an_unreachable_cloud_gives_up_with_exit_7() {
    let cloud = Cloud::start(&[]);
    let port = closed_port();
    let url = format!("wss://127.0.0.1:{port}/");
    let dev = dev_at(&cloud, url.clone());
    let t = Instant::now();
    let a = dev.run(&["call", "corp"]).code(7);
    let took = t.elapsed();
    let err = stderr_of(&a);
    assert!(
        err.contains(&format!(
            "error: cannot connect to {url} (5 attempts in a row, --connect-attempts); last error at step TCP connect: cannot reach 127.0.0.1:{port}"
        )),
        "{err}"
    );
    assert!(
        err.contains("hint: check the host and port of --endpoint"),
        "{err}"
    );
    assert_eq!(err.matches("reconnecting in").count(), 4, "{err}");
    assert!(took < Duration::from_secs(40), "took {took:?}");
    assert!(a.get_output().stdout.is_empty());

    // --connect-attempts sets the bound; --json gives the error as one object.
    let a = assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .arg("--json")
        .args(dev.args())
        .args(["--connect-attempts", "1", "call", "corp"])
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", dev.path("no-store.db"))
        .timeout(Duration::from_secs(30))
        .assert()
        .code(7);
    let lines = stdout_json(&a);
    let e = lines.last().unwrap();
    assert_eq!(e["exit_code"], 7, "{lines:?}");
    assert!(
        e["error"]
            .as_str()
            .unwrap()
            .contains("(1 attempt, --connect-attempts)"),
        "{e}"
    );
    assert!(e["hint"].as_str().unwrap().contains("--endpoint"), "{e}");
}

/// `--until … --timeout` used to exit 9 ("timed out") when the cloud was never reached.
#[test]
fn until_with_a_timeout_and_no_connection_is_exit_7() {
    let cloud = Cloud::start(&[]);
    let port = closed_port();
    let dev = dev_at(&cloud, format!("wss://127.0.0.1:{port}/"));
    let a = dev
        .run(&["--until", "subscribed", "--timeout", "3s"])
        .code(7);
    let err = stderr_of(&a);
    assert!(
        err.contains("within the 3 s of --timeout") && err.contains("step TCP connect"),
        "{err}"
    );
    // A device (no call) retries for ever unless told otherwise.
    let a = dev
        .run(&["--until", "subscribed", "--connect-attempts", "2"])
        .code(7);
    assert!(
        stderr_of(&a).contains("(2 attempts in a row"),
        "{}",
        stderr_of(&a)
    );
}

/// A server that accepts TCP but never answers the TLS handshake: the deadline cuts the
/// attempt short (it used to wait for the 10 s attempt timeout, then exit 9).
#[test]
fn the_deadline_cuts_a_hanging_handshake_short_with_exit_7() {
    let cloud = Cloud::start(&[]);
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let dev = dev_at(&cloud, format!("wss://127.0.0.1:{port}/"));
    let t = Instant::now();
    let a = dev
        .run(&["--until", "subscribed", "--timeout", "2s"])
        .code(7);
    assert!(t.elapsed() < Duration::from_secs(8), "{:?}", t.elapsed());
    let err = stderr_of(&a);
    assert!(
        err.contains(&format!(
            "no connection to 127.0.0.1:{port} before the deadline (--timeout)"
        )),
        "{err}"
    );
    drop(silent);
}

/// A first device online and bound; returns it running.
fn first_online(cloud: &Cloud) -> (Dev, Running) {
    let first = Dev::new(cloud, SN, SECRET_NO);
    let run = first.spawn(&[]);
    run.wait_event("subscribed", 30);
    (first, run)
}

/// The second device's state file, from the first's (as two runs sharing a store would have).
fn second_with(cloud: &Cloud, first: &Dev, keep_secret: bool) -> Dev {
    let second = Dev::new(cloud, SN, SECRET_NO);
    let mut st = first.state();
    if !keep_secret {
        st.as_object_mut().unwrap().remove("secret");
    }
    std::fs::write(&second.state_file, st.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&second.state_file, std::fs::Permissions::from_mode(0o600))
            .unwrap();
    }
    second
}

fn assert_live_elsewhere(second: &Dev, a: &assert_cmd::assert::Assert, t: Instant) {
    let err = stderr_of(a);
    assert!(
        err.contains("refused by the cloud: 600002")
            && err.contains(&format!(
                "the cloud serves SN {SN} on another live connection"
            )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "hint: another connection of SN {SN} is live on the cloud"
        )) && err.contains("stop it, or wait"),
        "{err}"
    );
    assert!(!err.contains("waiting for an admin to bind"), "{err}");
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
    let registers = second
        .sent_cmds()
        .iter()
        .filter(|c| *c == "register")
        .count();
    assert!(registers <= 2, "{:?}", second.sent_cmds());
    second.assert_no_secret_in("stderr", &err);
}

/// Issue 19 #3, as reported: the second `connect` of a live SN holds an active_code only;
/// it got 600002, then polled `active` (600014) for a minute and timed out "waiting for a
/// bind". Now 600014 sends it back to `register`, and the second 600002 ends the run with
/// exit 8 and what to do.
#[test]
fn a_second_live_connection_of_one_sn_exits_8() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let (first, run) = first_online(&cloud);

    let second = second_with(&cloud, &first, false);
    let t = Instant::now();
    let a = second
        .run(&["--until", "subscribed", "--timeout", "30s"])
        .code(8);
    assert_live_elsewhere(&second, &a, t);
    let cmds = second.sent_cmds();
    assert_eq!(
        cmds,
        ["get_timestamp", "register", "active", "register"],
        "600014 sends the device back to register"
    );

    // Bound (a secret stored): it used to loop register/subscribe_corp as fast as the cloud
    // answered.
    let second = second_with(&cloud, &first, true);
    let t = Instant::now();
    let a = second
        .run(&["--until", "subscribed", "--timeout", "30s"])
        .code(8);
    assert_live_elsewhere(&second, &a, t);

    // Nothing stored: it used to reconnect with backoff for ever. JSON: one fatal event.
    let third = Dev::new(&cloud, SN, SECRET_NO);
    let a = assert_cmd::Command::new(bin())
        .args(["--lang", "en"])
        .arg("--json")
        .args(third.args())
        .args(["--until", "subscribed", "--timeout", "30s"])
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", third.path("no-store.db"))
        .timeout(Duration::from_secs(60))
        .assert()
        .code(8);
    let lines = stdout_json(&a);
    let fatal: Vec<&Value> = lines.iter().filter(|l| l["event"] == "fatal").collect();
    assert_eq!(fatal.len(), 1, "{lines:?}");
    assert_eq!(fatal[0]["errcode"], 600002);
    assert!(
        fatal[0]["hint"].as_str().unwrap().contains("stop it"),
        "{lines:?}"
    );
    assert!(lines.iter().all(|l| l.get("error").is_none()), "{lines:?}");

    // The first one is untouched; once it stops, the second goes online.
    assert!(run.events().iter().all(|e| e["event"] != "disconnected"));
    run.stop();
    second
        .run(&["--until", "subscribed", "--timeout", "30s"])
        .success();
}

/// `--on …=fetch` with a `--download-dir` that does not exist: said before connecting,
/// with the path and what to do (it used to fail after the download with "No such file or
/// directory (os error 2)").
#[test]
fn a_missing_download_dir_is_said_before_connecting() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let missing = dev.path("no/such/dir");
    let a = run_with_download_dir(
        &dev,
        &missing,
        &[
            "--on",
            "push_update_firmware=fetch",
            "--until",
            "subscribed",
        ],
    )
    .code(2);
    let err = stderr_of(&a);
    assert!(
        err.contains(&format!("--download-dir {}", missing.display())),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "hint: create it first (mkdir -p {})",
            missing.display()
        )),
        "{err}"
    );
    assert!(!err.contains("connecting"), "{err}");
    assert!(!dev.transcript.exists() || dev.frames().is_empty());
    // Without a fetch reaction the directory is not needed.
    run_with_download_dir(
        &dev,
        &missing,
        &["--until", "subscribed", "--timeout", "30s"],
    )
    .success();
}

/// A directory removed while running: the reaction's failure names the file it could not
/// save and the directory.
#[test]
fn a_download_dir_removed_while_running_is_named() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let image: Vec<u8> = (0..3000u32).map(|i| (i * 13 % 251) as u8).collect();
    std::fs::write(dev.path("fw.bin"), &image).unwrap();
    cloud
        .admin(&[
            "publish-firmware",
            "2.0.0",
            dev.path("fw.bin").to_str().unwrap(),
        ])
        .success();
    let dir = dev.path("images");
    std::fs::create_dir(&dir).unwrap();
    let shown = dir.display().to_string();
    let mut args = dev.args();
    let i = args.iter().position(|x| x == "--download-dir").unwrap();
    args[i + 1] = shown.clone();
    let mut child = std::process::Command::new(bin())
        .args(["--lang", "en"])
        .arg("--json")
        .args(&args)
        .args([
            "--on",
            "push_update_firmware=fetch",
            "--firmware-version",
            "1.0.0",
        ])
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", dev.path("no-store.db"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Value>();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for l in std::io::BufReader::new(stdout).lines() {
            let Ok(l) = l else { break };
            if let Ok(v) = serde_json::from_str(&l) {
                let _ = tx.send(v);
            }
        }
    });
    let wait = |what: &str, f: &dyn Fn(&Value) -> bool| -> Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(v) if f(&v) => return v,
                Ok(_) => {}
                Err(_) => panic!("no {what}"),
            }
        }
    };
    wait("subscribed", &|v| v["event"] == "subscribed");
    std::fs::remove_dir(&dir).unwrap();
    cloud.admin(&["push", SN, "update_firmware"]).success();
    let r = wait("reaction", &|v| v["event"] == "reaction");
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(r["ok"], false, "{r}");
    let e = r["error"].as_str().unwrap();
    assert!(
        e.contains(&format!(
            "cannot save {}",
            dir.join("firmware-2.0.0.bin").display()
        )) && e.contains(&format!("--download-dir {shown}")),
        "{e}"
    );
}

/// 600001 and 600011 were printed twice: a warning line, then the error. Once now, in both
/// modes.
#[test]
fn a_fatal_cloud_error_is_printed_once() {
    let cloud = Cloud::start(&[]);
    for (sn, secret, code) in [
        ("E39999999999", SECRET_NO, "600001"),
        (SN, "0123456789abcdef0123456789abcdef", "600011"),
    ] {
        let dev = Dev::new(&cloud, sn, secret);
        let a = dev
            .run(&["--until", "registered", "--timeout", "20s"])
            .code(8);
        let err = stderr_of(&a);
        assert_eq!(err.matches(code).count(), 1, "{err}");
        assert!(
            err.contains(&format!("error: `register` refused by the cloud: {code}")),
            "{err}"
        );
        assert!(!err.contains("warning: cloud error"), "{err}");
        let a = assert_cmd::Command::new(bin())
            .args(["--lang", "en"])
            .arg("--json")
            .args(dev.args())
            .args(["--until", "registered", "--timeout", "20s"])
            .env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", dev.path("no-store.db"))
            .timeout(Duration::from_secs(30))
            .assert()
            .code(8);
        let lines = stdout_json(&a);
        let n = lines
            .iter()
            .filter(|l| l["errcode"].as_i64() == code.parse().ok())
            .count();
        assert_eq!(n, 1, "{lines:?}");
        let fatal = lines.iter().find(|l| l["event"] == "fatal").unwrap();
        assert!(fatal["hint"].is_string(), "{fatal}");
    }
}

/// A failed attempt's `reason` in `--json` is the stable English record in every language
/// (only `message`/`error`/`hint` are words), while a person reads the failure in Chinese;
/// the transcript keeps the English record too.
#[test]
fn a_failed_attempt_is_the_same_json_record_in_both_languages() {
    let cloud = Cloud::start(&[]);
    let port = closed_port();
    let dev = dev_at(&cloud, format!("wss://127.0.0.1:{port}/"));
    let run = |lang: &str| {
        let a = assert_cmd::Command::new(bin())
            .args(["--lang", lang, "--json"])
            .args(dev.args())
            .args(["--connect-attempts", "2", "call", "corp"])
            .env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", dev.path("no-store.db"))
            .timeout(Duration::from_secs(30))
            .assert()
            .code(7);
        let transcript = std::fs::read_to_string(&dev.transcript).unwrap_or_default();
        (stdout_json(&a), transcript)
    };
    let strip = |v: &[Value]| -> Vec<Value> {
        v.iter()
            .map(|l| {
                let mut l = l.clone();
                // `after_ms` is the backoff, with its jitter.
                for k in ["message", "error", "hint", "after_ms", "ts"] {
                    l.as_object_mut().map(|m| m.remove(k));
                }
                l
            })
            .collect()
    };
    let (en, en_wire) = run("en");
    let (zh, zh_wire) = run("zh-CN");
    let reason = en
        .iter()
        .find_map(|l| l["reason"].as_str())
        .unwrap_or_else(|| panic!("a reconnecting event with its reason: {en:?}"));
    assert!(
        reason.starts_with(&format!("cannot reach 127.0.0.1:{port}: ")),
        "{reason}"
    );
    assert_eq!(strip(&en), strip(&zh));
    let last = zh.last().unwrap()["error"].as_str().unwrap().to_owned();
    assert!(
        last.contains(&format!("无法连接 127.0.0.1:{port}")),
        "{last}"
    );
    for wire in [&en_wire, &zh_wire] {
        assert!(wire.contains("cannot reach 127.0.0.1"), "{wire}");
        assert!(!wire.contains("无法"), "{wire}");
    }
}
