//! Secret hygiene audit: every command and subcommand of `wecom-hw` runs with known
//! secrets (SecretNo, seedSecretNo, the device secret and active_code the cloud hands out,
//! the exchanged SecretNo, a Bluetooth device's SecretNo, a Wi-Fi password), in plain and
//! `--json -vv` mode, and everything it shows or writes is searched for them: stdout,
//! stderr, `connect --transcript` files, `ble --trace` files and every file written in the
//! temp dir — except the stores and the explicit burn payloads listed in [`NOT_SCANNED`].
//!
//! The commands come from the clap definition itself, so a new command without a case here
//! (or a reasoned entry in [`EXCLUDED`]) fails `every_command_has_an_audit_case`.
//!
//! A match is the secret itself, upper- or lower-case, its bytes in hex, or any 12-character
//! piece of either (case-insensitive).

use crate::support::connect::{Cloud, SECRET_NO, SEED, SEED_SN, SN, SN2};
use clap::CommandFactory;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A Bluetooth device's SecretNo (the simulator's and the store's for SN0001).
const BLE_SECRET: &str = "b1e5ec12d3c4b5a69788796a5b4c3d2e";
const BLE_SN: &str = "SN0001";
const WIFI_PASSWORD: &str = "Wifi-Pa55w0rd-Zebra-Kite";
/// SecretNo of a unit that only the line issues.
const LINE_SN: &str = "L70000000001";
const LINE_SECRET: &str = "11ee22dd33cc44bb55aa66997788ffee";

/// Commands not run, and why.
const EXCLUDED: &[(&str, &str)] = &[
    (
        "gen-assets",
        "hidden maintainer command: writes completions and man pages generated from the clap \
         definitions; it reads no secret source, no store and no network",
    ),
    (
        "console",
        "a server that runs until stopped: console_http::no_route_ever_sends_a_secret crawls \
         every route (pages, events, images, actions) against a store holding a SecretNo, \
         an active code and a device secret, and searches every answer for them",
    ),
];

/// Files that hold secrets by design, relative to the work dir: the stores (the device
/// store, a device's flash state file, the emulator's database), the explicit burn payloads
/// (`line next --out`, `devices export --show-secrets -o`) and the test's own inputs.
const NOT_SCANNED: &[&str] = &[
    "in/",
    "store/devices.db",
    "store/devices.db-journal",
    "store/copy.db",
    "store/copy.db-journal",
    "out/state.json",
    "out/burn.ndjson",
    "out/payload.json",
    "out/payload2.json",
    "out/demo/devices.db",
    "out/demo/devices.db-journal",
    "cloud-b/state.json",
    "out/demo/cloud/state.json",
];

/// Every runnable command path (`sign bind`, `connect`, `connect call corp`, …).
fn command_paths() -> BTreeSet<String> {
    fn walk(c: &clap::Command, prefix: &str, out: &mut BTreeSet<String>) {
        for s in c.get_subcommands().filter(|s| s.get_name() != "help") {
            let path = if prefix.is_empty() {
                s.get_name().to_owned()
            } else {
                format!("{prefix} {}", s.get_name())
            };
            // A command with optional subcommands runs on its own too (`connect`).
            if !s.has_subcommands() || !s.is_subcommand_required_set() {
                out.insert(path.clone());
            }
            walk(s, &path, out);
        }
    }
    let mut out = BTreeSet::new();
    walk(&wecom_hw::cli::Cli::command(), "", &mut out);
    out
}

/// Every 12-character piece of each secret (lower-cased) and of its bytes in hex: the
/// secret itself, its upper-case form and its hex encoding all contain one, so one pass
/// over 12-byte windows finds them all.
struct Needles {
    pieces: HashMap<[u8; 12], usize>,
    names: Vec<String>,
}

impl Needles {
    fn new(secrets: &[(String, String)]) -> Needles {
        let mut pieces = HashMap::new();
        for (i, (_, s)) in secrets.iter().enumerate() {
            assert!(s.len() >= 12, "{s:?} is too short to search for");
            for form in [s.to_ascii_lowercase(), hex::encode(s.as_bytes())] {
                for w in form.as_bytes().windows(12) {
                    pieces.insert(<[u8; 12]>::try_from(w).unwrap(), i);
                }
            }
        }
        Needles {
            pieces,
            names: secrets.iter().map(|s| s.0.clone()).collect(),
        }
    }

    /// Which secret shows in `hay` (case-insensitive), with some context.
    fn find(&self, hay: &[u8]) -> Option<(&str, String)> {
        let hay = hay.to_ascii_lowercase();
        for (at, w) in hay.windows(12).enumerate() {
            if let Some(&i) = self.pieces.get(<&[u8; 12]>::try_from(w).unwrap()) {
                let (from, to) = (at.saturating_sub(60), (at + 72).min(hay.len()));
                return Some((
                    self.names[i].as_str(),
                    String::from_utf8_lossy(&hay[from..to]).into_owned(),
                ));
            }
        }
        None
    }
}

