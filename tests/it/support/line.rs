//! A store filled by a real `wecom-hw import`, fake flasher scripts, and helpers to run
//! `wecom-hw line` against them.

use std::path::{Path, PathBuf};

pub const HW_URL: &str = "https://open.work.weixin.qq.com/connect/hardware?hw_code=";

pub fn sn(i: usize) -> String {
    format!("L7{i:010}")
}

pub fn secret(i: usize) -> String {
    format!(
        "{:016x}{:016x}",
        0x5ec0_0000_0000_0000u64 + i as u64,
        0xfeed_beefu64 * (i as u64 + 1)
    )
}

pub fn device_id(i: usize) -> u64 {
    7_100_000_000_000_000 + i as u64
}

pub fn url(i: usize) -> String {
    format!("{HW_URL}hw{i:04}Ab9Cd8Ef")
}

pub use super::store::{Backend, StoreLoc};

pub struct Line {
    pub dir: tempfile::TempDir,
    /// The store location: a SQLite path or a PostgreSQL URL.
    pub store: PathBuf,
    pub loc: StoreLoc,
}

impl Line {
    /// A SQLite store holding units 1..=n, imported from a CSV the way a factory does it.
    pub fn new(n: usize) -> Line {
        Line::on(Backend::Sqlite, n)
    }

    /// The same on the given engine (PostgreSQL: a fresh database).
    pub fn on(b: Backend, n: usize) -> Line {
        let dir = tempfile::tempdir().unwrap();
        let loc = StoreLoc::new(b, dir.path().join("devices.db"));
        Line::with(dir, loc, n)
    }

    /// Units 1..=n imported into the store at `loc`.
    pub fn with(dir: tempfile::TempDir, loc: StoreLoc, n: usize) -> Line {
        let csv = dir.path().join("export.csv");
        let mut s = String::from("序列号,SecretNo,设备ID,二维码链接\n");
        for i in 1..=n {
            s.push_str(&format!(
                "{},{},{},{}\n",
                sn(i),
                secret(i),
                device_id(i),
                url(i)
            ));
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
        line
    }

    /// SQLite: the file's bytes; PostgreSQL: row counts and checksums.
    pub fn fingerprint(&self) -> String {
        self.loc.fingerprint()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `wecom-hw` with this store and station.
    pub fn cmd(&self, station: &str) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::cargo_bin("wecom-hw").unwrap();
        // The English texts the line tests assert are the English catalog.
        c.args(["--lang", "en"])
            .env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", &self.store)
            .env("WECOM_HW_STATION", station)
            .current_dir(self.dir.path())
            .timeout(std::time::Duration::from_secs(60));
        c
    }

    /// A plain process (for killing it or running several at once).
    pub fn process(&self, station: &str) -> std::process::Command {
        let mut c = self.process_in_any_language(station);
        c.args(["--lang", "en"]);
        c
    }

    /// As [`Line::process`], without `--lang en`: for tests of the language a profile or
    /// the environment chooses.
    pub fn process_in_any_language(&self, station: &str) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"));
        c.env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", &self.store)
            .env("WECOM_HW_STATION", station)
            .current_dir(self.dir.path());
        c
    }

    /// An executable shell script in the temp dir.
    pub fn script(&self, name: &str, body: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    pub fn status(&self) -> serde_json::Value {
        let o = self
            .cmd("status")
            .args(["line", "status", "--json"])
            .output()
            .unwrap();
        assert!(o.status.success());
        serde_json::from_slice(&o.stdout).unwrap()
    }

    /// The ledger as NDJSON objects.
    pub fn ledger(&self) -> Vec<serde_json::Value> {
        let o = self
            .cmd("report")
            .args([
                "line",
                "report",
                "--since",
                "2000-01-01",
                "--format",
                "ndjson",
            ])
            .output()
            .unwrap();
        assert!(o.status.success());
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    pub fn events(&self, sn: &str, event: &str) -> usize {
        self.ledger()
            .iter()
            .filter(|e| e["sn"] == sn && e["event"] == event)
            .count()
    }
}

pub fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The `wecom-hw line next …` command a hint names (to the end of its line).
pub fn hinted_command(stderr: &str) -> String {
    let at = stderr
        .find("wecom-hw line next")
        .unwrap_or_else(|| panic!("no command in the hint: {stderr}"));
    stderr[at..].lines().next().unwrap().to_owned()
}

/// Runs a hint's command as printed, through a shell, with this line's store and station
/// `st1` in the environment.
pub fn run_hint(l: &Line, command: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("wecom-hw");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    std::process::Command::new("sh")
        .args(["-c", command])
        .env("PATH", path)
        .env("WECOM_HW_LANG", "en")
        .env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_STORE", &l.store)
        .env("WECOM_HW_STATION", "st1")
        .current_dir(l.dir.path())
        .output()
        .unwrap()
}
