//! Shared by the import, store and devices tests: a temporary store, the real binary
//! pointed at it, and spreadsheets written by rust_xlsxwriter.

use assert_cmd::Command;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// One cell of a fixture sheet.
#[derive(Clone, Debug)]
pub enum C {
    S(String),
    N(f64),
    E,
}

pub fn s(v: &str) -> C {
    C::S(v.to_owned())
}

pub use super::store::{Backend, StoreLoc};

pub struct Env {
    pub dir: tempfile::TempDir,
    /// The store location: a SQLite path or a PostgreSQL URL (see `loc`).
    pub store: PathBuf,
    pub loc: StoreLoc,
}

impl Env {
    /// A SQLite store in a temp dir.
    pub fn new() -> Env {
        Env::on(Backend::Sqlite)
    }

    /// A store on the given engine (PostgreSQL: a fresh database).
    pub fn on(b: Backend) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let loc = StoreLoc::new(b, dir.path().join("data").join("devices.db"));
        Env {
            dir,
            store: loc.location.clone(),
            loc,
        }
    }

    /// Did anything create the store?
    pub fn store_exists(&self) -> bool {
        self.loc.exists()
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The real binary, in English, with this store, a fixed station and no ambient secret.
    pub fn cmd(&self) -> Command {
        let mut c = Command::cargo_bin("wecom-hw").unwrap();
        // English, whatever the machine's locale: tests assert English words.
        c.env("WECOM_HW_LANG", "en")
            .env("WECOM_HW_STORE", &self.store)
            .env("WECOM_HW_STATION", "test-station")
            .env_remove("WECOM_HW_SECRET_NO")
            .env("NO_COLOR", "1");
        c
    }

    /// Runs `import ARGS --json` and returns (exit code, parsed JSON, stderr).
    pub fn import_json(&self, args: &[&str]) -> (i32, serde_json::Value, String) {
        let o = self
            .cmd()
            .arg("import")
            .args(args)
            .arg("--json")
            .output()
            .unwrap();
        let stdout = String::from_utf8(o.stdout).unwrap();
        let v: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap_or("null"))
            .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}"));
        (
            o.status.code().unwrap(),
            v,
            String::from_utf8(o.stderr).unwrap(),
        )
    }

    /// SQLite: the file's SHA-256 (byte-for-byte); PostgreSQL: row counts and checksums.
    pub fn store_hash(&self) -> String {
        self.loc.fingerprint()
    }
}

/// Writes a workbook with the given sheets; cells as given (numbers stay numbers).
pub fn write_xlsx(path: &Path, sheets: &[(&str, Vec<Vec<C>>)]) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    C::S(v) => {
                        ws.write_string(r as u32, c as u16, v).unwrap();
                    }
                    C::N(n) => {
                        ws.write_number(r as u32, c as u16, *n).unwrap();
                    }
                    C::E => {}
                }
            }
        }
    }
    wb.save(path).unwrap();
}

/// A fake SecretNo for unit `i`: 32 hex characters.
pub fn secret(i: u32) -> String {
    hex::encode(&Sha256::digest(format!("test secret {i}").as_bytes())[..16])
}

pub fn url(code: &str) -> String {
    format!("https://open.work.weixin.qq.com/connect/hardware?hw_code={code}")
}

/// Header plus `n` good rows: SN, SecretNo, device id, URL (all text).
pub fn good_rows(first: u32, n: u32) -> Vec<Vec<C>> {
    let mut rows = vec![vec![s("SN"), s("SecretNo"), s("设备ID"), s("二维码链接")]];
    for i in first..first + n {
        rows.push(vec![
            s(&format!("E3{i:010}")),
            s(&secret(i)),
            s(&(1_000_000 + i).to_string()),
            s(&url(&format!("HW{i}"))),
        ]);
    }
    rows
}

/// Problems of the JSON report with the given severity.
pub fn problems<'a>(v: &'a serde_json::Value, severity: &str) -> Vec<&'a serde_json::Value> {
    v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["severity"] == severity)
        .collect()
}
