//! The project's Markdown pages, for the documentation tests (`docs_*`): README*.md and
//! CONTRIBUTING.md at the root, and every page under `docs/` (both books and
//! `docs/contrib/`), as paths relative to the repository root; and what the flow tests
//! need to run a page's commands in terminals of their own (`docs_connect_flow`,
//! `docs_flows`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every Markdown page a reader can reach, sorted. Fixture directories of transcripts
/// (`page.in/`, `page.out/`) hold data, not pages, and are skipped.
pub fn markdown_pages() -> Vec<String> {
    let mut pages = Vec::new();
    for e in std::fs::read_dir(ROOT).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if (name.starts_with("README") || name == "CONTRIBUTING.md") && name.ends_with(".md") {
            pages.push(name);
        }
    }
    fn walk(dir: &Path, rel: &str, pages: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            let rel = format!("{rel}/{name}");
            if e.file_type().unwrap().is_dir() {
                if !name.ends_with(".in") && !name.ends_with(".out") {
                    walk(&e.path(), &rel, pages);
                }
            } else if name.ends_with(".md") {
                pages.push(rel);
            }
        }
    }
    walk(&Path::new(ROOT).join("docs"), "docs", &mut pages);
    pages.sort();
    pages
}

/// The contents of a page named as [`markdown_pages`] names it.
pub fn read(page: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(page)).unwrap()
}

/// `text` matches `pattern`, where `[..]` in the pattern stands for any text.
pub fn matches(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if text.len() < first.len() + last.len()
        || !text.starts_with(first)
        || !text[first.len()..].ends_with(last)
    {
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

/// A page's block of commands as one script for a terminal: `\` continuations joined, and
/// the last command `exec`ed, so that SIGINT reaches wecom-hw as Ctrl-C would.
pub fn exec_last(script: &str) -> String {
    let script = script.replace("\\\n", " ");
    let mut lines: Vec<&str> = script.lines().collect();
    let last = lines.pop().unwrap_or_default();
    format!("{}\nexec {last}", lines.join("\n"))
}

/// `sh -c SCRIPT` in `dir` with the built wecom-hw first on the PATH, in the language of
/// `locale` whatever the environment `cargo test` runs in, without colours and without
/// the tester's secret, emulator or station.
pub fn shell(script: &str, dir: &Path, locale: &str) -> Command {
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
        .env("NO_COLOR", "1");
    for var in [
        "WECOM_HW_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "WECOM_HW_SECRET_NO",
        "WECOM_HW_CLOUD_DIR",
        "WECOM_HW_STATION",
        "WECOM_HW_STORE",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// A terminal: a command running in the background, its stdout and stderr to one file.
pub struct Terminal {
    child: Child,
    out: PathBuf,
}

impl Terminal {
    /// Starts `cmd`, its output to `dir/NAME.out`.
    pub fn spawn(mut cmd: Command, dir: &Path, name: &str) -> Terminal {
        let out = dir.join(format!("{name}.out"));
        let file = std::fs::File::create(&out).unwrap();
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::from(file.try_clone().unwrap()))
            .stderr(Stdio::from(file))
            .spawn()
            .unwrap();
        Terminal { child, out }
    }

    /// What it has printed so far.
    pub fn printed(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }

    /// Waits until the output contains `what` (bounded).
    pub fn wait_for(&self, what: &str) {
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
    pub fn settle(&self) {
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

    /// Ctrl-C, and waits for the exit (bounded); returns all it printed.
    pub fn interrupt(mut self) -> String {
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
