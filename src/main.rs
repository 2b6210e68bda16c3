//! Parse, dispatch, map errors to exit codes — nothing else.

use clap::Parser;
use wecom_hw::{cli::Cli, cmd, output::Output};

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version exit 0; everything else is a usage error (2).
            e.exit();
        }
    };
    let g = &cli.global;
    let out = Output::new(g.json, g.verbose, g.quiet, g.color);
    let code = match cmd::dispatch(cli, &out) {
        Ok(()) => 0,
        Err(err) => out.report_error(&err),
    };
    std::process::exit(code);
}
