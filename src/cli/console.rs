//! `wecom-hw console`.

use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;

/// The address `console` listens on unless told otherwise.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

#[derive(Debug, Args)]
#[command(after_help = "\
Open the URL it prints (it carries the access token); the page sets a cookie and the token
leaves the address bar. Every request needs the token; changes also need the same origin.

Examples:
  wecom-hw console
  wecom-hw --store postgres://line@db.factory/wecom console --listen 127.0.0.1:9000
  wecom-hw console --cloud-dir ~/.local/state/wecom-hw/cloud
  wecom-hw console --listen 0.0.0.0:8080 --allow-remote   # a line PC shown on the LAN")]
pub struct ConsoleArgs {
    /// Address and port to serve the pages on
    #[arg(long, default_value = DEFAULT_LISTEN, value_name = "ADDR:PORT")]
    pub listen: SocketAddr,
    /// Accept a --listen address other than loopback (anyone who can reach it and holds
    /// the printed token sees the line)
    #[arg(long)]
    pub allow_remote: bool,
    /// State directory of a running `cloud serve`: adds the emulator page (devices,
    /// bind, unbind, push, live frame logs, fault switches) through its control socket
    #[arg(long, value_name = "DIR")]
    pub cloud_dir: Option<PathBuf>,
}
