//! The ```` ```console,ignore ```` blocks of the books: transcripts that `trycmd` cannot run
//! because they need a server beside them (the cloud emulator, a device connected to it,
//! the console, a vendor's signing service, a station reading stdin). Each flow here starts
//! what the page's reader has running on loopback (or a stand-in for it),
//! runs the block's own `$ ` lines with `sh` in the page's language, in a temporary
//! directory, and compares what they print with the lines below them, as `trycmd` does:
//! `[..]` (and an elided token such as `4f1c…e9`) stands for any part of a line, `...` for any
//! lines. What the test had to change is put back before comparing: the port the OS gave
//! instead of the one shown, the temporary home shown as `~`.
//!
//! `$ cat FILE` shows a file the reader has: the flow writes it from the lines shown
//! (mode 0600, or 0700 for a `#!` script; with the test's ports) before running. A command that serves until Ctrl-C (`cloud serve`,
//! `console`) runs in a terminal of its own: its lines are what it printed when the block's
//! last command has finished.
//!
//! When the output changed on purpose, the failure prints what was printed: paste it into
//! the page, keeping the wildcards. `CLAIMED` lists the blocks run here (the
//! `docs_transcripts` count of untested blocks leaves them out) and `EXEMPT` the few that
//! cannot run in a test, each with its reason.

use super::support::docs::{self, Terminal, matches};
use std::collections::BTreeMap;
use std::path::Path;

/// Blocks run by the flows below: the page and the start of the block's first `$ ` line.
pub const CLAIMED: &[(&str, &str)] = &[
    (
        "docs/en/src/technician/connect.md",
        "$ wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json",
    ),
    (
        "docs/en/src/technician/connect.md",
        "$ wecom-hw --json connect",
    ),
    (
        "docs/en/src/technician/connect.md",
        "$ wecom-hw connect --sn E30000000001 --secret-file sn.secret --endpoint wss://127.0.0.1:8444/",
    ),
    (
        "docs/zh-CN/src/technician/connect.md",
        "$ wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json",
    ),
    (
        "docs/zh-CN/src/technician/connect.md",
        "$ wecom-hw --json connect",
    ),
    (
        "docs/zh-CN/src/technician/connect.md",
        "$ wecom-hw connect --sn E30000000001 --secret-file sn.secret --endpoint wss://127.0.0.1:8444/",
    ),
    ("docs/en/src/line/store.md", "$ wecom-hw import examples/"),
    (
        "docs/zh-CN/src/line/store.md",
        "$ wecom-hw import examples/",
    ),
    ("docs/en/src/ci/emulator.md", "$ cat devices.csv"),
    ("docs/zh-CN/src/ci/emulator.md", "$ cat devices.csv"),
    ("docs/en/src/ci/emulator.md", "$ wecom-hw cloud bind"),
    ("docs/zh-CN/src/ci/emulator.md", "$ wecom-hw cloud bind"),
    ("docs/en/src/ci/emulator.md", "$ wecom-hw --json cloud"),
    ("docs/zh-CN/src/ci/emulator.md", "$ wecom-hw --json cloud"),
    ("docs/en/src/line/console.md", "$ wecom-hw console"),
    ("docs/zh-CN/src/line/console.md", "$ wecom-hw console"),
    (
        "docs/en/src/line/postgresql.md",
        "$ wecom-hw --store postgres://line@127.0.0.1:5433/wecom devices list",
    ),
    (
        "docs/zh-CN/src/line/postgresql.md",
        "$ wecom-hw --store postgres://line@127.0.0.1:5433/wecom devices list",
    ),
    ("docs/en/src/line/station.md", "$ cat station.toml"),
    ("docs/en/src/technician/ble.md", "$ cat vendor-sign"),
    ("docs/zh-CN/src/technician/ble.md", "$ cat vendor-sign"),
    ("docs/zh-CN/src/line/station.md", "$ cat station.toml"),
];

