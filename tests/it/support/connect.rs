//! The real `wecom-hw connect` as a device — run to completion or in the background —
//! against the real `cloud serve` of [`super::cloud`], both child processes, the way a
//! user runs them in two terminals.

pub use super::cloud::{Cloud, SECRET_NO, SEED, SEED_SN, SN, SN2, bin, wait_until};
use super::cloud::{Lines, interrupt};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// One device: a directory with its secret file, state file and transcript.
pub struct Dev {
    pub dir: tempfile::TempDir,
    pub sn: String,
    pub secret_file: PathBuf,
    pub state_file: PathBuf,
    pub transcript: PathBuf,
    pub endpoint: String,
    /// The CA to trust (`--ca-file`); `None` gives none.
    pub ca: Option<PathBuf>,
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
        if let Some(ca) = &self.ca {
            a.push("--ca-file".into());
            a.push(ca.display().to_string());
        }
        if self.seed {
            a.push("--seed".into());
        }
        a
    }

    /// `wecom-hw --lang en connect <common> EXTRA` to completion (tests read its English).
    pub fn run(&self, extra: &[&str]) -> assert_cmd::assert::Assert {
        assert_cmd::Command::new(bin())
            .args(["--lang", "en"])
            .args(self.args())
            .args(extra)
            .env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", super::no_store())
            .current_dir(self.dir.path())
            .timeout(Duration::from_secs(60))
            .assert()
    }

    /// `wecom-hw --json connect <common> EXTRA` in the background.
    pub fn spawn(&self, extra: &[&str]) -> Running {
        let mut child = Command::new(bin())
            .args(["--lang", "en", "--json"])
            .args(self.args())
            .args(extra)
            .env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", super::no_store())
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