struct Ran {
    path: String,
    args: Vec<String>,
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// The audit: a work dir with a store, secret files and a running emulator.
struct Audit {
    dir: tempfile::TempDir,
    store: PathBuf,
    ran: Vec<Ran>,
    covered: BTreeSet<String>,
    /// Secrets the clouds handed out (device secrets, active_codes, exchanged SecretNos),
    /// gathered along the way: an unbind and a re-bind replace them. Value → what it is.
    handed_out: BTreeMap<String, String>,
}

impl Audit {
    /// Adds what the emulators' state files, the device store and the device state file
    /// hold now.
    fn harvest(&mut self, cloud_dirs: &[PathBuf]) {
        for dir in cloud_dirs {
            let text = std::fs::read_to_string(dir.join("state.json")).unwrap_or_default();
            let snap: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
            for d in snap["devices"].as_array().into_iter().flatten() {
                for k in ["active_code", "secret", "secret_no"] {
                    if let Some(s) = d[k].as_str().filter(|s| s.len() >= 12) {
                        self.handed_out
                            .entry(s.to_owned())
                            .or_insert(format!("{k} of {} (cloud)", d["sn"]));
                    }
                }
            }
        }
        if let Ok(db) = rusqlite::Connection::open(&self.store) {
            let mut q = db
                .prepare("SELECT sn, active_code, device_secret, exchanged_secret_no FROM devices")
                .unwrap();
            type Row = (String, Option<String>, Option<String>, Option<String>);
            let rows: Vec<Row> = q
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            for (sn, code, secret, own) in rows {
                for (k, v) in [
                    ("active_code", code),
                    ("device secret", secret),
                    ("exchanged SecretNo", own),
                ] {
                    if let Some(v) = v.filter(|v| v.len() >= 12) {
                        self.handed_out
                            .entry(v)
                            .or_insert(format!("{k} of {sn} (store)"));
                    }
                }
            }
        }
        let state: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(self.path("out/state.json")).unwrap_or_default(),
        )
        .unwrap_or_default();
        for k in ["active_code", "secret", "secret_no"] {
            if let Some(v) = state[k].as_str().filter(|v| v.len() >= 12) {
                self.handed_out
                    .entry(v.to_owned())
                    .or_insert(format!("{k} (state file)"));
            }
        }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    fn p(&self, p: &str) -> String {
        self.path(p).display().to_string()
    }

    /// Runs `wecom-hw MODE ARGS` for `path` in plain `-vv` and in `--json -vv` mode.
    fn both(&mut self, path: &str, args: &[&str], stdin: Option<&str>) -> Vec<Ran> {
        let a = self.once(path, &["-vv"], args, stdin);
        let b = self.once(path, &["--json", "-vv"], args, stdin);
        vec![a, b]
    }

    fn once(&mut self, path: &str, mode: &[&str], args: &[&str], stdin: Option<&str>) -> Ran {
        // The case's words appear in order in its arguments (global flags may come between).
        let mut rest = args.iter();
        assert!(
            path.split(' ').all(|w| rest.any(|a| a == &w)),
            "case {path:?} runs {args:?}"
        );
        let mut c = assert_cmd::Command::cargo_bin("wecom-hw").unwrap();
        c.env("WECOM_HW_LANG", "en")
            .env_remove("WECOM_HW_SECRET_NO")
            .env("WECOM_HW_STORE", &self.store)
            .env("WECOM_HW_STATION", "audit")
            .env("AUDIT_SECRET", SECRET_NO)
            .env("AUDIT_WIFI", WIFI_PASSWORD)
            .env("AUDIT_BLE_SECRET", BLE_SECRET)
            .env("NO_COLOR", "1")
            .current_dir(self.dir.path())
            .args(mode)
            .args(args)
            .timeout(Duration::from_secs(60));
        c.write_stdin(stdin.unwrap_or(""));
        let t0 = std::time::Instant::now();
        let o = c.output().unwrap();
        if t0.elapsed() > Duration::from_secs(2) {
            eprintln!("slow: {:?} took {:?}", args, t0.elapsed());
        }
        // A crash (signal, panic → 101, internal error 70) is a finding of its own.
        assert!(
            matches!(o.status.code(), Some(c) if c != 70 && c != 101),
            "{args:?} crashed: {:?}\n{}",
            o.status,
            String::from_utf8_lossy(&o.stderr)
        );
        self.covered.insert(path.to_owned());
        let r = Ran {
            path: path.into(),
            args: mode.iter().chain(args).map(|s| s.to_string()).collect(),
            code: o.status.code(),
            stdout: o.stdout,
            stderr: o.stderr,
        };
        self.ran.push(Ran {
            path: r.path.clone(),
            args: r.args.clone(),
            code: r.code,
            stdout: r.stdout.clone(),
            stderr: r.stderr.clone(),
        });
        r
    }

