//! The real radio: [`BleCentral`]/[`BleLink`] over btleplug 0.13 on Linux BlueZ (D-Bus).
//!
//! Thin on purpose: protocol logic lives in `crate::core::ble`; this module only turns
//! btleplug calls into the transport contract of [`super::transport`] and handles what
//! BlueZ does differently from a textbook central (`ble.md` sections 8 and 10):
//!
//! - bluetoothd merges the discovery filters of all D-Bus clients and lists cached devices,
//!   so every scan result is re-checked here: service 0xFCE7 **and** manufacturer data
//!   whose value starts with `0xEE`/`0xED`.
//! - A static 0xEE payload may produce one `ManufacturerDataAdvertisement` or none (cached
//!   device), so on any event about a device we read its current properties instead.
//! - The notification stream is taken **before** `subscribe(FCC8)`, because the device
//!   sends 10001 as soon as indications are enabled.
//! - Frames are written one at a time, with response when FCC7 has WRITE.
//! - Errors are classified from the D-Bus error name (`org.bluez.Error.*`), transient ones
//!   (connection aborts, "In Progress") are retried a few times with backoff, and every
//!   timeout names its step.

use std::time::Duration;

use btleplug::api::bleuuid::uuid_from_u16;
use btleplug::api::{
    Central, CentralEvent, CharPropFlags, Characteristic, Manager as _, Peripheral as _,
    ScanFilter, WriteType,
};
use btleplug::platform::{Adapter, Manager, Peripheral, PeripheralId};
use futures_util::StreamExt;
use tokio::sync::{Mutex, mpsc};
use tokio::task::JoinHandle;

use super::transport::{Advert, BleCentral, BleLink, FRAME_LEN, LinkError, Step, uuid};

/// Per-step time limits (`ble.md` 4.6: the App's values are the defaults).
#[derive(Debug, Clone)]
pub struct Timeouts {
    /// Opening the D-Bus connection and listing adapters.
    pub open: Duration,
    /// `discover_services` after the connection is up.
    pub discover: Duration,
    /// `StartNotify` on FCC8 (BlueZ writes the CCCD).
    pub subscribe: Duration,
    /// Reading FCC9.
    pub read: Duration,
    /// One 20-byte write to FCC7.
    pub write: Duration,
    /// Disconnecting.
    pub disconnect: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            open: Duration::from_secs(10),
            discover: Duration::from_secs(10),
            subscribe: Duration::from_secs(5),
            read: Duration::from_secs(10),
            write: Duration::from_secs(5),
            disconnect: Duration::from_secs(5),
        }
    }
}

/// Tries for starting discovery ("In Progress" while another client starts it), and the
/// base backoff of every retry.
const SCAN_ATTEMPTS: u32 = 3;
const BACKOFF: Duration = Duration::from_millis(300);

/// Options for [`open_with`].
#[derive(Debug, Clone)]
pub struct BluezOptions {
    /// Controller name as BlueZ knows it (`hci0`, `hci1`, ...); `None` = the first one.
    pub adapter: Option<String>,
    pub timeouts: Timeouts,
    /// Tries per link operation (connect, subscribe, write, read) while it fails
    /// transiently. [`open`] uses 1 because the session driver (`crate::ble::client`)
    /// already retries those operations (`--attempts`); retrying in both places would
    /// multiply the user's number.
    pub attempts: u32,
}

impl Default for BluezOptions {
    fn default() -> Self {
        BluezOptions {
            adapter: None,
            timeouts: Timeouts::default(),
            attempts: 1,
        }
    }
}

/// A BlueZ controller driven through btleplug.
pub struct BtleplugCentral {
    adapter: Adapter,
    name: String,
    timeouts: Timeouts,
    attempts: u32,
}

/// The name the rest of the crate expects (`src/ble/mod.rs`).
pub type BluezCentral = BtleplugCentral;

/// Opens the named adapter (or the first one) with default timeouts.
pub async fn open(adapter: Option<&str>) -> Result<BtleplugCentral, LinkError> {
    open_with(BluezOptions {
        adapter: adapter.map(str::to_owned),
        ..BluezOptions::default()
    })
    .await
}

