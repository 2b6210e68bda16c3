//! The radio boundary (`ble.md` section 8): everything above it is testable without a radio.
//!
//! A [`BleCentral`] scans and connects; a [`BleLink`] is one GATT connection to a WeCom
//! device, reduced to the three characteristics the protocol uses: FCC7 (write 20-byte
//! frames), FCC8 (indications) and FCC9 (read the 8-byte info value).
//!
//! Contract for implementations (so that the client and every backend agree):
//! - `scan` reports every sighting it has **without filtering for WeCom data** beyond what
//!   the radio does cheaply; the caller re-checks service 0xFCE7 *and* the 0xEE/0xED
//!   manufacturer data itself (BlueZ merges scan filters of all clients, `ble.md` 10.6).
//! - `connect` returns only when the link is ready: services discovered, FCC7/FCC8/FCC9
//!   found, FCC8 has INDICATE, the indication stream obtained **and** FCC8 subscribed. The
//!   device sends 10001 as soon as indications are enabled, so indications arriving from
//!   then on must be buffered until [`BleLink::next_indication`] is called.
//! - `next_indication` must be cancel-safe (the client wraps it in a timeout): a value is
//!   either returned or stays buffered, never lost.
//! - Writes are exactly one 20-byte frame each, one at a time; use write-with-response when
//!   FCC7 has WRITE, write-without-response otherwise.
//! - Errors are classified: [`LinkError::is_transient`] tells the client what to retry.

use std::fmt;
use std::time::Duration;
use tokio::sync::mpsc::UnboundedSender;

/// GATT identifiers (`ble.md` section 1, confirmed).
pub mod uuid {
    /// Primary service, advertised in the 16-bit UUID list.
    pub const SERVICE_16: u16 = 0xFCE7;
    /// Write characteristic, phone → device.
    pub const WRITE_16: u16 = 0xFCC7;
    /// Indicate characteristic, device → phone.
    pub const INDICATE_16: u16 = 0xFCC8;
    /// Read characteristic: 6-byte MAC + 2-byte protocol version.
    pub const READ_16: u16 = 0xFCC9;
    /// Client characteristic configuration descriptor of FCC8.
    pub const CCCD_16: u16 = 0x2902;

    pub const SERVICE: &str = "0000fce7-0000-1000-8000-00805f9b34fb";
    pub const WRITE: &str = "0000fcc7-0000-1000-8000-00805f9b34fb";
    pub const INDICATE: &str = "0000fcc8-0000-1000-8000-00805f9b34fb";
    pub const READ: &str = "0000fcc9-0000-1000-8000-00805f9b34fb";
    pub const CCCD: &str = "00002902-0000-1000-8000-00805f9b34fb";

    /// The full 128-bit form (lowercase, Bluetooth base UUID) of a 16-bit UUID.
    pub fn from_u16(short: u16) -> String {
        format!("0000{short:04x}-0000-1000-8000-00805f9b34fb")
    }

    /// The 16-bit UUID inside a 128-bit UUID string built on the Bluetooth base UUID, if it is one.
    pub fn to_u16(full: &str) -> Option<u16> {
        let f = full.to_ascii_lowercase();
        let rest = f.strip_prefix("0000")?;
        let (short, base) = rest.split_at_checked(4)?;
        if base != "-0000-1000-8000-00805f9b34fb" {
            return None;
        }
        u16::from_str_radix(short, 16).ok()
    }
}

/// The frame size every write to FCC7 has (`ble.md` 4.3).
pub const FRAME_LEN: usize = 20;

/// One sighting of a peripheral during a scan, as the radio reports it (unfiltered).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct Advert {
    /// Bluetooth address as `AA:BB:CC:DD:EE:FF` (uppercase); what [`BleCentral::connect`] takes.
    pub address: String,
    pub name: Option<String>,
    pub rssi: Option<i16>,
    /// Advertised service UUIDs, 128-bit lowercase strings (see [`uuid::from_u16`]).
    pub services: Vec<String>,
    /// Manufacturer data: company ID and the bytes after it (btleplug/BlueZ shape, `ble.md` 2.1).
    pub manufacturer_data: Vec<(u16, Vec<u8>)>,
}