    /// Like [`Audit::once`] but the output is *meant* to hold the secret: it proves the
    /// search finds one, and is not searched afterwards.
    fn shows_secret(&mut self, path: &str, args: &[&str], needles: &Needles) {
        let r = self.once(path, &[], args, None);
        self.ran.pop();
        assert_eq!(
            r.code,
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
        assert!(
            needles.find(&r.stdout).is_some(),
            "{args:?} should show a secret: the search is broken"
        );
    }
}

fn write(p: &Path, text: &str) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn every_command_has_an_audit_case() {
    let all = command_paths();
    let cases: BTreeSet<String> = CASES.iter().map(|s| s.to_string()).collect();
    let excluded: BTreeSet<String> = EXCLUDED.iter().map(|e| e.0.to_string()).collect();
    let known = &cases | &excluded;
    let missing: Vec<_> = all.difference(&known).collect();
    assert!(
        missing.is_empty(),
        "commands without a secret-audit case in tests/it/secret_audit.rs: {missing:?}"
    );
    let stale: Vec<_> = known.difference(&all).collect();
    assert!(
        stale.is_empty(),
        "audit cases for commands that do not exist: {stale:?}"
    );
    assert!(cases.is_disjoint(&excluded));
}

/// The commands the audit runs (checked against the clap definition above, and against
/// what [`run_all`] really ran).
const CASES: &[&str] = &[
    "sign bind",
    "sign login",
    "sign register",
    "sign secret-no",
    "sign verify",
    "qr bind",
    "qr login",
    "qr static",
    "qr url",
    "qr bluetooth",
    "import",
    "devices list",
    "devices show",
    "devices export",
    "devices batches",
    "store migrate",
    "store info",
    "store copy",
    "doctor",
    "connect",
    "connect call firmware",
    "connect call corp",
    "connect call time",
    "connect call error-report",
    "connect call upload-log",
    "connect call login-qr",
    "connect call selfhelp",
    "cloud serve",
    "cloud bind",
    "cloud unbind",
    "cloud push",
    "cloud publish-firmware",
    "cloud reset-secret-no",
    "cloud expire",
    "cloud drop",
    "cloud set-clock-skew",
    "cloud status",
    "ble scan",
    "ble status",
    "ble wifi-list",
    "ble provision",
    "ble qr",
    "line next",
    "line station",
    "line status",
    "line report",
    "demo",
];

#[test]
fn no_command_shows_or_writes_a_secret() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store/devices.db");
    let mut a = Audit {
        dir,
        store,
        ran: Vec::new(),
        covered: BTreeSet::new(),
        handed_out: BTreeMap::new(),
    };
    let export = format!(
        "序列号,SecretNo,设备ID,二维码链接\n\
         {SN},{SECRET_NO},7000000000000001,https://open.work.weixin.qq.com/connect/hardware?hw_code=aud1t0001\n\
         {BLE_SN},{BLE_SECRET},12345,https://open.work.weixin.qq.com/connect/hardware?hw_code=aud1t0002\n\
         {LINE_SN},{LINE_SECRET},7000000000000003,https://open.work.weixin.qq.com/connect/hardware?hw_code=aud1t0003\n"
    );
    write(&a.path("in/export.csv"), &export);
    write(
        &a.path("in/seed.csv"),
        &format!("sn,seedSecretNo\n{SEED_SN},{SEED}\n"),
    );
    // The same SN with another SecretNo: a conflict, reported without either secret.
    write(
        &a.path("in/conflict.csv"),
        &format!(
            "sn,secret_no\n{SN},{}\n",
            SECRET_NO.chars().rev().collect::<String>()
        ),
    );
    write(
        &a.path("in/batch.csv"),
        &format!("sn,secret_no\n{SN},{SECRET_NO}\n{SEED_SN},{SEED}\n"),
    );
    write(&a.path("in/secret.txt"), &format!("{SECRET_NO}\n"));
    write(
        &a.path("in/wrong-secret.txt"),
        "00000000000000000000000000000000\n",
    );
    write(&a.path("in/seed.txt"), &format!("{SEED}\n"));
    write(&a.path("in/ble-secret.txt"), &format!("{BLE_SECRET}\n"));
    write(&a.path("in/wifi.txt"), &format!("{WIFI_PASSWORD}\n"));
    write(&a.path("in/app.log"), "boot ok\nnothing secret here\n");
    write(&a.path("in/firmware.bin"), "FIRMWARE IMAGE 1.2.3\n");
    std::fs::create_dir_all(a.path("out")).unwrap();

    let cloud = Cloud::start(&["--auto-bind-after", "0", "-vv"]);
    let ca = cloud.ca_file().display().to_string();
    let url = cloud.url.clone();
    let state = cloud.state.display().to_string();

    // import
    a.both("import", &["import", "in/export.csv"], None);
    a.both("import", &["import", "in/seed.csv"], None);
    a.both("import", &["import", "in/conflict.csv"], None);
    a.both("import", &["import", "in/export.csv", "--dry-run"], None);