/// Opens an adapter: connects to the system D-Bus (`DBUS_SYSTEM_BUS_ADDRESS` is honoured),
/// lists BlueZ's controllers and picks `opts.adapter` by name.
pub async fn open_with(opts: BluezOptions) -> Result<BtleplugCentral, LinkError> {
    quiet_known_panic();
    let step = "open the Bluetooth adapter";
    let limit = opts.timeouts.open;
    let (manager, adapters) = tokio::time::timeout(limit, async {
        let manager = Manager::new().await.map_err(|e| classify(&e, step))?;
        let adapters = manager.adapters().await.map_err(|e| classify(&e, step))?;
        Ok::<_, LinkError>((manager, adapters))
    })
    .await
    .map_err(|_| LinkError::Timeout(step))??;
    // The manager only owns the D-Bus session the adapters share; keep nothing else.
    drop(manager);

    let mut named = Vec::with_capacity(adapters.len());
    for a in adapters {
        let info = a.adapter_info().await.map_err(|e| classify(&e, step))?;
        named.push((adapter_name(&info), a));
    }
    // D-Bus hands adapters over in hash order; "the first" must mean hci0, as in bluetoothctl.
    named.sort_by_key(|(n, _)| natural_key(n));
    if named.is_empty() {
        return Err(LinkError::NoAdapter(
            "BlueZ lists no Bluetooth controller (check `bluetoothctl list`, `rfkill list`)".into(),
        ));
    }
    let available: Vec<String> = named.iter().map(|(n, _)| n.clone()).collect();
    let (name, adapter) = match &opts.adapter {
        None => named.into_iter().next().expect("checked non-empty"),
        Some(want) => named.into_iter().find(|(n, _)| n == want).ok_or_else(|| {
            LinkError::NoAdapter(crate::fl!(
                "i18nl-bluez-no-adapter-named",
                want = format!("{want:?}"),
                available = available.join(", ")
            ))
        })?,
    };
    Ok(BtleplugCentral {
        adapter,
        name,
        timeouts: opts.timeouts,
        attempts: opts.attempts.max(1),
    })
}

/// `hci2` < `hci10`.
fn natural_key(name: &str) -> (String, u64) {
    let digits = name.trim_start_matches(|c: char| !c.is_ascii_digit());
    let prefix = &name[..name.len() - digits.len()];
    (prefix.to_owned(), digits.parse().unwrap_or(0))
}

/// `adapter_info()` on BlueZ is `"hci0 (usb:v1D6Bp0246d0537)"`; the name is the first word.
fn adapter_name(info: &str) -> String {
    info.split_whitespace().next().unwrap_or(info).to_owned()
}

impl BtleplugCentral {
    /// The controller name (`hci0`).
    pub fn name(&self) -> &str {
        &self.name
    }

    fn scan_filter() -> ScanFilter {
        ScanFilter {
            services: vec![uuid_from_u16(uuid::SERVICE_16)],
        }
    }

    /// The advert of a peripheral as BlueZ currently has it.
    async fn advert_of(&self, id: &PeripheralId) -> Option<Advert> {
        let p = self.adapter.peripheral(id).await.ok()?;
        let props = p.properties().await.ok()??;
        let mut manufacturer_data: Vec<(u16, Vec<u8>)> =
            props.manufacturer_data.into_iter().collect();
        manufacturer_data.sort();
        Some(Advert {
            address: props.address.to_string(),
            name: props.local_name,
            rssi: props.rssi,
            services: props.services.iter().map(|u| u.to_string()).collect(),
            manufacturer_data,
        })
    }

    /// Finds the peripheral with `address` among what BlueZ knows; if it is not known yet
    /// (fresh boot, cache cleared), scans until it shows up or `limit` passes.
    async fn find(&self, address: &str, limit: Duration) -> Result<Peripheral, LinkError> {
        let step = "find the device";
        if let Some(p) = self.known(address).await? {
            return Ok(p);
        }
        let mut events = self
            .adapter
            .events()
            .await
            .map_err(|e| classify(&e, step))?;
        retry(step, SCAN_ATTEMPTS, || {
            self.adapter.start_scan(Self::scan_filter())
        })
        .await?;
        let found = tokio::time::timeout(limit, async {
            while let Some(ev) = events.next().await {
                if let Some(id) = event_id(&ev)
                    && let Ok(p) = self.adapter.peripheral(id).await
                    && same_address(&p.address().to_string(), address)
                {
                    return Some(p);
                }
            }
            None
        })
        .await
        .ok()
        .flatten();
        let _ = self.adapter.stop_scan().await;
        release(events).await;
        found.ok_or_else(|| {
            LinkError::NotFound(crate::fl!(
                "i18nl-bluez-not-seen",
                address = address.to_string(),
                adapter = self.name.clone(),
                secs = limit.as_secs().to_string()
            ))
        })
    }

