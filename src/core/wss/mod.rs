//! The device WebSocket protocol of `wss.md`, sans-IO: the wire codec shared by the device
//! client and the cloud emulator, the typed messages, and the device lifecycle.

pub mod client;
pub mod cloud;
pub mod envelope;
pub mod frame;
pub mod messages;
