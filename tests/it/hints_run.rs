//! Every command a hint names runs as printed (issue 19 #5): each case provokes an error
//! through the real binary, takes the backticked `wecom-hw …` commands from the hint (the
//! `hint:` lines of stderr, and the "hint" of `--json` output), and runs each one the way
//! a user would paste it (`sh -c`, same environment and store): never a usage error (exit
//! 2), and where the command can work, exit 0.
//!
//! `every_hint_site_has_a_case` greps `src/` (but not the clap help of `src/cli/`, whose
//! examples use placeholder files on purpose) and the English message catalog for hint
//! texts naming `` `wecom-hw ``: a new one without a case here fails it.

use crate::support::connect::{Cloud, SECRET_NO, SEED_SN, SN};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Where each hint naming a command is built (file under src/, a piece of its line), and
/// the test below that provokes it.
const SITES: &[(&str, &str, &str)] = &[
    (
        "cmd/line/hint.rs",
        "line status`\");",
        "line_next_when_the_flasher_fails",
    ),
    (
        "cmd/line/next.rs",
        "command = format!(\"`wecom-hw{store_flags} line status`\")",
        "line_next_with_nothing_left",
    ),
    (
        "cmd/ble/store.rs",
        "let import_help = \"`wecom-hw import --help`\";",
        "ble_provision_of_an_sn_not_in_the_store",
    ),
    (
        "i18n/en-US/wecom-hw.ftl",
        "store-missing-hint = import the registration export into it first",
        "cloud_serve_from_a_missing_store",
    ),
    (
        "i18n/en-US/wecom-hw.ftl",
        "doctor-store-missing-hint =",
        "doctor_without_a_store",
    ),
    (
        "ble/transport.rs",
        "command = \"`wecom-hw ble scan`\"",
        "ble_device_not_in_range",
    ),
    (
        "net/cloud/control.rs",
        "`wecom-hw cloud --state-dir {} serve`",
        "cloud_admin_without_an_emulator",
    ),
    (
        "cmd/connect.rs",
        "`wecom-hw{} sign {} --sn {}",
        "connect_600011_names_the_sign_command_that_shows_what_was_sent",
    ),
    (
        "cmd/connect.rs",
        "command = \"`wecom-hw import --help`\"",
        "connect_without_a_secret",
    ),
    (
        "i18n/en-US/wecom-hw.ftl",
        "secret-for-sn-hint =",
        "sign_without_a_secret",
    ),
    (
        "cmd/qr/store.rs",
        "`wecom-hw{} devices batches`",
        "qr_static_of_an_empty_batch",
    ),
    (
        "i18n/en-US/wecom-hw.ftl",
        "devices-show-unknown-hint =",
        "devices_show_of_an_unknown_sn",
    ),
    (
        "cmd/ble.rs",
        "`wecom-hw ble{} scan`",
        "ble_device_not_in_range",
    ),
    (
        "cmd/sign.rs",
        "`wecom-hw{} sign {} --sn {}",
        "sign_verify_with_the_wrong_secret",
    ),
    (
        "i18n/en-US/wecom-hw.ftl",
        "store-info-missing-hint =",
        "store_info_without_a_store",
    ),
    (
        "cmd/qr.rs",
        "`wecom-hw{} {cmd}`",
        "qr_static_of_a_dynamic_url",
    ),
    (
        "cmd/qr.rs",
        "`wecom-hw qr url {}{}`",
        "qr_static_of_other_text",
    ),
    (
        "cmd/cloud.rs",
        "`wecom-hw import {} --dry-run`",
        "cloud_serve_of_a_bad_export",
    ),
    (
        "i18n/en-US/wecom-hw.ftl",
        "import-failed-conflicts-hint =",
        "import_conflict",
    ),
];

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("wecom-hw")
}

const OTHER_SECRET: &str = "11112222333344445555666677778888";

