//! The terminal form of `qr` (`--format term`, the default on stdout) carries colour codes
//! only where a terminal shows them: `--color` is resolved against stdout (where the code
//! goes), not stderr. Without colour the text is the plain form, which must still decode:
//! dark modules drawn as ink on a light page (`src/render/term.rs`).

use crate::support::qr::*;
use std::io::Read;
use std::os::fd::{FromRawFd, OwnedFd};
use std::process::Stdio;

const SECRET: &str = "ed712d95cee095898c7838c57e99a403";
const BIND: &str = "https://open.work.weixin.qq.com/connect/hardware?sn=3389153100001&timestamp=1500133456&nonce=17394011&signature=195505fdc0f0d3d6eb5a41a42f2d9c75744ab7e6&type=qrcode";
const BT: &str = "https://open.work.weixin.qq.com/hw/f?t=bt";

fn bind_args() -> [&'static str; 10] {
    [
        "qr",
        "bind",
        "--sn",
        "3389153100001",
        "--timestamp",
        "1500133456",
        "--nonce",
        "17394011",
        "--format",
        "term",
    ]
}

fn stdout_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

#[test]
fn a_pipe_gets_the_plain_form_and_it_decodes() {
    // assert_cmd's stdout is a pipe; stderr is one too, but the answer must not depend on
    // stderr: `--color auto` asks whether *stdout* is a terminal.
    let a = bin()
        .env("WECOM_HW_SECRET_NO", SECRET)
        .env_remove("NO_COLOR")
        .args(bind_args())
        .assert()
        .success();
    let text = stdout_of(&a);
    assert!(!text.contains('\x1b'), "escape codes in a pipe:\n{text:?}");
    assert_eq!(decode_term(&text), vec![BIND]);
    assert!(!text.contains(SECRET));

    let a = bin()
        .env_remove("NO_COLOR")
        .args(["qr", "bluetooth", "--format", "term"])
        .assert()
        .success();
    let text = stdout_of(&a);
    assert!(!text.contains('\x1b'), "{text:?}");
    assert_eq!(decode_term(&text), vec![BT]);
    // The documented plain form: every line as wide as the code and its quiet zone, the
    // quiet zone blank, only half blocks and spaces.
    let widths: Vec<usize> = text.lines().map(|l| l.chars().count()).collect();
    assert!(widths.iter().all(|w| *w == widths[0]), "{widths:?}");
    assert!(text.lines().next().unwrap().chars().all(|c| c == ' '));
    assert!(text.chars().all(|c| " █▀▄\n".contains(c)), "{text}");
}

#[test]
fn color_always_forces_the_coloured_form_into_a_pipe_and_it_decodes() {
    let a = bin()
        .env("WECOM_HW_SECRET_NO", SECRET)
        .args(["--color", "always"])
        .args(bind_args())
        .assert()
        .success();
    let text = stdout_of(&a);
    assert!(text.contains("\x1b[97;40m"), "{text:?}");
    assert_eq!(decode_term(&text), vec![BIND]);
}

#[test]
fn a_txt_file_gets_the_plain_form_unless_color_always() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("bt.txt");
    bin()
        .args(["qr", "bluetooth", "-o"])
        .arg(&p)
        .assert()
        .success();
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(!text.contains('\x1b'), "{text:?}");
    assert_eq!(decode_term(&text), vec![BT]);
    bin()
        .args(["--color", "always", "qr", "bluetooth", "-o"])
        .arg(&p)
        .assert()
        .success();
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains('\x1b'), "{text:?}");
    assert_eq!(decode_term(&text), vec![BT]);
}

/// Runs wecom-hw with stdout on a pseudo-terminal (stderr a pipe) and returns what the
/// terminal received, with the tty's `\r\n` turned back into `\n`.
fn on_a_terminal(args: &[&str], env: &[(&str, &str)]) -> String {
    // SAFETY: plain libc calls on a descriptor we own; errors are checked.
    let (master, slave) = unsafe {
        let m = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(m >= 0, "posix_openpt");
        assert_eq!(libc::grantpt(m), 0);
        assert_eq!(libc::unlockpt(m), 0);
        let name = libc::ptsname(m);
        assert!(!name.is_null());
        let s = libc::open(name, libc::O_RDWR | libc::O_NOCTTY);
        assert!(s >= 0, "open the pty slave");
        (OwnedFd::from_raw_fd(m), OwnedFd::from_raw_fd(s))
    };
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("wecom-hw"));
    c.env_remove("WECOM_HW_SECRET_NO")
        .env("WECOM_HW_LANG", "en")
        .env_remove("NO_COLOR")
        .env("WECOM_HW_STORE", "/nonexistent/wecom-hw-test/no-store.db")
        .envs(env.iter().copied())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::from(slave))
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    // Drop our copy of the slave (moved into the Command, closed by spawn's parent side
    // when `c` goes), so the master reads EOF/EIO once the child exits.
    drop(c);
    let mut f = std::fs::File::from(master);
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match f.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
        }
    }
    let st = child.wait().unwrap();
    assert!(st.success(), "{args:?} failed: {st}");
    String::from_utf8(got).unwrap().replace("\r\n", "\n")
}

#[test]
fn a_terminal_gets_colour_unless_color_never_or_no_color() {
    let text = on_a_terminal(&["qr", "bluetooth"], &[]);
    assert!(text.contains("\x1b[97;40m"), "{text:?}");
    assert_eq!(decode_term(&text), vec![BT]);
    for (args, env) in [
        (&["--color", "never", "qr", "bluetooth"][..], &[][..]),
        (&["qr", "bluetooth"][..], &[("NO_COLOR", "1")][..]),
    ] {
        let text = on_a_terminal(args, env);
        assert!(!text.contains('\x1b'), "{args:?} {env:?}: {text:?}");
        assert_eq!(decode_term(&text), vec![BT], "{args:?} {env:?}");
    }
}
