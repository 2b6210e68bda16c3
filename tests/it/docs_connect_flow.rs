//! The walk-through "cloud, device and admin in three terminals" of the technician's
//! `connect` pages (English and Chinese) starts a server, so it cannot be a `trycmd`
//! transcript. This test runs the pages' own commands — their ```` ```sh ```` blocks: the
//! set-up, terminal 1 (`cloud serve`), terminal 2 (`connect`), terminal 3 (the admin's
//! `cloud` commands) — with `sh`, in the page's language, and checks that every line of
//! the pages' ```` ```text ```` blocks is printed by one of them (`[..]` stands for any
//! text; `...` and the `^C` a terminal echoes are not output). The failure prints what was
//! printed: paste it into the page when the output changed on purpose.

use super::support::docs::{self, Terminal, matches};
use std::path::Path;
use std::process::Command;

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

/// `sh -c SCRIPT` in the page's language, with no device store of the tester's.
fn shell(script: &str, dir: &Path, locale: &str) -> Command {
    let mut cmd = docs::shell(script, dir, locale);
    cmd.env("WECOM_HW_STORE", super::support::no_store());
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
    let cloud_script = docs::exec_last(&cloud.replace(&listen, "127.0.0.1:0"));
    let cloud = Terminal::spawn(
        shell(&cloud_script, dir.path(), locale),
        dir.path(),
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
    let device_script = device.replace(
        &format!("127.0.0.1:{SHOWN_PORT}"),
        &format!("127.0.0.1:{port}"),
    );
    let device_script = docs::exec_last(&device_script);
    let device = Terminal::spawn(
        shell(&device_script, dir.path(), locale),
        dir.path(),
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
