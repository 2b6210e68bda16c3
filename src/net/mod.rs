//! Drivers that touch sockets. Protocol logic stays in `core`; these only move bytes.

pub mod device;
