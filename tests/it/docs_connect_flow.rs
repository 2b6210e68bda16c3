//! The walk-through "cloud, device and admin in three terminals" of the technician's
//! `connect` pages (English and Chinese) starts a server, so it cannot be a `trycmd`
//! transcript. This test runs the pages' own commands — their ```` ```sh ```` blocks: the
//! set-up, terminal 1 (`cloud serve`), terminal 2 (`connect`), terminal 3 (the admin's
//! `cloud` commands) — with `sh`, in the page's language, and checks that every line of
//! the pages' ```` ```text ```` blocks is printed by one of them (`[..]` stands for any
//! text; `...` and the `^C` a terminal echoes are not output). The failure prints what was
//! printed: paste it into the page when the output changed on purpose.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The pages and the locale each runs in.
const PAGES: &[(&str, &str)] = &[
    ("docs/en/src/technician/connect.md", "C"),
    ("docs/zh-CN/src/technician/connect.md", "zh_CN.UTF-8"),
];
/// The port the pages show; the test's cloud listens on one the OS picks.
const SHOWN_PORT: &str = "8443";

/// The page's fenced blocks of one language, each as its text.
fn blocks(page: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in super::support::docs::read(page).lines() {
        if let Some(info) = line.strip_prefix("```") {
            current = match current.take() {
                Some(text) => {
                    out.push(text);
                    None
                }
                None if info == lang => Some(String::new()),
                None => {
                    // A block of another language: skip it whole.
                    current = Some(String::from("\u{0}"));
                    continue;
                }
            };
            continue;
        }
        if let Some(text) = current.as_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    out.retain(|b| !b.starts_with('\u{0}'));
    out
}

/// `text` matches `pattern`, where `[..]` in the pattern stands for any text.
fn matches(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || !text[first.len()..].ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for part in &parts[1..parts.len() - 1] {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    true
}

/// A terminal: `sh` running one of the page's blocks in `dir`, output to a file. The last
/// command is `exec`ed, so that SIGINT reaches wecom-hw as Ctrl-C would.
struct Terminal {
    child: Child,
    out: PathBuf,
}

impl Terminal {
    fn start(script: &str, dir: &Path, locale: &str, name: &str) -> Terminal {
        // One line per command: `\` continuations joined.
        let script = script.replace("\\\n", " ");
        let mut lines: Vec<&str> = script.lines().collect();
        let last = lines.pop().unwrap_or_default();
        let script = format!("{}\nexec {last}", lines.join("\n"));
        let out = dir.join(format!("{name}.out"));
        let file = std::fs::File::create(&out).unwrap();
        let child = shell(&script, dir, locale)
            .stdout(Stdio::from(file.try_clone().unwrap()))
            .stderr(Stdio::from(file))
            .spawn()
            .unwrap();
        Terminal { child, out }
    }

    fn printed(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }

    /// Waits until the output contains `what` (bounded).
    fn wait_for(&self, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.printed().contains(what) {
            assert!(
                Instant::now() < deadline,
                "waited for {what:?}; printed:\n{}",
                self.printed()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the output has not changed for half a second (bounded).
    fn settle(&self) {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut last = self.printed();
        let mut since = Instant::now();
        while since.elapsed() < Duration::from_millis(500) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
            let now = self.printed();
            if now != last {
                last = now;
                since = Instant::now();
            }
        }
    }

    /// Ctrl-C, and waits for the exit (bounded).
    fn interrupt(mut self) -> String {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(15);
        while self.child.try_wait().unwrap().is_none() {
            if Instant::now() > deadline {
                let _ = self.child.kill();
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.wait();
        self.printed()
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `sh -c SCRIPT` with the built wecom-hw first on the PATH and the page's language.
fn shell(script: &str, dir: &Path, locale: &str) -> Command {
    let bin = Path::new(env!("CARGO_BIN_EXE_wecom-hw")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("sh");
    cmd.args(["-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .env("LANG", locale)
        .env("NO_COLOR", "1")
        .env("WECOM_HW_STORE", super::support::no_store());
    for var in [
        "WECOM_HW_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "WECOM_HW_SECRET_NO",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

fn run_page(page: &str, locale: &str) {
    let sh = blocks(page, "sh");
    let find = |what: &str| -> String {
        sh.iter()
            .find(|b| b.contains(what))
            .unwrap_or_else(|| panic!("{page} has no sh block with {what:?}"))
            .clone()
    };
    let setup = find("umask 077");
    let cloud = find("cloud serve");
    let device = find("wecom-hw connect");
    let admin = sh
        .iter()
        .find(|b| b.contains("wecom-hw cloud ") && !b.contains("cloud serve"))
        .unwrap_or_else(|| panic!("{page} has no admin block"))
        .clone();
    let shown: Vec<String> = blocks(page, "text")
        .iter()
        .flat_map(|b| b.lines().map(str::to_owned).collect::<Vec<_>>())
        .filter(|l| l != "..." && l != "^C" && !l.trim().is_empty())
        .collect();
    assert!(shown.len() >= 5, "{page}: only {} lines shown", shown.len());

    let dir = tempfile::tempdir().unwrap();
    let examples = dir.path().join("examples");
    std::fs::create_dir(&examples).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/secret.txt"),
        examples.join("secret.txt"),
    )
    .unwrap();
    let status = shell(&setup, dir.path(), locale).status().unwrap();
    assert!(status.success(), "{page}: the set-up block failed");

    // Terminal 1, on a port of the OS's choosing.
    let listen = format!("127.0.0.1:{SHOWN_PORT}");
    let cloud = Terminal::start(
        &cloud.replace(&listen, "127.0.0.1:0"),
        dir.path(),
        locale,
        "cloud",
    );
    cloud.wait_for("listening url=wss://127.0.0.1:");
    let port: String = cloud
        .printed()
        .split("listening url=wss://127.0.0.1:")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    // Terminal 2: the device, until it waits for an admin.
    let device = Terminal::start(
        &device.replace(
            &format!("127.0.0.1:{SHOWN_PORT}"),
            &format!("127.0.0.1:{port}"),
        ),
        dir.path(),
        locale,
        "device",
    );
    device.wait_for("600004");
    // Terminal 3: one command at a time, each once the device has reacted to the last.
    let mut admin_out = String::new();
    let exports: Vec<&str> = admin.lines().filter(|l| l.starts_with("export ")).collect();
    for line in admin.lines().filter(|l| l.starts_with("wecom-hw ")) {
        let script = format!("{}\n{line}", exports.join("\n"));
        let out = shell(&script, dir.path(), locale).output().unwrap();
        assert!(out.status.success(), "{page}: `{line}` failed: {out:?}");
        admin_out.push_str(&String::from_utf8_lossy(&out.stdout));
        admin_out.push_str(&String::from_utf8_lossy(&out.stderr));
        device.settle();
    }
    let device_out = device.interrupt();
    let cloud_out = cloud.interrupt();
    let printed = format!("{cloud_out}\n{device_out}\n{admin_out}").replace(
        &format!("127.0.0.1:{port}"),
        &format!("127.0.0.1:{SHOWN_PORT}"),
    );
    let missing: Vec<&String> = shown
        .iter()
        .filter(|l| !printed.lines().any(|p| matches(l, p)))
        .collect();
    assert!(
        missing.is_empty(),
        "{page} shows lines nothing printed: {missing:#?}\nprinted:\n{printed}"
    );
}

#[test]
fn the_connect_pages_walk_through_prints_what_they_show() {
    for (page, locale) in PAGES {
        run_page(page, locale);
    }
}

#[test]
fn the_wildcard_stands_for_any_text() {
    assert!(matches(
        "conn 1 opened from 127.0.0.1:[..]",
        "conn 1 opened from 127.0.0.1:4242"
    ));
    assert!(matches("a [..] b [..] c", "a x b y c"));
    assert!(!matches("a [..] b", "a x c"));
    assert!(matches("same", "same") && !matches("same", "other"));
}