    // sign
    for scene in ["bind", "login", "register"] {
        let path = format!("sign {scene}");
        let mut args = vec![
            "sign",
            scene,
            "--sn",
            SN,
            "--timestamp",
            "1700000000",
            "--nonce",
            "1",
        ];
        if scene == "login" {
            args.extend(["--state", "s1"]);
        }
        a.both(&path, &args, None);
        let mut explain = args.clone();
        explain.extend(["--secret-file", "in/secret.txt", "--explain"]);
        a.both(&path, &explain, None);
        let mut stdin = args.clone();
        stdin.push("--secret-stdin");
        a.both(&path, &stdin, Some(&format!("{SECRET_NO}\n")));
        let mut env = args.clone();
        env.extend(["--secret-env", "AUDIT_SECRET"]);
        a.both(&path, &env, None);
    }
    a.both(
        "sign bind",
        &[
            "sign",
            "bind",
            "--input",
            "in/batch.csv",
            "--output",
            "out/signed.csv",
        ],
        None,
    );
    a.both(
        "sign register",
        &["sign", "register", "--input", "in/batch.csv"],
        None,
    );
    // A batch row whose secret has the wrong JSON type: the error names the row, not the value.
    write(
        &a.path("in/bad-type.ndjson"),
        &format!("{{\"sn\":\"{SN}\",\"secret_no\":[\"{SECRET_NO}\"]}}\n"),
    );
    a.both(
        "sign bind",
        &["sign", "bind", "--input", "in/bad-type.ndjson"],
        None,
    );
    a.both(
        "sign secret-no",
        &["sign", "secret-no", "--sn", SEED_SN, "--explain"],
        None,
    );
    a.both(
        "sign secret-no",
        &[
            "sign",
            "secret-no",
            "--sn",
            SEED_SN,
            "--secret-file",
            "in/seed.txt",
        ],
        None,
    );
    let bind_url = String::from_utf8(
        a.once(
            "sign bind",
            &[],
            &[
                "sign",
                "bind",
                "--sn",
                SN,
                "--timestamp",
                "1700000000",
                "--nonce",
                "7",
                "--url",
            ],
            None,
        )
        .stdout,
    )
    .unwrap()
    .trim()
    .to_owned();
    a.both(
        "sign verify",
        &["sign", "verify", &bind_url, "--at", "1700000100"],
        None,
    );
    a.both(
        "sign verify",
        &[
            "sign",
            "verify",
            &bind_url,
            "--at",
            "1700000100",
            "--secret-file",
            "in/wrong-secret.txt",
        ],
        None,
    );
    let forged = bind_url.replace("nonce=7", "nonce=8");
    a.both(
        "sign verify",
        &["sign", "verify", &forged, "--at", "1700000100"],
        None,
    );

    // qr
    a.both(
        "qr bind",
        &[
            "qr",
            "bind",
            "--sn",
            SN,
            "--secret-env",
            "AUDIT_SECRET",
            "-o",
            "out/bind.png",
        ],
        None,
    );
    a.both(
        "qr bind",
        &[
            "qr",
            "bind",
            "--sn",
            SN,
            "--secret-file",
            "in/secret.txt",
            "-o",
            "out/bind.svg",
        ],
        None,
    );
    a.both(
        "qr login",
        &[
            "qr",
            "login",
            "--sn",
            SN,
            "--state",
            "s1",
            "--secret-stdin",
            "-o",
            "out/login.zpl",
        ],
        Some(&format!("{SECRET_NO}\n")),
    );
    a.both(
        "qr static",
        &["qr", "static", "--sn", SN, "-o", "out/static.tspl"],
        None,
    );
    a.both(
        "qr static",
        &[
            "qr",
            "static",
            "--from-store",
            "--batch",
            "1",
            "--out-dir",
            "out/labels",
        ],
        None,
    );
    a.both(
        "qr static",
        &[
            "qr",
            "static",
            "--from-store",
            "--batch",
            "1",
            "-o",
            "out/labels.pdf",
        ],
        None,
    );
    a.both(
        "qr url",
        &["qr", "url", "hello from the audit", "-o", "out/url.png"],
        None,
    );
    // A Wi-Fi QR holds the password by design (the image, and the text of a ZPL/TSPL job,
    // are the payload); what is said about it must not.
    let wifi_qr = format!("WIFI:T:WPA;S:Office;P:{WIFI_PASSWORD};;");
    write(&a.path("in/wifi-qr.txt"), &format!("{wifi_qr}\n"));
    a.both(
        "qr url",
        &[
            "qr",
            "url",
            "--text-file",
            "in/wifi-qr.txt",
            "-o",
            "out/wifi-qr.png",
        ],
        None,
    );
    a.both(
        "qr url",
        &["qr", "url", "-", "-o", "out/wifi-qr.svg"],
        Some(&wifi_qr),
    );
    a.both(
        "qr bluetooth",
        &["qr", "bluetooth", "-o", "out/bluetooth.svg"],
        None,
    );

