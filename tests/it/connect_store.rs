//! `wecom-hw connect --sn SN` with no secret source: the SecretNo (or the seed) comes from
//! the device store, filled by the real `wecom-hw import`, and what the device learns goes
//! back into it (state and ledger), against the real `cloud serve` over TLS on 127.0.0.1.

use crate::support::connect::*;
use crate::support::store::{Backend, StoreLoc};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A store in a temp dir, filled by `wecom-hw import` of a small CSV.
struct StoreDir {
    dir: tempfile::TempDir,
    /// A SQLite path or a PostgreSQL URL.
    db: PathBuf,
    _loc: StoreLoc,
}

impl StoreDir {
    fn import(b: Backend, csv: &str) -> StoreDir {
        let dir = tempfile::tempdir().unwrap();
        let loc = StoreLoc::new(b, dir.path().join("devices.db"));
        let db = loc.location.clone();
        let file = dir.path().join("export.csv");
        std::fs::write(&file, csv).unwrap();
        let s = StoreDir { dir, db, _loc: loc };
        s.cmd().arg("import").arg(&file).assert().success();
        s
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::new(bin());
        c.args(["--lang", "en"]);
        c.arg("--store")
            .arg(&self.db)
            .args(["--station", "line-3"])
            .env_remove("WECOM_HW_SECRET_NO")
            .env_remove("WECOM_HW_STORE")
            .env_remove("WECOM_HW_STATION")
            .current_dir(self.dir.path())
            .timeout(Duration::from_secs(60));
        c
    }