    async fn known(&self, address: &str) -> Result<Option<Peripheral>, LinkError> {
        let all = self
            .adapter
            .peripherals()
            .await
            .map_err(|e| classify(&e, "find the device"))?;
        Ok(all
            .into_iter()
            .find(|p| same_address(&p.address().to_string(), address)))
    }
}

fn same_address(a: &str, b: &str) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_hexdigit())
            .map(|c| c.to_ascii_uppercase())
            .collect()
    };
    norm(a) == norm(b)
}

/// The peripheral an event is about, for the events that can change what we show.
fn event_id(ev: &CentralEvent) -> Option<&PeripheralId> {
    match ev {
        CentralEvent::DeviceDiscovered(id)
        | CentralEvent::DeviceUpdated(id)
        | CentralEvent::ManufacturerDataAdvertisement { id, .. }
        | CentralEvent::ServicesAdvertisement { id, .. }
        | CentralEvent::ServiceDataAdvertisement { id, .. }
        | CentralEvent::RssiUpdate { id, .. } => Some(id),
        _ => None,
    }
}

/// Limit for reading one device's properties during a scan.
const PROPERTY_READ: Duration = Duration::from_secs(2);

/// Whether BlueZ heard the device in the current discovery. `events()` replays every
/// cached device too, including ones that are switched off or far away; bluetoothd keeps
/// the `RSSI` property only for devices heard since discovery started, so a device without
/// it is not shown as "in range".
pub fn heard_now(a: &Advert) -> bool {
    a.rssi.is_some()
}

/// Our own re-check of a scan result (`ble.md` section 8 step 1): BlueZ's filter is not
/// trusted, because it merges every client's filter and lists cached devices.
pub fn is_wecom_candidate(a: &Advert) -> bool {
    a.has_service(uuid::SERVICE_16)
        && a.manufacturer_data
            .iter()
            .any(|(_, v)| matches!(v.first(), Some(0xEE | 0xED)))
}

#[async_trait::async_trait]
impl BleCentral for BtleplugCentral {
    async fn scan(
        &self,
        timeout: Duration,
        sink: mpsc::UnboundedSender<Advert>,
    ) -> Result<(), LinkError> {
        let step = "start scanning";
        // Events first: `events()` replays every device BlueZ already knows, then streams.
        let mut events = self
            .adapter
            .events()
            .await
            .map_err(|e| classify(&e, step))?;
        tokio::time::timeout(self.timeouts.open, async {
            retry(step, SCAN_ATTEMPTS, || {
                self.adapter.start_scan(Self::scan_filter())
            })
            .await
        })
        .await
        .map_err(|_| LinkError::Timeout(step))??;

        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            tokio::select! {
                _ = tokio::time::sleep_until(deadline) => break,
                _ = sink.closed() => break,
                ev = events.next() => {
                    let Some(ev) = ev else { break };
                    let Some(id) = event_id(&ev) else { continue };
                    // Bounded, so one slow property read cannot stretch the scan much.
                    let advert = tokio::time::timeout(PROPERTY_READ, self.advert_of(id))
                        .await
                        .ok()
                        .flatten();
                    if let Some(advert) = advert
                        && heard_now(&advert)
                        && is_wecom_candidate(&advert)
                        && sink.send(advert).is_err()
                    {
                        break;
                    }
                }
            }
        }
        // Stopping may fail if another client keeps discovery on; that is not our error.
        let _ = tokio::time::timeout(self.timeouts.disconnect, self.adapter.stop_scan()).await;
        release(events).await;
        Ok(())
    }

    async fn connect(
        &self,
        address: &str,
        timeout: Duration,
    ) -> Result<Box<dyn BleLink>, LinkError> {
        let p = self.find(address, timeout).await?;
        let connected = p.is_connected().await.unwrap_or(false);
        if !connected {
            let r = retry("connect", self.attempts, || p.connect_with_timeout(timeout)).await;
            if let Err(e) = r {
                // Cancel BlueZ's pending connection attempt, which outlives our timeout.
                let _ = tokio::time::timeout(self.timeouts.disconnect, p.disconnect()).await;
                return Err(e);
            }
            // connect() dropped its own ServicesResolved stream; the next signals are ours
            // (indications), so let that stream's match rule go first (see `release`).
            tokio::time::sleep(MATCH_RELEASE).await;
        }
        match prepare(p.clone(), &self.adapter, &self.timeouts, self.attempts).await {
            Ok(link) => Ok(Box::new(link)),
            Err(e) => {
                // Leave no half-open connection behind (BlueZ keeps it otherwise). The
                // link's streams are gone; let their match rules go first (see `release`).
                tokio::time::sleep(MATCH_RELEASE).await;
                let _ = tokio::time::timeout(self.timeouts.disconnect, p.disconnect()).await;
                Err(e)
            }
        }
    }
}

