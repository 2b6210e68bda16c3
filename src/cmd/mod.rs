//! One file per subcommand: read arguments, call the core and the drivers, print.

pub mod ble;
pub mod cloud;
pub mod connect;
pub mod console;
pub mod demo;
pub mod devices;
pub mod doctor;
pub mod gen_assets;
pub mod import;
pub mod line;
pub mod qr;
pub mod sign;
pub mod store;

use crate::cli::{Cli, Command};
use crate::output::Output;
use crate::store::StoreOptions;

/// Runs the parsed command line.
pub fn dispatch(cli: Cli, out: &Output) -> anyhow::Result<()> {
    let store = StoreOptions::from_global(&cli.global);
    match cli.command {
        Command::Sign(a) => sign::run(a, &store, out),
        Command::Qr(a) => qr::run(a, &store, out),
        Command::Import(a) => import::run(a, &store, out),
        Command::Devices(a) => devices::run(a, &store, out),
        Command::Connect(a) => connect::run(*a, &store, out),
        Command::Cloud(a) => cloud::run(a, &store, out),
        Command::Ble(a) => ble::run(*a, &store, out),
        Command::Doctor(a) => doctor::run(a, &store, out),
        Command::Console(a) => console::run(a, &store, out),
        Command::Demo(a) => demo::run(a, out),
        Command::Line(a) => line::run(a, &store, out),
        Command::Store(a) => store::run(a, &store, out),
        Command::GenAssets { dir } => gen_assets::run(&dir, out),
    }
}
