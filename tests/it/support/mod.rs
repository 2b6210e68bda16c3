//! What the test modules share, declared once for the whole test binary. Each module serves
//! one area; a test module imports the one (or the items) it needs:
//!
//! - [`store`]: a store on either engine (SQLite file or a fresh PostgreSQL database) and
//!   `both_backends!`, which runs a test on both.
//! - [`import`]: a temporary store with the real binary pointed at it, and spreadsheets
//!   written by rust_xlsxwriter (the import, store and devices tests).
//! - [`line`]: a store filled by a real `wecom-hw import`, fake flasher scripts, and the
//!   `wecom-hw line` commands against them.
//! - [`qr`]: independent decoders for labels (PNG, SVG, ZPL, PDF, TSPL, terminal).
//! - [`cloud`]: the real `wecom-hw cloud serve` as a child process, and a raw WebSocket
//!   client written from the spec (the cloud tests).
//! - [`connect`]: the real `wecom-hw connect` as a device against that cloud.
//! - [`console`]: the real `wecom-hw console` and a plain HTTP client for it.
//! - [`browser`]: a headless Chromium driven over WebDriver (the console browser tests).
//! - [`fake_bluez`]: a fake BlueZ on a private D-Bus bus (the btleplug tests).
//! - [`printer`]: a loopback label printer answering ZPL and TSPL status queries.

pub mod browser;
pub mod cloud;
pub mod connect;
pub mod console;
pub mod docs;
pub mod fake_bluez;
pub mod import;
pub mod line;
pub mod printer;
pub mod qr;
pub mod store;

/// A store path that does not exist, for commands that must not read the user's own store
/// (`WECOM_HW_STORE`).
pub fn no_store() -> std::path::PathBuf {
    std::env::temp_dir().join(format!("wecom-hw-test-{}/no-store.db", std::process::id()))
}
