//! The btleplug driver (`src/ble/bluez.rs`) against a fake BlueZ on a private D-Bus bus:
//! the real btleplug → bluez-async → libdbus path, with a small echo device behind the
//! GATT objects so the driver's own behaviour is what is tested (the protocol runs through
//! the real simulator in `ble_bluez_cli.rs`).
//!
//! libdbus reads `DBUS_SYSTEM_BUS_ADDRESS` from the process environment, once, so the tests
//! of this module take turns (one lock), each starting its own bus at the one address the
//! variable names.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use crate::support::fake_bluez::{Config, FakeBluez, PrivateBus};
use tokio::sync::mpsc;
use wecom_hw::ble::bluez;
use wecom_hw::ble::transport::{Advert, BleCentral, BleLink, LinkError, scan_all, uuid};

const ADDR: &str = "C0:FF:EE:00:00:01";
const INFO: [u8; 8] = [0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00, 0x02];
const GREETING: [u8; 20] = [0x47; 20];
/// Writing a frame that starts with this makes the echo device drop the link.
const BYE: u8 = 0xBB;

static ENV: Mutex<()> = Mutex::new(());

/// One private bus per test, installed as the process's system bus while the test runs.
struct Env {
    // Field order matters: the bus must be gone before the next test may start its own.
    bus: PrivateBus,
    _guard: MutexGuard<'static, ()>,
}

fn env() -> Env {
    static SET: std::sync::Once = std::sync::Once::new();
    let guard = ENV.lock().unwrap_or_else(|p| p.into_inner());
    let dir = std::env::temp_dir().join(format!("wecom-hw-fake-bluez-{}", std::process::id()));
    let bus = PrivateBus::start_in(&dir);
    // libdbus keeps the first value it reads, which is why every bus of this process has
    // the same path, and why the variable is set once: the whole test binary shares this
    // process, and one write of a variable no one else sets is the least its other threads
    // can race with.
    // SAFETY: the other tests read the environment through std, which takes the same lock
    // as set_var; libdbus looks this variable up only to open the system bus, which only
    // the tests of this module do, under ENV.
    SET.call_once(|| unsafe { std::env::set_var("DBUS_SYSTEM_BUS_ADDRESS", bus.address()) });
    Env { bus, _guard: guard }
}

fn wecom_advert(address: &str) -> Advert {
    Advert {
        address: address.into(),
        name: Some("WeComSim".into()),
        rssi: Some(-52),
        services: vec![uuid::SERVICE.into()],
        manufacturer_data: vec![(
            0xFFFF,
            vec![
                0xee, 0x02, 0, 0, 0, 0, 0, 0, 0x30, 0x39, 0, 0, 0, 0, 0, 0, 0, 0,
            ],
        )],
    }
}

/// The device side for these tests: greets when connected, echoes every frame as an
/// indication, answers FCC9 with [`INFO`].
struct EchoDevice;

struct EchoLink {
    tx: Mutex<Option<mpsc::UnboundedSender<Vec<u8>>>>,
    rx: tokio::sync::Mutex<mpsc::UnboundedReceiver<Vec<u8>>>,
}

#[async_trait::async_trait]
impl BleCentral for EchoDevice {
    async fn scan(&self, _: Duration, _: mpsc::UnboundedSender<Advert>) -> Result<(), LinkError> {
        Ok(())
    }
    async fn connect(&self, _: &str, _: Duration) -> Result<Box<dyn BleLink>, LinkError> {
        let (tx, rx) = mpsc::unbounded_channel();
        tx.send(GREETING.to_vec()).unwrap();
        Ok(Box::new(EchoLink {
            tx: Mutex::new(Some(tx)),
            rx: tokio::sync::Mutex::new(rx),
        }))
    }
}

