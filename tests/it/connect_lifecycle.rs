//! `wecom-hw connect` against the real `wecom-hw cloud serve` over TLS on 127.0.0.1 with the
//! emulator's generated CA: bind, subscribe, heartbeats, every push, unbind and re-bind,
//! the seed exchange, and a second run that skips what is done.

use crate::support::connect::*;
use predicates::prelude::*;
use serde_json::Value;

/// The two-terminal walk-through: the device waits for the bind, the admin binds from a
/// third terminal, the device goes online; state is kept for the next run.
#[test]
fn bind_from_the_admin_then_subscribe_and_keep_the_state() {
    let cloud = Cloud::start(&[]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let run = dev.spawn(&["--until", "subscribed", "--timeout", "60s"]);
    run.wait(20, "waiting_for_bind", is("waiting_for_bind"));
    cloud.admin(&["bind", SN, "--corp", "Acme"]).success();
    run.wait(20, "push_bind_corp", push_is("push_bind_corp"));
    run.wait_event("bound", 20);
    run.wait_event("subscribed", 20);
    // --until subscribed: exits 0 by itself.
    let (out, err) = run.wait_exit(10, 0);
    let st = dev.state();
    assert_eq!(st["sn"], SN);
    assert!(st["active_code"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(st["secret"].as_str().is_some_and(|s| !s.is_empty()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&dev.state_file)
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
    for (what, text) in [
        ("stdout", out.text()),
        ("stderr", err.text()),
        ("transcript", dev.transcript_text()),
    ] {
        dev.assert_no_secret_in(what, &text);
    }
    // The transcript has every frame both ways, credentials as fingerprints.
    let frames = dev.frames();
    assert!(
        frames
            .iter()
            .any(|f| f["dir"] == "in" && f["frame"]["cmd"] == "push_bind_corp")
    );
    assert!(dev.transcript_text().contains("\"secret\":\"fp:"));
    let mut cmds = dev.sent_cmds();
    cmds.dedup();
    assert_eq!(
        cmds,
        ["get_timestamp", "register", "active", "subscribe_corp"]
    );

    // Second run: the stored secret skips `active`, and the corp is there.
    std::fs::remove_file(&dev.transcript).unwrap();
    dev.run(&["call", "corp"]).success().stdout("Acme\n");
    let cmds = dev.sent_cmds();
    assert_eq!(
        cmds,
        [
            "get_timestamp",
            "register",
            "subscribe_corp",
            "get_corp_info"
        ]
    );
}

/// Human lines on stderr tell the story, and a heartbeat is answered.
#[test]
fn heartbeat_every_ping_interval_and_human_lines() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let run = dev.spawn(&["--ping-interval", "20"]);
    run.wait_event("subscribed", 20);
    let pong = run.wait_event("pong", 30);
    assert!(pong["rtt_ms"].as_u64().is_some());
    assert_eq!(dev.sent_cmds().iter().filter(|c| *c == "ping").count(), 1);
    let (out, _) = run.stop();
    assert!(out.json().iter().any(is("interrupted")));
    // The socket was closed by us, cleanly, on Ctrl-C.
    let frames = dev.frames();
    assert_eq!(frames.last().unwrap()["type"], "close", "{frames:?}");

    // Human mode: lifecycle lines on stderr, nothing on stdout.
    std::fs::remove_file(&dev.state_file).unwrap();
    dev.run(&["--until", "subscribed", "--timeout", "30s"])
        .success()
        .stdout("")
        .stderr(
            predicate::str::contains("connecting to wss://127.0.0.1:")
                .and(predicate::str::contains("registered (active_code stored)"))
                .and(predicate::str::contains("bound to a corp: secret stored"))
                .and(predicate::str::contains(
                    "online: subscribed to corp info; heartbeat every 30 s",
                )),
        );
}

fn publish_firmware(cloud: &Cloud, dev: &Dev, version: &str) -> Vec<u8> {
    let image: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 251) as u8).collect();
    let f = dev.path("fw.bin");
    std::fs::write(&f, &image).unwrap();
    cloud
        .admin(&["publish-firmware", version, f.to_str().unwrap()])
        .success();
    image
}

/// Every push of §7 reaches the device; reactions run: firmware fetched and verified,
/// log uploaded, a program run with the push on stdin.
#[test]
fn every_push_and_its_reaction() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let image = publish_firmware(&cloud, &dev, "1.0.2");
    std::fs::write(
        dev.path("app.log"),
        "2020-01-13T16:00:00.000Z info booted\n",
    )
    .unwrap();
    let script = dev.path("on-scan.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\ncat > \"$(dirname \"$0\")/scan.json\"\necho \"$WECOM_HW_PUSH_CMD\"\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let on_scan = format!("push_user_scan=exec:{}", script.display());
    let run = dev.spawn(&[
        "--firmware-version",
        "1.0.1",
        "--on",
        "push_update_firmware=fetch",
        "--on",
        "push_fetch_log=upload:app.log",
        "--on",
        &on_scan,
    ]);
    run.wait_event("subscribed", 20);

    cloud.admin(&["push", SN, "update_firmware"]).success();
    let r = run.wait(20, "firmware reaction", |e| {
        e["event"] == "reaction" && e["reaction_done"] == "push_update_firmware"
    });
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        std::fs::read(dev.path("firmware-1.0.2.bin")).unwrap(),
        image
    );

    cloud
        .admin(&["push", SN, "fetch_log", r#"{"hint":"device_log/20190101"}"#])
        .success();
    let p = run.wait(20, "push_fetch_log", push_is("push_fetch_log"));
    assert_eq!(p["body"]["hint"], "device_log/20190101");
    let r = run.wait(20, "upload reaction", |e| {
        e["event"] == "reaction" && e["reaction_done"] == "push_fetch_log"
    });
    assert_eq!(r["ok"], true, "{r}");
    let status = cloud
        .admin(&["status"])
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8_lossy(&status).contains("upload"),
        "{}",
        String::from_utf8_lossy(&status)
    );

    let scan =
        r#"{"userid":"aa","op_type":"scan_qrcode_open","oper_id":"x1","state":"s1","user_type":1}"#;
    cloud.admin(&["push", SN, "user_scan", scan]).success();
    let r = run.wait(20, "exec reaction", |e| {
        e["event"] == "reaction" && e["reaction_done"] == "push_user_scan"
    });
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["stdout"], "push_user_scan");
    let got: Value = serde_json::from_str(&read(&dev.path("scan.json"))).unwrap();
    assert_eq!(got["cmd"], "push_user_scan");
    assert_eq!(got["body"]["userid"], "aa");
    assert_eq!(got["body"]["user_type"], 1);

    cloud.admin(&["push", SN, "restart"]).success();
    run.wait(20, "push_restart_device", push_is("push_restart_device"));
    cloud
        .admin(&["push", SN, "push_change_contact", r#"{"perm_version":3}"#])
        .success();
    let p = run.wait(20, "unknown push", push_is("push_change_contact"));
    assert_eq!(p["body"]["perm_version"], 3);
    // Still online after all of that, heartbeat schedule intact, nothing malformed.
    assert_eq!(run.count(is("disconnected")), 0);
    assert_eq!(run.count(is("malformed")), 0);
    let (out, err) = run.stop();
    dev.assert_no_secret_in("stdout", &out.text());
    dev.assert_no_secret_in("stderr", &err.text());
}

/// `--until push_...` waits for that push and, with a reaction, for the reaction.
#[test]
fn until_a_push() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let run = dev.spawn(&["--until", "push_user_scan", "--timeout", "40s"]);
    run.wait_event("subscribed", 20);
    cloud
        .admin(&["push", SN, "user_scan", r#"{"userid":"bob","state":"s"}"#])
        .success();
    run.wait(20, "push_user_scan", push_is("push_user_scan"));
    run.wait_exit(10, 0);
}

/// Unbind while online: the device wipes its secret and polls `active`; a re-bind brings
/// it back online with the new secret stored.
#[test]
fn unbind_then_rebind() {
    let cloud = Cloud::start(&[]);
    let dev = Dev::new(&cloud, SN, SECRET_NO);
    let run = dev.spawn(&[]);
    run.wait(20, "waiting_for_bind", is("waiting_for_bind"));
    cloud.admin(&["bind", SN, "--corp", "First"]).success();
    run.wait_event("subscribed", 20);
    let first_secret = dev.state()["secret"].as_str().unwrap().to_owned();

    cloud.admin(&["unbind", SN]).success();
    run.wait(20, "push_unbind_corp", push_is("push_unbind_corp"));
    run.wait_event("unbound", 20);
    wait_until(10, "secret wiped", || dev.state().get("secret").is_none());
    let polls_before = run.count(is("waiting_for_bind"));
    run.wait_nth(polls_before + 1, 20, "another poll", is("waiting_for_bind"));

    cloud.admin(&["bind", SN, "--corp", "Second"]).success();
    run.wait_nth(2, 20, "second subscribe", is("subscribed"));
    let second_secret = dev.state()["secret"].as_str().unwrap().to_owned();
    assert_ne!(first_secret, second_secret);
    assert!(dev.state()["active_code"].is_string());
    let (out, err) = run.stop();
    dev.assert_no_secret_in("stdout", &out.text());
    dev.assert_no_secret_in("stderr", &err.text());
    dev.run(&["call", "corp"]).success().stdout("Second\n");
}

/// A seed model exchanges its seedSecretNo once, keeps the SecretNo it got, and never
/// exchanges again.
#[test]
fn seed_exchange_once() {
    let cloud = Cloud::start(&["--auto-bind-after", "0"]);
    let mut dev = Dev::new(&cloud, SEED_SN, SEED);
    dev.seed = true;
    dev.run(&["--until", "subscribed", "--timeout", "30s"])
        .success()
        .stderr(predicate::str::contains(
            "seed exchanged: device SecretNo stored",
        ));
    let st = dev.state();
    let exchanged = st["secret_no"].as_str().unwrap();
    assert_eq!(exchanged.len(), 32);
    assert_ne!(exchanged, SEED);
    assert!(dev.sent_cmds().contains(&"get_secret_no".to_owned()));
    dev.assert_no_secret_in("transcript", &dev.transcript_text());

    std::fs::remove_file(&dev.transcript).unwrap();
    dev.run(&["--until", "subscribed", "--timeout", "30s"])
        .success();
    assert_eq!(
        dev.sent_cmds(),
        ["get_timestamp", "register", "subscribe_corp"]
    );
    assert_eq!(dev.state()["secret_no"], exchanged);
}