/// Everything after the connection is up: discovery, the three characteristics, the
/// indication stream and the subscription.
async fn prepare(
    p: Peripheral,
    adapter: &Adapter,
    t: &Timeouts,
    attempts: u32,
) -> Result<BtleplugLink, LinkError> {
    let step = "discover services";
    tokio::time::timeout(t.discover, p.discover_services())
        .await
        .map_err(|_| LinkError::Timeout(step))?
        .map_err(|e| classify(&e, step))?;

    let service = uuid_from_u16(uuid::SERVICE_16);
    if !p.services().iter().any(|s| s.uuid == service) {
        return Err(LinkError::Gatt(
            "the device has no WeCom service 0xFCE7 (is it a WeCom device?)".into(),
        ));
    }
    let find = |short: u16, role: &str| -> Result<Characteristic, LinkError> {
        let want = uuid_from_u16(short);
        p.characteristics()
            .into_iter()
            .find(|c| c.uuid == want && c.service_uuid == service)
            .ok_or_else(|| {
                LinkError::Gatt(crate::fl!(
                    "i18nl-bluez-no-characteristic",
                    uuid = format!("{short:04X}"),
                    role = role.to_string()
                ))
            })
    };
    let fcc7 = find(uuid::WRITE_16, "write")?;
    let fcc8 = find(uuid::INDICATE_16, "indicate")?;
    let fcc9 = find(uuid::READ_16, "read")?;
    if !fcc8.properties.contains(CharPropFlags::INDICATE) {
        // The App aborts here too ("Read characteristic can not be indicated", ble.md 1).
        return Err(LinkError::Gatt(crate::fl!(
            "i18nl-bluez-fcc8-no-indicate",
            properties = format!("{:?}", fcc8.properties)
        )));
    }
    let write_type = if fcc7.properties.contains(CharPropFlags::WRITE) {
        WriteType::WithResponse
    } else if fcc7
        .properties
        .contains(CharPropFlags::WRITE_WITHOUT_RESPONSE)
    {
        WriteType::WithoutResponse
    } else {
        return Err(LinkError::Gatt(crate::fl!(
            "i18nl-bluez-fcc7-not-writable",
            properties = format!("{:?}", fcc7.properties)
        )));
    };

    // The stream must exist before StartNotify: 10001 follows the CCCD write immediately.
    let (tx, rx) = mpsc::unbounded_channel();
    let step = "open the indication stream";
    let mut notes = p.notifications().await.map_err(|e| classify(&e, step))?;
    let mut central_events = adapter.events().await.map_err(|e| classify(&e, step))?;
    let fcc8_uuid = fcc8.uuid;
    let tx_notes = tx.clone();
    let pump = tokio::spawn(async move {
        // Never dedupe: frames may legitimately repeat (ble.md 10.6).
        while let Some(n) = notes.next().await {
            if n.uuid == fcc8_uuid && tx_notes.send(Ok(n.value)).is_err() {
                break;
            }
        }
        let _ = tx_notes.send(Err(LinkError::Disconnected));
    });
    let id = p.id();
    let watch = tokio::spawn(async move {
        while let Some(ev) = central_events.next().await {
            if matches!(&ev, CentralEvent::DeviceDisconnected(d) if *d == id) {
                let _ = tx.send(Err(LinkError::Disconnected));
                break;
            }
        }
    });
    let link = BtleplugLink {
        p: p.clone(),
        fcc7,
        fcc8: fcc8.clone(),
        fcc9,
        write_type,
        rx: Mutex::new(rx),
        write_lock: Mutex::new(()),
        tasks: vec![pump, watch],
        timeouts: t.clone(),
        attempts,
    };
    let step = "subscribe to 0xFCC8 indications";
    tokio::time::timeout(t.subscribe, retry(step, attempts, || p.subscribe(&fcc8)))
        .await
        .map_err(|_| LinkError::Timeout(step))??;
    Ok(link)
}

