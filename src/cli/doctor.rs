//! `wecom-hw doctor`.

use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = "\
Checks: clock, network (dns, tcp, tls, websocket, proxy), store (file, schema, integrity,
units; PostgreSQL: server, privileges), printer, bluetooth (dbus, bluetoothd, adapter,
rfkill), flasher, machine (locale, disk, terminal), profile. With --profile the store,
printer (and label), flasher and disk checks are those `line station` runs on that
profile. Exit 0 when nothing failed (warnings too, unless --strict), else the exit code
of the first failure.

Examples:
  wecom-hw doctor
  wecom-hw doctor --endpoint wss://127.0.0.1:8443/ --ca-file ca.pem --only clock network
  wecom-hw doctor --printer tcp://192.0.2.10:9100 --ble --flasher 'esptool.py write_flash 0x0 {file}'
  wecom-hw doctor --profile station.toml --only profile store printer flasher machine
  wecom-hw --json doctor --strict")]
pub struct DoctorArgs {
    /// The cloud endpoint to check the clock and the network against
    #[arg(
        long,
        value_name = "URL",
        default_value = "wss://openhw.work.weixin.qq.com/"
    )]
    pub endpoint: String,
    /// Also trust the CA certificates in this PEM file (e.g. the emulator's ca.pem)
    #[arg(long, value_name = "PATH")]
    pub ca_file: Option<PathBuf>,
    /// Check the label printer at tcp://HOST:PORT: reachable, and its status (paper, head, ribbon, pause)
    #[arg(long, value_name = "URL")]
    pub printer: Option<String>,
    /// Check Bluetooth: the system D-Bus, bluetoothd, an adapter present and powered, rfkill
    #[arg(long)]
    pub ble: bool,
    /// Check that a flasher or verifier command exists and is executable (repeatable)
    #[arg(long, value_name = "CMD")]
    pub flasher: Vec<String>,
    /// Check everything a station profile names, as `line station` does before it starts: its store, printer and label, every command, the free disk
    #[arg(long, value_name = "PATH")]
    pub profile: Option<PathBuf>,
    /// Run only these checks: a group (profile, clock, network, store, printer, bluetooth, flasher, machine) or one check (network.tls)
    #[arg(long, value_name = "NAME", num_args = 1.., value_parser = parse_only)]
    pub only: Vec<String>,
    /// Seconds each network step may take
    #[arg(long, value_name = "SECS", default_value_t = 5)]
    pub timeout: u64,
    /// Exit non-zero on warnings too
    #[arg(long)]
    pub strict: bool,
}

/// A group name or `group.check`; anything else is a usage error listing the groups.
fn parse_only(v: &str) -> Result<String, String> {
    let group = v.split('.').next().unwrap_or_default();
    if crate::core::doctor::GROUPS.contains(&group) {
        Ok(v.to_owned())
    } else {
        Err(crate::fl!(
            "doctor-only-unknown",
            groups = crate::core::doctor::GROUPS.join(", ")
        ))
    }
}