#[async_trait::async_trait]
impl BleLink for EchoLink {
    async fn write_frame(&self, frame: [u8; 20]) -> Result<(), LinkError> {
        let mut tx = self.tx.lock().unwrap();
        if frame[0] == BYE {
            tx.take();
            return Ok(());
        }
        match tx.as_ref() {
            Some(t) => t.send(frame.to_vec()).map_err(|_| LinkError::Disconnected),
            None => Err(LinkError::Disconnected),
        }
    }
    async fn next_indication(&self) -> Result<Vec<u8>, LinkError> {
        self.rx
            .lock()
            .await
            .recv()
            .await
            .ok_or(LinkError::Disconnected)
    }
    async fn read_info(&self) -> Result<Vec<u8>, LinkError> {
        Ok(INFO.to_vec())
    }
    async fn disconnect(&self) -> Result<(), LinkError> {
        self.tx.lock().unwrap().take();
        Ok(())
    }
}

fn echo_config() -> Config {
    let mut c = Config::new(|| Arc::new(EchoDevice) as Arc<dyn BleCentral>);
    c.devices = vec![wecom_advert(ADDR)];
    c
}

async fn within<T>(what: &str, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(30), f)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish within 30 s"))
}

#[tokio::test]
async fn scan_keeps_only_wecom_devices_even_when_bluez_reports_others() {
    let env = env();
    let mut config = echo_config();
    // BlueZ merges every client's filter and lists cached devices, so these reach us too.
    let mut other_vendor = wecom_advert("11:22:33:44:55:66");
    other_vendor.manufacturer_data = vec![(0x004C, vec![0x02, 0x15, 0xee])];
    let mut no_service = wecom_advert("22:33:44:55:66:77");
    no_service.services = vec!["0000180f-0000-1000-8000-00805f9b34fb".into()];
    // Cached from an earlier day, not advertising now: BlueZ lists it without RSSI.
    let cached = Advert {
        rssi: None,
        ..wecom_advert("33:44:55:66:77:88")
    };
    config.decoys = vec![other_vendor, no_service, cached];
    let fake = FakeBluez::start(&env.bus, config);

    let central = within("open", bluez::open(None)).await.expect("open hci0");
    assert_eq!(central.name(), "hci0");
    let seen = within("scan", scan_all(&central, Duration::from_millis(1500)))
        .await
        .expect("scan");

    let addresses: Vec<&str> = seen.iter().map(|a| a.address.as_str()).collect();
    assert_eq!(addresses, vec![ADDR], "only the WeCom device: {seen:?}");
    let dev = &seen[0];
    assert_eq!(dev.name.as_deref(), Some("WeComSim"));
    assert_eq!(dev.rssi, Some(-52));
    assert_eq!(dev.manufacturer_data, wecom_advert(ADDR).manufacturer_data);
    let calls = fake.calls();
    assert!(
        calls
            .iter()
            .any(|c| c == &format!("SetDiscoveryFilter hci0 UUIDs={}", uuid::SERVICE)),
        "the scan asks BlueZ for 0xFCE7: {calls:?}"
    );
    assert!(calls.iter().any(|c| c == "StopDiscovery hci0"), "{calls:?}");
}

