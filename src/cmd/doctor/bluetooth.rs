//! The Bluetooth checks, asked of BlueZ the way `ble --backend bluez` reaches it: the
//! system D-Bus (`DBUS_SYSTEM_BUS_ADDRESS` honoured), `org.bluez` owned (bluetoothd
//! running), an `Adapter1` present and powered; and the kernel's rfkill switches.

use crate::core::doctor::Check;
use crate::fl;
use crate::output::ErrorCode;
use dbus::blocking::Connection;
use dbus::blocking::stdintf::org_freedesktop_dbus::ObjectManager;
use std::path::Path;
use std::time::Duration;

/// `bluetooth.dbus`, `bluetooth.bluetoothd`, `bluetooth.adapter` (the named one, or any),
/// then `bluetooth.rfkill` from `rfkill_dir` (normally `/sys/class/rfkill`).
pub fn bluetooth_checks(adapter: Option<&str>, timeout: Duration, rfkill_dir: &Path) -> Vec<Check> {
    let mut checks = dbus_checks(adapter, timeout);
    checks.push(rfkill_check(rfkill_dir));
    checks
}

fn dbus_checks(adapter: Option<&str>, timeout: Duration) -> Vec<Check> {
    let mut checks = Vec::new();
    let conn = match Connection::new_system() {
        Ok(c) => c,
        Err(e) => {
            checks.push(Check::fail(
                "bluetooth.dbus",
                ErrorCode::BleNoAdapter,
                fl!("doctor-dbus-failed", error = e.to_string()),
                fl!("doctor-dbus-hint"),
            ));
            checks.push(Check::skip(
                "bluetooth.bluetoothd",
                fl!("doctor-skip-after-failure"),
            ));
            checks.push(Check::skip(
                "bluetooth.adapter",
                fl!("doctor-skip-after-failure"),
            ));
            return checks;
        }
    };
    checks.push(Check::ok("bluetooth.dbus", fl!("doctor-dbus-ok")));
    let bus = conn.with_proxy("org.freedesktop.DBus", "/org/freedesktop/DBus", timeout);
    let owned: Result<(bool,), _> =
        bus.method_call("org.freedesktop.DBus", "NameHasOwner", ("org.bluez",));
    if !matches!(owned, Ok((true,))) {
        checks.push(Check::fail(
            "bluetooth.bluetoothd",
            ErrorCode::BleNoAdapter,
            fl!("doctor-bluetoothd-missing"),
            fl!("doctor-bluetoothd-hint"),
        ));
        checks.push(Check::skip(
            "bluetooth.adapter",
            fl!("doctor-skip-after-failure"),
        ));
        return checks;
    }
    checks.push(Check::ok(
        "bluetooth.bluetoothd",
        fl!("doctor-bluetoothd-ok"),
    ));
    let objects = match conn
        .with_proxy("org.bluez", "/", timeout)
        .get_managed_objects()
    {
        Ok(o) => o,
        Err(e) => {
            let denied = e.name() == Some("org.freedesktop.DBus.Error.AccessDenied");
            checks.push(Check::fail(
                "bluetooth.adapter",
                if denied {
                    ErrorCode::BlePermission
                } else {
                    ErrorCode::BleNoAdapter
                },
                fl!(
                    "doctor-adapter-unlisted",
                    error = e.message().unwrap_or_default().to_owned()
                ),
                if denied {
                    fl!("doctor-bluetooth-permission-hint")
                } else {
                    fl!("doctor-bluetoothd-hint")
                },
            ));
            return checks;
        }
    };
    // (name, powered), in hci order.
    let mut adapters: Vec<(String, bool)> = objects
        .iter()
        .filter_map(|(path, ifaces)| {
            let props = ifaces.get("org.bluez.Adapter1")?;
            let name = path.rsplit('/').next().unwrap_or_default().to_owned();
            let powered = dbus::arg::prop_cast::<bool>(props, "Powered")
                .copied()
                .unwrap_or(false);
            Some((name, powered))
        })
        .filter(|(n, _)| adapter.is_none_or(|want| want == n))
        .collect();
    adapters.sort();
    let Some((name, powered)) = adapters.first().cloned() else {
        checks.push(Check::fail(
            "bluetooth.adapter",
            ErrorCode::BleNoAdapter,
            match adapter {
                Some(a) => fl!("doctor-adapter-not-named", adapter = a.to_owned()),
                None => fl!("doctor-adapter-none"),
            },
            fl!("doctor-adapter-none-hint"),
        ));
        return checks;
    };
    checks.push(if powered {
        Check::ok(
            "bluetooth.adapter",
            fl!("doctor-adapter-on", adapter = name),
        )
    } else {
        Check::fail(
            "bluetooth.adapter",
            ErrorCode::BleAdapterOff,
            fl!("doctor-adapter-off", adapter = name.clone()),
            fl!("doctor-adapter-off-hint"),
        )
    });
    checks
}

/// `bluetooth.rfkill`: a Bluetooth radio switched off in software (`rfkill block`) or by a
/// hardware switch. No Bluetooth rfkill entry: nothing blocks it.
pub fn rfkill_check(dir: &Path) -> Check {
    const NAME: &str = "bluetooth.rfkill";
    let read = |p: &Path| std::fs::read_to_string(p).map(|s| s.trim().to_owned()).ok();
    let mut found = 0;
    let entries = std::fs::read_dir(dir).map(|d| d.flatten().collect::<Vec<_>>());
    for e in entries.unwrap_or_default() {
        let p = e.path();
        if read(&p.join("type")).as_deref() != Some("bluetooth") {
            continue;
        }
        found += 1;
        let name = read(&p.join("name")).unwrap_or_default();
        if read(&p.join("hard")).as_deref() == Some("1") {
            return Check::fail(
                NAME,
                ErrorCode::BleAdapterOff,
                fl!("doctor-rfkill-hard", radio = name),
                fl!("doctor-rfkill-hard-hint"),
            );
        }
        if read(&p.join("soft")).as_deref() == Some("1") {
            return Check::fail(
                NAME,
                ErrorCode::BleAdapterOff,
                fl!("doctor-rfkill-soft", radio = name),
                fl!("doctor-rfkill-soft-hint"),
            );
        }
    }
    Check::ok(NAME, fl!("doctor-rfkill-ok", radios = found))
}
