//! What `wecom-hw line next` says when the flasher or the read-back fails: what to check,
//! the state the unit is left in, and the command that issues it again, with its SN, that
//! runs as printed once the fault is fixed.

use crate::support::store;

use crate::support::line::*;

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn a_read_back_mismatch_says_what_to_check_and_how_to_issue_the_unit_again(b: Backend) {
    let l = Line::on(b, 2);
    // A verifier that reads the wrong thing (here: a log line instead of the payload).
    l.script("readback.sh", "echo 'read 159 bytes from /dev/ttyUSB0'");
    let o = l
        .cmd("st1")
        .args(["line", "next", "--out", "u.json", "--flash", "true"])
        .args(["--verify", "./readback.sh {file}", "--print", "label.zpl"])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(4), "{err}");
    assert!(err.contains("read-back differs"), "{err}");
    let hint = err
        .lines()
        .find(|l| l.trim_start().starts_with("hint:"))
        .unwrap_or_else(|| panic!("no hint: {err}"));
    for says in [
        "the flasher wrote u.json to this unit on the right port",
        "verifier reads that same unit back",
        "prints exactly the payload",
        &format!("{} stays failed", sn(1)),
    ] {
        assert!(hint.contains(says), "{says:?} missing: {hint}");
    }
    let cmd = hinted_command(&err);
    assert!(
        cmd.contains(&format!("--sn {} --reissue", sn(1))) && cmd.contains("--print label.zpl"),
        "{cmd}"
    );
    assert_eq!(l.status()["failures"][0]["sn"], sn(1));
    // Fixed: the verifier now reads the unit back. The hint runs as printed.
    l.script("readback.sh", "cat \"$1\"");
    let o = run_hint(&l, &cmd);
    assert!(o.status.success(), "{cmd}: {}", stderr(&o));
    assert_eq!(l.events(&sn(1), "secret-issued"), 2);
    assert_eq!(l.events(&sn(1), "line-done"), 1);
    let led = l.ledger();
    let re = led.iter().find(|e| e["event"] == "line-reissued").unwrap();
    assert!(
        re["detail"]
            .as_str()
            .unwrap()
            .starts_with("retry after read-back differs from the payload"),
        "{re}"
    );
    assert_eq!(l.status()["counts"]["unclaimed"], 1, "unit 2 untouched");
}

fn a_failed_flash_names_the_unit_in_a_command_that_runs(b: Backend) {
    let l = Line::on(b, 1);
    l.script("flash.sh", "echo 'E: no ack' >&2; exit 3");
    let o = l
        .cmd("st1")
        .args(["line", "next", "--emit", "env", "--out", "u.env"])
        .args(["--flash", "./flash.sh {file} {sn}"])
        .output()
        .unwrap();
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(7), "{err}");
    let cmd = hinted_command(&err);
    assert!(
        cmd.contains(&format!(
            "--sn {} --reissue 'retry after flasher exited with 3'",
            sn(1)
        )) && cmd.contains("--emit env --out u.env --flash './flash.sh {file} {sn}'"),
        "{cmd}"
    );
    l.script("flash.sh", "exit 0");
    let o = run_hint(&l, &cmd);
    assert!(o.status.success(), "{cmd}: {}", stderr(&o));
    assert_eq!(l.events(&sn(1), "line-done"), 1);
}

store::both_backends!(
    a_read_back_mismatch_says_what_to_check_and_how_to_issue_the_unit_again,
    a_failed_flash_names_the_unit_in_a_command_that_runs,
);