/// A scratch directory that is also the working directory, HOME and XDG data/state home
/// of every run: a hint that forgets `--store` reaches an empty default store, not the one
/// of the case.
struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn s(&self, name: &str) -> String {
        self.path(name).display().to_string()
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, text).unwrap();
        p
    }

    fn apply(&self, c: &mut Command) {
        let home = self.path("home");
        std::fs::create_dir_all(&home).unwrap();
        c.current_dir(self.dir.path())
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_STATE_HOME", home.join("state"))
            .env_remove("WECOM_HW_STORE")
            .env_remove("WECOM_HW_SECRET_NO")
            .env_remove("WECOM_HW_CLOUD_DIR")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null());
    }

    /// `wecom-hw ARGS` to completion.
    fn run(&self, args: &[&str]) -> std::process::Output {
        let mut c = Command::new(bin());
        c.args(args);
        self.apply(&mut c);
        output_within(c, 60)
    }

    /// A store holding SN with SECRET_NO and a static URL.
    fn store_with_unit(&self) -> String {
        self.store_named("units.db")
    }

    fn store_named(&self, name: &str) -> String {
        let csv = self.write(
            "export.csv",
            &format!(
                "sn,secret_no,qr_url\n{SN},{SECRET_NO},https://open.work.weixin.qq.com/connect/hardware?hw_code=f3791fac954b8f6c811f37dd\n"
            ),
        );
        let store = self.s(name);
        let o = self.run(&["--store", &store, "import", csv.to_str().unwrap()]);
        assert!(o.status.success(), "{}", text(&o.stderr));
        store
    }

    /// Runs `args` once plainly and once with `--json`; both must exit with `code` and
    /// name the same commands. Returns them.
    fn provoke(&self, args: &[&str], code: i32) -> Vec<String> {
        let o = self.run(args);
        assert_eq!(o.status.code(), Some(code), "{args:?}\n{}", text(&o.stderr));
        let human = commands_in(&hint_lines(&text(&o.stderr)));
        let mut json_args = vec!["--json"];
        json_args.extend_from_slice(args);
        let o = self.run(&json_args);
        assert_eq!(
            o.status.code(),
            Some(code),
            "{json_args:?}\n{}",
            text(&o.stderr)
        );
        let mut hints: Vec<String> = text(&o.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter_map(|v| v["hint"].as_str().map(str::to_owned))
            .collect();
        hints.extend(hint_lines(&text(&o.stderr)));
        let json = commands_in(&hints);
        // Timestamps and nonces differ from run to run; the rest must not.
        assert_eq!(
            masked(&human),
            masked(&json),
            "the same commands with and without --json"
        );
        assert!(
            !human.is_empty(),
            "{args:?}: no `wecom-hw …` command in the hint:\n{}",
            text(&o.stderr)
        );
        human
    }

    /// Runs a hinted command as a user pastes it. Never a usage error; with `ok`, exit 0.
    /// Returns stdout.
    fn run_hint(&self, cmd: &str, ok: bool) -> String {
        let dir = bin().parent().unwrap().to_owned();
        let path = format!(
            "{}:{}",
            dir.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut c = Command::new("sh");
        c.arg("-c").arg(cmd);
        self.apply(&mut c);
        c.env("PATH", path);
        let o = output_within(c, 60);
        let err = text(&o.stderr);
        assert_ne!(
            o.status.code(),
            Some(2),
            "usage error from the hint `{cmd}`:\n{err}"
        );
        if ok {
            assert!(o.status.success(), "`{cmd}` failed:\n{err}");
        }
        text(&o.stdout)
    }

    /// A hinted command that serves (the emulator): it must come up (or fail for a reason
    /// other than its command line, e.g. the default port is taken), then it is stopped.
    fn run_hint_server(&self, cmd: &str) {
        let dir = bin().parent().unwrap().to_owned();
        let path = format!(
            "{}:{}",
            dir.display(),
            std::env::var("PATH").unwrap_or_default()
        );
        let mut c = Command::new("sh");
        c.arg("-c").arg(format!("exec {cmd}"));
        self.apply(&mut c);
        c.env("PATH", path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut first = String::new();
            let _ = BufReader::new(stdout).read_line(&mut first);
            let _ = tx.send(first);
        });
        let first = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_default();
        let _ = child.kill();
        let status = child.wait().unwrap();
        if first.starts_with("listening") {
            return;
        }
        let mut err = String::new();
        let _ = std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err);
        assert_ne!(
            status.code(),
            Some(2),
            "usage error from the hint `{cmd}`:\n{err}"
        );
        assert!(
            status.code().is_some(),
            "`{cmd}` neither served nor exited:\n{err}"
        );
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn output_within(mut c: Command, secs: u64) -> std::process::Output {
    c.stdout(Stdio::piped()).stderr(Stdio::piped());
    let child = c.spawn().unwrap();
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(o) => o.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("no exit within {secs} s");
        }
    }
}