/// Blocks that cannot run in `cargo test`, and why.
pub const EXEMPT: &[(&str, &str, &str)] = &[
    (
        "docs/en/src/ci/emulator.md",
        "$ benches/cloud_conns.sh",
        "a benchmark's measured result (5,000 connections for 20 s on a release build); \
         performance is measured by the committed script, never in a test",
    ),
    (
        "docs/zh-CN/src/ci/emulator.md",
        "$ benches/cloud_conns.sh",
        "the same benchmark result as the English page's",
    ),
    (
        "docs/en/src/line/postgresql.md",
        "SQLite, 1 station:",
        "a benchmark's measured result (benches/line_pg.sh), not a command to run",
    ),
    (
        "docs/en/src/line/postgresql.md",
        "$ eval \"$(bash .ci/postgres start)\"",
        "how to run the test suite itself (`cargo test` inside `cargo test`)",
    ),
    (
        "docs/en/src/technician/doctor.md",
        "$ wecom-hw --store data/devices.db doctor",
        "a whole machine's checklist (free disk, the count of system roots, a printer out of \
         paper, a clock 45 s off); the doctor page is being rewritten by its own issue, whose \
         tests run each check",
    ),
    (
        "docs/en/src/line/postgresql.md",
        "$ wecom-hw --store \"$PG?sslmode=verify-full",
        "needs the TLS test cluster that the fault tests stop and restart; \
         store_pg::sslmode_verify_full_checks_the_servers_certificate runs the same commands",
    ),
    (
        "docs/en/src/line/postgresql.md",
        "$ wecom-hw --store station.db import registration-export.csv",
        "the copy's table digests shown hash ledger times, which differ on every run (the page \
         belongs to the PostgreSQL issue now; tests/it/store_copy*.rs check the copy)",
    ),
    (
        "docs/zh-CN/src/line/postgresql.md",
        "SQLite, 1 station:",
        "the same benchmark result as the English page's (benches/line_pg.sh prints it in \
         English)",
    ),
    (
        "docs/zh-CN/src/line/postgresql.md",
        "$ eval \"$(bash .ci/postgres start)\"",
        "the same test-suite run as the English page's (`cargo test` inside `cargo test`)",
    ),
    (
        "docs/zh-CN/src/line/postgresql.md",
        "$ wecom-hw --store \"$PG?sslmode=verify-full",
        "the same TLS test cluster as the English page's, which the fault tests stop and \
         restart; store_pg::sslmode_verify_full_checks_the_servers_certificate runs the same \
         commands",
    ),
    (
        "docs/zh-CN/src/line/postgresql.md",
        "$ wecom-hw --store station.db import registration-export.csv",
        "the same copy as the English page's: its table digests hash ledger times, which \
         differ on every run (tests/it/store_copy*.rs check the copy)",
    ),
    (
        "docs/en/src/line/console.md",
        "$ wecom-hw --store postgres://line@db.factory/wecom console --listen 0.0.0.0:8080",
        "the LAN set-up: a PostgreSQL host of the factory's and every interface (tests stay \
         on loopback); it prints what the `wecom-hw console` flow checks",
    ),
    (
        "docs/zh-CN/src/line/console.md",
        "$ wecom-hw --store postgres://line@db.factory/wecom console --listen 0.0.0.0:8080",
        "the same LAN set-up as the English page's",
    ),
];

/// A ```` ```console ```` block: its commands, each with the lines shown below it.
#[derive(Debug, Clone)]
pub struct Block {
    /// The line the block starts on (1-based, the fence).
    pub line: usize,
    /// The fence's info string (`console`, `console,ignore`).
    pub info: String,
    /// `(command, shown output lines)`, `\` continuations joined.
    pub steps: Vec<(String, Vec<String>)>,
    /// The block's text lines, for blocks that are not commands (a benchmark's result).
    pub first_line: String,
}

