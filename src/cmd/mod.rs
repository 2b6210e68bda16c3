//! One file per subcommand: read arguments, call the core and the drivers, print.

pub mod cloud;
pub mod connect;
pub mod gen_assets;
pub mod sign;

use crate::cli::{Cli, Command};
use crate::output::Output;

/// Runs the parsed command line.
pub fn dispatch(cli: Cli, out: &Output) -> anyhow::Result<()> {
    match cli.command {
        Command::Sign(a) => sign::run(a, out),
        Command::Connect(a) => connect::run(*a, out),
        Command::Cloud(a) => cloud::run(a, out),
        Command::GenAssets { dir } => gen_assets::run(&dir, out),
    }
}
