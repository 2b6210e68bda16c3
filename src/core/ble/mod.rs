//! The WeCom BLE protocol (`ble.md`), pure and sans-IO: advertising data, the FCC9 value,
//! packets and 20-byte framing, command bodies, handshake signers and the phone-side session.
//! Drivers in `crate::ble` move the bytes.

pub mod advert;
pub mod command;
pub mod frame;
pub mod info;
pub mod session;
pub mod signer;
