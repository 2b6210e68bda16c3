//! `wecom-hw demo`: the whole job on built-in defaults.

use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = "\
What it runs (each step is the real command, shown before it runs):
  1. import      the sample registration export into DIR/devices.db (a store of its own:
                 your default store is never touched)
  2. qr static   a 40x30 mm label per unit, one PDF job (DIR/labels.pdf) and a PNG
  3. cloud serve the local cloud emulator over TLS on 127.0.0.1, with the imported units
                 and an admin who binds after the first `active` poll
  4. connect     one unit through register, activate, bind and subscribe
  5. ble         Wi-Fi provisioning against the built-in BLE device simulator

Examples:
  wecom-hw demo
  wecom-hw demo --dir /tmp/demo --sn E30000000007
  wecom-hw demo --export my-export.xlsx --sn MYSN0001")]
pub struct DemoArgs {
    /// Directory for everything the demo writes (store, labels, emulator state)
    #[arg(long, value_name = "DIR", default_value = "wecom-hw-demo")]
    pub dir: PathBuf,
    /// Registration export to import (default: the sample that ships with wecom-hw)
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,
    /// Unit to run through the cloud lifecycle (default: the first one imported)
    #[arg(long, value_name = "SN")]
    pub sn: Option<String>,
    /// Give up on the cloud lifecycle after this many seconds
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub timeout: u64,
}
