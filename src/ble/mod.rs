//! Bluetooth LE drivers for `wecom-hw ble`: the transport boundary ([`transport`]), and the
//! implementations behind it. Protocol logic (advertising, framing, the session) is pure
//! and lives in [`crate::core::ble`]; everything here only moves bytes.
//!
//! Implementations of [`transport::BleCentral`]:
//! - `bluez` (`src/ble/bluez.rs`): btleplug over BlueZ/D-Bus, the real radio. Expected
//!   constructor: `pub async fn open(adapter: Option<&str>) -> Result<BluezCentral, LinkError>`.
//! - `sim` (`src/ble/sim.rs`): an in-process WeCom device simulator with fault injection.
//!
//! [`words`] says the session's outcomes in the reader's language.

pub mod bluez;
pub mod client;
pub mod exec_signer;
pub mod sim;
pub mod transport;
pub mod words;