    // devices
    a.both("devices list", &["devices", "list"], None);
    a.both("devices show", &["devices", "show", SN], None);
    a.both("devices show", &["devices", "show", SEED_SN], None);
    a.both("devices export", &["devices", "export"], None);
    a.both(
        "devices export",
        &["devices", "export", "-o", "out/devices.xlsx"],
        None,
    );
    a.both(
        "devices export",
        &[
            "devices",
            "export",
            "--format",
            "ndjson",
            "-o",
            "out/devices.ndjson",
        ],
        None,
    );
    a.both(
        "devices export",
        &[
            "devices",
            "export",
            "--show-secrets",
            "--format",
            "ndjson",
            "-o",
            "out/burn.ndjson",
        ],
        None,
    );
    a.both("devices batches", &["devices", "batches"], None);

    // store: the schema, its counts, and a verified copy (the copy is a store: not scanned,
    // but what `store copy` prints about it is).
    a.both("store migrate", &["store", "migrate"], None);
    a.both("store info", &["store", "info"], None);
    let from = a.p("store/devices.db");
    let to = a.p("store/copy.db");
    a.both(
        "store copy",
        &["store", "copy", "--overwrite", &from, &to],
        None,
    );

    // doctor: reads the store (its units by status), the emulator's clock and certificate,
    // the locale; with the audit's secrets in the environment.
    a.both(
        "doctor",
        &[
            "doctor",
            "--endpoint",
            &url,
            "--ca-file",
            &ca,
            "--only",
            "clock",
            "network",
            "store",
            "machine",
            "flasher",
            "--flasher",
            "sh -c true",
        ],
        None,
    );

