//! `wecom-hw line station` on a pseudo-terminal: the real binary draws its screen, the
//! test types scans and keys into the terminal as a scanner and an operator would, and
//! reads the screen back through a terminal emulator (vt100).

use crate::support::line::*;
use std::io::{Read, Write};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROWS: u16 = 30;
const COLS: u16 = 100;

/// The station running on a pseudo-terminal.
struct Tty {
    child: std::process::Child,
    master: std::fs::File,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Tty {
    fn start(l: &Line, profile: &std::path::Path, lang: &str) -> Tty {
        let (mut m, mut s) = (0, 0);
        let ws = libc::winsize {
            ws_row: ROWS,
            ws_col: COLS,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty fills two fds we then own; the winsize is ours.
        let r =
            unsafe { libc::openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), &ws) };
        assert_eq!(r, 0, "openpty");
        // SAFETY: fresh fds from openpty, owned here only.
        let slave = unsafe { OwnedFd::from_raw_fd(s) };
        let master = unsafe { std::fs::File::from_raw_fd(m) };
        let mut c = l.process_in_any_language("ignored");
        c.args(["line", "station", "--profile"])
            .arg(profile)
            .env("LANG", lang)
            .env_remove("WECOM_HW_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("NO_COLOR")
            .env("TERM", "xterm-256color")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        // SAFETY: async-signal-safe calls only, in the child before exec: a session of its
        // own with the terminal as its controlling terminal.
        unsafe {
            c.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = c.spawn().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        )));
        let (mut r, sc) = (master.try_clone().unwrap(), screen.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = r.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sc.lock().unwrap().process(&buf[..n]);
            }
        });
        Tty {
            child,
            master,
            screen,
        }
    }

    fn text(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits (bounded) until the screen shows `what`.
    fn wait_for(&self, what: &str) {
        let t = Instant::now();
        while !self.text().contains(what) {
            assert!(
                t.elapsed() < Duration::from_secs(60),
                "the screen never showed {what:?}:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Typed as a scanner does: the characters, then Enter.
    fn scan(&mut self, sn: &str) {
        self.master.write_all(format!("{sn}\r").as_bytes()).unwrap();
    }

    fn key(&mut self, k: &str) {
        self.master.write_all(k.as_bytes()).unwrap();
    }

    /// The exit code (bounded wait).
    fn exit(&mut self) -> Option<i32> {
        let t = Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st.code();
            }
            assert!(
                t.elapsed() < Duration::from_secs(60),
                "still running:\n{}",
                self.text()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn profile(l: &Line, extra: &str) -> std::path::PathBuf {
    l.script("flash.sh", "sleep ${1:-0}; echo ok");
    std::fs::create_dir_all(l.path("labels")).unwrap();
    let p = l.path("station.toml");
    std::fs::write(
        &p,
        format!(
            "station = \"tty\"\nstore = \"{}\"\nprinter = \"labels\"\nretries = 0\n{extra}",
            l.store.display()
        ),
    )
    .unwrap();
    p
}

#[test]
fn units_scanned_on_the_screen_pass_and_q_quits() {
    let l = Line::new(4);
    let p = profile(&l, "flash = \"./flash.sh 0\"\nslots = 2\n");
    let mut t = Tty::start(&l, &p, "en_US.UTF-8");
    t.wait_for("ready: scan a unit");
    for i in 1..=3 {
        t.scan(&sn(i));
        t.wait_for(&format!("PASS {i}   FAIL 0"));
    }
    assert!(t.text().contains("left in batch 1"), "{}", t.text());
    // An SN the store does not have: said in the banner, nothing taken.
    t.scan("NOPE42");
    t.wait_for("NOPE42: NOT IN THE STORE");
    t.key("q");
    assert_eq!(t.exit(), Some(0));
    assert_eq!(l.status()["counts"]["done"], 3);
}

#[test]
fn the_screen_is_chinese_and_q_mid_unit_finishes_the_step_first() {
    let l = Line::new(2);
    let p = profile(&l, "flash = \"./flash.sh 2\"\n");
    let mut t = Tty::start(&l, &p, "zh_CN.UTF-8");
    t.wait_for("就绪：请扫码");
    t.scan(&sn(1));
    t.wait_for("烧录中");
    t.key("q");
    assert_eq!(t.exit(), Some(0));
    // The flash finished and was recorded; the label step was not begun.
    assert_eq!(l.status()["counts"]["flashed"], 1);
    assert_eq!(l.events(&sn(1), "flashed"), 1);
    assert_eq!(l.events(&sn(1), "label-printed"), 0);
    // Started again, the station finishes that unit first.
    let o = l
        .cmd("ignored")
        .args(["--json", "line", "station", "--profile"])
        .arg(&p)
        .write_stdin("")
        .output()
        .unwrap();
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("\"resumed\":true"), "{out}");
    assert_eq!(l.status()["counts"]["done"], 1);
}

/// A failed preflight: the screen says NOT READY with each check; after a key the screen
/// closes and the terminal keeps each check's line with what to do — once, not again
/// under the final error.
#[test]
fn after_a_failed_preflight_the_terminal_shows_each_hint_once() {
    let l = Line::new(1);
    let p = profile(&l, "flash = \"./no-such-flasher {file}\"\n");
    let mut t = Tty::start(&l, &p, "en_US.UTF-8");
    t.wait_for("NOT READY: the station cannot start");
    t.key("x");
    assert_eq!(t.exit(), Some(10));
    t.wait_for("the station cannot start: 1 check(s) failed");
    // The process has ended; its last bytes may still be on their way to the emulator.
    let mut shown = t.text();
    loop {
        std::thread::sleep(Duration::from_millis(200));
        let now = t.text();
        if now == shown {
            break;
        }
        shown = now;
    }
    let hint = "a name with a slash is a path";
    assert_eq!(shown.matches(hint).count(), 1, "{shown}");
    assert_eq!(shown.matches("./no-such-flasher").count(), 1, "{shown}");
}
