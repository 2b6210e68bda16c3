//! What an operator reads when a station's preflight fails, through the real binary in
//! plain mode (the lines are the same ones the terminal shows after the screen closes):
//! each failed check once, naming what it looked at once and what to do — the final
//! error does not repeat a check's hint — in English and in Chinese.

use crate::support::line::*;

/// A profile whose flasher does not exist and whose label folder is missing.
fn broken_profile(l: &Line) -> std::path::PathBuf {
    let p = l.path("st.toml");
    std::fs::write(
        &p,
        format!(
            "station = \"st\"\nstore = \"{}\"\nflash = \"./no-such-flasher {{file}}\"\n\
             verify = \"true\"\nprinter = \"no-such-dir\"\n",
            l.store.display()
        ),
    )
    .unwrap();
    p
}

/// Runs the station in plain mode in `lang`: (exit code, stdout and stderr together).
fn run(l: &Line, lang: &str) -> (Option<i32>, String) {
    // Not `l.cmd`: it asks for English.
    let o = assert_cmd::Command::cargo_bin("wecom-hw")
        .unwrap()
        .current_dir(l.dir.path())
        .env("WECOM_HW_STATION", "x")
        .timeout(std::time::Duration::from_secs(60))
        .args(["--lang", lang, "line", "station", "--plain", "--profile"])
        .arg(broken_profile(l))
        .write_stdin("")
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    (o.status.code(), all)
}

#[test]
fn a_failed_preflight_says_each_hint_once() {
    let l = Line::new(1);
    let before = l.fingerprint();
    for (lang, flasher_hint, printer_hint) in [
        (
            "en",
            "a name with a slash is a path from the directory the station starts in",
            "plug in the printer (or create the folder)",
        ),
        (
            "zh-CN",
            "含斜杠的名称是相对工位启动目录的路径",
            "请接好打印机（或创建该目录）",
        ),
    ] {
        let (code, all) = run(&l, lang);
        assert_eq!(code, Some(10), "{all}");
        for hint in [flasher_hint, printer_hint] {
            assert_eq!(all.matches(hint).count(), 1, "{lang}: {hint:?} in:\n{all}");
        }
        // Each check's line names what it looked at, once.
        for target in ["./no-such-flasher", "no-such-dir"] {
            let lines: Vec<&str> = all.lines().filter(|s| s.contains(target)).collect();
            assert_eq!(lines.len(), 1, "{lang}: {target} in:\n{all}");
            assert_eq!(lines[0].matches(target).count(), 1, "{lang}: {}", lines[0]);
        }
    }
    assert_eq!(l.fingerprint(), before, "nothing claimed");
}

/// `doctor --profile` prints the same checks: each line names what it looked at once.
#[test]
fn doctor_names_each_profile_target_once() {
    let l = Line::new(1);
    let p = broken_profile(&l);
    let o = l
        .cmd("x")
        .args(["doctor", "--only", "printer", "flasher", "--profile"])
        .arg(&p)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert_ne!(o.status.code(), Some(0), "{out}");
    for (name, target) in [("printer", "no-such-dir"), ("flasher", "./no-such-flasher")] {
        let line = out
            .lines()
            .find(|s| s.split_whitespace().nth(1) == Some(name))
            .unwrap_or_else(|| panic!("no {name} line:\n{out}"));
        assert_eq!(line.matches(target).count(), 1, "{line}");
    }
}
