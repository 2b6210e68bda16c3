//! Shared by the `connect_*` tests: the real `wecom-hw cloud serve` on 127.0.0.1 (port 0,
//! TLS with the CA it generates), and the real `wecom-hw connect` against it — both as
//! child processes, the way a user runs them in two terminals.
#![allow(dead_code)]

use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const SN: &str = "E30000000001";
pub const SECRET_NO: &str = "708d0b6f4d4bd97e5d4eb1cb47d260ac";
pub const SEED_SN: &str = "S30000000001";
pub const SEED: &str = "dbd7f84e64ec64708df6df39aadfb039";
/// Known to the cloud but never bound by the tests that use it.
pub const SN2: &str = "E30000000002";
pub const SECRET_NO2: &str = "11112222333344445555666677778888";

pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("wecom-hw")
}

/// Lines of a child's stream, collected by a thread.
#[derive(Clone, Default)]
pub struct Lines(Arc<Mutex<Vec<String>>>);

impl Lines {
    fn follow(
        &self,
        r: impl std::io::Read + Send + 'static,
        tx: Option<std::sync::mpsc::Sender<String>>,
    ) {
        let me = self.clone();
        std::thread::spawn(move || {
            for l in BufReader::new(r).lines() {
                let Ok(l) = l else { break };
                if let Some(tx) = &tx {
                    let _ = tx.send(l.clone());
                }
                me.0.lock().unwrap().push(l);
            }
        });
    }

    pub fn text(&self) -> String {
        self.0.lock().unwrap().join("\n")
    }

    pub fn json(&self) -> Vec<Value> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }
}

/// Polls `f` every 50 ms until it holds, at most `secs` seconds.
pub fn wait_until(secs: u64, what: &str, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !f() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn interrupt(child: &mut Child, secs: u64) -> std::process::ExitStatus {
    let pid = child.id().to_string();
    let _ = Command::new("kill").args(["-INT", &pid]).status();
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("process {pid} did not stop on SIGINT");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A running emulator; stopped when dropped.
pub struct Cloud {
    pub dir: tempfile::TempDir,
    pub state: PathBuf,
    pub url: String,
    pub ca: PathBuf,
    pub out: Lines,
    pub err: Lines,
    child: Child,
}

impl Cloud {
    pub fn start(extra: &[&str]) -> Cloud {
        let dir = tempfile::tempdir().unwrap();
        let devices = dir.path().join("devices.csv");
        std::fs::write(
            &devices,
            format!("sn,secret_no,seed\n{SN},{SECRET_NO},no\n{SEED_SN},{SEED},yes\n{SN2},{SECRET_NO2},no\n"),
        )
        .unwrap();
        let state = dir.path().join("cloud");
        let mut child = Command::new(bin())
            .args(["--json", "cloud", "--state-dir"])
            .arg(&state)
            .args(["serve", "--listen", "127.0.0.1:0", "--devices"])
            .arg(&devices)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (out, err) = (Lines::default(), Lines::default());
        let (tx, rx) = std::sync::mpsc::channel();
        out.follow(child.stdout.take().unwrap(), Some(tx));
        err.follow(child.stderr.take().unwrap(), None);
        let first = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("cloud serve printed nothing; stderr: {}", err.text()));
        let first: Value = serde_json::from_str(&first).unwrap();
        assert_eq!(first["event"], "listening", "{first}");
        let url = first["url"].as_str().unwrap().to_owned();
        let ca = first["ca_file"]
            .as_str()
            .map(PathBuf::from)
            .unwrap_or_default();
        Cloud {
            dir,
            state,
            url,
            ca,
            out,
            err,
            child,
        }
    }

    /// `wecom-hw cloud --state-dir <state> ARGS`, as the admin in a third terminal.
    pub fn admin(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        assert_cmd::Command::new(bin())
            .args(["cloud", "--state-dir"])
            .arg(&self.state)
            .args(args)
            .timeout(Duration::from_secs(30))
            .assert()
    }

    pub fn admin_json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.admin(&all).success().get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap_or(Value::Null)
    }
}

