//! Thin drivers around the core: files, environment, terminals (and, later, sockets and
//! radios). Each is small and does one thing.

pub mod atomic;
pub mod device_state;
pub mod preflight;
pub mod runner;
pub mod secrets;
