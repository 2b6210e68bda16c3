//! The technician's walk-through "connect against the emulator until bound" starts a
//! server, so it cannot be a `trycmd` transcript: this test runs the flow the pages show
//! (cloud in one terminal, device in a second, the admin's `cloud bind` in a third) and
//! checks that every line of the device output the pages show (their ```` ```text ````
//! blocks) is what the device prints, in the page's language. When the output changes on
//! purpose, the failure prints what the device printed: paste it into the page.

use super::support::cloud::{Cloud, SECRET_NO, SN, bin, wait_until};
use std::process::{Command, Stdio};

/// The page, its locale, and the endpoint it shows (the test's cloud has its own port).
const PAGES: &[(&str, &str)] = &[("docs/zh-CN/src/technician/connect.md", "zh_CN.UTF-8")];
const SHOWN_ENDPOINT: &str = "wss://127.0.0.1:8443/";

/// The lines of the page's `text` blocks.
fn shown_output(page: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_text = false;
    for line in super::support::docs::read(page).lines() {
        if line.starts_with("```") {
            in_text = !in_text && line == "```text";
            continue;
        }
        if in_text {
            lines.push(line.to_owned());
        }
    }
    lines
}

#[test]
fn the_pages_connect_until_bound_shows_what_the_device_prints() {
    for (page, locale) in PAGES {
        let shown = shown_output(page);
        assert!(shown.len() >= 5, "{page}: only {} lines shown", shown.len());
        let cloud = Cloud::start(&[]);
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("sn.secret");
        std::fs::write(&secret, format!("{SECRET_NO}\n")).unwrap();
        let out = dir.path().join("device.out");
        let file = std::fs::File::create(&out).unwrap();
        // The page's terminal 2, with the test cloud's port and CA.
        let mut device = Command::new(bin())
            .args(["connect", "--sn", SN, "--secret-file"])
            .arg(&secret)
            .args(["--state-file", "dev.json", "--transcript", "wire.ndjson"])
            .args(["--endpoint", &cloud.url, "--ca-file"])
            .arg(cloud.ca_file())
            .args(["--until", "subscribed", "--timeout", "1m"])
            .current_dir(dir.path())
            .env_remove("WECOM_HW_SECRET_NO")
            .env_remove("WECOM_HW_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", locale)
            .env("WECOM_HW_STORE", super::support::no_store())
            .stdout(Stdio::from(file.try_clone().unwrap()))
            .stderr(Stdio::from(file))
            .spawn()
            .unwrap();
        let printed = || std::fs::read_to_string(&out).unwrap_or_default();
        wait_until(30, "the device waits for an admin", || {
            printed().contains(SN) && printed().lines().count() >= 4
        });
        // Terminal 3: the admin binds it.
        cloud.admin(&["bind", SN, "--corp", "Acme"]).success();
        let mut status = None;
        wait_until(30, "the device is online", || {
            status = device.try_wait().unwrap();
            status.is_some()
        });
        let _ = device.kill();
        let printed = printed().replace(&cloud.url, SHOWN_ENDPOINT);
        assert!(
            status.unwrap().success(),
            "connect did not reach subscribed:\n{printed}"
        );
        let missing: Vec<&String> = shown
            .iter()
            .filter(|l| !printed.lines().any(|p| p == l.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "{page} shows lines the device does not print: {missing:#?}\nthe device printed:\n{printed}"
        );
    }
}
