//! `wecom-hw cloud serve`: the async shell around [`crate::core::wss::cloud::Cloud`].
//!
//! One task per WebSocket connection (plus one writer task, so delayed replies and pushes
//! from the operator never block reading); one lock around the sans-IO core, held only
//! while it computes actions; a control socket for the operator commands; a tiny HTTP
//! server for published firmware. Everything the emulator keeps lives in the state dir:
//!
//! ```text
//! state.json     devices, bindings, secrets (0600)
//! ca.pem         the CA devices must trust (ca-key.pem beside it, 0600)
//! server.pem     the server certificate issued at this start
//! control.sock   operator commands (`cloud bind`, `cloud push`, ...)
//! firmware/      images published with `cloud publish-firmware`
//! uploads/SN/    logs uploaded by devices
//! ```

pub mod control;
pub mod devices;
pub mod framelog;
mod http;
pub mod pki;
mod server;
pub mod state;

pub use server::{ServeOptions, serve};

/// Current unix time in seconds: the only clock the emulator reads.
pub fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}