/// One prepared connection (see the contract in [`super::transport`]).
pub struct BtleplugLink {
    p: Peripheral,
    fcc7: Characteristic,
    fcc8: Characteristic,
    fcc9: Characteristic,
    write_type: WriteType,
    rx: Mutex<mpsc::UnboundedReceiver<Result<Vec<u8>, LinkError>>>,
    /// One write at a time (`ble.md` 4.3), even if the caller does not serialise.
    write_lock: Mutex<()>,
    tasks: Vec<JoinHandle<()>>,
    timeouts: Timeouts,
    attempts: u32,
}

impl BtleplugLink {
    /// Whether writes go out as write requests (FCC7 has WRITE) rather than commands.
    pub fn writes_with_response(&self) -> bool {
        matches!(self.write_type, WriteType::WithResponse)
    }
}

impl Drop for BtleplugLink {
    fn drop(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }
}

#[async_trait::async_trait]
impl BleLink for BtleplugLink {
    async fn write_frame(&self, frame: [u8; FRAME_LEN]) -> Result<(), LinkError> {
        let _one = self.write_lock.lock().await;
        let step = "write a frame to 0xFCC7";
        tokio::time::timeout(
            self.timeouts.write * self.attempts,
            retry(step, self.attempts, || {
                let w = self.p.write(&self.fcc7, &frame, self.write_type);
                async move {
                    tokio::time::timeout(self.timeouts.write, w)
                        .await
                        .unwrap_or(Err(btleplug::Error::TimedOut(self.timeouts.write)))
                }
            }),
        )
        .await
        .map_err(|_| LinkError::Timeout(step))?
    }

    async fn next_indication(&self) -> Result<Vec<u8>, LinkError> {
        // Both the lock and `recv` are cancel-safe: an unread value stays in the channel.
        let mut rx = self.rx.lock().await;
        match rx.recv().await {
            Some(r) => r,
            None => Err(LinkError::Disconnected),
        }
    }

    async fn read_info(&self) -> Result<Vec<u8>, LinkError> {
        let step = "read 0xFCC9";
        tokio::time::timeout(
            self.timeouts.read,
            retry(step, self.attempts, || self.p.read(&self.fcc9)),
        )
        .await
        .map_err(|_| LinkError::Timeout(step))?
    }

    async fn disconnect(&self) -> Result<(), LinkError> {
        let step = "disconnect";
        // Best effort: BlueZ answers "No notify session started" or "Not connected" when
        // the other side is already gone, which is what we want anyway.
        let _ =
            tokio::time::timeout(self.timeouts.disconnect, self.p.unsubscribe(&self.fcc8)).await;
        let r = tokio::time::timeout(self.timeouts.disconnect, self.p.disconnect())
            .await
            .map_err(|_| LinkError::Timeout(step))?;
        for t in &self.tasks {
            t.abort();
        }
        tokio::time::sleep(MATCH_RELEASE).await;
        match r.map_err(|e| classify(&e, step)) {
            Ok(()) | Err(LinkError::Disconnected) | Err(LinkError::NotFound(_)) => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// How long to give bluez-async to unregister a dropped stream's D-Bus match rule.
const MATCH_RELEASE: Duration = Duration::from_millis(30);

/// Drops a btleplug event stream once the signals of the last operation had time to
/// arrive, and gives its clean-up a moment to run.
///
/// bluez-async 0.9 removes a stream's match rule from a task spawned on drop and unwraps
/// the result; if a matching signal arrives before that task runs, libdbus has already
/// dropped the rule and the task panics ("No match with that id found"). Harmless (the
/// rule is gone either way) but alarming on a technician's screen, so streams are
/// dropped only after the signals of StopDiscovery/Disconnect, and [`quiet_known_panic`]
/// hides the cases we cannot order (btleplug's own connect stream).
async fn release<S>(stream: S) {
    tokio::time::sleep(MATCH_RELEASE).await;
    drop(stream);
    tokio::time::sleep(MATCH_RELEASE).await;
}

/// Silences exactly the bluez-async clean-up panic described at [`release`]; every other
/// panic goes to the previous hook unchanged.
fn quiet_known_panic() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let msg = info
                .payload()
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| info.payload().downcast_ref::<&str>().copied())
                .unwrap_or("");
            let in_bluez_async = info.location().is_some_and(|l| {
                l.file().contains("bluez-async") && l.file().ends_with("messagestream.rs")
            });
            if in_bluez_async && msg.contains("No match with that id found") {
                return;
            }
            previous(info);
        }));
    });
}