#[tokio::test]
async fn link_reads_writes_and_receives_indications_through_bluez() {
    let env = env();
    let fake = FakeBluez::start(&env.bus, echo_config());
    let central = within("open", bluez::open(Some("hci0"))).await.unwrap();

    // No scan first: the driver finds the device BlueZ already knows.
    let link = within("connect", central.connect(ADDR, Duration::from_secs(10)))
        .await
        .expect("connect");
    // The greeting was sent the moment indications were enabled and must not be lost.
    let first = within("greeting", link.next_indication()).await.unwrap();
    assert_eq!(first, GREETING);
    assert_eq!(within("read", link.read_info()).await.unwrap(), INFO);

    let mut frame = [0u8; 20];
    frame[..9].copy_from_slice(&[0xfe, 0x01, 0x00, 0x09, 0x75, 0x34, 0, 0, 0]);
    within("write", link.write_frame(frame)).await.unwrap();
    frame[0] = 0x7b; // the same bytes twice must arrive twice: no deduplication
    within("write", link.write_frame(frame)).await.unwrap();
    within("write", link.write_frame(frame)).await.unwrap();
    assert_eq!(
        within("echo 1", link.next_indication()).await.unwrap()[..4],
        [0xfe, 1, 0, 9]
    );
    assert_eq!(
        within("echo 2", link.next_indication()).await.unwrap(),
        frame
    );
    assert_eq!(
        within("echo 3", link.next_indication()).await.unwrap(),
        frame
    );
    within("disconnect", link.disconnect()).await.unwrap();
    within("disconnect again", link.disconnect()).await.unwrap();

    let calls = fake.calls();
    let pos = |needle: &str| calls.iter().position(|c| c.starts_with(needle));
    let subscribed = pos("StartNotify fcc8").expect("subscribed to FCC8");
    let first_write = pos("WriteValue").expect("wrote");
    assert!(
        subscribed < first_write,
        "subscribe before writing: {calls:?}"
    );
    let writes: Vec<&String> = calls
        .iter()
        .filter(|c| c.starts_with("WriteValue"))
        .collect();
    assert_eq!(writes.len(), 3, "{calls:?}");
    for w in writes {
        // FCC7 has WRITE, so every frame is a write request of exactly 20 bytes.
        assert_eq!(w, "WriteValue fcc7 len=20 type=request");
    }
    assert!(
        calls.iter().any(|c| c.starts_with("Disconnect")),
        "{calls:?}"
    );
}

#[tokio::test]
async fn devices_bluez_learns_about_during_the_scan_are_found() {
    let env = env();
    let mut config = echo_config();
    config.appear_on_discovery = true; // fresh boot: BlueZ's cache is empty
    let fake = FakeBluez::start(&env.bus, config);
    let central = within("open", bluez::open(None)).await.unwrap();
    let seen = within("scan", scan_all(&central, Duration::from_millis(1500)))
        .await
        .unwrap();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].address, ADDR);
    assert_eq!(
        seen[0].manufacturer_data,
        wecom_advert(ADDR).manufacturer_data
    );
    drop(fake);

    // Connecting by address to a device BlueZ does not know yet scans for it first.
    let mut config = echo_config();
    config.appear_on_discovery = true;
    let fake = FakeBluez::start(&env.bus, config);
    let central = within("open", bluez::open(None)).await.unwrap();
    let link = within("connect", central.connect(ADDR, Duration::from_secs(10)))
        .await
        .expect("found by scanning, then connected");
    assert_eq!(
        within("greeting", link.next_indication()).await.unwrap(),
        GREETING
    );
    let calls = fake.calls();
    let pos = |p: &str| calls.iter().position(|c| c.starts_with(p));
    assert!(
        pos("StartDiscovery").unwrap() < pos("Connect").unwrap(),
        "{calls:?}"
    );
    assert!(
        pos("StopDiscovery").unwrap() < pos("Connect").unwrap(),
        "{calls:?}"
    );
}

#[tokio::test]
async fn device_dropping_the_link_is_reported_as_disconnected() {
    let env = env();
    let _fake = FakeBluez::start(&env.bus, echo_config());
    let central = within("open", bluez::open(None)).await.unwrap();
    let link = within("connect", central.connect(ADDR, Duration::from_secs(10)))
        .await
        .unwrap();
    assert_eq!(
        within("greeting", link.next_indication()).await.unwrap(),
        GREETING
    );
    let mut bye = [0u8; 20];
    bye[0] = BYE;
    within("write", link.write_frame(bye)).await.unwrap();
    // Without this the client would sit out its 30 s idle timeout.
    let r = within("disconnect notice", link.next_indication()).await;
    assert_eq!(r, Err(LinkError::Disconnected));
}

fn three_attempts() -> bluez::BluezOptions {
    bluez::BluezOptions {
        attempts: 3,
        ..bluez::BluezOptions::default()
    }
}