    // connect: from the store, from a secret file with a state file, a seed unit, a wrong
    // secret, and every one-shot call.
    let common = |sn: &str, t: &str| -> Vec<String> {
        [
            "connect",
            "--sn",
            sn,
            "--endpoint",
            &url,
            "--ca-file",
            &ca,
            "--transcript",
            t,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    let run_connect = |a: &mut Audit, sn: &str, t: &str, extra: &[&str], path: &str| {
        let mut args = common(sn, t);
        args.extend(extra.iter().map(|s| s.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        a.both(path, &args, None)
    };
    run_connect(
        &mut a,
        SN,
        "out/t-store.ndjson",
        &["--until", "subscribed", "--timeout", "30s"],
        "connect",
    );
    run_connect(
        &mut a,
        SN2,
        "out/t-file.ndjson",
        &[
            "--secret-file",
            "in/wrong-secret.txt",
            "--state-file",
            "out/state.json",
            "--until",
            "subscribed",
            "--timeout",
            "30s",
        ],
        "connect",
    );
    run_connect(
        &mut a,
        SEED_SN,
        "out/t-seed.ndjson",
        &["--until", "subscribed", "--timeout", "30s"],
        "connect",
    );
    {
        let mut args = common(SN, "out/t-stdin.ndjson");
        args.extend(
            [
                "--secret-stdin",
                "--until",
                "subscribed",
                "--timeout",
                "30s",
            ]
            .map(String::from),
        );
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        a.both("connect", &args, Some(&format!("{SECRET_NO}\n")));
    }
    run_connect(
        &mut a,
        SN,
        "out/t-call.ndjson",
        &["call", "corp"],
        "connect call corp",
    );
    run_connect(
        &mut a,
        SN,
        "out/t-call.ndjson",
        &["call", "time"],
        "connect call time",
    );
    run_connect(
        &mut a,
        SN,
        "out/t-call.ndjson",
        &["call", "error-report", "--errcode", "7"],
        "connect call error-report",
    );
    run_connect(
        &mut a,
        SN,
        "out/t-call.ndjson",
        &["call", "upload-log", "in/app.log"],
        "connect call upload-log",
    );
    run_connect(
        &mut a,
        SN,
        "out/t-call.ndjson",
        &["call", "login-qr", "--out", "out/login-qr.png"],
        "connect call login-qr",
    );
    run_connect(
        &mut a,
        SN,
        "out/t-call.ndjson",
        &["call", "selfhelp", "hello"],
        "connect call selfhelp",
    );
    a.both(
        "cloud publish-firmware",
        &[
            "cloud",
            "--state-dir",
            &state,
            "publish-firmware",
            "1.2.3",
            "in/firmware.bin",
        ],
        None,
    );
    run_connect(
        &mut a,
        SN,
        "out/t-call.ndjson",
        &["call", "firmware"],
        "connect call firmware",
    );
    run_connect(
        &mut a,
        SN,
        "out/t-fetch.ndjson",
        &[
            "--on",
            "push_update_firmware=fetch",
            "--download-dir",
            "out",
            "--until",
            "subscribed",
            "--timeout",
            "30s",
        ],
        "connect",
    );

    // cloud admin, against the emulator above; then a second emulator in plain mode that
    // knows the units of the store.
    a.harvest(std::slice::from_ref(&cloud.state));
    a.both(
        "cloud status",
        &["cloud", "--state-dir", &state, "status"],
        None,
    );
    // A device stays online while the admin pushes, drops, unbinds and binds it again
    // (a new secret, which goes into the store).
    let mut live = common(SN, "out/t-live.ndjson");
    live.splice(0..0, ["--json".to_owned(), "-vv".to_owned()]);
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"))
        .env("WECOM_HW_LANG", "en")
        .env("WECOM_HW_STORE", &a.store)
        .env_remove("WECOM_HW_SECRET_NO")
        .current_dir(a.dir.path())
        .args(&live)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let subscribed = |a: &Audit, n: usize| {
        let t0 = std::time::Instant::now();
        while std::fs::read_to_string(a.path("out/t-live.ndjson"))
            .unwrap_or_default()
            .matches("\"subscribe_corp\"")
            .count()
            < n
        {
            assert!(
                t0.elapsed() < Duration::from_secs(20),
                "the device never came online"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    subscribed(&a, 1);
    a.both(
        "cloud push",
        &["cloud", "--state-dir", &state, "push", SN, "user_scan"],
        None,
    );
    a.once(
        "cloud drop",
        &[],
        &["cloud", "--state-dir", &state, "drop", SN],
        None,
    );
    std::thread::sleep(Duration::from_millis(300));
    subscribed(&a, 2);
    a.both(
        "cloud set-clock-skew",
        &["cloud", "--state-dir", &state, "set-clock-skew", "3"],
        None,
    );
    a.harvest(std::slice::from_ref(&cloud.state));
    a.once(
        "cloud unbind",
        &["--json"],
        &["cloud", "--state-dir", &state, "unbind", SN],
        None,
    );
    std::thread::sleep(Duration::from_millis(500));
    a.once(
        "cloud bind",
        &["-vv"],
        &["cloud", "--state-dir", &state, "bind", SN],
        None,
    );
    subscribed(&a, 3);
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let o = child.wait_with_output().unwrap();
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    a.ran.push(Ran {
        path: "connect".into(),
        args: live,
        code: o.status.code(),
        stdout: o.stdout,
        stderr: o.stderr,
    });
    a.harvest(std::slice::from_ref(&cloud.state));
    a.once(
        "cloud drop",
        &["--json"],
        &["cloud", "--state-dir", &state, "drop", SN],
        None,
    );
    a.once(
        "cloud unbind",
        &[],
        &["cloud", "--state-dir", &state, "unbind", SN2],
        None,
    );
    a.once(
        "cloud bind",
        &["--json"],
        &["cloud", "--state-dir", &state, "bind", SN2],
        None,
    );
    a.both(
        "cloud reset-secret-no",
        &["cloud", "--state-dir", &state, "reset-secret-no", SEED_SN],
        None,
    );
    a.both(
        "cloud expire",
        &["cloud", "--state-dir", &state, "expire", SN2],
        None,
    );
    a.both(
        "cloud status",
        &["cloud", "--state-dir", &state, "status"],
        None,
    );
    for mode in [&["-vv"][..], &["--json", "-vv"][..]] {
        let cloud_b = a.p("cloud-b");
        let serve = [
            "cloud",
            "--state-dir",
            &cloud_b,
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--from-store",
            "--devices",
            "in/seed.csv",
            "--idle-timeout",
            "0",
        ];
        // Runs until killed: give it a moment, then collect what it printed.
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"));
        c.env("WECOM_HW_LANG", "en")
            .env("WECOM_HW_STORE", &a.store)
            .env_remove("WECOM_HW_SECRET_NO")
            .current_dir(a.dir.path())
            .args(mode)
            .args(serve)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let child = c.spawn().unwrap();
        std::thread::sleep(Duration::from_millis(1500));
        let _ = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status();
        let o = child.wait_with_output().unwrap();
        a.covered.insert("cloud serve".into());
        a.ran.push(Ran {
            path: "cloud serve".into(),
            args: mode
                .iter()
                .chain(serve.iter())
                .map(|s| s.to_string())
                .collect(),
            code: o.status.code(),
            stdout: o.stdout,
            stderr: o.stderr,
        });
    }

    // ble, over the in-process simulator.
    let ble = |rest: &[&str]| -> Vec<String> {
        [
            "ble",
            "--backend",
            "sim",
            "--sim-secret-env",
            "AUDIT_BLE_SECRET",
        ]
        .iter()
        .chain(rest)
        .map(|s| s.to_string())
        .collect()
    };
    let run_ble = |a: &mut Audit, path: &str, rest: &[&str], stdin: Option<&str>| {
        let args = ble(rest);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        a.both(path, &args, stdin);
    };
    run_ble(&mut a, "ble scan", &["scan", "--timeout", "0.5"], None);
    run_ble(
        &mut a,
        "ble scan",
        &[
            "scan",
            "--timeout",
            "0.5",
            "--secret-file",
            "in/ble-secret.txt",
        ],
        None,
    );
    run_ble(
        &mut a,
        "ble status",
        &[
            "status",
            "--pick",
            "first",
            "--secret-file",
            "in/ble-secret.txt",
            "--trace",
            "out/ble-status.ndjson",
        ],
        None,
    );
    run_ble(
        &mut a,
        "ble status",
        &[
            "status",
            "--pick",
            "first",
            "--sn",
            BLE_SN,
            "--trace",
            "out/ble-status-store.ndjson",
        ],
        None,
    );
    run_ble(
        &mut a,
        "ble status",
        &[
            "status",
            "--pick",
            "first",
            "--secret-file",
            "in/wrong-secret.txt",
            "--trace",
            "out/ble-wrong.ndjson",
        ],
        None,
    );
    run_ble(
        &mut a,
        "ble wifi-list",
        &[
            "wifi-list",
            "--pick",
            "first",
            "--secret-file",
            "in/ble-secret.txt",
            "--trace",
            "out/ble-list.ndjson",
        ],
        None,
    );
    run_ble(
        &mut a,
        "ble provision",
        &[
            "provision",
            "--pick",
            "first",
            "--ssid",
            "TestAP",
            "--password-file",
            "in/wifi.txt",
            "--secret-file",
            "in/ble-secret.txt",
            "--trace",
            "out/ble-prov.ndjson",
        ],
        None,
    );
    run_ble(
        &mut a,
        "ble provision",
        &[
            "provision",
            "--pick",
            "first",
            "--ssid",
            "TestAP",
            "--password-env",
            "AUDIT_WIFI",
            "--sn",
            BLE_SN,
            "--trace",
            "out/ble-prov-env.ndjson",
        ],
        None,
    );
    run_ble(
        &mut a,
        "ble provision",
        &[
            "provision",
            "--pick",
            "first",
            "--ssid",
            "TestAP",
            "--password-stdin",
            "--secret-env",
            "AUDIT_BLE_SECRET",
            "--trace",
            "out/ble-prov-stdin.ndjson",
        ],
        Some(&format!("{WIFI_PASSWORD}\n")),
    );
    run_ble(
        &mut a,
        "ble provision",
        &[
            "--sim-fault",
            "wifi-fail",
            "provision",
            "--pick",
            "first",
            "--ssid",
            "TestAP",
            "--password-file",
            "in/wifi.txt",
            "--secret-file",
            "in/ble-secret.txt",
            "--trace",
            "out/ble-prov-fail.ndjson",
        ],
        None,
    );
    run_ble(&mut a, "ble qr", &["qr"], None);

    // line: the payload goes to an explicit file (a burn payload, not searched); the label,
    // flasher and verifier outputs are searched. The second run is refused (issued once).
    let flasher = a.path("in/flash.sh");
    // A chatty flasher: it echoes what it writes, as text and as a hex dump.
    write(
        &flasher,
        "#!/bin/sh\ncat \"$1\"\nod -An -tx1 -v \"$1\" | tr -d ' \\n'\necho\necho flashed\n",
    );
    let wrong_verifier = a.path("in/verify.sh");
    write(
        &wrong_verifier,
        "#!/bin/sh\necho '{\"sn\":\"x\",\"secret_no\":\"not-it\"}'\n",
    );
    for p in [&flasher, &wrong_verifier] {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let flash = format!("{} {{file}}", flasher.display());
    let verify = format!("{} {{file}}", wrong_verifier.display());
    a.both(
        "line next",
        &[
            "line",
            "next",
            "--sn",
            LINE_SN,
            "--out",
            "out/payload.json",
            "--flash",
            &flash,
            "--print",
            "out/label.zpl",
        ],
        None,
    );
    a.both(
        "line next",
        &[
            "line",
            "next",
            "--sn",
            BLE_SN,
            "--flash",
            &flash,
            "--verify",
            &verify,
            "--print",
            "out/label2.zpl",
        ],
        None,
    );
    a.both(
        "line next",
        &[
            "line",
            "next",
            "--sn",
            BLE_SN,
            "--reissue",
            "audit",
            "--emit",
            "nvs-csv",
            "--out",
            "out/payload2.json",
            "--print",
            "out/label3.zpl",
            "--dry-run",
        ],
        None,
    );
    // The station: the next unissued unit on a trigger (an empty line), the same chatty
    // flasher, labels into a folder; its payload file is private and removed after the
    // flash, so everything it shows or leaves in the work dir is searched.
    std::fs::create_dir_all(a.path("out/station-labels")).unwrap();
    write(
        &a.path("in/station.toml"),
        &format!(
            "station = \"audit\"\nstore = \"{}\"\nmode = \"next\"\nflash = \"{flash}\"\n\
             printer = \"{}\"\nretries = 0\n",
            a.store.display(),
            a.path("out/station-labels").display()
        ),
    );
    // What a technician runs ahead of a shift: every check the station's profile names
    // (the store's units by status, the label folder, the flasher, the disk).
    a.both(
        "doctor",
        &[
            "doctor",
            "--profile",
            "in/station.toml",
            "--only",
            "profile",
            "store",
            "printer",
            "flasher",
            "machine",
        ],
        None,
    );
    a.both(
        "line station",
        &["line", "station", "--plain", "--profile", "in/station.toml"],
        Some("\n"),
    );
    a.both("line status", &["line", "status"], None);
    a.both(
        "line report",
        &["line", "report", "--since", "2000-01-01"],
        None,
    );
    a.both(
        "line report",
        &[
            "line",
            "report",
            "--since",
            "2000-01-01",
            "--format",
            "ndjson",
            "--output",
            "out/report.ndjson",
        ],
        None,
    );

    // demo, on the export above.
    a.both(
        "demo",
        &[
            "demo",
            "--dir",
            "out/demo",
            "--export",
            "in/export.csv",
            "--sn",
            SN,
            "--timeout",
            "30",
        ],
        None,
    );

    // Positive controls: these are meant to show secrets, so the search must find them.
    let cloud_dirs = [
        cloud.state.clone(),
        a.path("cloud-b"),
        a.path("out/demo/cloud"),
    ];
    a.harvest(&cloud_dirs);
    let mut secrets: Vec<(String, String)> = [
        ("SecretNo", SECRET_NO),
        ("seedSecretNo", SEED),
        ("Bluetooth SecretNo", BLE_SECRET),
        ("line SecretNo", LINE_SECRET),
        ("Wi-Fi password", WIFI_PASSWORD),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    secrets.extend(a.handed_out.iter().map(|(v, k)| (k.clone(), v.clone())));
    assert!(
        secrets
            .iter()
            .filter(|s| s.0.contains("secret of") && s.0.contains(SN))
            .count()
            >= 2,
        "the cloud bound {SN}, unbound it and bound it again: two device secrets are known: {:?}",
        secrets.iter().map(|s| &s.0).collect::<Vec<_>>()
    );
    let needles = Needles::new(&secrets);
    a.shows_secret(
        "devices show",
        &["devices", "show", SN, "--show-secrets"],
        &needles,
    );

    // Every command in the table ran.
    let expected: BTreeSet<String> = CASES.iter().map(|s| s.to_string()).collect();
    let missing: Vec<_> = expected.difference(&a.covered).collect();
    assert!(
        missing.is_empty(),
        "cases listed but never run: {missing:?}"
    );

    // Each command succeeded at least once: a run refused at the command line would
    // prove nothing.
    for path in CASES {
        let codes: Vec<Option<i32>> = a
            .ran
            .iter()
            .filter(|r| r.path == *path)
            .map(|r| r.code)
            .collect();
        assert!(
            codes.contains(&Some(0)),
            "`{path}` never succeeded in the audit (exit codes {codes:?})"
        );
    }

    // Search.
    let mut leaks = Vec::new();
    for r in &a.ran {
        for (stream, bytes) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
            if let Some((what, ctx)) = needles.find(bytes) {
                leaks.push(format!(
                    "[{}] {} of `wecom-hw {}` (exit {:?}) shows the {what}: …{ctx}…",
                    r.path,
                    stream,
                    r.args.join(" "),
                    r.code
                ));
            }
        }
    }
    let mut scanned = 0;
    for f in files_under(a.dir.path()) {
        let rel = f.strip_prefix(a.dir.path()).unwrap().display().to_string();
        let skip = NOT_SCANNED
            .iter()
            .any(|n| rel == *n || (n.ends_with('/') && rel.starts_with(n)));
        if skip {
            continue;
        }
        scanned += 1;
        if let Some((what, ctx)) = needles.find(&std::fs::read(&f).unwrap()) {
            leaks.push(format!("file {rel} holds the {what}: …{ctx}…"));
        }
    }
    // What the emulator wrote next to its state (CA, uploads, published firmware); its
    // state.json is its store and devices.csv the test's input.
    for f in files_under(cloud.dir.path()) {
        let rel = f
            .strip_prefix(cloud.dir.path())
            .unwrap()
            .display()
            .to_string();
        if rel == "devices.csv" || f == cloud.state.join("state.json") {
            continue;
        }
        scanned += 1;
        if let Some((what, ctx)) = needles.find(&std::fs::read(&f).unwrap()) {
            leaks.push(format!("emulator file {rel} holds the {what}: …{ctx}…"));
        }
    }
    // The emulator's own output.
    for (stream, text) in [("stdout", cloud.out.text()), ("stderr", cloud.err.text())] {
        if let Some((what, ctx)) = needles.find(text.as_bytes()) {
            leaks.push(format!("cloud serve {stream} shows the {what}: …{ctx}…"));
        }
    }
    assert!(scanned >= 20, "only {scanned} files searched");
    for must in [
        "out/t-store.ndjson",
        "out/ble-prov.ndjson",
        "out/signed.csv",
        "out/label.zpl",
    ] {
        assert!(a.path(must).exists(), "{must} was not written");
    }
    assert!(
        leaks.is_empty(),
        "{} leak(s):\n{}",
        leaks.len(),
        leaks.join("\n")
    );
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let t = e.file_type().unwrap();
            if t.is_dir() {
                todo.push(e.path());
            } else if t.is_file() {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}
