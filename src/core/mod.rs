//! The shared core: domain types and pure protocol logic. Nothing here touches a socket,
//! a radio, a file or a terminal.

pub mod bindcode;
pub mod ble;
pub mod doctor;
pub mod errcode;
pub mod headers;
pub mod identity;
pub mod ledger;
pub mod ledger_words;
pub mod line;
pub mod payload;
pub mod secret;
pub mod sign;
pub mod station;
pub mod wss;
