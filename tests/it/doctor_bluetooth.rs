//! `wecom-hw doctor --ble` against a private D-Bus: no bluetoothd, the fake BlueZ with no
//! adapter, and with a powered-off (rfkill-blocked) adapter, through the real binary.

use std::sync::Arc;

use crate::support::cloud::bin;
use crate::support::fake_bluez::{Config, FakeBluez, PrivateBus};
use serde_json::Value;
use wecom_hw::ble::sim::{SimCentral, SimConfig};
use wecom_hw::ble::transport::BleCentral;

fn config() -> Config {
    Config::new(|| Arc::new(SimCentral::new(SimConfig::default())) as Arc<dyn BleCentral>)
}

fn doctor(bus: &PrivateBus, lang: &str) -> (Vec<Value>, Option<i32>) {
    let out = std::process::Command::new(bin())
        .env("DBUS_SYSTEM_BUS_ADDRESS", bus.address())
        .env("WECOM_HW_STORE", crate::support::no_store())
        .args(["--lang", lang, "--json", "doctor", "--ble", "--only"])
        .args([
            "bluetooth.dbus",
            "bluetooth.bluetoothd",
            "bluetooth.adapter",
        ])
        .args(["--timeout", "5"])
        .output()
        .unwrap();
    let all = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (all, out.status.code())
}

fn statuses(all: &[Value]) -> Vec<(&str, &str)> {
    all.iter()
        .map(|c| (c["name"].as_str().unwrap(), c["status"].as_str().unwrap()))
        .collect()
}

#[test]
fn doctor_bluetooth_without_bluetoothd_says_to_start_it() {
    let bus = PrivateBus::start();
    let (all, code) = doctor(&bus, "en");
    assert_eq!(
        statuses(&all),
        [
            ("bluetooth.dbus", "ok"),
            ("bluetooth.bluetoothd", "fail"),
            ("bluetooth.adapter", "skip")
        ]
    );
    assert!(
        all[1]["hint"]
            .as_str()
            .unwrap()
            .contains("systemctl start bluetooth")
    );
    assert_eq!(code, Some(7));
}

#[test]
fn doctor_bluetooth_with_no_adapter_fails() {
    let bus = PrivateBus::start();
    let mut cfg = config();
    cfg.adapters = Vec::new();
    let _fake = FakeBluez::start(&bus, cfg);
    let (all, code) = doctor(&bus, "en");
    assert_eq!(
        statuses(&all),
        [
            ("bluetooth.dbus", "ok"),
            ("bluetooth.bluetoothd", "ok"),
            ("bluetooth.adapter", "fail")
        ]
    );
    assert_eq!(all[2]["code"], "ble.no_adapter");
    assert_eq!(all[2]["value"], "no Bluetooth adapter");
    assert_eq!(code, Some(7));
}

#[test]
fn doctor_bluetooth_with_a_powered_off_adapter_says_power_on() {
    let bus = PrivateBus::start();
    let mut cfg = config();
    cfg.rfkill_blocked = true;
    let _fake = FakeBluez::start(&bus, cfg);
    let (all, code) = doctor(&bus, "zh-CN");
    let adapter = &all[2];
    assert_eq!(adapter["status"], "fail", "{all:?}");
    assert_eq!(adapter["code"], "ble.adapter_off");
    assert_eq!(adapter["value"], "hci0 未开启");
    assert!(
        adapter["hint"]
            .as_str()
            .unwrap()
            .contains("bluetoothctl power on")
    );
    assert_eq!(code, Some(7));

    // Powered (the fake's default): all three pass.
    let bus = PrivateBus::start();
    let _fake = FakeBluez::start(&bus, config());
    let (all, code) = doctor(&bus, "en");
    assert!(all.iter().all(|c| c["status"] == "ok"), "{all:?}");
    assert_eq!(all[2]["value"], "hci0 powered on");
    assert_eq!(code, Some(0));
}
