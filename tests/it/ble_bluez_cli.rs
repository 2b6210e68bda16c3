//! `wecom-hw ble --backend bluez` end to end without a radio: the real binary talks
//! btleplug → libdbus → a private `dbus-daemon` → a fake `org.bluez` served from this test
//! process, whose GATT objects forward to the in-process WeCom device simulator. So the
//! scan re-check, connect, service discovery, FCC8 subscription, 20-byte writes, the
//! handshake and the Wi-Fi push all cross real D-Bus.
//!
//! Needs `dbus-daemon` (Debian package `dbus-daemon`, pulled in by `dbus`); without it
//! every test here fails with a message saying so.

use std::sync::Arc;
use std::time::Duration;

use crate::support::fake_bluez::{Config, FakeBluez, PrivateBus};
use assert_cmd::Command;
use wecom_hw::ble::sim::{Faults, SimCentral, SimConfig};
use wecom_hw::ble::transport::{Advert, BleCentral, uuid};

const ADDR: &str = "11:22:33:44:55:66";
const PASSWORD: &str = "Tr0ub4dor&3-wifi";

/// A bus plus a fake BlueZ whose device is the simulator with `faults`.
struct World {
    fake: FakeBluez,
    bus: PrivateBus,
}

fn world(faults: &[&str], tweak: impl FnOnce(&mut Config)) -> World {
    let bus = PrivateBus::start();
    let mut f = Faults::default();
    for spec in faults {
        f.apply(spec).unwrap();
    }
    let sim = SimConfig {
        faults: f,
        ..SimConfig::default()
    };
    let advert = sim.advert();
    let mut config = Config::new(move || Arc::new(SimCentral::new(sim)) as Arc<dyn BleCentral>);
    config.devices = vec![advert.clone()];
    // What a real BlueZ also reports: a cached WeCom device that is not around, a door lock using the same SIG UUID 0xFCE7 with its own
    // data, and a device with WeCom-looking data but no 0xFCE7 (matched by another client's
    // filter, which bluetoothd merges with ours).
    config.decoys = vec![
        Advert {
            address: "C0:FF:EE:00:00:01".into(),
            name: Some("DoorLock".into()),
            rssi: Some(-40),
            services: vec![uuid::SERVICE.into()],
            manufacturer_data: vec![(0x0A2B, vec![0x01, 0x02, 0x03])],
        },
        Advert {
            address: "C0:FF:EE:00:00:02".into(),
            name: None,
            rssi: Some(-45),
            services: vec![uuid::from_u16(0x180F)],
            manufacturer_data: advert.manufacturer_data.clone(),
        },
        // A WeCom device BlueZ remembers from yesterday, switched off today (no RSSI).
        Advert {
            address: "C0:FF:EE:00:00:03".into(),
            rssi: None,
            ..advert.clone()
        },
    ];
    tweak(&mut config);
    let fake = FakeBluez::start(&bus, config);
    World { fake, bus }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn ble(w: &World) -> Command {
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.args(["--lang", "en"]);
    c.env("DBUS_SYSTEM_BUS_ADDRESS", w.bus.address())
        .env_remove("WECOM_HW_SECRET_NO")
        .timeout(Duration::from_secs(90))
        .args(["ble", "--backend", "bluez"]);
    c
}

fn run(c: &mut Command) -> Run {
    let o = c.output().unwrap();
    let r = Run {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into(),
        stderr: String::from_utf8_lossy(&o.stderr).into(),
    };
    // A panic in a background task (e.g. bluez-async's stream clean-up) does not change the
    // exit code, but a technician would see it.
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

fn provision(w: &World, extra: &[&str]) -> Run {
    let r = run(ble(w)
        .args(["provision", "--ssid", "TestAP", "--password-env", "WIFI_PW"])
        .args(extra)
        .env("WIFI_PW", PASSWORD)
        .env("WECOM_HW_SECRET_NO", "secretNo"));
    assert!(
        !r.stdout.contains(PASSWORD) && !r.stderr.contains(PASSWORD),
        "password leaked:\n{}\n{}",
        r.stdout,
        r.stderr
    );
    r
}

#[test]
fn scan_through_bluez_lists_only_the_wecom_device() {
    let w = world(&[], |_| {});
    let r = run(ble(&w).args(["scan", "--timeout", "1.5"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("ADDRESS") && r.stdout.contains(ADDR) && r.stdout.contains("12345"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains("C0:FF:EE"),
        "lookalikes listed: {}",
        r.stdout
    );
    let calls = w.fake.calls();
    assert!(
        calls.contains(&format!("SetDiscoveryFilter hci0 UUIDs={}", uuid::SERVICE)),
        "{calls:?}"
    );
    assert!(
        calls.contains(&"StopDiscovery hci0".to_string()),
        "{calls:?}"
    );
}

#[test]
fn scan_json_reports_the_advertised_fields() {
    let w = world(&[], |_| {});
    let r = run(ble(&w).args(["--json", "scan", "--timeout", "1.5"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty(), "{}", r.stdout);
    for v in &rows {
        assert_eq!(v["address"], ADDR, "{v}");
        assert_eq!(v["device_id"], 12345, "{v}");
        assert_eq!(v["rssi"], -52, "{v}");
    }
}

#[test]
fn provision_through_bluez_runs_the_handshake_and_pushes_wifi() {
    let w = world(&[], |_| {});
    // No --address: scan through BlueZ, pick the only WeCom device, connect.
    let r = provision(&w, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Wi-Fi \"TestAP\": connected"),
        "{}",
        r.stdout
    );
    let calls = w.fake.calls();
    let pos = |p: &str| calls.iter().position(|c| c.starts_with(p));
    let subscribed = pos("StartNotify fcc8").expect("subscribed");
    assert!(subscribed < pos("WriteValue").expect("wrote"), "{calls:?}");
    assert!(pos("ReadValue fcc9").is_some(), "{calls:?}");
    let writes: Vec<&String> = calls
        .iter()
        .filter(|c| c.starts_with("WriteValue"))
        .collect();
    // 20001 + 20002 + 30004 + 30003: at least one frame each, and many more for the JSON.
    assert!(writes.len() >= 8, "{calls:?}");
    assert!(
        writes
            .iter()
            .all(|w| *w == "WriteValue fcc7 len=20 type=request"),
        "every write one 20-byte request: {writes:?}"
    );
    assert!(
        pos("Disconnect").is_some(),
        "left the device connected: {calls:?}"
    );
}

#[test]
fn provision_json_reports_the_device_over_bluez() {
    let w = world(&[], |_| {});
    let r = provision(&w, &["--json", "--address", ADDR]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["address"], ADDR, "{v}");
    assert_eq!(v["sn"], "SN0001", "{v}");
    assert_eq!(v["info"]["mac"], "AA:BB:CC:DD:EE:FF", "{v}");
    assert_eq!(v["info"]["version"], 2, "{v}");
}

#[test]
fn status_and_wifi_list_through_bluez() {
    let w = world(&[], |_| {});
    let r = run(ble(&w)
        .args(["--json", "status", "--address", ADDR])
        .env("WECOM_HW_SECRET_NO", "secretNo"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["sn"], "SN0001", "{v}");
    assert_eq!(v["status"]["mac_address"], "AABBCCDDEEFF", "{v}");

    let r = run(ble(&w)
        .args(["--json", "wifi-list", "--address", ADDR])
        .env("WECOM_HW_SECRET_NO", "secretNo"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(r.stdout.lines().last().unwrap()).unwrap();
    assert_eq!(v["wifi_list"]["wifi_list"][0]["ssid"], "TestAP", "{v}");
    // Two sessions, two connections, each closed again.
    let calls = w.fake.calls();
    let count = |p: &str| calls.iter().filter(|c| c.starts_with(p)).count();
    assert_eq!((count("Connect"), count("Disconnect")), (2, 2), "{calls:?}");
}

#[test]
fn device_refusing_wifi_fails_with_the_step_and_exit_8() {
    let w = world(&["wifi-fail"], |_| {});
    let r = provision(&w, &["--address", ADDR]);
    assert_eq!(r.code, 8, "{}", r.stderr);
    assert!(
        r.stderr.contains("step wifi-report") && r.stderr.contains("wifi_connected: false"),
        "{}",
        r.stderr
    );
}

#[test]
fn device_hanging_up_after_the_signature_is_reported() {
    let w = world(&["reject-signature"], |_| {});
    let r = provision(&w, &["--address", ADDR]);
    assert_eq!(r.code, 8, "{}", r.stderr);
    assert!(r.stderr.contains("step handshake-confirm"), "{}", r.stderr);
}

#[test]
fn bluez_connection_aborts_are_retried() {
    let w = world(&[], |c| c.connect_aborts = 2);
    let r = provision(&w, &["--address", ADDR]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let connects = w
        .fake
        .calls()
        .iter()
        .filter(|c| c.starts_with("Connect"))
        .count();
    assert_eq!(connects, 3, "{:?}", w.fake.calls());

    let w = world(&[], |c| c.connect_aborts = 2);
    let r = provision(&w, &["--address", ADDR, "--attempts", "1"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr.contains("step connect") && r.stderr.contains("le-connection-abort-by-local"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_adapter_names_the_ones_that_exist() {
    let w = world(&[], |c| c.adapters = vec!["hci0".into(), "hci1".into()]);
    let r = run(ble(&w).args(["--adapter", "hci9", "scan", "--timeout", "1"]));
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr.contains("hci9") && r.stderr.contains("hci0, hci1"),
        "{}",
        r.stderr
    );
    let r = run(ble(&w).args(["--adapter", "hci1", "scan", "--timeout", "0.5"]));
    // hci1 has no devices in this fake: a clean "nothing found", not an adapter error.
    assert!(!r.stderr.contains("no adapter"), "{}", r.stderr);
}

#[test]
fn blocked_adapter_tells_how_to_unblock_it() {
    let w = world(&[], |c| c.rfkill_blocked = true);
    let r = run(ble(&w).args(["scan", "--timeout", "1"]));
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr.contains("Blocked through rfkill") && r.stderr.contains("rfkill unblock"),
        "{}",
        r.stderr
    );
    let r = provision(&w, &["--address", ADDR]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr.contains("step connect") && r.stderr.contains("power"),
        "{}",
        r.stderr
    );
}

#[test]
fn bluez_not_running_is_a_clear_network_error() {
    let bus = PrivateBus::start(); // a bus on which nobody owns org.bluez
    let mut c = Command::cargo_bin("wecom-hw").unwrap();
    c.args(["--lang", "en"]);
    let r = run(c
        .env("DBUS_SYSTEM_BUS_ADDRESS", bus.address())
        .timeout(Duration::from_secs(60))
        .args(["ble", "--backend", "bluez", "scan", "--timeout", "1"]));
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("BlueZ is not running"), "{}", r.stderr);
}
