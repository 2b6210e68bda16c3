//! `cloud push` refuses what is not a push (issue 19, item 7): a name that is not a push
//! name (the JSON body given first, a typo) or a body that is not a JSON object is exit 3,
//! with a message naming what is wrong, and nothing reaches the emulator.

use assert_cmd::Command;
use std::time::Duration;

fn cloud(state: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.args(["--lang", "en"]);
    c.env("NO_COLOR", "1")
        .env_remove("WECOM_HW_CLOUD_DIR")
        .arg("cloud")
        .arg("--state-dir")
        .arg(state)
        .timeout(Duration::from_secs(30));
    c
}

/// Runs `cloud push ARGS…` and returns (exit code, stderr).
fn push(state: &std::path::Path, args: &[&str]) -> (Option<i32>, String) {
    let o = cloud(state).arg("push").args(args).output().unwrap();
    assert!(o.stdout.is_empty(), "{o:?}");
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn a_push_name_must_look_like_one() {
    let dir = tempfile::tempdir().unwrap();
    // The body given where the name goes: used to be sent as `push_{bad json`, exit 0.
    let (code, err) = push(dir.path(), &["E30000000001", "{bad json"]);
    assert_eq!(code, Some(3), "{err}");
    assert!(err.contains("\"{bad json\" is not a push name"), "{err}");
    assert!(err.contains("comes after the name"), "{err}");
    assert!(
        err.contains(
            "hint: name the push, then its body: wecom-hw cloud push E30000000001 fetch_log '{\"hint\":\"device_log/20190101\"}'"
        ),
        "{err}"
    );
    for bad in [
        "fetch-log",
        "Fetch_Log",
        "push_",
        "push_ x",
        "",
        "_x",
        "push_1x",
    ] {
        let (code, err) = push(dir.path(), &["E30000000001", bad]);
        assert_eq!(code, Some(3), "{bad:?}: {err}");
        assert!(
            err.contains(&format!("{bad:?} is not a push name")),
            "{bad:?}: {err}"
        );
        assert!(
            !err.contains("emulator"),
            "{bad:?} reached for the emulator: {err}"
        );
    }
}

#[test]
fn a_push_body_must_be_a_json_object() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "{bad json",
            "the body of push_fetch_log is not valid JSON: key must be a string at line 1 column 2",
        ),
        (
            "{\"hint\":1",
            "the body of push_fetch_log is not valid JSON: EOF while parsing an object at line 1 column 9",
        ),
        (
            "[1]",
            "the body of push_fetch_log must be a JSON object, not an array",
        ),
        (
            "\"x\"",
            "the body of push_fetch_log must be a JSON object, not a string",
        ),
        (
            "null",
            "the body of push_fetch_log must be a JSON object, not null",
        ),
    ];
    for (body, want) in cases {
        let (code, err) = push(dir.path(), &["E30000000001", "fetch_log", body]);
        assert_eq!(code, Some(3), "{body}: {err}");
        assert!(err.contains(want), "{body}: {err}");
        assert!(
            err.contains(
                "wecom-hw cloud push E30000000001 fetch_log '{\"hint\":\"device_log/20190101\"}'"
            ),
            "{err}"
        );
    }
}

#[test]
fn good_names_pass_the_check_and_go_to_the_emulator() {
    // No emulator runs: a push that passed the checks fails to reach it (exit 7), which
    // shows the checks let it through.
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["E30000000001", "fetch_log", "{\"hint\":\"x\"}"][..],
        &["E30000000001", "push_update_firmware"],
        &["E30000000001", "restart"],
        &["E30000000001", "push_change_contact", "{}"],
        &["E30000000001", "user_scan2"],
    ] {
        let (code, err) = push(dir.path(), args);
        assert_eq!(code, Some(7), "{args:?}: {err}");
        assert!(err.contains("no emulator answers"), "{args:?}: {err}");
    }
}