impl Advert {
    /// Whether the 16-bit service UUID `short` is in the advertised list.
    pub fn has_service(&self, short: u16) -> bool {
        self.services.iter().any(|s| uuid::to_u16(s) == Some(short))
    }
}

/// The step of a connection a link-level timeout or failure happened in.
pub type Step = &'static str;

/// What can go wrong below the protocol, classified for retry and for exit codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// No Bluetooth controller, the named adapter does not exist, or BlueZ is not running.
    NoAdapter(String),
    /// The adapter exists but is powered off or blocked (rfkill).
    AdapterOff(String),
    /// Not allowed to talk to BlueZ (D-Bus policy, missing group membership).
    Permission(String),
    /// The device address was not found (not in range, not advertising).
    NotFound(String),
    /// The simulator was asked for another address than its own: typed so the edge words it.
    SimOutOfRange { address: String, sim: String },
    /// A link operation did not finish in time; names the step (`"connect"`, `"discover"`, ...).
    Timeout(Step),
    /// Worth retrying: connection aborted, le-connection-abort-by-local, "In Progress", busy.
    Transient(String),
    /// The GATT layout or an operation is wrong: missing service/characteristic, FCC8
    /// without INDICATE, a write or read rejected by the device.
    Gatt(String),
    /// The link went down (device disconnected or the simulator closed it).
    Disconnected,
    /// Anything else from the stack, with its message.
    Other(String),
}

impl LinkError {
    /// Whether retrying the same operation may succeed (`ble.md` 10.6: connect aborts are RF issues).
    pub fn is_transient(&self) -> bool {
        matches!(self, LinkError::Transient(_))
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NoAdapter(m) => write!(f, "no Bluetooth adapter: {m}"),
            LinkError::AdapterOff(m) => write!(f, "Bluetooth adapter is off: {m}"),
            LinkError::Permission(m) => write!(f, "not permitted to use Bluetooth: {m}"),
            LinkError::NotFound(m) => write!(f, "device not found: {m}"),
            // The English record it has always been (the trace, logs).
            LinkError::SimOutOfRange { address, sim } => write!(
                f,
                "device not found: {address} is not in range of the simulator (it is {sim})"
            ),
            LinkError::Timeout(step) => write!(f, "timed out during {step}"),
            LinkError::Transient(m) => write!(f, "transient Bluetooth error: {m}"),
            LinkError::Gatt(m) => write!(f, "GATT error: {m}"),
            LinkError::Disconnected => write!(f, "the device disconnected"),
            LinkError::Other(m) => write!(f, "Bluetooth error: {m}"),
        }
    }
}

impl std::error::Error for LinkError {}

impl From<LinkError> for crate::output::Failure {
    /// What a technician can do about each link failure. The caller names the step with
    /// [`Failure::at`](crate::output::Failure::at).
    fn from(e: LinkError) -> Self {
        use crate::output::{ErrorCode, Failure};
        let (code, hint) = match &e {
            LinkError::NoAdapter(_) => (
                ErrorCode::BleNoAdapter,
                Some(crate::fl!("ble-hint-no-adapter")),
            ),
            LinkError::AdapterOff(_) => (
                ErrorCode::BleAdapterOff,
                Some(crate::fl!("ble-hint-adapter-off")),
            ),
            LinkError::Permission(_) => (
                ErrorCode::BlePermission,
                Some(crate::fl!("ble-hint-permission")),
            ),
            LinkError::NotFound(_) | LinkError::SimOutOfRange { .. } => (
                ErrorCode::BleNotFound,
                Some(crate::fl!(
                    "ble-not-found-hint",
                    command = "`wecom-hw ble scan`"
                )),
            ),
            LinkError::Timeout(_) => (
                ErrorCode::BleTimeout,
                Some(crate::fl!("ble-hint-link-timeout")),
            ),
            LinkError::Transient(_)
            | LinkError::Gatt(_)
            | LinkError::Disconnected
            | LinkError::Other(_) => (ErrorCode::BleLinkFailed, None),
        };
        // The words from the catalog; what the Bluetooth stack said stays as it said it.
        let message = match &e {
            LinkError::NoAdapter(m) => crate::fl!("ble-link-no-adapter", detail = m.clone()),
            LinkError::AdapterOff(m) => crate::fl!("ble-link-adapter-off", detail = m.clone()),
            LinkError::Permission(m) => crate::fl!("ble-link-permission", detail = m.clone()),
            LinkError::NotFound(m) => crate::fl!("ble-link-not-found", detail = m.clone()),
            LinkError::SimOutOfRange { address, sim } => crate::fl!(
                "ble-link-not-found",
                detail = crate::fl!(
                    "i18nl-ble-sim-out-of-range",
                    address = address.clone(),
                    sim = sim.clone()
                )
            ),
            LinkError::Timeout(step) => crate::fl!("ble-link-timeout", step = step.to_string()),
            LinkError::Transient(m) => crate::fl!("ble-link-transient", detail = m.clone()),
            LinkError::Gatt(m) => crate::fl!("ble-link-gatt", detail = m.clone()),
            LinkError::Disconnected => crate::fl!("ble-link-disconnected"),
            LinkError::Other(m) => crate::fl!("ble-link-other", detail = m.clone()),
        };
        let f = Failure::new(code, message);
        match hint {
            Some(h) => f.hint(h),
            None => f,
        }
    }
}