impl Drop for Cloud {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One device: a directory with its secret file, state file and transcript.
pub struct Dev {
    pub dir: tempfile::TempDir,
    pub sn: String,
    pub secret_file: PathBuf,
    pub state_file: PathBuf,
    pub transcript: PathBuf,
    pub endpoint: String,
    pub ca: PathBuf,
    pub seed: bool,
}

impl Dev {
    pub fn new(cloud: &Cloud, sn: &str, secret: &str) -> Dev {
        let dir = tempfile::tempdir().unwrap();
        let secret_file = dir.path().join("secret");
        std::fs::write(&secret_file, format!("{secret}\n")).unwrap();
        Dev {
            state_file: dir.path().join("state.json"),
            transcript: dir.path().join("wire.ndjson"),
            secret_file,
            sn: sn.into(),
            endpoint: cloud.url.clone(),
            ca: cloud.ca.clone(),
            seed: false,
            dir,
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The common arguments: SN, secret file, state file, endpoint, CA, transcript.
    pub fn args(&self) -> Vec<String> {
        let mut a = vec![
            "connect".into(),
            "--sn".into(),
            self.sn.clone(),
            "--secret-file".into(),
            self.secret_file.display().to_string(),
            "--state-file".into(),
            self.state_file.display().to_string(),
            "--endpoint".into(),
            self.endpoint.clone(),
            "--transcript".into(),
            self.transcript.display().to_string(),
            "--download-dir".into(),
            self.dir.path().display().to_string(),
        ];
        if !self.ca.as_os_str().is_empty() {
            a.push("--ca-file".into());
            a.push(self.ca.display().to_string());
        }
        if self.seed {
            a.push("--seed".into());
        }
        a
    }

    /// `wecom-hw connect <common> EXTRA` to completion.
    pub fn run(&self, extra: &[&str]) -> assert_cmd::assert::Assert {
        assert_cmd::Command::new(bin())
            .args(self.args())
            .args(extra)
            .env_remove("WECOM_HW_SECRET_NO")
            // A store path that does not exist: the user's own store is never read.
            .env(
                "WECOM_HW_STORE",
                std::env::temp_dir()
                    .join(format!("wecom-hw-test-{}/no-store.db", std::process::id())),
            )
            .current_dir(self.dir.path())
            .timeout(Duration::from_secs(60))
            .assert()
    }

    /// `wecom-hw --json connect <common> EXTRA` in the background.
    pub fn spawn(&self, extra: &[&str]) -> Running {
        let mut child = Command::new(bin())
            .arg("--json")
            .args(self.args())
            .args(extra)
            .env_remove("WECOM_HW_SECRET_NO")
            // A store path that does not exist: the user's own store is never read.
            .env(
                "WECOM_HW_STORE",
                std::env::temp_dir()
                    .join(format!("wecom-hw-test-{}/no-store.db", std::process::id())),
            )
            .current_dir(self.dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (out, err) = (Lines::default(), Lines::default());
        out.follow(child.stdout.take().unwrap(), None);
        err.follow(child.stderr.take().unwrap(), None);
        Running {
            child: Some(child),
            out,
            err,
        }
    }

    pub fn state(&self) -> Value {
        serde_json::from_str(&std::fs::read_to_string(&self.state_file).unwrap()).unwrap()
    }

    /// Every secret this device knows of, for leak checks.
    pub fn secrets(&self) -> Vec<String> {
        let mut v = vec![
            std::fs::read_to_string(&self.secret_file)
                .unwrap()
                .trim()
                .to_owned(),
        ];
        if let Ok(t) = std::fs::read_to_string(&self.state_file) {
            let s: Value = serde_json::from_str(&t).unwrap();
            for k in ["secret_no", "active_code", "secret"] {
                if let Some(x) = s[k].as_str() {
                    v.push(x.to_owned());
                }
            }
        }
        v
    }

    pub fn transcript_text(&self) -> String {
        std::fs::read_to_string(&self.transcript).unwrap_or_default()
    }

    /// Frames of the transcript, parsed.
    pub fn frames(&self) -> Vec<Value> {
        self.transcript_text()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// Commands the device sent, in order.
    pub fn sent_cmds(&self) -> Vec<String> {
        self.frames()
            .iter()
            .filter(|f| f["dir"] == "out")
            .filter_map(|f| f["frame"]["cmd"].as_str().map(str::to_owned))
            .collect()
    }

    pub fn assert_no_secret_in(&self, what: &str, text: &str) {
        for s in self.secrets() {
            assert!(!text.contains(&s), "a secret leaked into {what}: {text}");
        }
    }
}

/// A device running in the background with `--json`.
pub struct Running {
    child: Option<Child>,
    pub out: Lines,
    pub err: Lines,
}

impl Running {
    /// The device's process id (to read /proc/<pid>/status).
    pub fn pid(&self) -> u32 {
        self.child.as_ref().expect("running").id()
    }

    pub fn events(&self) -> Vec<Value> {
        self.out.json()
    }

    pub fn count(&self, f: impl Fn(&Value) -> bool) -> usize {
        self.events().iter().filter(|e| f(e)).count()
    }

    /// Waits (bounded) for the `n`-th event matching `f`.
    pub fn wait_nth(&self, n: usize, secs: u64, what: &str, f: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let hits: Vec<Value> = self.events().into_iter().filter(|e| f(e)).collect();
            if hits.len() >= n {
                return hits[n - 1].clone();
            }
            if Instant::now() > deadline {
                panic!(
                    "device: no {what} within {secs} s\nstdout:\n{}\nstderr:\n{}",
                    self.out.text(),
                    self.err.text()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn wait(&self, secs: u64, what: &str, f: impl Fn(&Value) -> bool) -> Value {
        self.wait_nth(1, secs, what, f)
    }

    pub fn wait_event(&self, name: &str, secs: u64) -> Value {
        self.wait(secs, name, |e| e["event"] == name)
    }

    /// Waits for the device to exit by itself with `code`.
    pub fn wait_exit(mut self, secs: u64, code: i32) -> (Lines, Lines) {
        let mut child = self.child.take().unwrap();
        let deadline = Instant::now() + Duration::from_secs(secs);
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!(
                    "device did not exit within {secs} s; stderr: {}",
                    self.err.text()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        std::thread::sleep(Duration::from_millis(100));
        assert_eq!(
            status.code(),
            Some(code),
            "stdout: {}\nstderr: {}",
            self.out.text(),
            self.err.text()
        );
        (self.out.clone(), self.err.clone())
    }

    /// Ctrl-C: the device must close cleanly and exit 0.
    pub fn stop(mut self) -> (Lines, Lines) {
        let mut child = self.child.take().unwrap();
        let status = interrupt(&mut child, 10);
        assert!(
            status.success(),
            "exit {status:?}; stderr: {}",
            self.err.text()
        );
        // Give the reader threads a moment to see the last lines.
        std::thread::sleep(Duration::from_millis(100));
        (self.out.clone(), self.err.clone())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

pub fn is(name: &'static str) -> impl Fn(&Value) -> bool {
    move |e: &Value| e["event"] == name
}

pub fn push_is(cmd: &'static str) -> impl Fn(&Value) -> bool {
    move |e: &Value| e["event"] == "push" && e["cmd"] == cmd
}

pub fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}