/// Runs `op` up to `attempts` times while it fails transiently, with linear backoff.
async fn retry<T, F, Fut>(step: Step, attempts: u32, mut op: F) -> Result<T, LinkError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = btleplug::Result<T>>,
{
    let mut attempt = 1;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                let err = classify(&e, step);
                if !err.is_transient() || attempt >= attempts {
                    return Err(match err {
                        LinkError::Transient(m) if attempt > 1 => LinkError::Transient(crate::fl!(
                            "i18nl-bluez-after-attempts",
                            detail = m,
                            attempts = attempt.to_string()
                        )),
                        other => other,
                    });
                }
                tokio::time::sleep(BACKOFF * attempt).await;
                attempt += 1;
            }
        }
    }
}

/// Maps a btleplug error to the transport's classes. BlueZ errors arrive as
/// `Other(DbusError(..))`; their `Debug` form carries the D-Bus error name, which is the
/// stable part (messages vary between BlueZ versions).
pub fn classify(e: &btleplug::Error, step: Step) -> LinkError {
    use btleplug::Error as E;
    match e {
        E::TimedOut(_) => LinkError::Timeout(step),
        E::PermissionDenied => LinkError::Permission(format!("{step}: {e}")),
        E::DeviceNotFound => LinkError::NotFound(format!("{step}: {e}")),
        E::NotConnected => LinkError::Disconnected,
        E::NoAdapterAvailable => LinkError::NoAdapter(e.to_string()),
        _ => classify_text(&format!("{e:?}"), &e.to_string(), step),
    }
}

/// Classification by D-Bus error name / BlueZ message (`debug` has both, `shown` is what
/// the user reads).
fn classify_text(debug: &str, shown: &str, step: Step) -> LinkError {
    let has = |needle: &str| debug.contains(needle);
    let msg = format!("{step}: {shown}");
    if has("Failed to connect to socket") || (has("No such file or directory") && has("bus")) {
        LinkError::NoAdapter(crate::fl!("i18nl-bluez-no-dbus", detail = msg))
    } else if has("org.freedesktop.DBus.Error.ServiceUnknown") {
        LinkError::NoAdapter(crate::fl!("i18nl-bluez-not-running", detail = msg))
    } else if has("org.freedesktop.DBus.Error.AccessDenied")
        || has("org.bluez.Error.NotAuthorized")
        || has("org.bluez.Error.AuthenticationFailed")
    {
        LinkError::Permission(msg)
    } else if has("rfkill") || has("org.bluez.Error.NotReady") || has("Not Powered") {
        LinkError::AdapterOff(crate::fl!("i18nl-bluez-power-on", detail = msg))
    } else if has("org.freedesktop.DBus.Error.NoReply")
        || has("Did not receive a reply")
        || has("ServiceDiscoveryTimedOut")
        || has("Service discovery timed out")
    {
        LinkError::Timeout(step)
    } else if has("org.bluez.Error.InProgress")
        || has("In Progress")
        || has("le-connection-abort-by-local")
        || has("le-connection-abort-by-remote")
        || has("br-connection-canceled")
        || has("Software caused connection abort")
        || has("Connection reset by peer")
        || has("Resource temporarily unavailable")
        || has("org.bluez.Error.Busy")
    {
        LinkError::Transient(msg)
    } else if has("org.bluez.Error.NotConnected") || has("Not connected") {
        LinkError::Disconnected
    } else if has("org.bluez.Error.DoesNotExist") || has("UnknownObject") {
        LinkError::NotFound(msg)
    } else if has("org.bluez.Error.NotPermitted")
        || has("org.bluez.Error.NotSupported")
        || has("org.bluez.Error.InvalidValueLength")
        || has("org.bluez.Error.InvalidOffset")
        || has("XmlParseError")
        || has("UuidNotFound")
    {
        LinkError::Gatt(msg)
    } else {
        LinkError::Other(msg)
    }
}