/// Every console block of `page`.
pub fn console_blocks(page: &str) -> Vec<Block> {
    let text = docs::read(page);
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    let mut pending_continuation = false;
    for (n, line) in text.lines().enumerate() {
        if let Some(info) = line.strip_prefix("```") {
            match current.take() {
                Some(b) => out.push(b),
                None if info.starts_with("console") => {
                    current = Some(Block {
                        line: n + 1,
                        info: info.to_owned(),
                        steps: Vec::new(),
                        first_line: String::new(),
                    });
                }
                None => {
                    // Another language's block: skip to its closing fence.
                    current = Some(Block {
                        line: 0,
                        info: String::new(),
                        steps: Vec::new(),
                        first_line: String::new(),
                    });
                }
            }
            continue;
        }
        let Some(b) = current.as_mut() else { continue };
        if b.first_line.is_empty() {
            b.first_line = line.to_owned();
        }
        if pending_continuation {
            let (cmd, _) = b.steps.last_mut().unwrap();
            cmd.push(' ');
            cmd.push_str(line.trim_start().trim_end_matches('\\').trim_end());
            pending_continuation = line.ends_with('\\');
        } else if let Some(cmd) = line.strip_prefix("$ ") {
            b.steps
                .push((cmd.trim_end_matches('\\').trim_end().to_owned(), Vec::new()));
            pending_continuation = line.ends_with('\\');
        } else if let Some((_, shown)) = b.steps.last_mut() {
            shown.push(line.to_owned());
        }
    }
    out.retain(|b| b.line != 0);
    out
}

/// The block of `page` whose first line starts with `first`.
fn block(page: &str, first: &str) -> Block {
    console_blocks(page)
        .into_iter()
        .find(|b| b.first_line.starts_with(first))
        .unwrap_or_else(|| panic!("{page} has no console block starting {first:?}"))
}

/// `shown` (lines with `[..]`, `…` and `...` lines) matches `printed`.
fn lines_match(shown: &[String], printed: &[&str]) -> bool {
    let Some((first, rest)) = shown.split_first() else {
        return printed.is_empty();
    };
    if first == "..." {
        return (0..=printed.len()).any(|skip| lines_match(rest, &printed[skip..]));
    }
    let Some((line, printed_rest)) = printed.split_first() else {
        return false;
    };
    matches(&elide(first), line) && lines_match(rest, printed_rest)
}

