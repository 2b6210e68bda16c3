//! The Debian package (`.ci/package`) installs examples/systemd/wecom-hw-cloud.service.
//! CI's package check parses it with `systemd-analyze verify`, which knows nothing of our
//! flags: here the unit's own command line and environment are run the way systemd runs
//! them (clean environment, the state directory moved into a temp dir, the port made
//! free), so that a renamed flag or environment variable breaks this test, not a line PC.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const UNIT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/systemd/wecom-hw-cloud.service"
));
/// Where systemd puts `StateDirectory=wecom-hw`.
const STATE_DIRECTORY: &str = "/var/lib/wecom-hw";

/// Values of `key=` lines (comments skipped), in order.
fn directives(key: &str) -> Vec<&'static str> {
    UNIT.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.strip_prefix(key)?.strip_prefix('='))
        .collect()
}

/// Kills the emulator if the test fails half-way.
struct Running(Child);
impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn cloud_unit_serves_on_loopback_keeps_state_in_its_state_directory_and_stops_on_sigterm() {
    assert_eq!(directives("StateDirectory"), ["wecom-hw"]);
    let exec = directives("ExecStart");
    assert_eq!(exec.len(), 1, "one ExecStart: {exec:?}");
    let mut words = exec[0].split_whitespace();
    assert_eq!(
        words.next(),
        Some("/usr/bin/wecom-hw"),
        "where the package puts it"
    );
    let mut args: Vec<String> = words.map(str::to_owned).collect();
    assert_eq!(args[..2], ["cloud", "serve"]);
    // Off the machine only when the administrator says so.
    let i = args
        .iter()
        .position(|a| a == "--listen")
        .expect("the unit names its --listen address");
    let addr: std::net::SocketAddr = args[i + 1].parse().unwrap();
    assert!(addr.ip().is_loopback(), "the unit listens on {addr}");
    args[i + 1] = "127.0.0.1:0".into();

    let tmp = tempfile::tempdir().unwrap();
    let state_directory = tmp.path().join("var-lib-wecom-hw");
    // systemd creates the state directory (mode 0700) before the service starts.
    std::fs::create_dir(&state_directory).unwrap();
    let home = tmp.path().join("home");
    let moved = |v: &str| v.replace(STATE_DIRECTORY, state_directory.to_str().unwrap());
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"));
    cmd.args(&args).env_clear().env("HOME", &home);
    for env in directives("Environment") {
        let (k, v) = env.split_once('=').unwrap();
        cmd.env(k, moved(v));
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut running = Running(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = String::new();
        let _ = BufReader::new(stdout).read_line(&mut first);
        let _ = tx.send(first);
    });
    let first = rx
        .recv_timeout(Duration::from_secs(30))
        .expect("the emulator printed no first line");
    assert!(
        first.starts_with("listening url=wss://127.0.0.1:"),
        "{first}"
    );
    let cloud_dir = state_directory.join("cloud");
    assert!(
        first.contains(&format!("ca_file={}", cloud_dir.join("ca.pem").display())),
        "the CA is not in the unit's state directory: {first}"
    );

    // The operator command the unit's header teaches, with the path moved like the rest.
    let header_cmd = "wecom-hw cloud --state-dir /var/lib/wecom-hw/cloud status";
    assert!(UNIT.contains(header_cmd), "the unit teaches `{header_cmd}`");
    let status = Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"))
        .args(["cloud", "--state-dir"])
        .arg(&cloud_dir)
        .arg("status")
        .env("HOME", &home)
        .env_remove("WECOM_HW_CLOUD_DIR")
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    assert!(String::from_utf8_lossy(&status.stdout).starts_with("cloud time "));

    // `systemctl stop` sends SIGTERM; a clean exit keeps the unit out of "failed".
    let pid = libc::pid_t::try_from(running.0.id()).unwrap();
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let deadline = Instant::now() + Duration::from_secs(10);
    let exit = loop {
        if let Some(s) = running.0.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "no exit within 10 s of SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "exit on SIGTERM: {exit}");
    // Nothing went to a home directory (the service has none of its own).
    assert!(!Path::new(&home).exists(), "the service wrote under HOME");
}