/// `open()` leaves retries to the session driver; `attempts` turns them on in the driver.
#[tokio::test]
async fn connection_aborts_are_retried_then_reported_as_transient() {
    let env = env();
    let mut config = echo_config();
    config.connect_aborts = 2;
    let fake = FakeBluez::start(&env.bus, config);
    let central = within("open", bluez::open_with(three_attempts()))
        .await
        .unwrap();
    let link = within("connect", central.connect(ADDR, Duration::from_secs(10)))
        .await
        .expect("third attempt connects");
    assert_eq!(
        within("greeting", link.next_indication()).await.unwrap(),
        GREETING
    );
    let connects = fake
        .calls()
        .iter()
        .filter(|c| c.starts_with("Connect"))
        .count();
    assert_eq!(connects, 3);
    drop(link);
    drop(fake);

    let mut config = echo_config();
    config.connect_aborts = 10;
    let fake = FakeBluez::start(&env.bus, config);
    let central = within("open", bluez::open_with(three_attempts()))
        .await
        .unwrap();
    let err = within("connect", central.connect(ADDR, Duration::from_secs(10)))
        .await
        .err()
        .expect("gives up");
    assert!(err.is_transient(), "{err:?}");
    assert!(
        err.to_string().contains("le-connection-abort-by-local"),
        "{err}"
    );
    assert!(err.to_string().contains("connect"), "names the step: {err}");
    assert_eq!(
        fake.calls()
            .iter()
            .filter(|c| c.starts_with("Connect"))
            .count(),
        3
    );
}

#[tokio::test]
async fn fcc8_without_indicate_is_refused_and_the_link_released() {
    let env = env();
    let mut config = echo_config();
    config.fcc8_flags = vec!["notify".into()];
    let fake = FakeBluez::start(&env.bus, config);
    let central = within("open", bluez::open(None)).await.unwrap();
    let err = within("connect", central.connect(ADDR, Duration::from_secs(10)))
        .await
        .err()
        .expect("refused");
    assert!(
        matches!(&err, LinkError::Gatt(m) if m.contains("FCC8") && m.contains("indicate")),
        "{err:?}"
    );
    let calls = fake.calls();
    assert!(
        !calls.iter().any(|c| c.starts_with("StartNotify")),
        "{calls:?}"
    );
    assert!(
        calls.iter().any(|c| c.starts_with("Disconnect")),
        "left connected: {calls:?}"
    );
}

#[tokio::test]
async fn a_stalled_read_times_out_naming_the_step() {
    let env = env();
    let mut config = echo_config();
    config.read_delay = Duration::from_millis(1500);
    let _fake = FakeBluez::start(&env.bus, config);
    let opts = bluez::BluezOptions {
        timeouts: bluez::Timeouts {
            read: Duration::from_millis(300),
            ..bluez::Timeouts::default()
        },
        ..bluez::BluezOptions::default()
    };
    let central = within("open", bluez::open_with(opts)).await.unwrap();
    let link = within("connect", central.connect(ADDR, Duration::from_secs(10)))
        .await
        .unwrap();
    let err = within("read", link.read_info()).await.unwrap_err();
    assert_eq!(err, LinkError::Timeout("read 0xFCC9"));
    assert_eq!(err.to_string(), "timed out during read 0xFCC9");
    // The link is still usable afterwards.
    assert_eq!(
        within("greeting", link.next_indication()).await.unwrap(),
        GREETING
    );
}

#[tokio::test]
async fn adapter_is_chosen_by_name() {
    let env = env();
    let mut config = echo_config();
    config.adapters = vec!["hci0".into(), "hci1".into()];
    let _fake = FakeBluez::start(&env.bus, config);
    let hci1 = within("open", bluez::open(Some("hci1"))).await.unwrap();
    assert_eq!(hci1.name(), "hci1");
    let err = within("open", bluez::open(Some("hci7")))
        .await
        .err()
        .unwrap();
    assert!(
        matches!(&err, LinkError::NoAdapter(m) if m.contains("hci7") && m.contains("hci0, hci1")),
        "{err:?}"
    );
}

#[tokio::test]
async fn missing_bluez_says_so() {
    let _env = env(); // a bus, but nobody owns org.bluez on it
    let err = within("open", bluez::open(None)).await.err().unwrap();
    assert!(
        matches!(&err, LinkError::NoAdapter(m) if m.contains("BlueZ is not running")),
        "{err:?}"
    );
}