impl std::fmt::Debug for BtleplugCentral {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BtleplugCentral")
            .field("adapter", &self.name)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn advert(services: &[&str], data: &[(u16, &[u8])]) -> Advert {
        Advert {
            address: "11:22:33:44:55:66".into(),
            services: services.iter().map(|s| s.to_string()).collect(),
            manufacturer_data: data.iter().map(|(k, v)| (*k, v.to_vec())).collect(),
            ..Advert::default()
        }
    }

    #[test]
    fn recheck_needs_service_and_marker() {
        let ee: &[u8] = &[0xEE, 0x02, 0, 0];
        let ed: &[u8] = &[0xED, 0x01];
        assert!(is_wecom_candidate(&advert(
            &[uuid::SERVICE],
            &[(0xFFFF, ee)]
        )));
        assert!(is_wecom_candidate(&advert(
            &[uuid::SERVICE],
            &[(0x004C, ed)]
        )));
        // Another company's 0xFCE7 device (the UUID belongs to TKH Security, ble.md 1).
        assert!(!is_wecom_candidate(&advert(
            &[uuid::SERVICE],
            &[(0xFFFF, &[0x01, 0xEE])]
        )));
        // WeCom-looking data, but the service was only matched by someone else's filter.
        assert!(!is_wecom_candidate(&advert(
            &["0000180f-0000-1000-8000-00805f9b34fb"],
            &[(0xFFFF, ee)]
        )));
        assert!(!is_wecom_candidate(&advert(&[uuid::SERVICE], &[])));
    }

    #[test]
    fn cached_devices_without_rssi_are_not_in_range() {
        let mut a = advert(&[uuid::SERVICE], &[(0xFFFF, &[0xEE, 0x02])]);
        assert!(!heard_now(&a));
        a.rssi = Some(-70);
        assert!(heard_now(&a));
    }

    #[test]
    fn bluez_errors_are_classified_by_name() {
        let t = |s: &str| classify_text(s, s, "connect");
        assert!(t("Other(DbusError(D-Bus error: le-connection-abort-by-local (org.bluez.Error.Failed)))").is_transient());
        assert!(
            t("D-Bus error: Operation already in progress (org.bluez.Error.InProgress)")
                .is_transient()
        );
        assert_eq!(
            t("D-Bus error: Did not receive a reply (org.freedesktop.DBus.Error.NoReply)"),
            LinkError::Timeout("connect")
        );
        assert!(matches!(
            t("D-Bus error: The name org.bluez was not provided by any .service files (org.freedesktop.DBus.Error.ServiceUnknown)"),
            LinkError::NoAdapter(m) if m.contains("systemctl start bluetooth")
        ));
        assert!(matches!(
            t("D-Bus error: Rejected send message (org.freedesktop.DBus.Error.AccessDenied)"),
            LinkError::Permission(_)
        ));
        assert!(matches!(
            t("D-Bus error: Blocked through rfkill (org.bluez.Error.Failed)"),
            LinkError::AdapterOff(_)
        ));
        assert!(matches!(
            t("D-Bus error: Not Permitted (org.bluez.Error.NotPermitted)"),
            LinkError::Gatt(_)
        ));
        assert_eq!(
            t("D-Bus error: Not Connected (org.bluez.Error.NotConnected)"),
            LinkError::Disconnected
        );
        assert!(matches!(t("something new"), LinkError::Other(_)));
        assert_eq!(
            classify(
                &btleplug::Error::TimedOut(Duration::from_secs(1)),
                "read 0xFCC9"
            ),
            LinkError::Timeout("read 0xFCC9")
        );
    }

    #[test]
    fn adapter_names_and_addresses() {
        assert_eq!(adapter_name("hci1 (usb:v1D6Bp0246d0537)"), "hci1");
        assert!(natural_key("hci2") < natural_key("hci10"));
        assert!(same_address("aa:bb:cc:dd:ee:ff", "AA-BB-CC-DD-EE-FF"));
        assert!(!same_address("aa:bb:cc:dd:ee:ff", "AA:BB:CC:DD:EE:00"));
    }
}