    /// `devices show SN --json`, secrets shown (for leak checks and state checks).
    fn show(&self, sn: &str) -> Value {
        let out = self
            .cmd()
            .args(["--json", "devices", "show", sn, "--show-secrets"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    }

    fn events(&self, sn: &str) -> Vec<(String, String)> {
        self.show(sn)["ledger"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["event"].as_str().unwrap().to_owned(),
                    e["station"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect()
    }
}

/// `wecom-hw -v --json connect --sn SN` with no secret source, until subscribed.
fn connect(
    s: &StoreDir,
    cloud: &Cloud,
    sn: &str,
    transcript: &Path,
    extra: &[&str],
) -> (i32, String, String) {
    let out = s
        .cmd()
        .args([
            "-v",
            "--json",
            "connect",
            "--sn",
            sn,
            "--endpoint",
            &cloud.url,
            "--ca-file",
        ])
        .arg(cloud.ca_file())
        .arg("--transcript")
        .arg(transcript)
        .args(["--until", "subscribed", "--timeout", "40s"])
        .args(extra)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn sent_cmds(transcript: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_to_string(transcript)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|f| f["dir"] == "out")
        .filter_map(|f| f["frame"]["cmd"].as_str().map(str::to_owned))
        .collect();
    v.dedup();
    v
}

fn assert_no_leak(secrets: &[&str], texts: &[(&str, &str)]) {
    for s in secrets.iter().filter(|s| !s.is_empty()) {
        for (what, t) in texts {
            assert!(!t.contains(s), "a secret leaked into {what}: {t}");
        }
    }
}

fn first_run_registers_binds_and_subscribes_second_run_skips_active(b: Backend) {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let s = StoreDir::import(b, &format!("序列号,SecretNo\n{SN},{SECRET_NO}\n"));
    let t1 = s.dir.path().join("run1.ndjson");
    let (code, out, err) = connect(&s, &cloud, SN, &t1, &[]);
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(err.contains("SecretNo from the device store"), "{err}");
    assert!(err.contains("device state in the device store"), "{err}");
    assert_eq!(
        sent_cmds(&t1),
        ["get_timestamp", "register", "active", "subscribe_corp"]
    );
    let dev = s.show(SN);
    assert_eq!(dev["status"], "bound", "{dev}");
    let code1 = dev["active_code"].as_str().unwrap().to_owned();
    let secret1 = dev["device_secret"].as_str().unwrap().to_owned();
    assert!(!code1.is_empty() && !secret1.is_empty());
    assert!(dev["last_seen"].as_str().is_some());
    let events = s.events(SN);
    assert_eq!(
        events,
        [
            ("imported".into(), "line-3".into()),
            ("registered".into(), "line-3".into()),
            ("bound".into(), "line-3".into()),
        ]
    );

    // Second run: the stored secret goes straight to subscribe_corp; nothing new in the
    // ledger, the same credentials kept.
    let t2 = s.dir.path().join("run2.ndjson");
    let (code, out2, err2) = connect(&s, &cloud, SN, &t2, &[]);
    assert_eq!(code, 0, "stdout: {out2}\nstderr: {err2}");
    let cmds = sent_cmds(&t2);
    assert!(!cmds.contains(&"active".to_owned()), "{cmds:?}");
    assert_eq!(cmds.last().map(String::as_str), Some("subscribe_corp"));
    assert_eq!(s.events(SN).len(), 3);
    let dev2 = s.show(SN);
    assert_eq!(dev2["device_secret"], secret1.as_str());
    assert_eq!(dev2["active_code"], code1.as_str());

    // A one-shot call keeps the corp name in the store.
    let call = s
        .cmd()
        .args(["connect", "--sn", SN, "--endpoint", &cloud.url, "--ca-file"])
        .arg(cloud.ca_file())
        .args(["call", "corp"])
        .assert()
        .success()
        .get_output()
        .clone();
    let corp = String::from_utf8_lossy(&call.stdout).trim().to_owned();
    assert!(!corp.is_empty());
    assert_eq!(s.show(SN)["corp_name"], corp.as_str());

    let t1 = std::fs::read_to_string(&t1).unwrap();
    let t2 = std::fs::read_to_string(&t2).unwrap();
    assert_no_leak(
        &[SECRET_NO, &code1, &secret1],
        &[
            ("stdout", &out),
            ("stderr", &err),
            ("stdout 2", &out2),
            ("stderr 2", &err2),
            ("transcript", &t1),
            ("transcript 2", &t2),
            ("stderr of call", &String::from_utf8_lossy(&call.stderr)),
        ],
    );
}

fn a_seed_unit_from_the_store_exchanges_once_and_keeps_its_secret_no(b: Backend) {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let s = StoreDir::import(b, &format!("sn,seedSecretNo\n{SEED_SN},{SEED}\n"));
    let t1 = s.dir.path().join("run1.ndjson");
    let (code, out, err) = connect(&s, &cloud, SEED_SN, &t1, &[]);
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(err.contains("seedSecretNo from the device store"), "{err}");
    assert_eq!(
        sent_cmds(&t1),
        [
            "get_timestamp",
            "get_secret_no",
            "register",
            "active",
            "subscribe_corp"
        ]
    );
    let dev = s.show(SEED_SN);
    let exchanged = dev["exchanged_secret_no"].as_str().unwrap().to_owned();
    assert_ne!(exchanged, SEED);
    // The wss secret from `active` is kept beside it.
    let secret = dev["device_secret"].as_str().unwrap().to_owned();
    assert_ne!(secret, exchanged);
    let events: Vec<String> = s.events(SEED_SN).into_iter().map(|e| e.0).collect();
    assert_eq!(
        events,
        ["imported", "secret-exchanged", "registered", "bound"]
    );

    // Second run: no second exchange (the cloud would refuse it, 600047), and no `active`:
    // the kept secret goes straight to subscribe_corp. Nothing new in the ledger.
    let t2 = s.dir.path().join("run2.ndjson");
    let (code, out2, err2) = connect(&s, &cloud, SEED_SN, &t2, &[]);
    assert_eq!(code, 0, "stdout: {out2}\nstderr: {err2}");
    assert_eq!(
        sent_cmds(&t2),
        ["get_timestamp", "register", "subscribe_corp"]
    );
    let dev2 = s.show(SEED_SN);
    assert_eq!(dev2["exchanged_secret_no"], exchanged.as_str());
    assert_eq!(dev2["device_secret"], secret.as_str());
    assert_eq!(s.events(SEED_SN).len(), 4);

    // `sign --sn` now signs with the unit's own SecretNo from the store.
    s.cmd()
        .args(["sign", "bind", "--sn", SEED_SN])
        .assert()
        .success();
    let t1 = std::fs::read_to_string(&t1).unwrap();
    let t2 = std::fs::read_to_string(&t2).unwrap();
    assert_no_leak(
        &[SEED, &exchanged, &secret],
        &[
            ("stdout", &out),
            ("stderr", &err),
            ("stdout 2", &out2),
            ("stderr 2", &err2),
            ("transcript", &t1),
            ("transcript 2", &t2),
        ],
    );
}

fn a_state_file_wins_over_the_store_but_the_secret_still_comes_from_it(b: Backend) {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let s = StoreDir::import(b, &format!("sn,secret_no\n{SN},{SECRET_NO}\n"));
    let state = s.dir.path().join("dev.json");
    let t = s.dir.path().join("run.ndjson");
    let (code, out, err) = connect(
        &s,
        &cloud,
        SN,
        &t,
        &["--state-file", state.to_str().unwrap()],
    );
    assert_eq!(code, 0, "stdout: {out}\nstderr: {err}");
    assert!(err.contains("device state in state file"), "{err}");
    let st: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    assert!(st["secret"].as_str().is_some_and(|x| !x.is_empty()));
    let dev = s.show(SN);
    assert!(dev["device_secret"].is_null(), "{dev}");
    assert_eq!(dev["status"], "imported");
}

fn an_sn_neither_given_a_secret_nor_in_the_store_says_how_to_fix_it(b: Backend) {
    let s = StoreDir::import(b, &format!("sn,secret_no\n{SN},{SECRET_NO}\n"));
    s.cmd()
        .args([
            "connect",
            "--sn",
            "E39999999999",
            "--endpoint",
            "wss://127.0.0.1:9/",
        ])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("does not hold this SN"))
        .stderr(predicates::str::contains("wecom-hw import"));
    // --seed on a unit the store holds with its own SecretNo is a usage error.
    s.cmd()
        .args([
            "connect",
            "--sn",
            SN,
            "--seed",
            "--endpoint",
            "wss://127.0.0.1:9/",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a seed"));
}

/// A running device, its NDJSON stdout going to a file the test polls.
struct Bg {
    child: std::process::Child,
    out: PathBuf,
}

impl Bg {
    fn events(&self) -> Vec<Value> {
        std::fs::read_to_string(&self.out)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect()
    }

    fn count(&self, name: &str) -> usize {
        self.events().iter().filter(|e| e["event"] == name).count()
    }

    fn wait_n(&self, name: &str, n: usize) {
        wait_until(20, name, || self.count(name) >= n);
    }
}

impl Drop for Bg {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn unbind_and_rebind_reach_the_ledger_and_the_stored_secret_follows(b: Backend) {
    let cloud = Cloud::start(&[]);
    let s = StoreDir::import(b, &format!("sn,secret_no\n{SN},{SECRET_NO}\n"));
    let out = s.dir.path().join("events.ndjson");
    let child = std::process::Command::new(bin())
        .args(["--lang", "en"])
        .arg("--store")
        .arg(&s.db)
        .args([
            "--station",
            "line-3",
            "--json",
            "connect",
            "--sn",
            SN,
            "--endpoint",
            &cloud.url,
            "--ca-file",
        ])
        .arg(cloud.ca_file())
        .env_remove("WECOM_HW_SECRET_NO")
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let bg = Bg { child, out };
    bg.wait_n("waiting_for_bind", 1);
    cloud.admin(&["bind", SN, "--corp", "First"]).success();
    bg.wait_n("subscribed", 1);
    let first = s.show(SN)["device_secret"].as_str().unwrap().to_owned();

    cloud.admin(&["unbind", SN]).success();
    bg.wait_n("unbound", 1);
    // The device wiped its secret; so does the store, and the ledger says why.
    wait_until(10, "secret wiped in the store", || {
        s.show(SN)["device_secret"].is_null()
    });
    assert_eq!(s.show(SN)["status"], "unbound");

    cloud.admin(&["bind", SN, "--corp", "Second"]).success();
    bg.wait_n("subscribed", 2);
    let second = s.show(SN)["device_secret"].as_str().unwrap().to_owned();
    assert_ne!(first, second);
    let events: Vec<String> = s.events(SN).into_iter().map(|e| e.0).collect();
    assert_eq!(
        events,
        ["imported", "registered", "bound", "unbound", "bound"]
    );
    assert_eq!(s.show(SN)["status"], "bound");
    let text = std::fs::read_to_string(&bg.out).unwrap();
    assert_no_leak(&[SECRET_NO, &first, &second], &[("stdout", &text)]);
}

crate::support::store::both_backends!(
    first_run_registers_binds_and_subscribes_second_run_skips_active,
    a_seed_unit_from_the_store_exchanges_once_and_keeps_its_secret_no,
    a_state_file_wins_over_the_store_but_the_secret_still_comes_from_it,
    an_sn_neither_given_a_secret_nor_in_the_store_says_how_to_fix_it,
    unbind_and_rebind_reach_the_ledger_and_the_stored_secret_follows,
);
