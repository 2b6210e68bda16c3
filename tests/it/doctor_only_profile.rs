//! `doctor --profile … --only GROUP` runs only the checks it shows: narrowed to the store,
//! it neither queries the profile's printer nor fails on the profile's missing flasher.
//! The printer here is a bare loopback listener nobody accepts on, so whether doctor
//! connected to it is read from its backlog.

use crate::support::line::*;
use std::net::TcpListener;

/// A profile beside the line's store naming a printer at `printer` and a flasher that
/// does not exist.
fn profile(l: &Line, printer: &str) {
    std::fs::write(
        l.path("st.toml"),
        format!(
            "station = \"bench-1\"\nstore = \"devices.db\"\nflash = \"./no-such-flasher {{file}}\"\n\
             printer = \"{printer}\"\n"
        ),
    )
    .unwrap();
}

/// Whether someone connected to `lis` since the last call.
fn connected(lis: &TcpListener) -> bool {
    let mut any = false;
    while lis.accept().is_ok() {
        any = true;
    }
    any
}

fn names(stdout: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}"));
            v["name"].as_str().unwrap().to_owned()
        })
        .collect()
}

#[test]
fn only_narrows_the_profile_checks_too() {
    let l = Line::new(1);
    let lis = TcpListener::bind("127.0.0.1:0").unwrap();
    lis.set_nonblocking(true).unwrap();
    profile(&l, &format!("tcp://{}", lis.local_addr().unwrap()));

    let o = l
        .cmd("x")
        .args([
            "--json",
            "doctor",
            "--profile",
            "st.toml",
            "--only",
            "store",
        ])
        .output()
        .unwrap();
    let shown = names(&o.stdout);
    assert!(
        !shown.is_empty() && shown.iter().all(|n| n.starts_with("store.")),
        "{shown:?}"
    );
    assert!(!connected(&lis), "--only store queried the printer");
    assert_eq!(
        o.status.code(),
        Some(0),
        "the missing flasher is not checked"
    );

    // One check of another group: that one runs, and only its own group's.
    let o = l
        .cmd("x")
        .args([
            "--json",
            "doctor",
            "--profile",
            "st.toml",
            "--only",
            "flasher",
        ])
        .output()
        .unwrap();
    assert_eq!(names(&o.stdout), ["flasher"]);
    assert!(!connected(&lis), "--only flasher queried the printer");
    assert_ne!(o.status.code(), Some(0), "the missing flasher fails");

    // Asked for, the printer is queried (so the two answers above can fail).
    let o = l
        .cmd("x")
        .args([
            "--json",
            "doctor",
            "--profile",
            "st.toml",
            "--only",
            "printer",
        ])
        .output()
        .unwrap();
    assert!(connected(&lis), "--only printer did not query the printer");
    assert_eq!(names(&o.stdout), ["printer", "printer.label"]);
}