/// `line` with each elided token (`4f1c…e9`: the letters and digits around a `…`) made a
/// `[..]` wildcard.
fn elide(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(i) = rest.find('…') {
        let before = rest[..i].trim_end_matches(|c: char| c.is_ascii_alphanumeric());
        let after =
            rest[i + '…'.len_utf8()..].trim_start_matches(|c: char| c.is_ascii_alphanumeric());
        out.push_str(before);
        out.push_str("[..]");
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Trailing blank lines dropped, trailing spaces of each line too.
fn tidy(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = lines.iter().map(|l| l.trim_end().to_owned()).collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out
}

/// A free port on 127.0.0.1 (the OS's choice; the listener is closed again at once).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The reader's shell: a temporary directory (also `$HOME`), the page's language, the
/// variables the page exported, servers running beside it.
struct Session {
    page: String,
    locale: String,
    dir: tempfile::TempDir,
    env: BTreeMap<String, String>,
    /// `(shown, actual)`: replaced in commands, and back in what they print.
    subst: Vec<(String, String)>,
    servers: Vec<Terminal>,
    last_status: i32,
    failures: Vec<String>,
    transcript: String,
}

impl Session {
    fn new(page: &str, locale: &str) -> Session {
        let dir = tempfile::tempdir().unwrap();
        let home = dir.path().to_string_lossy().into_owned();
        let mut s = Session {
            page: page.to_owned(),
            locale: locale.to_owned(),
            env: BTreeMap::new(),
            subst: vec![("~".to_owned(), home.clone())],
            dir,
            servers: Vec::new(),
            last_status: 0,
            failures: Vec::new(),
            transcript: String::new(),
        };
        s.env.insert("HOME".into(), home);
        s.env.insert("WECOM_HW_STATION".into(), "line-1".into());
        std::fs::create_dir(s.path().join("examples")).unwrap();
        for f in ["secret.txt", "registration-export.csv"] {
            std::fs::copy(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("examples")
                    .join(f),
                s.path().join("examples").join(f),
            )
            .unwrap();
        }
        s
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn subst(&mut self, shown: &str, actual: &str) {
        self.subst.push((shown.to_owned(), actual.to_owned()));
    }

    /// The command as it runs here.
    fn actual(&self, cmd: &str) -> String {
        let mut cmd = cmd.to_owned();
        for (shown, actual) in &self.subst {
            if shown == "~" {
                cmd = cmd.replace("~/", &format!("{actual}/"));
            } else {
                cmd = cmd.replace(shown, actual);
            }
        }
        cmd
    }

    /// What it printed as the page shows it: the test's ports and paths put back.
    fn shown(&self, printed: &str) -> Vec<String> {
        let mut subst = self.subst.clone();
        // Longest first, so a path is replaced before a prefix of it.
        subst.sort_by_key(|(_, actual)| std::cmp::Reverse(actual.len()));
        let mut text = printed.to_owned();
        for (shown, actual) in &subst {
            text = text.replace(actual, shown);
        }
        text.lines().map(str::to_owned).collect()
    }

    fn shell(&self, script: &str) -> std::process::Command {
        let mut cmd = docs::shell(script, self.path(), &self.locale);
        cmd.env_remove("XDG_DATA_HOME").env_remove("XDG_STATE_HOME");
        cmd.envs(&self.env);
        cmd
    }

    /// Runs a command of the test's own (not shown on the page); it must succeed.
    fn run_quietly(&self, cmd: &str) -> String {
        let out = self
            .shell(&format!("{} 2>&1", self.actual(cmd)))
            .output()
            .unwrap();
        let printed = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{}: set-up command `{cmd}` failed:\n{printed}",
            self.page
        );
        printed
    }

    /// Starts a server of the test's own (or the page's) in the background.
    fn serve(&mut self, cmd: &str, name: &str, stderr: bool) -> usize {
        let mut script = docs::exec_last(&self.actual(cmd));
        if !stderr {
            script.push_str(" 2>/dev/null");
        }
        let t = Terminal::spawn(self.shell(&script), self.path(), name);
        self.servers.push(t);
        self.servers.len() - 1
    }

    /// Starts `cloud serve` (the command as the test gives it, on `127.0.0.1:0`) and
    /// returns its port.
    fn cloud(&mut self, cmd: &str, name: &str) -> u16 {
        let i = self.serve(cmd, name, true);
        let t = &self.servers[i];
        t.wait_for("url=wss://127.0.0.1:");
        t.printed()
            .split("url=wss://127.0.0.1:")
            .nth(1)
            .unwrap()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap()
    }

    /// Runs `block`'s commands, calling `after(session, i)` after the i-th.
    fn run(&mut self, block: &Block, mut after: impl FnMut(&mut Session, usize)) {
        let mut background: Vec<(usize, Vec<String>, String)> = Vec::new();
        for (i, (cmd, shown)) in block.steps.iter().enumerate() {
            let shown = tidy(shown);
            let printed: Option<String> = if cmd == "echo $?" {
                Some(format!("{}\n", self.last_status))
            } else if let Some(assign) = cmd.strip_prefix("export ") {
                let (k, v) = assign.split_once('=').unwrap();
                let v = self.actual(v.trim_matches('"'));
                self.env.insert(k.to_owned(), v);
                Some(String::new())
            } else if let Some(file) = cmd.strip_prefix("cat ") {
                let path = self.path().join(file);
                if !path.exists() {
                    let text = self.actual(&(shown.join("\n") + "\n"));
                    std::fs::write(&path, &text).unwrap();
                    // Private, as a file of secrets is; a script the page runs may run.
                    let mode = if text.starts_with("#!") { 0o700 } else { 0o600 };
                    use std::os::unix::fs::PermissionsExt;
                    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
                }
                Some(std::fs::read_to_string(&path).unwrap())
            } else if cmd.contains("cloud serve")
                || cmd.contains(" serve --")
                || cmd.ends_with(" console")
                || cmd.contains(" console --")
            {
                // A console shows its URL on stdout, its advice on stderr; the page shows
                // the URL.
                let stderr = !cmd.contains("console");
                let t = self.serve(cmd, &format!("server-{i}"), stderr);
                self.servers[t].wait_for("\n");
                self.servers[t].settle();
                background.push((t, shown.clone(), cmd.clone()));
                None
            } else {
                let out = self
                    .shell(&format!("{} 2>&1", self.actual(cmd)))
                    .output()
                    .unwrap();
                self.last_status = out.status.code().unwrap_or(-1);
                Some(String::from_utf8_lossy(&out.stdout).into_owned())
            };
            if let Some(printed) = printed {
                self.check(cmd, &shown, &printed);
            }
            after(self, i);
        }
        for (t, shown, cmd) in background {
            self.servers[t].settle();
            let printed = self.servers[t].printed();
            self.check(&cmd, &shown, &printed);
        }
    }

    fn check(&mut self, cmd: &str, shown: &[String], printed: &str) {
        let printed = tidy(&self.shown(printed));
        let refs: Vec<&str> = printed.iter().map(String::as_str).collect();
        self.transcript
            .push_str(&format!("$ {cmd}\n{}\n", printed.join("\n")));
        if !lines_match(shown, &refs) {
            self.failures.push(format!(
                "`$ {cmd}`\n  shown:\n{}\n  printed:\n{}",
                shown.join("\n"),
                printed.join("\n")
            ));
        }
    }

    /// Every line of `text` (a server's terminal, shown beside the commands) is a line of
    /// `printed`, as the connect flow checks its terminals.
    fn check_lines_printed(&mut self, printed: &str, text: &str) {
        let printed = self.shown(printed);
        let missing: Vec<&str> = text
            .lines()
            .filter(|l| *l != "..." && !l.trim().is_empty())
            .filter(|l| !printed.iter().any(|p| matches(l, p)))
            .collect();
        if !missing.is_empty() {
            self.failures.push(format!(
                "the server's terminal shows lines it did not print: {missing:#?}\nit printed:\n{}",
                printed.join("\n")
            ));
        }
    }

    fn finish(mut self) {
        for t in std::mem::take(&mut self.servers) {
            t.interrupt();
        }
        assert!(
            self.failures.is_empty(),
            "{} ({}): {} block(s) print something else:\n{}\n\nthe whole run, as printed:\n{}",
            self.page,
            self.locale,
            self.failures.len(),
            self.failures.join("\n\n"),
            self.transcript
        );
    }
}

fn locale_of(page: &str) -> &'static str {
    if page.starts_with("docs/zh-CN/") {
        "zh_CN.UTF-8"
    } else {
        "C"
    }
}

/// The technician's `connect` page after its walk-through: the device is bound to Acme
/// and `dev.json` holds its credentials; then one-shot calls, `--json --until`, and an
/// endpoint nobody listens on.
#[test]
fn connect_page_calls_json_and_unreachable_cloud() {
    for page in [
        "docs/en/src/technician/connect.md",
        "docs/zh-CN/src/technician/connect.md",
    ] {
        connect_page(page);
    }
}

fn connect_page(page: &str) {
    let mut s = Session::new(page, locale_of(page));
    s.run_quietly(
        "umask 077; printf 'sn,secret_no\\nE30000000001,%s\\n' \"$(cat examples/secret.txt)\" > devices.csv; cp examples/secret.txt sn.secret",
    );
    s.env
        .insert("WECOM_HW_CLOUD_DIR".into(), "cloud-state".into());
    let port = s.cloud(
        "wecom-hw cloud serve --listen 127.0.0.1:0 --devices devices.csv --auto-bind-after 0 --corp Acme",
        "cloud",
    );
    s.subst("127.0.0.1:8443", &format!("127.0.0.1:{port}"));
    s.run_quietly(
        "wecom-hw connect --sn E30000000001 --secret-file sn.secret --state-file dev.json --endpoint wss://127.0.0.1:8443/ --ca-file cloud-state/ca.pem --until subscribed",
    );
    let down = free_port();
    s.subst("127.0.0.1:8444", &format!("127.0.0.1:{down}"));
    for first in CLAIMED.iter().filter(|(p, _)| *p == page).map(|(_, f)| f) {
        let b = block(page, first);
        s.run(&b, |_, _| {});
    }
    s.finish();
}

/// The device store page: import into the default store, then `connect` by SN against an
/// emulator that knows the store's units and binds at the first poll.
#[test]
fn store_page_connect_from_the_store() {
    for page in ["docs/en/src/line/store.md", "docs/zh-CN/src/line/store.md"] {
        let mut s = Session::new(page, locale_of(page));
        let b = block(page, "$ wecom-hw import examples/");
        s.run(&b, |s, i| {
            if i == 0 {
                let port = s.cloud(
                    "wecom-hw --store ~/.local/share/wecom-hw/devices.db cloud --state-dir cloud serve --listen 127.0.0.1:0 --from-store --auto-bind-after 0",
                    "cloud",
                );
                s.subst("127.0.0.1:41937", &format!("127.0.0.1:{port}"));
            }
        });
        s.finish();
    }
}

/// The emulator page: start it from the CSVs shown, act as the admin while a device
/// connects, and the `--json` log of one device's login.
#[test]
fn emulator_page_start_admin_and_json_log() {
    for page in [
        "docs/en/src/ci/emulator.md",
        "docs/zh-CN/src/ci/emulator.md",
    ] {
        let mut s = Session::new(page, locale_of(page));
        s.env.insert("WECOM_HW_CLOUD_DIR".into(), "state".into());
        let port = free_port();
        s.subst("127.0.0.1:8443", &format!("127.0.0.1:{port}"));
        s.run(&block(page, "$ cat devices.csv"), |_, _| {});
        // The device of the admin's session: E30000000000 with the SecretNo of the CSV.
        s.run_quietly("umask 077; grep E30000000000 devices.csv | cut -d, -f2 > e0.secret");
        let mut device: Option<usize> = None;
        s.run(&block(page, "$ wecom-hw cloud bind"), |s, i| {
            if i == 0 {
                let d = s.serve(
                    "wecom-hw connect --sn E30000000000 --secret-file e0.secret --state-file e0.json --endpoint wss://127.0.0.1:8443/ --ca-file state/ca.pem",
                    "device",
                    true,
                );
                // Online once the emulator has answered its subscribe (both languages
                // log the command name).
                s.servers[0].wait_for("subscribe_corp");
                s.servers[d].settle();
                device = Some(d);
            }
        });
        // The device leaves, the emulator stops: its terminal, shown beside the admin's.
        let text = docs::read(page);
        let log = text
            .split("```text\n")
            .nth(1)
            .and_then(|t| t.split("```").next())
            .unwrap()
            .to_owned();
        let d = s.servers.remove(device.expect("the bind block ran"));
        d.interrupt();
        let cloud = s.servers.remove(0).interrupt();
        s.check_lines_printed(&cloud, &log);
        // A second emulator, with `--json`, and one device that logs in and leaves.
        s.run(&block(page, "$ wecom-hw --json cloud"), |s, i| {
            if i == 0 {
                let out = s.servers.last().unwrap().printed();
                let port: String = out
                    .split("wss://127.0.0.1:")
                    .nth(1)
                    .unwrap()
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                s.run_quietly(&format!(
                    "wecom-hw connect --sn E30000000000 --secret-file e0.secret --state-file e0-json.json --endpoint wss://127.0.0.1:{port}/ --ca-file state2/ca.pem --until subscribed"
                ));
            }
        });
        s.finish();
    }
}

/// The console page's first block: the console starts on loopback and prints its URL.
#[test]
fn console_page_prints_its_url() {
    for page in [
        "docs/en/src/line/console.md",
        "docs/zh-CN/src/line/console.md",
    ] {
        let mut s = Session::new(page, locale_of(page));
        s.run_quietly("wecom-hw --store devices.db import examples/registration-export.csv");
        s.env.insert("WECOM_HW_STORE".into(), "devices.db".into());
        let port = free_port();
        s.subst(
            "wecom-hw console",
            &format!("wecom-hw console --listen 127.0.0.1:{port}"),
        );
        s.subst("127.0.0.1:8080", &format!("127.0.0.1:{port}"));
        s.run(&block(page, "$ wecom-hw console"), |_, _| {});
        s.finish();
    }
}

/// A stand-in for the vendor's signing service: answers every POST with a signature and
/// keeps the requests it got.
fn signing_service() -> (u16, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { return };
            let mut reader = BufReader::new(conn.try_clone().unwrap());
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            log.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&body).into_owned());
            let answer = "vendor-signature";
            let _ = write!(
                conn,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
        }
    });
    (port, seen)
}

