//! Network drivers: thin async shells around the sans-IO protocol cores in `core`, and the
//! label printer's raw-port client.

pub mod client;
pub mod cloud;
pub mod printer;
