//! wecom-hw: a toolkit for makers and field technicians of WeCom (企业微信) smart hardware.
//!
//! The protocol logic is pure and lives in [`core`]; everything that touches a socket, a
//! radio, a file or a terminal is a thin driver in [`io`] or a command in [`cmd`].

pub mod ble;
pub mod cli;
pub mod cmd;
pub mod core;
pub mod error_code;
pub mod i18n;
pub mod import;
pub mod io;
pub mod net;
pub mod output;
pub mod render;
pub mod store;