/// The Bluetooth page's vendor signer: the page's script asks the signing service (a
/// stand-in on loopback) and the simulator is provisioned with its signature.
#[test]
fn ble_page_vendor_signer() {
    for page in [
        "docs/en/src/technician/ble.md",
        "docs/zh-CN/src/technician/ble.md",
    ] {
        let (port, seen) = signing_service();
        let mut s = Session::new(page, locale_of(page));
        s.subst(
            "https://signer.example.internal/wecom-ble",
            &format!("http://127.0.0.1:{port}/wecom-ble"),
        );
        s.run(&block(page, "$ cat vendor-sign"), |_, _| {});
        let requests = seen.lock().unwrap().clone();
        assert!(
            requests.len() == 1 && requests[0].contains("\"sn\":\"SN0001\""),
            "{page}: the signing service got {requests:?}"
        );
        s.finish();
    }
}

/// The PostgreSQL page's unreachable server: nothing listens on the port shown (the test
/// takes a port nobody listens on, in place of 5433).
#[test]
fn postgresql_page_unreachable_server() {
    for page in [
        "docs/en/src/line/postgresql.md",
        "docs/zh-CN/src/line/postgresql.md",
    ] {
        let mut s = Session::new(page, locale_of(page));
        let port = free_port();
        s.subst("127.0.0.1:5433", &format!("127.0.0.1:{port}"));
        s.subst("-p 5433", &format!("-p {port}"));
        s.run(
            &block(
                page,
                "$ wecom-hw --store postgres://line@127.0.0.1:5433/wecom devices list",
            ),
            |_, _| {},
        );
        s.finish();
    }
}