/// Commands with every number replaced by `N`.
fn masked(cmds: &[String]) -> Vec<String> {
    cmds.iter()
        .map(|c| {
            let mut out = String::new();
            for ch in c.chars() {
                if ch.is_ascii_digit() {
                    if !out.ends_with('N') {
                        out.push('N');
                    }
                } else {
                    out.push(ch);
                }
            }
            out
        })
        .collect()
}

/// The `hint:` lines of stderr.
fn hint_lines(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("hint:"))
        .map(|h| h.trim().to_owned())
        .collect()
}

/// Backticked `wecom-hw …` commands, in order, without repeats.
fn commands_in(hints: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for h in hints {
        for (i, part) in h.split('`').enumerate() {
            if i % 2 == 1 && part.starts_with("wecom-hw ") && !out.iter().any(|c| c == part) {
                out.push(part.to_owned());
            }
        }
    }
    out
}

#[test]
fn every_hint_site_has_a_case() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let me = std::fs::read_to_string(root.join("tests/it/hints_run.rs")).unwrap();
    let mut files = Vec::new();
    let mut stack = vec![root.join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                if p != root.join("src/cli") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    // Hints written into the message catalog are sites too (the English one: the Chinese
    // names the same commands), as `i18n/en-US/wecom-hw.ftl`.
    files.push(root.join("i18n/en-US/wecom-hw.ftl"));
    let mut unknown = Vec::new();
    let mut seen = vec![0usize; SITES.len()];
    for f in &files {
        let rel = match f.strip_prefix(root.join("src")) {
            Ok(r) => r.display().to_string(),
            Err(_) => f.strip_prefix(root).unwrap().display().to_string(),
        };
        for (n, line) in std::fs::read_to_string(f).unwrap().lines().enumerate() {
            let t = line.trim_start();
            // The book's generated pages (`docs-…` messages) name commands as prose, not
            // as hints after an error.
            if t.starts_with("//")
                || t.starts_with('#')
                || t.starts_with("docs-")
                || !t.contains("`wecom-hw")
            {
                continue;
            }
            match SITES
                .iter()
                .position(|(file, needle, _)| rel == *file && t.contains(needle))
            {
                Some(i) => seen[i] += 1,
                None => unknown.push(format!("src/{rel}:{}: {}", n + 1, t)),
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "hints naming a `wecom-hw …` command without a case in tests/hints_run.rs \
         (add one that provokes the error and runs the command, and a SITES row):\n{}",
        unknown.join("\n")
    );
    for (i, (file, needle, case)) in SITES.iter().enumerate() {
        assert_eq!(
            seen[i], 1,
            "SITES row {file} {needle:?} matches {} lines",
            seen[i]
        );
        assert!(
            me.contains(&format!("fn {case}()")),
            "SITES names a case `{case}` that is not a test here"
        );
    }
}

#[test]
fn cloud_admin_without_an_emulator() {
    let env = Env::new();
    let dir = env.s("no cloud here");
    let cmds = env.provoke(&["cloud", "--state-dir", &dir, "status"], 7);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    assert!(
        cmds[0].contains(&format!("--state-dir '{dir}' serve")),
        "{cmds:?}"
    );
    env.run_hint_server(&cmds[0]);
}

#[test]
fn connect_600011_names_the_sign_command_that_shows_what_was_sent() {
    let cloud = Cloud::start(&[]);
    let env = Env::new();
    let wrong = env.write("keys/wrong secret", "0123456789abcdef0123456789abcdef\n");
    let base = |sn: &str| {
        vec![
            "connect".to_owned(),
            "--sn".into(),
            sn.into(),
            "--endpoint".into(),
            cloud.url.clone(),
            "--ca-file".into(),
            cloud.ca_file().display().to_string(),
            "--until".into(),
            "registered".into(),
            "--timeout".into(),
            "20s".into(),
        ]
    };
    // A SecretNo from a file (a path that needs quoting).
    let mut args = base(SN);
    args.extend(["--secret-file".into(), wrong.display().to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let cmds = env.provoke(&args, 8);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    assert!(cmds[0].starts_with(&format!("wecom-hw sign register --sn {SN} --timestamp ")));
    assert!(
        cmds[0].contains(&format!("--secret-file '{}'", wrong.display())),
        "{cmds:?}"
    );
    let shown = env.run_hint(&cmds[0], true);
    assert!(shown.contains("canonical"), "{shown}");

    // A seed exchange refused: the seed's own command.
    let mut args = base(SEED_SN);
    args.extend([
        "--seed".into(),
        "--secret-file".into(),
        wrong.display().to_string(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let cmds = env.provoke(&args, 8);
    assert!(
        cmds[0].starts_with(&format!("wecom-hw sign secret-no --sn {SEED_SN} ")),
        "{cmds:?}"
    );
    env.run_hint(&cmds[0], true);

    // The SecretNo from the device store: the command reads the same store.
    let csv = env.write("other.csv", &format!("sn,secret_no\n{SN},{OTHER_SECRET}\n"));
    let store = env.s("units.db");
    assert!(
        env.run(&["--store", &store, "import", csv.to_str().unwrap()])
            .status
            .success()
    );
    let mut args = vec!["--store".to_owned(), store.clone()];
    args.extend(base(SN));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let cmds = env.provoke(&args, 8);
    assert!(
        cmds[0].starts_with(&format!(
            "wecom-hw --store {store} sign register --sn {SN} "
        )),
        "{cmds:?}"
    );
    env.run_hint(&cmds[0], true);
}

#[test]
fn connect_without_a_secret() {
    let env = Env::new();
    let cmds = env.provoke(
        &["connect", "--sn", SN, "--endpoint", "wss://127.0.0.1:1/"],
        3,
    );
    assert_eq!(cmds, ["wecom-hw import --help"]);
    env.run_hint(&cmds[0], true);
}

#[test]
fn sign_without_a_secret() {
    let env = Env::new();
    let cmds = env.provoke(&["sign", "bind", "--sn", SN], 3);
    assert_eq!(cmds, ["wecom-hw import --help"]);
    env.run_hint(&cmds[0], true);
}

#[test]
fn qr_static_of_an_empty_batch() {
    let env = Env::new();
    let store = env.store_with_unit();
    let cmds = env.provoke(
        &[
            "--store",
            &store,
            "qr",
            "static",
            "--from-store",
            "--batch",
            "99",
            "-o",
            "l.pdf",
        ],
        3,
    );
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    let out = env.run_hint(&cmds[0], true);
    assert!(out.contains('1'), "{out}");
}

#[test]
fn devices_show_of_an_unknown_sn() {
    let env = Env::new();
    let store = env.store_with_unit();
    let cmds = env.provoke(&["--store", &store, "devices", "show", "E39999999999"], 3);
    assert_eq!(cmds.len(), 2, "{cmds:?}");
    let listed = env.run_hint(&cmds[0], true);
    assert!(
        listed.contains(SN),
        "the hint lists the same store: {listed}"
    );
    env.run_hint(&cmds[1], true);
}

#[test]
fn ble_device_not_in_range() {
    let env = Env::new();
    let cmds = env.provoke(
        &[
            "ble",
            "--backend",
            "sim",
            "status",
            "--address",
            "00:11:22:33:44:55",
            "--signer",
            "none",
        ],
        7,
    );
    assert_eq!(cmds, ["wecom-hw ble --backend sim scan"]);
    let seen = env.run_hint(&cmds[0], true);
    assert!(seen.contains("11:22:33:44:55:66"), "{seen}");
}

#[test]
fn sign_verify_with_the_wrong_secret() {
    let env = Env::new();
    let right = env.write("right.secret", &format!("{SECRET_NO}\n"));
    let wrong = env.write("wrong one.secret", &format!("{OTHER_SECRET}\n"));
    for scene in [&["bind"][..], &["login", "--state", "door 1"][..]] {
        let mut args = vec!["sign"];
        args.extend_from_slice(scene);
        args.extend([
            "--sn",
            SN,
            "--secret-file",
            right.to_str().unwrap(),
            "--url",
        ]);
        let o = env.run(&args);
        assert!(o.status.success(), "{}", text(&o.stderr));
        let url = text(&o.stdout).trim().to_owned();
        let cmds = env.provoke(
            &[
                "sign",
                "verify",
                &url,
                "--secret-file",
                wrong.to_str().unwrap(),
            ],
            4,
        );
        assert_eq!(cmds.len(), 1, "{cmds:?}");
        assert!(cmds[0].contains("--secret-file '"), "{cmds:?}");
        let shown = env.run_hint(&cmds[0], true);
        assert!(shown.contains("canonical"), "{shown}");
    }
}

#[test]
fn store_info_without_a_store() {
    let env = Env::new();
    let store = env.s("new.db");
    let cmds = env.provoke(&["--store", &store, "store", "info"], 3);
    assert_eq!(cmds.len(), 2, "{cmds:?}");
    env.run_hint(&cmds[0], true);
    assert!(
        env.path("new.db").exists(),
        "the hint created the store it named"
    );
    env.run_hint(&cmds[1], true);
}

#[test]
fn qr_static_of_a_dynamic_url() {
    let env = Env::new();
    let store = env.store_with_unit();
    for scene in [&["bind"][..], &["login", "--state", "door 1"][..]] {
        let mut args = vec!["--store", store.as_str(), "sign"];
        args.extend_from_slice(scene);
        args.extend(["--sn", SN, "--url"]);
        let o = env.run(&args);
        assert!(o.status.success(), "{}", text(&o.stderr));
        let url = text(&o.stdout).trim().to_owned();
        let cmds = env.provoke(
            &[
                "--store", &store, "qr", "static", "--url", &url, "-o", "l.png",
            ],
            3,
        );
        assert_eq!(cmds.len(), 1, "{cmds:?}");
        env.run_hint(&cmds[0], true);
    }
}

#[test]
fn qr_static_of_other_text() {
    let env = Env::new();
    let cmds = env.provoke(
        &[
            "qr",
            "static",
            "--url",
            "https://example.com/a b?x=1&y=2",
            "-o",
            "label.png",
        ],
        3,
    );
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    env.run_hint(&cmds[0], true);
    assert!(env.path("label.png").exists());
}

#[test]
fn cloud_serve_of_a_bad_export() {
    let env = Env::new();
    let bad = env.write("my exports/bad.csv", "sn,secret_no\nE3 not an sn,zz\n");
    let cmds = env.provoke(
        &[
            "cloud",
            "--state-dir",
            &env.s("cloud"),
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--export",
            bad.to_str().unwrap(),
        ],
        3,
    );
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    // The export has errors: the dry run lists them and exits 3, as `import` does.
    env.run_hint(&cmds[0], false);
}

#[test]
fn cloud_serve_from_a_missing_store() {
    let env = Env::new();
    let cmds = env.provoke(
        &[
            "--store",
            &env.s("none.db"),
            "cloud",
            "--state-dir",
            &env.s("cloud"),
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--from-store",
        ],
        3,
    );
    assert_eq!(cmds, ["wecom-hw import --help"]);
    env.run_hint(&cmds[0], true);
}

/// `doctor` shows its hints as a checklist's "fix:" lines and `--json` objects' `hint`, not
/// as an error's `hint:` line: read the JSON one.
#[test]
fn doctor_without_a_store() {
    let env = Env::new();
    let o = env.run(&[
        "--json",
        "--store",
        &env.s("none.db"),
        "doctor",
        "--only",
        "store",
    ]);
    let hints: Vec<String> = text(&o.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|v| v["name"] == "store.file")
        .filter_map(|v| v["hint"].as_str().map(str::to_owned))
        .collect();
    let cmds = commands_in(&hints);
    assert_eq!(cmds, ["wecom-hw import --help"], "{}", text(&o.stdout));
    env.run_hint(&cmds[0], true);
}

#[test]
fn ble_provision_of_an_sn_not_in_the_store() {
    let env = Env::new();
    let store = env.store_named("units.db");
    let wifi = env.write("wifi.txt", "password1\n");
    let cmds = env.provoke(
        &[
            "--store",
            &store,
            "ble",
            "--backend",
            "sim",
            "provision",
            "--sn",
            "E39999999999",
            "--ssid",
            "Office",
            "--password-file",
            wifi.to_str().unwrap(),
        ],
        3,
    );
    assert_eq!(cmds, ["wecom-hw import --help"]);
    env.run_hint(&cmds[0], true);
}

#[test]
fn line_next_with_nothing_left() {
    let env = Env::new();
    let store = env.s("empty.db");
    assert!(
        env.run(&["--store", &store, "store", "migrate"])
            .status
            .success()
    );
    let cmds = env.provoke(
        &[
            "--store", &store, "line", "next", "--out", "u.json", "--emit", "json",
        ],
        3,
    );
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    env.run_hint(&cmds[0], true);
}

#[test]
fn line_next_when_the_flasher_fails() {
    let env = Env::new();
    // The first run marks the unit failed, so each mode gets a store of its own.
    let human = env.store_named("human.db");
    let json = env.store_named("json.db");
    let next = |store: &str, json: bool| {
        let mut args = vec![];
        if json {
            args.push("--json");
        }
        args.extend([
            "--store", store, "line", "next", "--out", "u.bin", "--emit", "bin", "--flash", "false",
        ]);
        let o = env.run(&args);
        assert_eq!(o.status.code(), Some(7), "{}", text(&o.stderr));
        let mut hints = hint_lines(&text(&o.stderr));
        hints.extend(
            text(&o.stdout)
                .lines()
                .filter_map(|l| serde_json::from_str::<Value>(l).ok())
                .filter_map(|v| v["hint"].as_str().map(str::to_owned)),
        );
        commands_in(&hints)
    };
    let cmds = next(&human, false);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    assert_eq!(next(&json, true), [cmds[0].replace(&human, &json)]);
    let status = env.run_hint(&cmds[0], true);
    assert!(
        status.contains("failed"),
        "the hint shows the same store: {status}"
    );
}

#[test]
fn import_conflict() {
    let env = Env::new();
    let store = env.store_with_unit();
    let other = env.write("other.csv", &format!("sn,secret_no\n{SN},{OTHER_SECRET}\n"));
    let cmds = env.provoke(&["--store", &store, "import", other.to_str().unwrap()], 6);
    assert_eq!(cmds.len(), 1, "{cmds:?}");
    let shown = env.run_hint(&cmds[0], true);
    assert!(shown.contains(SN), "{shown}");
}

/// The runner itself: a hint naming a command that is a usage error fails the check.
#[test]
fn a_hint_that_does_not_run_is_caught() {
    let env = Env::new();
    let cmds = commands_in(&["`wecom-hw sign --explain` shows it".to_owned()]);
    assert_eq!(cmds, ["wecom-hw sign --explain"]);
    let caught = std::panic::catch_unwind(|| env.run_hint(&cmds[0], false));
    assert!(
        caught.is_err(),
        "`wecom-hw sign --explain` is a usage error"
    );
}
