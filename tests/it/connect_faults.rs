//! Each fault the emulator can inject: the device must recover, end subscribed, and lose
//! no state (a second run finds the same secret and skips `active`).

use crate::support::connect::*;
use predicates::prelude::*;

/// Runs a fresh device against a cloud started with `faults` (plus auto-bind) until it is
/// subscribed; checks stderr for `story`, then that the state survived.
fn recovers(faults: &[&str], story: &[&str]) -> (Cloud, Dev) {
    let mut args = vec!["--auto-bind-after", "0"];
    args.extend_from_slice(faults);
    let cloud = Cloud::start(&args);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let a = dev
        .run(&["--until", "subscribed", "--timeout", "50s"])
        .success();
    let err = String::from_utf8_lossy(&a.get_output().stderr).to_string();
    for s in story {
        assert!(err.contains(s), "stderr lacks {s:?}:\n{err}");
    }
    assert!(err.contains("online: subscribed"), "{err}");
    dev.assert_no_secret_in("stderr", &err);
    dev.assert_no_secret_in("transcript", &dev.transcript_text());
    let before = dev.state();
    assert!(
        before["active_code"].is_string() && before["secret"].is_string(),
        "{before}"
    );
    // Nothing lost: the next session logs in with what was stored.
    std::fs::remove_file(&dev.transcript).unwrap();
    dev.run(&["call", "corp"])
        .success()
        .stdout("Emulated Corp\n");
    assert_eq!(dev.state(), before);
    assert!(
        !dev.sent_cmds().contains(&"active".to_owned()),
        "{:?}",
        dev.sent_cmds()
    );
    (cloud, dev)
}

#[test]
fn connection_dropped_mid_login() {
    recovers(
        &["--fault-drop-after", "3"],
        &["disconnected:", "reconnecting in"],
    );
}

/// The admin drops the live connection: the device reconnects, replays the login (no
/// `active`: the secret is stored) and is online again.
#[test]
fn connection_dropped_while_online() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let run = dev.spawn(&[]);
    run.wait_event("subscribed", 20);
    let before = dev.state();
    cloud.admin(&["drop", SN]).success();
    run.wait_event("disconnected", 20);
    let r = run.wait_event("reconnecting", 5);
    let after_ms = r["after_ms"].as_u64().unwrap();
    assert!((800..=1200).contains(&after_ms), "{r}");
    run.wait_nth(2, 20, "second subscribe", is("subscribed"));
    assert_eq!(dev.state(), before);
    let mut cmds = dev.sent_cmds();
    cmds.dedup();
    assert_eq!(
        cmds,
        [
            "get_timestamp",
            "register",
            "active",
            "subscribe_corp",
            "get_timestamp",
            "register",
            "subscribe_corp"
        ]
    );
    run.stop();
}

#[test]
fn reply_swallowed_is_resent_after_5_s() {
    let (_c, dev) = recovers(
        &["--fault-drop-reply", "register"],
        &["no reply to `register`; sending again (retry 1)"],
    );
    let _ = dev;
}

#[test]
fn slow_replies() {
    recovers(&["--fault-delay", "400"], &[]);
}

#[test]
fn logged_out_while_subscribing_restarts_the_login() {
    recovers(
        &["--fault-errcode", "subscribe_corp=600020"],
        &["600020", "login restarted on the same connection"],
    );
}

#[test]
fn headerless_not_registered_restarts_the_login() {
    recovers(
        &[
            "--fault-headerless",
            "--fault-errcode",
            "subscribe_corp=600014",
        ],
        &[
            "600014 device not network-registered",
            "login restarted on the same connection",
        ],
    );
}

#[test]
fn tls_refused_once() {
    recovers(&["--fault-refuse-tls"], &["reconnecting in"]);
}

#[test]
fn invalid_active_code_reregisters() {
    recovers(
        &["--fault-errcode", "active=600003"],
        &["600003 invalid hardware activecode"],
    );
}

#[test]
fn invalid_secret_reactivates() {
    recovers(
        &["--fault-errcode", "subscribe_corp=600005"],
        &[
            "600005 hardware secret invalid",
            "unbound (`subscribe_corp` answered 600005 (hardware secret invalid))",
            "reconnecting to activate again",
        ],
    );
}

#[test]
fn system_busy_is_retried() {
    recovers(&["--fault-errcode", "register=-1"], &["-1 system busy"]);
}

#[test]
fn stale_timestamp_resyncs_once() {
    recovers(
        &["--fault-errcode", "register=600023"],
        &["600023 timestamp expired"],
    );
}

#[test]
fn unknown_push_is_logged_and_ignored() {
    let cloud = Cloud::start(&[
        "--auto-bind-after",
        "0",
        "--fault-unknown-push",
        "push_from_the_future",
    ]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "push_from_the_future", "--timeout", "30s"])
        .success()
        .stderr(predicate::str::contains("push push_from_the_future"));
}

/// The cloud's clock is 1000 s ahead: the device warns, signs with the cloud's time, and
/// registers without a single 600023.
#[test]
fn clock_skew_is_warned_and_compensated() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    cloud.admin(&["set-clock-skew", "1000"]).success();
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["--until", "subscribed", "--timeout", "30s"])
        .success()
        .stderr(
            predicate::str::contains("warning: the device clock is 16m 40s behind the cloud's")
                .and(predicate::str::contains("600023").not()),
        );
}

/// The login-QR reply overruns its declared length (2.4.4): the device drops it with a
/// clear line instead of crashing or trusting the lengths; its req_id is still readable,
/// so the call fails at once with the reason (exit 7) instead of waiting 10 s.
#[test]
fn truncated_binary_reply_is_dropped() {
    let cloud = Cloud::start(&["--auto-bind-after", "0", "--fault-truncate-binary"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    dev.run(&["call", "login-qr"]).code(7).stderr(
        predicate::str::contains(
            "dropped a malformed frame from the cloud (online, `gen_login_qrcode` in flight): a binary frame does not decode: binary message truncated",
        )
        .and(predicate::str::contains(
            "`gen_login_qrcode`: the cloud's binary reply was malformed: binary message truncated",
        )),
    );
    // The fault fired once: the next session gets a good image.
    dev.run(&["call", "login-qr"])
        .success()
        .stdout(predicate::str::contains(
            "https://open.work.weixin.qq.com/connect/hardware?",
        ));
}

/// Heartbeats go unanswered (every ping reply swallowed): after 3 misses, 10 s each, the
/// device reconnects and logs in again with its stored secret. Takes about 75 s because
/// the shortest heartbeat interval the spec allows is 20 s.
#[test]
fn three_missed_heartbeats_reconnect() {
    let cloud = Cloud::start(&[
        "--auto-bind-after",
        "0",
        "--fault-drop-reply",
        "ping",
        "--fault-times",
        "0",
    ]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let run = dev.spawn(&["--ping-interval", "20"]);
    run.wait_event("subscribed", 20);
    let before = dev.state();
    let m = run.wait_nth(3, 80, "third missed heartbeat", is("pong_missed"));
    assert_eq!(m["missed"], 3);
    let d = run.wait_event("disconnected", 5);
    assert!(
        d["reason"]
            .as_str()
            .unwrap()
            .contains("3 heartbeats without reply"),
        "{d}"
    );
    run.wait_nth(2, 20, "second subscribe", is("subscribed"));
    assert_eq!(dev.state(), before);
    run.stop();
}