/// The station page's try-out: a station with a stand-in flasher and a directory for a
/// printer takes two units in plain mode.
#[test]
fn station_page_runs_a_station_without_hardware() {
    for page in [
        "docs/en/src/line/station.md",
        "docs/zh-CN/src/line/station.md",
    ] {
        let mut s = Session::new(page, locale_of(page));
        s.run(&block(page, "$ cat station.toml"), |_, _| {});
        s.finish();
    }
}

#[test]
fn claims_and_exemptions_name_blocks_that_exist() {
    for (page, first) in CLAIMED {
        let b = block(page, first);
        assert!(
            b.info.starts_with("console"),
            "{page}:{} is not a console block",
            b.line
        );
    }
    for (page, first, why) in EXEMPT {
        let _ = block(page, first);
        assert!(why.len() > 20, "{page}: say why {first:?} cannot run");
    }
}

#[test]
fn lines_match_like_trycmd() {
    let v = |s: &[&str]| s.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    assert!(lines_match(&v(&["a", "...", "z"]), &["a", "b", "c", "z"]));
    assert!(lines_match(&v(&["a", "...", "z"]), &["a", "z"]));
    assert!(!lines_match(&v(&["a", "z"]), &["a", "b", "z"]));
    assert!(lines_match(&v(&["token=4f1c…e9"]), &["token=507a19"]));
    assert!(!lines_match(&v(&["token=4f1c…e9 x"]), &["token=507a19 y"]));
    assert!(!lines_match(&v(&["x [..] y"]), &["x q z"]));
}
