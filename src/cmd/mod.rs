//! One file per subcommand: read arguments, call the core and the drivers, print.

pub mod devices;
pub mod gen_assets;
pub mod import;
pub mod sign;

use crate::cli::{Cli, Command};
use crate::output::Output;
use crate::store::StoreOptions;

/// Runs the parsed command line.
pub fn dispatch(cli: Cli, out: &Output) -> anyhow::Result<()> {
    match cli.command {
        Command::Sign(a) => sign::run(a, &StoreOptions::from_global(&cli.global), out),
        Command::Import(a) => import::run(a, &StoreOptions::from_global(&cli.global), out),
        Command::Devices(a) => devices::run(a, &StoreOptions::from_global(&cli.global), out),
        Command::GenAssets { dir } => gen_assets::run(&dir, out),
    }
}
