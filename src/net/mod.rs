//! Network drivers: thin async shells around the sans-IO protocol cores in `core`.

pub mod device;
pub mod emulator;