/// The central role: scan and connect (one per adapter).
#[async_trait::async_trait]
pub trait BleCentral: Send + Sync {
    /// Scans for `timeout`, sending every sighting (repeats allowed, e.g. RSSI or data
    /// updates; the caller dedupes by address) to `sink` as it happens, so a live table can
    /// be drawn. Returns after `timeout`, or early once `sink` is closed.
    async fn scan(&self, timeout: Duration, sink: UnboundedSender<Advert>)
    -> Result<(), LinkError>;

    /// Connects to `address` and prepares the link (see the module contract), within `timeout`.
    async fn connect(
        &self,
        address: &str,
        timeout: Duration,
    ) -> Result<Box<dyn BleLink>, LinkError>;
}

/// One connection to a WeCom device.
#[async_trait::async_trait]
pub trait BleLink: Send + Sync {
    /// Writes one 20-byte frame to FCC7 and waits for the write to complete.
    async fn write_frame(&self, frame: [u8; FRAME_LEN]) -> Result<(), LinkError>;
    /// The next FCC8 indication value (any length; cancel-safe).
    async fn next_indication(&self) -> Result<Vec<u8>, LinkError>;
    /// Reads FCC9 (8 bytes expected: MAC + protocol version).
    async fn read_info(&self) -> Result<Vec<u8>, LinkError>;
    /// Disconnects; calling it twice is harmless.
    async fn disconnect(&self) -> Result<(), LinkError>;
}

/// Collects a whole scan into one list, deduplicated by address (last sighting wins, order
/// of first sighting kept).
pub async fn scan_all(
    central: &dyn BleCentral,
    timeout: Duration,
) -> Result<Vec<Advert>, LinkError> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    central.scan(timeout, tx).await?;
    let mut out: Vec<Advert> = Vec::new();
    while let Ok(a) = rx.try_recv() {
        match out.iter_mut().find(|o| o.address == a.address) {
            Some(slot) => *slot = a,
            None => out.push(a),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_round_trip() {
        assert_eq!(uuid::from_u16(uuid::SERVICE_16), uuid::SERVICE);
        assert_eq!(uuid::from_u16(uuid::READ_16), uuid::READ);
        assert_eq!(
            uuid::to_u16("0000FCC8-0000-1000-8000-00805F9B34FB"),
            Some(0xFCC8)
        );
        assert_eq!(uuid::to_u16("1234fcc8-0000-1000-8000-00805f9b34fb"), None);
    }

    #[test]
    fn transient_classification() {
        assert!(LinkError::Transient("le-connection-abort-by-local".into()).is_transient());
        assert!(!LinkError::Gatt("no FCC8".into()).is_transient());
        assert!(!LinkError::Timeout("connect").is_transient());
    }
}
